import { describe, expect, it } from 'vitest';
import { FeedFormatError } from '../../../functions/domain/feeds/errors.js';
import { parseFeed } from '../../../functions/domain/feeds/parse-feed.js';
import { rssDocument } from './support/fakes.js';

const fetchedAt = new Date('2026-11-29T12:00:00Z');
const parse = (xml: string, feedUrl = 'https://news.example/feed') => parseFeed(xml, { feedUrl, fetchedAt });

describe('parseFeed: text', () => {
  it('turns undeclared HTML entities into their characters and leaves bare ampersands as text', async () => {
    const feed = await parse(rssDocument([{ title: 'Caf&eacute;&nbsp;owners &amp; the CNIL&hellip; R&D', link: 'https://news.example/a?x=1&y=2' }]));
    expect(feed.items[0].title).toBe('Café\u00a0owners & the CNIL… R&D'.replace('\u00a0', ' '));
    expect(feed.items[0].url).toBe('https://news.example/a?x=1&y=2');
  });

  it('keeps an unknown entity name as the text it was', async () => {
    const feed = await parse(rssDocument([{ title: 'Fish &chips; today', link: 'https://news.example/b' }]));
    expect(feed.items[0].title).toBe('Fish &chips; today');
  });

  it('trims CDATA padded with whitespace and turns HTML into clean text with html-to-text', async () => {
    const xml = rssDocument([
      {
        title: '<![CDATA[\n      Regulator fines app <b>maker</b>\n    ]]>',
        link: 'https://news.example/c',
        description: '<![CDATA[\n   <p>The <a href="https://x.example">PCPD</a> acted.</p><img src="x.png" alt="photo"><p>Second   paragraph.</p>\n ]]>',
      },
    ]);
    const [item] = (await parse(xml)).items;
    expect(item.title).toBe('Regulator fines app maker');
    expect(item.summary).toBe('The PCPD acted. Second paragraph.');
  });

  it('keeps the newest items of an oversized document, undated ones counting as oldest, in document order', async () => {
    const dated = (i: number) => ({ title: `Dated ${i}`, link: `https://news.example/d/${i}`, pubDate: new Date(Date.UTC(2026, 0, 1 + i)).toUTCString() });
    const xml = rssDocument([{ title: 'Undated', link: 'https://news.example/u' }, dated(1), dated(3), dated(2), dated(0)]);
    const feed = await parseFeed(xml, { feedUrl: 'https://news.example/feed', fetchedAt, maxItems: 3 });
    expect(feed.items.map((item) => item.title)).toEqual(['Dated 1', 'Dated 3', 'Dated 2']);
    expect(feed.itemsCut).toBe(2);
    expect((await parse(xml)).itemsCut).toBeUndefined();
  });

  it('keeps a title whose text reads as markup after entity decoding, instead of stripping the rest of it', async () => {
    const feed = await parse(
      rssDocument([
        { title: '&gt;&lt;svg/onload=alert(1)&gt; Hong Kong privacy watchdog warns app makers', link: 'https://news.example/svg' },
        { title: '"&gt;&lt;img src=x onerror=alert(1)&gt; Clinic leaks patient files', link: 'https://news.example/img' },
        { title: 'Why &lt;script&gt; tags in ads track you', link: 'https://news.example/script' },
        { title: 'Regulator says 3 &lt; 4 complaints were upheld', link: 'https://news.example/lt' },
      ]),
    );
    expect(feed.items.map((item) => item.title)).toEqual([
      '><svg/onload=alert(1)> Hong Kong privacy watchdog warns app makers',
      '"><img src=x onerror=alert(1)> Clinic leaks patient files',
      'Why <script> tags in ads track you',
      'Regulator says 3 < 4 complaints were upheld',
    ]);
  });

  it('still drops the inline formatting publishers put in titles and author names', async () => {
    const feed = await parse(
      rssDocument([
        { title: 'Watchdog &lt;em&gt;fines&lt;/em&gt; &lt;a href="https://x.example"&gt;app&lt;/a&gt;&lt;br/&gt;maker', link: 'https://news.example/em' },
      ]),
    );
    expect(feed.items[0].title).toBe('Watchdog fines app maker');
  });

  it('keeps the full text of content:encoded as plain text and cuts a long summary at a word', async () => {
    const long = 'privacy '.repeat(100);
    const xml = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
      <item><title>Story</title><link>https://news.example/d</link><description>${long}</description>
      <content:encoded><![CDATA[<h2>Heading</h2><p>Full <em>text</em> here.</p>]]></content:encoded></item></channel></rss>`;
    const [item] = (await parse(xml)).items;
    expect(item.content).toBe('Heading\n\nFull text here.');
    expect(item.summary.length).toBeLessThanOrEqual(320);
    expect(item.summary.endsWith('privacy…')).toBe(true);
  });

  it('repairs UTF-8 that was read as Windows-1252 upstream', async () => {
    const feed = await parse(rssDocument([{ title: 'The regulatorâ€™s â€œfinalâ€\u009d word', link: 'https://news.example/e' }]));
    expect(feed.items[0].title).toBe('The regulator’s “final” word');
  });

  it('reads the author name out of an RSS author address, and categories without repeats', async () => {
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://news.example/f</link>
      <author>desk@news.example (Jane Doe)</author><category>Privacy</category><category> privacy </category>
      <category domain="x">AI</category></item></channel></rss>`;
    const [item] = (await parse(xml)).items;
    expect(item.author).toBe('Jane Doe');
    expect(item.categories).toEqual(['Privacy', 'AI']);
  });
});

