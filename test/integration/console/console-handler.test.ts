/**
 * The console Lambda's handler, invoked with API Gateway v2 events against dynalite: no page or
 * action answers anything but a redirect to sign-in (GET) or a 403 (POST) without a valid
 * session, and a POST with a session still needs its CSRF token.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoHostedSignIn } from '../../../functions/adapters/cognito/cognito-hosted-sign-in.js';
import { DynamoConsoleStore } from '../../../functions/adapters/dynamo/console-store.js';
import { SesMailer } from '../../../functions/adapters/ses/ses-mailer.js';
import { setUpEditorAccount } from '../../../functions/domain/console/password-sign-in.js';
import { hashSessionId, startSession } from '../../../functions/domain/console/sessions.js';
import { createConsoleApiHandler } from '../../../functions/handlers/console-api.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/local-stack.js';
import { localCompositionInputs } from '../../../functions/local/local-app.js';
import { DEFAULT_ALERT_SETTINGS } from '../../../functions/domain/alerts/match-alerts.js';
import { CONSOLE_ACTIONS, CONSOLE_PAGES, createConsoleApi, SESSION_COOKIE } from '../../../functions/web/console-routes.js';
import { consoleApiDeps } from '../../../functions/wiring/console.js';

let stack: LocalStack;
let handler: ReturnType<typeof createConsoleApiHandler>;
let deployedHandler: ReturnType<typeof createConsoleApiHandler>;
let store: DynamoConsoleStore;
const NOW = new Date('2026-11-29T12:00:00.000Z');

function event(method: 'GET' | 'POST', pathAndQuery: string, options: { cookies?: string[]; body?: string } = {}): APIGatewayProxyEventV2 {
  const [rawPath, rawQueryString = ''] = pathAndQuery.split('?');
  return {
    version: '2.0',
    routeKey: rawPath === '/console' ? `${method} /console` : `${method} /console/{proxy+}`,
    rawPath,
    rawQueryString,
    cookies: options.cookies,
    headers: { host: 'newsdesk.example.com', ...(options.body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'newsdesk.example.com',
      domainPrefix: 'newsdesk',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
      requestId: 'request',
      routeKey: '$default',
      stage: '$default',
      time: NOW.toISOString(),
      timeEpoch: NOW.getTime(),
    },
    body: options.body,
    isBase64Encoded: false,
  };
}

beforeAll(async () => {
  stack = await startLocalStack();
  store = new DynamoConsoleStore(stack.dynamo, stack.tables.Editorial);
  const parts = {
    dynamo: stack.dynamo,
    tables: localCompositionInputs(stack).tables,
    mailer: new SesMailer(stack.ses, 'console@newsdesk.localhost'),
    publicBaseUrl: 'https://newsdesk.example.com',
    settings: { maxItemsPerEdition: 10, autoSendRegion: () => true, alerts: DEFAULT_ALERT_SETTINGS },
    sources: () => [],
    now: () => NOW,
  };
  handler = createConsoleApiHandler(() => createConsoleApi(consoleApiDeps(parts)));
  const hostedSignIn = new CognitoHostedSignIn({
    userPoolId: 'eu-west-1_Editors1',
    clientId: 'console-client',
    domainUrl: 'https://newsdesk-editors.auth.eu-west-1.amazoncognito.com',
  });
  deployedHandler = createConsoleApiHandler(() => createConsoleApi(consoleApiDeps({ ...parts, hostedSignIn })));
});

afterAll(async () => {
  await stack?.stop();
});

const PAGES = [...CONSOLE_PAGES, '/console/story?id=x', '/console/week?region=hk&week=2026-W49', '/console/no-such-page', '/console/'];
const ACTIONS = [...CONSOLE_ACTIONS, '/console', '/console/no-such-action'];

describe('the console without a valid session', () => {
  const sessions = {
    'no cookie': () => undefined,
    'a made-up session id': () => [`${SESSION_COOKIE}=made-up-session-id`],
    'an expired session': async () => {
      const { id } = await startSession(store, 'ada@desk.example', new Date(NOW.getTime() - 13 * 3_600_000));
      return [`${SESSION_COOKIE}=${id}`];
    },
  };

  for (const [name, cookies] of Object.entries(sessions)) {
    it(`sends every page to sign-in, keeping where the editor was going, with ${name}`, async () => {
      for (const path of PAGES) {
        for (const serve of [handler, deployedHandler]) {
          const result = await serve(event('GET', path, { cookies: await cookies() }));
          expect({ path, status: result.statusCode }).toEqual({ path, status: 303 });
          expect(result.headers?.Location).toMatch(/^\/console\/sign-in\?next=%2Fconsole/);
          expect(result.body).toBe('');
        }
      }
    });

    it(`refuses every action with 403 and changes nothing, with ${name}`, async () => {
      for (const path of ACTIONS) {
        for (const serve of [handler, deployedHandler]) {
          const result = await serve(
            event('POST', path, { cookies: await cookies(), body: 'region=hk&week=2026-W49&version=0&status=&action=note&text=forged' }),
          );
          expect({ path, status: result.statusCode }).toEqual({ path, status: 403 });
        }
      }
      expect(await store.listRecent(10)).toEqual([]);
    });
  }

  it('never sends an editor off-site after sign-in', async () => {
    const result = await handler(event('GET', '/console/sign-in?next=https%3A%2F%2Fevil.example%2F'));
    expect(result.body).toContain('name="next" value="/console"');
  });
});

describe('the console with a session', () => {
  it('refuses a POST whose CSRF token is missing or wrong, and accepts it with the token', async () => {
    const { id, session } = await startSession(store, 'ada@desk.example', NOW);
    const cookies = [`${SESSION_COOKIE}=${id}`];
    const body = 'region=hk&week=2026-W49&version=0&status=&action=note&text=A%20quiet%20week';
    expect((await handler(event('POST', '/console/curate', { cookies, body }))).statusCode).toBe(403);
    expect((await handler(event('POST', '/console/curate', { cookies, body: `${body}&csrf=wrong` }))).statusCode).toBe(403);
    const saved = await handler(event('POST', '/console/curate', { cookies, body: `${body}&csrf=${encodeURIComponent(session.csrfToken)}` }));
    expect(saved.statusCode).toBe(303);
    expect((await store.listRecent(1))[0]).toMatchObject({ editor: 'ada@desk.example', action: 'note', target: 'hk#2026-W49' });
  });

  it('sets a Secure, HttpOnly, SameSite cookie scoped to /console, and signing out deletes the session', async () => {
    const { id, session } = await startSession(store, 'bo@desk.example', NOW);
    const result = await handler(
      event('POST', '/console/sign-out', { cookies: [`${SESSION_COOKIE}=${id}`], body: `csrf=${encodeURIComponent(session.csrfToken)}` }),
    );
    expect(result.statusCode).toBe(303);
    expect(result.cookies).toEqual([`${SESSION_COOKIE}=; Path=/console; Max-Age=0; HttpOnly; SameSite=Lax; Secure`]);
    expect(await store.getSession(hashSessionId(id))).toBeUndefined();
  });
});

describe('the local sign-in form', () => {
  it('refuses a sign-in without the form token its own page set (login CSRF), and signs in with it', async () => {
    await setUpEditorAccount(store, 'cy@desk.example', 'a long enough password', NOW);
    const credentials = 'email=cy%40desk.example&password=a%20long%20enough%20password&next=%2Fconsole';
    const form = await handler(event('GET', '/console/sign-in'));
    const formCookie = form.cookies?.find((c) => c.startsWith('newsdesk_console_form='));
    expect(formCookie).toMatch(/^newsdesk_console_form=[A-Za-z0-9_-]{43}; Path=\/console\/sign-in; Max-Age=3600; HttpOnly; SameSite=Lax; Secure$/);
    const token = formCookie!.slice('newsdesk_console_form='.length).split(';')[0];
    expect(form.body).toContain(`name="csrf" value="${token}"`);

    // Another site's form: it can send credentials, but neither knows nor can set the cookie.
    for (const attempt of [
      { body: credentials },
      { body: `${credentials}&csrf=${token}` },
      { body: `${credentials}&csrf=forged`, cookies: [`newsdesk_console_form=${token}`] },
    ]) {
      const refused = await handler(event('POST', '/console/sign-in', attempt));
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain('This sign-in form has expired or did not come from this console.');
      expect(refused.cookies?.some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    }

    const signedIn = await handler(event('POST', '/console/sign-in', { body: `${credentials}&csrf=${token}`, cookies: [`newsdesk_console_form=${token}`] }));
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.cookies?.some((c) => c.startsWith(`${SESSION_COOKIE}=`) && !c.includes('Max-Age=0'))).toBe(true);
  });
});

describe('signing in through Cognito', () => {
  it('sends the editor to the managed login with PKCE, and keeps the state in a short-lived cookie for the callback only', async () => {
    const result = await deployedHandler(event('GET', '/console/sign-in?next=%2Fconsole%2Fweek'));
    expect(result.statusCode).toBe(303);
    const location = new URL(String(result.headers?.Location));
    expect(location.origin + location.pathname).toBe('https://newsdesk-editors.auth.eu-west-1.amazoncognito.com/oauth2/authorize');
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'console-client',
      redirect_uri: 'https://newsdesk.example.com/console/callback',
      code_challenge_method: 'S256',
    });
    expect(location.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.cookies?.[0]).toMatch(/^newsdesk_console_sign_in=.+; Path=\/console\/callback; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/);
    expect((await deployedHandler(event('POST', '/console/sign-in', { body: 'email=a%40b.c&password=x' }))).statusCode).toBe(403);
  });

  it('refuses a callback whose state does not match the browser, before any token is fetched', async () => {
    const result = await deployedHandler(
      event('GET', '/console/callback?code=abc&state=forged', { cookies: ['newsdesk_console_sign_in=real-state.verifier%7C%2Fconsole'] }),
    );
    expect(result.statusCode).toBe(401);
    expect(result.cookies).toBeUndefined();
  });
});
