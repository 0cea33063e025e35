/**
 * The subscriber's life: sign-up with double opt-in, confirmation, preferences, unsubscribe,
 * export and erasure. Every change is one conditional write on the subscriber's own item,
 * made against the version that was read.
 */
import { languageOf } from '../../i18n/languages.js';
import { clientIdFor, subscriberIdFor } from './identity.js';
import { buildSubscriberLinks, confirmationLink } from './links.js';
import type { ReaderLocale, RateLimiter, SubscriberDeliveries, SubscriberLinks, SubscriberNotifier, SubscriptionStore, SuppressionList } from './ports.js';
import { pausedUntil, resumed } from './pause.js';
import { updateSubscriberRecord } from './record-updates.js';
import { issueConfirmationToken, signLinkToken, subscriberIdOfToken, tokenMatches, verifyLinkToken, type LinkPurpose } from './tokens.js';
import type { Preferences, Subscriber, SuppressionEntry } from './types.js';
import type { SignUpInput } from './validation.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface RateLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface SubscriptionPolicy {
  /** How long a confirmation link works. */
  readonly confirmationValidForMs: number;
  /** How long an unconfirmed sign-up is kept after its last confirmation email. */
  readonly keepUnconfirmedForMs: number;
  /** How long an unsubscribed record is kept (to export, erase or undo) before it is deleted. */
  readonly keepUnsubscribedForMs: number;
  /** How long an erasure can be taken back before the record is deleted for good. */
  readonly erasureGraceMs: number;
  /** Sign-up emails (confirmation or preferences link) per address. */
  readonly perAddress: RateLimit;
  /** Sign-up emails per client network address. */
  readonly perClient: RateLimit;
}

export const DEFAULT_POLICY: SubscriptionPolicy = {
  confirmationValidForMs: 72 * HOUR_MS,
  keepUnconfirmedForMs: 7 * DAY_MS,
  keepUnsubscribedForMs: 30 * DAY_MS,
  erasureGraceMs: 7 * DAY_MS,
  perAddress: { limit: 3, windowSeconds: 3_600 },
  perClient: { limit: 20, windowSeconds: 3_600 },
};

export interface SubscriptionDeps {
  readonly store: SubscriptionStore;
  readonly suppressions: SuppressionList;
  readonly deliveries: SubscriberDeliveries;
  readonly rateLimiter: RateLimiter;
  readonly notifier: SubscriberNotifier;
  /** Key of the keyed hashes: subscriber ids, client ids and link tokens. */
  readonly hashKey: string;
  /** Public origin of the pages, e.g. `https://newsdesk.example.com`. */
  readonly baseUrl: string;
  readonly now: () => Date;
  readonly policy?: Partial<SubscriptionPolicy>;
}

/** Who is asking: rate limits count by a keyed hash of this. */
export interface RequestOrigin {
  readonly clientAddress: string;
}

export type SignUpOutcome = 'accepted' | 'rate-limited';

export type ConfirmationState =
  | { readonly state: 'valid'; readonly subscriber: Subscriber }
  | { readonly state: 'expired' | 'used'; readonly subscriber: Subscriber }
  /** Malformed, or the sign-up it belonged to is gone (erased, or deleted unconfirmed). */
  | { readonly state: 'unknown' };

export type ConfirmOutcome =
  { readonly state: 'confirmed'; readonly subscriber: Subscriber; readonly links: SubscriberLinks } | Exclude<ConfirmationState, { state: 'valid' }>;

export type ResendOutcome = 'sent' | 'rate-limited' | 'unknown';

/** What the unsubscribe page's gentler choices did. */
export type LighterOutcome = { readonly done: true; readonly subscriber: Subscriber } | { readonly done: false; readonly reason: 'not-subscribed' };

/** The ways to hear less without leaving. */
export type SendLessChoice = 'digest-only';

export type UndoOutcome = 'restored' | 'too-late' | 'not-unsubscribed';

export type ErasureOutcome = { readonly state: 'pending'; readonly eraseAt: Date } | { readonly state: 'gone' };

