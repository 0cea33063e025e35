import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { PermanentSendError, TransientSendError } from '../../domain/errors.js';
import type { Mailer, OutgoingEmail } from '../../domain/ports.js';

/** SES refusals that no retry will change. */
const PERMANENT_ERRORS = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'AccountSuspendedException',
  'BadRequestException',
  'NotFoundException',
]);

/** The message names no address: it is logged and kept on the delivery record. */
function classifySesError(error: unknown): Error {
  const name = error instanceof Error ? error.name : 'UnknownError';
  const message = `SES refused the email: ${name}${error instanceof Error && error.message ? ` (${error.message})` : ''}`;
  return PERMANENT_ERRORS.has(name) ? new PermanentSendError(message, { cause: error }) : new TransientSendError(message, { cause: error });
}

/** Sends through SES v2 with Simple content, so custom headers (List-Unsubscribe...) travel. */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly fromAddress: string,
    private readonly configurationSet?: string,
  ) {}

  async send(email: OutgoingEmail): Promise<string> {
    const result = await this.client
      .send(
        new SendEmailCommand({
          FromEmailAddress: this.fromAddress,
          Destination: { ToAddresses: [email.to] },
          ConfigurationSetName: this.configurationSet,
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: 'UTF-8' },
              Body: {
                Html: { Data: email.html, Charset: 'UTF-8' },
                Text: { Data: email.text, Charset: 'UTF-8' },
              },
              Headers: Object.entries(email.headers).map(([Name, Value]) => ({ Name, Value })),
            },
          },
        }),
      )
      .catch((error: unknown) => {
        throw classifySesError(error);
      });
    if (!result.MessageId) throw new TransientSendError('SES accepted an email but returned no message id');
    return result.MessageId;
  }
}
