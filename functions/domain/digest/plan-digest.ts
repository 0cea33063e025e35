import type { JobQueue, StoryReader } from '../ports.js';
import type { Story } from '../stories.js';
import type { SubscriberRepository } from '../subscriptions/ports.js';
import type { Subscriber } from '../subscriptions/types.js';
import { findRegion, REGIONS, type Region } from '../../taxonomy/regions.js';
import { editionIdFor } from './edition-id.js';
import { composeEdition, recomposeDraft, type ComposeOptions, type Edition } from './edition.js';
import { isoWeekOf, startOfIsoWeek } from './iso-week.js';
import type { DigestSendJob, EditionRepository } from './ports.js';
import { isDigestDue, localTimeIn } from './send-time.js';

export interface PlanDigestDeps {
  readonly stories: StoryReader;
  readonly editions: EditionRepository;
  readonly subscribers: SubscriberRepository;
  readonly sendQueue: JobQueue<DigestSendJob>;
  readonly maxItemsPerEdition: number;
  /** Regions whose unapproved editions go out as composed; the others wait for an editor. */
  readonly autoSendRegion: (regionId: string) => boolean;
}

export interface PlanDigestResult {
  readonly subscribersDue: number;
  readonly jobsEnqueued: number;
  readonly editions: readonly { editionId: string; items: number; status: string; held: boolean }[];
}

const WEEK_MS = 7 * 86_400_000;

/** The subscriber's own ISO week at `now`: a digest belongs to the week it is read in. */
export function digestWeekFor(subscriber: Pick<Subscriber, 'timeZone'>, now: Date): string {
  return isoWeekOf(localTimeIn(subscriber.timeZone, now).date);
}

/**
 * The whole-table planner, for a send to everyone (the demo, a manual send) and as the
 * benchmark's reference; the hourly schedule runs `planDueDigests` instead. It finds the subscribers whose local send time has come, makes sure each of
 * their regions has this week's edition (composed once, the first time it is needed), and
 * enqueues one send job per subscriber. `everyone` ignores send times (the demo, a manual send).
 */
export async function planDigest(deps: PlanDigestDeps, now: Date, options: { everyone?: boolean } = {}): Promise<PlanDigestResult> {
  const due = (await deps.subscribers.listDigestSubscribers()).filter((subscriber) => options.everyone || isDigestDue(subscriber.timeZone, now));
  const editionCache = new Map<string, Promise<Edition | undefined>>();
  const storiesOfWeek = deps.stories.listStoredBetween(new Date(now.getTime() - WEEK_MS).toISOString(), now.toISOString());

  const ensureEdition = (regionId: string, week: string): Promise<Edition | undefined> => {
    const editionId = editionIdFor(regionId, week);
    let pending = editionCache.get(editionId);
    if (!pending) {
      pending = (async () => {
        const existing = await deps.editions.getEdition(editionId);
        const region = findRegion(regionId);
        if (!region || (existing && existing.status !== 'draft')) return existing;
        const options = { maxItems: deps.maxItemsPerEdition, now };
        if (existing) return refreshDraft(deps.editions, region, existing, await storiesOfWeek, options);
        return deps.editions.createEdition(composeEdition(region, week, await storiesOfWeek, options));
      })();
      editionCache.set(editionId, pending);
    }
    return pending;
  };

  const jobs: DigestSendJob[] = [];
  for (const subscriber of due) {
    const week = digestWeekFor(subscriber, now);
    const editions = await Promise.all(subscriber.regions.map((regionId) => ensureEdition(regionId, week)));
    if (editions.some((edition) => edition && isSendable(edition, deps.autoSendRegion))) {
      jobs.push({ kind: 'digest', week, subscriberId: subscriber.subscriberId });
    }
  }
  for (let start = 0; start < jobs.length; start += 10) await deps.sendQueue.enqueue(jobs.slice(start, start + 10));

  const editions = (await Promise.all(editionCache.values())).filter((e): e is Edition => e !== undefined);
  // Sending has begun: the edition is frozen for editors and published in the archive.
  for (const edition of editions) {
    if (jobs.length > 0 && edition.status !== 'sending' && edition.status !== 'sent' && isSendable(edition, deps.autoSendRegion)) {
      await deps.editions.moveEdition(edition.editionId, edition.status, 'sending');
    }
  }
  await settlePastEditions(deps, now);
  return {
    subscribersDue: due.length,
    jobsEnqueued: jobs.length,
    editions: editions.map((e) => ({
      editionId: e.editionId,
      items: e.items.length,
      status: e.status,
      held: !isSendable(e, deps.autoSendRegion),
    })),
  };
}

/**
 * A draft is live until it is approved or sent: recomposed from the stories stored so far with
 * the editors' curation applied. Written only if no editor changed it meanwhile; if one did,
 * their version stands.
 */
export async function refreshDraft(
  editions: EditionRepository,
  region: Region,
  draft: Edition,
  stories: readonly Story[],
  options: ComposeOptions,
): Promise<Edition> {
  const fresh = recomposeDraft(region, draft, draft.week, stories, options);
  // Nothing new since it was last written: no write, and whatever now stands is the draft.
  if (JSON.stringify(fresh.items) === JSON.stringify(draft.items)) return (await editions.getEdition(draft.editionId)) ?? draft;
  if (await editions.saveEdition(fresh, { version: draft.version ?? 0, status: 'draft' })) return fresh;
  return (await editions.getEdition(draft.editionId)) ?? draft;
}

/** Every time zone has had its send window once the Wednesday after the week's Monday begins. */
const SEND_WINDOW_CLOSES_AFTER_MS = 2 * 86_400_000;

/** Marks as sent the editions whose week's sending is over everywhere. */
export async function settlePastEditions(deps: Pick<PlanDigestDeps, 'editions'>, now: Date): Promise<void> {
  for (const region of REGIONS) {
    for (const edition of await deps.editions.listRegionEditions(region.id, 2)) {
      const windowClosed = now.getTime() >= startOfIsoWeek(edition.week).getTime() + SEND_WINDOW_CLOSES_AFTER_MS;
      if (edition.status === 'sending' && windowClosed) await deps.editions.moveEdition(edition.editionId, 'sending', 'sent');
    }
  }
}

/** Approved editions go out as approved; drafts only where the region sends automatically. */
export function isSendable(edition: Edition, autoSendRegion: (regionId: string) => boolean): boolean {
  return edition.status !== 'draft' || autoSendRegion(edition.regionId);
}
