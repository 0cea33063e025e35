/**
 * The digest and alert emails, rendered from the view the domain builds
 * (`domain/digest/digest-view.ts`) with the same `html` templates as the pages, so every value
 * from a feed or an editor is escaped on the way in. A table layout 600 pixels wide at most
 * (Outlook, phones), a colour scheme declared for dark mode, a hidden preheader, no tracking
 * pixel, and a text part that says what the HTML says.
 *
 * A segment's email is rendered once with slots for each recipient's own links; the slots carry
 * a random nonce, so text from a feed can never forge one.
 */
import { randomBytes } from 'node:crypto';
import type { DigestEmails } from '../../domain/digest/ports.js';
import { localeTag } from '../../i18n/languages.js';
import {
  digestEmailView,
  type DigestEmailView,
  type DigestSectionView,
  type DigestStoryView,
  type RecipientLinks,
  type RenderedDigest,
  type RenderOptions,
} from '../../domain/digest/digest-view.js';
import type { PersonalDigest } from '../../domain/digest/personal-digest.js';
import { escapeHtml, html, safeHttpUrl, type SafeHtml } from '../html.js';
import type { RenderedEmail } from '../emails.js';

const LINK_COLOUR = 'color:#0b57d0;';

function slot(name: 'preferences' | 'unsubscribe', nonce: string): string {
  return `[[${name}:${nonce}]]`;
}

