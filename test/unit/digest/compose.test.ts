import { describe, expect, it } from 'vitest';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { assembleDigest } from '../../../functions/domain/digest/personal-digest.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { aStory } from '../../support/digest-fixtures.js';

const NOW = new Date('2026-11-30T00:00:00Z');
const hongKong = findRegion('hk')!;
const asiaPacific = findRegion('asia-pacific')!;

describe('composing a region’s edition', () => {
  it('keeps only in-scope stories about the region, strongest and newest first', () => {
    const strongOld = aStory({ title: 'Court backs watchdog over biometric payroll checks', score: 0.95, publishedAt: '2026-11-25T00:00:00Z' });
    const stale = aStory({ title: 'Airline settles claims over passport scan leak', score: 0.95, publishedAt: '2026-11-05T00:00:00Z' });
    const strongNew = aStory({ title: 'Regulator orders school app to delete pupils’ location history', score: 0.9, publishedAt: '2026-11-29T00:00:00Z' });
    const weakNew = aStory({ title: 'Council consults on camera signage rules', score: 0.55, publishedAt: '2026-11-29T00:00:00Z' });
    const outOfScope = aStory({ title: 'Stock exchange opens new trading hall', inScope: false, jurisdictions: [] });
    const elsewhere = aStory({ title: 'Tokyo panel reviews facial recognition at stations', jurisdictions: ['JP'] });

    const edition = composeEdition(hongKong, '2026-W49', [weakNew, stale, strongOld, outOfScope, elsewhere, strongNew], { maxItems: 10, now: NOW });

    expect(edition.items.map((i) => i.title)).toEqual([
      'Regulator orders school app to delete pupils’ location history',
      'Court backs watchdog over biometric payroll checks',
      'Council consults on camera signage rules',
      'Airline settles claims over passport scan leak',
    ]);
    expect(edition.editionId).toBe('hk#2026-W49');
    expect(edition.status).toBe('draft');
  });

  it('shows an event reported by several outlets once, naming the others', () => {
    const lead = 'The privacy commissioner fined the messaging app HK$500,000 for leaking the phone numbers of 40,000 users.';
    const first = aStory({ title: 'Privacy watchdog fines messaging app over leaked phone numbers', summary: lead, source: 'Outlet A', score: 0.9 });
    const second = aStory({ title: 'Privacy watchdog fines messaging app for leaked phone numbers', summary: lead, source: 'Outlet B', score: 0.7 });
    const edition = composeEdition(hongKong, '2026-W49', [first, second], { maxItems: 10, now: NOW });
    expect(edition.items).toHaveLength(1);
    expect(edition.items[0].title).toBe('Privacy watchdog fines messaging app over leaked phone numbers');
    expect(edition.items[0].alsoReportedBy.map((o) => o.source)).toEqual(['Outlet B']);
  });

  it('stops at the configured number of items', () => {
    const stories = Array.from({ length: 15 }, () => aStory());
    expect(composeEdition(hongKong, '2026-W49', stories, { maxItems: 5, now: NOW }).items).toHaveLength(5);
  });

  it('covers every jurisdiction of a group region', () => {
    const japan = aStory({ jurisdictions: ['JP'] });
    expect(composeEdition(asiaPacific, '2026-W49', [japan], { maxItems: 5, now: NOW }).items).toHaveLength(1);
  });
});

describe('a reader’s digest from several editions', () => {
  it('shows a story that two of their regions share once, and only their topics', () => {
    const shared = aStory({ title: 'shared', topics: ['privacy', 'ai-training'] });
    const breach = aStory({ title: 'breach only', topics: ['privacy', 'breach'] });
    const hk = composeEdition(hongKong, '2026-W49', [shared, breach], { maxItems: 10, now: NOW });
    const apac = composeEdition(asiaPacific, '2026-W49', [shared, breach], { maxItems: 10, now: NOW });

    const everything = assembleDigest('2026-W49', [hk, apac], []);
    expect(everything.storyCount).toBe(2);
    expect(everything.sections[1].items).toHaveLength(0);

    const aiOnly = assembleDigest('2026-W49', [hk, apac], ['ai-training']);
    expect(aiOnly.sections.flatMap((s) => s.items.map((i) => i.title))).toEqual(['shared']);
  });

  it('shows a story in the most specific of the reader’s regions, whatever order they chose them in', () => {
    const hkStory = aStory({ title: 'Hong Kong watchdog questions a dating app', jurisdictions: ['HK'] });
    const japanStory = aStory({ title: 'Tokyo panel reviews station cameras', jurisdictions: ['JP'] });
    const hk = composeEdition(hongKong, '2026-W49', [hkStory], { maxItems: 10, now: NOW });
    const apac = composeEdition(asiaPacific, '2026-W49', [hkStory, japanStory], { maxItems: 10, now: NOW });

    const digest = assembleDigest('2026-W49', [apac, hk], []);

    expect(digest.sections.map((s) => [s.regionId, s.items.map((i) => i.title)])).toEqual([
      ['asia-pacific', ['Tokyo panel reviews station cameras']],
      ['hk', ['Hong Kong watchdog questions a dating app']],
    ]);
    expect(digest.storyCount).toBe(2);
  });

  it('tells a section whose stories all went to another section where they are', () => {
    const hkStory = aStory({ title: 'Hong Kong watchdog questions a dating app', jurisdictions: ['HK'] });
    const hk = composeEdition(hongKong, '2026-W49', [hkStory], { maxItems: 10, now: NOW });
    const apac = composeEdition(asiaPacific, '2026-W49', [hkStory], { maxItems: 10, now: NOW });
    const empty = composeEdition(findRegion('jp')!, '2026-W49', [hkStory], { maxItems: 10, now: NOW });

    const digest = assembleDigest('2026-W49', [apac, hk, empty], []);

    expect(digest.sections.map((s) => [s.regionId, s.items.length, s.shownIn ?? []])).toEqual([
      ['asia-pacific', 0, ['Hong Kong']],
      ['hk', 1, []],
      ['jp', 0, []],
    ]);
  });
});

describe('which stories a region’s edition covers', () => {
  it('includes a state’s story for readers of its country, and a worldwide story for everyone', () => {
    const california = aStory({ jurisdictions: ['US-CA'] });
    const worldwide = aStory({ jurisdictions: ['GLOBAL'] });
    expect(composeEdition(findRegion('us')!, '2026-W49', [california], { maxItems: 5, now: NOW }).items).toHaveLength(1);
    expect(composeEdition(hongKong, '2026-W49', [worldwide], { maxItems: 5, now: NOW }).items).toHaveLength(1);
  });

  it('never folds Hong Kong into mainland China, nor a country into its states', () => {
    const hk = aStory({ jurisdictions: ['HK'] });
    const us = aStory({ jurisdictions: ['US'] });
    expect(composeEdition(findRegion('cn')!, '2026-W49', [hk], { maxItems: 5, now: NOW }).items).toHaveLength(0);
    expect(composeEdition(findRegion('us-ca')!, '2026-W49', [us], { maxItems: 5, now: NOW }).items).toHaveLength(0);
  });
});
