/**
 * The language a story is written in, from its own words: Chinese by its characters (and
 * Traditional or Simplified by the characters only one script uses), the languages written in
 * Latin letters by their commonest short words. Cheap on purpose: it reads the first words of
 * the title and summary only, and the runs of Han characters that cutting the fields into
 * words has already found. The function words are short-word sets (`short-words.ts`), not
 * numbered in the classifier's vocabulary: these occur everywhere.
 */
import { ShortWordTable } from './short-words.js';
import type { FieldText, StoryFields } from './text-fields.js';

/** BCP 47 tags; `und` when the story gives too little to tell. */
export type StoryLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'zh-Hant' | 'zh-Hans' | 'und';

// Function words that mostly belong to one language. Words two languages share ("de", "la",
// "die") are left out, so each list's hits point one way.
const FUNCTION_WORDS: readonly [StoryLanguage, readonly string[]][] = [
  [
    'en',
    [
      'the',
      'of',
      'and',
      'to',
      'is',
      'for',
      'on',
      'with',
      'that',
      'by',
      'its',
      'was',
      'has',
      'from',
      'after',
      'over',
      'will',
      'it',
      'were',
      'have',
      'says',
      'said',
    ],
  ],
  [
    'fr',
    ['le', 'les', 'des', 'du', 'une', 'et', 'est', 'pour', 'dans', 'sur', 'au', 'aux', 'par', 'qui', 'ses', 'leur', 'leurs', 'ont', 'été', 'avec', 'pas', 'à'],
  ],
  [
    'de',
    [
      'der',
      'das',
      'und',
      'den',
      'dem',
      'ist',
      'mit',
      'für',
      'von',
      'nicht',
      'ein',
      'eine',
      'zu',
      'auf',
      'im',
      'bei',
      'sich',
      'wird',
      'hat',
      'gegen',
      'nach',
      'wegen',
    ],
  ],
  ['es', ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'para', 'con', 'una', 'se', 'su', 'sus', 'al', 'como', 'más', 'ha', 'sobre', 'tras']],
  [
    'it',
    ['il', 'gli', 'di', 'della', 'dei', 'delle', 'che', 'per', 'con', 'non', 'è', 'da', 'alla', 'nel', 'sono', 'ha', 'sul', 'degli', 'dal', 'anche', 'ai'],
  ],
  ['nl', ['het', 'een', 'van', 'voor', 'met', 'op', 'dat', 'niet', 'zijn', 'bij', 'door', 'aan', 'om', 'naar', 'wordt', 'heeft', 'ook', 'omdat', 'hun']],
];

// Characters written differently in the two scripts, common in news: each list holds one
// script's forms, in the same order as the other's.
const TRADITIONAL_ONLY =
  '個們資與這國為會說對發時後來經關點將過機數據網護條戶於體學電專處罰隱監構從開產區門長請無業議員問報實動現應並還讓調務計導東車書話協銷價紀錄買賣幣醫療證識別館傳輸載';
const SIMPLIFIED_ONLY =
  '个们资与这国为会说对发时后来经关点将过机数据网护条户于体学电专处罚隐监构从开产区门长请无业议员问报实动现应并还让调务计导东车书话协销价纪录买卖币医疗证识别馆传输载';

// Each word's languages as bits, by the languages' places in FUNCTION_WORDS.
const LANGUAGES_OF_WORD = new ShortWordTable();
FUNCTION_WORDS.forEach(([, words], language) => {
  for (const word of words) LANGUAGES_OF_WORD.add(word, 1 << language);
});

if (TRADITIONAL_ONLY.length !== SIMPLIFIED_ONLY.length) throw new Error('the two scripts must list their characters in pairs');
// By code unit: 1 for a character only Traditional uses, 2 for one only Simplified uses.
const SCRIPT_OF = new Uint8Array(0x10000);
for (let at = 0; at < TRADITIONAL_ONLY.length; at += 1) {
  SCRIPT_OF[TRADITIONAL_ONLY.charCodeAt(at)] = 1;
  SCRIPT_OF[SIMPLIFIED_ONLY.charCodeAt(at)] = 2;
}
/** Han characters read to tell the scripts apart: a headline and a lead hold plenty. */
const HAN_READ = 200;

/** Han characters from which a story counts as Chinese, whatever Latin words it quotes. */
const MIN_HAN = 4;
/** Words read for the function-word count: enough to tell, few enough to cost little. */
const WORDS_READ = 40;

/** The story's language, read from its title and summary (the body only when those say too little). */
export function detectLanguage(fields: StoryFields): StoryLanguage {
  const counts = [0, 0, 0, 0, 0, 0];
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  let words = 0;
  for (const field of fields.list) {
    if (field.field === 'body' && (han >= MIN_HAN || words >= 12)) break;
    const read = Math.min(field.tokenCount, WORDS_READ - words);
    words += field.tokenCount;
    for (let token = 0; token < read; token += 1) {
      const languages = LANGUAGES_OF_WORD.valueAt(field, token);
      if (languages === 0) continue;
      for (let language = 0; language < FUNCTION_WORDS.length; language += 1) if ((languages & (1 << language)) !== 0) counts[language] += 1;
    }
    if (field.hasHan && han < HAN_READ) {
      const scripts = countScripts(field, HAN_READ - han);
      han += scripts.han;
      traditional += scripts.traditional;
      simplified += scripts.simplified;
    }
  }
  if (han >= MIN_HAN && han >= words) return simplified > traditional ? 'zh-Hans' : 'zh-Hant';
  let best = -1;
  for (let language = 0; language < counts.length; language += 1) if (counts[language] > 0 && (best < 0 || counts[language] > counts[best])) best = language;
  if (best >= 0) return FUNCTION_WORDS[best][0];
  return han > 0 ? (simplified > traditional ? 'zh-Hans' : 'zh-Hant') : 'und';
}

function countScripts(field: FieldText, most: number): { han: number; traditional: number; simplified: number } {
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  for (let run = 0; run < field.hanRuns.length && han < most; run += 2) {
    for (let at = field.hanRuns[run]; at < field.hanRuns[run + 1] && han < most; at += 1) {
      han += 1;
      const script = SCRIPT_OF[field.text.charCodeAt(at)];
      if (script === 1) traditional += 1;
      else if (script === 2) simplified += 1;
    }
  }
  return { han, traditional, simplified };
}
