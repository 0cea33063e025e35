import { randomBytes } from 'node:crypto';
import { formatDate } from '../../i18n/format.js';
import { DEFAULT_LANGUAGE, localeTag, type Language } from '../../i18n/languages.js';
import { messagesFor, type Messages } from '../../i18n/messages.js';
import { jurisdictionName, regionName, topicName } from '../../i18n/names.js';
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
  /** The reader's language: every word of the digest, names of places and topics; stories stay as published. */
  readonly language?: Language;
}


function slot(name: string, nonce: string): string {
  return `[[${name}:${nonce}]]`;
}

/** The words of one rendering: the reader's catalogue and the names in their language. */
interface Words {
  readonly language: Language;
  readonly t: Messages;
}

function regionLabel(section: DigestSection, words: Words): string {
  return regionName(section.regionId, words.language);
}

function oneLine(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function countOf(digest: PersonalDigest, words: Words): string {
  return words.t.storyCount({ count: digest.storyCount });
}

function subjectFor(digest: PersonalDigest, kind: 'digest' | 'alert', words: Words): string {
  const regions = digest.sections
    .filter((s) => kind === 'digest' || s.items.length > 0)
    .map((s) => regionLabel(s, words))
    .join(words.t.listSeparator);
  if (kind === 'alert') return words.t.alertSubject({ count: digest.storyCount, regions });
  return words.t.digestSubject({ week: digest.week, count: countOf(digest, words), regions });
}

/** An empty section whose stories went to a more specific one says so, rather than that there were none. */
function emptySectionLine(section: DigestSection, words: Words): string {
  const region = regionLabel(section, words);
  const others = section.shownInRegionIds?.map((id) => regionName(id, words.language)) ?? section.shownIn;
  if (others?.length) return words.t.shownInLine({ region, others: others.join(words.t.andSeparator) });
  return words.t.nothingNewLine({ region });
}

/**
 * Where the same event was also reported in the reader's language, that report leads and the
 * original joins the other reports; otherwise the item is shown as it was published.
 */
export function inReadersLanguage(item: EditionItem, language: Language): EditionItem {
  if (!item.language || item.language === language) return item;
  const index = item.alsoReportedBy.findIndex((other) => other.language === language && other.title && safeHttpUrl(other.url));
  if (index < 0) return item;
  const other = item.alsoReportedBy[index];
  return {
    ...item,
    title: other.title ?? item.title,
    url: other.url,
    source: other.source,
    // The other report's own summary is not kept with the edition; its title says enough.
    summary: '',
    publishedAt: other.publishedAt ?? item.publishedAt,
    language: other.language,
    kind: undefined,
    alsoReportedBy: [
      { source: item.source, url: item.url, title: item.title, language: item.language, publishedAt: item.publishedAt },
      ...item.alsoReportedBy.filter((_, i) => i !== index),
    ],
  };
}

/** "PCPD · Personal Data (Privacy) Ordinance · AI training": the bodies and laws its text names, else its places, then its topics. */
export function whyLine(item: Pick<EditionItem, 'reasons' | 'jurisdictions' | 'topics'>, language: Language): string {
  const reasons = [...(item.reasons ?? [])];
  if (!reasons.length) reasons.push(...item.jurisdictions.slice(0, 2).map((code) => jurisdictionName(code, language)));
  // "Privacy" says little in a privacy digest when a sharper topic is there.
  const topics = item.topics.length > 1 ? item.topics.filter((topic) => topic !== 'privacy') : item.topics;
  reasons.push(...topics.slice(0, 2).map((topic) => topicName(topic, language)));
  return reasons.join(' · ');
}

function badgesHtml(item: EditionItem, words: Words): string {
  const badge = (label: string, colour: string) =>
    `<span style="display:inline-block;margin:0 4px 4px 0;padding:1px 6px;border-radius:3px;font-size:12px;line-height:18px;background:${colour};color:#ffffff;">${escapeHtml(label)}</span>`;
  return [
    ...item.jurisdictions.map((j) => badge(jurisdictionName(j, words.language), '#1f4e79')),
    ...item.topics.map((t) => badge(topicName(t, words.language), '#5a5a5a')),
  ].join('');
}

function publishedLine(item: EditionItem, words: Words): string {
  const date = Date.parse(item.publishedAt);
  return Number.isNaN(date) ? '' : words.t.publishedOn({ date: formatDate(words.language, new Date(date)) });
}

function storyLink(base: string, item: EditionItem): string {
  return `${base}/stories/${encodeURIComponent(item.storyId)}`;
}

function itemHtml(shown: EditionItem, words: Words, base: string): string {
  const item = inReadersLanguage(shown, words.language);
  const href = safeHttpUrl(item.url);
  const lang = item.language ? ` lang="${localeTag(item.language)}"` : '';
  const title = escapeHtml(item.title);
  const heading = href ? `<a href="${escapeHtml(href)}" style="color:#0b57d0;text-decoration:underline;">${title}</a>` : title;
  const also = item.alsoReportedBy.length
    ? `<p style="margin:4px 0 0;font-size:13px;color:#555555;">${escapeHtml(words.t.alsoReportedBy({ sources: item.alsoReportedBy.map((o) => o.source).join(words.t.listSeparator) }))}</p>`
    : '';
  const blurb = item.blurb
    ? `\n<p style="margin:6px 0 0;padding:4px 0 4px 10px;border-left:3px solid #1f4e79;font-size:15px;line-height:21px;">${escapeHtml(item.blurb)}</p>`
    : '';
  const published = publishedLine(item, words);
  return `<tr><td style="padding:12px 0;border-bottom:1px solid #dddddd;">
<h3${lang} style="margin:0 0 4px;font-size:17px;line-height:23px;">${heading}</h3>
<p style="margin:0 0 4px;font-size:13px;color:#1f4e79;">${escapeHtml(whyLine(item, words.language))}</p>
<div>${badgesHtml(item, words)}</div>
${item.summary ? `<p${lang} style="margin:4px 0 0;font-size:15px;line-height:21px;">${escapeHtml(oneLine(item.summary))}</p>` : ''}${blurb}
<p style="margin:4px 0 0;font-size:13px;color:#555555;">${escapeHtml(item.source)}${published ? ` · ${escapeHtml(published)}` : ''}${item.kind === 'press-release' ? ` · <strong>${escapeHtml(words.t.statementLabel)}</strong>` : ''} · <a href="${escapeHtml(storyLink(base, item))}" style="color:#0b57d0;">${escapeHtml(words.t.storyPageLink)}</a></p>${also}
</td></tr>`;
}

/** Renders a digest once for a whole segment; `personalise` fills in each recipient's links. */
export function renderDigest(digest: PersonalDigest, options: RenderOptions): RenderedDigest {
  const nonce = randomBytes(8).toString('hex');
  const kind = options.kind ?? 'digest';
  const language = options.language ?? DEFAULT_LANGUAGE;
  const words: Words = { language, t: messagesFor(language) };
  const { t } = words;
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const subject = subjectFor(digest, kind, words);
  const heading = kind === 'alert' ? t.alertHeading : t.digestHeading;
  const sections = kind === 'alert' ? digest.sections.filter((s) => s.items.length > 0) : digest.sections;
  const archiveLink = (regionId: string) =>
    kind === 'alert' ? `${base}/archive/${encodeURIComponent(regionId)}` : `${base}/archive/${encodeURIComponent(regionId)}/${encodeURIComponent(digest.week)}`;
  const preheader = digest.sections
    .flatMap((s) => s.items.map((i) => inReadersLanguage(i, language).title))
    .slice(0, 3)
    .join(' · ');

  const sectionsHtml = sections
    .map((section) => {
      const archive = archiveLink(section.regionId);
      const body = section.items.length
        ? section.items.map((item) => itemHtml(item, words, base)).join('\n')
        : `<tr><td style="padding:12px 0;">${escapeHtml(emptySectionLine(section, words))}</td></tr>`;
      const blurb = section.blurb ? `<p style="margin:0 0 8px;font-size:15px;">${escapeHtml(section.blurb)}</p>` : '';
      return `<tr><td style="padding:16px 0 0;"><h2 style="margin:0 0 8px;font-size:20px;">${escapeHtml(regionLabel(section, words))}</h2>${blurb}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${body}</table>
<p style="margin:8px 0 0;font-size:13px;"><a href="${escapeHtml(archive)}" style="color:#0b57d0;">${escapeHtml(kind === 'alert' ? t.pastEditionsOnWeb : t.readEditionOnWeb)}</a></p></td></tr>`;
    })
    .join('\n');

  const html = `<!DOCTYPE html>
<html lang="${localeTag(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<span style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;color:#1a1a1a;font-family:Helvetica,Arial,sans-serif;padding:0 20px;">
<tr><td style="padding:20px 0 0;"><h1 style="margin:0;font-size:24px;">${escapeHtml(heading)}</h1><p style="margin:4px 0 0;color:#555555;">${escapeHtml(kind === 'alert' ? t.alertLine({ count: countOf(digest, words) }) : t.weekLine({ week: digest.week, count: countOf(digest, words) }))}</p></td></tr>
${sectionsHtml}
<tr><td style="padding:20px 0;font-size:13px;color:#555555;">${escapeHtml(t.digestFooter)} <a href="${slot('preferences', nonce)}" style="color:#0b57d0;">${escapeHtml(t.changeYourPreferences)}</a> · <a href="${slot('unsubscribe', nonce)}" style="color:#0b57d0;">${escapeHtml(t.unsubscribeLink)}</a> · <a href="${escapeHtml(base)}/privacy" style="color:#0b57d0;">${escapeHtml(t.privacyLink)}</a></td></tr>
</table></td></tr></table></body></html>`;

  const textSections = sections.map((section) => {
    const name = regionLabel(section, words);
    // Chinese characters are two columns wide in a monospaced reader.
    const title = `${name}\n${'='.repeat([...name].reduce((width, c) => width + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0))}`;
    const blurb = section.blurb ? `\n${section.blurb}\n` : '';
    const items = section.items.length
      ? section.items
          .map((shown) => {
            const item = inReadersLanguage(shown, language);
            const tags = [...item.jurisdictions.map((j) => jurisdictionName(j, language)), ...item.topics.map((topic) => topicName(topic, language))].join(t.listSeparator);
            const also = item.alsoReportedBy.length ? `\n   ${t.alsoReportedBy({ sources: item.alsoReportedBy.map((o) => o.source).join(t.listSeparator) })}` : '';
            // Text mail clients turn URLs into links, so only an http(s) one is written out.
            const link = safeHttpUrl(item.url);
            const statement = item.kind === 'press-release' ? ` · ${t.statementLabel}` : '';
            const published = publishedLine(item, words);
            const summary = item.summary ? `\n   ${oneLine(item.summary)}` : '';
            const blurb = item.blurb ? `\n   > ${item.blurb.replace(/\s+/g, ' ')}` : '';
            return `* ${oneLine(item.title, 300)}\n   ${whyLine(item, language)}\n   ${item.source}${published ? ` · ${published}` : ''}${statement} · ${tags}${summary}${blurb}${link ? `\n   ${link}` : ''}\n   ${t.storyPageLink}: ${storyLink(base, item)}${also}`;
          })
          .join('\n\n')
      : emptySectionLine(section, words);
    const archive = archiveLink(section.regionId);
    return `${title}${blurb}\n${items}\n\n${t.onTheWeb({ url: archive })}`;
  });
  const headline = kind === 'alert' ? t.alertLine({ count: countOf(digest, words) }) : t.weekLine({ week: digest.week, count: countOf(digest, words) });
  const text = `${heading}\n${headline}\n\n${textSections.join('\n\n')}\n\n--\n${t.digestFooter}\n${t.changeYourPreferences}: ${slot('preferences', nonce)}\n${t.unsubscribeLink}: ${slot('unsubscribe', nonce)}\n${t.privacyLink}: ${base}/privacy\n`;

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
