import { randomBytes } from 'node:crypto';
import { escapeHtml, safeHttpUrl } from '../../web/html.js';
import type { EditionItem } from './edition.js';
import type { DigestSection, PersonalDigest } from './personal-digest.js';

/** A digest rendered once per segment, with slots for the links that differ per recipient. */
export interface RenderedDigest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** Random per render, so text from a feed can never forge a slot. */
  readonly slotNonce: string;
}

export interface RecipientLinks {
  readonly preferences: string;
  readonly unsubscribe: string;
}

export interface RenderOptions {
  readonly publicBaseUrl: string;
  /** An instant alert lists what is new since the last window; a digest is the week's edition. */
  readonly kind?: 'digest' | 'alert';
}


function slot(name: string, nonce: string): string {
  return `[[${name}:${nonce}]]`;
}

/** How a digest marks a story that is the regulator's own release rather than a report of it. */
const STATEMENT_LABEL = "The regulator's own statement";

function oneLine(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function countOf(digest: PersonalDigest): string {
  return digest.storyCount === 1 ? '1 story' : `${digest.storyCount} stories`;
}

function subjectFor(digest: PersonalDigest, kind: 'digest' | 'alert'): string {
  const regions = digest.sections.filter((s) => kind === 'digest' || s.items.length > 0).map((s) => s.regionName).join(', ');
  if (kind === 'alert') return `Newsdesk alert: ${digest.storyCount} new ${digest.storyCount === 1 ? 'story' : 'stories'} · ${regions}`;
  return `Newsdesk ${digest.week}: ${countOf(digest)} on privacy and AI training · ${regions}`;
}

/** An empty section whose stories went to a more specific one says so, rather than that there were none. */
function emptySectionLine(section: DigestSection): string {
  if (section.shownIn?.length) return `This week’s ${section.regionName} stories are listed under ${section.shownIn.join(' and ')}.`;
  return `Nothing new in ${section.regionName} this week.`;
}

function badgesHtml(item: EditionItem): string {
  const badge = (label: string, colour: string) =>
    `<span style="display:inline-block;margin:0 4px 4px 0;padding:1px 6px;border-radius:3px;font-size:12px;line-height:18px;background:${colour};color:#ffffff;">${escapeHtml(label)}</span>`;
  return [...item.jurisdictions.map((j) => badge(j, '#1f4e79')), ...item.topics.map((t) => badge(t, '#5a5a5a'))].join('');
}

function itemHtml(item: EditionItem): string {
  const href = safeHttpUrl(item.url);
  const title = escapeHtml(item.title);
  const heading = href ? `<a href="${escapeHtml(href)}" style="color:#0b57d0;text-decoration:underline;">${title}</a>` : title;
  const also = item.alsoReportedBy.length
    ? `<p style="margin:4px 0 0;font-size:13px;color:#555555;">Also reported by ${item.alsoReportedBy.map((o) => escapeHtml(o.source)).join(', ')}</p>`
    : '';
  const blurb = item.blurb
    ? `\n<p style="margin:6px 0 0;padding:4px 0 4px 10px;border-left:3px solid #1f4e79;font-size:15px;line-height:21px;">${escapeHtml(item.blurb)}</p>`
    : '';
  return `<tr><td style="padding:12px 0;border-bottom:1px solid #dddddd;">
<h3 style="margin:0 0 4px;font-size:17px;line-height:23px;">${heading}</h3>
<div>${badgesHtml(item)}</div>
<p style="margin:4px 0 0;font-size:15px;line-height:21px;">${escapeHtml(oneLine(item.summary))}</p>${blurb}
<p style="margin:4px 0 0;font-size:13px;color:#555555;">${escapeHtml(item.source)}${item.kind === 'press-release' ? ` · <strong>${escapeHtml(STATEMENT_LABEL)}</strong>` : ''}</p>${also}
</td></tr>`;
}

/** Renders a digest once for a whole segment; `personalise` fills in each recipient's links. */
export function renderDigest(digest: PersonalDigest, options: RenderOptions): RenderedDigest {
  const nonce = randomBytes(8).toString('hex');
  const kind = options.kind ?? 'digest';
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const subject = subjectFor(digest, kind);
  const heading = kind === 'alert' ? 'Newsdesk alert' : 'Newsdesk weekly digest';
  const sections = kind === 'alert' ? digest.sections.filter((s) => s.items.length > 0) : digest.sections;
  const archiveLink = (regionId: string) =>
    kind === 'alert' ? `${base}/archive/${encodeURIComponent(regionId)}` : `${base}/archive/${encodeURIComponent(regionId)}/${encodeURIComponent(digest.week)}`;
  const preheader = digest.sections
    .flatMap((s) => s.items.map((i) => i.title))
    .slice(0, 3)
    .join(' · ');

  const sectionsHtml = sections
    .map((section) => {
      const archive = archiveLink(section.regionId);
      const body = section.items.length
        ? section.items.map(itemHtml).join('\n')
        : `<tr><td style="padding:12px 0;">${escapeHtml(emptySectionLine(section))}</td></tr>`;
      const blurb = section.blurb ? `<p style="margin:0 0 8px;font-size:15px;">${escapeHtml(section.blurb)}</p>` : '';
      return `<tr><td style="padding:16px 0 0;"><h2 style="margin:0 0 8px;font-size:20px;">${escapeHtml(section.regionName)}</h2>${blurb}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${body}</table>
<p style="margin:8px 0 0;font-size:13px;"><a href="${escapeHtml(archive)}" style="color:#0b57d0;">${kind === 'alert' ? 'Past editions on the web' : 'Read this edition on the web'}</a></p></td></tr>`;
    })
    .join('\n');

  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<span style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;color:#1a1a1a;font-family:Helvetica,Arial,sans-serif;padding:0 20px;">
<tr><td style="padding:20px 0 0;"><h1 style="margin:0;font-size:24px;">${heading}</h1><p style="margin:4px 0 0;color:#555555;">${kind === 'alert' ? 'New' : `Week ${escapeHtml(digest.week)}`} · ${countOf(digest)}</p></td></tr>
${sectionsHtml}
<tr><td style="padding:20px 0;font-size:13px;color:#555555;">You receive this because you subscribed to Newsdesk. <a href="${slot('preferences', nonce)}" style="color:#0b57d0;">Change your preferences</a> · <a href="${slot('unsubscribe', nonce)}" style="color:#0b57d0;">Unsubscribe</a>. No tracking: links go straight to the publishers.</td></tr>
</table></td></tr></table></body></html>`;

  const textSections = sections.map((section) => {
    const title = `${section.regionName}\n${'='.repeat(section.regionName.length)}`;
    const blurb = section.blurb ? `\n${section.blurb}\n` : '';
    const items = section.items.length
      ? section.items
          .map((item) => {
            const tags = [...item.jurisdictions, ...item.topics].join(', ');
            const also = item.alsoReportedBy.length ? `\n   Also reported by ${item.alsoReportedBy.map((o) => o.source).join(', ')}` : '';
            // Text mail clients turn URLs into links, so only an http(s) one is written out.
            const link = safeHttpUrl(item.url);
            const statement = item.kind === 'press-release' ? ` · ${STATEMENT_LABEL}` : '';
            const blurb = item.blurb ? `\n   > ${item.blurb.replace(/\s+/g, ' ')}` : '';
            return `* ${oneLine(item.title, 300)}\n   ${item.source}${statement} · ${tags}\n   ${oneLine(item.summary)}${blurb}${link ? `\n   ${link}` : ''}${also}`;
          })
          .join('\n\n')
      : emptySectionLine(section);
    const archive = archiveLink(section.regionId);
    return `${title}${blurb}\n${items}\n\nOn the web: ${archive}`;
  });
  const text = `${heading}${kind === 'alert' ? '' : `, week ${digest.week}`}: ${countOf(digest)}\n\n${textSections.join('\n\n')}\n\n--\nChange your preferences: ${slot('preferences', nonce)}\nUnsubscribe: ${slot('unsubscribe', nonce)}\n`;

  return { subject, html, text, slotNonce: nonce };
}

/** Fills one recipient's links into a segment's rendering. */
export function personalise(rendered: RenderedDigest, links: RecipientLinks): { subject: string; html: string; text: string } {
  const fill = (body: string, escape: (value: string) => string) =>
    body
      .replaceAll(slot('preferences', rendered.slotNonce), escape(links.preferences))
      .replaceAll(slot('unsubscribe', rendered.slotNonce), escape(links.unsubscribe));
  return { subject: rendered.subject, html: fill(rendered.html, escapeHtml), text: fill(rendered.text, (v) => v) };
}
