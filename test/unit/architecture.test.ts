/** The house rules that keep the domain pure and the handlers thin, checked on every run. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the domain', () => {
  it('imports no AWS SDK, so it can be read and tested without one', () => {
    const offenders = filesUnder('functions/domain').filter((file) => /from '@aws-sdk\//.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative('.', file))).toEqual([]);
  });
});

describe('the handlers', () => {
  it('stay thin: every Lambda entry point is under 90 lines', () => {
    const long = filesUnder('functions/handlers')
      .map((file) => ({ file: relative('.', file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 90);
    expect(long).toEqual([]);
  });
});
