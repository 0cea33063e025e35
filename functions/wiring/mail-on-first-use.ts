/**
 * For the pages' Lambdas, which send mail on a few requests only (a sign-up's confirmation, an
 * editor's test email): the SES client, its commands and SES's schemas (about 60 KiB) load when
 * the first email goes, so the cold start of every other request skips them. Kept apart from
 * mail.ts: a dynamic import in a module every delivery function reaches would make esbuild
 * split SES into their bundles too, and pull shared protocol code into their cold start.
 */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../domain/ports.js';
import type { MailSettings } from './mail.js';

/** An SES client, or how to make one (the Lambdas' `loadSesClient`). */
export type SesClientSource = SESv2Client | (() => Promise<SESv2Client>);

/** The Lambdas' SES client, imported when it is first asked for. */
export async function loadSesClient(): Promise<SESv2Client> {
  return (await import('../adapters/ses/ses-client.js')).sesClient();
}

/** The SES mailer, loaded with the first email; a load that fails is tried again on the next. */
export function sesMailerOnFirstUse(ses: SesClientSource, mail: MailSettings): Mailer {
  let loading: Promise<Mailer> | undefined;
  const load = async (): Promise<Mailer> => {
    const [{ SesMailer }, client] = await Promise.all([import('../adapters/ses/ses-mailer.js'), typeof ses === 'function' ? ses() : ses]);
    return new SesMailer(client, mail.fromAddress, mail.configurationSet);
  };
  return {
    send: async (email) => {
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return (await loading).send(email);
    },
  };
}
