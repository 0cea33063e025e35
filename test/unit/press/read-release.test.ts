import { describe, expect, it } from 'vitest';
import { readRelease } from '../../../functions/domain/press/read-release.js';
import { releasePage, statementParagraphs } from '../../support/press-pages.js';

const FETCHED_AT = new Date('2024-10-16T03:00:00Z');
const entry = { title: 'Commissioner concludes inquiry into gym membership data', url: 'https://commissioner.example/en/media/r-1016.html' };

describe('reading a release page', () => {
  it('keeps the statement and leaves out navigation, sidebar and footer', async () => {
    const html = releasePage({ title: entry.title, paragraphs: statementParagraphs('a gym chain’s membership records') });
    const item = await readRelease(html, { feedId: 'f', entry, finalUrl: entry.url, fetchedAt: FETCHED_AT, language: 'en' });
    expect(item).toMatchObject({ kind: 'press-release', title: entry.title, url: entry.url, language: 'en', categories: [] });
    expect(item.content).toContain('served an enforcement notice');
    expect(item.content).not.toMatch(/Lodge a complaint|Privacy policy|About us/);
    expect(item.summary.length).toBeLessThanOrEqual(320);
  });

  it('identifies the story by its listing address, however the page names itself', async () => {
    const html = releasePage({ title: 'x', paragraphs: statementParagraphs('a bank'), canonical: '/en/media/releases/r-1016.html' });
    const item = await readRelease(html, { feedId: 'f', entry, finalUrl: `${entry.url}?utm_source=list`, fetchedAt: FETCHED_AT });
    const same = await readRelease(releasePage({ title: 'x', paragraphs: statementParagraphs('a bank') }), {
      feedId: 'f',
      entry,
      finalUrl: entry.url,
      fetchedAt: FETCHED_AT,
    });
    expect(item.url).toBe('https://commissioner.example/en/media/releases/r-1016.html');
    expect(item.storyId).toBe(same.storyId);
  });

  it('does not let a page claim another site as its canonical address', async () => {
    const html = releasePage({ title: 'x', paragraphs: statementParagraphs('a bank'), canonical: 'https://elsewhere.example/fake' });
    expect((await readRelease(html, { feedId: 'f', entry, finalUrl: entry.url, fetchedAt: FETCHED_AT })).url).toBe(entry.url);
  });

  it("takes the page's language and date when the listing gives no date", async () => {
    const html = releasePage({
      title: '聲明',
      lang: 'zh-HK',
      paragraphs: [
        '私隱專員今日就一宗涉及會員個人資料的投訴發表調查報告，指出有關機構未有清楚告知會員收集資料的目的及用途。',
        '專員已向該機構送達執行通知，要求其停止有關做法並刪除不必要保存的個人資料，並於六十日內匯報跟進情況。',
      ],
      published: '2024-10-15',
    });
    const item = await readRelease(html, {
      feedId: 'f',
      entry: { title: '私隱專員發表調查報告', url: entry.url },
      finalUrl: entry.url,
      fetchedAt: FETCHED_AT,
      timeZone: 'Asia/Hong_Kong',
      language: 'en',
    });
    expect(item).toMatchObject({ language: 'zh-HK', publishedAt: '2024-10-14T16:00:00.000Z', publishedEstimated: false, title: '私隱專員發表調查報告' });
    expect(item.content).toContain('執行通知');
  });

  it('prefers the listing date, and marks a release with no date anywhere as estimated', async () => {
    const html = releasePage({ title: 'x', paragraphs: statementParagraphs('a bank'), published: '2024-10-01T09:00:00+08:00' });
    const listed = await readRelease(html, {
      feedId: 'f',
      entry: { ...entry, publishedAt: '2024-10-15T16:00:00.000Z' },
      finalUrl: entry.url,
      fetchedAt: FETCHED_AT,
    });
    expect(listed.publishedAt).toBe('2024-10-15T16:00:00.000Z');
    const undated = await readRelease(releasePage({ title: 'x', paragraphs: statementParagraphs('a bank') }), {
      feedId: 'f',
      entry,
      finalUrl: entry.url,
      fetchedAt: FETCHED_AT,
    });
    expect(undated).toMatchObject({ publishedAt: FETCHED_AT.toISOString(), publishedEstimated: true });
  });

  it('falls back on a date the address carries, in the source time zone', async () => {
    const dated = { title: 'x', url: 'https://commissioner.example/english/media_statements/press_20241015.html' };
    const item = await readRelease(releasePage({ title: 'x', paragraphs: statementParagraphs('a bank') }), {
      feedId: 'f',
      entry: dated,
      finalUrl: dated.url,
      fetchedAt: FETCHED_AT,
      timeZone: 'Asia/Hong_Kong',
    });
    expect(item).toMatchObject({ publishedAt: '2024-10-14T16:00:00.000Z', publishedEstimated: false });
  });
});
