/**
 * What the sign-up page shows as a sample: the latest edition of "everything, worldwide" that
 * an editor approved or that went out, else the latest composed one, else one composed on the
 * spot from the week's stored stories. Read only; nothing is stored.
 */
import type { EditionRepository } from '../digest/ports.js';
import type { Edition } from '../digest/edition.js';
import { isoWeekOf } from '../digest/iso-week.js';
import type { StoryRepository } from '../ports.js';
import { EVERYWHERE_REGION_ID, findRegion } from '../../taxonomy/regions.js';

export const SAMPLE_ITEMS = 5;
const WEEK_MS = 7 * 86_400_000;

export interface SampleSource {
  readonly editions: Pick<EditionRepository, 'listRegionEditions'>;
  readonly stories: Pick<StoryRepository, 'listStoredBetween'>;
}

export async function sampleEdition(source: SampleSource, now: Date): Promise<Edition | undefined> {
  const region = findRegion(EVERYWHERE_REGION_ID);
  if (!region) return undefined;
  const recent = (await source.editions.listRegionEditions(region.id, 3)).filter((edition) => edition.items.length > 0);
  const chosen = recent.find((edition) => edition.status !== 'draft') ?? recent[0];
  if (chosen) return { ...chosen, items: chosen.items.slice(0, SAMPLE_ITEMS) };
  // Only before the first edition exists: composing (and the clustering it needs) loads then.
  const { composeEdition } = await import('../digest/edition.js');
  const stories = await source.stories.listStoredBetween(new Date(now.getTime() - WEEK_MS).toISOString(), now.toISOString());
  const composed = composeEdition(region, isoWeekOf(now), stories, { maxItems: SAMPLE_ITEMS, now });
  return composed.items.length ? composed : undefined;
}
