/**
 * The SES client, built once per process, apart from the other clients (aws-clients.ts) so that
 * a function loads it with the first email it sends (wiring/mail.ts), not at cold start.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { requestHandler } from '../aws-clients.js';

let ses: SESv2Client | undefined;

export function sesClient(): SESv2Client {
  return (ses ??= new SESv2Client({ requestHandler: requestHandler() }));
}
