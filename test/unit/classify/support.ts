/** Helpers shared by the classifier tests. */
import { expect } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import type { Classification, ClassifyInput, Evidence } from '../../../functions/domain/classify/types.js';

export function fieldText(input: ClassifyInput, field: Evidence['field']): string {
  if (field === 'title') return input.title;
  if (field === 'summary') return input.summary;
  return input.body ?? '';
}

/** Every piece of evidence anchored in the text must point exactly at its term. */
export function expectEvidenceInText(input: ClassifyInput, result: Classification): void {
  for (const item of result.evidence) {
    if (item.offset < 0) continue;
    expect(fieldText(input, item.field).slice(item.offset, item.offset + item.term.length), `${item.rule} at ${item.field}@${item.offset}`).toBe(item.term);
  }
}

export function evidenceFor(result: Classification, kind: Evidence['kind'], tag: string): Evidence[] {
  return result.evidence.filter((item) => item.kind === kind && item.tag === tag);
}

/** Classifies a story and checks that every piece of its evidence points at its term in the text. */
export function classifyChecked(input: ClassifyInput): Classification {
  const result = classifyStory(input);
  expectEvidenceInText(input, result);
  return result;
}
