/**
 * The subscriber key for the subscriber pages, which need it only for a form or a signed link,
 * never for the sign-up page: given in the environment, it is returned as it is; kept in
 * Secrets Manager, the client and the read come with the first request that needs the key, a
 * chunk of their own in the bundle. A configuration with neither fails at once. No SDK import
 * here: the workers read the key at their cold start (`loadSubscriberHashKey` in subscriber-key.ts).
 */
import { subscriberKeySource } from './env.js';

export function subscriberHashKeyOnFirstUse(env: NodeJS.ProcessEnv = process.env): string | (() => Promise<string>) {
  const source = subscriberKeySource(env);
  if ('key' in source) return source.key;
  return async () => (await import('./subscriber-key.js')).readSubscriberKeySecret(source.secretArn);
}
