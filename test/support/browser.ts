/**
 * Debian's Chromium for the browser tests, driven by playwright-core: where it is missing, a
 * test file says so once and its tests are skipped, so the suite still runs elsewhere.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** True when Chromium is installed; otherwise warns, naming the test, and returns false. */
export function haveChromium(testName: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(`Skipping ${testName}: no Chromium at ${CHROMIUM} (install Debian's chromium package; .ci/run does).`);
  return false;
}

/** Headless, with nothing that would reach the network on its own (updates, sync, QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
