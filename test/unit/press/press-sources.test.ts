import { describe, expect, it } from 'vitest';
import { InvalidSourcesError, loadSources, parseSources } from '../../../functions/config/sources.js';

describe('press-page sources', () => {
  it('are in the default list: the PCPD in English and in Chinese, each a source of its own, read in Hong Kong time', () => {
    const pages = loadSources().filter((source) => source.kind === 'press-page');
    expect(pages.map((page) => [page.url, page.language, page.kind === 'press-page' && page.timeZone])).toEqual([
      ['https://www.pcpd.org.hk/english/news_events/media_statements/media_statements.html', 'en', 'Asia/Hong_Kong'],
      ['https://www.pcpd.org.hk/tc_chi/news_events/media_statements/media_statements.html', 'zh-Hant-HK', 'Asia/Hong_Kong'],
    ]);
    for (const page of pages) expect(page.caveat).toMatch(/parse-page/);
  });

  it('report a missing item selector and an unknown time zone by entry and field', () => {
    const entries = [
      { name: 'No selector', url: 'https://a.example/press', kind: 'press-page' },
      { name: 'Bad zone', url: 'https://b.example/press', kind: 'press-page', itemSelector: 'tr', timeZone: 'Hong Kong' },
    ];
    const error = (() => {
      try {
        parseSources(entries, 'sources.json');
      } catch (caught) {
        return caught as InvalidSourcesError;
      }
      throw new Error('accepted');
    })();
    expect(error.problems).toEqual([
      'entry 1 (No selector): itemSelector: must be a CSS selector',
      'entry 2 (Bad zone): timeZone: must be an IANA time zone such as Asia/Hong_Kong',
    ]);
  });
});
