import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { haveChromium, launchChromium } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEditionRepository } from '../../functions/adapters/dynamo/edition-repository.js';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import { composeEdition } from '../../functions/domain/digest/edition.js';
import { buildSubscriberLinks } from '../../functions/domain/subscriptions/links.js';
import { EVERYWHERE_REGION_ID, findRegion } from '../../functions/taxonomy/regions.js';
import { HASH_KEY, startSubscriberHarness, type SubscriberHarness } from '../integration/subscribers/harness.js';
import { aStory, aSubscriber } from '../support/digest-fixtures.js';

/**
 * The reader's choices short of leaving, and the ways back, in headless Chromium against
 * dynalite: the sign-up page's sample edition and "everything, worldwide"; pause and undo from
 * the unsubscribe page; erasure with the download first and a restore; an error page in
 * Traditional Chinese. Screenshots at a desktop and a phone width go to test/e2e/artifacts.
 */
const chromiumHere = haveChromium('the reader choices browser test');

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const NOW = new Date();

describe.skipIf(!chromiumHere)('a reader’s choices short of leaving, and the ways back', () => {
  let harness: SubscriberHarness;
  let browser: Browser;
  const story = aStory({
    title: 'Harbour clinic told to stop training a triage model on patient notes',
    summary: 'The privacy commissioner in Hong Kong ordered the clinic to stop using patient notes to train its AI model.',
    ...classifyStory({
      title: 'Harbour clinic told to stop training a triage model on patient notes',
      summary: 'The privacy commissioner in Hong Kong ordered the clinic to stop using patient notes to train its AI model.',
    }),
    publishedAt: NOW.toISOString(),
  });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    harness = await startSubscriberHarness();
    const editions = new DynamoEditionRepository(harness.services.dynamo, harness.tables.Editions);
    await editions.createEdition({ ...composeEdition(findRegion(EVERYWHERE_REGION_ID)!, '2026-W49', [story], { maxItems: 10, now: NOW }), status: 'sent' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  async function newPage(locale = 'en-GB'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, timezoneId: 'Asia/Hong_Kong', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  /** The page at a desktop width, then at a phone's, which must not scroll sideways. */
  async function screenshots(page: Page, name: string) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth <= 390')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
  }

  async function subscribedReader(address: string, frequency: 'weekly' | 'both' = 'both') {
    const subscriberId = harness.subscriberIdOf(address);
    await harness.store.putSubscriber(aSubscriber({ subscriberId, email: address, frequency, regions: ['hk'], language: 'en' }));
    return { subscriberId, links: buildSubscriberLinks(harness.url, subscriberId, HASH_KEY) };
  }

  it('shows a sample edition on the sign-up page, links the archive, and offers everything, worldwide', async () => {
    const page = await newPage();
    await page.goto(`${harness.url}/subscribe`);
    const sample = page.getByRole('region', { name: 'What a digest looks like' });
    expect(await sample.getByRole('link', { name: story.title }).count()).toBe(1);
    expect(await sample.getByRole('link', { name: 'Read past editions in the archive' }).getAttribute('href')).toBe('/archive');
    await screenshots(page, 'subscribe-sample');

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('Email address').fill('anywhere.reader@example.com');
    await page.getByRole('checkbox', { name: 'Everything, worldwide' }).check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Check your email');
    expect(await harness.store.getSubscriber(harness.subscriberIdOf('anywhere.reader@example.com'))).toMatchObject({ regions: [EVERYWHERE_REGION_ID] });
  });

  it('pauses for four weeks from the unsubscribe page instead of leaving', async () => {
    const { subscriberId, links } = await subscribedReader('pausing.reader@example.com');
    const page = await newPage();
    await page.goto(links.unsubscribe);
    expect(await page.getByRole('heading', { level: 2, name: 'Pause instead' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Weekly digest only' }).count()).toBe(1);
    // Fewer regions or topics is one step away, on the reader's own preferences page.
    expect(await page.getByRole('link', { name: 'Choose fewer regions or topics' }).getAttribute('href')).toMatch(/\/preferences\?token=/);
    await screenshots(page, 'unsubscribe-choices');
    await page.getByRole('button', { name: 'Pause for 4 weeks' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Email is paused');
    const stored = await harness.store.getSubscriber(subscriberId);
    expect(stored).toMatchObject({ status: 'confirmed', paused: true });
    const weeks = (Date.parse(`${String(stored?.pausedUntil)}T00:00:00Z`) - Date.parse(NOW.toISOString().slice(0, 10))) / (7 * 86_400_000);
    expect(Math.round(weeks)).toBe(4);
    expect(stored?.digestSlot).toMatch(/^resume#/);
    await screenshots(page, 'paused');
  });

  it('unsubscribes, then takes it back with the undo button', async () => {
    const { subscriberId, links } = await subscribedReader('undoing.reader@example.com');
    const page = await newPage();
    await page.goto(links.unsubscribe);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('You are unsubscribed');
    expect((await harness.store.getSubscriber(subscriberId))?.status).toBe('unsubscribed');
    await screenshots(page, 'unsubscribed-undo');
    await page.getByRole('button', { name: 'Undo: keep my subscription' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Your subscription is back');
    expect(await harness.store.getSubscriber(subscriberId)).toMatchObject({ status: 'confirmed', regions: ['hk'], frequency: 'both' });
    expect((await harness.store.getSubscriber(subscriberId))?.digestSlot).toMatch(/^Asia\/Hong_Kong#/);
  });

  it('downloads the data before erasing, then restores it within the grace period', async () => {
    const address = 'erasing.reader@example.com';
    const { subscriberId, links } = await subscribedReader(address);
    const page = await newPage();
    await page.goto(links.erase ?? '');
    await screenshots(page, 'erase-download-first');
    await page.setViewportSize({ width: 1280, height: 900 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything we hold about you (a JSON file)' }).click(),
    ]);
    const saved = join(ARTIFACTS, 'erase-download.json');
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ subscriber: { email: address, regions: ['hk'] } });

    await page.getByRole('button', { name: 'Erase my data' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Your data is being erased');
    expect(await harness.suppressions.isSuppressed(subscriberId)).toBe(true);
    expect((await harness.store.getSubscriber(subscriberId))?.status).toBe('unsubscribed');
    await screenshots(page, 'erased-restore');
    await page.getByRole('button', { name: 'Take it back: restore my data' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Your data is restored');
    expect(await harness.store.getSubscriber(subscriberId)).toMatchObject({ status: 'confirmed', email: address });
    expect(await harness.suppressions.isSuppressed(subscriberId)).toBe(false);
  });

  it('explains a broken link in Traditional Chinese to a Hong Kong browser, with a way to switch language', async () => {
    const page = await newPage('zh-HK');
    const response = await page.goto(`${harness.url}/unsubscribe?token=not-a-token`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('此連結無效');
    await screenshots(page, 'error-zh-hant');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('This link does not work');
  });
});
