/**
 * An editor flags a story for an alert after the matcher already passed its window: the console,
 * the matcher and the sender on dynalite, the alert in the SES emulator.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoConsoleStore } from '../../../functions/adapters/dynamo/console-store.js';
import { SesMailer } from '../../../functions/adapters/ses/ses-mailer.js';
import { startSession } from '../../../functions/domain/console/sessions.js';
import { createLocalApp, type LocalApp, localCompositionInputs } from '../../../functions/local/local-app.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/local-stack.js';
import { createConsoleApi, SESSION_COOKIE } from '../../../functions/web/console-routes.js';
import { consoleApiDeps } from '../../../functions/wiring/console.js';
import { aStory, aSubscriber } from '../../support/digest-fixtures.js';
import { saveIngestedStory } from '../../../functions/domain/stories/save-story.js';

const READER = 'alert.reader@reader.example';
const clock = { now: new Date('2026-11-30T00:13:00.000Z') };
const STORED = '2026-11-30T00:03:00.000Z';
const QUIET = aStory({ storyId: 'quiet', title: 'Island council quietly publishes voters’ phone numbers', score: 0.3, storedAt: STORED });
const HELD = aStory({ storyId: 'held', title: 'Unconfirmed report of a school app leaking pupils’ photos', score: 0.3, storedAt: STORED });
const LOUD = aStory({ storyId: 'loud', title: 'Regulator fines ferry operator over passenger records', score: 0.9, storedAt: STORED });

let stack: LocalStack;
let app: LocalApp;
let api: ReturnType<typeof createConsoleApi>;
let cookies: string[];
let csrf: string;

function post(path: string, form: Record<string, string>) {
  const event = {
    version: '2.0',
    routeKey: `POST /console/{proxy+}`,
    rawPath: path,
    rawQueryString: '',
    cookies,
    headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' },
    requestContext: { http: { method: 'POST', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } },
    body: new URLSearchParams({ ...form, csrf }).toString(),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
  return api(event);
}

async function alertsTo(reader: string) {
  return (await stack.listEmails()).filter((email) => email.destination.to.includes(reader) && /alert/i.test(email.subject));
}

beforeAll(async () => {
  stack = await startLocalStack();
  const now = () => new Date(clock.now);
  app = createLocalApp(stack, { sources: [], publicBaseUrl: 'http://localhost:1', now });
  for (const story of [QUIET, HELD, LOUD]) await saveIngestedStory(app.repositories.stories, story);
  await app.repositories.subscribers.putSubscriber(aSubscriber({ subscriberId: 'alert-reader', email: READER, regions: ['hk'], frequency: 'instant' }));
  api = createConsoleApi(
    consoleApiDeps({
      dynamo: stack.dynamo,
      tables: localCompositionInputs(stack).tables,
      mailer: new SesMailer(stack.ses, 'console@newsdesk.localhost'),
      publicBaseUrl: 'http://localhost:1',
      settings: app.settings,
      sources: () => [],
      now,
    }),
  );
  const { id, session } = await startSession(new DynamoConsoleStore(stack.dynamo, stack.tables.Editorial), 'desk.editor@newsdesk.example', now());
  cookies = [`${SESSION_COOKIE}=${id}`];
  csrf = session.csrfToken;
});

afterAll(async () => {
  await stack?.stop();
});

describe('an alert flag set after the story’s window was matched', () => {
  it('sends the flagged story once, in the window after the flag, never the held one, never one already sent', async () => {
    // 00:13: the 00:00 window is matched; only the high-scoring story alerts.
    await app.alerts();
    let alerts = await alertsTo(READER);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].body.text).toContain(LOUD.title);
    expect(alerts[0].body.text).not.toContain(QUIET.title);

    // 00:20: the editor flags the quiet story and the one already sent, and holds the other.
    clock.now = new Date('2026-11-30T00:20:00.000Z');
    for (const [storyId, flag] of [
      ['quiet', 'flag'],
      ['loud', 'flag'],
      ['held', 'hold'],
    ]) {
      expect((await post('/console/alert', { storyId, flag, back: '/console/week' })).statusCode).toBe(303);
    }
    clock.now = new Date('2026-11-30T00:33:00.000Z');
    await app.alerts();
    alerts = await alertsTo(READER);
    expect(alerts).toHaveLength(2);
    expect(alerts[1].body.text).toContain(QUIET.title);
    expect(alerts[1].body.text).not.toContain(LOUD.title);
    expect(alerts[1].body.text).not.toContain(HELD.title);

    // Flagged again later, and the held one flagged too: the quiet story is not sent a second time.
    clock.now = new Date('2026-11-30T00:41:00.000Z');
    for (const [storyId, flag] of [
      ['quiet', 'none'],
      ['quiet', 'flag'],
      ['held', 'hold'],
    ]) {
      await post('/console/alert', { storyId, flag, back: '/console/week' });
    }
    clock.now = new Date('2026-11-30T01:03:00.000Z');
    await app.alerts();
    alerts = await alertsTo(READER);
    expect(alerts).toHaveLength(2);
    expect(alerts.filter((email) => (email.body.text ?? '').includes(QUIET.title))).toHaveLength(1);
    expect(alerts.some((email) => (email.body.text ?? '').includes(HELD.title))).toBe(false);
  });

  it('tells the editor what the flag will do', async () => {
    await saveIngestedStory(app.repositories.stories, aStory({ storyId: 'late', title: 'Late one', score: 0.2, storedAt: STORED }));
    const result = await post('/console/alert', { storyId: 'late', flag: 'flag', back: '/console/week?region=hk' });
    expect(result.headers?.Location).toBe('/console/week?region=hk&done=flagged-late');
    const again = await post('/console/alert', { storyId: 'loud', flag: 'flag', back: '/console/week' });
    expect(again.headers?.Location).toBe('/console/week?done=flagged-already-alerted');
  });
});
