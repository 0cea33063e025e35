import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LabelledStoryFormatError, evaluateClassifier, formatEvalReport, loadLabelledStories } from '../../../functions/domain/classify/evaluate.js';
import type { Classification, ClassifyInput, LabelledStory } from '../../../functions/domain/classify/types.js';

function row(id: string, fields: Partial<LabelledStory>): LabelledStory {
  return {
    id,
    url: `https://news.example/${id}`,
    source: 'Example',
    date: '',
    title: id,
    summary: '',
    in_scope: true,
    jurisdictions: [],
    acceptable: [],
    topics: ['privacy'],
    notes: '',
    ...fields,
  };
}

/** A stand-in classifier that answers from a table, so the scoring itself is what is tested. */
function answering(table: Record<string, Partial<Classification>>): (input: ClassifyInput) => Classification {
  return (input) => ({ inScope: false, score: 0, jurisdictions: [], mentions: [], topics: [], evidence: [], ...table[input.id ?? ''] });
}

describe('evaluateClassifier', () => {
  const rows = [
    row('a', { jurisdictions: ['HK'], topics: ['privacy', 'ai-training'] }),
    row('b', { jurisdictions: ['IE', 'EU'], acceptable: ['US'] }),
    row('c', { jurisdictions: ['JP'] }),
    row('d', { in_scope: false, topics: [] }),
    row('e', { in_scope: false, scope_ambiguous: true, topics: [] }),
  ];
  const report = evaluateClassifier(
    rows,
    answering({
      a: { inScope: true, jurisdictions: ['HK'], topics: ['privacy', 'ai-training'] },
      b: { inScope: true, jurisdictions: ['IE', 'US', 'GB'], topics: ['privacy', 'ai-training'] },
      c: { inScope: false, jurisdictions: [] },
      d: { inScope: true, jurisdictions: ['CN'] },
      e: { inScope: true, jurisdictions: ['HK'] },
    }),
  );

  it('scores relevance without the ambiguous rows', () => {
    expect(report.relevanceRows).toBe(4);
    expect(report.relevance).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(report.relevance.precision).toBeCloseTo(2 / 3);
    expect(report.relevance.recall).toBeCloseTo(2 / 3);
  });

  it('scores jurisdictions over in-scope stories, acceptable codes neither hits nor false positives', () => {
    // a: HK hit. b: IE hit, US acceptable, GB false positive, EU missed. c: predicted out, so JP missed.
    expect(report.jurisdictions).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(report.jurisdictions.precision).toBeCloseTo(2 / 3);
    expect(report.jurisdictions.recall).toBeCloseTo(2 / 4);
    expect(report.exactJurisdictionSets).toEqual({ matched: 1, total: 3, rate: 1 / 3 });
  });

  it('scores ai-training over in-scope stories', () => {
    expect(report.aiTraining).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });

  it('lists what went wrong, row by row', () => {
    expect(report.misclassified.map((item) => item.id)).toEqual(['b', 'c', 'd', 'e']);
    const b = report.misclassified.find((item) => item.id === 'b')!;
    expect(b.problems).toEqual(['jurisdictions: missing EU; extra GB', 'ai-training: expected no, got yes']);
    const text = formatEvalReport(report);
    expect(text).toContain('relevance');
    expect(text).toContain('missing EU; extra GB');
    expect(text).toContain('[ambiguous row: not scored]');
  });

  it('counts an empty set as perfect, not as a division by zero', () => {
    const empty = evaluateClassifier([], answering({}));
    expect(empty.relevance.f1).toBe(1);
    expect(empty.exactJurisdictionSets.rate).toBe(1);
  });
});

describe('loadLabelledStories', () => {
  const directory = mkdtempSync(join(tmpdir(), 'newsdesk-eval-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads JSON Lines and skips blank lines', () => {
    const path = join(directory, 'ok.jsonl');
    writeFileSync(path, `${JSON.stringify(row('x', { jurisdictions: ['SG'] }))}\n\n${JSON.stringify(row('y', { in_scope: false }))}\n`);
    expect(loadLabelledStories(path).map((story) => [story.id, story.in_scope, story.scope_ambiguous])).toEqual([
      ['x', true, false],
      ['y', false, false],
    ]);
  });

  it('names the file and line of a broken row', () => {
    const path = join(directory, 'bad.jsonl');
    writeFileSync(path, `${JSON.stringify(row('x', {}))}\n{"id": "y", "title": "t", "summary": "s", "in_scope": "yes"}\n`);
    expect(() => loadLabelledStories(path)).toThrow(LabelledStoryFormatError);
    expect(() => loadLabelledStories(path)).toThrow(/bad\.jsonl:2: "in_scope"/);
  });
});
