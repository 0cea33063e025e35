/** Every reply of the HTTP Lambdas carries the security headers, the error replies included. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createSubscriberApiHandler } from '../../../functions/handlers/subscriber-api.js';

const event = {
  rawPath: '/subscribe',
  rawQueryString: '',
  headers: {},
  requestContext: { requestId: 'r-1', http: { method: 'GET' } },
} as unknown as APIGatewayProxyEventV2;

describe('the subscriber API function', () => {
  it('answers a 500 page with the security headers when the API cannot be built, and says nothing of why', async () => {
    const handler = createSubscriberApiHandler(() => Promise.reject(new Error('secret key unreadable: arn:aws:secretsmanager:...')));
    const result = await handler(event);
    expect(result.statusCode).toBe(500);
    expect(result.headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' });
    expect(result.headers?.['Content-Security-Policy']).toContain("default-src 'none'");
    expect(String(result.body)).not.toContain('secretsmanager');
  });
});
