/**
 * Names of regions, places and topics in the reader's language, never as codes: Chinese names
 * come from the taxonomy's local-names file, then from the runtime's CLDR data for ISO codes,
 * then the English name. The local names load with the Chinese catalogues (`loadMessages`), as
 * their words do: a cold start in English does not carry them, and asking for a Chinese name
 * before its catalogue is loaded is an error, never English in its place.
 */
import { findJurisdictionEntry, findRegion, TOPIC_ENTRIES } from '../taxonomy/regions.js';
import type { Language } from './languages.js';

type Localised = Readonly<Partial<Record<Language, string>>>;

/** The shape of `local-names.json`. */
export interface LocalNames {
  readonly topics: Readonly<Record<string, Localised>>;
  readonly regionGroups: Readonly<Record<string, Localised>>;
  readonly jurisdictions: Readonly<Record<string, Localised>>;
}

let localNames: LocalNames | undefined;

/** Called by `loadMessages` with the local names, loaded beside the first Chinese catalogue. */
export function useLocalNames(names: LocalNames): void {
  localNames = names;
}

function namesIn(language: Language): LocalNames {
  if (localNames === undefined) throw new Error(`Names in ${language} were asked for before its catalogue was loaded`);
  return localNames;
}

const displayNames = new Map<Language, Intl.DisplayNames>();
function cldrRegionName(code: string, language: Language): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  let names = displayNames.get(language);
  if (!names) displayNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })));
  return names.of(code);
}

export function jurisdictionName(code: string, language: Language): string {
  const english = findJurisdictionEntry(code)?.name ?? code;
  if (language === 'en') return english;
  return namesIn(language).jurisdictions[code]?.[language] ?? cldrRegionName(code, language) ?? english;
}

export function regionName(regionId: string, language: Language): string {
  const region = findRegion(regionId);
  if (!region) return regionId;
  if (region.kind === 'jurisdiction') return jurisdictionName(region.jurisdictions[0], language);
  return language === 'en' ? region.name : (namesIn(language).regionGroups[regionId]?.[language] ?? region.name);
}

export function topicName(topicId: string, language: Language): string {
  const english = TOPIC_ENTRIES.find((topic) => topic.id === topicId)?.label ?? topicId;
  return language === 'en' ? english : (namesIn(language).topics[topicId]?.[language] ?? english);
}
