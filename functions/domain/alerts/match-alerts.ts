import { findRegion, regionCovers } from '../../taxonomy/regions.js';
import type { JobQueue } from '../ports.js';
import type { Story } from '../stories.js';
import type { Subscriber } from '../subscriptions/types.js';
import { DEFAULT_WINDOW_MINUTES, windowsToProcess } from './alert-windows.js';
import type { AlertSendJob, AlertStoryReader, WatermarkStore } from './ports.js';

export const ALERT_WATERMARK = 'alerts';

export interface AlertSettings {
  /** Stories at or above this score alert; below it only an editor's flag makes them alert. */
  readonly minScore: number;
  readonly windowMinutes: number;
  readonly maxAlertsPerDay: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { minScore: 0.7, windowMinutes: DEFAULT_WINDOW_MINUTES, maxAlertsPerDay: 3 };

export interface MatchAlertsDeps {
  readonly stories: AlertStoryReader;
  readonly listAlertSubscribers: () => Promise<Subscriber[]>;
  readonly watermarks: WatermarkStore;
  readonly sendQueue: JobQueue<AlertSendJob>;
  readonly settings: AlertSettings;
}

/** An editor may flag a story for alerts whatever its score, or hold one back whatever its score. */
export function isAlertWorthy(story: Story, minScore: number): boolean {
  if (story.alertFlag === 'hold') return false;
  return story.inScope && (story.score >= minScore || story.alertFlag === 'flag');
}

/**
 * The alert-worthy stories of the window starting at `window`: those stored in it, and those an
 * editor flagged late during it. A story flagged late alerts in the window of its flag only, so
 * it is in one window's alert, never two.
 */
export async function alertStoriesOfWindow(
  stories: AlertStoryReader,
  window: string,
  settings: Pick<AlertSettings, 'minScore' | 'windowMinutes'>,
): Promise<Story[]> {
  const end = new Date(Date.parse(window) + settings.windowMinutes * 60_000).toISOString();
  const [stored, late] = await Promise.all([stories.listStoredBetween(window, end), stories.listLateAlertsBetween(window, end)]);
  const inWindow = (at: string) => at >= window && at < end;
  const byId = new Map<string, Story>();
  for (const story of [...stored, ...late]) {
    if (inWindow(story.lateAlertAt ?? story.storedAt) && isAlertWorthy(story, settings.minScore)) byId.set(story.storyId, story);
  }
  return [...byId.values()];
}

/** The stories of a window that a subscriber asked to hear about at once. */
export function alertStoriesFor(subscriber: Pick<Subscriber, 'regions' | 'topics'>, stories: readonly Story[]): Story[] {
  const regions = subscriber.regions.map((id) => findRegion(id)).filter((r) => r !== undefined);
  return stories.filter(
    (story) =>
      regions.some((region) => regionCovers(region, story.jurisdictions)) &&
      (subscriber.topics.length === 0 || story.topics.some((topic) => subscriber.topics.includes(topic))),
  );
}

export interface MatchAlertsResult {
  readonly windows: number;
  readonly jobsEnqueued: number;
  readonly watermark?: string;
}

/**
 * The scheduled matcher: for each closed window since the watermark, one job per subscriber with
 * something new, then the watermark moves past that window. Jobs are enqueued before the move,
 * so a crash in between repeats the window (and the delivery claims drop the repeats) rather
 * than skipping it. A run that finds the watermark moved by another run stops: that run owns
 * what is left.
 */
export async function matchAlerts(deps: MatchAlertsDeps, now: Date): Promise<MatchAlertsResult> {
  let watermark = await deps.watermarks.getWatermark(ALERT_WATERMARK);
  const windows = windowsToProcess(watermark, now, deps.settings.windowMinutes);
  if (windows.length === 0) return { windows: 0, jobsEnqueued: 0, watermark };
  const subscribers = await deps.listAlertSubscribers();
  let jobsEnqueued = 0;
  let processed = 0;
  for (const start of windows) {
    const end = new Date(start.getTime() + deps.settings.windowMinutes * 60_000).toISOString();
    const stories = await alertStoriesOfWindow(deps.stories, start.toISOString(), deps.settings);
    const jobs: AlertSendJob[] = subscribers
      .filter((subscriber) => alertStoriesFor(subscriber, stories).length > 0)
      .map((subscriber) => ({ kind: 'alert', window: start.toISOString(), subscriberId: subscriber.subscriberId }));
    await deps.sendQueue.enqueue(jobs);
    jobsEnqueued += jobs.length;
    if (!(await deps.watermarks.advanceWatermark(ALERT_WATERMARK, watermark, end))) break;
    watermark = end;
    processed += 1;
  }
  return { windows: processed, jobsEnqueued, watermark };
}