export type PreferencesOutcome = { readonly saved: true; readonly subscriber: Subscriber } | { readonly saved: false };

export interface SubscriberExport {
  readonly exportedAt: string;
  readonly subscriber: Subscriber | null;
  readonly suppression: SuppressionEntry | null;
  readonly deliveries: readonly Record<string, unknown>[];
}

function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export class SubscriptionService {
  private readonly policy: SubscriptionPolicy;

  constructor(private readonly deps: SubscriptionDeps) {
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
  }

  linksFor(subscriberId: string): SubscriberLinks {
    return buildSubscriberLinks(this.deps.baseUrl, subscriberId, this.deps.hashKey);
  }

  /**
   * The same outcome whoever the address belongs to: a new or returning address gets a
   * confirmation email, a confirmed subscriber gets their preferences link instead, and no
   * address ever gets a second record. The confirmation email is the one message that goes to
   * a suppressed (erased, bounced, complained) address: someone asked for it on the page, it
   * is rate-limited, and only pressing its button lifts the suppression.
   */
  async signUp(input: SignUpInput, origin: RequestOrigin): Promise<SignUpOutcome> {
    const subscriberId = subscriberIdFor(input.email, this.deps.hashKey);
    if (!(await this.withinLimits(subscriberId, origin))) return 'rate-limited';
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (current?.status === 'confirmed' && !(await this.isSuppressed(current))) {
        return { after: () => this.deps.notifier.sendManageLinks(current.email, this.linksFor(subscriberId), readerLocale(current)) };
      }
      const now = this.deps.now();
      const issued = issueConfirmationToken(subscriberId, now, this.policy.confirmationValidForMs);
      const next: Subscriber = {
        subscriberId,
        email: input.email,
        status: 'pending',
        ...input.preferences,
        paused: false,
        consent: { textVersion: input.consentVersion, signedUpAt: now.toISOString(), sourcePage: input.sourcePage },
        createdAt: current?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
        confirmation: issued.confirmation,
        expiresAt: epochSeconds(new Date(now.getTime() + this.policy.keepUnconfirmedForMs)),
        // A suppression stays until this sign-up is confirmed.
        suppressedAt: current?.suppressedAt,
        suppressionReason: current?.suppressionReason,
      };
      return { write: next, after: () => this.sendConfirmation(next, issued.token) };
    });
    return 'accepted';
  }

  /** Reads the state of a confirmation link without changing anything. */
  async describeConfirmation(token: string): Promise<ConfirmationState> {
    const subscriberId = subscriberIdOfToken(token);
    const subscriber = subscriberId ? await this.deps.store.getSubscriber(subscriberId) : undefined;
    return this.confirmationStateOf(token, subscriber);
  }

  /** Confirms once: the token is consumed by the same write that confirms. */
  async confirm(token: string): Promise<ConfirmOutcome> {
    const subscriberId = subscriberIdOfToken(token);
    if (!subscriberId) return { state: 'unknown' };
    let outcome: ConfirmOutcome = { state: 'unknown' };
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      const state = this.confirmationStateOf(token, current);
      if (state.state !== 'valid') {
        outcome = state;
        return {};
      }
      // Lifted before the record is confirmed: if this write then loses a race, a retry with
      // the same (still valid) link confirms, and nobody without the link can lift it.
      await this.deps.suppressions.lift(subscriberId);
      const now = this.deps.now().toISOString();
      const confirmed: Subscriber = {
        ...state.subscriber,
        status: 'confirmed',
        consent: { ...state.subscriber.consent, confirmedAt: now },
        updatedAt: now,
        confirmation: undefined,
        expiresAt: undefined,
        unsubscribedAt: undefined,
        suppressedAt: undefined,
        suppressionReason: undefined,
        transientBounces: undefined,
        lastBounceAt: undefined,
      };
      const links = this.linksFor(subscriberId);
      outcome = { state: 'confirmed', subscriber: confirmed, links };
      // Only the write that confirms sends the welcome, so a second press of the button sends none.
      return { write: confirmed, after: async () => this.deps.notifier.sendWelcome?.(confirmed, links, this.deps.now()) };
    });
    return outcome;
  }

  /**
   * A new email for the holder of an old confirmation link: a fresh link while the sign-up
   * waits, the preferences link once it is confirmed.
   */
  async resendFromToken(token: string, origin: RequestOrigin): Promise<ResendOutcome> {
    const subscriberId = subscriberIdOfToken(token);
    const current = subscriberId ? await this.deps.store.getSubscriber(subscriberId) : undefined;
    if (!subscriberId || !current) return 'unknown';
    if (!(await this.withinLimits(subscriberId, origin))) return 'rate-limited';
    await updateSubscriberRecord(this.deps.store, subscriberId, async (record) => {
      if (!record) return {};
      if (record.status === 'confirmed' && !(await this.isSuppressed(record))) {
        return { after: () => this.deps.notifier.sendManageLinks(record.email, this.linksFor(subscriberId), readerLocale(record)) };
      }
      if (record.status !== 'pending') return {};
      const now = this.deps.now();
      const issued = issueConfirmationToken(subscriberId, now, this.policy.confirmationValidForMs);
      const next: Subscriber = {
        ...record,
        updatedAt: now.toISOString(),
        confirmation: issued.confirmation,
        expiresAt: epochSeconds(new Date(now.getTime() + this.policy.keepUnconfirmedForMs)),
      };
      return { write: next, after: () => this.sendConfirmation(next, issued.token) };
    });
    return 'sent';
  }

  /** The subscriber a signed link names, if the signature holds and the record exists. */
  async subscriberForLink(token: string, purpose: LinkPurpose): Promise<{ subscriberId: string; subscriber?: Subscriber } | undefined> {
    const subscriberId = verifyLinkToken(token, purpose, this.deps.hashKey);
    if (!subscriberId) return undefined;
    const subscriber = await this.deps.store.getSubscriber(subscriberId);
    // Past an erasure's grace period the record is gone, even before the table's expiry deletes it.
    return { subscriberId, subscriber: subscriber && !this.erasureIsFinal(subscriber) ? subscriber : undefined };
  }

  /** The token of the undo and restore buttons, shown only on the page that unsubscribed or erased. */
  restoreTokenFor(subscriberId: string): string {
    return signLinkToken(subscriberId, 'restore', this.deps.hashKey);
  }

  /** Only a confirmed subscriber's choices can change; anyone else is told how to sign up. */
  async updatePreferences(subscriberId: string, preferences: Preferences): Promise<PreferencesOutcome> {
    let outcome: PreferencesOutcome = { saved: false };
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (current?.status !== 'confirmed') return {};
      const merged: Subscriber = { ...current, ...preferences, updatedAt: this.deps.now().toISOString() };
      // Unticking the pause ends a dated pause too; leaving it ticked keeps its end date.
      const next = merged.paused ? merged : resumed(merged, this.deps.now());
      outcome = { saved: true, subscriber: next };
      return { write: next };
    });
    return outcome;
  }

  /** A pause with an end: nothing is sent until the start of `date` in the reader's zone, then all resumes. */
  async pauseUntil(subscriberId: string, date: string): Promise<LighterOutcome> {
    let outcome: LighterOutcome = { done: false, reason: 'not-subscribed' };
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (current?.status !== 'confirmed') return {};
      const next = pausedUntil(current, date, this.deps.now());
      outcome = { done: true, subscriber: next };
      return { write: next };
    });
    return outcome;
  }

  /** Less mail without leaving: the weekly digest stays, instant alerts stop. */
  async sendLess(subscriberId: string, choice: SendLessChoice): Promise<LighterOutcome> {
    let outcome: LighterOutcome = { done: false, reason: 'not-subscribed' };
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (current?.status !== 'confirmed') return {};
      // A paused reader who chose to hear less meant to hear something: the pause ends with it.
      const next: Subscriber = { ...resumed(current, this.deps.now()), frequency: choice === 'digest-only' ? 'weekly' : current.frequency };
      outcome = { done: true, subscriber: next };
      return { write: next };
    });
    return outcome;
  }

  /**
   * Takes an unsubscribe back, within the time the record is kept: every choice as it was, mail
   * flowing again. Only someone who had confirmed can come back this way; anyone else signs up.
   */
  async undoUnsubscribe(subscriberId: string): Promise<UndoOutcome> {
    let outcome: UndoOutcome = 'not-unsubscribed';
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (!current || current.status !== 'unsubscribed' || !current.consent.confirmedAt || current.erasureRequestedAt) {
        outcome = 'not-unsubscribed';
        return {};
      }
      const now = this.deps.now();
      const left = Date.parse(current.unsubscribedAt ?? '');
      if (Number.isNaN(left) || now.getTime() - left > this.policy.keepUnsubscribedForMs) {
        outcome = 'too-late';
        return {};
      }
      outcome = 'restored';
      return { write: { ...current, status: 'confirmed', unsubscribedAt: undefined, expiresAt: undefined, updatedAt: now.toISOString() } };
    });
    return outcome;
  }

  /** Effective at once and idempotent: unsubscribing twice, or after erasure, is not an error. */
  async unsubscribe(subscriberId: string): Promise<void> {
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (!current || current.status === 'unsubscribed') return {};
      const now = this.deps.now();
      return {
        write: {
          ...current,
          status: 'unsubscribed',
          unsubscribedAt: now.toISOString(),
          updatedAt: now.toISOString(),
          confirmation: undefined,
          expiresAt: epochSeconds(new Date(now.getTime() + this.policy.keepUnsubscribedForMs)),
        },
      };
    });
  }

  async exportData(subscriberId: string): Promise<SubscriberExport> {
    const [stored, suppression, deliveries] = await Promise.all([
      this.deps.store.getSubscriber(subscriberId),
      this.deps.suppressions.getSuppression(subscriberId),
      this.deps.deliveries.listDeliveries(subscriberId),
    ]);
    const subscriber = stored && !this.erasureIsFinal(stored) ? stored : undefined;
    return { exportedAt: this.deps.now().toISOString(), subscriber: subscriber ?? null, suppression: suppression ?? null, deliveries };
  }

  /** True once an erasure's grace period is over: the record counts as gone, whether or not the table's expiry has deleted it yet. */
  erasureIsFinal(subscriber: Subscriber): boolean {
    const asked = Date.parse(typeof subscriber.erasureRequestedAt === 'string' ? subscriber.erasureRequestedAt : '');
    return !Number.isNaN(asked) && this.deps.now().getTime() - asked >= this.policy.erasureGraceMs;
  }

  /**
   * Erasure with a way back. At once: nothing more is sent (the address goes on the suppression
   * list, the record stops being a subscription) and the records of emails sent are deleted.
   * The record itself waits out the grace period, so the restore link can bring it back; after
   * that the table's expiry deletes it and only the suppression entry's keyed hash stays.
   */
  async requestErasure(subscriberId: string): Promise<ErasureOutcome> {
    const existing = await this.deps.suppressions.getSuppression(subscriberId);
    if (!existing) {
      await this.deps.suppressions.suppress({ subscriberId, reason: 'erased', suppressedAt: this.deps.now().toISOString() });
    }
    await this.deps.deliveries.deleteDeliveries(subscriberId);
    let outcome: ErasureOutcome = { state: 'gone' };
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (!current || this.erasureIsFinal(current)) return {};
      if (current.erasureRequestedAt) {
        outcome = { state: 'pending', eraseAt: new Date(Date.parse(String(current.erasureRequestedAt)) + this.policy.erasureGraceMs) };
        return {};
      }
      const now = this.deps.now();
      const eraseAt = new Date(now.getTime() + this.policy.erasureGraceMs);
      outcome = { state: 'pending', eraseAt };
      return {
        write: {
          ...current,
          status: 'unsubscribed',
          statusBeforeErasure: current.status,
          erasureRequestedAt: now.toISOString(),
          unsubscribedAt: current.unsubscribedAt ?? now.toISOString(),
          confirmation: undefined,
          expiresAt: epochSeconds(eraseAt),
        },
      };
    });
    return outcome;
  }

  /**
   * Within the grace period, the record comes back as it was before the erasure was asked for
   * (a subscription stays a subscription, an unsubscribed record keeps its own 30 days). The
   * records of emails sent, deleted at once, do not come back.
   */
  async restoreErasure(subscriberId: string): Promise<UndoOutcome> {
    let outcome: UndoOutcome = 'not-unsubscribed';
    await updateSubscriberRecord(this.deps.store, subscriberId, async (current) => {
      if (!current?.erasureRequestedAt) return {};
      if (this.erasureIsFinal(current)) {
        outcome = 'too-late';
        return {};
      }
      // Lifted before the record is restored; only an erasure put this entry there.
      const suppression = await this.deps.suppressions.getSuppression(subscriberId);
      if (suppression?.reason === 'erased') await this.deps.suppressions.lift(subscriberId);
      const now = this.deps.now();
      const wasSubscribed = current.statusBeforeErasure === 'confirmed';
      const keptUntil = Date.parse(current.unsubscribedAt ?? now.toISOString()) + this.policy.keepUnsubscribedForMs;
      outcome = 'restored';
      return {
        write: {
          ...current,
          status: wasSubscribed ? 'confirmed' : 'unsubscribed',
          statusBeforeErasure: undefined,
          erasureRequestedAt: undefined,
          unsubscribedAt: wasSubscribed ? undefined : current.unsubscribedAt,
          expiresAt: wasSubscribed ? undefined : epochSeconds(new Date(keptUntil)),
          updatedAt: now.toISOString(),
        },
      };
    });
    return outcome;
  }

  /**
   * Deletes the subscriber and their deliveries, keeping only the keyed hash on the
   * suppression list. The suppression goes first, so a failure half-way never leaves an
   * address that could be mailed; running it again finishes the job.
   */
  async erase(subscriberId: string): Promise<void> {
    const existing = await this.deps.suppressions.getSuppression(subscriberId);
    if (!existing) {
      await this.deps.suppressions.suppress({ subscriberId, reason: 'erased', suppressedAt: this.deps.now().toISOString() });
    }
    await this.deps.deliveries.deleteDeliveries(subscriberId);
    await this.deps.store.deleteSubscriber(subscriberId);
  }

  private async isSuppressed(subscriber: Subscriber): Promise<boolean> {
    return subscriber.suppressedAt !== undefined || (await this.deps.suppressions.isSuppressed(subscriber.subscriberId));
  }

  private confirmationStateOf(token: string, subscriber: Subscriber | undefined): ConfirmationState {
    if (!subscriber) return { state: 'unknown' };
    if (!tokenMatches(token, subscriber.confirmation)) return { state: 'used', subscriber };
    const expired = Date.parse(subscriber.confirmation!.expiresAt) <= this.deps.now().getTime();
    return { state: expired ? 'expired' : 'valid', subscriber };
  }

  private async withinLimits(subscriberId: string, origin: RequestOrigin): Promise<boolean> {
    const now = this.deps.now();
    const { perAddress, perClient } = this.policy;
    const clientId = clientIdFor(origin.clientAddress, this.deps.hashKey);
    // Both counters count every attempt, so neither tells whether an address is known.
    const [clientAllowed, addressAllowed] = await Promise.all([
      this.deps.rateLimiter.consume(`client#${clientId}`, perClient.limit, perClient.windowSeconds, now),
      this.deps.rateLimiter.consume(`address#${subscriberId}`, perAddress.limit, perAddress.windowSeconds, now),
    ]);
    return clientAllowed && addressAllowed;
  }

  private async sendConfirmation(subscriber: Subscriber, token: string): Promise<void> {
    await this.deps.notifier.sendConfirmation(subscriber.email, {
      confirmUrl: confirmationLink(this.deps.baseUrl, token),
      expiresAt: new Date(subscriber.confirmation!.expiresAt),
      ...readerLocale(subscriber),
    });
  }
}

function readerLocale(subscriber: Subscriber): ReaderLocale {
  return { language: languageOf(subscriber), timeZone: subscriber.timeZone };
}
