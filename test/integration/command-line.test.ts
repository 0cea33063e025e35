/** The command-line contracts other tools rely on (DESIGN.md), run as a user runs them. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function newsdesk(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/newsdesk.js', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx newsdesk classify', () => {
  it('answers each JSON line with one line carrying the contract’s fields, in order', () => {
    const stories = [
      {
        id: 'hk-1',
        title: 'Privacy commissioner fines Hong Kong retailer after leak of 20,000 customers’ personal data',
        summary: 'The PCPD said the company broke the PDPO.',
      },
      { id: 'chip-1', title: 'Chipmaker opens a new fab', summary: 'The plant will make AI accelerators.', url: 'https://news.example/chip' },
    ];
    const { status, stdout } = newsdesk(['classify'], stories.map((s) => JSON.stringify(s)).join('\n'));
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['hk-1', 'chip-1']);
    for (const line of lines) {
      expect(line).toEqual(
        expect.objectContaining({
          inScope: expect.any(Boolean),
          jurisdictions: expect.any(Array),
          topics: expect.any(Array),
          score: expect.any(Number),
          evidence: expect.any(Array),
        }),
      );
    }
    expect(lines[0]).toMatchObject({ inScope: true, jurisdictions: ['HK'] });
    expect(lines[1]).toMatchObject({ inScope: false, jurisdictions: [] });
  });

  it('answers a line that is not a story with an error line, goes on, and exits non-zero', () => {
    const { status, stdout } = newsdesk(['classify'], `not json\n${JSON.stringify({ id: 'x', title: 'Weather', summary: '' })}\n`);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].error).toMatch(/^line 1: /);
    expect(lines[1].id).toBe('x');
    expect(status).toBe(1);
  });
});

describe('npx newsdesk parse-feed', () => {
  it('prints a feed’s normalised items as JSON Lines', () => {
    const { status, stdout } = newsdesk(['parse-feed', 'functions/local/sample-feeds/harbour-city-news.xml']);
    expect(status).toBe(0);
    const items = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      url: 'https://news.harbour-city.example/2024/10/15/linkedin-pauses-ai-training-hong-kong-data/',
      publishedAt: '2024-10-15T09:30:00.000Z',
    });
    expect(items[0].title).toContain('LinkedIn stops using Hong Kong members’ data');
  });

  it('says in one line why a feed cannot be read, with no stack trace', () => {
    const { status, stdout, stderr } = newsdesk(['parse-feed', 'no/such/feed.xml']);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: no/such/feed.xml: no such file\n');
  });

  it('refuses a document that is not a feed by saying what it is', () => {
    const { status, stderr } = newsdesk(['parse-feed', 'README.md']);
    expect(status).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error: README\.md: .*not a feed/i);
  });
});

describe('npx newsdesk', () => {
  it('names an unknown command and shows the usage', () => {
    const { status, stderr } = newsdesk(['frobnicate']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown command "frobnicate"/);
    expect(stderr).toMatch(/Usage: newsdesk <command>/);
  });
});
