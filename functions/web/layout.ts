/**
 * The page shell of every subscriber page: semantic landmarks, a viewport for phones, one
 * stylesheet, and the optional time-zone script. Both inline blocks are allowed by their hash
 * in the Content-Security-Policy, so no other script or style can run.
 */
import { createHash } from 'node:crypto';
import { LANGUAGE_NAMES, LANGUAGES, localeTag, type Language } from '../i18n/languages.js';
import type { Messages } from '../i18n/messages.js';
import { html, type SafeHtml } from './html.js';

const STYLE = `
:root { color-scheme: light dark; --text: #1b1b1b; --muted: #505050; --bg: #ffffff; --accent: #0b57d0; --error: #b3261e; --ok: #146c2e; --line: #8a8a8a; --focus: #8a5200; }
@media (prefers-color-scheme: dark) { :root { --text: #ececec; --muted: #c4c4c4; --bg: #121212; --accent: #8ab4f8; --error: #f2b8b5; --ok: #8fd19e; --line: #9a9a9a; --focus: #ffbf47; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: var(--bg); }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
header, main, footer { max-width: 42rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 1px solid var(--line); }
header a { font-weight: 700; text-decoration: none; color: var(--text); }
footer { color: var(--muted); font-size: .9375rem; border-top: 1px solid var(--line); margin-top: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1rem 0; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.summary:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
label, legend { font-weight: 600; }
fieldset { border: 1px solid var(--line); border-radius: .375rem; margin: 0 0 1.25rem; padding: .75rem 1rem 1rem; min-width: 0; }
fieldset fieldset { border-style: dashed; margin-top: .75rem; }
fieldset fieldset legend { font-weight: 600; font-size: 1rem; }
.field { margin: 0 0 1.25rem; }
.hint { color: var(--muted); margin: .25rem 0 .5rem; font-weight: 400; }
select, input[type=date] { display: block; font: inherit; padding: .5rem; border: 2px solid var(--line); border-radius: .25rem; background: var(--bg); color: var(--text); min-height: 2.75rem; }
input[type=email], input[type=text] { display: block; width: 100%; max-width: 28rem; font: inherit; padding: .5rem; border: 2px solid var(--line); border-radius: .25rem; background: var(--bg); color: var(--text); }
.choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: .25rem 1rem; }
details.section { border: 1px dashed var(--line); border-radius: .375rem; margin-top: .75rem; padding: 0 1rem; }
details.section[open] { padding-bottom: .75rem; }
details.section fieldset { border: 0; padding: 0; margin: 0; }
summary { cursor: pointer; font-weight: 600; padding: .625rem 0; }
summary .count { font-weight: 400; color: var(--muted); }
.choice { display: flex; align-items: flex-start; gap: .5rem; padding: .25rem 0; }
.choice input { width: 1.25rem; height: 1.25rem; margin: .15rem 0 0; flex: none; }
.choice label { font-weight: 400; }
.choice small { display: block; color: var(--muted); font-size: .875rem; }
button { font: inherit; font-weight: 600; padding: .625rem 1.25rem; border: 0; border-radius: .375rem; background: var(--accent); color: var(--bg); cursor: pointer; min-height: 2.75rem; }
button.danger { background: var(--error); }
.error { color: var(--error); font-weight: 600; margin: .25rem 0 .5rem; }
[aria-invalid=true], .invalid { border-color: var(--error) !important; }
fieldset.invalid { border-width: 2px; }
.summary { border: 3px solid var(--error); padding: 1rem; margin: 1rem 0; }
.summary h2 { margin-top: 0; }
.notice { border-left: 5px solid var(--ok); padding: .5rem 1rem; margin: 1rem 0; }
.consent { border-left: 5px solid var(--line); padding: .25rem 1rem; margin: 1rem 0 1.5rem; }
.trap { position: absolute; left: -999rem; width: 1px; height: 1px; overflow: hidden; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.languages { display: inline; }
.languages ul { display: inline; list-style: none; margin: 0; padding: 0; }
.languages li { display: inline; margin-left: .75rem; }
.languages a { font-weight: 400; text-decoration: underline; color: var(--accent); }
.choices-first { border: 2px solid var(--accent); border-radius: .375rem; padding: .5rem 1rem; margin: .5rem 0 1rem; }
.sample { border: 1px solid var(--line); border-radius: .375rem; padding: .25rem 1rem; margin: 1rem 0 1.5rem; }
.sample h2 { margin-top: .75rem; font-size: 1.125rem; }
.sample ol { padding-left: 1.25rem; }
.sample li { margin: .25rem 0 .5rem; }
.options { display: grid; gap: 1rem; }
.option { border: 1px solid var(--line); border-radius: .375rem; padding: .25rem 1rem 1rem; }
.option h2 { margin-top: .75rem; }
.feeds li { margin: .25rem 0; }
`;

