/**
 * AWS SDK clients, built once per process. Endpoints come from the standard
 * `AWS_ENDPOINT_URL_*` variables, so the same code talks to dynalite and the SES emulator
 * locally and to AWS in the cloud. Every request has a time limit: a stuck call must fail
 * and be retried, not hold a Lambda until its own timeout.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';

const REQUEST_TIMEOUT_MS = 5_000;
const CONNECTION_TIMEOUT_MS = 2_000;

/** Time limits of every request of every client. */
export function requestHandler() {
  return { requestTimeout: REQUEST_TIMEOUT_MS, connectionTimeout: CONNECTION_TIMEOUT_MS };
}

let dynamo: DynamoDBClient | undefined;
let sqs: SQSClient | undefined;
// The SES client is in ses/ses-client.ts: the functions load it when their first email goes.

export function dynamoClient(): DynamoDBClient {
  return (dynamo ??= new DynamoDBClient({ requestHandler: requestHandler() }));
}

export function sqsClient(): SQSClient {
  return (sqs ??= new SQSClient({ requestHandler: requestHandler() }));
}
