/**
 * Names of regions, places and topics in the reader's language, never as codes: Chinese names
 * come from the taxonomy's local-names file, then from the runtime's CLDR data for ISO codes,
 * then the English name.
 */
import localNames from '../taxonomy/local-names.json' with { type: 'json' };
import { findJurisdictionEntry, findRegion, TOPIC_ENTRIES } from '../taxonomy/regions.js';
import type { Language } from './languages.js';

type Localised = Readonly<Partial<Record<Language, string>>>;
const TOPICS = localNames.topics as Readonly<Record<string, Localised>>;
const GROUPS = localNames.regionGroups as Readonly<Record<string, Localised>>;
const PLACES = localNames.jurisdictions as Readonly<Record<string, Localised>>;

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
  return PLACES[code]?.[language] ?? cldrRegionName(code, language) ?? english;
}

export function regionName(regionId: string, language: Language): string {
  const region = findRegion(regionId);
  if (!region) return regionId;
  if (region.kind === 'jurisdiction') return jurisdictionName(region.jurisdictions[0], language);
  return language === 'en' ? region.name : (GROUPS[regionId]?.[language] ?? region.name);
}

export function topicName(topicId: string, language: Language): string {
  const english = TOPIC_ENTRIES.find((topic) => topic.id === topicId)?.label ?? topicId;
  return language === 'en' ? english : (TOPICS[topicId]?.[language] ?? english);
}
