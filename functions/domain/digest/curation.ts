/**
 * An editor's curation of one edition: which stories are pinned, dropped, in what order, with
 * which blurbs, under which note. Kept as decisions rather than as a finished list, so that the
 * draft can be recomposed from newer stories all week and the decisions still hold.
 */

export interface Curation {
  /** Always in the edition, even beyond the item limit or when the classifier left them out. */
  readonly pins: readonly string[];
  /** Never in the edition. */
  readonly drops: readonly string[];
  /** The editor's order; stories not in it follow, in ranked order. */
  readonly order: readonly string[];
  readonly blurbs: Readonly<Record<string, string>>;
  /** The curations before each change, newest last: what undo goes back to. */
  readonly history: readonly CurationState[];
}

export type CurationState = Omit<Curation, 'history'> & { readonly note?: string };

export const EMPTY_CURATION: Curation = { pins: [], drops: [], order: [], blurbs: {}, history: [] };

/** How many changes undo can go back. */
export const UNDO_DEPTH = 20;
export const MAX_BLURB_LENGTH = 600;
export const MAX_NOTE_LENGTH = 2_000;

export type CurationChange =
  | { readonly kind: 'pin'; readonly storyId: string }
  | { readonly kind: 'unpin'; readonly storyId: string }
  | { readonly kind: 'drop'; readonly storyId: string }
  | { readonly kind: 'restore'; readonly storyId: string }
  /** Moves a story one place up or down the list as the editor sees it. */
  | { readonly kind: 'move'; readonly storyId: string; readonly direction: 'up' | 'down' }
  /** The whole list in a new order (drag and drop). */
  | { readonly kind: 'reorder'; readonly order: readonly string[] }
  | { readonly kind: 'blurb'; readonly storyId: string; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'undo' };

/** What curation needs of an edition's item; it keeps every other field as it is. */
export interface CuratedItem {
  readonly storyId: string;
  readonly pinned?: boolean;
  readonly blurb?: string;
}

export class CurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CurationError';
  }
}

/**
 * The edition's items: pinned and ranked stories less the dropped ones, in the editor's order,
 * cut to `maxItems` except for pinned ones. `lookup` finds a pinned story outside the ranking.
 */
export function applyCuration<Item extends CuratedItem>(
  ranked: readonly Item[],
  curation: Omit<Curation, 'history'>,
  maxItems: number,
  lookup: (storyId: string) => Item | undefined,
): Item[] {
  const dropped = new Set(curation.drops);
  const pinned = new Set(curation.pins);
  const rankedIds = new Set(ranked.map((item) => item.storyId));
  const extra = curation.pins
    .filter((id) => !rankedIds.has(id))
    .map(lookup)
    .filter((item): item is Item => item !== undefined);
  const candidates = [...extra, ...ranked].filter((item) => !dropped.has(item.storyId));
  const position = new Map(curation.order.map((id, index) => [id, index]));
  // Stable: stories the editor has not placed keep their pinned-first, ranked order after the placed ones.
  const ordered = candidates
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const pa = position.get(a.item.storyId) ?? Infinity;
      const pb = position.get(b.item.storyId) ?? Infinity;
      if (pa !== pb) return pa - pb;
      const pinA = pinned.has(a.item.storyId) ? 0 : 1;
      const pinB = pinned.has(b.item.storyId) ? 0 : 1;
      return pinA - pinB || a.index - b.index;
    })
    .map(({ item }) => item);
  // Pinned stories take their places first; the others fill what the limit leaves.
  let room = Math.max(0, maxItems - ordered.filter((item) => pinned.has(item.storyId)).length);
  const items: Item[] = [];
  for (const item of ordered) {
    const isPinned = pinned.has(item.storyId);
    if (!isPinned && room === 0) continue;
    if (!isPinned) room -= 1;
    const blurb = curation.blurbs[item.storyId];
    items.push({ ...item, ...(isPinned ? { pinned: true } : {}), ...(blurb ? { blurb } : {}) });
  }
  return items;
}

/**
 * Applies one change to a curation and its note. `shown` is the list the editor saw, which a
 * move or a reorder is relative to. Returns the new curation (with the old one in its history)
 * and the new note.
 */
export function changeCuration(
  curation: Curation,
  note: string | undefined,
  change: CurationChange,
  shown: readonly string[],
): { curation: Curation; note: string | undefined } {
  if (change.kind === 'undo') {
    const previous = curation.history.at(-1);
    if (!previous) throw new CurationError('There is nothing to undo.');
    const { note: previousNote, ...state } = previous;
    return { curation: { ...state, history: curation.history.slice(0, -1) }, note: previousNote };
  }
  const { history, ...state } = curation;
  const remember = (next: Omit<Curation, 'history'>, nextNote = note) => ({
    curation: { ...next, history: [...history, { ...state, ...(note === undefined ? {} : { note }) }].slice(-UNDO_DEPTH) },
    note: nextNote,
  });
  const without = (list: readonly string[], id: string) => list.filter((other) => other !== id);
  switch (change.kind) {
    case 'pin':
      // Pinned goes to the top, unless the editor places it elsewhere afterwards.
      return remember({
        ...state,
        pins: [...without(state.pins, change.storyId), change.storyId],
        drops: without(state.drops, change.storyId),
        order: state.order.length ? [change.storyId, ...without(state.order, change.storyId)] : [],
      });
    case 'unpin':
      return remember({ ...state, pins: without(state.pins, change.storyId) });
    case 'drop':
      return remember({
        ...state,
        drops: [...without(state.drops, change.storyId), change.storyId],
        pins: without(state.pins, change.storyId),
        order: without(state.order, change.storyId),
      });
    case 'restore':
      return remember({ ...state, drops: without(state.drops, change.storyId) });
    case 'move': {
      const index = shown.indexOf(change.storyId);
      if (index === -1) throw new CurationError('That story is not in the edition any more; reload the page.');
      const target = change.direction === 'up' ? index - 1 : index + 1;
      if (target < 0 || target >= shown.length) throw new CurationError(`That story is already at the ${change.direction === 'up' ? 'top' : 'bottom'}.`);
      const order = [...shown];
      [order[index], order[target]] = [order[target], order[index]];
      return remember({ ...state, order });
    }
    case 'reorder': {
      const wanted = new Set(change.order);
      if (wanted.size !== change.order.length || shown.length !== change.order.length || shown.some((id) => !wanted.has(id))) {
        throw new CurationError('The new order does not hold the same stories as the edition; reload the page.');
      }
      return remember({ ...state, order: [...change.order] });
    }
    case 'blurb': {
      const text = change.text.trim();
      if (text.length > MAX_BLURB_LENGTH) throw new CurationError(`A blurb is at most ${MAX_BLURB_LENGTH} characters; this one has ${text.length}.`);
      const blurbs = { ...state.blurbs };
      if (text) blurbs[change.storyId] = text;
      else delete blurbs[change.storyId];
      return remember({ ...state, blurbs });
    }
    case 'note': {
      const text = change.text.trim();
      if (text.length > MAX_NOTE_LENGTH) throw new CurationError(`The note is at most ${MAX_NOTE_LENGTH} characters; this one has ${text.length}.`);
      return remember(state, text || undefined);
    }
  }
}
