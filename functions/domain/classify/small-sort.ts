/**
 * Sorting the short lists a story yields (a handful of cues, mentions or weights). The
 * built-in sort sets up working storage on every call, which at this size costs more than
 * the sorting; insertion sort needs none. Both are stable, so the order is the same.
 */

/** Past this length the built-in sort wins. */
const SHORT = 24;

export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index];
    let at = index;
    // Only a strictly smaller comparison moves an item up: equal items keep their order.
    while (at > 0 && compare(items[at - 1], item) > 0) {
      items[at] = items[at - 1];
      at -= 1;
    }
    items[at] = item;
  }
  return items;
}
