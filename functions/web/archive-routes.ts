/** GET /archive, /archive/{region}, /archive/{region}/{week}, /feeds/{region}.rss|.json, /feeds/{region}/{topic}.rss|.json, /stories/{id}, /search, /privacy */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { EditionRepository } from '../domain/digest/ports.js';
import { editionIdFor } from '../domain/digest/edition-id.js';
import type { StoryRepository } from '../domain/ports.js';
import { storyReasons } from '../domain/digest/story-reasons.js';
import { regionName } from '../i18n/names.js';
import { findRegion, regionCovers, REGIONS } from '../taxonomy/regions.js';
import { privacyPage, searchPage, storyPage, type SearchForm, type StoryAppearance } from './public-pages.js';
import { archiveIndexPage, editionPage, isPublished, regionArchivePage } from './archive-pages.js';
import { regionJsonFeed, regionRss } from './feeds-out.js';
import { field, htmlResult, readQuery, type HttpResult } from './http.js';
import type { SearchIndex } from '../domain/search/ports.js';
import { searchStories } from '../domain/search/search-service.js';
import { TOPIC_ENTRIES } from '../taxonomy/regions.js';
import { problemPage } from './pages.js';
import { languageFor } from './reader-request.js';
import { loadMessages, type Messages } from '../i18n/messages.js';

export interface ArchiveApiDeps {
  readonly editions: EditionRepository;
  readonly publicBaseUrl: string;
  /** For the story pages; without it, /stories/ answers 404. */
  readonly stories?: Pick<StoryRepository, 'getStory'>;
  /** For /search; without it, /search answers 404. */
  readonly searchIndex?: SearchIndex;
}

/** Regions whose recent editions are searched for a story's appearances: a worldwide story is in every one, so the look-up is capped. */
const REGIONS_SEARCHED = 24;
const EDITIONS_SEARCHED = 6;

/** A page in the reader's language varies by the header that chose it. */
const BY_LANGUAGE = { ...{ 'Cache-Control': 'public, max-age=300' }, Vary: 'Accept-Language' };

/** How many past editions a region's page and feeds show. */
const EDITIONS_SHOWN = 12;

/** Public and the same for everyone: shared caches may keep it for a few minutes. */
const PUBLIC_CACHE = { 'Cache-Control': 'public, max-age=300' };

/** A path segment with its percent-escapes decoded; undefined when they are malformed (`%E0%A4%A`, `%`). */
function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

/** A feed is a document like a page: the same security headers, but public and cacheable. */
function feedResult(contentType: string, body: string): HttpResult {
  return htmlResult(200, body, { 'Content-Type': contentType, ...PUBLIC_CACHE });
}

export function isArchivePath(path: string): boolean {
  return (
    path === '/archive' ||
    path.startsWith('/archive/') ||
    path.startsWith('/feeds/') ||
    path.startsWith('/stories/') ||
    path === '/privacy' ||
    path === '/search'
  );
}

