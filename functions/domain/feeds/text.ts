/** Turns feed HTML into clean text with html-to-text: no markup, no image alt clutter, one space. */
import { compile } from 'html-to-text';

const htmlToText = compile({
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'svg', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'figure', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'ul', options: { itemPrefix: ' ' } },
    // FeedBurner's share buttons are not the publisher's text.
    { selector: 'div.feedflare', format: 'skip' },
  ],
});

/**
 * The inline formatting publishers put in headlines and bylines. A one-line field holds no
 * images, scripts or drawings, so anything else that looks like a tag (`<svg/onload=…>`, often
 * a headline's own words after a publisher's double escaping) is kept as text: stripped as
 * markup, it would take the rest of the headline with it.
 */
const INLINE_TAG =
  /<\/?(?:a|abbr|b|bdi|bdo|big|br|cite|code|del|dfn|em|font|i|ins|kbd|mark|nobr|q|s|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?=[\s/>])[^<>]*>/iy;

function escapeNonInlineTags(html: string): string {
  return html.replace(/</g, (bracket, offset: number) => {
    INLINE_TAG.lastIndex = offset;
    return INLINE_TAG.test(html) ? bracket : '&lt;';
  });
}

/** Plain text on one line (titles, authors, categories). */
export function toPlainLine(html: string | undefined): string {
  if (!html) return '';
  return flattenText(looksLikeHtml(html) ? htmlToText(escapeNonInlineTags(html)) : html);
}

/** Collapses all whitespace, line breaks included, to single spaces. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text keeping paragraph breaks (summaries and full text). */
export function toPlainText(html: string | undefined): string {
  if (!html) return '';
  const text = looksLikeHtml(html) ? htmlToText(html) : html;
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Text cut at a word boundary near `maxLength`, with an ellipsis when cut. Line breaks are kept. */
export function truncateText(text: string, maxLength: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= maxLength) return trimmed;
  const cut = trimmed.slice(0, maxLength - 1);
  const lastSpace = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  // Scripts written without spaces (Chinese, Japanese) are cut where the limit falls.
  const end = lastSpace > maxLength * 0.6 ? lastSpace : cut.length;
  return `${cut.slice(0, end).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

function looksLikeHtml(text: string): boolean {
  return /<[A-Za-z!/]|&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(text);
}
