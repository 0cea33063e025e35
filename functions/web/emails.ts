/**
 * The emails of the sign-up flow, as code: the confirmation link, the preferences link (what
 * an existing subscriber gets instead of a second sign-up) and the welcome that follows a
 * confirmation. Each is written in the reader's language from one list of blocks, so the HTML
 * and text parts say the same; a table layout (Outlook), a colour scheme declared for dark
 * mode with every text colour on its own background, every value escaped, no tracking pixel
 * and no redirecting links.
 */
import { formatDateTime } from '../i18n/format.js';
import { DEFAULT_LANGUAGE, languageOf, localeTag, type Language } from '../i18n/languages.js';
import { loadMessages, type Messages } from '../i18n/messages.js';
import { firstDigestAt } from '../domain/subscriptions/first-digest.js';
import { listUnsubscribeHeaders } from '../domain/subscriptions/links.js';
import type { SubscriberLinks, SubscriberNotifier } from '../domain/subscriptions/ports.js';
import type { Mailer } from '../domain/ports.js';
import { html, type SafeHtml } from './html.js';
import { describeChoices } from './preference-fields.js';

export interface RenderedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** One piece of an email, rendered both as HTML and as text. */
export type EmailBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'button'; readonly href: string; readonly label: string }
  | { readonly kind: 'link'; readonly href: string; readonly label: string }
  | { readonly kind: 'facts'; readonly title: string; readonly facts: readonly (readonly [string, string])[] };

const TEXT = 'color:#1b1b1b;background:#ffffff;';
const MUTED = 'color:#505050;background:#ffffff;';

function blockHtml(block: EmailBlock, t: Messages): SafeHtml {
  switch (block.kind) {
    case 'heading':
      return html`<tr><td style="padding:0 0 8px;${TEXT}"><h1 style="margin:0;font-size:22px;line-height:1.3;${TEXT}">${block.text}</h1></td></tr>`;
    case 'paragraph':
      return html`<tr><td style="padding:8px 0;${TEXT}">${block.text}</td></tr>`;
    case 'note':
      return html`<tr><td style="padding:8px 0;font-size:14px;${MUTED}">${block.text}</td></tr>`;
    case 'button':
      // The row marked "repeat" gives the same link again, as text, for clients that break buttons.
      // A padded cell, not a styled link alone: Outlook ignores padding on <a>.
      return html`<tr><td style="padding:16px 0 8px;${TEXT}"><table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#0b57d0;border-radius:6px;padding:12px 20px;"><a href="${block.href}" style="color:#ffffff;background:#0b57d0;text-decoration:none;font-weight:bold;">${block.label}</a></td></tr></table></td></tr>
<tr><td class="repeat" style="padding:0 0 8px;font-size:14px;${MUTED}">${t.copyAddress}<br><span style="word-break:break-all;">${block.href}</span></td></tr>`;
    case 'link':
      return html`<tr><td style="padding:8px 0;font-size:14px;${MUTED}"><a href="${block.href}" style="color:#0b57d0;background:#ffffff;">${block.label}</a></td></tr>`;
    case 'facts':
      return html`<tr><td style="padding:8px 0;${TEXT}"><p style="margin:0 0 4px;font-weight:bold;${TEXT}">${block.title}</p><table role="presentation" cellpadding="0" cellspacing="0">${block.facts.map(
        ([term, value]) =>
          html`<tr><td style="padding:2px 12px 2px 0;vertical-align:top;font-weight:bold;${TEXT}">${term}</td><td style="padding:2px 0;${TEXT}">${value}</td></tr>`,
      )}</table></td></tr>`;
  }
}

function blockText(block: EmailBlock, language: Language): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return block.text;
    case 'button':
      return `${block.label}:\n${block.href}`;
    case 'link':
      return `${block.label}: ${block.href}`;
    case 'facts':
      return [block.title, ...block.facts.map(([term, value]) => `${term}${language === 'en' ? ': ' : '：'}${value}`)].join('\n');
  }
}

/** Both parts from the same blocks, with the privacy notice in the footer of each. */
export function renderEmail(subject: string, blocks: readonly EmailBlock[], t: Messages, baseUrl?: string): RenderedEmail {
  const { language } = t;
  const all: EmailBlock[] = [...blocks];
  if (baseUrl) all.push({ kind: 'link', href: `${baseUrl.replace(/\/+$/, '')}/privacy`, label: t.privacyLink });
  const markup = html`<!doctype html>
<html lang="${localeTag(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${subject}</title></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#ffffff;"><tr><td align="center" style="padding:0 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;font-family:Arial,Helvetica,'PingFang TC','Microsoft JhengHei',sans-serif;font-size:16px;line-height:1.5;${TEXT}">
<tr><td style="padding:24px 8px;${TEXT}"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
${all.map((block) => blockHtml(block, t))}
</table></td></tr>
</table></td></tr></table>
</body></html>`.markup;
  const text = `${all.map((block) => blockText(block, language)).join('\n\n')}\n`;
  return { subject, html: markup, text };
}

