/**
 * Checks a decoded document before any XML parser sees it, and repairs the faults that real
 * feeds have and that a strict parser would reject wholesale: undeclared HTML entities and bare
 * ampersands. Refuses what must never be parsed: a DOCTYPE that declares entities (entity
 * expansion is how "billion laughs" and external-entity attacks work), and anything that is not
 * a feed.
 */
import { FeedFormatError } from './errors.js';
import { HTML_NAMED_ENTITIES, XML_PREDEFINED_ENTITIES } from './html-entities.js';
import type { FeedFormat } from './types.js';

export interface PreparedDocument {
  /** The document with the prolog's DOCTYPE removed and entities made well-formed. */
  readonly xml: string;
  readonly format: FeedFormat;
  /** The root element's name as written, e.g. `rss`, `rdf:RDF`, `feed`, `a:feed`. */
  readonly rootName: string;
  /** The prefix bound to the Atom namespace when the root is a prefixed Atom element. */
  readonly atomPrefix?: string;
  readonly rootAttributes: Readonly<Record<string, string>>;
}

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const HTML_ROOTS = new Set(['html', 'head', 'body']);

export function prepareFeedXml(text: string): PreparedDocument {
  // A byte-order mark or blank lines before the prolog are common and harmless.
  const trimmed = text.replace(/^[\uFEFF\s]+/, '');
  if (trimmed === '') throw new FeedFormatError('not a feed: the document is empty');
  if (!trimmed.startsWith('<')) throw new FeedFormatError('not a feed: the document is not XML (it does not start with "<")');

  const { rootStart, prolog } = locateRoot(trimmed);
  if (/<!ENTITY/i.test(prolog)) throw new FeedFormatError('DOCTYPE declares entities, refused');

  const rootTag = trimmed.slice(rootStart).match(/^<([A-Za-z_][\w.:-]*)([^>]*)>?/);
  if (!rootTag) throw new FeedFormatError('not a feed: no root element found');
  const rootName = rootTag[1];
  const rootAttributes = parseAttributes(rootTag[2]);
  const localName = rootName.includes(':') ? rootName.slice(rootName.indexOf(':') + 1) : rootName;

  if (HTML_ROOTS.has(rootName.toLowerCase())) throw new FeedFormatError('not a feed: got an HTML document');
  const format = formatOf(rootName, localName, rootAttributes);
  if (!format) throw new FeedFormatError(`not a feed: the root element is <${rootName}>, not <rss>, <rdf:RDF> or <feed>`);

  const atomPrefix = format === 'atom' && rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : undefined;
  // DOCTYPEs carry nothing a feed reader needs; dropping them keeps the parser from seeing any.
  const withoutDoctype = prolog.replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '') + trimmed.slice(rootStart);
  return { xml: repairEntities(withoutDoctype), format, rootName, atomPrefix, rootAttributes };
}

/** Finds where the root element starts, skipping declarations, processing instructions and comments. */
function locateRoot(text: string): { rootStart: number; prolog: string } {
  let position = 0;
  for (;;) {
    const next = text.indexOf('<', position);
    if (next === -1) throw new FeedFormatError('truncated XML: no root element');
    if (text.startsWith('<?', next)) position = endOf(text, '?>', next);
    else if (text.startsWith('<!--', next)) position = endOf(text, '-->', next);
    else if (/^<!DOCTYPE/i.test(text.slice(next, next + 9))) position = endOfDoctype(text, next);
    else return { rootStart: next, prolog: text.slice(0, next) };
  }
}

function endOf(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  if (end === -1) throw new FeedFormatError('truncated XML: the prolog never ends');
  return end + terminator.length;
}

function endOfDoctype(text: string, from: number): number {
  const subsetStart = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (close === -1) throw new FeedFormatError('truncated XML: the DOCTYPE never ends');
  if (subsetStart !== -1 && subsetStart < close) return endOf(text, ']>', subsetStart);
  return close + 1;
}

function formatOf(rootName: string, localName: string, attributes: Readonly<Record<string, string>>): FeedFormat | undefined {
  if (rootName === 'rss') return 'rss';
  if (rootName === 'rdf:RDF') return 'rdf';
  if (rootName === 'feed') return 'atom';
  if (localName === 'feed') {
    const prefix = rootName.slice(0, rootName.indexOf(':'));
    if (attributes[`xmlns:${prefix}`] === ATOM_NAMESPACE) return 'atom';
  }
  return undefined;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1]] = match[2] ?? match[3] ?? '';
  }
  return attributes;
}

/**
 * Outside CDATA sections and comments: known HTML entities become numeric references, unknown
 * names and bare ampersands become `&amp;`, so the text survives as the publisher wrote it.
 */
export function repairEntities(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/)
    .map((part, index) => (index % 2 === 1 ? part : repairEntitiesInMarkup(part)))
    .join('');
}

function repairEntitiesInMarkup(markup: string): string {
  if (!markup.includes('&')) return markup;
  return markup.replace(/&(#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g, (whole, reference: string | undefined) => {
    if (reference === undefined) return '&amp;';
    if (reference.startsWith('#')) return whole;
    const name = reference.slice(0, -1);
    if (XML_PREDEFINED_ENTITIES.has(name)) return whole;
    const codePoint = HTML_NAMED_ENTITIES.get(name);
    return codePoint === undefined ? `&amp;${reference}` : `&#${codePoint};`;
  });
}
