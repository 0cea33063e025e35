/**
 * The mail settings of the Lambdas that send mail. The mailer itself is built where it is used:
 * eagerly by the sender (delivery.ts), on the first email by the pages (mail-on-first-use.ts).
 */
import { ENV, optionalEnv, requireEnv } from '../config/env.js';

/** Who mail comes from, and the SES configuration set that reports its bounces and complaints. */
export interface MailSettings {
  readonly fromAddress: string;
  readonly configurationSet?: string;
}

export function mailSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): MailSettings {
  return { fromAddress: requireEnv(ENV.fromAddress, env), configurationSet: optionalEnv(ENV.configurationSet, env) };
}
