import { assignClusterId } from '../feeds/cluster.js';
import type { StoryKind } from '../feeds/types.js';
import type { Story } from '../stories.js';
import { regionCovers, type Region } from '../../taxonomy/regions.js';
import { applyCuration, type Curation } from './curation.js';
import { detectLanguage } from '../../i18n/detect-language.js';
import { LANGUAGES, type Language } from '../../i18n/languages.js';
import { storyReasons } from './story-reasons.js';
import { editionIdFor } from './edition-id.js';

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
  /** An editor's few words on why the story matters, shown under its summary. */
  readonly blurb?: string;
  /** Kept by an editor: never cut by the item limit. */
  readonly pinned?: boolean;
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
  /** The editor's note for the edition, shown at the top of the region's section. */
  readonly blurb?: string;
  /** Counts editors' changes: each change must name the version it was made on. Absent: 0. */
  readonly version?: number;
  /** What editors decided for this edition; reapplied each time the draft is recomposed. */
  readonly curation?: Curation;
  readonly approvedBy?: string;
  readonly approvedAt?: string;
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

/** A story as an edition shows it. */
export function itemOf(story: Story, alsoReportedBy: EditionItem['alsoReportedBy'] = []): EditionItem {
  return {
    storyId: story.storyId,
    title: story.title,
    url: story.url,
    source: story.source,
    summary: story.summary,
    jurisdictions: story.jurisdictions,
    topics: story.topics,
    score: story.score,
    publishedAt: story.publishedAt,
    ...(story.kind === 'press-release' ? { kind: story.kind } : {}),
    alsoReportedBy,
    reasons: storyReasons(story.evidence ?? []),
    ...languageField(story),
  };
}

/**
 * Every event of the week about the region, ranked by score and recency, each event once with
 * the other outlets listed: what an edition is cut from.
 */
export function rankEditionItems(region: Region, stories: readonly Story[], now: Date): EditionItem[] {
  const relevant = stories
    .filter((story) => story.inScope && regionCovers(region, story.jurisdictions))
    .sort((a, b) => rankOf(b, now) - rankOf(a, now) || a.storyId.localeCompare(b.storyId));
  // Ranked order means the first story of each event leads it; later reports of the same event
  // join the lead they are most like.
  const clusters = new Map<string, { lead: Story; others: Story[] }>();
  for (const story of relevant) {
    const clusterId = assignClusterId(
      story,
      [...clusters.values()].map((c) => c.lead),
    );
    const cluster = clusters.get(clusterId);
    if (cluster) cluster.others.push(story);
    else clusters.set(story.storyId, { lead: story, others: [] });
  }
  return [...clusters.values()].map(withStatementFirst).map(({ lead, others }) =>
    itemOf(
      lead,
      others
        .filter((o) => o.source !== lead.source)
        .map((o) => ({ source: o.source, url: o.url, title: o.title, publishedAt: o.publishedAt, ...languageField(o) })),
    ),
  );
}

/**
 * Composes a region's edition from the week's stories: in scope, about the region, ranked by
 * score and recency, each event once with the other outlets listed, at most `maxItems`.
 */
export function composeEdition(region: Region, week: string, stories: readonly Story[], options: ComposeOptions): Edition {
  return {
    editionId: editionIdFor(region.id, week),
    regionId: region.id,
    regionName: region.name,
    week,
    status: 'draft',
    items: rankEditionItems(region, stories, options.now).slice(0, options.maxItems),
    composedAt: options.now.toISOString(),
  };
}

/**
 * Recomposes a draft from the stories stored so far and applies the editors' curation to it: a
 * draft stays live all week. `previous` keeps its version, curation and note.
 */
export function recomposeDraft(region: Region, previous: Edition | undefined, week: string, stories: readonly Story[], options: ComposeOptions): Edition {
  const ranked = rankEditionItems(region, stories, options.now);
  const curation = previous?.curation;
  const pool = new Map(stories.map((story) => [story.storyId, story]));
  const base = previous ?? composeEdition(region, week, [], options);
  return {
    ...base,
    status: previous?.status ?? 'draft',
    items: curation
      ? applyCuration(ranked, curation, options.maxItems, (id) => {
          const story = pool.get(id);
          // A pinned story stored before this window began keeps the item it had.
          return story ? itemOf(story) : previous?.items.find((item) => item.storyId === id);
        })
      : ranked.slice(0, options.maxItems),
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
  // The classifier's reading of the story's language where it is one readers choose; else a
  // cheap guess from the script (stories stored before the classifier said).
  const stated = (story as { language?: string }).language;
  const language = LANGUAGES.find((known) => known === stated) ?? detectLanguage(`${story.title} ${story.summary}`);
  return language ? { language } : {};
}
