import { findRegion } from '../../taxonomy/regions.js';
import { deliverOnce, type DeliveryDeps, type SendOutcome } from '../digest/deliver-once.js';
import { composeEdition } from '../digest/edition.js';
import { assembleDigest, segmentKeyFor } from '../digest/personal-digest.js';
import { digestEmailView, type RenderedDigest } from '../digest/digest-view.js';
import { localTimeIn } from '../digest/send-time.js';
import type { Story } from '../stories.js';
import type { SubscriberRepository } from '../subscriptions/ports.js';
import type { Subscriber } from '../subscriptions/types.js';
import { alertStoriesFor, alertStoriesOfWindow, type AlertSettings } from './match-alerts.js';
import type { AlertAllowance, AlertSendJob, AlertStoryReader } from './ports.js';
import { languageOf } from '../../i18n/languages.js';
import { loadMessages } from '../../i18n/messages.js';

export interface SendAlertDeps extends DeliveryDeps {
  readonly subscribers: SubscriberRepository;
  readonly stories: AlertStoryReader;
  readonly allowance: AlertAllowance;
  readonly publicBaseUrl: string;
  readonly settings: AlertSettings;
  readonly isSuppressed: (subscriber: Subscriber) => Promise<boolean>;
}

export function alertDeliveryIdFor(job: AlertSendJob): string {
  return `alert#${job.window}#${job.subscriberId}`;
}

/** A sender for one batch of alert jobs: each window read once, each segment rendered once. */
export function createAlertSender(deps: SendAlertDeps) {
  const windowReads = new Map<string, Promise<Story[]>>();
  const renders = new Map<string, RenderedDigest>();

  const storiesOfWindow = (window: string) => {
    let pending = windowReads.get(window);
    if (!pending) {
      pending = alertStoriesOfWindow(deps.stories, window, deps.settings);
      windowReads.set(window, pending);
    }
    return pending;
  };

  async function renderFor(subscriber: Subscriber, window: string, stories: Story[]): Promise<RenderedDigest> {
    const key = `${window}|${segmentKeyFor(subscriber.regions, subscriber.topics)}|${languageOf(subscriber)}`;
    let rendered = renders.get(key);
    if (!rendered) {
      // Loaded before anything is rendered: a catalogue that fails to load fails the job, which is retried.
      const messages = await loadMessages(languageOf(subscriber));
      const editions = subscriber.regions
        .map((id) => findRegion(id))
        .filter((region) => region !== undefined)
        .map((region) => composeEdition(region, window, stories, { maxItems: 20, now: new Date(window) }));
      rendered = deps.emails.render(
        digestEmailView(assembleDigest(window, editions, subscriber.topics), {
          publicBaseUrl: deps.publicBaseUrl,
          kind: 'alert',
          messages,
        }),
      );
      renders.set(key, rendered);
    }
    return rendered;
  }

  return async function sendAlert(job: AlertSendJob): Promise<SendOutcome> {
    const subscriber = await deps.subscribers.getSubscriber(job.subscriberId);
    const wantsAlerts = subscriber?.frequency === 'instant' || subscriber?.frequency === 'both';
    if (!subscriber || !wantsAlerts || subscriber.status !== 'confirmed' || subscriber.paused || (await deps.isSuppressed(subscriber))) {
      return 'not-subscribed';
    }
    const stories = alertStoriesFor(subscriber, await storiesOfWindow(job.window));
    if (stories.length === 0) return 'nothing-to-send';
    const deliveryId = alertDeliveryIdFor(job);
    const localDate = localTimeIn(subscriber.timeZone, deps.now()).date.toISOString().slice(0, 10);
    return deliverOnce(deps, subscriber, deliveryId, await renderFor(subscriber, job.window, stories), () =>
      deps.allowance.takeAlert(subscriber.subscriberId, localDate, deliveryId, deps.settings.maxAlertsPerDay),
    );
  };
}