function oneLine(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Pieces of markup one per line, as a reader of the source would want them. */
function byLine(parts: readonly SafeHtml[]): SafeHtml {
  return html`${parts.map((part, index) => (index === 0 ? part : html`\n${part}`))}`;
}

function badgeHtml(label: string, colour: string): SafeHtml {
  return html`<span style="display:inline-block;margin:0 4px 4px 0;padding:1px 6px;border-radius:3px;font-size:12px;line-height:18px;background:${colour};color:#ffffff;">${label}</span>`;
}

function storyHtml(story: DigestStoryView): SafeHtml {
  const href = safeHttpUrl(story.url);
  const lang = story.language ? html` lang="${localeTag(story.language)}"` : '';
  const heading = href ? html`<a href="${href}" style="${LINK_COLOUR}text-decoration:underline;">${story.title}</a>` : story.title;
  const badges = [...story.jurisdictionNames.map((name) => badgeHtml(name, '#1f4e79')), ...story.topicNames.map((name) => badgeHtml(name, '#5a5a5a'))];
  const summary = story.summary && html`<p${lang} style="margin:4px 0 0;font-size:15px;line-height:21px;">${oneLine(story.summary)}</p>`;
  const blurb =
    story.blurb && html`\n<p style="margin:6px 0 0;padding:4px 0 4px 10px;border-left:3px solid #1f4e79;font-size:15px;line-height:21px;">${story.blurb}</p>`;
  const published = story.publishedLine && html` · ${story.publishedLine}`;
  const statement = story.statementLabel && html` · <strong>${story.statementLabel}</strong>`;
  const also = story.alsoReportedLine && html`<p style="margin:4px 0 0;font-size:13px;color:#555555;">${story.alsoReportedLine}</p>`;
  return html`<tr><td style="padding:12px 0;border-bottom:1px solid #dddddd;">
<h3${lang} style="margin:0 0 4px;font-size:17px;line-height:23px;">${heading}</h3>
<p style="margin:0 0 4px;font-size:13px;color:#1f4e79;">${story.whyLine}</p>
<div>${badges}</div>
${summary}${blurb}
<p style="margin:4px 0 0;font-size:13px;color:#555555;">${story.source}${published}${statement} · <a href="${story.storyPage.url}" style="${LINK_COLOUR}">${story.storyPage.label}</a></p>${also}
</td></tr>`;
}

function sectionHtml(section: DigestSectionView): SafeHtml {
  const body = section.stories.length ? byLine(section.stories.map(storyHtml)) : html`<tr><td style="padding:12px 0;">${section.emptyLine}</td></tr>`;
  const blurb = section.blurb && html`<p style="margin:0 0 8px;font-size:15px;">${section.blurb}</p>`;
  return html`<tr><td style="padding:16px 0 0;"><h2 style="margin:0 0 8px;font-size:20px;">${section.heading}</h2>${blurb}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${body}</table>
<p style="margin:8px 0 0;font-size:13px;"><a href="${section.archive.url}" style="${LINK_COLOUR}">${section.archive.label}</a></p></td></tr>`;
}

function emailHtml(view: DigestEmailView, nonce: string): string {
  const { footer } = view;
  return html`<!DOCTYPE html>
<html lang="${localeTag(view.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${view.subject}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<span style="display:none;max-height:0;overflow:hidden;opacity:0;">${view.preheader}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;color:#1a1a1a;font-family:Helvetica,Arial,sans-serif;padding:0 20px;">
<tr><td style="padding:20px 0 0;"><h1 style="margin:0;font-size:24px;">${view.heading}</h1><p style="margin:4px 0 0;color:#555555;">${view.headline}</p></td></tr>
${byLine(view.sections.map(sectionHtml))}
<tr><td style="padding:20px 0;font-size:13px;color:#555555;">${footer.text} <a href="${slot('preferences', nonce)}" style="${LINK_COLOUR}">${footer.preferencesLabel}</a> · <a href="${slot('unsubscribe', nonce)}" style="${LINK_COLOUR}">${footer.unsubscribeLabel}</a> · <a href="${footer.privacy.url}" style="${LINK_COLOUR}">${footer.privacy.label}</a></td></tr>
</table></td></tr></table></body></html>`.markup;
}

/** Chinese characters are two columns wide in a monospaced reader. */
function columnsOf(text: string): number {
  return [...text].reduce((width, c) => width + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
}

function storyText(story: DigestStoryView): string {
  // Text mail clients turn URLs into links, so only an http(s) one is written out.
  const link = safeHttpUrl(story.url);
  const published = story.publishedLine ? ` · ${story.publishedLine}` : '';
  const statement = story.statementLabel ? ` · ${story.statementLabel}` : '';
  const summary = story.summary ? `\n   ${oneLine(story.summary)}` : '';
  const blurb = story.blurb ? `\n   > ${story.blurb.replace(/\s+/g, ' ')}` : '';
  const also = story.alsoReportedLine ? `\n   ${story.alsoReportedLine}` : '';
  return `* ${oneLine(story.title, 300)}\n   ${story.whyLine}\n   ${story.source}${published}${statement} · ${story.tagLine}${summary}${blurb}${link ? `\n   ${link}` : ''}\n   ${story.storyPage.label}: ${story.storyPage.url}${also}`;
}

function sectionText(section: DigestSectionView): string {
  const title = `${section.heading}\n${'='.repeat(columnsOf(section.heading))}`;
  const blurb = section.blurb ? `\n${section.blurb}\n` : '';
  const stories = section.stories.length ? section.stories.map(storyText).join('\n\n') : section.emptyLine;
  return `${title}${blurb}\n${stories}\n\n${section.archive.textLine}`;
}

function emailText(view: DigestEmailView, nonce: string): string {
  const { footer } = view;
  return `${view.heading}\n${view.headline}\n\n${view.sections.map(sectionText).join('\n\n')}\n\n--\n${footer.text}\n${footer.preferencesLabel}: ${slot('preferences', nonce)}\n${footer.unsubscribeLabel}: ${slot('unsubscribe', nonce)}\n${footer.privacy.label}: ${footer.privacy.url}\n`;
}

/** Renders a segment's email once; `personalise` fills in each recipient's links. */
export function renderDigestEmail(view: DigestEmailView): RenderedDigest {
  const nonce = randomBytes(8).toString('hex');
  return { subject: view.subject, html: emailHtml(view, nonce), text: emailText(view, nonce), slotNonce: nonce };
}

/** Fills one recipient's links into a segment's rendering, escaped for the HTML part. */
export function personalise(rendered: RenderedDigest, links: RecipientLinks): RenderedEmail {
  const fill = (body: string, escape: (value: string) => string) =>
    body
      .replaceAll(slot('preferences', rendered.slotNonce), escape(links.preferences))
      .replaceAll(slot('unsubscribe', rendered.slotNonce), escape(links.unsubscribe));
  return { subject: rendered.subject, html: fill(rendered.html, escapeHtml), text: fill(rendered.text, (value) => value) };
}

/** The view and its rendering in one call: the editor's preview renders what a reader receives. */
export function renderDigest(digest: PersonalDigest, options: RenderOptions): RenderedDigest {
  return renderDigestEmail(digestEmailView(digest, options));
}

/** What the senders are given to render with. */
export const digestEmails: DigestEmails = { render: renderDigestEmail, personalise };
