/**
 * What two reports of one event share when they are written in different languages: the
 * names of regulators, laws and companies (in any script: `私隱專員公署` is the PCPD, `領英`
 * is LinkedIn), figures (`1500萬` is 15 million) and dates (`10月11日` is 11 October). Word
 * overlap says nothing across languages; these do. Names come from the taxonomy, through
 * `cluster-names.json` (derived from it: the names alone, without the classifier's other
 * dictionaries, which every Lambda that composes a digest would otherwise carry).
 */
import data from '../../taxonomy/cluster-names.json' with { type: 'json' };
import type { ClusterNamesFile } from '../../taxonomy/derive-regions.js';

export interface EventSignals {
  /** Regulators and laws (`reg:HK/Privacy Commissioner for Personal Data`) and companies (`co:LinkedIn`). */
  readonly names: ReadonlySet<string>;
  /** Amounts, normalised to three significant digits (`1.5e+7`). */
  readonly figures: ReadonlySet<string>;
  /** Days of the year as month-day (`10-11`). */
  readonly dates: ReadonlySet<string>;
  /**
   * Names written in Latin letters, lower-cased: in a Chinese story every one of them (a
   * company the taxonomy does not list keeps its Latin name there), elsewhere the capitalised ones.
   */
  readonly latinNames: ReadonlySet<string>;
  /** Whether the text is mostly Chinese. */
  readonly han: boolean;
}

/** Shared evidence from which two reports in different languages count as one event. */
export const CROSS_LANGUAGE_MIN_SHARED = 2;

const HAN = /\p{Script=Han}/u;

interface NameTables {
  /** Acronyms and short names, matched with their case. */
  readonly exact: RegExp | undefined;
  readonly exactIds: ReadonlyMap<string, string>;
  /** Longer names, matched in any case. */
  readonly loose: RegExp | undefined;
  readonly looseIds: ReadonlyMap<string, string>;
  /** Chinese names, found anywhere: Chinese has no spaces. */
  readonly han: readonly (readonly [string, string])[];
}

function buildNameTables(): NameTables {
  const idsByTerm = new Map<string, Set<string>>();
  const add = (term: string, id: string) => {
    const key = HAN.test(term) || isExact(term) ? term : term.toLowerCase();
    let ids = idsByTerm.get(key);
    if (ids === undefined) idsByTerm.set(key, (ids = new Set()));
    ids.add(id);
  };
  const names = data as ClusterNamesFile;
  for (const [code, groups] of Object.entries(names.regulatorsAndLaws))
    for (const terms of groups) for (const term of terms) add(term, `reg:${code}/${terms[0]}`);
  for (const terms of names.companies) for (const term of terms) add(term, `co:${terms[0]}`);
  const exactIds = new Map<string, string>();
  const looseIds = new Map<string, string>();
  const han: [string, string][] = [];
  for (const [term, ids] of idsByTerm) {
    // A name two bodies share ("Privacy Commissioner") tells no event apart.
    if (ids.size > 1) continue;
    const id = [...ids][0];
    if (HAN.test(term)) han.push([term, id]);
    else if (isExact(term)) exactIds.set(term, id);
    else looseIds.set(term, id);
  }
  // Longest first, so "Data Protection Commission" wins over a shorter name inside it.
  han.sort((a, b) => b[0].length - a[0].length);
  return { exact: alternation([...exactIds.keys()], 'gu'), exactIds, loose: alternation([...looseIds.keys()], 'giu'), looseIds, han };
}

/** Acronyms and names of three letters or fewer keep their case ("X", "AP"); longer ones do not. */
function isExact(term: string): boolean {
  return term.length <= 3 || term === term.toUpperCase();
}

function alternation(terms: string[], flags: string): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const escaped = terms.sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

let tables: NameTables | undefined;

/** Whether a Latin name is one the taxonomy lists, and so already counted among `names`. */
function isKnownName(lower: string): boolean {
  tables ??= buildNameTables();
  if (tables.looseIds.has(lower)) return true;
  for (const term of tables.exactIds.keys()) if (term.toLowerCase() === lower) return true;
  return false;
}

/** The names, figures and dates of a story's title and lead. */
export function eventSignalsOf(text: string): EventSignals {
  tables ??= buildNameTables();
  const names = new Set<string>();
  for (const match of tables.exact === undefined ? [] : text.matchAll(tables.exact)) names.add(tables.exactIds.get(match[0])!);
  for (const match of tables.loose === undefined ? [] : text.matchAll(tables.loose)) names.add(tables.looseIds.get(match[0].toLowerCase())!);
  if (HAN.test(text)) {
    let rest = text;
    for (const [term, id] of tables.han) {
      if (!rest.includes(term)) continue;
      names.add(id);
      // A longer name read once is not read again as the shorter names inside it.
      rest = rest.split(term).join(' ');
    }
  }
  const han = isMostlyHan(text);
  return { names, figures: figuresOf(text), dates: datesOf(text), latinNames: latinNamesOf(text, han), han };
}

