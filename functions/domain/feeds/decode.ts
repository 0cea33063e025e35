/**
 * Turns the bytes of a feed into text. The charset is taken, in order, from a byte-order mark,
 * the HTTP Content-Type header, and the XML declaration; a document that declares nothing and
 * is not valid UTF-8 is sniffed, since real feeds (Big5, Latin-1) arrive that way. A document
 * declared UTF-8 is read as UTF-8, its invalid bytes as U+FFFD.
 *
 * The decoding is the WHATWG Encoding Standard's, as browsers read these feeds: Big5 with the Hong
 * Kong (HKSCS) characters, GBK as GB18030. Node's own `TextDecoder` drops HKSCS characters without
 * a trace, so `@exodus/bytes` decodes; its compact tables keep the feed readers' bundles small.
 * Almost every feed is UTF-8, which Node reads with nothing loaded: the tables are imported only
 * for a document in another charset, so a fetch-feed cold start neither reads nor parses them.
 */
import { isUtf8 } from 'node:buffer';
import { loadOnFirstUse } from '../load-on-first-use.js';

type EncodingStandard = typeof import('@exodus/bytes/encoding.js');

export interface DecodeHints {
  /** The source's configured language: breaks the tie between Chinese encodings when sniffing. */
  readonly language?: string;
}

const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  // Publishers label GBK and GB18030 text as gb2312; the superset decodes all three.
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  // Big5 as served on the web carries the HKSCS extensions.
  big5: 'big5-hkscs',
  'x-big5': 'big5-hkscs',
  // Browsers read "latin1" as windows-1252, and so do publishers who write it.
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
};

export async function decodeFeedBody(bytes: Uint8Array, contentType?: string, hints: DecodeHints = {}): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return decodeAsUtf8(buffer, contentType) ?? decodeByEncodingStandard(buffer, contentType, hints, await loadEncodingStandard());
}

const loadEncodingStandard: () => Promise<EncodingStandard> = loadOnFirstUse('Encoding Standard tables', () => import('@exodus/bytes/encoding.js'));

/**
 * The common case without the tables: a UTF-8 byte-order mark, or a body that declares UTF-8 or
 * nothing and is UTF-8. Undefined for anything else (another charset declared, UTF-16, a body to
 * sniff), which `decodeByEncodingStandard` reads; for the cases read here it gives the same text.
 */
function decodeAsUtf8(buffer: Buffer, contentType: string | undefined): string | undefined {
  const bom = charsetFromByteOrderMark(buffer);
  // Node's UTF-8 decoder turns bad bytes into U+FFFD as the Encoding Standard's does.
  if (bom?.charset === 'utf-8') return stripLeadingBom(buffer.subarray(bom.length).toString('utf8'));
  if (bom || charsetFromUtf16Pattern(buffer)) return undefined;

  const declarations = [charsetFromContentType(contentType), charsetFromXmlDeclaration(buffer)].map(aliasedCharset);
  // A UTF-16 label on 8-bit text is set aside (`usableCharset`), as if nothing were declared.
  const read = declarations.filter((charset) => charset !== undefined && !isUtf16Label(charset));
  if (read.some((charset) => charset !== 'utf-8')) return undefined;
  if (read.length > 0) return stripLeadingBom(buffer.toString('utf8'));
  return isUtf8(buffer) ? buffer.toString('utf8') : undefined;
}

function decodeByEncodingStandard(buffer: Buffer, contentType: string | undefined, hints: DecodeHints, standard: EncodingStandard): string {
  const bom = charsetFromByteOrderMark(buffer);
  if (bom) return decode(standard, buffer.subarray(bom.length), bom.charset);

  const utf16 = charsetFromUtf16Pattern(buffer);
  if (utf16) return decode(standard, buffer, utf16);

  const validUtf8 = isUtf8(buffer);
  const declarations = [charsetFromContentType(contentType), charsetFromXmlDeclaration(buffer)].map((charset) => usableCharset(standard, charset));
  for (const charset of declarations) {
    if (charset === undefined || contradicted(charset, declarations, buffer, validUtf8)) continue;
    // A UTF-8 body with a few bad bytes: each becomes U+FFFD, the rest of the text stays.
    if (charset === 'utf-8') return stripLeadingBom(buffer.toString('utf8'));
    return decode(standard, buffer, charset);
  }
  if (validUtf8) return buffer.toString('utf8');
  return decode(standard, buffer, sniffLegacyCharset(standard, buffer, hints.language));
}

const decoders = new Map<string, InstanceType<EncodingStandard['TextDecoder']>>();

/** The decoder for a charset label, or none for a label the Encoding Standard does not know. */
function decoderFor(standard: EncodingStandard, charset: string): InstanceType<EncodingStandard['TextDecoder']> | undefined {
  const name = standard.normalizeEncoding(charset);
  // "replacement" is the standard's answer to charsets it refuses (ISO-2022-KR, HZ): all U+FFFD.
  if (name === null || name === 'replacement') return undefined;
  let decoder = decoders.get(name);
  if (!decoder) {
    decoder = new standard.TextDecoder(name);
    decoders.set(name, decoder);
  }
  return decoder;
}

/** Decodes with a charset `usableCharset` accepted; a leading byte-order mark is dropped. */
function decode(standard: EncodingStandard, buffer: Uint8Array, charset: string): string {
  const decoder = decoderFor(standard, charset);
  if (!decoder) throw new Error(`No decoder for the charset ${charset}`);
  return decoder.decode(buffer);
}

function stripLeadingBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A declared charset is set aside only on strong evidence, never on a guess:
 * - "utf-8" on bytes that are not UTF-8, when the other declaration (header or XML) names
 *   another charset: the two disagree and the bytes side with that one;
 * - a single-byte charset on a body that is valid UTF-8 with multi-byte sequences, which
 *   legacy text almost never is by accident.
 * Bytes that are merely not UTF-8 in a feed declared UTF-8 are that feed's errors: they become
 * U+FFFD rather than turning the whole document into a Cyrillic or Chinese codepage.
 */
