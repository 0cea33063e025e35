/**
 * Regions, topics and jurisdictions as readers and editors meet them: what a subscriber can
 * choose, what an edition covers, what a page or an email names. Read from `regions.json`,
 * derived from the classifier's knowledge (`taxonomy.json`, see derive-regions.ts), so that a
 * page's Lambda carries names and codes, not the classifier's dictionaries.
 */
import data from './regions.json' with { type: 'json' };

export type JurisdictionKind = 'global' | 'union' | 'area' | 'country' | 'territory' | 'subdivision';

/** A jurisdiction's place in the world; its names, regulators and laws are the classifier's (taxonomy.ts). */
export interface JurisdictionEntry {
  readonly code: string;
  /** Its English name; other languages' come from i18n/names.ts. */
  readonly name: string;
  /** For ISO 3166-2 subdivisions: the country (`US` for `US-CA`). Hong Kong, Macao and Taiwan have none: separate regimes. */
  readonly parent?: string;
  /** Unions and areas the jurisdiction belongs to (`EU`, `EEA`). */
  readonly memberOf?: readonly string[];
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

/** The shape of `regions.json`, as derive-regions.ts writes it. */
export interface RegionsFile {
  readonly version: number;
  readonly topics: readonly TopicEntry[];
  readonly regionGroups: readonly { readonly id: string; readonly name: string; readonly jurisdictions: readonly string[] }[];
  readonly jurisdictions: readonly JurisdictionEntry[];
  /**
   * Evidence rules of regulators known by an acronym (`HK/PCPD` of `regulator:HK/PCPD`): a
   * digest names those by the acronym, the others by the words the story used.
   */
  readonly regulatorsByAcronym: readonly string[];
}

const regions = data as RegionsFile;

export const JURISDICTION_ENTRIES: readonly JurisdictionEntry[] = regions.jurisdictions;
export const TOPIC_ENTRIES: readonly TopicEntry[] = regions.topics;

const entryByCode = new Map(JURISDICTION_ENTRIES.map((j) => [j.code, j]));
const regulatorsByAcronym = new Set(regions.regulatorsByAcronym);

/** "Everything, worldwide": a group of every jurisdiction, so one digest carries every region's stories. */
export const EVERYWHERE_REGION_ID = 'everywhere';

export const REGIONS: readonly Region[] = [
  { id: EVERYWHERE_REGION_ID, name: 'Everything, worldwide', jurisdictions: JURISDICTION_ENTRIES.map((j) => j.code), kind: 'group' as const },
  ...regions.regionGroups.map((g) => ({ ...g, kind: 'group' as const })),
  ...JURISDICTION_ENTRIES.map((j) => ({
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

export function findJurisdictionEntry(code: string): JurisdictionEntry | undefined {
  return entryByCode.get(code);
}

/** The country a subdivision belongs to (`US` for `US-CA`), if any. */
export function parentJurisdiction(code: string): string | undefined {
  return entryByCode.get(code)?.parent;
}

export function findRegion(id: string): Region | undefined {
  return regionById.get(id);
}

/** True when the regulator of the evidence rule `HK/PCPD` (of `regulator:HK/PCPD`) is known by that acronym. */
export function isRegulatorAcronym(rule: string): boolean {
  return regulatorsByAcronym.has(rule);
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
