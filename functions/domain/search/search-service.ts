/**
 * Search over the archive without a scan: at ingest time each in-scope story is added to one
 * small index entry per term and ISO week (`search#<term>#<week>`, a set of story ids); a
 * search reads the entries of its terms for the weeks asked, intersects them, and reads only
 * the stories that are left. The cost follows the number of terms and weeks asked, not the size
 * of the archive, so it stays fast at a few hundred thousand stories.
 */
import { isoWeekOf, startOfIsoWeek } from '../digest/iso-week.js';
import type { Story } from '../stories.js';
import { findRegion } from '../../taxonomy/regions.js';
import type { SearchIndex } from './ports.js';
import { jurisdictionTerm, queryTermsOf, searchTermsOf, topicTerm } from './search-terms.js';

export interface SearchQuery {
  readonly text: string;
  readonly regionId?: string;
  readonly topic?: string;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  readonly from: string;
  readonly to: string;
}

/** At most half a year of weeks per search: wider ranges are narrowed to the latest weeks. */
export const MAX_WEEKS = 26;
export const MAX_RESULTS = 50;
const WEEK_MS = 7 * 86_400_000;

export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  const start = startOfIsoWeek(isoWeekOf(new Date(from))).getTime();
  for (let at = startOfIsoWeek(isoWeekOf(new Date(to))).getTime(); at >= start && weeks.length < MAX_WEEKS; at -= WEEK_MS) {
    weeks.push(isoWeekOf(new Date(at)));
  }
  return weeks;
}

function indexWeekOf(story: Pick<Story, 'publishedAt' | 'storedAt'>): string {
  const published = new Date(story.publishedAt);
  return isoWeekOf(Number.isNaN(published.getTime()) ? new Date(story.storedAt) : published);
}

export async function indexStory(index: SearchIndex, story: Story): Promise<void> {
  if (!story.inScope) return;
  await index.addStory(story.storyId, searchTermsOf(story), indexWeekOf(story));
}

/**
 * After an editor's correction: the story leaves the entries of the terms it no longer has
 * (a region or topic taken off, or every term when it went out of scope) and joins those of
 * its new ones. Added first, so a search between the two writes finds it under both rather
 * than under neither.
 */
export async function reindexCorrectedStory(index: SearchIndex, before: Story, after: Story): Promise<void> {
  const wanted = after.inScope ? searchTermsOf(after) : [];
  const had = before.inScope ? searchTermsOf(before) : [];
  const week = indexWeekOf(after);
  if (wanted.length) await index.addStory(after.storyId, wanted, week);
  const kept = new Set(wanted);
  const dropped = had.filter((term) => !kept.has(term));
  if (dropped.length) await index.removeStory(before.storyId, dropped, indexWeekOf(before));
}

/** The stories that match every part of the query, newest first. */
export async function searchStories(
  index: SearchIndex,
  stories: { getStory(storyId: string): Promise<Story | undefined> },
  query: SearchQuery,
): Promise<Story[]> {
  const weeks = weeksBetween(query.from, query.to);
  // Each group is one condition: a story must be under at least one term of every group.
  const groups: string[][] = queryTermsOf(query.text).map((term) => [term]);
  const region = query.regionId ? findRegion(query.regionId) : undefined;
  if (region) groups.push(region.jurisdictions.map(jurisdictionTerm));
  if (query.topic) groups.push([topicTerm(query.topic)]);
  if (!groups.length) return [];
  let matching: Set<string> | undefined;
  for (const group of groups) {
    const ids = await index.storyIdsFor(group, weeks);
    matching = matching ? new Set([...matching].filter((id) => ids.has(id))) : ids;
    if (!matching.size) return [];
  }
  const found = await Promise.all([...(matching ?? [])].slice(0, MAX_RESULTS * 2).map((id) => stories.getStory(id)));
  const fromMs = Date.parse(`${query.from}T00:00:00Z`);
  const toMs = Date.parse(`${query.to}T23:59:59Z`);
  return found
    .filter((story): story is Story => story !== undefined && story.inScope)
    .filter((story) => {
      const at = Date.parse(story.publishedAt);
      return Number.isNaN(at) || (at >= fromMs && at <= toMs);
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, MAX_RESULTS);
}
