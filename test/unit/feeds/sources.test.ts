import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidSourcesError, loadSources, parseSources } from '../../../functions/config/sources.js';
import { feedIdFor } from '../../../functions/domain/feeds/identity.js';

describe('loadSources', () => {
  it('loads the default feed list, every entry with its feed id', () => {
    const sources = loadSources();
    expect(sources.length).toBeGreaterThanOrEqual(30);
    const hkfp = sources.find((source) => source.url === 'https://hongkongfp.com/feed/');
    expect(hkfp).toMatchObject({ kind: 'rss', jurisdiction: 'HK', language: 'en', feedId: feedIdFor('https://hongkongfp.com/feed/') });
    expect(new Set(sources.map((source) => source.feedId)).size).toBe(sources.length);
  });

  it('reads an operator file, and accepts a press-release page beside feeds', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sources-')), 'sources.json');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'A', url: 'https://a.example/feed', kind: 'rss', jurisdiction: 'US-CA', language: 'en' },
        { name: 'B', url: 'https://b.example/press', kind: 'press-page', itemSelector: 'li.release', enabled: false },
      ]),
    );
    expect(loadSources(file).map((source) => source.kind)).toEqual(['rss', 'press-page']);
  });

  it('names every bad entry and what is wrong with it', () => {
    const problems = (() => {
      try {
        parseSources(
          [
            { name: 'Good', url: 'https://ok.example/feed', kind: 'rss' },
            { name: 'Ftp', url: 'ftp://x.example/feed', kind: 'rss' },
            { name: 'Atom', url: 'https://y.example/feed', kind: 'atom' },
            { name: 'Lower', url: 'https://z.example/feed', kind: 'rss', jurisdiction: 'hk' },
            { name: 'Again', url: 'https://OK.example/feed', kind: 'rss' },
          ],
          'sources.json',
        );
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidSourcesError);
        return (error as InvalidSourcesError).problems;
      }
      throw new Error('expected the list to be refused');
    })();
    expect(problems).toEqual([
      'entry 2 (Ftp): url: must be an absolute http(s) URL',
      "entry 3 (Atom): kind: kind must be 'rss' or 'press-page'",
      'entry 4 (Lower): jurisdiction: must be a jurisdiction code such as HK, US-CA, EU or GLOBAL',
      'entry 5 (Again): the same feed as entry 1',
    ]);
  });

  it('words each wrong type, unknown option and unknown field so the operator can fix the file', () => {
    const problems = (() => {
      try {
        parseSources(
          [
            5,
            { kind: 'rss' },
            { name: 'X', url: 'https://x.example/feed', kind: 'rss', publisherType: 'blog', caveat: 3, enabled: 'yes', extra: 1 },
            { name: 'Y', url: 'https://y.example/feed', kind: 'rss', homepage: 'mailto:desk@y.example', language: 'english', jurisdiction: 7 },
          ],
          'sources.json',
        );
      } catch (error) {
        return (error as InvalidSourcesError).problems;
      }
      throw new Error('expected the list to be refused');
    })();
    expect(problems).toEqual([
      "entry 1: kind must be 'rss' or 'press-page'",
      'entry 2: name: Invalid input: expected string, received undefined',
      'entry 2: url: must be an absolute http(s) URL',
      'entry 3 (X): publisherType: Invalid option: expected one of "news"|"regulator"|"outlet"',
      'entry 3 (X): caveat: Invalid input: expected string, received number',
      'entry 3 (X): enabled: Invalid input: expected boolean, received string',
      'entry 3 (X): Unrecognized key: "extra"',
      'entry 4 (Y): homepage: must be an absolute http(s) URL',
      'entry 4 (Y): jurisdiction: Invalid input: expected string, received number',
      'entry 4 (Y): language: must be a language tag such as en or zh-Hant',
    ]);
  });

  it('says so when the file is missing or is not JSON', () => {
    expect(() => loadSources('/nonexistent/sources.json')).toThrow(/^\/nonexistent\/sources.json: cannot be read/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sources-')), 'broken.json');
    writeFileSync(file, '[{');
    expect(() => loadSources(file)).toThrow(/is not JSON/);
  });
});
