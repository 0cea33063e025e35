/**
 * The parts of the taxonomy that pages, emails and the digest need, derived from the
 * classifier's full knowledge in `taxonomy.json` and committed beside it:
 * - `regions.json`: topics, region groups, each jurisdiction's name and place in the world,
 *   which regulators read best by their acronym;
 * - `cluster-names.json`: the names of regulators, laws and companies in every script, by
 *   which a draft tells two reports of one event in different languages apart.
 * A Lambda that composes or shows digests then does not carry the 84 KiB of demonyms, places,
 * home names and neutral phrases only the classifier matches; a unit test fails when a file and
 * the taxonomy drift apart (`npm run taxonomy:regions` rewrites both).
 */
import type { RegionsFile } from './regions.js';
import type { Company, NamedTerm } from './taxonomy.js';

interface KnowledgeFile {
  readonly version: number;
  readonly topics: RegionsFile['topics'];
  readonly regionGroups: RegionsFile['regionGroups'];
  readonly jurisdictions: readonly (RegionsFile['jurisdictions'][number] & {
    readonly regulators: readonly NamedTerm[];
    readonly laws: readonly NamedTerm[];
  })[];
  readonly companies?: readonly Company[];
}

/** A regulator, law or company by every name it goes by, its own name first. */
export type NameGroup = readonly string[];

/** The shape of `cluster-names.json`. */
export interface ClusterNamesFile {
  readonly version: number;
  /** By jurisdiction code: each regulator's and law's names. */
  readonly regulatorsAndLaws: Readonly<Record<string, readonly NameGroup[]>>;
  readonly companies: readonly NameGroup[];
}

export function deriveRegions(knowledge: KnowledgeFile): RegionsFile {
  return {
    version: knowledge.version,
    topics: knowledge.topics.map(({ id, label }) => ({ id, label })),
    regionGroups: knowledge.regionGroups.map(({ id, name, jurisdictions }) => ({ id, name, jurisdictions: [...jurisdictions] })),
    // A jurisdiction's kind is the classifier's business: no page or email reads it.
    jurisdictions: knowledge.jurisdictions.map(({ code, name, parent, memberOf }) => ({
      code,
      name,
      ...(parent ? { parent } : {}),
      ...(memberOf?.length ? { memberOf: [...memberOf] } : {}),
    })),
    regulatorsByAcronym: knowledge.jurisdictions.flatMap((jurisdiction) =>
      jurisdiction.regulators.flatMap((regulator) => (regulator.acronyms?.length ? [`${jurisdiction.code}/${regulator.acronyms[0]}`] : [])),
    ),
  };
}

export function deriveClusterNames(knowledge: KnowledgeFile): ClusterNamesFile {
  const regulatorsAndLaws: Record<string, NameGroup[]> = {};
  for (const jurisdiction of knowledge.jurisdictions) {
    const named = [...jurisdiction.regulators, ...jurisdiction.laws];
    if (named.length > 0) regulatorsAndLaws[jurisdiction.code] = named.map(({ name, acronyms, aliases }) => [name, ...(acronyms ?? []), ...(aliases ?? [])]);
  }
  return {
    version: knowledge.version,
    regulatorsAndLaws,
    companies: (knowledge.companies ?? []).map(({ name, aliases }) => [name, ...(aliases ?? [])]),
  };
}

/** The file as written: one jurisdiction, group or topic per line, so a diff shows what changed. */
export function formatRegionsFile(file: RegionsFile): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `{
  "version": ${file.version},
  "topics": [
${lines(file.topics)}
  ],
  "regionGroups": [
${lines(file.regionGroups)}
  ],
  "jurisdictions": [
${lines(file.jurisdictions)}
  ],
  "regulatorsByAcronym": ${JSON.stringify(file.regulatorsByAcronym)}
}
`;
}

/** One jurisdiction or company per line, as regions.json. */
export function formatClusterNamesFile(file: ClusterNamesFile): string {
  const jurisdictions = Object.entries(file.regulatorsAndLaws).map(([code, groups]) => `    ${JSON.stringify(code)}: ${JSON.stringify(groups)}`);
  return `{
  "version": ${file.version},
  "regulatorsAndLaws": {
${jurisdictions.join(',\n')}
  },
  "companies": [
${file.companies.map((company) => `    ${JSON.stringify(company)}`).join(',\n')}
  ]
}
`;
}
