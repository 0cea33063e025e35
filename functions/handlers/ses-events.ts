/**
 * Bounces and complaints from the SES configuration set's event destination (through SNS, or
 * EventBridge): a permanent bounce or a complaint suppresses the address, a transient bounce
 * is counted. A failed write throws, so the invocation is retried.
 */
import type { EventBridgeEvent, SNSEvent } from 'aws-lambda';
import {
  feedbackFromSesEvent,
  parseSnsMessage,
  recordMailFeedback,
  UnreadableMailFeedbackError,
  type MailFeedbackDeps,
} from '../domain/subscriptions/mail-feedback.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { buildOnce } from '../wiring/build-once.js';
import { sesEventsFromEnvironment } from '../wiring/ses-events.js';

export type SesFeedbackEvent = SNSEvent | EventBridgeEvent<string, unknown>;

/** Each message is read on its own, so one that is not JSON is that message's problem alone. */
function messagesOf(event: SesFeedbackEvent): (() => unknown)[] {
  if ('Records' in event) return event.Records.map((record) => () => parseSnsMessage(record.Sns.Message));
  return [() => event.detail];
}

export function createSesEventsHandler(deps: () => MailFeedbackDeps | Promise<MailFeedbackDeps>, now: () => Date = () => new Date()) {
  return async (event: SesFeedbackEvent): Promise<void> => {
    for (const readMessage of messagesOf(event)) {
      let feedback;
      try {
        feedback = feedbackFromSesEvent(readMessage(), now());
      } catch (error) {
        // A retry would read the same message the same way: record it for an operator instead.
        if (!(error instanceof UnreadableMailFeedbackError)) throw error;
        logger.error('unreadable SES event', { error });
        metrics.addMetric('MailFeedbackUnreadable', 'Count', 1);
        continue;
      }
      for (const item of feedback) {
        const { subscriberId } = await recordMailFeedback(await deps(), item);
        logger.info('mail feedback recorded', { subscriberId, kind: item.kind, reason: item.kind === 'suppress' ? item.reason : 'transient' });
        metrics.addMetric(item.kind === 'suppress' ? 'AddressesSuppressed' : 'TransientBounces', 'Count', 1);
      }
    }
    publishMetrics();
  };
}

export const handler = createSesEventsHandler(buildOnce(() => sesEventsFromEnvironment()));
