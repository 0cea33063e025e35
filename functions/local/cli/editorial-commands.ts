/**
 * `newsdesk correct`, `newsdesk export-corrections` and `newsdesk rules`: editors' corrections to
 * the classifier, against the local stack kept under `.newsdesk/data` (until the editor console).
 */
import { resolve } from 'node:path';
import { DynamoEditorialRepository } from '../../adapters/dynamo/editorial-repository.js';
import { DynamoStoryRepository } from '../../adapters/dynamo/story-repository.js';
import { CorrectionError } from '../../domain/classify/corrections.js';
import { StoryNotFoundError } from '../../domain/classify/errors.js';
import { correctionsFrom, correctStory, describeRule, exportCorrectionLog, type CorrectionRequest } from '../../domain/classify/editorial-service.js';
import { isHttpUrl, storyIdFor } from '../../domain/feeds/identity.js';
import type { Story } from '../../domain/stories.js';
import { parseOptions } from './parse-options.js';
import { localStateDirectory, withLocalStack } from './local-state.js';
import { indexedStoryRepository } from '../../wiring/stories.js';

interface LocalStore {
  readonly stories: DynamoStoryRepository;
  readonly editorial: DynamoEditorialRepository;
}

function withLocalStore<T>(work: (store: LocalStore) => Promise<T>): Promise<T> {
  return withLocalStack((stack) =>
    work({
      stories: indexedStoryRepository(stack.dynamo, stack.tables.Stories),
      editorial: new DynamoEditorialRepository(stack.dynamo, stack.tables.Editorial),
    }),
  );
}

/** A story by its id, its `newsdesk:<id>` guid from the feeds out, or its URL. */
export function storyIdFrom(reference: string): string {
  const value = reference.trim();
  if (isHttpUrl(value)) return storyIdFor({ url: value, feedId: '' });
  return value.replace(/^newsdesk:/, '');
}

/** One line of a story's tags, for people: `in scope 0.82 | about HK | mentions EU | topics privacy`. */
export function describeTags(story: Story): string {
  const list = (items: readonly string[]) => (items.length === 0 ? '–' : items.join(', '));
  return [
    `${story.inScope ? 'in scope' : 'out of scope'} ${story.score.toFixed(2)}`,
    `about ${list(story.jurisdictions)}`,
    `mentions ${list(story.mentions)}`,
    `topics ${list(story.topics)}`,
  ].join(' | ');
}

export async function runCorrectCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      editor: { type: 'string' },
      'add-jurisdiction': { type: 'string', multiple: true },
      'remove-jurisdiction': { type: 'string', multiple: true },
      'add-topic': { type: 'string', multiple: true },
      'remove-topic': { type: 'string', multiple: true },
      'in-scope': { type: 'boolean', default: false },
      'out-of-scope': { type: 'boolean', default: false },
      note: { type: 'string' },
      'promote-term': { type: 'string' },
    },
    true,
  );
  if (positionals.length !== 1) throw new CorrectionError('name one story: newsdesk correct <storyId|url> --editor <name> ...');
  if (values.editor === undefined) throw new CorrectionError('--editor <name> is required: every correction records who made it');
  if (values['in-scope'] && values['out-of-scope']) throw new CorrectionError('--in-scope and --out-of-scope contradict each other');
  const request: CorrectionRequest = {
    storyId: storyIdFrom(positionals[0]),
    editor: values.editor,
    at: new Date().toISOString(),
    addJurisdictions: values['add-jurisdiction'],
    removeJurisdictions: values['remove-jurisdiction'],
    addTopics: values['add-topic'],
    removeTopics: values['remove-topic'],
    scope: values['in-scope'] ? 'in' : values['out-of-scope'] ? 'out' : undefined,
    note: values.note,
    promoteTerm: values['promote-term'],
  };
  // Checked before the store is opened: a mistyped code costs nothing.
  correctionsFrom(request);

  return withLocalStore(async (store) => {
    const { before, after, corrections, promoted, rulesVersion } = await correctStory(store, request).catch((error: unknown) => {
      if (!(error instanceof StoryNotFoundError)) throw error;
      throw new Error(
        `no story with id ${request.storyId} in ${resolve(localStateDirectory(), 'data')}: pass the id (newsdesk:<id> in the feeds out) or the story's URL`,
      );
    });
    const out = process.stdout;
    out.write(`${after.storyId}  ${after.title}\n`);
    out.write(`  before  ${describeTags(before)}\n`);
    out.write(`  after   ${describeTags(after)}\n`);
    out.write(`recorded ${corrections.length} correction${corrections.length === 1 ? '' : 's'} by ${corrections[0].editor} at ${corrections[0].at}\n`);
    if (promoted.length > 0) {
      out.write(`promoted ${promoted.length} rule${promoted.length === 1 ? '' : 's'} (rules version ${rulesVersion}):\n`);
      for (const rule of promoted) out.write(`  ${describeRule(rule)}\n`);
      const term = promoted[0].term.toLowerCase();
      const text = `${before.title}\n${before.summary}\n${before.content ?? ''}`.toLowerCase();
      if (!text.includes(term)) {
        process.stderr.write(`warning: "${promoted[0].term}" does not appear in this story's text; the rules apply to later stories that contain it\n`);
      }
    }
    return 0;
  });
}

export async function runExportCorrectionsCommand(args: string[]): Promise<number> {
  parseOptions(args, {});
  const lines = await withLocalStore(async (store) => exportCorrectionLog(await store.editorial.listCorrections()));
  if (lines === '') process.stderr.write('no corrections to export\n');
  process.stdout.write(lines);
  return 0;
}

export async function runRulesCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { json: { type: 'boolean', default: false } });
  const { rules, version, updatedAt } = await withLocalStore((store) => store.editorial.getRules());
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ version, updatedAt, rules: rules.rules })}\n`);
    return 0;
  }
  if (rules.rules.length === 0) {
    process.stdout.write('no promoted rules yet: newsdesk correct <story> ... --promote-term "<words>" promotes one\n');
    return 0;
  }
  process.stdout.write(`${rules.rules.length} promoted rule${rules.rules.length === 1 ? '' : 's'}, version ${version}, updated ${updatedAt ?? 'unknown'}\n`);
  for (const rule of rules.rules) {
    const note = rule.note === undefined ? '' : ` (${rule.note})`;
    process.stdout.write(`  ${describeRule(rule)}  by ${rule.editor}, story ${rule.storyId}, ${rule.at}${note}\n`);
  }
  return 0;
}
