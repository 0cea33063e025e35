/**
 * Every country's name in each language the classifier reads, from the Unicode CLDR data built
 * into Node (`Intl.DisplayNames`), so that "Lituanie", "Südkorea", "Corea del Sur", "Litouwen"
 * and 立陶宛 place a story as "Lithuania" and "South Korea" do without anyone listing them in the
 * taxonomy. Hand-written names stay the taxonomy's: a CLDR name is left out when the taxonomy
 * already has it (as a name, an alias or a loose name it must not make firm, like "Chine" in a
 * Hong Kong story), when another jurisdiction uses it ("Georgia"), for a jurisdiction that needs
 * context to be told apart (Georgia the country), and where the name is also an everyday word in
 * a language the classifier reads ("Island", Iceland in German, is an English word).
 */
import type { Jurisdiction } from '../../taxonomy/taxonomy.js';

/** The languages of the stories the classifier reads, besides English (whose names the taxonomy holds). */
const NAME_LANGUAGES = ['fr', 'de', 'es', 'it', 'nl', 'zh-Hant', 'zh-Hans'] as const;

/**
 * CLDR names that are everyday words or other things in a language the classifier reads: a first
 * name (Maurice), a county in Liaoning (黑山, Montenegro in Simplified Chinese), the Kazakh people
 * of Xinjiang (哈薩克).
 */
const EVERYDAY_WORDS = new Set(['island', 'chili', 'man', 'maurice', '黑山', '哈薩克']);

type NameLanguage = (typeof NAME_LANGUAGES)[number];

const displayNames = new Map(NAME_LANGUAGES.map((language) => [language, new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })]));

/** CLDR's name of a country (an ISO 3166-1 code) in one of the classifier's languages, if it has one. */
export function cldrName(code: string, language: NameLanguage): string | undefined {
  return /^[A-Z]{2}$/.test(code) ? displayNames.get(language)?.of(code) : undefined;
}

/**
 * The jurisdiction's CLDR names that no jurisdiction already uses: not this one (its own names
 * are indexed already, and its loose names must stay loose), not another (the name would be
 * ambiguous). `namesInUse` is every name the taxonomy holds, lower-cased (`namesInUse()`).
 */
export function otherLanguageNames(jurisdiction: Jurisdiction, namesInUse: ReadonlySet<string>): string[] {
  const code = jurisdiction.code;
  if (!/^[A-Z]{2}$/.test(code) || jurisdiction.contextCues?.length) return [];
  const names = new Set<string>();
  for (const language of NAME_LANGUAGES) {
    const name = cldrName(code, language);
    if (!name) continue;
    const key = name.toLowerCase();
    if (namesInUse.has(key) || EVERYDAY_WORDS.has(key)) continue;
    names.add(name);
  }
  return [...names];
}

/** Every name, alias, loose name, demonym and place the taxonomy gives any jurisdiction, lower-cased. */
export function namesInUse(jurisdictions: readonly Jurisdiction[]): Set<string> {
  const used = new Set<string>();
  for (const jurisdiction of jurisdictions) {
    const { name, names, aliases, weakNames = [], demonyms, places } = jurisdiction;
    for (const term of [name, ...names, ...aliases, ...weakNames, ...demonyms, ...places]) used.add(term.toLowerCase());
  }
  return used;
}
