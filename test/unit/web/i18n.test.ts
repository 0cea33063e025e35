import { describe, expect, it } from 'vitest';
import { firstDigestAt } from '../../../functions/domain/subscriptions/first-digest.js';
import { buildSubscriberLinks } from '../../../functions/domain/subscriptions/links.js';
import { parsePreferences, parseSignUp } from '../../../functions/domain/subscriptions/validation.js';
import { plural } from '../../../functions/i18n/format.js';
import { languageFromAcceptLanguage, languageOf, LANGUAGES, type Language } from '../../../functions/i18n/languages.js';
import { loadMessages, type Messages } from '../../../functions/i18n/messages.js';
import { jurisdictionName, regionName, topicName } from '../../../functions/i18n/names.js';
import { renderConfirmationEmail, renderWelcomeEmail } from '../../../functions/web/emails.js';
import { renderPage } from '../../../functions/web/layout.js';
import { html } from '../../../functions/web/html.js';
import { subscribePage } from '../../../functions/web/pages.js';
import { describeChoices, EMPTY_FORM } from '../../../functions/web/preference-fields.js';
import { REGIONS, TOPIC_ENTRIES } from '../../../functions/taxonomy/regions.js';

const HAN = /\p{Script=Han}/u;

const loaded = { en: await loadMessages('en'), 'zh-Hant': await loadMessages('zh-Hant'), 'zh-Hans': await loadMessages('zh-Hans') };
const catalogue = (language: Language): Messages => loaded[language];

