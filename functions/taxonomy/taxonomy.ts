/**
 * The classifier's knowledge: every jurisdiction's names, demonyms, places, regulators and laws,
 * the companies the news names and the phrases that place nothing, from `taxonomy.json`. That
 * file is also the one source of the topics, region groups and jurisdictions readers meet;
 * pages and emails read those from regions.ts, which carries them without the dictionaries.
 */
import data from './taxonomy.json' with { type: 'json' };
import type { JurisdictionKind, TopicEntry } from './regions.js';

export type { JurisdictionKind } from './regions.js';

export interface NamedTerm {
  readonly name: string;
  /** Matched with their exact case, so `ICO` never matches "ico". */
  readonly acronyms?: readonly string[];
  /** Acronyms that also mean something else (`AP` is a Dutch regulator and a news agency): they only back up other evidence. */
  readonly weakAcronyms?: readonly string[];
  /**
   * Languages in which the weak acronyms and home names mean this term even where the
   * jurisdiction does not speak them: "AVG" in a Dutch story is the GDPR, not the antivirus.
   */
  readonly firmIn?: readonly string[];
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
  /**
   * A subdivision whose names and towns stand for its country unless its own government or
   * legislature acts ("天津出台社会信用条例"): then the story is both the subdivision's and the
   * country's. Mainland China's provinces: a court or a police force in Hangzhou is China's.
   */
  readonly localActsOnly?: boolean;
  readonly [extra: string]: unknown;
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
/** Names of outlets, organisations and regions that contain a place name but place no story there. */
export const NEUTRAL_PHRASES: readonly string[] = taxonomy.neutralPhrases ?? [];
/** Companies the news often names, with their other names (`領英` for LinkedIn). */
export const COMPANIES: readonly Company[] = taxonomy.companies ?? [];

const jurisdictionByCode = new Map(JURISDICTIONS.map((j) => [j.code, j]));

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return jurisdictionByCode.get(code);
}
