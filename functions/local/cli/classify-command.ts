/** `newsdesk classify`: JSON Lines in, one JSON line out per input line (DESIGN.md's contract, plus the story's `language`). */
import { createInterface } from 'node:readline';
import { classifyStory } from '../../domain/classify/classify-story.js';

interface ClassifyLine {
  id?: unknown;
  title?: unknown;
  summary?: unknown;
  url?: unknown;
  feed?: unknown;
  body?: unknown;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A bad line gets an `error` line of its own and the others go on; the exit code says so. */
export async function runClassifyCommand(
  _args: string[],
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let story: ClassifyLine;
    try {
      story = JSON.parse(line) as ClassifyLine;
      if (typeof story !== 'object' || story === null || Array.isArray(story)) throw new Error('expected a JSON object');
      if (typeof story.title !== 'string') throw new Error('"title" must be a string');
    } catch (error) {
      failures += 1;
      output.write(`${JSON.stringify({ id: null, line: lineNumber, error: `line ${lineNumber}: ${(error as Error).message}` })}\n`);
      continue;
    }
    const feed =
      typeof story.feed === 'string'
        ? { name: story.feed }
        : typeof story.feed === 'object' && story.feed !== null
          ? (story.feed as { jurisdiction?: string; language?: string; name?: string })
          : undefined;
    const result = classifyStory({
      id: typeof story.id === 'string' ? story.id : undefined,
      title: asText(story.title),
      summary: asText(story.summary),
      body: typeof story.body === 'string' ? story.body : undefined,
      url: typeof story.url === 'string' ? story.url : undefined,
      feed,
    });
    // The contract's fields as before, in their order; the story's language after them.
    const { language, ...contract } = result;
    output.write(`${JSON.stringify({ id: story.id ?? null, ...contract, language: language ?? 'und' })}\n`);
  }
  return failures > 0 ? 1 : 0;
}
