import { describe, expect, it } from 'vitest';
import { queryTermsOf, searchTermsOf } from '../../../functions/domain/search/search-terms.js';
import type { SearchIndex } from '../../../functions/domain/search/ports.js';
import { indexStory, searchStories, weeksBetween } from '../../../functions/domain/search/search-service.js';
import type { Story } from '../../../functions/domain/stories.js';
import { aStory } from '../../support/digest-fixtures.js';

/** The index's contract, in memory: a set of ids per term and week. */
class InMemorySearchIndex implements SearchIndex {
  readonly entries = new Map<string, Set<string>>();
  readonly reads: string[] = [];
  async addStory(storyId: string, terms: readonly string[], week: string) {
    for (const term of terms) {
      const key = `${term}#${week}`;
      if (!this.entries.has(key)) this.entries.set(key, new Set());
      this.entries.get(key)!.add(storyId);
    }
  }
  async removeStory(storyId: string, terms: readonly string[], week: string) {
    for (const term of terms) this.entries.get(`${term}#${week}`)?.delete(storyId);
  }
  async storyIdsFor(terms: readonly string[], weeks: readonly string[]) {
    const ids = new Set<string>();
    for (const term of terms)
      for (const week of weeks) {
        this.reads.push(`${term}#${week}`);
        for (const id of this.entries.get(`${term}#${week}`) ?? []) ids.add(id);
      }
    return ids;
  }
}

describe('archive search', () => {
  it('splits English into words and Chinese into pairs of characters, and tags stories by place and topic', () => {
    expect(searchTermsOf({ title: 'The PCPD fines a clinic', summary: '私隱專員', jurisdictions: ['HK'], topics: ['breach'] })).toEqual([
      'pcpd',
      'fines',
      'clinic',
      '私隱',
      '隱專',
      '專員',
      'in:HK',
      'topic:breach',
    ]);
    expect(queryTermsOf('Clinic fined by 私隱專員')).toEqual(['clinic', 'fined', '私隱', '隱專', '專員']);
  });

  it('finds stories that match every part of the query, within the dates, newest first, reading only the entries asked for', async () => {
    const index = new InMemorySearchIndex();
    const stored = new Map<string, Story>();
    const add = async (story: Story) => {
      stored.set(story.storyId, story);
      await indexStory(index, story);
    };
    await add(aStory({ title: 'Clinic fined over leaked records', jurisdictions: ['HK'], publishedAt: '2026-11-20T00:00:00Z' }));
    await add(aStory({ title: 'Second clinic fined', jurisdictions: ['JP'], publishedAt: '2026-11-24T00:00:00Z' }));
    await add(aStory({ title: 'Old clinic story', jurisdictions: ['HK'], publishedAt: '2026-01-05T00:00:00Z' }));
    await add(aStory({ title: 'Clinic out of scope', jurisdictions: ['HK'], inScope: false, publishedAt: '2026-11-20T00:00:00Z' }));
    const repository = { getStory: async (id: string) => stored.get(id) };
    const range = { from: '2026-11-01', to: '2026-11-30' };

    const byWord = await searchStories(index, repository, { text: 'clinic', ...range });
    expect(byWord.map((s) => s.title)).toEqual(['Second clinic fined', 'Clinic fined over leaked records']);
    const byRegion = await searchStories(index, repository, { text: 'clinic', regionId: 'greater-china', ...range });
    expect(byRegion.map((s) => s.title)).toEqual(['Clinic fined over leaked records']);
    expect(await searchStories(index, repository, { text: '', ...range })).toEqual([]);
    // Only term × week entries are read: nothing like a scan.
    expect(index.reads.every((key) => /#2026-W(44|45|46|47|48|49)$/.test(key))).toBe(true);
  });

  it('caps the weeks a search reads', () => {
    expect(weeksBetween('2020-01-01', '2026-11-30')).toHaveLength(26);
    expect(weeksBetween('2026-11-23', '2026-11-30')).toEqual(['2026-W49', '2026-W48']);
  });
});
