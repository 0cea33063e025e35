import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sesMailerOnFirstUse } from '../../../functions/wiring/mail-on-first-use.js';
import { startLocalServices, type LocalServices } from '../../support/local-services.js';

let services: LocalServices;
beforeAll(async () => {
  services = await startLocalServices();
}, 60_000);
afterAll(async () => {
  await services?.stop();
});

const email = (to: string) => ({ to, subject: 'Confirm your Newsdesk subscription', html: '<p>Confirm</p>', text: 'Confirm', headers: {} });

describe('the SES mailer the Lambdas load on their first email', () => {
  it('makes its client once, on the first email, and sends through it', async () => {
    await services.clearEmails();
    let made = 0;
    const mailer = sesMailerOnFirstUse(
      () => {
        made += 1;
        return Promise.resolve(services.ses);
      },
      { fromAddress: 'digest@news.example' },
    );
    expect(made).toBe(0);

    await mailer.send(email('first@reader.example'));
    await mailer.send(email('second@reader.example'));

    expect(made).toBe(1);
    expect((await services.listEmails()).map((sent) => sent.destination.to[0]).sort()).toEqual(['first@reader.example', 'second@reader.example']);
  });

  it('fails the email whose load failed, with the reason, and loads again for the next', async () => {
    await services.clearEmails();
    let calls = 0;
    const mailer = sesMailerOnFirstUse(
      () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('the SES client could not be loaded')) : Promise.resolve(services.ses);
      },
      { fromAddress: 'digest@news.example' },
    );

    await expect(mailer.send(email('lost@reader.example'))).rejects.toThrow('the SES client could not be loaded');
    await mailer.send(email('kept@reader.example'));

    expect(calls).toBe(2);
    expect((await services.listEmails()).map((sent) => sent.destination.to[0])).toEqual(['kept@reader.example']);
  });
});
