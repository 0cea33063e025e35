/** The unsubscribe page offers less mail before leaving, whatever the reader gets today. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { unsubscribePage } from '../../../functions/web/account-pages.js';
import { aSubscriber } from '../../support/digest-fixtures.js';
import { loadMessages } from '../../../functions/i18n/messages.js';

const english = await loadMessages('en');
const zhHant = await loadMessages('zh-Hant');

const PREFERENCES = 'https://news.example/preferences?token=signed';

function page(frequency: 'weekly' | 'instant' | 'both', language: 'en' | 'zh-Hant' = 'en', preferencesUrl: string | null = PREFERENCES) {
  const markup = unsubscribePage({
    token: 'unsubscribe-token',
    subscriber: aSubscriber({ frequency }),
    messages: language === 'en' ? english : zhHant,
    fourWeeksOn: '2027-01-04',
    earliest: '2026-12-08',
    latest: '2027-12-07',
    preferencesUrl: preferencesUrl ?? undefined,
  });
  const { document } = parseHTML(markup);
  const section = document.querySelector('section[aria-labelledby="less-title"]');
  return {
    section,
    digestOnlyButton: section?.querySelector('form[action^="/unsubscribe/less"] button') ?? null,
    preferencesLink: section?.querySelector('a') ?? null,
  };
}

describe('the unsubscribe page’s “send less”', () => {
  it('offers a reader of the weekly digest alone fewer regions or topics, on their own preferences page', () => {
    const { section, digestOnlyButton, preferencesLink } = page('weekly');
    expect(section).not.toBeNull();
    expect(digestOnlyButton).toBeNull();
    expect(preferencesLink?.getAttribute('href')).toBe(PREFERENCES);
    expect(preferencesLink?.textContent).toBe('Choose fewer regions or topics');
  });

  it('offers a reader of alerts the digest alone as well', () => {
    const { digestOnlyButton, preferencesLink } = page('both');
    expect(digestOnlyButton?.textContent).toBe('Weekly digest only');
    expect(preferencesLink?.getAttribute('href')).toBe(PREFERENCES);
  });

  it('says it in the reader’s language', () => {
    expect(page('weekly', 'zh-Hant').preferencesLink?.textContent).toBe('選擇較少的地區或主題');
  });

  it('offers nothing to click where there is no link to offer and no alerts to stop', () => {
    expect(page('weekly', 'en', null).section).toBeNull();
  });
});
