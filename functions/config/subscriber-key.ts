/**
 * The subscriber key: in the cloud, read once at cold start from Secrets Manager, so it never
 * sits in a function's configuration; on this machine, from the environment.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ENV, MissingConfigurationError, optionalEnv } from './env.js';

export async function loadSubscriberHashKey(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const direct = optionalEnv(ENV.subscriberHashKey, env);
  if (direct) return direct;
  const secretArn = optionalEnv(ENV.subscriberHashKeySecretArn, env);
  if (!secretArn) throw new MissingConfigurationError(`${ENV.subscriberHashKey} or ${ENV.subscriberHashKeySecretArn}`);
  const client = new SecretsManagerClient({ requestHandler: { requestTimeout: 5_000, connectionTimeout: 2_000 } });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString) throw new Error(`the secret ${secretArn} holds no string`);
    return SecretString;
  } finally {
    client.destroy();
  }
}
