/**
 * The languages a reader can choose, and how one is picked: the stored choice, else the
 * browser's Accept-Language at sign-up, else English. Records from before languages existed
 * carry none and read as English.
 */
export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The reader's language from a stored record; anything missing or unknown is English. */
export function languageOf(record: { readonly language?: unknown }): Language {
  return isLanguage(record.language) ? record.language : DEFAULT_LANGUAGE;
}

/** Taiwan, Hong Kong and Macao write Traditional characters; other Chinese tags default to Simplified. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

function languageForTag(tag: string): Language | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    // A malformed tag in the header is skipped, not an error: the next one may be usable.
    return undefined;
  }
  if (locale.language === 'en') return 'en';
  if (locale.language !== 'zh') return undefined;
  if (locale.script === 'Hant') return 'zh-Hant';
  if (locale.script === 'Hans') return 'zh-Hans';
  return locale.region && TRADITIONAL_REGIONS.has(locale.region) ? 'zh-Hant' : 'zh-Hans';
}

/** The first language we offer among the browser's, by its q-values (RFC 9110 §12.5.4). */
export function languageFromAcceptLanguage(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    const language = languageForTag(entry.tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The BCP 47 tag for `<html lang>` and for Intl formatters. */
export function localeTag(language: Language): string {
  return language;
}

/**
 * The language of a page: an explicit choice (the switcher's `?lang=`) first, then the
 * subscriber's stored language when the link names one, then the browser's Accept-Language.
 */
export function pageLanguage(choices: { readonly query?: unknown; readonly stored?: Language; readonly acceptLanguage?: string }): Language {
  if (isLanguage(choices.query)) return choices.query;
  return choices.stored ?? languageFromAcceptLanguage(choices.acceptLanguage);
}

/**
 * Each language's name in itself, for the switcher and the language field: a page in one
 * language names the others without loading their catalogues.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };
