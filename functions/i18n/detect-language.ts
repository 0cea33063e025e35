/**
 * A story's language, cheaply, from its script: stories carry no language field yet, and this
 * is enough to tell English from Chinese and Traditional from Simplified characters. Used only
 * to decide which report of an event leads for a reader; never to classify.
 */
import type { Language } from './languages.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Common characters that differ between the scripts, pairwise: Traditional then Simplified.
const TRADITIONAL = new Set('個資據區國會為說這們時與發對於後開關學來業東長門問間經電網護隱條監規報處務機構罰訓練數歲擬證員'.split(''));
const SIMPLIFIED = new Set('个资据区国会为说这们时与发对于后开关学来业东长门问间经电网护隐条监规报处务机构罚训练数岁拟证员'.split(''));

export function detectLanguage(text: string): Language | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han === 0 && latin === 0) return undefined;
  // A Han character carries about a word; a Latin letter about a fifth of one.
  if (han * 5 < latin) return 'en';
  let traditional = 0;
  let simplified = 0;
  for (const character of text) {
    if (TRADITIONAL.has(character)) traditional++;
    else if (SIMPLIFIED.has(character)) simplified++;
  }
  return simplified > traditional ? 'zh-Hans' : 'zh-Hant';
}
