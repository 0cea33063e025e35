/** In-memory stand-ins for the subscription ports, with the same version semantics as DynamoDB. */
import type { Mailer, OutgoingEmail } from '../../../functions/domain/ports.js';
import type {
  ExpectedVersion,
  RateLimiter,
  SubscriberDeliveries,
  SubscriberLinks,
  SubscriberNotifier,
  SubscriptionStore,
  SuppressionList,
} from '../../../functions/domain/subscriptions/ports.js';
import { DEFAULT_POLICY, SubscriptionService, type SubscriptionPolicy } from '../../../functions/domain/subscriptions/subscription-service.js';
import type { Subscriber, SuppressionEntry } from '../../../functions/domain/subscriptions/types.js';

export const KEY = 'unit-test-key';
export const BASE_URL = 'https://newsdesk.example.com';

const clone = <T>(value: T): T => structuredClone(value);
const withoutUndefined = (subscriber: Subscriber): Subscriber =>
  Object.fromEntries(Object.entries(subscriber).filter(([, value]) => value !== undefined)) as Subscriber;

export class InMemorySubscriptionStore implements SubscriptionStore {
  readonly records = new Map<string, Subscriber>();
  /** Runs once before the next conditional write: lets a test slip in a competing write. */
  beforeNextSave?: () => void;

  async getSubscriber(subscriberId: string) {
    const found = this.records.get(subscriberId);
    return found ? clone(found) : undefined;
  }

  async putSubscriber(subscriber: Subscriber) {
    this.records.set(subscriber.subscriberId, withoutUndefined(clone(subscriber)));
  }

  async saveSubscriber(subscriber: Subscriber, expected: ExpectedVersion) {
    const interfere = this.beforeNextSave;
    this.beforeNextSave = undefined;
    interfere?.();
    const current = this.records.get(subscriber.subscriberId);
    const matches = expected.absent ? !current : current !== undefined && (current.version ?? 0) === expected.version;
    if (!matches) return false;
    const previous = expected.absent ? 0 : expected.version;
    this.records.set(subscriber.subscriberId, withoutUndefined({ ...clone(subscriber), version: previous + 1 }));
    return true;
  }

  async deleteSubscriber(subscriberId: string) {
    this.records.delete(subscriberId);
  }

  async listDigestSubscribers() {
    return [...this.records.values()].filter(
      (s) => s.status === 'confirmed' && !s.paused && (s.frequency === 'weekly' || s.frequency === 'both') && !s.suppressedAt,
    );
  }
}

export class InMemorySuppressionList implements SuppressionList {
  readonly entries = new Map<string, SuppressionEntry>();
  async isSuppressed(subscriberId: string) {
    return this.entries.has(subscriberId);
  }
  async getSuppression(subscriberId: string) {
    return this.entries.get(subscriberId);
  }
  async suppress(entry: SuppressionEntry) {
    this.entries.set(entry.subscriberId, entry);
  }
  async lift(subscriberId: string) {
    this.entries.delete(subscriberId);
  }
}

export class InMemoryRateLimiter implements RateLimiter {
  readonly counts = new Map<string, number>();
  async consume(key: string, limit: number, windowSeconds: number, now: Date) {
    const window = Math.floor(now.getTime() / 1000 / windowSeconds);
    const slot = `${key}#${window}`;
    const count = (this.counts.get(slot) ?? 0) + 1;
    this.counts.set(slot, count);
    return count <= limit;
  }
}

export class InMemoryDeliveries implements SubscriberDeliveries {
  readonly items: Record<string, unknown>[] = [];
  async listDeliveries(subscriberId: string) {
    return this.items.filter((item) => item.subscriberId === subscriberId);
  }
  async deleteDeliveries(subscriberId: string) {
    const mine = await this.listDeliveries(subscriberId);
    for (const item of mine) this.items.splice(this.items.indexOf(item), 1);
    return mine.length;
  }
}

export type SentNotice =
  | { readonly kind: 'confirmation'; readonly to: string; readonly confirmUrl: string; readonly expiresAt: Date }
  | { readonly kind: 'manage-links'; readonly to: string; readonly links: SubscriberLinks };

export class RecordingNotifier implements SubscriberNotifier {
  readonly sent: SentNotice[] = [];
  async sendConfirmation(to: string, message: { confirmUrl: string; expiresAt: Date }) {
    this.sent.push({ kind: 'confirmation', to, ...message });
  }
  async sendManageLinks(to: string, links: SubscriberLinks) {
    this.sent.push({ kind: 'manage-links', to, links });
  }
  /** The token of the last confirmation link sent to `to`. */
  lastConfirmationToken(to: string): string {
    const notice = this.sent.filter((n) => n.kind === 'confirmation' && n.to === to).at(-1);
    if (!notice || notice.kind !== 'confirmation') throw new Error(`no confirmation sent to ${to}`);
    return new URL(notice.confirmUrl).searchParams.get('token')!;
  }
}

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  async send(email: OutgoingEmail) {
    this.sent.push(email);
    return `message-${this.sent.length}`;
  }
}

export class ManualClock {
  constructor(public current = new Date('2026-03-02T09:00:00Z')) {}
  readonly now = () => new Date(this.current);
  advanceHours(hours: number) {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
}

export function subscriptionFixture(policy: Partial<SubscriptionPolicy> = {}) {
  const store = new InMemorySubscriptionStore();
  const suppressions = new InMemorySuppressionList();
  const rateLimiter = new InMemoryRateLimiter();
  const deliveries = new InMemoryDeliveries();
  const notifier = new RecordingNotifier();
  const clock = new ManualClock();
  const service = new SubscriptionService({
    store,
    suppressions,
    rateLimiter,
    deliveries,
    notifier,
    hashKey: KEY,
    baseUrl: BASE_URL,
    now: clock.now,
    policy: { ...DEFAULT_POLICY, perClient: { limit: 1000, windowSeconds: 3600 }, ...policy },
  });
  return { service, store, suppressions, rateLimiter, deliveries, notifier, clock };
}
