/**
 * Scores a classifier against labelled stories, exactly as ../shared/eval/README.md defines
 * it: relevance without the ambiguous rows, jurisdictions micro-averaged over the in-scope
 * stories with `acceptable` codes neither hits nor false positives, exact jurisdiction sets,
 * and `ai-training` over the in-scope stories.
 */
import { readFileSync } from 'node:fs';
import { classifyStory } from './classify-story.js';
import type { Classification, ClassifyInput, LabelledStory } from './types.js';

/** A labelled-stories file that is not what it should be: the message names file and line. */
export class LabelledStoryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabelledStoryFormatError';
  }
}

export interface RateFigures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

export interface MisclassifiedRow {
  readonly id: string;
  readonly title: string;
  /** What went wrong, one short line each ("expected in scope, got out (score 0.31)"). */
  readonly problems: readonly string[];
  readonly expected: {
    readonly inScope: boolean;
    readonly jurisdictions: readonly string[];
    readonly acceptable: readonly string[];
    readonly topics: readonly string[];
  };
  readonly got: {
    readonly inScope: boolean;
    readonly score: number;
    readonly jurisdictions: readonly string[];
    readonly mentions: readonly string[];
    readonly topics: readonly string[];
  };
}

export interface EvalReport {
  readonly stories: number;
  /** Rows scored for relevance (the ambiguous ones left out). */
  readonly relevanceRows: number;
  /** Rows labelled in scope: the base for jurisdictions and ai-training. */
  readonly inScopeRows: number;
  readonly relevance: RateFigures;
  readonly jurisdictions: RateFigures;
  readonly exactJurisdictionSets: { readonly matched: number; readonly total: number; readonly rate: number };
  readonly aiTraining: RateFigures;
  readonly misclassified: readonly MisclassifiedRow[];
}

export type Classifier = (input: ClassifyInput) => Classification;

