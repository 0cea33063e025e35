/**
 * The part of the taxonomy that pages, emails and the digest need (topics, region groups, each
 * jurisdiction's name and place in the world, which regulators read best by their acronym),
 * derived from the classifier's full knowledge in `taxonomy.json`. The result is committed as
 * `regions.json`, so a page's Lambda does not carry 80 KiB of names, aliases and laws it never
 * matches; a unit test fails when the two drift apart (`npm run taxonomy:regions` rewrites it).
 */
import type { RegionsFile } from './regions.js';
import type { NamedTerm } from './taxonomy.js';

interface KnowledgeFile {
  readonly version: number;
  readonly topics: RegionsFile['topics'];
  readonly regionGroups: RegionsFile['regionGroups'];
  readonly jurisdictions: readonly (RegionsFile['jurisdictions'][number] & { readonly regulators: readonly NamedTerm[] })[];
}

export function deriveRegions(knowledge: KnowledgeFile): RegionsFile {
  return {
    version: knowledge.version,
    topics: knowledge.topics.map(({ id, label }) => ({ id, label })),
    regionGroups: knowledge.regionGroups.map(({ id, name, jurisdictions }) => ({ id, name, jurisdictions: [...jurisdictions] })),
    jurisdictions: knowledge.jurisdictions.map(({ code, name, kind, parent, memberOf }) => ({
      code,
      name,
      ...(kind ? { kind } : {}),
      ...(parent ? { parent } : {}),
      ...(memberOf?.length ? { memberOf: [...memberOf] } : {}),
    })),
    regulatorsByAcronym: knowledge.jurisdictions.flatMap((jurisdiction) =>
      jurisdiction.regulators.flatMap((regulator) => (regulator.acronyms?.length ? [`${jurisdiction.code}/${regulator.acronyms[0]}`] : [])),
    ),
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
