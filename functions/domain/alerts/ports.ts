/** What the alerts context needs from storage: windows, watermarks, allowances and late flags. */
import type { StoryReader } from '../ports.js';
import type { Story } from '../stories.js';

/**
 * Stories flagged for an alert after their own window was matched, found again by the time of
 * the flag. Each story is put there at most once: the guard against a second late alert.
 */
export interface LateAlerts {
  /** Sets the story's `lateAlertAt` and indexes it at that time; false when it had one already. */
  recordLateAlert(storyId: string, at: string): Promise<boolean>;
  /** The stories whose `lateAlertAt` falls in [from, to). */
  listLateAlertsBetween(fromIso: string, toIso: string): Promise<Story[]>;
}

/** A position in time that only moves forward, shared by every run of a scheduled job. */
export interface WatermarkStore {
  getWatermark(name: string): Promise<string | undefined>;
  /** Moves the watermark from `from` (undefined: never set) to `to`; false if another run moved it. */
  advanceWatermark(name: string, from: string | undefined, to: string): Promise<boolean>;
}

/** How many alerts a subscriber may still get on a local day. */
export interface AlertAllowance {
  /**
   * Takes one of the day's `max` alerts for this delivery. Taking again for the same delivery
   * (a retry) takes nothing more and still answers true.
   */
  takeAlert(subscriberId: string, localDate: string, deliveryId: string, max: number): Promise<boolean>;
}

export interface AlertSendJob {
  readonly kind: 'alert';
  /** Start of the alert window (ISO 8601, UTC). */
  readonly window: string;
  readonly subscriberId: string;
}

/** The stories an alert is built from: those stored in a window, and those flagged late into it. */
export type AlertStoryReader = StoryReader & Pick<LateAlerts, 'listLateAlertsBetween'>;
