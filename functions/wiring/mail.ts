/** The SES mailer of the Lambdas that send mail, and its settings. */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../adapters/ses/ses-mailer.js';
import { ENV, optionalEnv, requireEnv } from '../config/env.js';
import type { Mailer } from '../domain/ports.js';

/** Who mail comes from, and the SES configuration set that reports its bounces and complaints. */
export interface MailSettings {
  readonly fromAddress: string;
  readonly configurationSet?: string;
}

export function mailSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): MailSettings {
  return { fromAddress: requireEnv(ENV.fromAddress, env), configurationSet: optionalEnv(ENV.configurationSet, env) };
}

export function sesMailerFor(ses: SESv2Client, mail: MailSettings): Mailer {
  return new SesMailer(ses, mail.fromAddress, mail.configurationSet);
}
