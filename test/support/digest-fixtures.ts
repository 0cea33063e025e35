/** Stories and in-memory ports for the digest's unit tests. */
import type { WatermarkStore } from '../../functions/domain/alerts/ports.js';
import { digestSlotOf } from '../../functions/domain/digest/digest-slots.js';
import type {
  ClaimOutcome,
  DeliveryKey,
  DeliveryRepository,
  DueSubscriberIndex,
  DueSubscriberPage,
  EditionRepository,
  SeenEdition,
} from '../../functions/domain/digest/ports.js';
import type { Edition, EditionStatus } from '../../functions/domain/digest/edition.js';
import type { JobQueue, Mailer, OutgoingEmail } from '../../functions/domain/ports.js';
import type { Story } from '../../functions/domain/stories.js';
import type { SubscriberRepository } from '../../functions/domain/subscriptions/ports.js';
import type { Subscriber } from '../../functions/domain/subscriptions/types.js';

let counter = 0;

/** Distinct words per story, so that no two fixture stories read as the same event. */
const WORDS = [
  'harbour',
  'ledger',
  'orchid',
  'granite',
  'lantern',
  'meadow',
  'quartz',
  'falcon',
  'cinder',
  'willow',
  'summit',
  'tundra',
  'velvet',
  'comet',
  'saffron',
  'ember',
  'glacier',
  'juniper',
  'marble',
  'nectar',
];

function wordsFor(n: number): string {
  return [0, 1, 2].map((k) => WORDS[(n * 7 + k * 3) % WORDS.length] + String(n)).join(' ');
}

export function aStory(overrides: Partial<Story> = {}): Story {
  counter += 1;
  return {
    storyId: `story-${counter}`,
    url: `https://news.example/${counter}`,
    title: `Story ${wordsFor(counter)}`,
    summary: `What happened with ${wordsFor(counter + 1000)}.`,
    categories: [],
    publishedAt: '2026-11-25T08:00:00.000Z',
    publishedEstimated: false,
    inScope: true,
    score: 0.8,
    jurisdictions: ['HK'],
    mentions: [],
    topics: ['privacy'],
    evidence: [],
    feedId: 'feed-1',
    source: 'Harbour City News',
    storedAt: '2026-11-25T09:00:00.000Z',
    revision: 0,
    ...overrides,
  };
}

export function aSubscriber(overrides: Partial<Subscriber> = {}): Subscriber {
  counter += 1;
  return {
    subscriberId: `subscriber-${counter}`,
    email: `reader${counter}@reader.example`,
    status: 'confirmed',
    regions: ['hk'],
    topics: [],
    frequency: 'weekly',
    timeZone: 'Asia/Hong_Kong',
    paused: false,
    consent: { textVersion: 'v1', signedUpAt: '2026-11-01T00:00:00Z', confirmedAt: '2026-11-01T00:05:00Z', sourcePage: '/subscribe' },
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:05:00Z',
    ...overrides,
  };
}

export class MemorySubscribers implements SubscriberRepository, DueSubscriberIndex {
  /** Subscribers read through the slot index, as a table would count its items read. */
  itemsRead = 0;
  readonly items = new Map<string, Subscriber>();
  constructor(subscribers: Subscriber[] = []) {
    for (const s of subscribers) this.items.set(s.subscriberId, s);
  }
  async getSubscriber(id: string) {
    return this.items.get(id);
  }
  async putSubscriber(s: Subscriber) {
    this.items.set(s.subscriberId, s);
  }
  async listDigestSubscribers() {
    return [...this.items.values()].filter((s) => s.status === 'confirmed' && !s.paused && s.frequency !== 'instant');
  }
  async listDueSubscribers(slot: string, page: { after?: string; limit: number }): Promise<DueSubscriberPage> {
    const inSlot = [...this.items.values()]
      .filter((s) => digestSlotOf(s) === slot && (page.after === undefined || s.subscriberId > page.after))
      .sort((a, b) => a.subscriberId.localeCompare(b.subscriberId));
    const taken = inSlot.slice(0, page.limit);
    this.itemsRead += taken.length;
    const subscribers = taken.map((s) => ({ subscriberId: s.subscriberId, regions: s.regions }));
    return inSlot.length > page.limit ? { subscribers, next: taken[taken.length - 1].subscriberId } : { subscribers };
  }
}