/** Latin words in Chinese news that are no name. */
const NOT_NAMES = new Set(['ai', 'app', 'apps', 'ceo', 'it', 'id', 'ip', 'pdf', 'online', 'the', 'and', 'of']);
const LATIN_WORD = /[\p{Script=Latin}][\p{Script=Latin}\p{N}.'-]*[\p{Script=Latin}\p{N}]/gu;

function latinNamesOf(text: string, han: boolean): Set<string> {
  const found = new Set<string>();
  for (const [word] of text.matchAll(LATIN_WORD)) {
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower)) continue;
    if (han || /^\p{Lu}/u.test(word)) found.add(lower);
  }
  return found;
}

export function isMostlyHan(text: string): boolean {
  let han = 0;
  let letters = 0;
  for (const character of text) {
    if (HAN.test(character)) han += 1;
    else if (/\p{L}/u.test(character)) letters += 1;
  }
  return han > letters / 4;
}

const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(?:萬|万)$/u, 1e4],
  [/^(?:億|亿)$/u, 1e8],
  [/^(?:k|thousand)$/iu, 1e3],
  [/^(?:m|mn|mio\.?|million|millions|millionen|millones|milioni|miljoen)$/iu, 1e6],
  [/^(?:bn|b|billion|billions|milliard|milliards|milliarden|mil millones|miliardi|miliardo|miljard)$/iu, 1e9],
];

const FIGURE = /(\d+(?:[.,\u00a0\u202f]\d+)*)\s?(萬|万|億|亿|mil millones|[A-Za-z]+\.?)?/gu;

/** Amounts and counts: "15 million", "€15m", "1500萬", "30,5 miljoen", "850.000". Years and small numbers say little. */
function figuresOf(text: string): Set<string> {
  const figures = new Set<string>();
  for (const match of text.matchAll(FIGURE)) {
    const value = parseNumber(match[1]);
    if (value === undefined) continue;
    const unit = match[2];
    const scale = unit === undefined ? undefined : SCALES.find(([pattern]) => pattern.test(unit))?.[1];
    if (scale === undefined && (value < 10 || (Number.isInteger(value) && value >= 1900 && value <= 2100))) continue;
    figures.add((value * (scale ?? 1)).toPrecision(3));
  }
  return figures;
}

/** "1,500" and "850.000" group thousands; "30,5" and "80.26" have decimals. */
function parseNumber(written: string): number | undefined {
  const parts = written.split(/[.,\u00a0\u202f]/u);
  if (parts.length === 1) return Number(parts[0]);
  const last = parts[parts.length - 1];
  if (last.length === 3 && parts.slice(1).every((part) => part.length === 3)) return Number(parts.join(''));
  if (parts.length === 2) return Number(`${parts[0]}.${last}`);
  return undefined;
}

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'januar', 'enero', 'gennaio', 'januari'],
  ['february', 'feb', 'février', 'februar', 'febrero', 'febbraio', 'februari'],
  ['march', 'mar', 'mars', 'märz', 'marzo', 'maart'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno'],
  ['july', 'jul', 'juillet', 'juli', 'julio', 'luglio'],
  ['august', 'aug', 'août', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre'],
  ['october', 'oct', 'octobre', 'oktober', 'octubre', 'ottobre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'décembre', 'dezember', 'diciembre', 'dicembre'],
];
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const MONTH_NAMES = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH = new RegExp(`(?<![\\p{N}])(\\d{1,2})\\.?\\s(?:de\\s)?(${MONTH_NAMES})(?![\\p{L}])`, 'giu');
const MONTH_DAY = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s(\\d{1,2})(?![\\p{N}])`, 'giu');
const CHINESE_DATE = /(\d{1,2})月(\d{1,2})[日號号]/gu;

function datesOf(text: string): Set<string> {
  const dates = new Set<string>();
  const add = (month: number | undefined, day: string) => {
    const number = Number(day);
    if (month !== undefined && number >= 1 && number <= 31) dates.add(`${month}-${number}`);
  };
  for (const match of text.matchAll(DAY_MONTH)) add(MONTH_NUMBER.get(match[2].toLowerCase()), match[1]);
  for (const match of text.matchAll(MONTH_DAY)) add(MONTH_NUMBER.get(match[1].toLowerCase()), match[2]);
  for (const match of text.matchAll(CHINESE_DATE)) add(Number(match[1]), match[2]);
  return dates;
}

/**
 * How much two reports share: a name, a figure one each, a date a half. To count as one event
 * they must share a company or a figure besides: a regulator and its law alone are every week's news.
 */
export function sharedEvidence(a: EventSignals, b: EventSignals): number {
  let shared = 0;
  let specific = false;
  for (const name of a.names) {
    if (!b.names.has(name)) continue;
    shared += 1;
    if (name.startsWith('co:')) specific = true;
  }
  for (const figure of a.figures) {
    if (!b.figures.has(figure)) continue;
    shared += 1;
    specific = true;
  }
  // A Latin name a Chinese report keeps ("Nimbus Bank"), found in the other report too.
  if (a.han !== b.han) {
    const [chinese, other] = a.han ? [a, b] : [b, a];
    for (const name of chinese.latinNames) {
      if (!other.latinNames.has(name) || isKnownName(name)) continue;
      shared += 1;
      specific = true;
    }
  }
  for (const date of a.dates) if (b.dates.has(date)) shared += 0.5;
  return specific ? shared : Math.min(shared, CROSS_LANGUAGE_MIN_SHARED - 0.5);
}
