/**
 * Whose regulator an unqualified title is. A title that says no place ("de toezichthouder",
 * "die Datenschutzbehörde", 私隱專員) is the home regulator's only when nothing in the story
 * says whose it is:
 *
 * - A regulator whose place the story states (a country's adjective or name before a regulator
 *   noun, "Litouwse toezichthouder"; a Chinese title with its place, 澳洲資訊專員辦公室) claims
 *   the unqualified titles in later sentences, and a home name in the headline over the lead
 *   sentence that places it: a home name the story's language made firm, or a
 *   Chinese title that names no place, then adds nothing for its home unless the story names
 *   the home. A title in the same sentence or before ("私隱專員公署與美國聯邦貿易委員會…") is a
 *   body of its own and stays.
 * - A story whose headline names one country ("Österreichische Post", "Belgische bank") and
 *   whose regulator is named only by a generic title is about that country's regulator: the
 *   title is placed there. A regulator named in full keeps its own country, whoever it fines.
 */
import { JURISDICTIONS } from '../../taxonomy/taxonomy.js';
import type { CueMatch, GeoSense } from './term-index.js';
import { positionWeight, type WeighedMention } from './mention-weight.js';
import { cldrName } from './other-language-names.js';

/** Characters of the Han script: a Chinese title is read by its characters. */
const HAN = /[\u3400-\u9fff]/;

/**
 * Every jurisdiction's names in Chinese, taxonomy and CLDR, both scripts: the start of a title
 * that says its place. Kept by first character, so a title is tested against the few names
 * that could open it, with no string cut out of it.
 */
const CHINESE_PLACE_NAMES: ReadonlyMap<number, readonly string[]> = (() => {
  const names = new Set<string>();
  for (const jurisdiction of JURISDICTIONS) {
    for (const name of [...jurisdiction.names, ...(jurisdiction.weakNames ?? [])]) if (HAN.test(name)) names.add(name);
    for (const language of ['zh-Hant', 'zh-Hans'] as const) {
      const name = cldrName(jurisdiction.code, language);
      if (name !== undefined && HAN.test(name)) names.add(name);
    }
  }
  const byFirst = new Map<number, string[]>();
  for (const name of names) {
    const first = name.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }
  return byFirst;
})();

/** Whether the title's own text opens with a place's name (澳洲資訊專員辦公室). */
function startsWithChinesePlace(mention: WeighedMention): boolean {
  const term = mention.match.term;
  const names = CHINESE_PLACE_NAMES.get(term.charCodeAt(0));
  if (names === undefined) return false;
  for (const name of names) if (name.length < term.length && term.startsWith(name)) return true;
  return false;
}

/** A Chinese regulator's title read where it stands (no word tokens): Chinese terms match anywhere. */
function isChineseTitle(mention: WeighedMention): boolean {
  return mention.match.startToken < 0 && mention.sense.role === 'regulator';
}

/** The mention's sense was a home name or clashing acronym that the story's language made firm. */
function madeFirmByLanguage(mention: WeighedMention): boolean {
  return mention.match.senses.some((sense) => sense.firm === mention.sense);
}

/**
 * The codes of regulators whose place the story states: a place read as a regulator's ("Ireland's
 * watchdog", "Litouwse toezichthouder", a place right before a Chinese title), or a Chinese
 * title that starts with its place name.
 */
function placedRegulatorCodes(weighed: readonly WeighedMention[]): { codes: Set<string>; first: WeighedMention } | undefined {
  let codes: Set<string> | undefined;
  let first: WeighedMention | undefined;
  for (const mention of weighed) {
    if (mention.weight <= 0) continue;
    const placed =
      mention.context === 'regulator' ||
      (isChineseTitle(mention) && (startsWithChinesePlace(mention) || followsOwnPlace(weighed, mention))) ||
      namedInFull(mention);
    if (!placed) continue;
    (codes ??= new Set()).add(mention.sense.code);
    if (first === undefined || sentenceOrder(mention) < sentenceOrder(first)) first = mention;
  }
  return codes === undefined || first === undefined ? undefined : { codes, first };
}

