/**
 * `newsdesk parse-page <file|url> --item-selector <css> ...`: the releases a press listing shows,
 * in page order, as JSON Lines; or `error: <page>: <reason>`. The way to find a new source's
 * selectors before adding it to the source list.
 */
import { parsePageFile } from '../../adapters/http/parse-page-file.js';
import { FeedReadError } from '../../domain/feeds/errors.js';
import { isKnownTimeZone } from '../../domain/press/press-dates.js';
import { parseOptions } from './parse-options.js';

const OPTIONS = {
  'item-selector': { type: 'string' },
  'link-selector': { type: 'string' },
  'date-selector': { type: 'string' },
  'title-selector': { type: 'string' },
  'base-url': { type: 'string' },
  'time-zone': { type: 'string' },
} as const;

export async function runParsePageCommand(
  args: string[],
  output: NodeJS.WritableStream = process.stdout,
  errors: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, true);
  const [page] = positionals;
  const usage = (problem: string) => {
    errors.write(`error: parse-page: ${problem}\n`);
    return 2;
  };
  if (!page || positionals.length > 1) return usage('takes one argument: a listing page file or an http(s) URL');
  const itemSelector = values['item-selector'];
  if (!itemSelector?.trim()) return usage('--item-selector <css> is required: the element that holds one release');
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !isKnownTimeZone(timeZone))
    return usage(`--time-zone ${JSON.stringify(timeZone)} is not an IANA time zone such as Asia/Hong_Kong`);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(baseUrl)) return usage('--base-url must be an absolute http(s) URL');

  try {
    const entries = await parsePageFile(page, {
      itemSelector,
      linkSelector: values['link-selector'],
      dateSelector: values['date-selector'],
      titleSelector: values['title-selector'],
      baseUrl,
      timeZone,
    });
    for (const entry of entries) output.write(`${JSON.stringify(entry)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof FeedReadError ? error.message : `${page}: ${(error as Error).message}`;
    errors.write(`error: ${message.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}
