import { describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../../functions/domain/subscriptions/consent.js';
import { normaliseEmail, subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import { canonicalTimeZone, TIME_ZONES } from '../../../functions/domain/subscriptions/time-zones.js';
import { formLanguage, parsePreferences, parseSignUp, type RawFormInput } from '../../../functions/domain/subscriptions/validation.js';
import { englishMessages as english, loadMessages } from '../../../functions/i18n/messages.js';
import { REGIONS, TOPIC_ENTRIES } from '../../../functions/taxonomy/regions.js';

const valid: RawFormInput = {
  email: '  Reader@Example.COM ',
  regions: ['hk', 'asia-pacific'],
  topics: 'ai-training',
  frequency: 'both',
  timeZone: 'Asia/Hong_Kong',
  consentVersion: CONSENT_VERSION,
  sourcePage: '/subscribe',
};

function errorsFor(raw: RawFormInput) {
  const result = parseSignUp(raw, english);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('the sign-up form', () => {
  it('accepts a valid form, normalising the address and reading single and repeated fields', () => {
    const result = parseSignUp(valid, english);
    expect(result).toEqual({
      ok: true,
      value: {
        email: 'reader@example.com',
        preferences: { regions: ['hk', 'asia-pacific'], topics: ['ai-training'], frequency: 'both', timeZone: 'Asia/Hong_Kong', language: 'en', paused: false },
        consentVersion: CONSENT_VERSION,
        sourcePage: '/subscribe',
      },
    });
  });

  it('accepts an internationalised domain, kept in the ASCII form mail is sent to', () => {
    for (const email of ['reader@exämple.de', 'Reader@EXÄMPLE.DE', 'reader@xn--exmple-cua.de']) {
      const result = parseSignUp({ ...valid, email }, english);
      expect(result.ok && result.value.email).toBe('reader@xn--exmple-cua.de');
    }
    const japanese = parseSignUp({ ...valid, email: 'reader@例え.テスト' }, english);
    expect(japanese.ok && japanese.value.email).toBe('reader@xn--r8jz45g.xn--zckzah');
  });

  it('maps the Unicode and the ASCII form of a domain to the same subscriber', () => {
    expect(subscriberIdFor('reader@exämple.de', 'k')).toBe(subscriberIdFor('READER@xn--exmple-cua.de', 'k'));
    expect(normaliseEmail('Reader@Exämple.DE')).toBe('reader@xn--exmple-cua.de');
  });

  it('says plainly why an address with letters beyond ASCII before the @ cannot be used', () => {
    const errors = errorsFor({ ...valid, email: 'jörg@example.com' });
    expect(errors.email).not.toContain('in the form name@example.com');
    expect(errors.email).toContain('before the @');
    expect(errors.email).toContain('another address');
  });

  it('says what to do about each bad field', () => {
    const errors = errorsFor({ ...valid, email: 'not-an-address', regions: [], topics: ['gossip'], frequency: 'daily', timeZone: 'Mars/Olympus_Mons' });
    expect(errors.email).toBe('Enter an email address in the form name@example.com');
    expect(errors.regions).toBe('Choose at least one region');
    expect(errors.topics).toContain('“gossip” is not one of them');
    expect(errors.frequency).toBe('Choose how often you want email');
    expect(errors.timeZone).toContain('Enter a time zone from the list');
  });

  it('asks for an address when none is given, and refuses one longer than 254 characters', () => {
    expect(errorsFor({ ...valid, email: '' }).email).toBe('Enter your email address');
    expect(errorsFor({ ...valid, email: undefined }).email).toBe('Enter your email address');
    expect(errorsFor({ ...valid, email: `${'a'.repeat(60)}@${'b'.repeat(200)}.com` }).email).toContain('at most 254 characters');
    expect(errorsFor({ ...valid, email: `${'a'.repeat(65)}@example.com` }).email).toContain('before the @');
  });

  it('refuses regions that do not exist and a stale consent text', () => {
    expect(errorsFor({ ...valid, regions: ['hk', 'atlantis'] }).regions).toContain('“atlantis”');
    expect(errorsFor({ ...valid, consentVersion: '1999-01' }).consentVersion).toContain('consent text has changed');
  });

  it('accepts every region and topic of the taxonomy, however many there are', () => {
    const everything = parseSignUp({ ...valid, regions: REGIONS.map((r) => r.id), topics: TOPIC_ENTRIES.map((t) => t.id) }, english);
    expect(everything.ok).toBe(true);
  });

  it('names the field of each edge case a hand-made or stale form can send', () => {
    expect(errorsFor({ ...valid, email: '   ' })).toEqual({ email: 'Enter your email address' });
    expect(errorsFor({ ...valid, email: 'reader@localhost' })).toEqual({ email: 'Enter an email address in the form name@example.com' });
    expect(errorsFor({ ...valid, timeZone: '  ' })).toEqual({ timeZone: 'Enter your time zone, for example Europe/London' });
    expect(errorsFor({ ...valid, timeZone: undefined })).toEqual({ timeZone: 'Enter your time zone, for example Europe/London' });
    expect(errorsFor({ ...valid, timeZone: 'Asia/'.repeat(14) })).toEqual({
      timeZone: 'Enter a time zone from the list, for example Asia/Hong_Kong or Europe/London',
    });
    expect(errorsFor({ ...valid, language: 'xx' })).toEqual({ language: 'Choose a language from the list' });
    expect(errorsFor({ ...valid, consentVersion: undefined })).toEqual({
      consentVersion: 'The consent text has changed since this page was loaded: read it again, then subscribe',
    });
    expect(errorsFor({ ...valid, frequency: undefined })).toEqual({ frequency: 'Choose how often you want email' });
  });

  it('gives an over-long id the list’s general message, and echoes at most 40 characters of an unknown one', () => {
    expect(errorsFor({ ...valid, topics: ['t'.repeat(65)] })).toEqual({ topics: 'Choose topics from the list' });
    expect(errorsFor({ ...valid, regions: ['r'.repeat(64)] })).toEqual({ regions: `Choose regions from the list: “${'r'.repeat(40)}” is not one of them` });
  });

  it('keeps each region once, however often the form repeats it', () => {
    const result = parseSignUp({ ...valid, regions: ['hk', 'hk', 'asia-pacific', 'hk'] }, english);
    expect(result.ok && result.value.preferences.regions).toEqual(['hk', 'asia-pacific']);
  });

  it('replaces an unexpected source page with the sign-up page', () => {
    const result = parseSignUp({ ...valid, sourcePage: 'https://evil.example/<script>' }, english);
    expect(result.ok && result.value.sourcePage).toBe('/subscribe');
  });
});

describe('the preferences form', () => {
  it('reads the digest day and hour, and refuses any the list does not offer', () => {
    const form = { regions: 'europe', frequency: 'weekly', timeZone: 'Europe/Dublin' };
    expect(parsePreferences({ ...form, digestWeekday: '7', digestHour: '0' }, english)).toMatchObject({ ok: true, value: { digestWeekday: 7, digestHour: 0 } });
    expect(parsePreferences({ ...form, digestWeekday: '0', digestHour: '24' }, english)).toEqual({
      ok: false,
      errors: { digestWeekday: 'Choose the day of your digest from the list', digestHour: 'Choose the hour of your digest from the list' },
    });
  });

  it('reads the pause box', () => {
    const result = parsePreferences({ regions: 'europe', frequency: 'weekly', timeZone: 'Europe/Dublin', paused: 'on' }, english);
    expect(result).toEqual({
      ok: true,
      value: { regions: ['europe'], topics: [], frequency: 'weekly', timeZone: 'Europe/Dublin', language: 'en', paused: true },
    });
  });
});

describe('time zones', () => {
  it('accepts the zones the runtime knows, in their listed spelling, and nothing else', () => {
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Etc/UTC')).toBe('Etc/UTC');
    expect(canonicalTimeZone('asia/hong_kong')).toBe('Asia/Hong_Kong');
    expect(canonicalTimeZone('Europe/London')).toBe('Europe/London');
    // An alias the runtime's list leaves out resolves to the name the list has.
    for (const alias of ['Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'US/Pacific']) {
      expect(TIME_ZONES).toContain(canonicalTimeZone(alias));
    }
    expect(canonicalTimeZone('Nowhere/Special')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });
});

describe('validation errors in the reader’s language', () => {
  it('shows each problem as a whole sentence of the language the form chose', async () => {
    const raw = {
      email: 'not-an-address',
      regions: 'atlantis',
      frequency: 'often',
      timeZone: 'Mars/Olympus',
      language: 'zh-Hant',
      consentVersion: CONSENT_VERSION,
    };
    const parsed = parseSignUp(raw, await loadMessages(formLanguage(raw, 'en')));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      email: '請以 name@example.com 的格式輸入電郵地址',
      regions: '請從列表中選擇地區：「atlantis」不在列表中',
      frequency: '請選擇收取電郵的頻率',
      timeZone: '請從列表中輸入時區，例如 Asia/Hong_Kong 或 Europe/London',
    });
  });

  it('falls back to the browser’s language when the form names none', async () => {
    const raw = { email: '', regions: [], frequency: 'weekly', timeZone: 'UTC', consentVersion: CONSENT_VERSION };
    expect(formLanguage(raw, 'zh-Hans')).toBe('zh-Hans');
    const parsed = parseSignUp(raw, await loadMessages(formLanguage(raw, 'zh-Hans')));
    expect(parsed.ok ? {} : parsed.errors).toEqual({ email: '请输入你的电子邮件地址', regions: '请至少选择一个地区' });
  });
});
