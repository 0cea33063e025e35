/**
 * The message catalogues. English is part of every bundle; the Chinese ones are separate chunks
 * loaded on first use, so a cold start pays only for English. There is no synchronous lookup by
 * language: a request or an email awaits `loadMessages` and hands the catalogue to its
 * renderers, so nothing can render in a language whose words are not there.
 */
import type { Language } from './languages.js';
import { en, type Messages } from './messages/en.js';
import { useLocalNames } from './names.js';

export type { Messages };

/** English, always loaded: for answers given before any reader's language is known. */
export const englishMessages: Messages = en;

export class CatalogueLoadError extends Error {
  constructor(
    readonly language: Language,
    options: { cause: unknown },
  ) {
    super(`The ${language} message catalogue could not be loaded`, options);
    this.name = 'CatalogueLoadError';
  }
}

/** The names of places, regions and topics in Chinese (`names.ts`): a chunk of their own, shared by both catalogues. */
async function loadLocalNames(): Promise<void> {
  useLocalNames((await import('../taxonomy/local-names.json', { with: { type: 'json' } })).default);
}

// The import() calls are written out so the bundler sees each chunk; a function of the language would defeat it.
const IMPORTERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  'zh-Hant': async () => (await Promise.all([import('./messages/zh-hant.js'), loadLocalNames()]))[0].zhHant,
  'zh-Hans': async () => (await Promise.all([import('./messages/zh-hans.js'), loadLocalNames()]))[0].zhHans,
};

const loaded = new Map<Language, Promise<Messages>>([['en', Promise.resolve(en)]]);

/** The catalogue of `language`, loaded once per process; a failed load is not cached, so the next request tries again. */
export function loadMessages(language: Language): Promise<Messages> {
  const cached = loaded.get(language);
  if (cached) return cached;
  if (language === 'en') return Promise.resolve(en);
  const loading = IMPORTERS[language]().catch((error: unknown) => {
    loaded.delete(language);
    throw new CatalogueLoadError(language, { cause: error });
  });
  loaded.set(language, loading);
  return loading;
}
