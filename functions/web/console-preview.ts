/**
 * A segment's digest as its subscribers will receive it, for the preview page and the editor's
 * test email. Imported with the first preview: the email renderer and the English catalogue it reads
 * are for these requests only, not for the rest of the console.
 */
import { loadWeek, type EditionDeskDeps } from '../domain/console/edition-desk.js';
import { assembleDigest } from '../domain/digest/personal-digest.js';
import type { RenderedEmail } from './emails.js';
import { personalise, renderDigest } from './email/digest-email.js';
import { englishMessages } from '../i18n/messages.js';

export interface SegmentChoice {
  readonly weekLabel: string;
  /** The regions whose editions the digest carries, in order. */
  readonly regions: readonly string[];
  /** Empty: every topic. */
  readonly topics: readonly string[];
}

/** The email a subscriber of those regions and topics gets that week, with the links made for them. */
export async function composeSegmentEmail(desk: EditionDeskDeps, publicBaseUrl: string, segment: SegmentChoice): Promise<RenderedEmail> {
  const editions = [];
  for (const id of segment.regions) editions.push((await loadWeek(desk, id, segment.weekLabel)).edition);
  const base = publicBaseUrl.replace(/\/+$/, '');
  const rendered = renderDigest(assembleDigest(segment.weekLabel, editions, segment.topics), { publicBaseUrl: base, messages: englishMessages });
  return personalise(rendered, { preferences: `${base}/preferences`, unsubscribe: `${base}/unsubscribe` });
}
