/**
 * The command line's commands. Each returns an exit code and prints what a person needs;
 * failures print one line, never a stack trace.
 */
import { runBackfillDigestSlotsCommand } from './backfill-digest-slots-command.js';
import { runClassifyCommand } from './classify-command.js';
import { runDemoCommand } from './demo-command.js';
import { runCorrectCommand, runExportCorrectionsCommand, runRulesCommand } from './editorial-commands.js';
import { runDigestCommand, runIngestCommand } from './pipeline-commands.js';
import { runEvalCommand } from './eval-command.js';
import { runParseFeedCommand } from './parse-feed-command.js';
import { runParsePageCommand } from './parse-page-command.js';
import { runRedriveCommand } from './redrive-command.js';
import { runServeCommand } from './serve-command.js';

const USAGE = `Usage: newsdesk <command> [options]

Commands:
  demo [--keep-open]          run the whole pipeline on the embedded local stack, offline
  ingest [--samples]          fetch, classify and store the configured feeds (local stack in .newsdesk/)
  digest [--everyone]         compose this week's editions and send the digests that are due
  classify                    classify JSON Lines stories from standard input
  parse-feed <file|url>       print a feed's normalised items as JSON Lines
  parse-page <file|url> --item-selector <css> [--link-selector <css>] [--date-selector <css>]
          [--title-selector <css>] [--base-url <url>] [--time-zone <iana>]
                              print the releases a press page lists as JSON Lines
  eval-classify [file]        score the classifier on labelled stories
  correct <story> --editor <name> [--add-jurisdiction X]... [--remove-jurisdiction X]...
          [--add-topic T]... [--remove-topic T]... [--in-scope | --out-of-scope]
          [--note "..."] [--promote-term "<words>"]
                              correct a stored story's tags at once (story: id or URL),
                              optionally promoting the correction to a classifier rule
  export-corrections          print the corrections as labelled stories (JSON Lines)
  rules [--json]              list the promoted classifier rules
  redrive <queue> [--dry-run] [--local]
                              move a dead-letter queue's messages back to work, with a count:
                              on AWS by the queue's URL, ARN or name; --local for feed-jobs,
                              send-jobs or digest-plan-jobs of the local stack
  backfill-digest-slots [--dry-run] [--table <name>] [--start-after <id>] [--local]
                              upgrade step: give subscribers stored before the digest-slot
                              index their slot (AWS: --table or SUBSCRIBERS_TABLE; resumable)
  serve                       run the local stack as a service (HTTP ${'$'}{PORT:-3000}, SES UI ${'$'}{SES_PORT:-8005})
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  demo: runDemoCommand,
  ingest: runIngestCommand,
  digest: runDigestCommand,
  classify: runClassifyCommand,
  'parse-feed': runParseFeedCommand,
  'parse-page': runParsePageCommand,
  'eval-classify': runEvalCommand,
  correct: runCorrectCommand,
  'export-corrections': runExportCorrectionsCommand,
  rules: runRulesCommand,
  serve: runServeCommand,
  redrive: (args) => runRedriveCommand(args),
  'backfill-digest-slots': (args) => runBackfillDigestSlotsCommand(args),
};

export async function runCommand(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`error: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    process.stderr.write(`error: ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
