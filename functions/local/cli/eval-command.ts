/** `newsdesk eval-classify [file]`: scores the classifier on labelled stories, prints misses. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateClassifier, formatEvalReport, loadLabelledStories } from '../../domain/classify/evaluate.js';
import { parseOptions } from './parse-options.js';

export const DEV_SET = resolve('../shared/eval/stories-dev.jsonl');

export async function runEvalCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseOptions(args, { json: { type: 'boolean', default: false } }, true);
  const path = resolve(positionals[0] ?? DEV_SET);
  if (!existsSync(path)) {
    process.stderr.write(`error: eval-classify: ${path} not found (the labelled stories live in ../shared/eval)\n`);
    return 1;
  }
  const report = evaluateClassifier(loadLabelledStories(path));
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report)}\n`);
  return 0;
}
