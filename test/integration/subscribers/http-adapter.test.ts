import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeByPath, startHttpAdapter, type RunningHttpAdapter } from '../../../functions/local/http-adapter.js';

/** The local adapter hands handlers the event API Gateway would, and writes back what they return. */
let server: RunningHttpAdapter;
const seen: APIGatewayProxyEventV2[] = [];

beforeAll(async () => {
  const echo = async (event: APIGatewayProxyEventV2) => {
    seen.push(event);
    return { statusCode: 201, headers: { 'x-handled-by': 'echo' }, cookies: ['a=1; Path=/', 'b=2; Path=/'], body: 'made' };
  };
  server = await startHttpAdapter({
    port: 0,
    bodyLimitBytes: 1024,
    handler: routeByPath(
      [
        { path: '/healthz', handler: async () => ({ statusCode: 200, body: 'ok' }) },
        { path: '/binary/', handler: async () => ({ statusCode: 200, isBase64Encoded: true, body: Buffer.from([0, 1, 2, 255]).toString('base64') }) },
        { path: '/broken', handler: async () => Promise.reject(new Error('handler failed')) },
      ],
      echo,
    ),
  });
});
afterAll(async () => {
  await server?.close();
});

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('cache-control')).toBe('no-store');
}

describe('the local HTTP adapter', () => {
  it('builds a payload 2.0 event: raw path and query, lower-case headers, cookies, method, client address', async () => {
    const response = await fetch(`${server.url}/subscribe/?token=a.b&topics=x&topics=y`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: 'session=1; theme=dark', 'User-Agent': 'test-agent' },
      body: 'email=reader%40example.com',
    });

    expect(response.status).toBe(201);
    expect(response.headers.get('x-handled-by')).toBe('echo');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(await response.text()).toBe('made');
    const event = seen.at(-1)!;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/subscribe/',
      rawQueryString: 'token=a.b&topics=x&topics=y',
      queryStringParameters: { token: 'a.b', topics: 'x,y' },
      cookies: ['session=1', 'theme=dark'],
      body: 'email=reader%40example.com',
      isBase64Encoded: false,
      requestContext: { stage: '$default', http: { method: 'POST', path: '/subscribe/', sourceIp: '127.0.0.1', userAgent: 'test-agent' } },
    });
    expect(event.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(event.headers).not.toHaveProperty('cookie');
  });

  it('passes a binary body as base64, and writes a base64 result as bytes', async () => {
    await fetch(`${server.url}/upload`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array([1, 2, 3]) });
    expect(seen.at(-1)).toMatchObject({ body: Buffer.from([1, 2, 3]).toString('base64'), isBase64Encoded: true });

    const binary = await fetch(`${server.url}/binary/file`);
    expect([...new Uint8Array(await binary.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it('refuses a body over the limit with a 413 before any handler runs', async () => {
    const before = seen.length;
    const response = await fetch(`${server.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('the limit of 1024 bytes');
    expect(seen.length).toBe(before);
  });

  it('routes by exact path and by prefix, and answers 500 without details when a handler throws', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).text()).toBe('ok');
    const broken = await fetch(`${server.url}/broken`);
    expect(broken.status).toBe(500);
    expect(await broken.text()).not.toContain('handler failed');
    expectSecurityHeaders(broken);
  });

  it('answers a body far over the limit (2 MiB) with a 413 and the security headers, then closes', async () => {
    const before = seen.length;
    const response = await fetch(`${server.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('the limit of 1024 bytes');
    expect(seen.length).toBe(before);
  });

  it('gives the 413 its security headers when the body is just over the limit too', async () => {
    const response = await fetch(`${server.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(1025) });
    expect(response.status).toBe(413);
    expectSecurityHeaders(response);
  });
});
