/**
 * The subscriber key: in the cloud, read from Secrets Manager (by the workers at cold start, by
 * the subscriber pages with their first form), so it never sits in a function's configuration;
 * on this machine, from the environment.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { subscriberKeySource } from './env.js';

export async function loadSubscriberHashKey(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const source = subscriberKeySource(env);
  return 'key' in source ? source.key : readSubscriberKeySecret(source.secretArn);
}

export async function readSubscriberKeySecret(secretArn: string): Promise<string> {
  const client = new SecretsManagerClient({ requestHandler: { requestTimeout: 5_000, connectionTimeout: 2_000 } });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString) throw new Error(`the secret ${secretArn} holds no string`);
    return SecretString;
  } finally {
    client.destroy();
  }
}