export function createArchiveApi(deps: ArchiveApiDeps) {
  const notFound = (what: string, t: Messages) => htmlResult(404, problemPage(t.notFoundTitle, what, t), BY_LANGUAGE);

  async function publishedEditions(regionId: string) {
    return (await deps.editions.listRegionEditions(regionId, EDITIONS_SHOWN + 2)).filter(isPublished).slice(0, EDITIONS_SHOWN);
  }

  /** The sent editions that carried the story, as the lead of its event or as one of the other reports. */
  async function appearancesOf(story: { storyId: string; url: string; jurisdictions: readonly string[] }): Promise<StoryAppearance[]> {
    const regions = REGIONS.filter((region) => regionCovers(region, story.jurisdictions)).slice(0, REGIONS_SEARCHED);
    const found: StoryAppearance[] = [];
    for (const region of regions) {
      for (const edition of (await deps.editions.listRegionEditions(region.id, EDITIONS_SEARCHED)).filter(isPublished)) {
        const item = edition.items.find((candidate) => candidate.storyId === story.storyId || candidate.alsoReportedBy.some((o) => o.url === story.url));
        if (item) found.push({ edition, item });
      }
    }
    return found;
  }

  return async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
    const query = readQuery(event);
    const language = languageFor(event);
    // A catalogue that fails to load fails the request: the handler answers 500, never English in its place.
    const t = await loadMessages(language);
    if (event.requestContext.http.method !== 'GET' && event.requestContext.http.method !== 'HEAD') {
      return htmlResult(405, problemPage(t.methodNotAllowedTitle, t.archiveReadOnly, t), { Allow: 'GET, HEAD' });
    }
    const path = event.rawPath.replace(/\/+$/, '') || '/';
    // The page's address, for the switcher to offer it in the other languages.
    const switchFrom = event.rawQueryString ? `${path}?${event.rawQueryString}` : path;
    if (path === '/privacy') return htmlResult(200, privacyPage(t, switchFrom), BY_LANGUAGE);
    if (path === '/search' && deps.searchIndex && deps.stories) {
      const form = searchFormFrom(query);
      const asked = ['q', 'region', 'topic'].some((name) => field(query, name) !== '');
      const results = asked ? await searchStories(deps.searchIndex, deps.stories, { ...form, text: form.text }) : undefined;
      return htmlResult(200, searchPage(form, results, t, switchFrom), BY_LANGUAGE);
    }
    const storyPath = /^\/stories\/([^/]+)$/.exec(path);
    if (storyPath) {
      const storyId = decodedSegment(storyPath[1]);
      const story = storyId && deps.stories ? await deps.stories.getStory(storyId) : undefined;
      if (!story || !story.inScope) return notFound(t.storyNotFound, t);
      const appearances = await appearancesOf(story);
      return htmlResult(200, storyPage(story, appearances, storyReasons(story.evidence), t, switchFrom), BY_LANGUAGE);
    }
    // `/feeds/hk.rss`, or one topic of a region: `/feeds/hk/ai-training.rss`.
    const feed = /^\/feeds\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.(rss|json)$/.exec(path);
    if (feed) {
      const [, regionId, topicId, format] = feed;
      const region = findRegion(regionId);
      if (!region) return notFound(t.noSuchRegion, t);
      const topic = topicId === undefined ? undefined : TOPIC_ENTRIES.find((entry) => entry.id === topicId);
      if (topicId !== undefined && !topic) return notFound(t.noSuchTopic, t);
      const editions = await publishedEditions(region.id);
      return format === 'rss'
        ? feedResult('application/rss+xml; charset=utf-8', regionRss(region, editions, deps.publicBaseUrl, topic))
        : feedResult('application/feed+json; charset=utf-8', JSON.stringify(regionJsonFeed(region, editions, deps.publicBaseUrl, topic)));
    }
    const [, , regionId, week, ...rest] = path.split('/');
    if (path !== '/archive' && !path.startsWith('/archive/')) return notFound(t.noSuchArchivePage, t);
    if (rest.length > 0) return notFound(t.noSuchArchivePage, t);
    if (!regionId) {
      const entries = [];
      for (const region of REGIONS) {
        const [latest] = await publishedEditions(region.id);
        if (latest) entries.push({ region, latest });
      }
      return htmlResult(200, archiveIndexPage(entries, t, switchFrom), BY_LANGUAGE);
    }
    const region = findRegion(decodedSegment(regionId) ?? '');
    if (!region) return notFound(t.noSuchRegion, t);
    if (!week) return htmlResult(200, regionArchivePage(region, await publishedEditions(region.id), t, switchFrom), BY_LANGUAGE);
    const weekId = decodedSegment(week);
    const noEdition = t.noSuchEdition({ region: regionName(region.id, language) });
    if (weekId === undefined) return notFound(noEdition, t);
    const edition = await deps.editions.getEdition(editionIdFor(region.id, weekId));
    if (!edition || !isPublished(edition)) return notFound(noEdition, t);
    return htmlResult(200, editionPage(edition, t, switchFrom), BY_LANGUAGE);
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The search form as sent, with anything unknown dropped and the dates defaulting to the last 12 weeks. */
function searchFormFrom(query: ReturnType<typeof readQuery>): SearchForm {
  const today = new Date().toISOString().slice(0, 10);
  const twelveWeeksAgo = new Date(Date.now() - 84 * 86_400_000).toISOString().slice(0, 10);
  const date = (value: string, fallback: string) => (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : fallback);
  const regionId = field(query, 'region');
  const topic = field(query, 'topic');
  const from = date(field(query, 'from'), twelveWeeksAgo);
  const to = date(field(query, 'to'), today);
  return {
    text: field(query, 'q').slice(0, 200),
    regionId: findRegion(regionId) ? regionId : '',
    topic: TOPIC_ENTRIES.some((entry) => entry.id === topic) ? topic : '',
    from: from <= to ? from : to,
    to,
  };
}
