/**
 * The page shell of the editor console: a wider layout than the subscriber pages, one
 * stylesheet and one small script (drag to reorder), both allowed by hash in a strict
 * Content-Security-Policy, so nothing that arrives in a feed can run or restyle a page.
 */
import { createHash } from 'node:crypto';
import { html, type SafeHtml } from './html.js';

const STYLE = `
:root { color-scheme: light dark; --text: #1b1b1b; --muted: #555; --bg: #fff; --panel: #f3f4f6; --accent: #0b57d0; --error: #b3261e; --ok: #146c2e; --line: #c4c4c4; --focus: #ffbf47; --mark: #fff1a8; }
@media (prefers-color-scheme: dark) { :root { --text: #ececec; --muted: #bbb; --bg: #151515; --panel: #222; --accent: #8ab4f8; --error: #f2b8b5; --ok: #8fd19e; --line: #555; --mark: #5c4b00; } }
* { box-sizing: border-box; }
body { margin: 0; font: 0.9375rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: var(--bg); }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); }
header .brand { font-weight: 700; color: var(--text); text-decoration: none; }
header nav { display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
header nav a { white-space: nowrap; }
header .who { margin-left: auto; color: var(--muted); display: flex; gap: .5rem; align-items: center; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
label { font-weight: 600; }
input[type=text], input[type=email], input[type=password], input[type=url], input[type=number], select, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: .25rem; background: var(--bg); color: var(--text); }
textarea { width: 100%; min-height: 3.5rem; }
button { font: inherit; font-weight: 600; padding: .3rem .75rem; border: 1px solid var(--accent); border-radius: .25rem; background: var(--accent); color: var(--bg); cursor: pointer; }
button.quiet { background: transparent; color: var(--accent); }
button.danger { background: var(--error); border-color: var(--error); }
.inline { display: inline; margin: 0; }
.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.stack > * + * { margin-top: .5rem; }
.field { margin: 0 0 1rem; }
.field input { display: block; width: 100%; max-width: 24rem; margin-top: .25rem; }
.muted { color: var(--muted); }
.notice { border-left: 5px solid var(--ok); padding: .5rem 1rem; margin: 1rem 0; background: var(--panel); }
.problem { border-left: 5px solid var(--error); padding: .5rem 1rem; margin: 1rem 0; background: var(--panel); font-weight: 600; }
.status { display: inline-block; padding: .1rem .5rem; border-radius: 1rem; border: 1px solid var(--line); font-size: .85rem; }
.tag { display: inline-block; margin: 0 .25rem .25rem 0; padding: 0 .4rem; border-radius: .2rem; background: var(--panel); border: 1px solid var(--line); font-size: .8rem; }
ol.items { list-style: none; padding: 0; margin: 0; }
ol.items > li { border: 1px solid var(--line); border-radius: .375rem; padding: .6rem .8rem; margin: 0 0 .6rem; background: var(--bg); }
ol.items > li.dragging { opacity: .5; }
ol.items > li[draggable=true] { cursor: grab; }
.item-head { display: flex; gap: .75rem; align-items: baseline; }
.item-head .pos { font-weight: 700; color: var(--muted); min-width: 1.5rem; }
.item-title { font-weight: 600; }
.meta { color: var(--muted); font-size: .85rem; }
.controls { display: flex; flex-wrap: wrap; gap: .35rem; margin-top: .4rem; }
.blurb { margin-top: .4rem; }
.blurb label { font-size: .85rem; }
mark { background: var(--mark); color: inherit; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td { overflow-wrap: break-word; }
input, select, textarea { max-width: 100%; }
meter { width: 2.5rem; height: .8rem; vertical-align: middle; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; padding: .6rem; background: var(--panel); border-radius: .375rem; }
.filters label { display: block; font-size: .85rem; }
.columns { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1.5rem; }
@media (max-width: 60rem) { .columns { grid-template-columns: 1fr; } }
/* On a phone a wide table scrolls in its own box rather than widening the whole page. */
@media (max-width: 40rem) { table { display: block; overflow-x: auto; } main { padding: .75rem; } }
/* A chart wider than a phone scrolls in its own box, which a keyboard can focus; the row names
   stay in view, and a shadow at an edge shows that more columns lie beyond it. */
.scroll-x { overflow-x: auto; background: linear-gradient(to right, var(--bg) 30%, transparent) left / 2rem 100% no-repeat local, linear-gradient(to left, var(--bg) 30%, transparent) right / 2rem 100% no-repeat local, radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.2), transparent) left / .75rem 100% no-repeat scroll, radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.2), transparent) right / .75rem 100% no-repeat scroll; }
.scroll-x table.chart { display: table; overflow: visible; }
table.chart th:first-child { position: sticky; left: 0; z-index: 1; background: var(--bg); }
.narrow-only { display: none; }
@media (max-width: 40rem) { .narrow-only { display: block; } }
/* A table of records (the feeds, a story's evidence, the logs) reads as one card per row on a phone,
   each value under its column's name, an empty one left out. */
@media (max-width: 40rem) {
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; overflow: visible; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.cards tr { border-bottom: 1px solid var(--line); padding: .5rem 0; }
  table.cards td { border: 0; padding: .15rem 0; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
  table.cards td[data-label]:empty { display: none; }
}
iframe.preview { width: 100%; height: 36rem; border: 1px solid var(--line); background: #fff; }
pre.preview { white-space: pre-wrap; border: 1px solid var(--line); padding: .75rem; max-height: 36rem; overflow: auto; background: var(--panel); }
`;

