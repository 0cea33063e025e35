/**
 * The subscriber API served over real HTTP by the local adapter, against dynalite and the SES
 * emulator, with helpers that act as a person would: submit a form, read an email, follow its
 * link.
 */
import { DynamoSubscriberRepository } from '../../../functions/adapters/dynamo/subscriber-repository.js';
import { DynamoSuppressionList } from '../../../functions/adapters/dynamo/suppression-list.js';
import { SesMailer } from '../../../functions/adapters/ses/ses-mailer.js';
import { CONSENT_VERSION } from '../../../functions/domain/subscriptions/consent.js';
import { subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import type { SubscriptionPolicy } from '../../../functions/domain/subscriptions/subscription-service.js';
import { startHttpAdapter, type RunningHttpAdapter } from '../../../functions/local/http-adapter.js';
import { createSubscriberApi } from '../../../functions/web/subscriber-routes.js';
import { subscriberApiDeps } from '../../../functions/wiring/subscriber-api.js';
import type { SubscriberApi } from '../../../functions/web/subscriber-routes.js';
import { startLocalServices, type LocalServices, type StoredEmail } from '../../support/local-services.js';

export const HASH_KEY = 'integration-test-key';
export const FROM_ADDRESS = 'newsdesk@newsdesk.localhost';

export class TestClock {
  current = new Date();
  readonly now = () => new Date(this.current);
  advanceHours(hours: number): void {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
}

export interface HarnessOptions {
  readonly policy?: Partial<SubscriptionPolicy>;
  /** Share one set of local services between harnesses in the same file. */
  readonly services?: LocalServices;
  /** Share tables too: a second harness then acts as a second function instance. */
  readonly tables?: Record<string, string>;
  readonly clock?: TestClock;
}

export type FormFields = Record<string, string | readonly string[]>;

export interface SubscriberHarness {
  readonly url: string;
  readonly services: LocalServices;
  readonly tables: Record<string, string>;
  readonly clock: TestClock;
  readonly store: DynamoSubscriberRepository;
  readonly suppressions: DynamoSuppressionList;
  get(pathAndQuery: string): Promise<Response>;
  postForm(pathAndQuery: string, fields: FormFields, headers?: Record<string, string>): Promise<Response>;
  /** Every email the emulator holds for `address`, oldest first. */
  emailsTo(address: string): Promise<StoredEmail[]>;
  latestEmailTo(address: string): Promise<StoredEmail>;
  subscriberIdOf(address: string): string;
  stop(): Promise<void>;
}

/** A sign-up form as a browser would send it, with whatever fields a test overrides. */
export function signUpForm(email: string, overrides: FormFields = {}): FormFields {
  return {
    email,
    regions: ['hk', 'asia-pacific'],
    topics: ['ai-training', 'enforcement'],
    frequency: 'weekly',
    timeZone: 'Asia/Hong_Kong',
    website: '',
    consentVersion: CONSENT_VERSION,
    sourcePage: '/subscribe',
    ...overrides,
  };
}

export function encodeForm(fields: FormFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const single of typeof value === 'string' ? [value] : value) params.append(name, single);
  }
  return params.toString();
}

/** The first link in the email's text body whose path is `path`. */
export function linkIn(email: StoredEmail, path: string): string {
  const links = (email.body.text ?? '').match(/https?:\/\/[^\s>]+/g) ?? [];
  const found = links.find((link) => new URL(link).pathname === path);
  if (!found) throw new Error(`no ${path} link in the email "${email.subject}"`);
  return found;
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

export async function startSubscriberHarness(options: HarnessOptions = {}): Promise<SubscriberHarness> {
  const services = options.services ?? (await startLocalServices());
  const tables = options.tables ?? (await services.createTables());
  const clock = options.clock ?? new TestClock();
  const store = new DynamoSubscriberRepository(services.dynamo, tables.Subscribers);
  const suppressions = new DynamoSuppressionList(services.dynamo, tables.Subscribers);
  let api: SubscriberApi | undefined;
  const server: RunningHttpAdapter = await startHttpAdapter({
    port: 0,
    handler: (event) => {
      if (!api) throw new Error('the subscriber API is not ready');
      return api(event);
    },
  });
  api = createSubscriberApi({
    ...subscriberApiDeps({
      dynamo: services.dynamo,
      subscribersTable: tables.Subscribers,
      deliveriesTable: tables.Deliveries,
      editionsTable: tables.Editions,
      storiesTable: tables.Stories,
      mailer: new SesMailer(services.ses, FROM_ADDRESS),
      hashKey: HASH_KEY,
      baseUrl: server.url,
    }),
    now: clock.now,
    // Every test posts from 127.0.0.1: only the rate-limit tests keep the per-client limit low.
    policy: { perClient: { limit: 1000, windowSeconds: 3600 }, ...options.policy },
  });

  const absolute = (pathAndQuery: string) => (pathAndQuery.startsWith('http') ? pathAndQuery : `${server.url}${pathAndQuery}`);

  const harness: SubscriberHarness = {
    url: server.url,
    services,
    tables,
    clock,
    store,
    suppressions,
    get: (pathAndQuery) => fetch(absolute(pathAndQuery), { redirect: 'manual', signal: AbortSignal.timeout(10_000) }),
    postForm: (pathAndQuery, fields, headers = {}) =>
      fetch(absolute(pathAndQuery), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: encodeForm(fields),
        signal: AbortSignal.timeout(10_000),
      }),
    async emailsTo(address) {
      return (await services.listEmails()).filter((email) => email.destination.to.includes(address));
    },
    async latestEmailTo(address) {
      const emails = await harness.emailsTo(address);
      const latest = emails.at(-1);
      if (!latest) throw new Error(`no email to ${address}`);
      return latest;
    },
    subscriberIdOf: (address) => subscriberIdFor(address, HASH_KEY),
    async stop() {
      await server.close();
      if (!options.services) await services.stop();
    },
  };
  return harness;
}
