/** One catalogue per language; `messagesFor` is the only way pages and emails get their words. */
import type { Language } from './languages.js';
import { en, type Messages } from './messages/en.js';
import { zhHans } from './messages/zh-hans.js';
import { zhHant } from './messages/zh-hant.js';

export type { Messages };

const CATALOGUES: Readonly<Record<Language, Messages>> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}
