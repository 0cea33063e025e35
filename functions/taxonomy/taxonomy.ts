/**
 * The taxonomy: jurisdictions, region groups and topics, from one data file shared by the
 * classifier, the subscriber pages, the digest and the editor console.
 */
import data from './taxonomy.json' with { type: 'json' };

export interface NamedTerm {
  readonly name: string;
  readonly acronyms?: readonly string[];
}

export interface Jurisdiction {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly aliases: readonly string[];
  readonly regulators: readonly NamedTerm[];
  readonly laws: readonly NamedTerm[];
  readonly places: readonly string[];
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
}

const taxonomy = data as unknown as TaxonomyFile;

export const JURISDICTIONS: readonly Jurisdiction[] = taxonomy.jurisdictions;
export const TOPIC_ENTRIES: readonly TopicEntry[] = taxonomy.topics;

const jurisdictionByCode = new Map(JURISDICTIONS.map((j) => [j.code, j]));

export const REGIONS: readonly Region[] = [
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

export function findRegion(id: string): Region | undefined {
  return regionById.get(id);
}

/** True when a story tagged with `codes` belongs in `region`'s edition. */
export function regionCovers(region: Region, codes: readonly string[]): boolean {
  return codes.some((code) => region.jurisdictions.includes(code));
}
