/**
 * Per-recipient links for every email: pure functions of the subscriber id and the key, so
 * the digest and alert senders build them without a table read or write.
 */
import type { SubscriberLinks } from './ports.js';
import { signLinkToken } from './tokens.js';

export type { SubscriberLinks } from './ports.js';

function trimSlash(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function confirmationLink(baseUrl: string, token: string): string {
  return `${trimSlash(baseUrl)}/confirm?token=${encodeURIComponent(token)}`;
}

export function buildSubscriberLinks(baseUrl: string, subscriberId: string, key: string): SubscriberLinks {
  const base = trimSlash(baseUrl);
  const manage = encodeURIComponent(signLinkToken(subscriberId, 'manage', key));
  const unsubscribeToken = signLinkToken(subscriberId, 'unsubscribe', key);
  return {
    preferences: `${base}/preferences?token=${manage}`,
    unsubscribe: `${base}/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`,
    export: `${base}/export?token=${manage}`,
    erase: `${base}/erase?token=${manage}`,
  };
}

/**
 * RFC 2369 and RFC 8058 headers: the HTTPS link, which mail clients POST
 * `List-Unsubscribe=One-Click` to. No `mailto:` is advertised: nothing receives mail at such an
 * address, and a promise of unsubscribing that goes nowhere is worse than none. Gmail's and
 * Yahoo's bulk-sender rules are met by the one-click POST.
 */
export function listUnsubscribeHeaders(links: Pick<SubscriberLinks, 'unsubscribe'>): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribe}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
