/**
 * Hourly digest planning that costs what is due, not what exists. The coordinator works out
 * which digest slots began this hour, keeps those with anyone in them, makes sure this week's
 * editions exist, and hands each slot to the planning queue; planning workers then take one
 * page of a slot's readers each, so no invocation holds more than a page of subscribers.
 */
import type { JobQueue, StoryReader } from '../ports.js';
import type { WatermarkStore } from '../alerts/ports.js';
import { REGIONS } from '../../taxonomy/regions.js';
import type { ExpectedVersion } from '../subscriptions/ports.js';
import { pauseHasEnded, resumed } from '../subscriptions/pause.js';
import type { Subscriber } from '../subscriptions/types.js';
import { hoursToPlan, resumeSlotKey, slotsDueAt, type DueSlot } from './digest-slots.js';
import { editionIdFor } from './edition-id.js';
import { composeEdition, type Edition } from './edition.js';
import { isSendable, refreshDraft, settlePastEditions } from './plan-digest.js';
import type { DigestPlanJob, DigestSendJob, DueSubscriberIndex, EditionRepository } from './ports.js';

export const PLANNER_WATERMARK = 'digest-planner';
const WEEK_MS = 7 * 86_400_000;
/** Slots probed at once: enough to hide round trips, few enough to stay under read limits. */
const PROBES_IN_FLIGHT = 16;

export interface PlanDueDigestsDeps {
  readonly stories: StoryReader;
  readonly editions: EditionRepository;
  readonly dueSubscribers: DueSubscriberIndex;
  readonly planQueue: JobQueue<DigestPlanJob>;
  readonly watermarks: WatermarkStore;
  readonly maxItemsPerEdition: number;
  /** The zones to plan; every zone the runtime knows by default. */
  readonly zones?: readonly string[];
  /**
   * Brings back readers whose dated pause has ended, before their slots are probed; without it
   * they stay paused. The subscriber store's own conditional write.
   */
  readonly pausedReaders?: {
    getSubscriber(subscriberId: string): Promise<Subscriber | undefined>;
    saveSubscriber(subscriber: Subscriber, expected: ExpectedVersion): Promise<boolean>;
  };
}

export interface PlanDueDigestsResult {
  readonly hoursPlanned: number;
  readonly slotsDue: number;
  readonly editionsComposed: number;
  /** Slots planned again because an edition their readers waited for was approved. */
  readonly slotsReleased: number;
  /** Readers whose dated pause ended and who are back in their digest slot. */
  readonly readersResumed: number;
}

/** Days of resume keys read each run: today's and two back, so a run that failed for a day loses nobody. */
const RESUME_DAYS_BACK = 2;
const RESUME_PAGE = 100;

/**
 * Readers whose dated pause has ended go back to their digest slot (and to alerts): their record
 * is rewritten with the pause cleared, which puts the slot back in the index. Each write is
 * conditional on the record read, so a reader who changed their choices meanwhile is read again
 * by a later run rather than overwritten. Readers under today's key whose pause ends later today
 * are left for a later hour.
 */
