/**
 * The SDK's default credential chain as deployed: the environment only. The bundles put this
 * module where `@aws-sdk/credential-provider-node` would be (the `alias` in
 * lib/lambda-bundling.ts), because a Lambda function's role credentials are always in its
 * environment. The rest of the chain (profiles, SSO, web identity, the instance metadata
 * service) and the STS and SSO clients it brings would be loaded and parsed at every cold
 * start for nothing: over 100 kB a bundle. Tests, the demo and the command line keep the full
 * chain, since they never go through a bundle.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

type EnvironmentInit = Parameters<typeof fromEnv>[0];

/** Same name and call as the package it stands in for, so each client's runtime config takes it unchanged. */
export function defaultProvider(init?: EnvironmentInit): ReturnType<typeof fromEnv> {
  return fromEnv(init);
}
