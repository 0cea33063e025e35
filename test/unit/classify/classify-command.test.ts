import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runClassifyCommand } from '../../../functions/local/cli/classify-command.js';

async function run(lines: readonly string[]): Promise<{ status: number; output: Record<string, unknown>[] }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const status = await runClassifyCommand([], Readable.from([lines.join('\n')]), output);
  output.end();
  const text = Buffer.concat(chunks).toString('utf8').trim();
  return { status, output: text.split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('newsdesk classify: the story’s language', () => {
  it('adds "language" after the contract’s fields, which keep their order', async () => {
    const { status, output } = await run([
      JSON.stringify({ id: 'a', title: 'Le régulateur inflige une amende à un détaillant pour la perte des données personnelles de ses clients', summary: '' }),
      JSON.stringify({ id: 'b', title: '私隱專員公署調查網店外洩客戶個人資料', summary: '' }),
      JSON.stringify({ id: 'c', title: 'The weather is mild for the season', summary: '' }),
    ]);
    expect(status).toBe(0);
    for (const line of output) expect(Object.keys(line)).toEqual(['id', 'inScope', 'score', 'jurisdictions', 'mentions', 'topics', 'evidence', 'language']);
    expect(output.map((line) => line.language)).toEqual(['fr', 'zh-Hant', 'en']);
    expect(output[0]).toMatchObject({ inScope: true });
  });

  it('still answers a bad line with an error line and no language', async () => {
    const { status, output } = await run(['not json']);
    expect(status).toBe(1);
    expect(output[0]).toEqual({ id: null, line: 1, error: expect.stringMatching(/^line 1: /) });
  });
});
