import { describe, expect, it } from 'vitest';
import { InvalidSelectorError, PressPageLayoutError } from '../../../functions/domain/press/errors.js';
import { readPressListing } from '../../../functions/domain/press/read-listing.js';
import { cardListing, listListing, tableListing } from '../../support/press-pages.js';

const BASE = 'https://commissioner.example/en/media/index.html';

describe('reading a listing page', () => {
  it('reads a table of releases in page order, with absolute links and dates in the source time zone', async () => {
    const html = tableListing([
      { title: 'Commissioner opens inquiry into <loyalty> scheme & data', href: 'releases/2024/r-1016.html', date: '16 October 2024' },
      { title: 'Statement on school photo app', href: '/en/media/releases/2024/r-1015.html', date: '15/10/2024' },
    ]);
    expect(await readPressListing(html, { itemSelector: 'tr.release-row', baseUrl: BASE, timeZone: 'Asia/Hong_Kong' })).toEqual([
      {
        title: 'Commissioner opens inquiry into <loyalty> scheme & data',
        url: 'https://commissioner.example/en/media/releases/2024/r-1016.html',
        publishedAt: '2024-10-15T16:00:00.000Z',
      },
      {
        title: 'Statement on school photo app',
        url: 'https://commissioner.example/en/media/releases/2024/r-1015.html',
        publishedAt: '2024-10-14T16:00:00.000Z',
      },
    ]);
  });

  it('reads a Chinese table with dates written 年月日', async () => {
    const html = tableListing([{ title: '私隱專員就流動應用程式發表聲明', href: '/tc/media/r-1015.html', date: '2024年10月15日' }], 'zh-HK');
    expect(
      await readPressListing(html, { itemSelector: 'tr.release-row', baseUrl: 'https://commissioner.example/tc/media/', timeZone: 'Asia/Hong_Kong' }),
    ).toEqual([{ title: '私隱專員就流動應用程式發表聲明', url: 'https://commissioner.example/tc/media/r-1015.html', publishedAt: '2024-10-14T16:00:00.000Z' }]);
  });

  it('reads a list once per release, against the page <base>, and leaves the pagination alone', async () => {
    const html = listListing(
      [
        { title: 'Guidance on workplace monitoring', href: 'guidance-monitoring.html', date: '14/10/2024' },
        { title: 'Annual report laid before the legislature', href: 'annual-report.html', date: '10/10/2024' },
      ],
      'en',
      'https://commissioner.example/news/2024/',
    );
    const entries = await readPressListing(html, { itemSelector: 'ul.releases > li', linkSelector: 'a.headline', dateSelector: '.when', baseUrl: BASE });
    expect(entries.map((e) => [e.title, e.url, e.publishedAt])).toEqual([
      ['Guidance on workplace monitoring', 'https://commissioner.example/news/2024/guidance-monitoring.html', '2024-10-14T00:00:00.000Z'],
      ['Annual report laid before the legislature', 'https://commissioner.example/news/2024/annual-report.html', '2024-10-10T00:00:00.000Z'],
    ]);
  });

  it('reads cards that are links themselves, with a title selector and a <time datetime>', async () => {
    const html = cardListing([{ title: 'Data breach at a clinic group', href: '/media/clinic-breach', date: '15 Oct', datetime: '2024-10-15' }]);
    expect(await readPressListing(html, { itemSelector: 'a.card', titleSelector: '.card-title', baseUrl: BASE, timeZone: 'Asia/Hong_Kong' })).toEqual([
      { title: 'Data breach at a clinic group', url: 'https://commissioner.example/media/clinic-breach', publishedAt: '2024-10-14T16:00:00.000Z' },
    ]);
  });

  it('finds rows by the release links they hold, as the default PCPD sources do, whatever the element', async () => {
    const html = `<table><tr><td>Date</td><td>Title</td></tr><tr><td>11 June 2024</td><td><a href="press_20240611.html">A model framework</a></td></tr></table>
<ul class="menu"><li><a href="/english/index.html">Home</a></li><li>10 June 2024 <a href="press_20240610.html">Another statement</a> <a href="files/x.pdf">PDF</a></li></ul>`;
    const selectors = { itemSelector: "tr:has(a[href*='press_']), li:has(a[href*='press_'])", linkSelector: "a[href*='press_']" };
    expect(await readPressListing(html, { ...selectors, baseUrl: 'https://regulator.example/english/media/list.html', timeZone: 'Asia/Hong_Kong' })).toEqual([
      { title: 'A model framework', url: 'https://regulator.example/english/media/press_20240611.html', publishedAt: '2024-06-10T16:00:00.000Z' },
      { title: 'Another statement', url: 'https://regulator.example/english/media/press_20240610.html', publishedAt: '2024-06-09T16:00:00.000Z' },
    ]);
  });

  it('keeps a release without a date, and drops links that are not http(s)', async () => {
    const html = tableListing([
      { title: 'Undated notice', href: 'notice.html' },
      { title: 'Print this page', href: 'javascript:print()' },
    ]);
    expect(await readPressListing(html, { itemSelector: 'tr.release-row', baseUrl: BASE })).toEqual([
      { title: 'Undated notice', url: 'https://commissioner.example/en/media/notice.html' },
    ]);
  });

  it('calls a selector that matches nothing a layout change, naming the selector', async () => {
    const html = tableListing([{ title: 'A release', href: 'a.html' }]);
    const error = await readPressListing(html, { itemSelector: 'div.press-item', baseUrl: BASE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PressPageLayoutError);
    expect((error as Error).message).toBe('the item selector "div.press-item" matched nothing on the page');
    const noLinks = await readPressListing(html, { itemSelector: 'tr.release-row', linkSelector: 'a.gone', baseUrl: BASE }).catch((e: unknown) => e);
    expect((noLinks as Error).message).toBe('the link selector "a.gone" found no link in any of the 1 items that "tr.release-row" matched');
  });

  it('says which selector is not CSS', async () => {
    const error = await readPressListing(tableListing([]), { itemSelector: 'tr[class=', baseUrl: BASE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidSelectorError);
    expect((error as Error).message).toBe('not a valid CSS selector: "tr[class="');
  });
});