describe('parseFeed: links and identity', () => {
  it('resolves relative links against xml:base, then the feed link', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/en/">
      <title>Blog</title><link href="https://blog.example/"/>
      <entry><id>1</id><title>One</title><link href="posts/one"/><updated>2024-01-02T00:00:00Z</updated></entry>
      <entry xml:base="/archive/"><id>2</id><title>Two</title><link href="two"/><updated>2024-01-02T00:00:00Z</updated></entry>
    </feed>`;
    const feed = await parse(atom, 'http://127.0.0.1:8080/mirror.atom');
    expect(feed.items.map((item) => item.url)).toEqual(['https://blog.example/en/posts/one', 'https://blog.example/archive/two']);
  });

  it("resolves an RSS item's relative link against the channel link, not the address it was mirrored at", async () => {
    const feed = await parse(rssDocument([{ title: 'Rel', link: '/2024/rel' }]), 'http://127.0.0.1:9/copy.xml');
    expect(feed.items[0].url).toBe('https://news.example/2024/rel');
  });

  it('uses a guid that is a URL when there is no link, and the guid alone for identity when it is not', async () => {
    const feed = await parse(
      rssDocument([
        { title: 'Guid is a permalink', guid: 'https://news.example/g1' },
        { title: 'Guid is a tag', guid: 'tag:news.example,2024:7' },
      ]),
    );
    expect(feed.items[0].url).toBe('https://news.example/g1');
    // No link of its own: the feed's link stands in, and the id comes from the guid.
    expect(feed.items[1].url).toBe('https://news.example/');
    expect(feed.items[1].storyId).not.toBe(feed.items[0].storyId);
  });

  it('keeps one item per story when a feed repeats a guid or a link', async () => {
    const feed = await parse(
      rssDocument([
        { title: 'First', link: 'https://news.example/same', guid: 'same' },
        { title: 'First again', link: 'https://news.example/same?utm_source=rss', guid: 'same' },
        { title: 'Other', link: 'https://news.example/other' },
      ]),
    );
    expect(feed.items.map((item) => item.title)).toEqual(['First', 'Other']);
    expect(feed.skippedItems).toHaveLength(1);
  });

  it('skips an item with no title and no text, keeping the rest', async () => {
    const feed = await parse(
      rssDocument([
        { title: '', link: 'https://news.example/empty' },
        { title: 'Real', link: 'https://news.example/r' },
      ]),
    );
    expect(feed.items.map((item) => item.title)).toEqual(['Real']);
    expect(feed.skippedItems?.[0].reason).toMatch(/no title/);
  });
});

describe('parseFeed: dates', () => {
  it('gives items without a usable date the fetch time, marked as estimated', async () => {
    const feed = await parse(
      rssDocument([
        { title: 'Dated', link: 'https://news.example/1', pubDate: 'Tue, 17 Oct 2017 22:17:00 +0000' },
        { title: 'Undated', link: 'https://news.example/2' },
        { title: 'Nonsense', link: 'https://news.example/3', pubDate: 'yesterday-ish' },
        { title: 'From the future', link: 'https://news.example/4', pubDate: 'Tue, 17 Oct 2034 22:17:00 +0000' },
      ]),
    );
    expect(feed.items.map((item) => [item.publishedAt, item.publishedEstimated])).toEqual([
      ['2017-10-17T22:17:00.000Z', false],
      ['2026-11-29T12:00:00.000Z', true],
      ['2026-11-29T12:00:00.000Z', true],
      ['2026-11-29T12:00:00.000Z', true],
    ]);
  });

  it('reads dc:date when there is no pubDate, including an epoch', async () => {
    const xml = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
      <item><title>A</title><link>https://news.example/a</link><dc:date>1518478934</dc:date></item></channel></rss>`;
    expect((await parse(xml)).items[0].publishedAt).toBe('2018-02-12T23:42:14.000Z');
  });

  it('does not lose an Atom feed to one entry with a broken date', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>
      <entry><id>1</id><title>Bad date</title><link href="https://b.example/1"/><published>not a date</published></entry>
      <entry><id>2</id><title>Good date</title><link href="https://b.example/2"/><published>2024-05-01T10:00:00+02:00</published></entry>
    </feed>`;
    const feed = await parse(atom);
    expect(feed.items.map((item) => [item.title, item.publishedAt, item.publishedEstimated])).toEqual([
      ['Bad date', fetchedAt.toISOString(), true],
      ['Good date', '2024-05-01T08:00:00.000Z', false],
    ]);
  });
});

describe('parseFeed: formats', () => {
  it('reads Atom whose elements carry a prefix, and XHTML content in document order', async () => {
    const atom = `<?xml version="1.0"?><a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns="http://www.w3.org/1999/xhtml">
      <a:title>Prefixed</a:title><a:entry><a:id>urn:1</a:id><a:title>Entry</a:title><a:link href="https://p.example/1"/>
      <a:updated>2024-01-01T00:00:00Z</a:updated>
      <a:content type="xhtml"><div>The <b>regulator</b> said <i>no</i>.</div></a:content></a:entry></a:feed>`;
    const [item] = (await parse(atom)).items;
    expect(item.title).toBe('Entry');
    expect(item.content).toBe('The regulator said no.');
  });

  it('reads RSS 1.0 (RDF) and an <rss> without a version', async () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
      <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link></item></rdf:RDF>`;
    expect((await parse(rdf)).items[0].url).toBe('https://r.example/1');
    const unversioned = '<rss><channel><title>U</title><item><title>X</title><link>https://u.example/x</link></item></channel></rss>';
    expect((await parse(unversioned)).items[0].title).toBe('X');
  });

  it('tolerates a byte-order mark and blank lines before the prolog', async () => {
    const feed = await parse(`\uFEFF\n\n   ${rssDocument([{ title: 'Hi', link: 'https://news.example/hi' }])}`);
    expect(feed.items[0].title).toBe('Hi');
  });
});