export function evaluateClassifier(rows: readonly LabelledStory[], classify: Classifier = classifyStory): EvalReport {
  const relevance = { tp: 0, fp: 0, fn: 0 };
  const places = { tp: 0, fp: 0, fn: 0 };
  const training = { tp: 0, fp: 0, fn: 0 };
  let relevanceRows = 0;
  let inScopeRows = 0;
  let exact = 0;
  const misclassified: MisclassifiedRow[] = [];

  for (const row of rows) {
    const result = classify({ id: row.id, title: row.title, summary: row.summary, url: row.url, feed: { name: row.source } });
    const problems: string[] = [];
    if (!row.scope_ambiguous) {
      relevanceRows += 1;
      if (result.inScope && row.in_scope) relevance.tp += 1;
      else if (result.inScope) relevance.fp += 1;
      else if (row.in_scope) relevance.fn += 1;
    }
    if (result.inScope !== row.in_scope) {
      problems.push(
        `expected ${row.in_scope ? 'in' : 'out of'} scope, got ${result.inScope ? 'in' : 'out'} (score ${result.score.toFixed(2)})${row.scope_ambiguous ? ' [ambiguous row: not scored]' : ''}`,
      );
    }
    if (row.in_scope) {
      inScopeRows += 1;
      const predicted = result.inScope ? result.jurisdictions : [];
      const required = new Set(row.jurisdictions);
      const allowed = new Set([...row.jurisdictions, ...row.acceptable]);
      const hits = predicted.filter((code) => required.has(code));
      const extra = predicted.filter((code) => !allowed.has(code));
      const missing = row.jurisdictions.filter((code) => !predicted.includes(code));
      places.tp += hits.length;
      places.fp += extra.length;
      places.fn += missing.length;
      if (missing.length === 0 && extra.length === 0) exact += 1;
      else
        problems.push(
          `jurisdictions: ${missing.length > 0 ? `missing ${missing.join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `extra ${extra.join(', ')}` : ''}`,
        );

      const expectedTraining = row.topics.includes('ai-training');
      const gotTraining = result.inScope && result.topics.includes('ai-training');
      if (expectedTraining && gotTraining) training.tp += 1;
      else if (gotTraining) training.fp += 1;
      else if (expectedTraining) training.fn += 1;
      if (expectedTraining !== gotTraining) problems.push(`ai-training: expected ${expectedTraining ? 'yes' : 'no'}, got ${gotTraining ? 'yes' : 'no'}`);
    }
    if (problems.length > 0) {
      misclassified.push({
        id: row.id,
        title: row.title,
        problems,
        expected: { inScope: row.in_scope, jurisdictions: row.jurisdictions, acceptable: row.acceptable, topics: row.topics },
        got: { inScope: result.inScope, score: result.score, jurisdictions: result.jurisdictions, mentions: result.mentions, topics: result.topics },
      });
    }
  }
  return {
    stories: rows.length,
    relevanceRows,
    inScopeRows,
    relevance: rates(relevance),
    jurisdictions: rates(places),
    exactJurisdictionSets: { matched: exact, total: inScopeRows, rate: inScopeRows === 0 ? 1 : exact / inScopeRows },
    aiTraining: rates(training),
    misclassified,
  };
}

function rates({ tp, fp, fn }: { tp: number; fp: number; fn: number }): RateFigures {
  // Nothing predicted and nothing to find is perfect; nothing predicted with something to find is not.
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

export function formatEvalReport(report: EvalReport): string {
  const figure = (value: number): string => value.toFixed(3);
  const line = (label: string, rate: RateFigures, counts: string): string =>
    `  ${label.padEnd(14)} P ${figure(rate.precision)}  R ${figure(rate.recall)}  F1 ${figure(rate.f1)}  (${counts})`;
  const lines = [
    `Classifier evaluation: ${report.stories} stories, ${report.inScopeRows} labelled in scope, ${report.relevanceRows} scored for relevance`,
    line('relevance', report.relevance, `tp ${report.relevance.truePositives}, fp ${report.relevance.falsePositives}, fn ${report.relevance.falseNegatives}`),
    line(
      'jurisdictions',
      report.jurisdictions,
      `micro; hits ${report.jurisdictions.truePositives}, false positives ${report.jurisdictions.falsePositives}, misses ${report.jurisdictions.falseNegatives}`,
    ),
    `  ${'exact sets'.padEnd(14)} ${report.exactJurisdictionSets.matched}/${report.exactJurisdictionSets.total} = ${(report.exactJurisdictionSets.rate * 100).toFixed(1)}% of in-scope stories`,
    line(
      'ai-training',
      report.aiTraining,
      `tp ${report.aiTraining.truePositives}, fp ${report.aiTraining.falsePositives}, fn ${report.aiTraining.falseNegatives}`,
    ),
  ];
  if (report.misclassified.length === 0) {
    lines.push('', 'No misclassified stories.');
  } else {
    lines.push('', `Misclassified (${report.misclassified.length}):`);
    for (const row of report.misclassified) {
      lines.push(`  ${row.id}  ${row.title}`);
      for (const problem of row.problems) lines.push(`        ${problem}`);
      const expected = `${row.expected.inScope ? 'in' : 'out'} [${row.expected.jurisdictions.join(', ')}]${row.expected.acceptable.length > 0 ? ` (also fine: ${row.expected.acceptable.join(', ')})` : ''} {${row.expected.topics.join(', ')}}`;
      const got = `${row.got.inScope ? 'in' : 'out'} [${row.got.jurisdictions.join(', ')}]${row.got.mentions.length > 0 ? ` (mentions: ${row.got.mentions.join(', ')})` : ''} {${row.got.topics.join(', ')}} score ${row.got.score.toFixed(2)}`;
      lines.push(`        expected ${expected}`, `        got      ${got}`);
    }
  }
  return lines.join('\n');
}

/** Reads labelled stories from JSON Lines, one story a line; blank lines are skipped. */
export function loadLabelledStories(path: string): LabelledStory[] {
  const text = readFileSync(path, 'utf8');
  const stories: LabelledStory[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new LabelledStoryFormatError(`${path}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    stories.push(checkLabelledStory(value, `${path}:${index + 1}`));
  });
  return stories;
}

function checkLabelledStory(value: unknown, where: string): LabelledStory {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LabelledStoryFormatError(`${where}: expected a JSON object`);
  const row = value as Record<string, unknown>;
  for (const key of ['id', 'title', 'summary'] as const) {
    if (typeof row[key] !== 'string') throw new LabelledStoryFormatError(`${where}: "${key}" must be a string`);
  }
  if (typeof row.in_scope !== 'boolean') throw new LabelledStoryFormatError(`${where}: "in_scope" must be true or false`);
  const codes = (key: string): string[] => {
    const list = row[key] ?? [];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
      throw new LabelledStoryFormatError(`${where}: "${key}" must be a list of strings`);
    return list as string[];
  };
  return {
    id: row.id as string,
    url: typeof row.url === 'string' ? row.url : '',
    source: typeof row.source === 'string' ? row.source : '',
    date: typeof row.date === 'string' ? row.date : '',
    title: row.title as string,
    summary: row.summary as string,
    in_scope: row.in_scope,
    scope_ambiguous: row.scope_ambiguous === true,
    jurisdictions: codes('jurisdictions'),
    acceptable: codes('acceptable'),
    topics: codes('topics'),
    notes: typeof row.notes === 'string' ? row.notes : '',
  };
}
