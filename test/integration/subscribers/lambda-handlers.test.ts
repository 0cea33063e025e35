import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoSubscriberRepository } from '../../../functions/adapters/dynamo/subscriber-repository.js';
import { ENV } from '../../../functions/config/env.js';
import { subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import { startHttpAdapter, type RunningHttpAdapter } from '../../../functions/local/http-adapter.js';
import { startLocalServices, type LocalServices } from '../../support/local-services.js';
import { encodeForm, linkIn, signUpForm, tokenOf } from './harness.js';

/**
 * The Lambda entry points exactly as deployed, configured only through their environment,
 * pointed at the local services by the standard AWS_ENDPOINT_URL_* variables.
 */
const KEY = 'lambda-handler-test-key';
let services: LocalServices;
let server: RunningHttpAdapter;
let subscribers: DynamoSubscriberRepository;
let sesEvents: (event: SNSEvent | { 'detail-type': string; detail: unknown }) => Promise<void>;

function snsEvent(...messages: unknown[]): SNSEvent {
  return {
    Records: messages.map((message, index) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:us-east-1:000000000000:ses-feedback:subscription',
      Sns: {
        Type: 'Notification',
        MessageId: `message-${index}`,
        TopicArn: 'arn:aws:sns:us-east-1:000000000000:ses-feedback',
        Subject: '',
        Message: JSON.stringify(message),
        Timestamp: new Date().toISOString(),
        SignatureVersion: '1',
        Signature: '',
        SigningCertUrl: '',
        UnsubscribeUrl: '',
        MessageAttributes: {},
      },
    })),
  };
}

const permanentBounce = (address: string) => ({
  eventType: 'Bounce',
  bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: address }], timestamp: new Date().toISOString() },
  mail: { messageId: 'm' },
});

beforeAll(async () => {
  services = await startLocalServices();
  const tables = await services.createTables();
  let apiHandler: ((event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>) | undefined;
  server = await startHttpAdapter({ port: 0, handler: (event) => apiHandler!(event) });
  Object.assign(process.env, services.environment(tables), {
    [ENV.fromAddress]: 'newsdesk@newsdesk.localhost',
    [ENV.publicBaseUrl]: server.url,
    [ENV.subscriberHashKey]: KEY,
    POWERTOOLS_METRICS_DISABLED: 'true',
  });
  apiHandler = (await import('../../../functions/handlers/subscriber-api.js')).handler;
  sesEvents = (await import('../../../functions/handlers/ses-events.js')).handler as typeof sesEvents;
  subscribers = new DynamoSubscriberRepository(services.dynamo, tables.Subscribers);
});

afterAll(async () => {
  await server?.close();
  await services?.stop();
});

async function confirmedSubscriber(address: string, deliveredTo = address): Promise<string> {
  const response = await fetch(`${server.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeForm(signUpForm(address)),
  });
  expect(response.status).toBe(200);
  const email = (await services.listEmails()).filter((e) => e.destination.to.includes(deliveredTo)).at(-1)!;
  const confirmed = await fetch(`${server.url}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeForm({ token: tokenOf(linkIn(email, '/confirm')) }),
  });
  expect(confirmed.status).toBe(200);
  return subscriberIdFor(address, KEY);
}

describe('the subscriber API function', () => {
  it('signs up and confirms a reader against DynamoDB and SES given only its environment', async () => {
    const subscriberId = await confirmedSubscriber('lambda.reader@example.com');
    expect((await subscribers.getSubscriber(subscriberId))?.status).toBe('confirmed');
  });
});

describe('an internationalised address', () => {
  it('signs up with a Unicode domain, is mailed at its ASCII form, and a bounce there suppresses the same subscriber', async () => {
    const subscriberId = await confirmedSubscriber('leser@bücher.example', 'leser@xn--bcher-kva.example');
    expect((await subscribers.getSubscriber(subscriberId))?.email).toBe('leser@xn--bcher-kva.example');

    await sesEvents(snsEvent(permanentBounce('leser@xn--bcher-kva.example')));

    expect(await subscribers.isSuppressed(subscriberId)).toBe(true);
  });
});

describe('the SES events function', () => {
  it('suppresses an address after a permanent bounce delivered through SNS: every send skips it', async () => {
    const subscriberId = await confirmedSubscriber('bouncing@example.com');

    await sesEvents(snsEvent(permanentBounce('bouncing@example.com')));

    expect(await subscribers.isSuppressed(subscriberId)).toBe(true);
    expect((await subscribers.getSubscriber(subscriberId))?.suppressionReason).toBe('bounce: Permanent/General');
    expect((await subscribers.listDigestSubscribers()).map((s) => s.subscriberId)).not.toContain(subscriberId);
  });

  it('reads past an SNS message that is not JSON and still records the bounce beside it', async () => {
    const subscriberId = await confirmedSubscriber('second-bounce@example.com');
    const event = snsEvent('placeholder', permanentBounce('second-bounce@example.com'));
    event.Records[0].Sns.Message = '{"eventType": "Bounce", ';

    await sesEvents(event);

    expect(await subscribers.isSuppressed(subscriberId)).toBe(true);
  });

  it('suppresses on a complaint delivered through EventBridge, and counts transient bounces', async () => {
    const complainer = await confirmedSubscriber('complainer@example.com');
    const flaky = await confirmedSubscriber('flaky@example.com');

    await sesEvents({
      'detail-type': 'Email Complained',
      detail: { eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'complainer@example.com' }], complaintFeedbackType: 'abuse' } },
    });
    await sesEvents(
      snsEvent({
        eventType: 'Bounce',
        bounce: { bounceType: 'Transient', bounceSubType: 'MailboxFull', bouncedRecipients: [{ emailAddress: 'flaky@example.com' }] },
      }),
    );

    expect(await subscribers.isSuppressed(complainer)).toBe(true);
    expect(await subscribers.isSuppressed(flaky)).toBe(false);
    expect((await subscribers.getSubscriber(flaky))?.transientBounces).toBe(1);
    const digestReaders = (await subscribers.listDigestSubscribers()).map((s) => s.subscriberId);
    expect(digestReaders).toContain(flaky);
    expect(digestReaders).not.toContain(complainer);
  });

  it('lets a suppressed reader come back only by confirming a new sign-up', async () => {
    const address = 'bouncing@example.com';
    const subscriberId = subscriberIdFor(address, KEY);
    expect(await subscribers.isSuppressed(subscriberId)).toBe(true);

    await confirmedSubscriber(address);

    expect(await subscribers.isSuppressed(subscriberId)).toBe(false);
    expect((await subscribers.getSubscriber(subscriberId))?.suppressedAt).toBeUndefined();
  });
});