export class MemoryWatermarks implements WatermarkStore {
  readonly positions = new Map<string, string>();
  async getWatermark(name: string) {
    return this.positions.get(name);
  }
  async advanceWatermark(name: string, from: string | undefined, to: string) {
    if (this.positions.get(name) !== from) return false;
    this.positions.set(name, to);
    return true;
  }
}

export class MemoryEditions implements EditionRepository {
  readonly items = new Map<string, Edition>();
  readonly held = new Map<string, Set<string>>();
  creations = 0;
  async holdSlot(id: string, slot: string) {
    this.held.set(id, (this.held.get(id) ?? new Set()).add(slot));
  }
  async heldSlots(id: string) {
    return [...(this.held.get(id) ?? [])];
  }
  async releaseSlots(id: string, slots: readonly string[]) {
    for (const slot of slots) this.held.get(id)?.delete(slot);
  }
  async getEdition(id: string) {
    return this.items.get(id);
  }
  async createEdition(edition: Edition) {
    const existing = this.items.get(edition.editionId);
    if (existing) return existing;
    this.creations += 1;
    this.items.set(edition.editionId, edition);
    return edition;
  }
  async listRegionEditions(regionId: string, limit: number) {
    return [...this.items.values()]
      .filter((e) => e.regionId === regionId)
      .sort((a, b) => b.week.localeCompare(a.week))
      .slice(0, limit);
  }
  async saveEdition(edition: Edition, seen: SeenEdition) {
    const existing = this.items.get(edition.editionId);
    const stands = existing === undefined ? seen.status === undefined : existing.status === seen.status && (existing.version ?? 0) === seen.version;
    if (stands) this.items.set(edition.editionId, edition);
    return stands;
  }
  async moveEdition(id: string, from: EditionStatus, to: EditionStatus) {
    const edition = this.items.get(id);
    if (!edition || edition.status !== from) return false;
    this.items.set(id, { ...edition, status: to });
    return true;
  }
}

interface DeliveryRecord {
  state: 'claimed' | 'sent' | 'failed' | 'permanently-failed';
  leaseUntil: number;
  messageId?: string;
  lastError?: string;
}

export class MemoryDeliveries implements DeliveryRepository {
  readonly items = new Map<string, DeliveryRecord>();
  async claimDelivery({ deliveryId }: DeliveryKey, now: Date, leaseSeconds: number): Promise<ClaimOutcome> {
    const current = this.items.get(deliveryId);
    const free = !current || current.state === 'failed' || (current.state === 'claimed' && current.leaseUntil < now.getTime());
    if (free) {
      this.items.set(deliveryId, { state: 'claimed', leaseUntil: now.getTime() + leaseSeconds * 1000 });
      return 'claimed';
    }
    if (current.state === 'sent') return 'already-sent';
    if (current.state === 'permanently-failed') return 'permanently-failed';
    return 'in-flight';
  }
  async recordSent(deliveryId: string, messageId: string) {
    this.items.set(deliveryId, { state: 'sent', leaseUntil: 0, messageId });
  }
  async recordFailure(deliveryId: string, reason: string, permanent: boolean) {
    this.items.set(deliveryId, { state: permanent ? 'permanently-failed' : 'failed', leaseUntil: 0, lastError: reason });
  }
}

export class MemoryMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  async send(email: OutgoingEmail) {
    this.sent.push(email);
    return `message-${this.sent.length}`;
  }
}

export class MemoryQueue<T> implements JobQueue<T> {
  readonly jobs: T[] = [];
  async enqueue(jobs: readonly T[]) {
    this.jobs.push(...jobs);
  }
}
