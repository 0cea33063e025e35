/**
 * Turns the bytes of an HTML page into text. HTML states its charset in a `<meta>` element, not
 * in an XML declaration: when the HTTP header names none, that element is read (within the
 * first 1024 bytes, as browsers do) and handed to the feed decoder as if the header had said it.
 */
import { charsetFromContentType, decodeFeedBody, type DecodeHints } from '../feeds/decode.js';

export function decodeHtmlBody(bytes: Uint8Array, contentType?: string, hints: DecodeHints = {}): Promise<string> {
  if (charsetFromContentType(contentType)) return decodeFeedBody(bytes, contentType, hints);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const declared = head.match(/<meta\s[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i)?.[1];
  return decodeFeedBody(bytes, declared ? `text/html; charset=${declared}` : contentType, hints);
}
