/** The `newsdesk` command line: see `newsdesk help`. */
import { runCommand } from '../functions/local/cli/commands.js';

process.exitCode = await runCommand(process.argv.slice(2));