/** Fills the time zone from the browser on a fresh sign-up form; the field works without it. */
const TIME_ZONE_SCRIPT = `(function () {
  var field = document.getElementById('timeZone');
  if (!field || !field.hasAttribute('data-prefill')) return;
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) field.value = zone;
  } catch (error) { /* the server-side default stays */ }
})();`;

function sourceHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

// Marked pure so that a bundle which never sends a reader's page (the console reads forms with
// web/http.ts) leaves the stylesheet and its hashing out: 5 KiB.
export const CONTENT_SECURITY_POLICY = /* @__PURE__ */ [
  "default-src 'none'",
  `style-src ${/* @__PURE__ */ sourceHash(STYLE)}`,
  `script-src ${/* @__PURE__ */ sourceHash(TIME_ZONE_SCRIPT)}`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageOptions {
  readonly title: string;
  readonly main: SafeHtml;
  /** Adds "Error: " to the title, so a screen reader hears it first. */
  readonly hasErrors?: boolean;
  readonly withTimeZoneScript?: boolean;
  /** The reader's catalogue: sets `<html lang>` and the words of the shell. */
  readonly messages: Messages;
  /**
   * The page's own path and query, to offer it in the other languages (`?lang=`); no switcher
   * when absent (a page that answers a form, where a link would lose what was sent).
   */
  readonly switchFrom?: string;
}

/** The same page in `language`: its query kept, `lang` set. */
export function pageInLanguage(pathAndQuery: string, language: Language): string {
  const [path, query = ''] = pathAndQuery.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${path}?${params.toString()}`;
}

function languageSwitcher(t: Messages, switchFrom: string): SafeHtml {
  return html`<nav class="languages" aria-label="${t.languageSwitcherLabel}"><ul>${LANGUAGES.filter((language) => language !== t.language).map(
    (language) =>
      html`<li><a href="${pageInLanguage(switchFrom, language)}" lang="${localeTag(language)}" hreflang="${localeTag(language)}">${LANGUAGE_NAMES[language]}</a></li>`,
  )}</ul></nav>`;
}

export function renderPage({ title, main, hasErrors, withTimeZoneScript, messages: t, switchFrom }: PageOptions): string {
  return html`<!doctype html>
<html lang="${localeTag(t.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t.pageTitle({ title: hasErrors ? t.errorTitle({ title }) : title })}</title>
<style>${rawStyle()}</style>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header><a href="/subscribe">Newsdesk</a> <span class="hint">${t.tagline}</span>${switchFrom === undefined ? '' : languageSwitcher(t, switchFrom)}</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer><p>${t.footerNoTracking}</p><p><a href="/privacy">${t.footerPrivacy}</a> · <a href="/archive">${t.footerArchive}</a> · <a href="/search">${t.searchLink}</a></p></footer>
${withTimeZoneScript ? html`<script>${rawScript()}</script>` : ''}
</body>
</html>
`.markup;
}

// The two constants are code, not data: they go in as they are, so that their hashes match.
function rawStyle(): SafeHtml {
  return trusted(STYLE);
}

function rawScript(): SafeHtml {
  return trusted(TIME_ZONE_SCRIPT);
}

/** Turns a constant of this module into markup by passing it as a template's literal part. */
function trusted(source: string): SafeHtml {
  const strings = Object.assign([source], { raw: [source] }) as unknown as TemplateStringsArray;
  return html(strings);
}
