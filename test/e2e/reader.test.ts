import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { haveChromium, launchChromium } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAlertAllowance } from '../../functions/adapters/dynamo/alert-allowance.js';
import { DynamoDeliveryRepository } from '../../functions/adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../../functions/adapters/dynamo/edition-repository.js';
import { DynamoSearchIndex } from '../../functions/adapters/dynamo/search-index.js';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { indexingStories } from '../../functions/domain/search/indexing-stories.js';
import { SesMailer } from '../../functions/adapters/ses/ses-mailer.js';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import { composeEdition } from '../../functions/domain/digest/edition.js';
import { createDigestSender } from '../../functions/domain/digest/send-digest.js';
import { startHttpAdapter, type RunningHttpAdapter } from '../../functions/local/http-adapter.js';
import { findRegion } from '../../functions/taxonomy/regions.js';
import { createArchiveApi, isArchivePath } from '../../functions/web/archive-routes.js';
import { sendEmailDeps } from '../../functions/wiring/delivery.js';
import { deliverySettingsFrom } from '../../functions/wiring/delivery-settings.js';
import { FROM_ADDRESS, HASH_KEY, linkIn, startSubscriberHarness, TestClock, type SubscriberHarness } from '../integration/subscribers/harness.js';
import { aStory } from '../support/digest-fixtures.js';
import type { StoredEmail } from '../support/local-services.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

/**
 * A reader in Hong Kong whose browser asks for Traditional Chinese signs up, confirms, receives
 * the welcome and a digest in Traditional Chinese, switches to English, and gets the next
 * digest in English; then opens a story's page. Headless Chromium against dynalite and the
 * SES emulator; every email is read back from the emulator's store.
 */
const chromiumHere = haveChromium('the reader browser test');

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const NOW = new Date('2026-11-30T00:00:00Z');
/** Wednesday 11:00 in Hong Kong. */
const SIGN_UP_TIME = new Date('2026-12-02T03:00:00Z');

/** An invented story, classified for real. */
function invented(title: string, summary: string, overrides = {}) {
  return aStory({ title, summary, ...classifyStory({ title, summary }), publishedAt: '2026-11-25T08:00:00.000Z', ...overrides });
}