function contradicted(charset: string, declarations: readonly (string | undefined)[], buffer: Buffer, validUtf8: boolean): boolean {
  if (charset === 'utf-8') return !validUtf8 && declarations.some((other) => other !== undefined && other !== 'utf-8');
  return validUtf8 && SINGLE_BYTE_CHARSET.test(charset) && hasNonAscii(buffer);
}

const SINGLE_BYTE_CHARSET = /^(windows-125\d|iso-8859-\d+|koi8-[ru])$/;

function hasNonAscii(buffer: Buffer): boolean {
  return buffer.some((byte) => byte >= 0x80);
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1]?.toLowerCase();
}

export function charsetFromXmlDeclaration(buffer: Buffer): string | undefined {
  // The declaration is ASCII in every ASCII-compatible charset, so reading as latin1 is safe.
  const head = buffer.subarray(0, 1024).toString('latin1');
  const match = head.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/);
  return match?.[1]?.toLowerCase();
}

function aliasedCharset(charset: string | undefined): string | undefined {
  return charset ? (CHARSET_ALIASES[charset] ?? charset) : undefined;
}

function isUtf16Label(charset: string): boolean {
  return charset.startsWith('utf-16') || charset === 'utf16';
}

function usableCharset(standard: EncodingStandard, charset: string | undefined): string | undefined {
  const name = aliasedCharset(charset);
  if (!name) return undefined;
  // A UTF-16 label on a body that reached us as 8-bit text is a lie the XML parser would choke on.
  if (isUtf16Label(name)) return undefined;
  return decoderFor(standard, name) ? name : undefined;
}

function charsetFromByteOrderMark(buffer: Buffer): { charset: string; length: number } | undefined {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return undefined;
}

function charsetFromUtf16Pattern(buffer: Buffer): string | undefined {
  // "<?" without a byte-order mark: 00 3C 00 3F or 3C 00 3F 00.
  if (buffer[0] === 0x00 && buffer[1] === 0x3c && buffer[2] === 0x00 && buffer[3] === 0x3f) return 'utf-16be';
  if (buffer[0] === 0x3c && buffer[1] === 0x00 && buffer[2] === 0x3f && buffer[3] === 0x00) return 'utf-16le';
  return undefined;
}

/** Characters frequent in Chinese news in either script: text decoded with the wrong codec has few. */
const COMMON_HAN = new Set(
  Array.from(
    '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會也你对對生能而子那得于於着著下' +
      '自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小' +
      '部其些主样樣理心她本前开開但因只从從想实實日新闻聞香港台湾灣电電话話资資料市政府警方公司月日网網文希望容易翻译譯' +
      '助改感谢謝您读讀件华華民商业業金融投资交易在线線论論坛壇主题題全最通纪紀念币幣',
  ),
);

/**
 * Last resort for an undeclared, non-UTF-8 document: pick the candidate whose decoding looks most
 * like text. Long runs of high bytes mean a double-byte (CJK) or Cyrillic text; short runs mean
 * accented Latin.
 */
function sniffLegacyCharset(standard: EncodingStandard, buffer: Buffer, language: string | undefined): string {
  const preferred = charsetForLanguage(language);
  if (preferred) return preferred;

  const sample = buffer.subarray(0, 64 * 1024);
  if (averageHighByteRun(sample) < 2.5) return 'windows-1252';

  let best = 'windows-1251';
  let bestScore = cyrillicScore(decode(standard, sample, 'windows-1251'));
  for (const candidate of ['big5-hkscs', 'gb18030', 'shift_jis', 'euc-kr']) {
    const score = hanScore(decode(standard, sample, candidate));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function charsetForLanguage(language: string | undefined): string | undefined {
  const tag = language?.toLowerCase();
  if (!tag) return undefined;
  if (tag === 'zh-hant' || tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-mo') return 'big5-hkscs';
  if (tag.startsWith('zh')) return 'gb18030';
  if (tag.startsWith('ja')) return 'shift_jis';
  if (tag.startsWith('ko')) return 'euc-kr';
  if (/^(ru|uk|be|bg|sr|mk)\b/.test(tag)) return 'windows-1251';
  return undefined;
}

function averageHighByteRun(sample: Buffer): number {
  let runs = 0;
  let highBytes = 0;
  let inRun = false;
  for (const byte of sample) {
    const high = byte >= 0x80;
    if (high) {
      highBytes += 1;
      if (!inRun) runs += 1;
    }
    inRun = high;
  }
  return runs === 0 ? 0 : highBytes / runs;
}

/** Share of CJK characters that are common ones, less a penalty for undecodable bytes. */
function hanScore(text: string): number {
  let han = 0;
  let common = 0;
  let broken = 0;
  for (const char of text) {
    if (char === '\uFFFD') broken += 1;
    else if (/\p{Script=Han}/u.test(char)) {
      han += 1;
      if (COMMON_HAN.has(char)) common += 1;
    }
  }
  if (han === 0) return 0;
  return common / han - broken / han;
}

/** Share of Cyrillic letters that are lower case, as running text mostly is. */
function cyrillicScore(text: string): number {
  let letters = 0;
  let lower = 0;
  for (const char of text) {
    if (/\p{Script=Cyrillic}/u.test(char)) {
      letters += 1;
      if (char !== char.toUpperCase()) lower += 1;
    }
  }
  // Scaled so that ordinary Russian text (about 90% lower case) beats a muddled CJK reading.
  return letters === 0 ? 0 : (lower / letters) * 0.5;
}
