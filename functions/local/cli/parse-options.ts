/** The options of one command, read strictly so that a mistyped flag is an error rather than silently ignored. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseOptions<const Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options, allowPositionals = false) {
  return parseArgs({ args, options, allowPositionals, strict: true as const });
}
