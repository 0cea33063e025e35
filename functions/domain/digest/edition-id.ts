/**
 * The key of a region's edition for a week (`hk#2026-W49`), apart from composing it: the
 * archive reads editions by it and should not load the clustering that composing needs.
 */
export function editionIdFor(regionId: string, week: string): string {
  return `${regionId}#${week}`;
}
