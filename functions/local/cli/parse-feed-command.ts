/** `newsdesk parse-feed <file|url>`: normalised items as JSON Lines, or `error: <feed>: <reason>`. */
import { parseFeedFile } from '../../adapters/http/parse-feed-file.js';
import { FeedReadError } from '../../domain/feeds/errors.js';
import { parseOptions } from './parse-options.js';

export async function runParseFeedCommand(
  args: string[],
  output: NodeJS.WritableStream = process.stdout,
  errors: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const { positionals } = parseOptions(args, {}, true);
  const [feed] = positionals;
  if (!feed || positionals.length > 1) {
    errors.write('error: parse-feed takes one argument: a feed file or an http(s) URL\n');
    return 2;
  }
  try {
    const parsed = await parseFeedFile(feed);
    for (const item of parsed.items) output.write(`${JSON.stringify(item)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof FeedReadError ? error.message : `${feed}: ${(error as Error).message}`;
    errors.write(`error: ${message.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}
