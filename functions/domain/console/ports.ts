/**
 * Ports of the editor console: editor accounts, sessions, sign-in attempts, the audit log and
 * the alert flags on stories. No SDK here; the Dynamo adapters implement them.
 */

/** A local editor account (deployed editors sign in through Cognito and have none). */
export interface EditorAccount {
  readonly email: string;
  /** `scrypt$N$r$p$salt$hash`, base64 parts. */
  readonly passwordHash: string;
  readonly createdAt: string;
}

/** A signed-in editor: the server-side half of the session cookie. */
export interface ConsoleSession {
  /** The cookie holds the id; only its SHA-256 is stored, so a table read cannot sign anyone in. */
  readonly idHash: string;
  readonly editor: string;
  /** Sent back with every change, which a page of another site cannot read or guess. */
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface ConsoleAuthStore {
  getAccount(email: string): Promise<EditorAccount | undefined>;
  putAccount(account: EditorAccount): Promise<void>;
  putSession(session: ConsoleSession): Promise<void>;
  getSession(idHash: string): Promise<ConsoleSession | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Failed sign-ins counted under `key` in the window starting at `windowStart`. */
  countFailures(key: string, windowStart: string): Promise<number>;
  recordFailure(key: string, windowStart: string, expiresAt: Date): Promise<number>;
}

export interface AuditEntry {
  /** From the session, never from the request. */
  readonly editor: string;
  readonly at: string;
  readonly action: string;
  /** What was acted on: an edition id, a story id, a feed id. */
  readonly target: string;
  readonly detail?: string;
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  listRecent(limit: number): Promise<AuditEntry[]>;
}

/** `flag`: alert whatever the score; `hold`: never alert; `none`: as the score says. */
export type AlertFlag = 'flag' | 'hold' | 'none';

export interface StoryAlertFlags {
  setAlertFlag(storyId: string, flag: AlertFlag): Promise<void>;
}

/** Signing in elsewhere (Cognito's managed login) and coming back with a code. */
export interface HostedSignIn {
  /** Where to send the browser, and a cookie that binds the round trip to this browser. */
  begin(callbackUrl: string): Promise<{ location: string; state: string }>;
  /** The signed-in editor's email, from the code and the state cookie; throws when anything does not match. */
  finish(callbackUrl: string, code: string, returnedState: string, savedState: string): Promise<string>;
}
