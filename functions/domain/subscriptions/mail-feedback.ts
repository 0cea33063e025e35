/**
 * Bounces and complaints, as SES reports them: a permanent bounce or any complaint puts the
 * address on the suppression list for good (until the person signs up and confirms again);
 * a transient bounce is only counted.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { subscriberIdFor } from './identity.js';
import type { SubscriptionStore, SuppressionList } from './ports.js';
import { updateSubscriberRecord } from './record-updates.js';

export type MailFeedback =
  | { readonly kind: 'suppress'; readonly email: string; readonly reason: 'bounce' | 'complaint'; readonly detail?: string; readonly at: Date }
  | { readonly kind: 'transient-bounce'; readonly email: string; readonly at: Date };

const recipients = z._default(z.array(z.object({ emailAddress: z.string() })), []);

// Event publishing (configuration sets) says `eventType`; identity notifications say
// `notificationType`. Both carry the same bounce and complaint objects.
const sesMessageSchema = z.object({
  eventType: z.optional(z.string()),
  notificationType: z.optional(z.string()),
  bounce: z.optional(
    z.object({
      bounceType: z.string(),
      bounceSubType: z.optional(z.string()),
      bouncedRecipients: recipients,
      timestamp: z.optional(z.string()),
    }),
  ),
  complaint: z.optional(
    z.object({
      complainedRecipients: recipients,
      complaintFeedbackType: z.nullish(z.string()),
      timestamp: z.optional(z.string()),
    }),
  ),
});

/**
 * zod/mini loads no locale of its own: the operator reads zod's English wording, as before. Named
 * from zod/locales, not `z.locales`: the bundle then carries English alone (2.6 KiB), not
 * every language zod speaks (187 KiB more).
 */
const ENGLISH = en();

/** Thrown for a message that is not an SES event at all: worth a look, not a retry. */
export class UnreadableMailFeedbackError extends Error {
  constructor(detail: string) {
    super(`not an SES bounce or complaint event: ${detail}`);
    this.name = 'UnreadableMailFeedbackError';
  }
}

function timeOf(timestamp: string | undefined, fallback: Date): Date {
  const parsed = timestamp ? new Date(timestamp) : fallback;
  return Number.isNaN(parsed.getTime()) ? fallback : parsed;
}

/** What one SES event asks for; other event types (deliveries, opens) ask for nothing. */
/** The SES event an SNS notification carries; text that is not JSON is unreadable feedback like any other. */
export function parseSnsMessage(message: string): unknown {
  try {
    return JSON.parse(message) as unknown;
  } catch {
    throw new UnreadableMailFeedbackError('the SNS message is not JSON');
  }
}

export function feedbackFromSesEvent(message: unknown, receivedAt: Date): MailFeedback[] {
  const parsed = sesMessageSchema.safeParse(message, { error: ENGLISH.localeError });
  if (!parsed.success) throw new UnreadableMailFeedbackError(parsed.error.issues[0]?.message ?? 'unknown shape');
  const event = parsed.data;
  const type = event.eventType ?? event.notificationType;
  if (type === 'Bounce' && event.bounce) {
    const { bounce } = event;
    const at = timeOf(bounce.timestamp, receivedAt);
    const permanent = bounce.bounceType === 'Permanent';
    return bounce.bouncedRecipients.map(({ emailAddress }) =>
      permanent
        ? { kind: 'suppress', email: emailAddress, reason: 'bounce', detail: `Permanent/${bounce.bounceSubType ?? 'General'}`, at }
        : { kind: 'transient-bounce', email: emailAddress, at },
    );
  }
  if (type === 'Complaint' && event.complaint) {
    const { complaint } = event;
    const at = timeOf(complaint.timestamp, receivedAt);
    return complaint.complainedRecipients.map(({ emailAddress }) => ({
      kind: 'suppress',
      email: emailAddress,
      reason: 'complaint',
      detail: complaint.complaintFeedbackType ?? undefined,
      at,
    }));
  }
  return [];
}

export interface MailFeedbackDeps {
  readonly store: SubscriptionStore;
  readonly suppressions: SuppressionList;
  readonly hashKey: string;
}

/** Applies one piece of feedback; safe to repeat, as SNS may deliver a message twice. */
export async function recordMailFeedback(deps: MailFeedbackDeps, feedback: MailFeedback): Promise<{ subscriberId: string }> {
  const subscriberId = subscriberIdFor(feedback.email, deps.hashKey);
  const at = feedback.at.toISOString();
  if (feedback.kind === 'suppress') {
    // The list entry first: it alone stops every send, and it outlives the record.
    await deps.suppressions.suppress({ subscriberId, reason: feedback.reason, detail: feedback.detail, suppressedAt: at });
  }
  await updateSubscriberRecord(deps.store, subscriberId, async (current) => {
    if (!current) return {};
    if (feedback.kind === 'suppress') {
      if (current.suppressedAt) return {};
      const reason = feedback.detail ? `${feedback.reason}: ${feedback.detail}` : feedback.reason;
      return { write: { ...current, suppressedAt: at, suppressionReason: reason, updatedAt: at } };
    }
    return { write: { ...current, transientBounces: (current.transientBounces ?? 0) + 1, lastBounceAt: at, updatedAt: at } };
  });
  return { subscriberId };
}