/** A privacy regulator named by its own name ("Gegevensbeschermingsautoriteit", "CNIL"), which says whose it is. */
function namedInFull(mention: WeighedMention): boolean {
  const { sense } = mention;
  return sense.role === 'regulator' && sense.privacy && !sense.weak && mention.match.startToken >= 0 && !madeFirmByLanguage(mention);
}

/** A Chinese title right after its own country's name (美國 + 聯邦貿易委員會, two terms). */
function followsOwnPlace(weighed: readonly WeighedMention[], title: WeighedMention): boolean {
  const { match } = title;
  for (const other of weighed) {
    if (other.match.field === match.field && other.match.end === match.start && other.sense.code === title.sense.code && other.sense.role === 'name')
      return true;
  }
  return false;
}

const FIELD_ORDER = { title: 0, summary: 1, body: 2 } as const;

/** The mention's sentence, numbered through the story: title, then summary, then body. */
function sentenceOrder(mention: WeighedMention): number {
  return FIELD_ORDER[mention.match.field] * 1_000_000 + mention.match.sentence;
}

/**
 * An unqualified title: a home name the story's language made firm, or a Chinese title that
 * names no place, in its own text or right before it (香港 + 私隱專員公署 is placed).
 */
function isUnqualifiedTitle(weighed: readonly WeighedMention[], mention: WeighedMention): boolean {
  if (mention.sense.role !== 'regulator' || mention.weight <= 0 || mention.context === 'regulator') return false;
  if (madeFirmByLanguage(mention)) return true;
  return mention.match.startToken < 0 && !startsWithChinesePlace(mention) && !followsOwnPlace(weighed, mention);
}

/** Whether the story names the jurisdiction in its own right: a name, a place, a people. */
function namesHome(weighed: readonly WeighedMention[], code: string): boolean {
  for (const mention of weighed) {
    const role = mention.sense.role;
    if (mention.sense.code === code && mention.weight > 0 && (role === 'name' || role === 'place' || role === 'demonym' || role === 'alias')) return true;
  }
  return false;
}

/**
 * The mentions with unqualified titles of another home set to no weight, when the story states
 * whose regulator acts: the same list when it does not. Most stories have no unqualified title
 * at all, so that is looked at first, and nothing is allocated unless a title is set aside.
 */
export function withClaimedTitles(weighed: WeighedMention[]): WeighedMention[] {
  let unqualified = false;
  for (const mention of weighed) {
    // Most mentions are places, names and peoples: the role is tested before any call.
    if (mention.sense.role === 'regulator' && isUnqualifiedTitle(weighed, mention)) {
      unqualified = true;
      break;
    }
  }
  if (!unqualified) return weighed;
  const placed = placedRegulatorCodes(weighed);
  if (placed === undefined) return withChineseTitlesOfHeadlineCountry(weighed);
  const { codes, first } = placed;
  let out: WeighedMention[] | undefined;
  for (let index = 0; index < weighed.length; index += 1) {
    const mention = weighed[index];
    const code = mention.sense.code;
    // Only a title in a later sentence refers back to the placed regulator: one in the same
    // sentence or before it is a body of its own ("私隱專員公署與美國聯邦貿易委員會"). A home the
    // story names in its own right keeps its titles.
    if (
      codes.has(code) ||
      (sentenceOrder(mention) <= sentenceOrder(first) && !headlineOverLead(mention, first)) ||
      !isUnqualifiedTitle(weighed, mention) ||
      namesHome(weighed, code)
    )
      continue;
    out ??= weighed.slice();
    out[index] = { ...mention, weight: 0, strong: false };
  }
  return out ?? weighed;
}

/**
 * A Chinese title that names no place, in a story whose headline names one other country for its
 * people ("南韓公民團體向個資委檢舉", "韓國用戶"): outlets write another country's regulator and
 * law with the same words as their own (個人資料保護委員會, 個人資料保護法), so the title and its
 * home's law are that country's, not the home's, unless the story names the home itself.
 */
