/**
 * The editors' sign-in: a Cognito user pool that nobody can join on their own (editors are
 * invited from the `newsdesk:editors` context list), with optional TOTP MFA, a strong password
 * policy, the managed login pages on the pool's domain, and an app client for the console's
 * authorization-code flow with PKCE. The pool is kept when the stack goes.
 */
import { Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolUser,
  Mfa,
  OAuthScope,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { createHash } from 'node:crypto';
import { ENV } from '../functions/config/env.js';
import type { NewsdeskFunction } from './newsdesk-function.js';

export interface EditorAuthProps {
  /** The https address the console is served at; the sign-in callback is under it. */
  readonly publicBaseUrl: string;
  /** Editors' email addresses: each gets an invitation with a temporary password. */
  readonly editors: readonly string[];
  /** The managed login's domain prefix (`<prefix>.auth.<region>.amazoncognito.com`). @default newsdesk-editors-<account> */
  readonly domainPrefix?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class EditorAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: EditorAuthProps) {
    super(scope, id);
    for (const email of props.editors) {
      if (!EMAIL.test(email)) throw new Error(`newsdesk:editors holds "${email}", which is not an email address`);
    }
    this.userPool = new UserPool(this, 'Editors', {
      userPoolName: 'newsdesk-editors',
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userInvitation: {
        emailSubject: 'You are invited to the Newsdesk editor console',
        emailBody: `Sign in at ${props.publicBaseUrl}/console with the username {username} and the temporary password {####}. You will choose your own password, and can add an authenticator app.`,
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is available to every editor (TOTP) and an operator can make it required; it is optional so that an invited editor can sign in once and enrol an authenticator.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'The Plus feature plan (threat protection) is billed per user; a handful of invited editors with strong passwords and optional MFA do not warrant it.',
    });

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `newsdesk-editors-${Aws.ACCOUNT_ID}` },
    });
    this.client = this.userPool.addClient('Console', {
      userPoolClientName: 'newsdesk-console',
      // A public client: the code is redeemed with its PKCE verifier, not with a secret.
      generateSecret: false,
      authFlows: {},
      preventUserExistenceErrors: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [`${props.publicBaseUrl}/console/callback`],
        logoutUrls: [`${props.publicBaseUrl}/console/sign-in`],
      },
      idTokenValidity: Duration.minutes(60),
      accessTokenValidity: Duration.minutes(60),
      refreshTokenValidity: Duration.hours(12),
    });

    for (const email of props.editors) {
      // Named by the address, so taking one editor off the list never touches the others.
      new CfnUserPoolUser(this, `Editor${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 12)}`, {
        userPoolId: this.userPool.userPoolId,
        username: email.toLowerCase(),
        desiredDeliveryMediums: ['EMAIL'],
        userAttributes: [
          { name: 'email', value: email.toLowerCase() },
          // The invitation goes to this address, so reaching it proves it.
          { name: 'email_verified', value: 'true' },
        ],
      });
    }
  }

  /** Tells the console function where editors sign in; nothing to grant, the endpoints are public. */
  bindSignIn(fn: NewsdeskFunction): void {
    fn.addEnvironment(ENV.editorUserPoolId, this.userPool.userPoolId);
    fn.addEnvironment(ENV.editorClientId, this.client.userPoolClientId);
    fn.addEnvironment(ENV.editorSignInDomain, this.domain.baseUrl());
  }
}
