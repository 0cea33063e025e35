/**
 * The taxonomy: jurisdictions, region groups and topics, from one data file shared by the
 * classifier, the subscriber pages, the digest and the editor console.
 */
import data from './taxonomy.json' with { type: 'json' };

export interface NamedTerm {
  readonly name: string;
  /** Matched with their exact case, so `ICO` never matches "ico". */
  readonly acronyms?: readonly string[];
  /** Acronyms that also mean something else (`AP` is a Dutch regulator and a news agency): they only back up other evidence. */
  readonly weakAcronyms?: readonly string[];
  /** Other names, translations and Chinese forms. */
  readonly aliases?: readonly string[];
  /**
   * How the home press names the body without saying whose it is ("de privacytoezichthouder",
   * "le gendarme des données personnelles"): in a story written in one of the jurisdiction's
   * languages they mean this body, elsewhere they only back up other evidence.
   */
  readonly homeNames?: readonly string[];
  /** False for bodies and laws that are not about data protection (a competition authority, the AI Act): they place a story but do not make it a privacy story. */
  readonly privacy?: boolean;
}

export type JurisdictionKind = 'global' | 'union' | 'area' | 'country' | 'territory' | 'subdivision';

export interface Jurisdiction {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly aliases: readonly string[];
  readonly regulators: readonly NamedTerm[];
  readonly laws: readonly NamedTerm[];
  readonly places: readonly string[];
  readonly kind?: JurisdictionKind;
  /** For ISO 3166-2 subdivisions: the country (`US` for `US-CA`). Hong Kong, Macao and Taiwan have none: separate regimes. */
  readonly parent?: string;
  /** Unions and areas the jurisdiction belongs to (`EU`, `EEA`). */
  readonly memberOf?: readonly string[];
  /** Names too loose to place a story alone ("China" in a Hong Kong story, "Europe"). */
  readonly weakNames?: readonly string[];
  /** The languages its regulators and press write in (BCP 47: `nl`, `zh-Hant`): a clashing acronym in a story in one of them means its regulator. */
  readonly languages?: readonly string[];
  /** Words near an ambiguous name that point to this sense (Tbilisi for the country Georgia). */
  readonly contextCues?: readonly string[];
  readonly [extra: string]: unknown;
}

export interface Region {
  /** `asia-pacific`, or a jurisdiction's own region: its code in lower case (`hk`, `us-ca`). */
  readonly id: string;
  readonly name: string;
  readonly jurisdictions: readonly string[];
  readonly kind: 'group' | 'jurisdiction';
}

export interface TopicEntry {
  readonly id: string;
  readonly label: string;
}

interface TaxonomyFile {
  readonly version: number;
  readonly topics: readonly TopicEntry[];
  readonly regionGroups: readonly { id: string; name: string; jurisdictions: readonly string[] }[];
  readonly jurisdictions: readonly Jurisdiction[];
  readonly neutralPhrases?: readonly string[];
  readonly companies?: readonly Company[];
}

/** A company and its names in other scripts and its brands: reports of one event in two languages share it. */
export interface Company {
  readonly name: string;
  readonly aliases?: readonly string[];
}

const taxonomy = data as unknown as TaxonomyFile;

export const JURISDICTIONS: readonly Jurisdiction[] = taxonomy.jurisdictions;
export const TOPIC_ENTRIES: readonly TopicEntry[] = taxonomy.topics;
/** Names of outlets, organisations and regions that contain a place name but place no story there. */
export const NEUTRAL_PHRASES: readonly string[] = taxonomy.neutralPhrases ?? [];
/** Companies the news often names, with their other names (`領英` for LinkedIn). */
export const COMPANIES: readonly Company[] = taxonomy.companies ?? [];

const jurisdictionByCode = new Map(JURISDICTIONS.map((j) => [j.code, j]));

/** "Everything, worldwide": a group of every jurisdiction, so one digest carries every region's stories. */
export const EVERYWHERE_REGION_ID = 'everywhere';

export const REGIONS: readonly Region[] = [
  { id: EVERYWHERE_REGION_ID, name: 'Everything, worldwide', jurisdictions: JURISDICTIONS.map((j) => j.code), kind: 'group' as const },
  ...taxonomy.regionGroups.map((g) => ({ ...g, kind: 'group' as const })),
  ...JURISDICTIONS.map((j) => ({
    id: regionIdForJurisdiction(j.code),
    name: j.name,
    jurisdictions: [j.code],
    kind: 'jurisdiction' as const,
  })),
];

const regionById = new Map(REGIONS.map((r) => [r.id, r]));

export function regionIdForJurisdiction(code: string): string {
  return code.toLowerCase();
}

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return jurisdictionByCode.get(code);
}

/** The country a subdivision belongs to (`US` for `US-CA`), if any. */
export function parentJurisdiction(code: string): string | undefined {
  return jurisdictionByCode.get(code)?.parent;
}

export function findRegion(id: string): Region | undefined {
  return regionById.get(id);
}

/**
 * True when a story tagged with `codes` belongs in `region`'s edition: a code of the region, a
 * state or province of a country in it (a California story reaches US readers), or a story that
 * is explicitly worldwide. Parents are sub-national only, so Hong Kong never reaches mainland
 * China's readers by this route.
 */
export function regionCovers(region: Region, codes: readonly string[]): boolean {
  return codes.some((code) => {
    if (code === 'GLOBAL' || region.jurisdictions.includes(code)) return true;
    const parent = parentJurisdiction(code);
    return parent !== undefined && region.jurisdictions.includes(parent);
  });
}