export async function resumeEndedPauses(deps: Pick<PlanDueDigestsDeps, 'dueSubscribers' | 'pausedReaders'>, now: Date): Promise<number> {
  const store = deps.pausedReaders;
  if (!store) return 0;
  let resumedCount = 0;
  for (let back = RESUME_DAYS_BACK; back >= 0; back--) {
    const key = resumeSlotKey(new Date(now.getTime() - back * 86_400_000));
    let after: string | undefined;
    do {
      const page = await deps.dueSubscribers.listDueSubscribers(key, { after, limit: RESUME_PAGE });
      for (const { subscriberId } of page.subscribers) {
        const current = await store.getSubscriber(subscriberId);
        if (!current || !pauseHasEnded(current, now)) continue;
        if (await store.saveSubscriber(resumed(current, now), { version: current.version ?? 0 })) resumedCount += 1;
      }
      after = page.next;
    } while (after !== undefined);
  }
  return resumedCount;
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

/**
 * Every region's edition of each week, composed the first time anyone of that week is due; a
 * draft is brought up to date with the stories stored since (the editors' curation applied),
 * so what goes out is the live draft. The workers only read them.
 */
async function ensureEditions(deps: PlanDueDigestsDeps, weeks: readonly string[], now: Date): Promise<number> {
  let storiesOfWeek: ReturnType<StoryReader['listStoredBetween']> | undefined;
  const stories = () => (storiesOfWeek ??= deps.stories.listStoredBetween(new Date(now.getTime() - WEEK_MS).toISOString(), now.toISOString()));
  const options = { maxItems: deps.maxItemsPerEdition, now };
  let composed = 0;
  for (const week of weeks) {
    await inBatches(REGIONS, PROBES_IN_FLIGHT, async (region) => {
      const existing = await deps.editions.getEdition(editionIdFor(region.id, week));
      if (existing) {
        if (existing.status === 'draft') await refreshDraft(deps.editions, region, existing, await stories(), options);
        return;
      }
      await deps.editions.createEdition(composeEdition(region, week, await stories(), options));
      composed += 1;
    });
  }
  return composed;
}

/**
 * Readers whose send time came while their edition waited for an editor are planned again once
 * it is approved: their held slots go back to the planning queue (the delivery claims keep
 * anyone already sent to from a second email), then are forgotten.
 */
async function releaseHeldSlots(deps: PlanDueDigestsDeps): Promise<number> {
  let released = 0;
  await inBatches(REGIONS, PROBES_IN_FLIGHT, async (region) => {
    for (const edition of await deps.editions.listRegionEditions(region.id, 2)) {
      if (edition.status === 'draft' || edition.status === 'sent') continue;
      const slots = await deps.editions.heldSlots(edition.editionId);
      if (slots.length === 0) continue;
      const jobs: DigestPlanJob[] = slots.map((slot) => ({ kind: 'digest-plan', slot, week: edition.week }));
      for (let start = 0; start < jobs.length; start += 10) await deps.planQueue.enqueue(jobs.slice(start, start + 10));
      await deps.editions.releaseSlots(edition.editionId, slots);
      released += slots.length;
    }
  });
  return released;
}

export async function planDueDigests(deps: PlanDueDigestsDeps, now: Date): Promise<PlanDueDigestsResult> {
  // First, so a reader whose pause ended this hour is in the slots probed below.
  const readersResumed = await resumeEndedPauses(deps, now);
  const lastPlanned = await deps.watermarks.getWatermark(PLANNER_WATERMARK);
  const hours = hoursToPlan(lastPlanned, now);
  const slots = hours.flatMap((hour) => slotsDueAt(hour, deps.zones));
  // One key-only read per slot tells an empty slot (most of them) from one with readers.
  const occupied = (
    await inBatches(slots, PROBES_IN_FLIGHT, async (slot): Promise<DueSlot | undefined> =>
      (await deps.dueSubscribers.listDueSubscribers(slot.slot, { limit: 1 })).subscribers.length > 0 ? slot : undefined,
    )
  ).filter((slot): slot is DueSlot => slot !== undefined);
  const editionsComposed = await ensureEditions(deps, [...new Set(occupied.map((slot) => slot.week))], now);
  const jobs: DigestPlanJob[] = occupied.map((slot) => ({ kind: 'digest-plan', slot: slot.slot, week: slot.week }));
  for (let start = 0; start < jobs.length; start += 10) await deps.planQueue.enqueue(jobs.slice(start, start + 10));
  // Moved only once the slots are queued: a run that dies before is repeated by the next one.
  // Two runs at once both plan; the delivery claims keep each reader to one email.
  if (hours.length > 0) await deps.watermarks.advanceWatermark(PLANNER_WATERMARK, lastPlanned, hours[hours.length - 1].toISOString());
  const slotsReleased = await releaseHeldSlots(deps);
  await settlePastEditions(deps, now);
  return { hoursPlanned: hours.length, slotsDue: occupied.length, editionsComposed, slotsReleased, readersResumed };
}

export interface PlanDigestPageDeps {
  readonly editions: EditionRepository;
  readonly dueSubscribers: DueSubscriberIndex;
  readonly planQueue: JobQueue<DigestPlanJob>;
  readonly sendQueue: JobQueue<DigestSendJob>;
  readonly autoSendRegion: (regionId: string) => boolean;
  readonly pageSize: number;
}

export interface PlanDigestPageResult {
  readonly subscribers: number;
  readonly jobsEnqueued: number;
  /**
   * Readers whose send time came while every edition of theirs waited for an editor: they are
   * sent to once it is approved, and the operator hears of the wait.
   */
  readonly readersMissed: number;
  readonly morePages: boolean;
}

/**
 * One page of one slot: a send job for each reader with a sendable edition this week, then the
 * job for the next page. Editions are read, never composed here.
 */
export async function planDigestPage(deps: PlanDigestPageDeps, job: DigestPlanJob): Promise<PlanDigestPageResult> {
  const page = await deps.dueSubscribers.listDueSubscribers(job.slot, { after: job.after, limit: deps.pageSize });
  const editions = new Map<string, Promise<Edition | undefined>>();
  const editionOf = (regionId: string) => {
    const editionId = editionIdFor(regionId, job.week);
    if (!editions.has(editionId)) editions.set(editionId, deps.editions.getEdition(editionId));
    return editions.get(editionId)!;
  };
  const sending = new Map<string, Edition>();
  const held = new Set<string>();
  const jobs: DigestSendJob[] = [];
  let readersMissed = 0;
  for (const subscriber of page.subscribers) {
    const standing = (await Promise.all(subscriber.regions.map(editionOf))).filter((edition): edition is Edition => edition !== undefined);
    const sendable = standing.filter((edition) => isSendable(edition, deps.autoSendRegion));
    if (sendable.length === 0) {
      if (standing.length > 0) readersMissed += 1;
      for (const edition of standing) held.add(edition.editionId);
      continue;
    }
    jobs.push({ kind: 'digest', week: job.week, subscriberId: subscriber.subscriberId });
    for (const edition of sendable) sending.set(edition.editionId, edition);
  }
  // Held before the send jobs go out: a worker that dies in between is retried from this page.
  for (const editionId of held) await deps.editions.holdSlot(editionId, job.slot);
  for (let start = 0; start < jobs.length; start += 10) await deps.sendQueue.enqueue(jobs.slice(start, start + 10));
  // Sending has begun: the edition is frozen for editors and published in the archive.
  for (const edition of sending.values()) {
    if (edition.status !== 'sending' && edition.status !== 'sent') await deps.editions.moveEdition(edition.editionId, edition.status, 'sending');
  }
  // The next page goes last: a worker that dies before it is retried from this page, not lost.
  if (page.next !== undefined) await deps.planQueue.enqueue([{ ...job, after: page.next }]);
  return { subscribers: page.subscribers.length, jobsEnqueued: jobs.length, readersMissed, morePages: page.next !== undefined };
}
