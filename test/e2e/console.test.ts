import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { haveChromium, launchChromium } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EDITOR,
  HOSTILE_TITLE,
  NEW_FEED_PATH,
  NEW_FEED_STORY,
  READER,
  SECOND_EDITOR,
  startConsoleHarness,
  type ConsoleHarness,
} from '../support/console-harness.js';

/**
 * An editor's week in headless Chromium against the local stack: sign in, correct a tag,
 * curate Hong Kong's held edition (pin, drop, reorder by drag and by keyboard, blurb, note),
 * preview it, approve it, and see the next digest run send exactly that to a subscriber.
 */
const chromiumHere = haveChromium('the console browser test');
const ARTIFACTS = 'test/e2e/artifacts';

describe.skipIf(!chromiumHere)('the editor console in a browser', () => {
  let harness: ConsoleHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const policyViolations: string[] = [];

  async function snap(name: string) {
    await page.screenshot({ path: `${ARTIFACTS}/console-${name}.png`, fullPage: true });
  }

  /** Story ids of the edition, in order, as the page lists them. */
  async function editionOrder(on: Page = page): Promise<string[]> {
    return on.locator('#edition-items > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-story-id') ?? ''));
  }

  /** Does something that posts a form, and waits for the page the server redirects to. */
  async function saving(action: () => Promise<void>, on: Page = page) {
    const reloaded = on.waitForEvent('load');
    await action();
    await reloaded;
  }

  async function signIn(on: Page, who: { email: string; password: string }) {
    await on.goto(`${harness.url}/console/week?region=hk`);
    await on.getByLabel('Email').fill(who.email);
    await on.getByLabel('Password').fill(who.password);
    await on.getByRole('button', { name: 'Sign in' }).click();
    await on.waitForURL(/\/console\/week/);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    harness = await startConsoleHarness();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('sends a signed-out editor to sign in, then back to the page they asked for', async () => {
    await page.goto(`${harness.url}/console/week?region=hk`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await snap('sign-in');
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').innerText()).toMatch(/do not match/);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/console\/week\?region=hk/);
    const cookie = (await context.cookies()).find((c) => c.name === 'newsdesk_console');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/console' });
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
  });

  it('shows the live draft with evidence highlighted, the hostile title as inert text, and what was left out', async () => {
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Hong Kong: edition 2026-W49');
    expect(await editionOrder()).toEqual(['ferry', 'clinic', 'tram', 'hostile']);
    expect((await page.locator('#edition-items mark').first().innerText()).trim()).toBe('commissioner');
    expect(await page.locator('#edition-items').innerText()).toContain(HOSTILE_TITLE);
    expect(await page.locator('#other-stories').innerText()).toContain('Bakery loyalty app');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    await snap('week');
  });

  it('corrects a tag, and the correction is in the log', async () => {
    await page.goto(`${harness.url}/console/story?id=tram`);
    await page.getByLabel('Add jurisdictions').fill('mo');
    await page.getByLabel('Note').fill('The card is also sold in Macao');
    await page.getByRole('button', { name: 'Save correction' }).click();
    expect((await page.locator('#flash').innerText()).trim()).toBe('Correction saved and logged.');
    expect(await page.locator('#story-tags').innerText()).toContain('MO');
    await snap('story');
    await page.goto(`${harness.url}/console/corrections?action=add-jurisdiction`);
    expect(await page.locator('table').innerText()).toContain('add-jurisdiction MO');
    expect(await page.locator('table').innerText()).toContain(EDITOR.email);
    expect(await page.getByText('1 correction.', { exact: true }).isVisible()).toBe(true);
    await snap('corrections');
  });

  it('pins a story left out, drops one, and reorders by drag and by keyboard alone', async () => {
    await page.goto(`${harness.url}/console/week?region=hk`);
    await saving(() => page.getByRole('button', { name: /^Pin “Bakery loyalty app/ }).click());
    expect(await editionOrder()).toEqual(['bakery', 'ferry', 'clinic', 'tram', 'hostile']);
    await saving(() => page.getByRole('button', { name: /^Drop “Clinic chain/ }).click());
    expect(await editionOrder()).toEqual(['bakery', 'ferry', 'tram', 'hostile']);

    // Drag "tram" above "ferry".
    await saving(() =>
      page
        .locator('#edition-items > li[data-story-id=tram]')
        .dragTo(page.locator('#edition-items > li[data-story-id=ferry]'), { sourcePosition: { x: 8, y: 8 }, targetPosition: { x: 20, y: 5 } }),
    );
    expect(await editionOrder()).toEqual(['bakery', 'tram', 'ferry', 'hostile']);

    // Keyboard only: focus the bakery story's Down button and press Enter.
    await page.getByRole('button', { name: /^Move “Bakery loyalty app.*down$/ }).focus();
    await saving(() => page.keyboard.press('Enter'));
    expect(await editionOrder()).toEqual(['tram', 'bakery', 'ferry', 'hostile']);
    await snap('curated');
  });

  it('writes a blurb and a note, and undoes a change', async () => {
    await page.getByLabel(/^Blurb for “Ferry operator/).fill('The first fine under the new rules: expect more.');
    await saving(() => page.locator('li[data-story-id=ferry]').getByRole('button', { name: 'Save blurb' }).click());
    await page.getByLabel("Editor's note").fill('A week of transport data going astray.');
    await saving(() => page.getByRole('button', { name: 'Save note' }).click());
    await saving(() => page.getByRole('button', { name: /^Drop “Regulator/ }).click());
    expect(await editionOrder()).toEqual(['tram', 'bakery', 'ferry']);
    await saving(() => page.getByRole('button', { name: 'Undo last change' }).click());
    expect(await editionOrder()).toEqual(['tram', 'bakery', 'ferry', 'hostile']);
    expect(await page.getByLabel("Editor's note").inputValue()).toBe('A week of transport data going astray.');
  });

  it('refuses a change made on a stale view, and a POST without the CSRF token', async () => {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, SECOND_EDITOR);
    await other.getByLabel("Editor's note").fill('A week of transport data going astray. Read on.');
    await saving(() => other.getByRole('button', { name: 'Save note' }).click(), other);
    await other.context().close();

    // This page still shows the version before the other editor's change.
    await page.getByRole('button', { name: /^Pin “Ferry operator/ }).click();
    expect(await page.locator('#flash').innerText()).toContain('Another editor changed this edition after you opened it');
    expect(await page.getByLabel("Editor's note").inputValue()).toBe('A week of transport data going astray. Read on.');
    await snap('stale');

    const refused = await page.request.post(`${harness.url}/console/curate`, {
      form: { region: 'hk', week: '2026-W49', version: '99', status: 'draft', action: 'note', text: 'forged' },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('CSRF token');

    // Login CSRF: a sign-in posted without the token of the console's own sign-in form.
    const forgedSignIn = await page.request.post(`${harness.url}/console/sign-in`, {
      form: { email: SECOND_EDITOR.email, password: SECOND_EDITOR.password, next: '/console' },
      maxRedirects: 0,
    });
    expect(forgedSignIn.status()).toBe(403);
    expect(forgedSignIn.headers()['set-cookie'] ?? '').not.toContain('newsdesk_console=');
  });

  it('previews the email as it will be sent, with the blurb and the note, the hostile title inert', async () => {
    await page.goto(`${harness.url}/console/week?region=hk`);
    await page.getByRole('link', { name: 'Preview as sent' }).click();
    const text = page.locator('#preview-text');
    expect(await text.innerText()).toContain('> The first fine under the new rules: expect more.');
    expect(await text.innerText()).toContain('A week of transport data going astray. Read on.');
    const frame = page.frameLocator('iframe.preview');
    expect(await frame.locator('body').innerText()).toContain('The first fine under the new rules');
    expect(await frame.locator('body').innerText()).toContain(HOSTILE_TITLE);
    expect(await frame.locator('script, img').count()).toBe(0);
    await page.getByRole('button', { name: `Send a test to ${EDITOR.email}` }).click();
    expect((await page.locator('#flash').innerText()).trim()).toBe('Test email sent to your address.');
    const tests = (await harness.stack.listEmails()).filter((email) => email.destination.to.includes(EDITOR.email));
    expect(tests.map((email) => email.subject)).toEqual([expect.stringMatching(/^\[Test\] Newsdesk 2026-W49/)]);
    await snap('preview');
    await page.locator('iframe.preview').screenshot({ path: `${ARTIFACTS}/console-preview-email.png` });
  });

  it('approves the held region, and the next digest run sends the curated edition', async () => {
    await page.goto(`${harness.url}/console/week?region=hk`);
    expect(await page.locator('main').innerText()).toContain("This region waits for an editor's approval");
    // Before approval the held region sends nothing.
    expect((await harness.app.digest()).planned.jobsEnqueued).toBe(0);
    await page.getByRole('button', { name: 'Approve edition' }).click();
    expect((await page.locator('#edition-status').innerText()).trim()).toBe('approved');
    await snap('approved');

    await harness.app.digest();
    const [email] = (await harness.stack.listEmails()).filter((e) => e.destination.to.includes(READER));
    expect(email).toBeDefined();
    const html = email.body.html ?? '';
    const positions = ['Tram card data', 'Bakery loyalty app', 'Ferry operator fined', 'reviews school cameras'].map((title) => html.indexOf(title));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).not.toContain('Clinic chain');
    expect(html).toContain('The first fine under the new rules: expect more.');
    expect(html).toContain('A week of transport data going astray. Read on.');
    expect(html).not.toContain('<script>window');
    expect(email.body.text).toContain('> The first fine under the new rules: expect more.');

    await page.reload();
    expect(await page.locator('main').innerText()).toContain('Sending has started: this edition is frozen.');
    expect(await page.getByRole('button', { name: 'Un-approve' }).count()).toBe(0);
    await snap('frozen');
  });

  it('adds a feed after previewing it, and the next ingest round brings its story into the week', async () => {
    const feedUrl = `${harness.feeds.url}${NEW_FEED_PATH}`;
    await page.goto(`${harness.url}/console/feeds`);
    await page.getByLabel('Feed URL').fill(feedUrl);
    await page.getByLabel('Name').fill('Harbour Watch');
    await page.getByLabel('Home jurisdiction').fill('hk');
    await page.getByRole('button', { name: 'Fetch and preview' }).click();
    expect(await page.locator('#feed-preview').innerText()).toContain(NEW_FEED_STORY);
    expect(await page.locator('main').innerText()).toContain('Read 1 item. Check it, then add the feed.');
    // A preview saves nothing: the planner would not read the feed yet.
    expect((await harness.app.ingest()).length).toBe(0);
    await snap('feed-preview');

    await saving(() => page.getByRole('button', { name: 'Add this feed' }).click());
    expect((await page.locator('#flash').innerText()).trim()).toBe('Feed added: it is read from the next ingest round on.');
    const row = page.locator('tr', { hasText: 'Harbour Watch' });
    expect(await row.innerText()).toContain(`added by ${EDITOR.email}`);

    // The same address again is refused, saying under which name it is already read.
    await page.getByLabel('Feed URL').fill(feedUrl);
    await page.getByLabel('Name').fill('Harbour Watch again');
    await page.getByRole('button', { name: 'Fetch and preview' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('That address is already read, as "Harbour Watch".');

    // Disabled, the planner skips it; re-enabled, the next round reads it.
    await saving(() => page.getByRole('button', { name: 'Disable Harbour Watch' }).click());
    expect(await page.locator('tr', { hasText: 'Harbour Watch' }).innerText()).toContain('disabled');
    expect((await harness.app.ingest()).length).toBe(0);
    await saving(() => page.getByRole('button', { name: 'Re-enable Harbour Watch' }).click());
    const reports = await harness.app.ingest();
    expect(reports.map((report) => report.feedUrl)).toEqual([feedUrl]);

    harness.clock.now = new Date(harness.clock.now.getTime() + 60_000);
    await page.goto(`${harness.url}/console/week?region=hk`);
    expect(await page.locator('main').innerText()).toContain(NEW_FEED_STORY);
    await snap('week-with-added-feed');
  });

  it('shows the overview and the feeds without any subscriber address, and ran no script from the data', async () => {
    await page.goto(`${harness.url}/console`);
    expect(await page.getByRole('heading', { name: /In-scope stories per jurisdiction/ }).isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain(READER);
    // Wide enough for every week: no hint to swipe.
    expect(await page.getByText('swipe the table sideways').isVisible()).toBe(false);
    await snap('overview');
    await page.goto(`${harness.url}/console/log`);
    expect(await page.locator('table').innerText()).toContain('approve');
    await snap('activity');

    // Every page at a phone's width: kept as artefacts to look at, and nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, path] of [
      ['week', '/console/week?region=hk'],
      ['story', '/console/story?id=tram'],
      ['corrections', '/console/corrections'],
      ['preview', '/console/preview?region=hk'],
      ['feeds', '/console/feeds'],
      ['overview', '/console'],
      ['activity', '/console/log'],
      ['sign-in', '/console/sign-in'],
    ]) {
      await page.goto(`${harness.url}${path}`);
      await snap(`phone-${name}`);
      expect({ name, overflow: await page.evaluate('document.documentElement.scrollWidth > window.innerWidth') }).toEqual({ name, overflow: false });
    }
    // The chart on a phone: newest week first beside the totals, a hint that it scrolls, a
    // box a keyboard can reach, and the jurisdiction still named when scrolled to the oldest week.
    await page.goto(`${harness.url}/console`);
    const chart = page.getByRole('region', { name: /In-scope stories per jurisdiction/ });
    const headers = await chart.locator('thead th').allInnerTexts();
    expect(headers.slice(0, 2)).toEqual(['Jurisdiction', 'Total']);
    expect(headers.length).toBe(14);
    expect(headers.slice(2)).toEqual([...headers.slice(2)].sort().reverse());
    expect(await page.getByText('swipe the table sideways for older weeks').isVisible()).toBe(true);
    expect(await chart.getAttribute('tabindex')).toBe('0');
    const box = await chart.evaluate((element) => ({ scrolls: element.scrollWidth > element.clientWidth }));
    expect(box.scrolls).toBe(true);
    await chart.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    // Each name is drawn on top of the scrolled columns' meters, which pass under it.
    const names = await chart.locator('th:first-child').evaluateAll((cells) =>
      cells.map((th) => {
        const range = th.ownerDocument.createRange();
        range.selectNodeContents(th);
        const rect = range.getBoundingClientRect();
        const hit = th.ownerDocument.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return { text: th.textContent, left: Math.round(rect.left), onTop: hit !== null && th.contains(hit) };
      }),
    );
    expect(names.map((name) => name.text)).toEqual(['Jurisdiction', 'HK', 'MO']);
    expect(names.filter((name) => !name.onTop || name.left > 40)).toEqual([]);
    await snap('phone-overview-scrolled');
    // Records read as cards: every value on screen, none in a box scrolled out of sight.
    for (const [path, shown] of [
      ['/console/feeds', /UTC/],
      ['/console/story?id=tram', /^regulator:/],
      ['/console/corrections', /desk\.editor@newsdesk\.example/],
      ['/console/log', /approve/],
    ] as const) {
      await page.goto(`${harness.url}${path}`);
      const cells = await page
        .locator('table.cards td')
        .evaluateAll((tds) => tds.map((td) => ({ text: (td.textContent ?? '').trim(), right: td.getBoundingClientRect().right })));
      expect({ path, shown: cells.some((cell) => shown.test(cell.text)) }).toEqual({ path, shown: true });
      expect({ path, offScreen: cells.filter((cell) => cell.right > 390) }).toEqual({ path, offScreen: [] });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(dialogs).toEqual([]);
    expect(policyViolations).toEqual([]);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });
});
