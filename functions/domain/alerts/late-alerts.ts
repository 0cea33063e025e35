/**
 * An editor's alert flag on a story whose own alert window has already closed. The matcher never
 * goes back to a window, so such a flag would send nothing: the story is put back into the
 * time-ordered index at the time of the flag, and alerts in that window instead.
 *
 * A story that was alert-worthy before the flag was in its own window's alert (or will be, if
 * the matcher has not reached it yet), so it is not put back: nobody gets it twice. Each story is
 * put back at most once.
 */
import type { StoryRepository } from '../ports.js';
import { windowStartOf, SETTLE_SECONDS } from './alert-windows.js';
import { isAlertWorthy, type AlertSettings } from './match-alerts.js';
import type { LateAlerts } from './ports.js';

export type AlertFlagSetting = 'flag' | 'hold' | 'none';

export interface FlagForAlertDeps {
  readonly stories: Pick<StoryRepository, 'getStory'> & { setAlertFlag(storyId: string, flag: AlertFlagSetting): Promise<void> };
  readonly lateAlerts: Pick<LateAlerts, 'recordLateAlert'>;
  readonly settings: Pick<AlertSettings, 'minScore' | 'windowMinutes'>;
}

/**
 * - `in-window`: the story's own window is still open to the matcher, which will read the flag;
 * - `late-alert`: put back at `at`, it alerts in the window after the flag;
 * - `already-alerted`: it was alert-worthy in its own window, so its subscribers had it;
 * - `late-alert-before`: it was put back once already;
 * - `not-flagged`: a hold or a cleared flag, which the matcher reads wherever the story is.
 */
export type FlagForAlertOutcome = 'in-window' | 'late-alert' | 'already-alerted' | 'late-alert-before' | 'not-flagged';

export async function setAlertFlagForStory(deps: FlagForAlertDeps, storyId: string, flag: AlertFlagSetting, at: Date): Promise<FlagForAlertOutcome> {
  const before = await deps.stories.getStory(storyId);
  await deps.stories.setAlertFlag(storyId, flag);
  if (flag !== 'flag' || !before) return 'not-flagged';
  // A closed window may be read by the matcher at any moment from then on.
  const windowEnd = windowStartOf(new Date(before.storedAt), deps.settings.windowMinutes).getTime() + deps.settings.windowMinutes * 60_000;
  if (at.getTime() < windowEnd + SETTLE_SECONDS * 1000) return 'in-window';
  if (before.lateAlertAt) return 'late-alert-before';
  if (isAlertWorthy(before, deps.settings.minScore)) return 'already-alerted';
  return (await deps.lateAlerts.recordLateAlert(storyId, at.toISOString())) ? 'late-alert' : 'late-alert-before';
}
