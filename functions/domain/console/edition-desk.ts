/**
 * The editor's desk for one region's coming edition: the live draft with what was left out,
 * and every change to it (curation, approval) as one conditional write on the version the
 * editor saw, logged with who and when.
 *
 * The draft's composer (its ranking, and the clustering with the classifier's names of
 * regulators, laws and companies it needs) is imported with the first draft: a console request
 * that shows no draft, a sign-in above all, does not load it.
 */
import { findRegion, type Region } from '../../taxonomy/regions.js';
import { changeCuration, EMPTY_CURATION, type CurationChange } from '../digest/curation.js';
import { editionIdFor } from '../digest/edition-id.js';
import type { Edition, EditionStatus } from '../digest/edition.js';
import { isoWeekOf, startOfIsoWeek } from '../digest/iso-week.js';
import type { EditionRepository, SeenEdition } from '../digest/ports.js';
import type { StoryReader } from '../ports.js';
import type { Story } from '../stories.js';
import { loadOnFirstUse } from '../load-on-first-use.js';
import type { AuditLog } from './ports.js';

const DAY_MS = 86_400_000;

const composer = loadOnFirstUse('draft composer', () => import('../digest/edition.js'));
/** Every time zone has had its Monday-morning send once Wednesday begins in UTC. */
const SEND_WINDOW_MS = 2 * DAY_MS;

export interface EditionDeskDeps {
  readonly stories: StoryReader;
  readonly editions: EditionRepository;
  readonly audit: AuditLog;
  readonly maxItemsPerEdition: number;
  readonly autoSendRegion: (regionId: string) => boolean;
  readonly now: () => Date;
}

export class UnknownRegionError extends Error {
  constructor(regionId: string) {
    super(`There is no region "${regionId}".`);
    this.name = 'UnknownRegionError';
  }
}

/** The editor's view was out of date: someone else changed the edition first. */
export class StaleEditionError extends Error {
  constructor(readonly current: SeenEdition) {
    super(
      'Another editor changed this edition after you opened it, so your change was not saved. The page now shows their version: check it and make your change again.',
    );
    this.name = 'StaleEditionError';
  }
}

export class EditionFrozenError extends Error {
  constructor(status: EditionStatus) {
    super(`This edition is ${status === 'sent' ? 'sent' : 'being sent'}: it can no longer be changed.`);
    this.name = 'EditionFrozenError';
  }
}

export class InvalidWeekError extends Error {
  constructor(week: string) {
    super(`"${week}" is not a week such as 2026-W49.`);
    this.name = 'InvalidWeekError';
  }
}

export interface WeekView {
  readonly region: Region;
  readonly week: string;
  /** The edition as it would go out now: recomposed while it is a draft. */
  readonly edition: Edition;
  readonly seen: SeenEdition;
  readonly frozen: boolean;
  /** Waits for an editor's approval (DIGEST_HELD_REGIONS). */
  readonly held: boolean;
  /** Every story of the week, by id: for evidence, clusters and the stories left out. */
  readonly stories: readonly Story[];
}

/**
 * The edition an editor works on: this week's while its send window is open and it has not
 * started sending, else next week's.
 */
export async function comingWeekFor(editions: EditionRepository, regionId: string, now: Date): Promise<string> {
  const current = isoWeekOf(now);
  if (now.getTime() < startOfIsoWeek(current).getTime() + SEND_WINDOW_MS) {
    const edition = await editions.getEdition(editionIdFor(regionId, current));
    if (!edition || edition.status === 'draft' || edition.status === 'approved') return current;
  }
  return isoWeekOf(new Date(now.getTime() + 7 * DAY_MS));
}

/** The stories a draft of `week` is made from, as the planner will read them when it sends. */
export async function storiesForWeek(stories: StoryReader, week: string, now: Date): Promise<Story[]> {
  const from = Math.max(now.getTime() - 7 * DAY_MS, startOfIsoWeek(week).getTime() - 7 * DAY_MS);
  return stories.listStoredBetween(new Date(from).toISOString(), now.toISOString());
}

function regionOf(regionId: string): Region {
  const region = findRegion(regionId);
  if (!region) throw new UnknownRegionError(regionId);
  return region;
}

function checkWeek(week: string): string {
  if (!/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(week)) throw new InvalidWeekError(week);
  return week;
}

export function isFrozen(status: EditionStatus): boolean {
  return status === 'sending' || status === 'sent';
}