describe('parseFeed: refusals', () => {
  const refusal = async (xml: string) => {
    const error = await parse(xml).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFormatError);
    return (error as Error).message;
  };

  it('refuses an HTML page', async () => {
    expect(await refusal('<!DOCTYPE html><html><head><title>Moved</title></head><body>Gone</body></html>')).toBe('not a feed: got an HTML document');
  });

  it('refuses a DOCTYPE that declares entities, without expanding them', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;">]>
      <rss version="2.0"><channel><title>&b;</title></channel></rss>`;
    expect(await refusal(laughs)).toBe('DOCTYPE declares entities, refused');
    const external = `<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://169.254.169.254/">%remote;]><rss/>`;
    expect(await refusal(external)).toBe('DOCTYPE declares entities, refused');
  });

  it('refuses a truncated document', async () => {
    const whole = rssDocument([{ title: 'A', link: 'https://news.example/a' }]);
    expect(await refusal(whole.slice(0, whole.length - 20))).toMatch(/^truncated XML/);
  });

  it('refuses XML that is not a feed, and text that is not XML', async () => {
    expect(await refusal('<?xml version="1.0"?><invoice><total>3</total></invoice>')).toMatch(/^not a feed: the root element is <invoice>/);
    expect(await refusal('{"items": []}')).toMatch(/^not a feed/);
    expect(await refusal('   ')).toBe('not a feed: the document is empty');
  });

  it('reports malformed XML with where it broke', async () => {
    expect(await refusal('<rss version="2.0"><channel><title>A</titel></channel></rss>')).toMatch(/^malformed XML: .* at line 1$/);
  });
});