/**
 * Drag to reorder: on drop, the new order is sent through the same form the server handles
 * without JavaScript. The Up and Down buttons remain the keyboard's way.
 */
const REORDER_SCRIPT = `(function () {
  var list = document.querySelector('ol[data-reorder]');
  var form = document.getElementById('reorder-form');
  if (!list || !form) return;
  var dragged = null;
  Array.prototype.forEach.call(list.children, function (item) {
    item.setAttribute('draggable', 'true');
    item.addEventListener('dragstart', function (event) { dragged = item; item.classList.add('dragging'); event.dataTransfer.effectAllowed = 'move'; event.dataTransfer.setData('text/plain', item.getAttribute('data-story-id')); });
    item.addEventListener('dragend', function () { item.classList.remove('dragging'); });
    item.addEventListener('dragover', function (event) { event.preventDefault(); });
    item.addEventListener('drop', function (event) {
      event.preventDefault();
      if (!dragged || dragged === item) return;
      var rect = item.getBoundingClientRect();
      list.insertBefore(dragged, event.clientY > rect.top + rect.height / 2 ? item.nextSibling : item);
      var ids = Array.prototype.map.call(list.children, function (child) { return child.getAttribute('data-story-id'); });
      form.elements.order.value = ids.join(' ');
      form.submit();
    });
  });
})();`;

function sourceHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sourceHash(STYLE)}`,
  `script-src ${sourceHash(REORDER_SCRIPT)}`,
  "img-src 'self'",
  // The email preview is a console page of its own, shown in a frame.
  "frame-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * An email as sent, shown in the preview frame: its inline styles may apply, nothing may run
 * (the sandbox without scripts), and no image or font is fetched.
 */
export const EMAIL_PREVIEW_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; sandbox allow-popups allow-popups-to-escape-sandbox; frame-ancestors 'self'";

export interface ConsolePageOptions {
  readonly title: string;
  readonly main: SafeHtml;
  /** Absent on the sign-in page. */
  readonly editor?: { readonly email: string; readonly csrfToken: string };
  readonly withReorderScript?: boolean;
}

export function renderConsolePage({ title, main, editor, withReorderScript }: ConsolePageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} – Newsdesk console</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<a class="brand" href="/console">Newsdesk console</a>
${
  editor
    ? html`<nav aria-label="Console"><a href="/console">Overview</a><a href="/console/week">This week</a><a href="/console/corrections">Corrections</a><a href="/console/feeds">Feeds</a><a href="/console/log">Activity</a></nav>
<div class="who"><span>${editor.email}</span><form class="inline" method="post" action="/console/sign-out"><input type="hidden" name="csrf" value="${editor.csrfToken}"><button class="quiet" type="submit">Sign out</button></form></div>`
    : ''
}
</header>
<main id="main" tabindex="-1">
${main}
</main>
${withReorderScript ? html`<script>${trusted(REORDER_SCRIPT)}</script>` : ''}
</body>
</html>
`.markup;
}

/** Turns a constant of this module into markup by passing it as a template's literal part. */
function trusted(source: string): SafeHtml {
  const strings = Object.assign([source], { raw: [source] }) as unknown as TemplateStringsArray;
  return html(strings);
}
