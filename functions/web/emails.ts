/**
 * The two emails of the sign-up flow, as code: the confirmation link and the preferences link
 * (what an existing subscriber gets instead of a second sign-up). Plain layout, every value
 * escaped, no tracking pixel and no redirecting links.
 */
import { listUnsubscribeHeaders } from '../domain/subscriptions/links.js';
import type { SubscriberLinks, SubscriberNotifier } from '../domain/subscriptions/ports.js';
import type { Mailer } from '../domain/ports.js';
import { html, type SafeHtml } from './html.js';

export interface RenderedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

function emailShell(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;margin:0 auto;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;">
<tr><td style="padding:24px 16px;">${body}</td></tr>
</table>
</body></html>`.markup;
}

function button(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;background:#0b57d0;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;">${label}</a></p>
<p style="font-size:14px;color:#505050;">Or copy this address into your browser:<br><span style="word-break:break-all;">${href}</span></p>`;
}

function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function renderConfirmationEmail(confirmUrl: string, expiresAt: Date): RenderedEmail {
  const subject = 'Confirm your Newsdesk subscription';
  const until = formatUtc(expiresAt);
  return {
    subject,
    html: emailShell(
      subject,
      html`<h1 style="font-size:22px;">Confirm your subscription</h1>
<p>Someone, hopefully you, asked to subscribe this address to Newsdesk. Open the link and press the button to confirm.</p>
${button(confirmUrl, 'Confirm my subscription')}
<p>The link works until ${until}.</p>
<p style="font-size:14px;color:#505050;">Did not ask for this? Ignore this email: nothing is sent to you unless you confirm, and the unconfirmed sign-up is deleted after 7 days.</p>`,
    ),
    text: `Confirm your Newsdesk subscription

Someone, hopefully you, asked to subscribe this address to Newsdesk. Open this link and press the button to confirm:

${confirmUrl}

The link works until ${until}.

Did not ask for this? Ignore this email: nothing is sent to you unless you confirm, and the unconfirmed sign-up is deleted after 7 days.
`,
  };
}

export function renderManageLinksEmail(links: SubscriberLinks): RenderedEmail {
  const subject = 'Your Newsdesk preferences';
  return {
    subject,
    html: emailShell(
      subject,
      html`<h1 style="font-size:22px;">You are already subscribed</h1>
<p>Someone, hopefully you, asked to subscribe this address to Newsdesk. It is subscribed already, so nothing has changed. To change your regions, topics, frequency or time zone, or to pause:</p>
${button(links.preferences, 'Change my preferences')}
<p style="font-size:14px;color:#505050;">Did not ask for this? You can ignore this email. <a href="${links.unsubscribe}" style="color:#0b57d0;">Unsubscribe</a>.</p>`,
    ),
    text: `You are already subscribed to Newsdesk

Someone, hopefully you, asked to subscribe this address to Newsdesk. It is subscribed already, so nothing has changed. To change your regions, topics, frequency or time zone, or to pause:

${links.preferences}

Did not ask for this? You can ignore this email.
Unsubscribe: ${links.unsubscribe}
`,
  };
}

/** Sends the sign-up emails through any Mailer (SES in the cloud, the emulator locally). */
export function createSubscriberNotifier(mailer: Mailer): SubscriberNotifier {
  return {
    async sendConfirmation(to, { confirmUrl, expiresAt }) {
      await mailer.send({ to, ...renderConfirmationEmail(confirmUrl, expiresAt), headers: {} });
    },
    async sendManageLinks(to, links) {
      await mailer.send({ to, ...renderManageLinksEmail(links), headers: listUnsubscribeHeaders(links) });
    },
  };
}
