/**
 * "No customer data was leaked", as Chinese says it after an attack: 公司指未發現病毒感染或客戶資料外洩.
 * A leak word (外洩, 泄露, …) with a denial before it in the same clause (未發現, 沒有, 並無, …)
 * tells that data did not leak, so the cues from the denial to the leak word are not read as a
 * breach of people's data. The fixed phrases of `negative:no-personal-data` cover the short
 * forms; this covers the denial that lists what was not found (病毒感染或客戶資料外洩) and
 * the leak word with 未 before it (資料未外洩, 未遭洩露).
 */
import { CUES, type CueDefinition } from './lexicon.js';
import type { CueMatch } from './term-index.js';
import type { StoryFields } from './text-fields.js';
import type { EvidenceField } from './types.js';

const LEAK_WORDS = ['外洩', '外泄', '洩露', '泄露', '洩漏', '泄漏', '外流', '入侵'];
const DENIALS = [
  '未發現',
  '未发现',
  '沒有發現',
  '没有发现',
  '未見',
  '未见',
  '沒有',
  '没有',
  '並無',
  '并无',
  '未有',
  '並未',
  '并未',
  '暫無',
  '暂无',
  '否認',
  '否认',
  '不涉及',
  '未涉及',
  '未確認',
  '未确认',
  '暫未',
  '暂未',
  '尚未發現',
  '尚未发现',
  // "亦無資料外洩": nor was data leaked.
  '亦無',
  '也無',
  '亦沒有',
  '也没有',
  // "未发生数据泄露": no leak happened.
  '未發生',
  '未发生',
  '沒有發生',
  '没有发生',
  '並未發生',
  '并未发生',
  '未出現',
  '未出现',
];
/** A leak word right after one of these is denied on its own: 資料未外洩, 未遭洩露, 沒有被泄露. */
const NOT_BEFORE_LEAK = ['未', '未被', '未遭', '沒被', '没被', '不會', '不会'];
/** The cues with a leak word among their terms: only their matches are looked at. */
const LEAK_CUES: ReadonlySet<CueDefinition> = new Set(CUES.filter((cue) => cue.terms.some((term) => LEAK_WORDS.some((leak) => term.includes(leak)))));
/** Where a clause ends: a denial does not reach across these. */
const CLAUSE_ENDS = new Set(['，', ',', '。', '；', ';', '！', '？', '!', '?', '：', ':', '「', '」', '“', '”', '\n']);
/** How far back from a leak word its denial may stand, in code units. */
const REACH = 20;

/** Takes the cues inside a denied leak out of `cues`, in place. A story with no Chinese text is left as it is, at once. */
export function dropDeniedLeaks(cues: CueMatch[], fields: StoryFields): void {
  if (!fields.list.some((field) => field.hasHan)) return;
  let denied: Array<{ readonly field: EvidenceField; readonly start: number; readonly end: number }> | undefined;
  for (const cue of cues) {
    // Chinese only: terms found by substring, not by words, of a cue that has leak words.
    if (cue.startToken >= 0 || !LEAK_CUES.has(cue.cue)) continue;
    const text = fields.get(cue.field)?.text;
    if (text === undefined) continue;
    const term = cue.term;
    for (const leak of LEAK_WORDS) {
      const at = term.indexOf(leak);
      if (at < 0) continue;
      const leakStart = cue.start + at;
      const from = denialBefore(text, leakStart);
      if (from >= 0) (denied ??= []).push({ field: cue.field, start: from, end: leakStart + leak.length });
      break;
    }
  }
  if (denied === undefined) return;
  // Kept cues are moved up in place, then the tail is cut, as `dropCuesInsideNames` does.
  let kept = 0;
  for (const cue of cues) {
    if (denied.some((span) => span.field === cue.field && cue.start >= span.start && cue.end <= span.end)) continue;
    cues[kept] = cue;
    kept += 1;
  }
  cues.length = kept;
}

/** Where the denial of the leak word at `leakStart` begins, or -1 if none stands before it in its clause. */
function denialBefore(text: string, leakStart: number): number {
  for (const not of NOT_BEFORE_LEAK) if (text.startsWith(not, leakStart - not.length)) return leakStart - not.length;
  const limit = Math.max(0, leakStart - REACH);
  let clauseStart = leakStart;
  while (clauseStart > limit && !CLAUSE_ENDS.has(text[clauseStart - 1])) clauseStart -= 1;
  const clause = text.slice(clauseStart, leakStart);
  let first = -1;
  for (const denial of DENIALS) {
    const at = clause.indexOf(denial);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first < 0 ? -1 : clauseStart + first;
}

/** Denials just before words for people's data ("沒有客戶資料", "並無任何個人資料"). */
const CHINESE_NO_BEFORE = /(?:沒有|没有|並無|并无|未有|並沒有|并没有|無|无)(?:任何)?$/;
/** Denials just after them ("客戶資料未有外洩", "个人信息没有被窃取"). */
const CHINESE_NOT_AFTER =
  /^(?:均|都|並|并)?(?:未有|未曾|未|沒有|没有|並無|并无|無|无)(?:被|遭)?(?:外洩|外泄|洩露|泄露|洩漏|泄漏|盜|盗|竊|窃|取走|受影響|受影响|受損|受损|流出|外流)/;

/**
 * Whether people's data named at text[start, end) is denied right before or after it ("沒有客戶資料",
 * "客戶資料未有外洩"): the scope rules read such data as a reason against, as "no customer data" in English.
 */
export function deniedInChinese(text: string, start: number, end: number): boolean {
  return CHINESE_NO_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || CHINESE_NOT_AFTER.test(text.slice(end, end + 10));
}
