/**
 * Press pages written for the tests, in the shapes regulators use: a table of dated rows, a
 * list with pagination, cards, and release pages with navigation and footers around the text.
 * Every name and statement here is invented.
 */

export interface ListedRelease {
  readonly title: string;
  readonly href: string;
  /** As the page prints it: "15 October 2024", "15/10/2024", "2024年10月15日"... */
  readonly date?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(lang: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Media Centre</title>${head}</head>
<body>
<header><nav class="top"><ul><li><a href="/">Home</a></li><li><a href="/about/">About us</a></li><li><a href="/en/media/">Media</a></li></ul></nav></header>
<main>${body}</main>
<footer><p>Copyright © Office of the Data Commissioner (invented for tests)</p><a href="/privacy.html">Privacy policy</a></footer>
</body></html>`;
}

/** A table: one row a release, date in the first cell, the linked title in the second. */
export function tableListing(releases: readonly ListedRelease[], lang = 'en'): string {
  const rows = releases
    .map((r) => `<tr class="release-row"><td class="date">${escape(r.date ?? '')}</td><td><a href="${escape(r.href)}">${escape(r.title)}</a></td></tr>`)
    .join('\n');
  return page(
    lang,
    `<h1>Press Releases</h1>
<table class="press-table"><thead><tr><th>Date</th><th>Title</th></tr></thead><tbody>
${rows}
</tbody></table>`,
  );
}

/** A list with a date span, a "read more" link to the same release, and pagination below. */
export function listListing(releases: readonly ListedRelease[], lang = 'en', base?: string): string {
  const items = releases
    .map(
      (r) =>
        `<li><span class="when">${escape(r.date ?? '')}</span> <a class="headline" href="${escape(r.href)}">${escape(r.title)}</a> <a class="more" href="${escape(r.href)}#body">Read more</a></li>`,
    )
    .join('\n');
  return page(
    lang,
    `<h1>News</h1><ul class="releases">
${items}
</ul>
<ul class="pagination"><li><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=2">Next ›</a></li></ul>`,
    base ? `<base href="${escape(base)}">` : '',
  );
}

/** Cards: each card is itself the link, with the title in a heading and a <time> element. */
export function cardListing(releases: readonly (ListedRelease & { readonly datetime?: string })[], lang = 'en'): string {
  const cards = releases
    .map(
      (r) => `<a class="card" href="${escape(r.href)}"><span class="label">Media statement</span><h3 class="card-title">${escape(r.title)}</h3>
<p class="card-meta"><time${r.datetime ? ` datetime="${escape(r.datetime)}"` : ''}>${escape(r.date ?? '')}</time></p></a>`,
    )
    .join('\n');
  return page(lang, `<section class="cards">${cards}</section>`);
}

/** A release page: the statement inside navigation, a sidebar and a footer. */
export function releasePage(options: { title: string; paragraphs: readonly string[]; lang?: string; canonical?: string; published?: string }): string {
  const head = [
    options.canonical ? `<link rel="canonical" href="${escape(options.canonical)}">` : '',
    options.published ? `<meta property="article:published_time" content="${escape(options.published)}">` : '',
  ].join('');
  const text = options.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return page(
    options.lang ?? 'en',
    `<aside class="sidebar"><h2>Related links</h2><ul><li><a href="/complaints/">Lodge a complaint</a></li><li><a href="/guidance/">Guidance notes</a></li></ul></aside>
<article><h1>${escape(options.title)}</h1>
${text}
</article>`,
    head,
  );
}

/** Paragraphs long enough for a main-text extractor to recognise an article. */
export function statementParagraphs(subject: string): string[] {
  return [
    `The Data Commissioner today announced the outcome of an inquiry into ${subject}, after receiving complaints from members of the public about how their personal data had been handled.`,
    'The inquiry found that customers had not been told clearly what data was collected, how long it would be kept, or with whom it would be shared, contrary to the data protection principles.',
    'The Commissioner has served an enforcement notice directing the organisation to stop the practice, delete the data it should not hold, and report back within sixty days on the steps it has taken.',
  ];
}
