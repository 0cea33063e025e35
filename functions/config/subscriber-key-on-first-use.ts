/**
 * The subscriber key for the subscriber pages, which need it only for a form or a signed link,
 * never for the sign-up page: given in the environment, it is returned as it is; kept in
 * Secrets Manager, the client and the read come with the first request that needs the key, a
 * chunk of their own in the bundle. A configuration with neither fails at once, as before.
 */
import { ENV, MissingConfigurationError, optionalEnv } from './env.js';

export function subscriberHashKeyOnFirstUse(env: NodeJS.ProcessEnv = process.env): string | (() => Promise<string>) {
  const direct = optionalEnv(ENV.subscriberHashKey, env);
  if (direct) return direct;
  if (!optionalEnv(ENV.subscriberHashKeySecretArn, env)) throw new MissingConfigurationError(`${ENV.subscriberHashKey} or ${ENV.subscriberHashKeySecretArn}`);
  return async () => (await import('./subscriber-key.js')).loadSubscriberHashKey(env);
}