function withChineseTitlesOfHeadlineCountry(weighed: WeighedMention[]): WeighedMention[] {
  let country: string | undefined;
  for (const mention of weighed) {
    const { sense, match } = mention;
    if (match.field !== 'title' || mention.weight <= 0 || (sense.role !== 'name' && sense.role !== 'demonym')) continue;
    if (mention.context !== 'population') return weighed;
    if (country !== undefined && country !== sense.code) return weighed;
    country = sense.code;
  }
  if (country === undefined) return weighed;
  let out: WeighedMention[] | undefined;
  for (let index = 0; index < weighed.length; index += 1) {
    const mention = weighed[index];
    const { sense, match } = mention;
    if (match.startToken >= 0 || sense.code === country || (sense.role !== 'regulator' && sense.role !== 'law')) continue;
    if (sense.role === 'regulator' ? !isUnqualifiedTitle(weighed, mention) : startsWithChinesePlace(mention)) continue;
    if (namesHome(weighed, sense.code)) continue;
    out ??= weighed.slice();
    out[index] = { ...mention, weight: 0, strong: false };
  }
  return out ?? weighed;
}

/**
 * A home name in the headline that the lead sentence places ("Privacywaakhond legt Google boete
 * op" over "De Belgische Gegevensbeschermingsautoriteit beboet…"): the headline's title is the
 * lead's regulator, said shorter, as a headline does.
 */
function headlineOverLead(title: WeighedMention, placed: WeighedMention): boolean {
  return title.match.field === 'title' && placed.match.field !== 'title' && placed.match.sentence === 0 && madeFirmByLanguage(title);
}

/** Cues that name a regulator by its title alone ("the data protection authority", "de toezichthouder"). */
const GENERIC_TITLE_CUES = new Set(['scope:privacy-authority', 'scope:authority']);
const PRIVACY_TITLE_CUE = 'scope:privacy-authority';

/**
 * The headline's one country, as the regulator a generic title names, when no regulator is named
 * in full and no other jurisdiction carries the story: a mention to add, or undefined.
 */
export function headlineCountryForGenericTitle(weighed: readonly WeighedMention[], cues: readonly CueMatch[], hasSummary: boolean): WeighedMention | undefined {
  let title: WeighedMention | undefined;
  for (const mention of weighed) {
    const { sense, match } = mention;
    // A regulator named in full, or placed by its own words, says whose it is already.
    if (mention.weight > 0 && (sense.role === 'regulator' || sense.role === 'law' || mention.context === 'regulator')) return undefined;
    if (mention.weight > 0 && mention.strong && match.field !== 'title') return undefined;
    if (match.field !== 'title') continue;
    if (sense.role !== 'name' && sense.role !== 'demonym') continue;
    if (mention.context === 'transfer' || mention.context === 'comparison' || mention.context === 'seat' || mention.context === 'dateline') continue;
    if (title !== undefined && title.sense.code !== sense.code) return undefined;
    title ??= mention;
  }
  if (title === undefined) return undefined;
  // A generic title: a cue ("the data protection authority"), or a home name no language made
  // firm ("die Datenschutzbehörde" in German, which several countries' regulators write).
  let found = false;
  let privacy = false;
  for (const cue of cues) {
    if (!GENERIC_TITLE_CUES.has(cue.cue.id)) continue;
    found = true;
    if (cue.cue.id === PRIVACY_TITLE_CUE) privacy = true;
  }
  for (const { sense } of weighed) {
    if (!sense.weak || sense.firm?.role !== 'regulator') continue;
    found = true;
    if (sense.firm.privacy) privacy = true;
  }
  if (!found) return undefined;
  const sense: GeoSense = {
    code: title.sense.code,
    role: 'regulator',
    rule: `${title.sense.rule}+generic-title`,
    privacy,
    weak: false,
  };
  // Weighed as a regulator where the headline names its country: the evidence is that name.
  const weight = 3 * positionWeight(title.match.field, title.match.sentence, title.match.start, hasSummary);
  return { match: title.match, sense, context: 'regulator', weight, strong: true, weak: false };
}
