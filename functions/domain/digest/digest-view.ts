/**
 * What a digest or an alert email says, as plain data: which sections and stories, in what
 * order, in which language, every word already taken from the reader's message catalogue. The
 * markup is not the domain's business: `web/email/digest-email.ts` renders this view with the
 * same escaping `html` templates as the pages, both as HTML and as text.
 */
import { formatDate } from '../../i18n/format.js';
import type { Language } from '../../i18n/languages.js';
import type { Messages } from '../../i18n/messages.js';
import { jurisdictionName, regionName, topicName } from '../../i18n/names.js';
import { isHttpUrl } from '../feeds/identity.js';
import type { EditionItem } from './edition.js';
import type { DigestSection, PersonalDigest } from './personal-digest.js';

export interface RenderOptions {
  readonly publicBaseUrl: string;
  /** An instant alert lists what is new since the last window; a digest is the week's edition. */
  readonly kind?: 'digest' | 'alert';
  /**
   * The reader's catalogue, loaded by the sender: every word of the digest, names of places and
   * topics in its language; stories stay as published.
   */
  readonly messages: Messages;
}

/** One story as the email shows it; its title, summary and source stay as published. */
export interface DigestStoryView {
  readonly title: string;
  /** As published: the renderer links it only if it is an http(s) address. */
  readonly url: string;
  /** The language it was published in, when known, so readers' tools pick the right voice and font. */
  readonly language?: Language;
  /** "PCPD · Personal Data (Privacy) Ordinance · AI training": why it is here. */
  readonly whyLine: string;
  readonly jurisdictionNames: readonly string[];
  readonly topicNames: readonly string[];
  /** The same names as one line, for the text part. */
  readonly tagLine: string;
  /** Empty when the story has none to show (a report in the reader's language leads). */
  readonly summary: string;
  /** An editor's few words on why it matters. */
  readonly blurb?: string;
  readonly source: string;
  /** "Published Nov 25, 2026"; empty when the date is unknown. */
  readonly publishedLine: string;
  /** Set on a regulator's own statement. */
  readonly statementLabel?: string;
  /** "Also reported by …"; empty when nobody else reported it. */
  readonly alsoReportedLine: string;
  readonly storyPage: { readonly url: string; readonly label: string };
}

export interface DigestSectionView {
  /** The region's name in the reader's language. */
  readonly heading: string;
  readonly blurb?: string;
  readonly stories: readonly DigestStoryView[];
  /** What an empty section says: nothing new, or where its stories are listed instead. */
  readonly emptyLine: string;
  readonly archive: { readonly url: string; readonly label: string; readonly textLine: string };
}

/** A whole email: the links that differ per recipient are left for the renderer's slots. */
export interface DigestEmailView {
  readonly language: Language;
  readonly subject: string;
  readonly heading: string;
  /** "Week 2026-W49 · 3 stories", under the heading. */
  readonly headline: string;
  /** The first titles, shown by mail clients beside the subject. */
  readonly preheader: string;
  readonly sections: readonly DigestSectionView[];
  readonly footer: {
    readonly text: string;
    readonly preferencesLabel: string;
    readonly unsubscribeLabel: string;
    readonly privacy: { readonly url: string; readonly label: string };
  };
}

export interface RecipientLinks {
  readonly preferences: string;
  readonly unsubscribe: string;
}

/** A digest rendered once per segment, with slots for the links that differ per recipient. */
export interface RenderedDigest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** Random per render, so text from a feed can never forge a slot. */
  readonly slotNonce: string;
}

/** The words of one email: the reader's catalogue and the names in their language. */
interface Words {
  readonly language: Language;
  readonly t: Messages;
}

function regionLabel(section: DigestSection, words: Words): string {
  return regionName(section.regionId, words.language);
}

function countOf(digest: PersonalDigest, words: Words): string {
  return words.t.storyCount({ count: digest.storyCount });
}

function subjectFor(digest: PersonalDigest, kind: 'digest' | 'alert', words: Words): string {
  const regions = digest.sections
    .filter((s) => kind === 'digest' || s.items.length > 0)
    .map((s) => regionLabel(s, words))
    .join(words.t.listSeparator);
  if (kind === 'alert') return words.t.alertSubject({ count: digest.storyCount, regions });
  return words.t.digestSubject({ week: digest.week, count: countOf(digest, words), regions });
}

/** An empty section whose stories went to a more specific one says so, rather than that there were none. */
function emptySectionLine(section: DigestSection, words: Words): string {
  const region = regionLabel(section, words);
  const others = section.shownInRegionIds?.map((id) => regionName(id, words.language)) ?? section.shownIn;
  if (others?.length) return words.t.shownInLine({ region, others: others.join(words.t.andSeparator) });
  return words.t.nothingNewLine({ region });
}

/**
 * Where the same event was also reported in the reader's language, that report leads and the
 * original joins the other reports; otherwise the item is shown as it was published.
 */