export interface EmailContext {
  /** The reader's catalogue, loaded by whoever sends the email. */
  readonly messages: Messages;
  readonly timeZone?: string;
  /** Public origin, for the privacy-notice link in the footer. */
  readonly baseUrl?: string;
}

export function renderConfirmationEmail(confirmUrl: string, expiresAt: Date, context: EmailContext): RenderedEmail {
  const t = context.messages;
  const { language } = t;
  const until = formatDateTime(language, expiresAt, context.timeZone ?? 'UTC');
  return renderEmail(
    t.confirmEmailSubject,
    [
      { kind: 'heading', text: t.confirmEmailHeading },
      { kind: 'paragraph', text: t.confirmEmailBody },
      { kind: 'button', href: confirmUrl, label: t.confirmEmailButton },
      { kind: 'paragraph', text: t.confirmEmailUntil({ until }) },
      { kind: 'note', text: t.confirmEmailIgnore },
    ],
    t,
    context.baseUrl,
  );
}

export function renderManageLinksEmail(links: SubscriberLinks, context: EmailContext): RenderedEmail {
  const t = context.messages;
  return renderEmail(
    t.manageEmailSubject,
    [
      { kind: 'heading', text: t.manageEmailHeading },
      { kind: 'paragraph', text: t.manageEmailBody },
      { kind: 'button', href: links.preferences, label: t.manageEmailButton },
      { kind: 'note', text: t.manageEmailIgnore },
      { kind: 'link', href: links.unsubscribe, label: t.unsubscribeLink },
    ],
    t,
    context.baseUrl,
  );
}

export interface WelcomeDetails {
  /** When the first weekly digest is due; absent for a reader of instant alerts only. */
  readonly firstDigestAt?: Date;
  readonly choices: readonly (readonly [string, string])[];
}

export function renderWelcomeEmail(details: WelcomeDetails, links: SubscriberLinks, context: EmailContext): RenderedEmail {
  const t = context.messages;
  const { language } = t;
  const when = details.firstDigestAt && formatDateTime(language, details.firstDigestAt, context.timeZone ?? 'UTC');
  return renderEmail(
    t.welcomeEmailSubject,
    [
      { kind: 'heading', text: t.welcomeEmailHeading },
      { kind: 'paragraph', text: when ? t.welcomeEmailFirstDigest({ when }) : t.welcomeEmailAlertsOnly },
      { kind: 'facts', title: t.welcomeEmailChoices, facts: details.choices },
      { kind: 'button', href: links.preferences, label: t.manageEmailButton },
      { kind: 'link', href: links.unsubscribe, label: t.unsubscribeLink },
    ],
    t,
    context.baseUrl,
  );
}

/** Sends the sign-up emails through any Mailer (SES in the cloud, the emulator locally). */
export function createSubscriberNotifier(mailer: Mailer, baseUrl?: string): SubscriberNotifier {
  return {
    // Each email awaits its reader's catalogue first: a chunk that fails to load fails the send, with nothing sent.
    async sendConfirmation(to, { confirmUrl, expiresAt, language, timeZone }) {
      const messages = await loadMessages(language ?? DEFAULT_LANGUAGE);
      await mailer.send({ to, ...renderConfirmationEmail(confirmUrl, expiresAt, { messages, timeZone, baseUrl }), headers: {} });
    },
    async sendManageLinks(to, links, reader = {}) {
      const messages = await loadMessages(reader.language ?? DEFAULT_LANGUAGE);
      await mailer.send({ to, ...renderManageLinksEmail(links, { messages, timeZone: reader.timeZone, baseUrl }), headers: listUnsubscribeHeaders(links) });
    },
    async sendWelcome(subscriber, links, now) {
      const messages = await loadMessages(languageOf(subscriber));
      const context = { messages, timeZone: subscriber.timeZone, baseUrl };
      const details = { firstDigestAt: firstDigestAt(subscriber, now), choices: describeChoices(subscriber, messages) };
      await mailer.send({ to: subscriber.email, ...renderWelcomeEmail(details, links, context), headers: listUnsubscribeHeaders(links) });
    },
  };
}
