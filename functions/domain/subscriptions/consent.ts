/**
 * The consent text shown beside the sign-up button. Change the text, change the version:
 * every subscriber's record names the version they agreed to.
 */
export const CONSENT_VERSION = '2025-01';

export const CONSENT_TEXT =
  'Newsdesk will email you the digests and alerts you choose, at this address, until you unsubscribe. ' +
  'We store your address, your choices, and when and where you signed up and confirmed; nothing else. ' +
  'We do not track whether you open our emails or click their links. ' +
  'Every email has a link to change your choices, download everything we hold about you, or unsubscribe and erase it.';
