/**
 * Keeping editors signed in: random session ids kept server-side with an expiry, and a CSRF
 * token per session. Editors sign in with Cognito's managed login when deployed, and with the
 * local account's password on this machine (password-sign-in.ts).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ConsoleAuthStore, ConsoleSession } from './ports.js';

export const SESSION_HOURS = 12;
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('base64url');
}

/** Starts a session for an editor whose identity is already proven (a password, or Cognito). */
export async function startSession(store: ConsoleAuthStore, editor: string, now: Date): Promise<{ id: string; session: ConsoleSession }> {
  const id = randomToken();
  const session: ConsoleSession = {
    idHash: hashSessionId(id),
    editor: normaliseEmail(editor),
    csrfToken: randomToken(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
  };
  await store.putSession(session);
  return { id, session };
}

/** The session behind a cookie's id, or undefined when there is none or it has expired. */
export async function findSession(store: ConsoleAuthStore, id: string | undefined, now: Date): Promise<ConsoleSession | undefined> {
  if (!id || id.length > 100) return undefined;
  const session = await store.getSession(hashSessionId(id));
  if (!session || Date.parse(session.expiresAt) <= now.getTime()) return undefined;
  return session;
}

export async function endSession(store: ConsoleAuthStore, id: string): Promise<void> {
  await store.deleteSession(hashSessionId(id));
}

/** Constant-time comparison of the token a form sent with the session's. */
export function csrfTokenMatches(session: Pick<ConsoleSession, 'csrfToken'>, sent: string | undefined): boolean {
  if (!sent || !session.csrfToken) return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}