export async function loadWeek(deps: EditionDeskDeps, regionId: string, week?: string): Promise<WeekView> {
  const region = regionOf(regionId);
  const now = deps.now();
  const chosen = week ? checkWeek(week) : await comingWeekFor(deps.editions, region.id, now);
  const stored = await deps.editions.getEdition(editionIdFor(region.id, chosen));
  const stories = await storiesForWeek(deps.stories, chosen, now);
  const live = !stored || stored.status === 'draft';
  const edition = live ? (await composer()).recomposeDraft(region, stored, chosen, stories, { maxItems: deps.maxItemsPerEdition, now }) : stored;
  return {
    region,
    week: chosen,
    edition,
    seen: { version: stored?.version ?? 0, status: stored?.status },
    frozen: isFrozen(edition.status),
    held: !deps.autoSendRegion(region.id),
    stories,
  };
}

/** Writes a new state of the edition if it still stands as the editor saw it. */
async function saveOver(deps: EditionDeskDeps, view: WeekView, seen: SeenEdition, next: Edition): Promise<Edition> {
  if (view.frozen) throw new EditionFrozenError(view.edition.status);
  if (view.seen.version !== seen.version || view.seen.status !== seen.status) throw new StaleEditionError(view.seen);
  const saved = { ...next, version: seen.version + 1 };
  if (!(await deps.editions.saveEdition(saved, seen))) {
    const now = await deps.editions.getEdition(saved.editionId);
    if (now && isFrozen(now.status)) throw new EditionFrozenError(now.status);
    throw new StaleEditionError({ version: now?.version ?? 0, status: now?.status });
  }
  return saved;
}

function describeChange(change: CurationChange): { action: string; target?: string; detail?: string } {
  switch (change.kind) {
    case 'blurb':
      return { action: 'blurb', target: change.storyId, detail: change.text };
    case 'note':
      return { action: 'note', detail: change.text };
    case 'move':
      return { action: `move-${change.direction}`, target: change.storyId };
    case 'reorder':
      return { action: 'reorder', detail: change.order.join(' ') };
    case 'undo':
      return { action: 'undo' };
    default:
      return { action: change.kind, target: change.storyId };
  }
}

export async function curateEdition(
  deps: EditionDeskDeps,
  editor: string,
  regionId: string,
  week: string,
  seen: SeenEdition,
  change: CurationChange,
): Promise<Edition> {
  const view = await loadWeek(deps, regionId, week);
  const shown = view.edition.items.map((item) => item.storyId);
  const { curation, note } = changeCuration(view.edition.curation ?? EMPTY_CURATION, view.edition.blurb, change, shown);
  const { recomposeDraft } = await composer();
  const changed = recomposeDraft(view.region, { ...view.edition, curation, blurb: note }, view.week, view.stories, {
    maxItems: deps.maxItemsPerEdition,
    now: deps.now(),
  });
  const saved = await saveOver(deps, view, seen, { ...changed, blurb: note });
  const described = describeChange(change);
  await deps.audit.record({
    editor,
    at: deps.now().toISOString(),
    action: described.action,
    target: `${saved.editionId}${described.target ? ` ${described.target}` : ''}`,
    detail: described.detail,
  });
  return saved;
}

/** Approves the edition as it stands now: its items are fixed and it goes out as approved. */
export async function approveEdition(deps: EditionDeskDeps, editor: string, regionId: string, week: string, seen: SeenEdition): Promise<Edition> {
  const view = await loadWeek(deps, regionId, week);
  if (view.frozen) throw new EditionFrozenError(view.edition.status);
  if (view.edition.status === 'approved') throw new StaleEditionError(view.seen);
  const at = deps.now().toISOString();
  const saved = await saveOver(deps, view, seen, { ...view.edition, status: 'approved', approvedBy: editor, approvedAt: at });
  await deps.audit.record({ editor, at, action: 'approve', target: saved.editionId, detail: `${saved.items.length} stories` });
  return saved;
}

/** Back to a live draft, until sending starts. */
export async function unapproveEdition(deps: EditionDeskDeps, editor: string, regionId: string, week: string, seen: SeenEdition): Promise<Edition> {
  const view = await loadWeek(deps, regionId, week);
  if (view.frozen) throw new EditionFrozenError(view.edition.status);
  if (view.edition.status !== 'approved') throw new StaleEditionError(view.seen);
  const saved = await saveOver(deps, view, seen, { ...view.edition, status: 'draft', approvedBy: undefined, approvedAt: undefined });
  await deps.audit.record({ editor, at: deps.now().toISOString(), action: 'unapprove', target: saved.editionId });
  return saved;
}
