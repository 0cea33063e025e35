/** Request parsing and response shaping for API Gateway HTTP API (payload v2) events. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RawFormInput } from '../domain/subscriptions/validation.js';
import { CONTENT_SECURITY_POLICY } from './layout.js';

export type HttpResult = APIGatewayProxyStructuredResultV2;

/** The largest form body accepted; the biggest honest form is a few kilobytes. */
export const MAX_FORM_BYTES = 16 * 1024;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Links carry tokens: they must not leak to other sites through the Referer header.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000',
  // Pages hold personal data or tokens: no shared cache may keep them.
  'Cache-Control': 'no-store',
};

export function htmlResult(statusCode: number, page: string, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', ...headers }, body: page };
}

export function jsonResult(statusCode: number, value: unknown, headers: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...headers },
    // DynamoDB string sets arrive as Sets, which JSON would print as {}.
    body: `${JSON.stringify(value, (_key, item: unknown) => (item instanceof Set ? [...item] : item), 2)}\n`,
  };
}

/** Why a body could not be read as a form. */
export class FormBodyError extends Error {
  constructor(
    readonly statusCode: 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'FormBodyError';
  }
}

export function bodyBytes(event: APIGatewayProxyEventV2): Buffer {
  if (!event.body) return Buffer.alloc(0);
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
}

function toRaw(params: URLSearchParams): RawFormInput {
  const raw: Record<string, string | string[]> = {};
  for (const [name, value] of params) {
    const existing = raw[name];
    if (existing === undefined) raw[name] = value;
    else raw[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return raw;
}

/** Reads an `application/x-www-form-urlencoded` body, refusing anything larger than the limit. */
export function readForm(event: APIGatewayProxyEventV2, maxBytes = MAX_FORM_BYTES): RawFormInput {
  const bytes = bodyBytes(event);
  if (bytes.length > maxBytes) throw new FormBodyError(413, `The form is larger than ${maxBytes} bytes.`);
  const contentType = (event.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (bytes.length > 0 && contentType !== 'application/x-www-form-urlencoded') {
    throw new FormBodyError(415, 'Send the form as application/x-www-form-urlencoded, as a browser does.');
  }
  return toRaw(new URLSearchParams(bytes.toString('utf8')));
}

export function readQuery(event: APIGatewayProxyEventV2): RawFormInput {
  return toRaw(new URLSearchParams(event.rawQueryString ?? ''));
}

/** The first value of a field, or '' when it is missing. */
export function field(raw: RawFormInput, name: string): string {
  const value = raw[name];
  return (typeof value === 'string' ? value : value?.[0]) ?? '';
}
