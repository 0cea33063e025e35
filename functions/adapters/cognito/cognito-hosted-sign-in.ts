/**
 * Cognito's managed login: the OAuth 2 authorization-code flow with PKCE against the user
 * pool's domain, and the ID token verified (signature, issuer, audience, expiry, token use)
 * with aws-jwt-verify before anyone is signed in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { loadOnFirstUse } from '../../domain/load-on-first-use.js';
import type { HostedSignIn } from '../../domain/console/ports.js';

export interface CognitoSignInSettings {
  readonly userPoolId: string;
  readonly clientId: string;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`, no trailing slash. */
  readonly domainUrl: string;
}

export class HostedSignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostedSignInError';
  }
}

/**
 * aws-jwt-verify (16 KiB) is imported with the first callback to verify: the console's cold
 * start, which is most often a page behind a session or a redirect to sign in, does not need it.
 */
async function loadIdTokenVerifier(settings: CognitoSignInSettings) {
  const { CognitoJwtVerifier } = await import('aws-jwt-verify');
  return CognitoJwtVerifier.create({ userPoolId: settings.userPoolId, tokenUse: 'id', clientId: settings.clientId });
}

/** The state carries the PKCE verifier, so no server-side storage is needed for the round trip. */
export class CognitoHostedSignIn implements HostedSignIn {
  private readonly verifier: () => ReturnType<typeof loadIdTokenVerifier>;

  constructor(
    private readonly settings: CognitoSignInSettings,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.verifier = loadOnFirstUse('sign-in verifier', () => loadIdTokenVerifier(settings));
  }

  async begin(callbackUrl: string): Promise<{ location: string; state: string }> {
    const codeVerifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(codeVerifier).digest('base64url');
    const nonce = randomBytes(16).toString('base64url');
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: callbackUrl,
      scope: 'openid email',
      state: nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    // The cookie keeps both the state to compare and the verifier to redeem the code with.
    return { location: `${this.settings.domainUrl}/oauth2/authorize?${params.toString()}`, state: `${nonce}.${codeVerifier}` };
  }

  async finish(callbackUrl: string, code: string, returnedState: string, savedState: string): Promise<string> {
    const [nonce, codeVerifier] = savedState.split('.');
    if (!code || !nonce || !codeVerifier || returnedState !== nonce) throw new HostedSignInError('the sign-in state does not match this browser');
    const response = await this.fetchImpl(`${this.settings.domainUrl}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: this.settings.clientId,
        code,
        redirect_uri: callbackUrl,
        code_verifier: codeVerifier,
      }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new HostedSignInError(`the token endpoint answered ${response.status}`);
    const { id_token: idToken } = (await response.json()) as { id_token?: string };
    if (!idToken) throw new HostedSignInError('the token endpoint returned no ID token');
    const claims = await (await this.verifier()).verify(idToken);
    if (typeof claims.email !== 'string' || claims.email_verified !== true) throw new HostedSignInError('the editor has no verified email');
    return claims.email;
  }
}
