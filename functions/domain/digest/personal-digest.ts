import { findRegion } from '../../taxonomy/regions.js';
import type { Edition, EditionItem } from './edition.js';

export interface DigestSection {
  readonly regionId: string;
  readonly regionName: string;
  readonly blurb?: string;
  readonly items: readonly EditionItem[];
  /** The other sections where this region's stories (on the reader's topics) are shown instead. */
  readonly shownIn?: readonly string[];
  /** The same sections by region id, to name them in the reader's language. */
  readonly shownInRegionIds?: readonly string[];
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

/** Fewer jurisdictions is more specific: Hong Kong before Greater China before Asia-Pacific. */
function breadthOf(edition: Edition): number {
  return findRegion(edition.regionId)?.jurisdictions.length ?? Number.POSITIVE_INFINITY;
}

/**
 * Puts together one digest from the editions of a subscriber's regions (in the order given),
 * keeping only stories on their topics (no topics: every topic), each story once: in the most
 * specific of the reader's regions whose edition has it. A section left empty that way says
 * where its stories went, rather than that there were none.
 */
export function assembleDigest(week: string, editions: readonly Edition[], topics: readonly string[]): PersonalDigest {
  const wanted = (item: EditionItem) => topics.length === 0 || item.topics.some((topic) => topics.includes(topic));
  // Stable: among regions equally specific, the reader's order decides.
  const bySpecificity = editions.map((edition, index) => ({ edition, index })).sort((a, b) => breadthOf(a.edition) - breadthOf(b.edition));
  const owner = new Map<string, number>();
  for (const { edition, index } of bySpecificity) {
    for (const item of edition.items) if (wanted(item) && !owner.has(item.storyId)) owner.set(item.storyId, index);
  }
  const sections = editions.map((edition, index) => {
    const wantedItems = edition.items.filter(wanted);
    const items = wantedItems.filter((item) => owner.get(item.storyId) === index);
    const elsewhere = new Set<number>();
    for (const item of wantedItems) {
      const other = owner.get(item.storyId);
      if (other !== undefined && other !== index) elsewhere.add(other);
    }
    const others = [...elsewhere].sort((a, b) => a - b);
    const shownIn = others.map((other) => editions[other].regionName);
    const shownInRegionIds = others.map((other) => editions[other].regionId);
    return {
      regionId: edition.regionId,
      regionName: edition.regionName,
      blurb: edition.blurb,
      items,
      ...(shownIn.length ? { shownIn, shownInRegionIds } : {}),
    };
  });
  return { week, sections, storyCount: owner.size };
}
