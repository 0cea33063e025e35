import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, findJurisdiction } from '../../../functions/taxonomy/taxonomy.js';
import { REGIONS, TOPIC_ENTRIES, findRegion, parentJurisdiction, regionCovers, regionIdForJurisdiction } from '../../../functions/taxonomy/regions.js';
import { TOPICS } from '../../../functions/domain/classify/types.js';

const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];
const REQUIRED = [
  ...EU_MEMBERS,
  'IS',
  'LI',
  'NO',
  'EU',
  'EEA',
  'GB',
  'CH',
  'JE',
  'GG',
  'IM',
  'US',
  'US-CA',
  'US-VA',
  'US-CO',
  'US-CT',
  'US-UT',
  'US-TX',
  'US-OR',
  'US-MT',
  'US-IA',
  'US-DE',
  'US-NH',
  'US-NJ',
  'US-TN',
  'US-MN',
  'US-MD',
  'US-IN',
  'US-KY',
  'US-RI',
  'US-IL',
  'US-WA',
  'CA',
  'CA-QC',
  'CA-BC',
  'CA-AB',
  'HK',
  'MO',
  'CN',
  'TW',
  'JP',
  'KR',
  'SG',
  'IN',
  'AU',
  'NZ',
  'TH',
  'MY',
  'ID',
  'PH',
  'VN',
  'BR',
  'AR',
  'MX',
  'CL',
  'CO',
  'PE',
  'UY',
  'AE',
  'SA',
  'IL',
  'TR',
  'ZA',
  'NG',
  'KE',
  'EG',
  'GLOBAL',
];

describe('taxonomy', () => {
  it('knows every jurisdiction the newsletter covers, each with names', () => {
    expect(JURISDICTIONS.length).toBeGreaterThanOrEqual(60);
    for (const code of REQUIRED) {
      const jurisdiction = findJurisdiction(code);
      expect(jurisdiction, code).toBeDefined();
      expect(jurisdiction!.names.length, code).toBeGreaterThan(0);
    }
    expect(new Set(JURISDICTIONS.map((item) => item.code)).size).toBe(JURISDICTIONS.length);
  });

  it('knows the main regulators and laws by their acronyms', () => {
    const acronymsOf = (code: string): string[] => {
      const jurisdiction = findJurisdiction(code)!;
      return [...jurisdiction.regulators, ...jurisdiction.laws].flatMap((term) => [...(term.acronyms ?? []), ...(term.weakAcronyms ?? []), term.name]);
    };
    const expected: [string, string][] = [
      ['HK', 'PCPD'],
      ['HK', 'PDPO'],
      ['GB', 'ICO'],
      ['FR', 'CNIL'],
      ['IE', 'DPC'],
      ['IT', 'Garante per la protezione dei dati personali'],
      ['ES', 'AEPD'],
      ['US', 'FTC'],
      ['US', 'COPPA'],
      ['US-CA', 'CPPA'],
      ['US-CA', 'CCPA'],
      ['US-IL', 'BIPA'],
      ['CA', 'OPC'],
      ['CA', 'PIPEDA'],
      ['CA-QC', 'Law 25'],
      ['AU', 'OAIC'],
      ['KR', 'PIPC'],
      ['JP', 'PPC'],
      ['JP', 'APPI'],
      ['SG', 'PDPC'],
      ['CN', 'CAC'],
      ['CN', 'PIPL'],
      ['BR', 'ANPD'],
      ['BR', 'LGPD'],
      ['DE', 'BfDI'],
      ['NL', 'AP'],
      ['NO', 'Datatilsynet'],
      ['SE', 'IMY'],
      ['PL', 'UODO'],
      ['EU', 'EDPB'],
      ['EU', 'EDPS'],
      ['EU', 'GDPR'],
      ['EU', 'Artificial Intelligence Act'],
      ['EU', 'DMA'],
      ['EU', 'DSA'],
      ['CH', 'FADP'],
      ['IN', 'Digital Personal Data Protection Act'],
      ['ZA', 'POPIA'],
    ];
    for (const [code, term] of expected) expect(acronymsOf(code), `${code} ${term}`).toContain(term);
  });

  it('keeps Hong Kong, Macao and Taiwan as regimes of their own, never under China', () => {
    for (const code of ['HK', 'MO', 'TW']) expect(parentJurisdiction(code)).toBeUndefined();
    expect(parentJurisdiction('US-CA')).toBe('US');
    expect(parentJurisdiction('CA-QC')).toBe('CA');
    const greaterChina = findRegion('greater-china')!;
    expect([...greaterChina.jurisdictions].sort()).toEqual(['CN', 'HK', 'MO', 'TW']);
    expect(regionCovers(findRegion('cn')!, ['HK'])).toBe(false);
    expect(regionCovers(greaterChina, ['HK'])).toBe(true);
  });

  it('groups regions subscribers pick, and every jurisdiction is its own region', () => {
    for (const id of ['asia-pacific', 'greater-china', 'europe', 'north-america', 'latin-america', 'middle-east-africa']) {
      expect(findRegion(id)?.kind, id).toBe('group');
    }
    for (const jurisdiction of JURISDICTIONS) {
      const own = findRegion(regionIdForJurisdiction(jurisdiction.code));
      expect(own?.jurisdictions).toEqual([jurisdiction.code]);
    }
    const europe = findRegion('europe')!;
    for (const code of [...EU_MEMBERS, 'EU', 'EEA', 'GB', 'CH', 'JE', 'GG', 'IM']) expect(europe.jurisdictions, code).toContain(code);
    expect(regionCovers(findRegion('north-america')!, ['US-TX'])).toBe(true);
    expect(regionCovers(findRegion('asia-pacific')!, ['US-TX'])).toBe(false);
    const codes = new Set(JURISDICTIONS.map((item) => item.code));
    for (const region of REGIONS) for (const code of region.jurisdictions) expect(codes.has(code), `${region.id}: ${code}`).toBe(true);
  });

  it('lists the classifier’s topics, in the same order', () => {
    expect(TOPIC_ENTRIES.map((topic) => topic.id)).toEqual([...TOPICS]);
  });
});
