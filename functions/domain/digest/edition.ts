import { assignClusterId } from '../feeds/cluster.js';
import type { StoryKind } from '../feeds/types.js';
import type { Story } from '../stories.js';
import { regionCovers, type Region } from '../../taxonomy/taxonomy.js';
import { detectLanguage } from '../../i18n/detect-language.js';
import type { Language } from '../../i18n/languages.js';
import { storyReasons } from './story-reasons.js';

export type EditionStatus = 'draft' | 'approved' | 'sending' | 'sent';

/** What a digest shows of a story: enough to render it without reading the story again. */
export interface EditionItem {
  readonly storyId: string;
  readonly title: string;
  readonly url: string;
  readonly source: string;
  readonly summary: string;
  readonly jurisdictions: readonly string[];
  readonly topics: readonly string[];
  readonly score: number;
  readonly publishedAt: string;
  /** 'press-release' marks the statement of the body that acted (a regulator); absent means news. */
  readonly kind?: StoryKind;
  /** Other outlets that reported the same event, with their title and language when known. */
  readonly alsoReportedBy: readonly { source: string; url: string; title?: string; language?: Language; publishedAt?: string }[];
  /** The regulators and laws its text names: why it is here (absent on editions composed before). */
  readonly reasons?: readonly string[];
  /** The language it was published in, from its script. */
  readonly language?: Language;
}

/** One region's digest for one ISO week (`editionId` = `region#week`). */
export interface Edition {
  readonly editionId: string;
  readonly regionId: string;
  readonly regionName: string;
  readonly week: string;
  readonly status: EditionStatus;
  readonly items: readonly EditionItem[];
  readonly composedAt: string;
  readonly blurb?: string;
}

export function editionIdFor(regionId: string, week: string): string {
  return `${regionId}#${week}`;
}

export interface ComposeOptions {
  readonly maxItems: number;
  readonly now: Date;
}

/** Newer stories rank higher, but a strong story stays above a weak one for about a week. */
function rankOf(story: Story, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - Date.parse(story.publishedAt)) / 86_400_000);
  return story.score - Math.min(ageDays, 14) * 0.05;
}

/**
 * Composes a region's edition from the week's stories: in scope, about the region, ranked by
 * score and recency, each event once with the other outlets listed, at most `maxItems`.
 */
export function composeEdition(region: Region, week: string, stories: readonly Story[], options: ComposeOptions): Edition {
  const relevant = stories
    .filter((story) => story.inScope && regionCovers(region, story.jurisdictions))
    .sort((a, b) => rankOf(b, options.now) - rankOf(a, options.now) || a.storyId.localeCompare(b.storyId));
  // Ranked order means the first story of each event leads it; later reports of the same event
  // join the lead they are most like.
  const clusters = new Map<string, { lead: Story; others: Story[] }>();
  for (const story of relevant) {
    const clusterId = assignClusterId(story, [...clusters.values()].map((c) => c.lead));
    const cluster = clusters.get(clusterId);
    if (cluster) cluster.others.push(story);
    else clusters.set(story.storyId, { lead: story, others: [] });
  }
  const items = [...clusters.values()].slice(0, options.maxItems).map(withStatementFirst).map(({ lead, others }) => ({
    storyId: lead.storyId,
    title: lead.title,
    url: lead.url,
    source: lead.source,
    summary: lead.summary,
    jurisdictions: lead.jurisdictions,
    topics: lead.topics,
    score: lead.score,
    publishedAt: lead.publishedAt,
    ...(lead.kind === 'press-release' ? { kind: lead.kind } : {}),
    alsoReportedBy: others
      .filter((o) => o.source !== lead.source)
      .map((o) => ({ source: o.source, url: o.url, title: o.title, publishedAt: o.publishedAt, ...languageField(o) })),
    reasons: storyReasons(lead.evidence ?? []),
    ...languageField(lead),
  }));
  return {
    editionId: editionIdFor(region.id, week),
    regionId: region.id,
    regionName: region.name,
    week,
    status: 'draft',
    items,
    composedAt: options.now.toISOString(),
  };
}

/**
 * The regulator's own statement leads its event, whatever the rank of the reports about it:
 * it is the primary source, and the newspapers' reports are listed under it. The cluster keeps
 * its place in the edition; only who leads it changes.
 */
function withStatementFirst(cluster: { lead: Story; others: Story[] }): { lead: Story; others: Story[] } {
  if (cluster.lead.kind === 'press-release') return cluster;
  const statement = cluster.others.find((story) => story.kind === 'press-release');
  if (!statement) return cluster;
  return { lead: statement, others: [cluster.lead, ...cluster.others.filter((story) => story !== statement)] };
}

function languageField(story: Story): { language?: Language } {
  const language = detectLanguage(`${story.title} ${story.summary}`);
  return language ? { language } : {};
}
