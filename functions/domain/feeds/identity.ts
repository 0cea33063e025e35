/**
 * Identity of feeds and stories. A story's id comes from its canonical URL, so that the same
 * article reached through a tracking link, another feed of the same outlet, or a later fetch
 * is the same record; the guid stands in only when an item has no link of its own.
 */
import { createHash } from 'node:crypto';

/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'twclid',
  'ttclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'ncid',
  'ocid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'spm',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);

export class StoryIdentityError extends Error {
  constructor() {
    super('a story needs a link or a guid to have an id');
    this.name = 'StoryIdentityError';
  }
}

export class InvalidUrlError extends Error {
  constructor(url: string) {
    super(`not an absolute http(s) URL: ${JSON.stringify(url.slice(0, 200))}`);
    this.name = 'InvalidUrlError';
  }
}

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

/**
 * Lower-case scheme and host, no default port, no fragment, no tracking parameters, the rest of
 * the query in a stable order. Throws `InvalidUrlError` for anything but an absolute http(s) URL.
 */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new InvalidUrlError(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InvalidUrlError(url);
  // URL already lower-cases the host and drops a default port; the rest is ours.
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.hostname = parsed.hostname.replace(/\.$/, '');
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParameter(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  return parsed.toString();
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The story's id: 16 hex digits of a hash of its canonical URL (scheme left out, so a move from
 * http to https is still the same story), or of feed and guid when the item has no link.
 */
export function storyIdFor(identity: { url?: string; guid?: string; feedId: string }): string {
  if (identity.url) return shortHash(`url:${canonicalUrl(identity.url).replace(/^https?:\/\//, '')}`);
  const guid = identity.guid?.trim();
  if (guid) return shortHash(`guid:${identity.feedId}:${guid}`);
  throw new StoryIdentityError();
}

/** The feed's id: 16 hex digits of a hash of its canonical URL (of the text itself for a local file's URL). */
export function feedIdFor(url: string): string {
  return shortHash(`feed:${isHttpUrl(url) ? canonicalUrl(url) : url.trim()}`);
}