/** What a reader sees of an HTML part: tags dropped, entities and whitespace folded. */
function visibleText(markup: string): string {
  return (
    markup
      .replace(/<(style|title)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      // The row that repeats a button's link as text, for clients that break buttons.
      .replace(/<td class="repeat"[\s\S]*?<\/td>/g, ' ')
      // A link's address is what the text part shows in its place.
      .replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, ' $2 $1 ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

describe("the reader's language", () => {
  it('is taken from the browser, by q-value, with Hong Kong and Taiwan reading Traditional', () => {
    expect(languageFromAcceptLanguage('zh-HK,zh;q=0.9,en;q=0.8')).toBe('zh-Hant');
    expect(languageFromAcceptLanguage('zh-TW')).toBe('zh-Hant');
    expect(languageFromAcceptLanguage('zh-CN,zh;q=0.9')).toBe('zh-Hans');
    expect(languageFromAcceptLanguage('zh')).toBe('zh-Hans');
    expect(languageFromAcceptLanguage('fr-FR,en;q=0.5,zh-Hant;q=0.7')).toBe('zh-Hant');
    expect(languageFromAcceptLanguage('de, fr;q=0.8')).toBe('en');
    expect(languageFromAcceptLanguage('!!!, ,;q=x')).toBe('en');
    expect(languageFromAcceptLanguage(undefined)).toBe('en');
  });

  it('reads as English on a record stored before languages existed, or with an unknown one', () => {
    expect(languageOf({})).toBe('en');
    expect(languageOf({ language: 'klingon' })).toBe('en');
    expect(languageOf({ language: 'zh-Hans' })).toBe('zh-Hans');
  });

  it('is validated on the forms, and a form without the field keeps the fallback', () => {
    const base = { regions: 'hk', frequency: 'weekly', timeZone: 'Asia/Hong_Kong' };
    expect(parsePreferences({ ...base, language: 'zh-Hant' }, catalogue('zh-Hant'))).toMatchObject({ ok: true, value: { language: 'zh-Hant' } });
    expect(parsePreferences({ ...base }, catalogue('zh-Hans'))).toMatchObject({ ok: true, value: { language: 'zh-Hans' } });
    expect(parsePreferences({ ...base, language: 'xx' }, catalogue('en'))).toMatchObject({
      ok: false,
      errors: { language: 'Choose a language from the list' },
    });
    const signUp = parseSignUp({ ...base, email: 'a@example.com', consentVersion: '2026-03-01' }, catalogue('zh-Hant'));
    if (signUp.ok) expect(signUp.value.preferences.language).toBe('zh-Hant');
  });

  it('has every message in every catalogue, and the Chinese ones are written in Chinese', () => {
    const english = catalogue('en');
    for (const language of LANGUAGES) {
      const messages = catalogue(language);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      // A renderer handed a catalogue takes its language from it: it must say its own.
      expect(messages.language).toBe(language);
      if (language === 'en') continue;
      expect(messages.subscribeHeading).toMatch(HAN);
      expect(messages.storyCount({ count: 3 })).toMatch(HAN);
    }
    expect(catalogue('zh-Hant').confirmEmailSubject).not.toBe(catalogue('zh-Hans').confirmEmailSubject);
  });

  it('counts with each language’s plural rules', () => {
    expect(catalogue('en').storyCount({ count: 1 })).toBe('1 story');
    expect(catalogue('en').storyCount({ count: 2 })).toBe('2 stories');
    expect(catalogue('zh-Hant').storyCount({ count: 1 })).toBe('1 則新聞');
    expect(plural('zh-Hans', 1, { one: 'one', other: 'other' })).toBe('other');
  });

  it('names every region and topic in Chinese, never by its code', () => {
    for (const language of ['zh-Hant', 'zh-Hans'] as const) {
      for (const region of REGIONS) expect(regionName(region.id, language), region.id).toMatch(HAN);
      for (const topic of TOPIC_ENTRIES) expect(topicName(topic.id, language), topic.id).toMatch(HAN);
    }
    expect(regionName('hk', 'zh-Hant')).toBe('香港');
    expect(jurisdictionName('GB', 'zh-Hans')).toBe('英国');
    expect(regionName('greater-china', 'zh-Hant')).toBe('大中華區');
    expect(topicName('ai-training', 'en')).toBe('AI training on personal data');
  });
});

describe('pages in the reader’s language', () => {
  it('sets <html lang> and writes the shell and the sign-up form in Traditional Chinese', () => {
    const page = subscribePage({ ...EMPTY_FORM, language: 'zh-Hant' }, catalogue('zh-Hant'));
    expect(page).toContain('<html lang="zh-Hant">');
    expect(page).toContain('<h1>訂閱 Newsdesk</h1>');
    expect(page).toContain('>香港</label>');
    expect(page).toContain('>以個人資料訓練人工智能</label>');
    expect(page).toContain('href="/privacy"');
    // Each language is offered under its own name.
    expect(page).toContain('>English</label>');
    expect(page).toContain('>简体中文</label>');
  });

  it('states the terms a reader agrees to in the reader’s language, under the one version', () => {
    for (const [language, words] of [
      ['zh-Hant', '我們不會追蹤你有否打開電郵'],
      ['zh-Hans', '我们不会追踪你是否打开邮件'],
      ['en', 'We do not track whether you open our emails'],
    ] as const) {
      const page = subscribePage({ ...EMPTY_FORM, language }, catalogue(language));
      const consent = /<section class="consent"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
      expect(consent, language).toContain(words);
      expect(consent, language).toContain('2025-01');
      if (language !== 'en') expect(consent, language).not.toContain('We do not track');
    }
  });

  it('is English with the English catalogue, and escaped', () => {
    const page = renderPage({ title: '<b>x</b>', main: html`<p>${'<i>'}</p>`, messages: catalogue('en') });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>&lt;b&gt;x&lt;/b&gt; – Newsdesk</title>');
    expect(page).toContain('<p>&lt;i&gt;</p>');
  });
});

describe('emails in the reader’s language', () => {
  const links = buildSubscriberLinks('https://n.example', 'a'.repeat(32), 'key');

  it('gives the confirmation link’s expiry in the reader’s own time zone and language', () => {
    const email = renderConfirmationEmail('https://n.example/confirm?token=t', new Date('2026-03-05T09:00:00Z'), {
      messages: catalogue('zh-Hant'),
      timeZone: 'Asia/Hong_Kong',
      baseUrl: 'https://n.example',
    });
    expect(email.subject).toBe('請確認你的 Newsdesk 訂閱');
    expect(email.html).toContain('<html lang="zh-Hant">');
    expect(email.text).toContain('2026年3月5日 星期四 下午5:00 (Asia/Hong_Kong, GMT+8)');
    expect(email.text).toContain('https://n.example/privacy');
  });

  it('says in the welcome when the first digest arrives, local time, and what was chosen', () => {
    const reader = { regions: ['hk'], topics: ['ai-training'], frequency: 'weekly' as const, timeZone: 'Asia/Hong_Kong', language: 'zh-Hant' as const };
    // A Sunday evening in Hong Kong: the first digest is the next morning at 08:00 local time.
    const first = firstDigestAt(reader, new Date('2026-03-08T12:30:00Z'));
    expect(first?.toISOString()).toBe('2026-03-09T00:00:00.000Z');
    const email = renderWelcomeEmail({ firstDigestAt: first, choices: describeChoices(reader, catalogue('zh-Hant')) }, links, {
      messages: catalogue('zh-Hant'),
      timeZone: 'Asia/Hong_Kong',
    });
    expect(email.text).toContain('你的第一份每週摘要將於 2026年3月9日 星期一 上午8:00 (Asia/Hong_Kong, GMT+8) 送達。');
    expect(email.text).toContain('地區：香港');
    expect(email.text).toContain('主題：以個人資料訓練人工智能');
    expect(firstDigestAt({ ...reader, frequency: 'instant' }, new Date())).toBeUndefined();
  });

  it('says the same in its HTML and text parts', () => {
    const reader = { regions: ['europe', 'hk'], topics: [], frequency: 'both' as const, timeZone: 'Europe/Dublin', language: 'en' as const };
    const emails = [
      renderConfirmationEmail('https://n.example/confirm?token=a&b=<c>', new Date('2026-03-05T09:00:00Z'), {
        messages: catalogue('en'),
        baseUrl: 'https://n.example',
      }),
      renderWelcomeEmail({ firstDigestAt: new Date('2026-03-09T08:00:00Z'), choices: describeChoices(reader, catalogue('en')) }, links, {
        messages: catalogue('zh-Hans'),
      }),
    ];
    for (const email of emails) {
      const words = (text: string) => text.replace(/[:：\s]+/g, ' ').trim();
      expect(words(visibleText(email.html.replace(/^[\s\S]*?<body/, '<body')))).toBe(words(email.text));
      expect(email.html).toContain('<meta name="color-scheme" content="light dark">');
      expect(email.html).not.toMatch(/<img/);
    }
  });
});
