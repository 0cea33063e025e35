/**
 * The classifier against the labelled development set in ../shared/eval: the targets the
 * project set itself. Skipped, saying so, where that directory is not beside the project.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateClassifier, formatEvalReport, loadLabelledStories } from '../../../functions/domain/classify/evaluate.js';

const corpus = path.resolve(process.cwd(), '../shared/eval/stories-dev.jsonl');
const exists = existsSync(corpus);
if (!exists) console.warn('corpus tests skipped: ../shared/eval not found');

describe.skipIf(!exists)('classifier on the development set', () => {
  const report = exists ? evaluateClassifier(loadLabelledStories(corpus)) : undefined;
  const details = report === undefined ? '' : formatEvalReport(report);

  it('finds the relevant stories (relevance F1 at least 0.97)', () => {
    expect(report!.relevance.f1, details).toBeGreaterThanOrEqual(0.97);
  });

  it('tags their jurisdictions (micro-F1 at least 0.95)', () => {
    expect(report!.jurisdictions.f1, details).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the exact jurisdiction set on at least 90% of in-scope stories', () => {
    expect(report!.exactJurisdictionSets.rate, details).toBeGreaterThanOrEqual(0.9);
  });

  it('recognises AI training on personal data (F1 at least 0.95)', () => {
    expect(report!.aiTraining.f1, details).toBeGreaterThanOrEqual(0.95);
  });
});