describe.skipIf(!chromiumHere)('a reader in their own language', () => {
  let harness: SubscriberHarness;
  let archive: RunningHttpAdapter;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let sendDigest: ReturnType<typeof createDigestSender>;
  const reader = 'lam.reader@example.com';
  const story = invented(
    'PCPD warns Lantern Robotics over training AI on customer chats',
    'The Privacy Commissioner for Personal Data said Lantern Robotics breached the Personal Data (Privacy) Ordinance in Hong Kong by using chat logs to train models.',
  );

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // A Wednesday in Hong Kong, whatever the day the test runs: the first digest is next Monday at 08:00.
    const clock = new TestClock();
    clock.current = SIGN_UP_TIME;
    harness = await startSubscriberHarness({ clock });
    const { dynamo, ses } = harness.services;
    const stories = new DynamoStoryRepository(dynamo, harness.tables.Stories);
    const editions = new DynamoEditionRepository(dynamo, harness.tables.Editions);
    const searchIndex = new DynamoSearchIndex(dynamo, harness.tables.Stories);
    // Stored the way ingestion stores it: the search index is written with the story.
    await saveIngestedStory(indexingStories(stories, searchIndex), story);
    await saveIngestedStory(
      indexingStories(stories, searchIndex),
      invented(
        'Regulator in Tokyo fines app maker over location data',
        'Japan’s Personal Information Protection Commission fined an app maker for sharing location data.',
      ),
    );
    for (const week of ['2026-W49', '2026-W50']) {
      await editions.createEdition({ ...composeEdition(findRegion('hk')!, week, [story], { maxItems: 10, now: NOW }), status: 'sent' });
    }
    const archiveApi = createArchiveApi({ editions, stories, searchIndex, publicBaseUrl: harness.url });
    // Only the archive's own paths reach it, as behind the HTTP API (the browser also asks for /favicon.ico).
    archive = await startHttpAdapter({
      port: 0,
      handler: async (event) => (isArchivePath(event.rawPath) ? archiveApi(event) : { statusCode: 404, headers: {}, body: '' }),
    });
    const deps = sendEmailDeps({
      subscribers: harness.store,
      stories,
      editions,
      deliveries: new DynamoDeliveryRepository(dynamo, harness.tables.Deliveries),
      allowance: new DynamoAlertAllowance(dynamo, harness.tables.Deliveries),
      mailer: new SesMailer(ses, FROM_ADDRESS),
      publicBaseUrl: harness.url,
      subscriberKey: HASH_KEY,
      settings: deliverySettingsFrom({}),
      now: () => new Date(),
    });
    sendDigest = createDigestSender(deps.digest);
    browser = await launchChromium();
    // A Hong Kong browser: its Accept-Language asks for zh-HK first.
    context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, locale: 'zh-HK', timezoneId: 'Asia/Hong_Kong' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await archive?.close();
    await harness?.stop();
  });

  /** Shows an email's HTML part as a mail client would, at a desktop and at a phone width, and keeps both pictures. */
  async function screenshotEmail(email: StoredEmail, name: string) {
    const viewer = await context.browser()!.newPage({ viewport: { width: 800, height: 900 } });
    await viewer.setContent(email.body.html ?? '', { waitUntil: 'load' });
    await viewer.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
    await viewer.setViewportSize({ width: 375, height: 740 });
    expect(await viewer.evaluate('document.documentElement.scrollWidth <= 375')).toBe(true);
    await viewer.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
    await viewer.close();
  }

  async function emailWithSubject(subject: RegExp): Promise<StoredEmail> {
    const emails = await harness.emailsTo(reader);
    const found = emails.filter((email) => subject.test(email.subject)).at(-1);
    if (!found) throw new Error(`no email matching ${subject}; got ${emails.map((e) => e.subject).join(' | ')}`);
    return found;
  }

  it('signs up in Traditional Chinese, chosen from the browser’s language', async () => {
    await page.goto(`${harness.url}/subscribe`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('訂閱 Newsdesk');
    expect(await page.getByRole('radio', { name: '繁體中文' }).isChecked()).toBe(true);
    await page.getByLabel('電郵地址').fill(reader);
    await page
      .locator('details', { has: page.getByLabel('香港', { exact: true }) })
      .locator('summary')
      .click();
    await page.getByRole('checkbox', { name: '香港', exact: true }).check();
    await page.getByRole('checkbox', { name: '以個人資料訓練人工智能' }).check();
    await page.screenshot({ path: join(ARTIFACTS, 'subscribe-zh-hant.png'), fullPage: true });
    await page.getByRole('button', { name: '訂閱' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('請查看你的電郵');
    expect(await harness.store.getSubscriber(harness.subscriberIdOf(reader))).toMatchObject({ language: 'zh-Hant', regions: ['hk'] });
  });

  it('gets the confirmation and the welcome in Traditional Chinese, with the first digest in Hong Kong time', async () => {
    const confirmation = await emailWithSubject(/確認/);
    expect(confirmation.subject).toBe('請確認你的 Newsdesk 訂閱');
    expect(confirmation.body.text).toContain('(Asia/Hong_Kong, GMT+8)');
    await screenshotEmail(confirmation, 'confirmation-zh-hant');
    await page.goto(linkIn(confirmation, '/confirm'));
    expect(await page.locator('dl').innerText()).toContain('香港');
    await page.getByRole('button', { name: '確認訂閱' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('你已訂閱');

    const welcome = await emailWithSubject(/歡迎/);
    expect(welcome.body.text).toContain('你的第一份每週摘要將於 2026年12月7日 星期一 上午8:00 (Asia/Hong_Kong, GMT+8) 送達。');
    expect(welcome.body.text).toContain('地區：香港');
    await screenshotEmail(welcome, 'welcome-zh-hant');
  });

  it('receives the digest in Traditional Chinese, with Chinese place and topic names and why each story is there', async () => {
    expect(await sendDigest({ kind: 'digest', week: '2026-W49', subscriberId: harness.subscriberIdOf(reader) })).toBe('sent');
    const digest = await emailWithSubject(/2026-W49/);
    expect(digest.subject).toBe('Newsdesk 2026-W49 私隱及人工智能訓練新聞：1 則新聞 · 香港');
    expect(digest.body.html).toContain('<html lang="zh-Hant">');
    expect(digest.body.text).toMatch(/· 香港、.*以個人資料訓練人工智能/);
    expect(digest.body.text).not.toMatch(/\bHK\b|ai-training/);
    expect(digest.body.text).toContain('PCPD · Personal Data (Privacy) Ordinance · 以個人資料訓練人工智能');
    // The story itself stays in the language it was published in.
    expect(digest.body.text).toContain('PCPD warns Lantern Robotics');
    await screenshotEmail(digest, 'digest-zh-hant');
  });

  it('switches to English in preferences, and the next digest is in English', async () => {
    const welcome = await emailWithSubject(/歡迎/);
    await page.goto(linkIn(welcome, '/preferences'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('你的偏好設定');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: '儲存偏好設定' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Your preferences');
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    expect(await sendDigest({ kind: 'digest', week: '2026-W50', subscriberId: harness.subscriberIdOf(reader) })).toBe('sent');
    const digest = await emailWithSubject(/2026-W50/);
    expect(digest.subject).toBe('Newsdesk 2026-W50: 1 story on privacy and AI training · Hong Kong');
    expect(digest.body.text).toMatch(/· Hong Kong, .*AI training on personal data/);
    expect(digest.body.text).not.toMatch(/\p{Script=Han}/u);
    await screenshotEmail(digest, 'digest-en');
  });

  it('opens a story’s page from the digest, with its evidence highlighted in its own text', async () => {
    const digest = await emailWithSubject(/2026-W50/);
    const storyLink = (digest.body.text ?? '').match(/https?:\/\/\S+\/stories\/\S+/)?.[0];
    expect(storyLink).toBeDefined();
    // The archive function serves story pages; in this test it listens on its own port.
    const storyUrl = storyLink!.replace(harness.url, archive.url);
    await page.goto(storyUrl);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Lantern Robotics');
    const marked = await page.locator('mark').allInnerTexts();
    expect(marked).toEqual(expect.arrayContaining(['PCPD', 'Privacy Commissioner for Personal Data', 'Personal Data (Privacy) Ordinance']));
    // A public page: its words follow the browser (zh-HK), the story stays in English.
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.getByRole('link', { name: '香港，第 2026-W49 週' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '香港，第 2026-W50 週' }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'story-page.png'), fullPage: true });
  });

  it('finds the story by a word of its title, and by region, in the archive search', async () => {
    await page.goto(`${archive.url}/search`);
    await page.getByLabel('字詞').fill('lantern');
    await page.getByLabel('由').fill('2026-11-01');
    await page.getByLabel('至').fill('2026-11-30');
    await page.getByRole('button', { name: '搜尋' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('找到 1 則新聞');
    expect(await page.locator('ol.results a').allInnerTexts()).toEqual([story.title]);

    await page.getByLabel('字詞').fill('');
    await page.getByLabel('地區').selectOption('hk');
    await page.getByRole('button', { name: '搜尋' }).click();
    await expect.poll(() => page.locator('ol.results a').allInnerTexts()).toEqual([story.title]);
    await page.screenshot({ path: join(ARTIFACTS, 'search.png'), fullPage: true });

    await page.getByLabel('地區').selectOption('jp');
    await page.getByRole('button', { name: '搜尋' }).click();
    await expect.poll(() => page.locator('ol.results a').allInnerTexts()).toEqual(['Regulator in Tokyo fines app maker over location data']);
    await page.getByLabel('字詞').fill('lantern');
    await page.getByRole('button', { name: '搜尋' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('沒有相符的新聞');
  });
});
