import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import knowledge from '../../../functions/taxonomy/taxonomy.json' with { type: 'json' };
import { deriveClusterNames, deriveRegions, formatClusterNamesFile, formatRegionsFile } from '../../../functions/taxonomy/derive-regions.js';
import { findJurisdictionEntry, isRegulatorAcronym, JURISDICTION_ENTRIES, REGIONS } from '../../../functions/taxonomy/regions.js';
import { COMPANIES, JURISDICTIONS } from '../../../functions/taxonomy/taxonomy.js';

describe('regions.json, the taxonomy pages and emails read', () => {
  it('is what taxonomy.json gives today (run `npm run taxonomy:regions` after changing the taxonomy)', () => {
    const committed = readFileSync(new URL('../../../functions/taxonomy/regions.json', import.meta.url), 'utf8');
    expect(committed).toBe(formatRegionsFile(deriveRegions(knowledge as Parameters<typeof deriveRegions>[0])));
  });

  it('knows every jurisdiction the classifier can tag, by the same English name and parent', () => {
    expect(JURISDICTION_ENTRIES.map((entry) => entry.code)).toEqual(JURISDICTIONS.map((jurisdiction) => jurisdiction.code));
    for (const jurisdiction of JURISDICTIONS) {
      const entry = findJurisdictionEntry(jurisdiction.code);
      expect([entry?.name, entry?.parent]).toEqual([jurisdiction.name, jurisdiction.parent]);
    }
    expect(REGIONS.find((region) => region.id === 'us-ca')).toMatchObject({ name: 'California', jurisdictions: ['US-CA'] });
  });

  it('names a regulator by its acronym only where the taxonomy gives it one that is not ambiguous', () => {
    expect(isRegulatorAcronym('HK/PCPD')).toBe(true);
    expect(isRegulatorAcronym('FR/CNIL')).toBe(true);
    // "AP" is also a news agency: the Dutch regulator keeps the words a story uses.
    expect(isRegulatorAcronym('NL/AP')).toBe(false);
    expect(isRegulatorAcronym('HK/pcpd')).toBe(false);
  });

  it('carries none of the classifier’s dictionaries', () => {
    const text = readFileSync(new URL('../../../functions/taxonomy/regions.json', import.meta.url), 'utf8');
    expect(text).not.toContain('私隱專員公署');
    expect(text).not.toContain('"aliases"');
    expect(text.length).toBeLessThan(16_000);
  });
});

describe('cluster-names.json, the names a draft’s clustering reads', () => {
  const committed = () => readFileSync(new URL('../../../functions/taxonomy/cluster-names.json', import.meta.url), 'utf8');

  it('is what taxonomy.json gives today (run `npm run taxonomy:regions` after changing the taxonomy)', () => {
    expect(committed()).toBe(formatClusterNamesFile(deriveClusterNames(knowledge as Parameters<typeof deriveClusterNames>[0])));
  });

  it('has every regulator, law and company by every name the taxonomy gives it, in every script', () => {
    const file = JSON.parse(committed()) as { regulatorsAndLaws: Record<string, string[][]>; companies: string[][] };
    const hongKong = file.regulatorsAndLaws.HK.find((names) => names.includes('PCPD'));
    expect(hongKong?.[0]).toBe('Privacy Commissioner for Personal Data');
    expect(hongKong).toContain('私隱專員公署');
    const count = JURISDICTIONS.reduce((sum, jurisdiction) => sum + jurisdiction.regulators.length + jurisdiction.laws.length, 0);
    expect(Object.values(file.regulatorsAndLaws).flat()).toHaveLength(count);
    expect(file.companies.map((names) => names[0])).toEqual(COMPANIES.map((company) => company.name));
  });

  it('carries none of the classifier’s other dictionaries', () => {
    const text = committed();
    expect(text).not.toContain('"demonyms"');
    expect(text).not.toContain('"places"');
    expect(text.length).toBeLessThan(42_000);
  });
});
