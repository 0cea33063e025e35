import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { haveChromium, launchChromium } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, startSubscriberHarness, type SubscriberHarness } from '../integration/subscribers/harness.js';

/**
 * A person on a phone-sized screen, in Hong Kong, signs up, confirms from the email, changes
 * their preferences and unsubscribes, in headless Chromium against the local stack.
 */
const chromiumHere = haveChromium('the subscriber browser test');

describe.skipIf(!chromiumHere)('the subscriber pages in a browser', () => {
  let harness: SubscriberHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const policyViolations: string[] = [];
  const reader = 'browser.reader@example.com';

  beforeAll(async () => {
    harness = await startSubscriberHarness();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      timezoneId: 'Asia/Hong_Kong',
      javaScriptEnabled: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  /** Opens the folded section that holds a jurisdiction, unless it is open already. */
  async function openSectionHolding(jurisdiction: string, how: 'keyboard' | 'pointer') {
    const section = page.locator('details', { has: page.getByLabel(jurisdiction, { exact: true }) });
    if ((await section.getAttribute('open')) !== null) return;
    if (how === 'pointer') {
      await section.locator('summary').click();
      return;
    }
    await section.locator('summary').focus();
    await page.keyboard.press('Enter');
  }

  // Run in the page, so written as the page's own script (this project compiles without DOM types).
  async function fitsTheScreen(): Promise<boolean> {
    return (await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')) === true;
  }

  async function everyControlHasALabel(): Promise<boolean> {
    const unlabelled = await page.evaluate(
      `[...document.querySelectorAll('input:not([type=hidden]):not([tabindex="-1"])')].filter((input) => input.labels.length === 0).length`,
    );
    return unlabelled === 0;
  }

  it('signs up: the time zone comes from the browser, and a mistake is shown beside the field with what was typed kept', async () => {
    await page.goto(`${harness.url}/subscribe`);
    // Both prove the policy's hashes match: the script filled the zone, the stylesheet hid the trap field.
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Asia/Hong_Kong');
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.trap')).position`)).toBe('absolute');
    expect(await fitsTheScreen()).toBe(true);
    expect(await everyControlHasALabel()).toBe(true);

    // With the keyboard only: type, tick with the space bar, submit with Enter.
    await page.getByLabel('Email address').focus();
    await page.keyboard.type('browser.reader@example');
    // Single jurisdictions are folded into sections that open from the keyboard.
    await openSectionHolding('Hong Kong', 'keyboard');
    await page.getByRole('checkbox', { name: 'Hong Kong', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Email address').focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => page.title()).toBe('Error: Subscribe – Newsdesk');
    const email = page.getByLabel('Email address');
    expect(await email.inputValue()).toBe('browser.reader@example');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#email-error').innerText()).toContain('Enter an email address in the form name@example.com');
    expect(await page.getByRole('alert').innerText()).toContain('There is a problem');
    expect(await page.getByRole('checkbox', { name: 'Hong Kong', exact: true }).isChecked()).toBe(true);
    // Focus moves to the summary, so a keyboard or screen-reader user starts at the problem.
    await expect.poll(() => page.evaluate(`document.activeElement.classList.contains('summary')`)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(`document.activeElement.getAttribute('href')`)).toBe('#email');

    await email.fill(reader);
    await page.getByRole('checkbox', { name: 'AI training on personal data' }).check();
    await page.getByRole('radio', { name: 'Weekly digest' }).check();
    await page.getByRole('button', { name: 'Subscribe' }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Check your email');
  });

  it('draws the focus ring at 3:1 or more against the page, in light and in dark mode (WCAG 1.4.11)', async () => {
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const contrast = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${harness.url}/subscribe`);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate<{ style: string; width: number; colour: string; page: string }>(
        `(() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor, page: getComputedStyle(document.body).backgroundColor }; })()`,
      );
      expect(focused.style).toBe('solid');
      expect(focused.width).toBeGreaterThanOrEqual(2);
      expect(contrast(rgb(focused.colour), rgb(focused.page))).toBeGreaterThanOrEqual(3);
      if (colorScheme === 'light') expect(contrast(rgb(focused.colour), [255, 255, 255])).toBeGreaterThanOrEqual(3);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('confirms from the link in the email by pressing the button', async () => {
    const confirmLink = linkIn(await harness.latestEmailTo(reader), '/confirm');
    await page.goto(confirmLink);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Confirm your subscription');
    expect(await page.locator('dl').innerText()).toContain('Hong Kong');

    await page.getByRole('button', { name: 'Confirm subscription' }).focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('You are subscribed');
    expect((await harness.store.getSubscriber(harness.subscriberIdOf(reader)))?.status).toBe('confirmed');
  });

  it('changes preferences', async () => {
    await page.getByRole('link', { name: 'Change your preferences' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Your preferences');
    expect(await fitsTheScreen()).toBe(true);
    expect(await everyControlHasALabel()).toBe(true);

    await page.getByRole('checkbox', { name: 'Hong Kong', exact: true }).uncheck();
    await openSectionHolding('Japan', 'pointer');
    await page.getByRole('checkbox', { name: 'Japan', exact: true }).check();
    await page.getByRole('radio', { name: 'Both' }).check();
    await page.getByLabel('Time zone').fill('Asia/Tokyo');
    await page.getByRole('button', { name: 'Save preferences' }).click();

    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Your preferences are saved.');
    expect(await harness.store.getSubscriber(harness.subscriberIdOf(reader))).toMatchObject({
      regions: ['jp'],
      topics: ['ai-training'],
      frequency: 'both',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('unsubscribes', async () => {
    await page.getByRole('link', { name: 'Unsubscribe' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Unsubscribe');
    await page.getByRole('button', { name: 'Unsubscribe' }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('You are unsubscribed');
    expect((await harness.store.getSubscriber(harness.subscriberIdOf(reader)))?.status).toBe('unsubscribed');
    expect(policyViolations).toEqual([]);
  });
});
