/**
 * Signing in with the local editor account's password: scrypt password hashes, and failed
 * sign-ins counted per email and per client so that guessing is slowed to a crawl. A deployed
 * console signs editors in with Cognito's managed login, so the console imports this module
 * with the first password sign-in, a chunk its cold start does not load.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { ConsoleAuthStore, ConsoleSession } from './ports.js';
import { normaliseEmail, startSession } from './sessions.js';

function scrypt(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** OWASP's scrypt floor (N=2^17, r=8, p=1) costs 128 MiB; 2^15 keeps a Lambda of 512 MB safe. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };
export const MIN_PASSWORD_LENGTH = 12;
export const SIGN_IN_WINDOW_MINUTES = 15;
/** Failed attempts allowed per email, and per client address, in one window. */
export const MAX_FAILURES_PER_WINDOW = 5;

export class SignInError extends Error {
  constructor() {
    super('That email and password do not match an editor account.');
    this.name = 'SignInError';
  }
}

export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.name = 'SignInThrottledError';
  }
}

export class WeakPasswordError extends Error {
  constructor() {
    super(`An editor's password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    this.name = 'WeakPasswordError';
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return timingSafeEqual(key, expected);
}

/** Creates or replaces the local editor account. */
export async function setUpEditorAccount(store: ConsoleAuthStore, email: string, password: string, now: Date): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new WeakPasswordError();
  await store.putAccount({ email: normaliseEmail(email), passwordHash: await hashPassword(password), createdAt: now.toISOString() });
}

function windowStartOf(now: Date): Date {
  const size = SIGN_IN_WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/**
 * Checks the password and starts a session. Refused outright, before any hashing, once the
 * email or the client has failed too often in the current window.
 */
export async function signInWithPassword(
  store: ConsoleAuthStore,
  attempt: { email: string; password: string; client: string },
  now: Date,
): Promise<{ id: string; session: ConsoleSession }> {
  const email = normaliseEmail(attempt.email);
  const start = windowStartOf(now);
  const windowEnd = new Date(start.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000);
  const keys = [`email:${email}`, `client:${attempt.client}`];
  const counts = await Promise.all(keys.map((key) => store.countFailures(key, start.toISOString())));
  if (counts.some((count) => count >= MAX_FAILURES_PER_WINDOW)) {
    throw new SignInThrottledError(Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000)));
  }
  const account = email ? await store.getAccount(email) : undefined;
  // An unknown email costs the same hashing as a wrong password, so timing tells nothing.
  const ok = account ? await verifyPassword(attempt.password, account.passwordHash) : (await hashPassword(attempt.password), false);
  if (!ok) {
    const expiresAt = new Date(windowEnd.getTime() + 3_600_000);
    await Promise.all(keys.map((key) => store.recordFailure(key, start.toISOString(), expiresAt)));
    throw new SignInError();
  }
  return startSession(store, email, now);
}
