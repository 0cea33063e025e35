import type { Edition, EditionItem } from './edition.js';

export interface DigestSection {
  readonly regionId: string;
  readonly regionName: string;
  readonly blurb?: string;
  readonly items: readonly EditionItem[];
}

/** What one segment of subscribers receives: their regions' editions, filtered to their topics. */
export interface PersonalDigest {
  readonly week: string;
  readonly sections: readonly DigestSection[];
  readonly storyCount: number;
}

/** Subscribers with the same regions and topics receive the same digest: render it once. */
export function segmentKeyFor(regions: readonly string[], topics: readonly string[]): string {
  return `${[...regions].sort().join(',')}|${[...topics].sort().join(',')}`;
}

/**
 * Puts together one digest from the editions of a subscriber's regions (in the order given),
 * keeping only stories on their topics (no topics: every topic), each story once.
 */
export function assembleDigest(week: string, editions: readonly Edition[], topics: readonly string[]): PersonalDigest {
  const shown = new Set<string>();
  const sections = editions.map((edition) => {
    const items = edition.items.filter((item) => {
      if (shown.has(item.storyId)) return false;
      if (topics.length > 0 && !item.topics.some((topic) => topics.includes(topic))) return false;
      shown.add(item.storyId);
      return true;
    });
    return { regionId: edition.regionId, regionName: edition.regionName, blurb: edition.blurb, items };
  });
  return { week, sections, storyCount: shown.size };
}
