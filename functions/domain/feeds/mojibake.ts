/**
 * Repairs text that was UTF-8, read as Windows-1252 by some publishing system, and written out
 * as UTF-8 again ("â€™" for "’", "Ð¯Ð½" for "Ян"). Each run of such characters is turned back
 * into bytes and kept only if those bytes are valid UTF-8, which accented text that was right
 * all along almost never is.
 */

/** Windows-1252's characters in 0x80–0x9F, which differ from Latin-1. */
const WINDOWS_1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const SPECIALS = Object.keys(WINDOWS_1252_HIGH).join('');
/** A lead byte of a multi-byte UTF-8 sequence followed by a continuation byte, as Windows-1252 text. */
const SIGNATURE = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${SPECIALS}]`);
const RUN = new RegExp(`[\\u0080-\\u00FF${SPECIALS}]{2,}`, 'g');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  if (!SIGNATURE.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = Uint8Array.from(Array.from(run, (char) => WINDOWS_1252_HIGH[char] ?? char.charCodeAt(0)));
    try {
      return strictUtf8.decode(bytes);
    } catch (error) {
      if (error instanceof TypeError) return run;
      throw error;
    }
  });
}
