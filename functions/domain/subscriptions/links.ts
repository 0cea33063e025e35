/**
 * Per-recipient links for every email: pure functions of the subscriber id and the key, so
 * the digest and alert senders build them without a table read or write.
 */
import type { SubscriberLinks } from './ports.js';
import { signLinkToken } from './tokens.js';

export type { SubscriberLinks } from './ports.js';

export interface LinkOptions {
  /**
   * Mailbox for the `mailto:` unsubscribe. @default `unsubscribe@` the host of `baseUrl`
   */
  readonly unsubscribeMailbox?: string;
}

function trimSlash(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function confirmationLink(baseUrl: string, token: string): string {
  return `${trimSlash(baseUrl)}/confirm?token=${encodeURIComponent(token)}`;
}

export function buildSubscriberLinks(baseUrl: string, subscriberId: string, key: string, options: LinkOptions = {}): SubscriberLinks {
  const base = trimSlash(baseUrl);
  const manage = encodeURIComponent(signLinkToken(subscriberId, 'manage', key));
  const unsubscribeToken = signLinkToken(subscriberId, 'unsubscribe', key);
  const mailbox = options.unsubscribeMailbox ?? `unsubscribe@${new URL(base).hostname}`;
  return {
    preferences: `${base}/preferences?token=${manage}`,
    unsubscribe: `${base}/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`,
    unsubscribeMailto: `mailto:${mailbox}?subject=${encodeURIComponent(`unsubscribe ${unsubscribeToken}`)}`,
    export: `${base}/export?token=${manage}`,
    erase: `${base}/erase?token=${manage}`,
  };
}

/**
 * RFC 2369 and RFC 8058 headers: the HTTPS link first (mail clients POST
 * `List-Unsubscribe=One-Click` to it), the mailto address second.
 */
export function listUnsubscribeHeaders(links: Pick<SubscriberLinks, 'unsubscribe' | 'unsubscribeMailto'>): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribe}>, <${links.unsubscribeMailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