export function inReadersLanguage(item: EditionItem, language: Language): EditionItem {
  if (!item.language || item.language === language) return item;
  const index = item.alsoReportedBy.findIndex((other) => other.language === language && other.title && isHttpUrl(other.url));
  if (index < 0) return item;
  const other = item.alsoReportedBy[index];
  return {
    ...item,
    title: other.title ?? item.title,
    url: other.url,
    source: other.source,
    // The other report's own summary is not kept with the edition; its title says enough.
    summary: '',
    publishedAt: other.publishedAt ?? item.publishedAt,
    language: other.language,
    kind: undefined,
    alsoReportedBy: [
      { source: item.source, url: item.url, title: item.title, language: item.language, publishedAt: item.publishedAt },
      ...item.alsoReportedBy.filter((_, i) => i !== index),
    ],
  };
}

/** "PCPD · Personal Data (Privacy) Ordinance · AI training": the bodies and laws its text names, else its places, then its topics. */
export function whyLine(item: Pick<EditionItem, 'reasons' | 'jurisdictions' | 'topics'>, language: Language): string {
  const reasons = [...(item.reasons ?? [])];
  if (!reasons.length) reasons.push(...item.jurisdictions.slice(0, 2).map((code) => jurisdictionName(code, language)));
  // "Privacy" says little in a privacy digest when a sharper topic is there.
  const topics = item.topics.length > 1 ? item.topics.filter((topic) => topic !== 'privacy') : item.topics;
  reasons.push(...topics.slice(0, 2).map((topic) => topicName(topic, language)));
  return reasons.join(' · ');
}

function publishedLine(item: EditionItem, words: Words): string {
  const date = Date.parse(item.publishedAt);
  return Number.isNaN(date) ? '' : words.t.publishedOn({ date: formatDate(words.language, new Date(date)) });
}

function storyView(shown: EditionItem, words: Words, base: string): DigestStoryView {
  const { language, t } = words;
  const item = inReadersLanguage(shown, language);
  const jurisdictionNames = item.jurisdictions.map((code) => jurisdictionName(code, language));
  const topicNames = item.topics.map((topic) => topicName(topic, language));
  return {
    title: item.title,
    url: item.url,
    ...(item.language ? { language: item.language } : {}),
    whyLine: whyLine(item, language),
    jurisdictionNames,
    topicNames,
    tagLine: [...jurisdictionNames, ...topicNames].join(t.listSeparator),
    summary: item.summary,
    ...(item.blurb ? { blurb: item.blurb } : {}),
    source: item.source,
    publishedLine: publishedLine(item, words),
    ...(item.kind === 'press-release' ? { statementLabel: t.statementLabel } : {}),
    alsoReportedLine: item.alsoReportedBy.length ? t.alsoReportedBy({ sources: item.alsoReportedBy.map((o) => o.source).join(t.listSeparator) }) : '',
    storyPage: { url: `${base}/stories/${encodeURIComponent(item.storyId)}`, label: t.storyPageLink },
  };
}

/** What a segment's digest (or alert) email says, in the reader's language. */
export function digestEmailView(digest: PersonalDigest, options: RenderOptions): DigestEmailView {
  const kind = options.kind ?? 'digest';
  const { messages } = options;
  const language = messages.language;
  const words: Words = { language, t: messages };
  const { t } = words;
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  // An alert shows only the regions with something new; a digest shows every region the reader chose.
  const sections = kind === 'alert' ? digest.sections.filter((s) => s.items.length > 0) : digest.sections;
  const archiveLink = (regionId: string) =>
    kind === 'alert' ? `${base}/archive/${encodeURIComponent(regionId)}` : `${base}/archive/${encodeURIComponent(regionId)}/${encodeURIComponent(digest.week)}`;
  return {
    language,
    subject: subjectFor(digest, kind, words),
    heading: kind === 'alert' ? t.alertHeading : t.digestHeading,
    headline: kind === 'alert' ? t.alertLine({ count: countOf(digest, words) }) : t.weekLine({ week: digest.week, count: countOf(digest, words) }),
    preheader: digest.sections
      .flatMap((s) => s.items.map((i) => inReadersLanguage(i, language).title))
      .slice(0, 3)
      .join(' · '),
    sections: sections.map((section) => {
      const archive = archiveLink(section.regionId);
      return {
        heading: regionLabel(section, words),
        ...(section.blurb ? { blurb: section.blurb } : {}),
        stories: section.items.map((item) => storyView(item, words, base)),
        emptyLine: emptySectionLine(section, words),
        archive: { url: archive, label: kind === 'alert' ? t.pastEditionsOnWeb : t.readEditionOnWeb, textLine: t.onTheWeb({ url: archive }) },
      };
    }),
    footer: {
      text: t.digestFooter,
      preferencesLabel: t.changeYourPreferences,
      unsubscribeLabel: t.unsubscribeLink,
      privacy: { url: `${base}/privacy`, label: t.privacyLink },
    },
  };
}
