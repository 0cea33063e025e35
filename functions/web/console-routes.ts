/**
 * The editor console behind `/console`: one function for every route, served by the console
 * Lambda and mounted by the local server. Nothing but the sign-in pages answers without a valid
 * session (GET: a redirect to sign-in; POST: 403), every POST carries the session's CSRF token,
 * and the editor's identity always comes from the session.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { StoryNotFoundError } from '../domain/classify/errors.js';
import type { EditorialRepository, StoryCorrections } from '../domain/classify/ports.js';
import { CurationError, type CurationChange } from '../domain/digest/curation.js';
import type { EditionRepository, SeenEdition } from '../domain/digest/ports.js';
import {
  approveEdition,
  comingWeekFor,
  curateEdition,
  EditionFrozenError,
  InvalidWeekError,
  loadWeek,
  StaleEditionError,
  storiesForWeek,
  unapproveEdition,
  UnknownRegionError,
  type EditionDeskDeps,
} from '../domain/console/edition-desk.js';
import { loadOnFirstUse } from '../domain/load-on-first-use.js';
import type { AuditLog, ConsoleAuthStore, ConsoleSession, HostedSignIn, StoryAlertFlags } from '../domain/console/ports.js';
import { csrfTokenMatches, endSession, randomToken, findSession, SESSION_HOURS, startSession } from '../domain/console/sessions.js';
import { setAlertFlagForStory, type FlagForAlertOutcome } from '../domain/alerts/late-alerts.js';
import type { AlertSettings } from '../domain/alerts/match-alerts.js';
import type { LateAlerts } from '../domain/alerts/ports.js';
import { withAddedFeeds } from '../domain/feeds/plan-feeds.js';
import type { AddedFeed, AddedFeedRepository, FeedFetcher, FeedStateRepository } from '../domain/feeds/ports.js';
import type { FeedSource } from '../domain/feeds/types.js';
import type { Mailer, StoryRepository } from '../domain/ports.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { REGIONS } from '../taxonomy/regions.js';
import { TOPICS } from '../domain/classify/types.js';
import { CONSOLE_CONTENT_SECURITY_POLICY, EMAIL_PREVIEW_CONTENT_SECURITY_POLICY } from './console-layout.js';
import { consoleProblemPage, signInPage, weekPage, type EditorContext, type FeedRow, type Flash, type WeekFilters } from './console-pages.js';
import { field, FormBodyError, readForm, readQuery, type HttpResult } from './http.js';
import type { RawFormInput } from '../domain/subscriptions/validation.js';

export const SESSION_COOKIE = 'newsdesk_console';

/** Every page and action behind a session; the sign-in page and the callback are the only others. */
export const CONSOLE_PAGES = [
  '/console',
  '/console/week',
  '/console/story',
  '/console/corrections',
  '/console/preview',
  '/console/preview/email',
  '/console/feeds',
  '/console/log',
] as const;
export const CONSOLE_ACTIONS = [
  '/console/curate',
  '/console/approve',
  '/console/unapprove',
  '/console/correct',
  '/console/alert',
  '/console/preview/test',
  '/console/feeds/toggle',
  '/console/feeds/add',
  '/console/sign-out',
] as const;
const SIGN_IN_STATE_COOKIE = 'newsdesk_console_sign_in';
/**
 * Login CSRF: the sign-in form carries a token that must match this cookie (double submit), so
 * another site cannot post its own credentials to sign an editor's browser into its account.
 */
const SIGN_IN_FORM_COOKIE = 'newsdesk_console_form';
const SIGN_IN_FORM_SECONDS = 3_600;

/**
 * Imported with the first request that needs them, each a chunk of its own in the bundle: the
 * preview page with the email renderer and the readers' message catalogues; the feeds page and
 * its form's checks with the feed list's schema (the fetcher and the parser load with the first
 * fetch); a story's page, the logs and the correction of a story's tags. A cold start that signs
 * an editor in, or shows the overview or a week's desk, loads none of them.
 */
const emailPreview = loadOnFirstUse('email preview', () => import('./console-preview.js'));
const feedForm = loadOnFirstUse('feed form', () => import('./console-feeds.js'));
const recordPages = loadOnFirstUse('story and log pages', () => import('./console-records.js'));
const corrections = loadOnFirstUse('corrections', () => import('../domain/classify/editorial-service.js'));
const overviewPart = loadOnFirstUse('overview', () => import('./console-overview.js'));
const passwordSignIn = loadOnFirstUse('password sign-in', () => import('../domain/console/password-sign-in.js'));

export interface ConsoleApiDeps {
  readonly desk: EditionDeskDeps;
  readonly auth: ConsoleAuthStore;
  readonly audit: AuditLog;
  readonly stories: StoryRepository & StoryCorrections & StoryAlertFlags & Pick<LateAlerts, 'recordLateAlert'>;
  /** The matcher's settings, to tell whether a flag comes after the story's window was matched. */
  readonly alertSettings: Pick<AlertSettings, 'minScore' | 'windowMinutes'>;
  readonly editorial: EditorialRepository;
  readonly editions: EditionRepository;
  readonly feeds: {
    /** The configured feed list (the Lambda reads and checks it on the first request that shows feeds). */
    readonly sources: () => readonly FeedSource[] | Promise<readonly FeedSource[]>;
    /** Feeds editors added here, read by the ingest planner beside the configured list. */
    readonly added: AddedFeedRepository;
    readonly states: FeedStateRepository;
    readonly fetcher: FeedFetcher;
  };
  readonly subscribers: { readonly listDigestSubscribers: () => Promise<Subscriber[]>; readonly listAlertSubscribers: () => Promise<Subscriber[]> };
  readonly mailer: Mailer;
  readonly publicBaseUrl: string;
  /** Absent: editors sign in with the local account's password. */
  readonly hostedSignIn?: HostedSignIn;
  readonly now: () => Date;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONSOLE_CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000',
  'Cache-Control': 'no-store',
};

function page(statusCode: number, body: string, cookies?: string[]): HttpResult {
  return { statusCode, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' }, body, ...(cookies ? { cookies } : {}) };
}

function redirect(location: string, cookies?: string[]): HttpResult {
  return { statusCode: 303, headers: { ...SECURITY_HEADERS, Location: location }, body: '', ...(cookies ? { cookies } : {}) };
}

function forbidden(text: string): HttpResult {
  return { statusCode: 403, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: `${text}\n` };
}

function hostOf(event: APIGatewayProxyEventV2): string {
  return (event.headers.host ?? event.requestContext.domainName ?? '').toLowerCase();
}

/** Browsers treat http://localhost as secure, but a `Secure` cookie on plain http elsewhere is never sent. */
function isLocalHost(event: APIGatewayProxyEventV2): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(hostOf(event));
}

function cookie(event: APIGatewayProxyEventV2, name: string, value: string, maxAgeSeconds: number, path = '/console'): string {
  return `${name}=${value}; Path=${path}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${isLocalHost(event) ? '' : '; Secure'}`;
}

function readCookie(event: APIGatewayProxyEventV2, name: string): string | undefined {
  for (const entry of event.cookies ?? []) {
    const at = entry.indexOf('=');
    if (at > 0 && entry.slice(0, at).trim() === name) return entry.slice(at + 1).trim();
  }
  return undefined;
}

/** Only a console path may follow sign-in: never another site. */
function safeNext(next: string): string {
  return /^\/console(\/[A-Za-z0-9/_\-?=&.%]*)?$/.test(next) && !next.startsWith('//') ? next : '/console';
}

function callbackUrlOf(event: APIGatewayProxyEventV2, publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/console/callback`;
}

const NOTICES: Readonly<Record<string, string>> = {
  saved: 'Saved.',
  approved: 'Approved: this edition goes out as it stands.',
  unapproved: 'Back to a draft: it will not send until approved again.',
  corrected: 'Correction saved and logged.',
  flagged: 'Alert setting saved.',
  'flagged-late': 'Flagged: its own alert window had passed, so it goes out in the next alert window.',
  'flagged-already-alerted': 'Flagged. Its alert subscribers already had it in an alert when it was stored, so it is not sent again.',
  'flagged-late-before': 'Flagged. It was already sent once in a late alert, so it is not sent again.',
  'test-sent': 'Test email sent to your address.',
  'feed-changed': 'Feed setting saved.',
  'feed-added': 'Feed added: it is read from the next ingest round on.',
};

const FLAG_NOTICES: Readonly<Record<FlagForAlertOutcome, string>> = {
  'in-window': 'flagged',
  'not-flagged': 'flagged',
  'late-alert': 'flagged-late',
  'already-alerted': 'flagged-already-alerted',
  'late-alert-before': 'flagged-late-before',
};

function noticeFrom(event: APIGatewayProxyEventV2): Flash | undefined {
  const key = readQuery(event).done;
  const text = typeof key === 'string' ? NOTICES[key] : undefined;
  return text ? { kind: 'notice', text } : undefined;
}

function seenFrom(form: RawFormInput): SeenEdition {
  const version = Number(field(form, 'version'));
  const status = field(form, 'status');
  return {
    version: Number.isInteger(version) && version >= 0 ? version : -1,
    status: status === 'draft' || status === 'approved' || status === 'sending' || status === 'sent' ? status : undefined,
  };
}

function changeFrom(form: RawFormInput): CurationChange {
  const storyId = field(form, 'storyId');
  const action = field(form, 'action');
  const needStory = () => {
    if (!storyId) throw new CurationError('Which story? The form named none.');
    return storyId;
  };
  switch (action) {
    case 'pin':
    case 'unpin':
    case 'drop':
    case 'restore':
      return { kind: action, storyId: needStory() };
    case 'move': {
      const direction = field(form, 'direction');
      if (direction !== 'up' && direction !== 'down') throw new CurationError('A story moves up or down.');
      return { kind: 'move', storyId: needStory(), direction };
    }
    case 'reorder':
      return { kind: 'reorder', order: field(form, 'order').split(/\s+/).filter(Boolean) };
    case 'blurb':
      return { kind: 'blurb', storyId: needStory(), text: field(form, 'text') };
    case 'note':
      return { kind: 'note', text: field(form, 'text') };
    case 'undo':
      return { kind: 'undo' };
    default:
      throw new CurationError(`"${action}" is not something an editor can do to an edition.`);
  }
}

function listField(raw: RawFormInput, name: string): string[] {
  const value = raw[name];
  const values = typeof value === 'string' ? [value] : (value ?? []);
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function weekFilters(query: RawFormInput): WeekFilters {
  const show = field(query, 'show');
  const minScore = Number(field(query, 'minScore'));
  return {
    topic: field(query, 'topic') || undefined,
    feed: field(query, 'feed') || undefined,
    minScore: field(query, 'minScore') !== '' && Number.isFinite(minScore) ? minScore : undefined,
    show: show === 'in' || show === 'out' ? show : 'all',
  };
}

export function isConsolePath(path: string): boolean {
  return path === '/console' || path.startsWith('/console/');
}

export function createConsoleApi(deps: ConsoleApiDeps) {
  const now = deps.now;
  const context = (session: ConsoleSession): EditorContext => ({ email: session.editor, csrfToken: session.csrfToken });

  async function signInRoutes(event: APIGatewayProxyEventV2, path: string, method: string): Promise<HttpResult | undefined> {
    if (path === '/console/sign-in' && method === 'GET') {
      const next = safeNext(field(readQuery(event), 'next') || '/console');
      if (deps.hostedSignIn) {
        const { location, state } = await deps.hostedSignIn.begin(callbackUrlOf(event, deps.publicBaseUrl));
        return redirect(location, [cookie(event, SIGN_IN_STATE_COOKIE, encodeURIComponent(`${state}|${next}`), 600, '/console/callback')]);
      }
      const formToken = randomToken();
      return page(200, signInPage({ next, formToken }), [cookie(event, SIGN_IN_FORM_COOKIE, formToken, SIGN_IN_FORM_SECONDS, '/console/sign-in')]);
    }
    if (path === '/console/sign-in' && method === 'POST') {
      if (deps.hostedSignIn) return forbidden('Editors sign in through the managed login page.');
      const form = readForm(event);
      const email = field(form, 'email');
      const next = safeNext(field(form, 'next'));
      const formToken = readCookie(event, SIGN_IN_FORM_COOKIE);
      if (!formToken || !csrfTokenMatches({ csrfToken: formToken }, field(form, 'csrf'))) {
        // A fresh token, so that an editor whose form had expired can simply sign in again.
        const fresh = randomToken();
        return page(
          403,
          signInPage({ email, next, formToken: fresh, problem: 'This sign-in form has expired or did not come from this console. Sign in again.' }),
          [cookie(event, SIGN_IN_FORM_COOKIE, fresh, SIGN_IN_FORM_SECONDS, '/console/sign-in')],
        );
      }
      const { signInWithPassword, SignInError, SignInThrottledError } = await passwordSignIn();
      try {
        const { id } = await signInWithPassword(deps.auth, { email, password: field(form, 'password'), client: event.requestContext.http.sourceIp }, now());
        await deps.audit.record({ editor: email.trim().toLowerCase(), at: now().toISOString(), action: 'sign-in', target: 'console' });
        return redirect(next, [cookie(event, SESSION_COOKIE, id, SESSION_HOURS * 3600), cookie(event, SIGN_IN_FORM_COOKIE, '', 0, '/console/sign-in')]);
      } catch (error) {
        if (error instanceof SignInThrottledError)
          return {
            ...page(429, signInPage({ email, next, formToken, problem: error.message })),
            headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(error.retryAfterSeconds) },
          };
        if (error instanceof SignInError) return page(401, signInPage({ email, next, formToken, problem: error.message }));
        throw error;
      }
    }
    if (path === '/console/callback' && method === 'GET' && deps.hostedSignIn) {
      const query = readQuery(event);
      const saved = decodeURIComponent(readCookie(event, SIGN_IN_STATE_COOKIE) ?? '');
      const [state, next] = saved.split('|');
      try {
        const editor = await deps.hostedSignIn.finish(callbackUrlOf(event, deps.publicBaseUrl), field(query, 'code'), field(query, 'state'), state ?? '');
        const { id } = await startSession(deps.auth, editor, now());
        await deps.audit.record({ editor, at: now().toISOString(), action: 'sign-in', target: 'console' });
        return redirect(safeNext(next ?? '/console'), [
          cookie(event, SESSION_COOKIE, id, SESSION_HOURS * 3600),
          cookie(event, SIGN_IN_STATE_COOKIE, '', 0, '/console/callback'),
        ]);
      } catch {
        return page(401, consoleProblemPage(undefined, 'Sign-in failed', 'The sign-in could not be confirmed. Start again from the sign-in page.'));
      }
    }
    return undefined;
  }

  async function overview(session: ConsoleSession): Promise<HttpResult> {
    const { overviewOf, overviewPage } = await overviewPart();
    return page(200, overviewPage(context(session), await overviewOf(deps, now(), await feedRows())));
  }

  /** The configured feeds and those editors added, as the ingest planner sees them. */
  async function allFeeds(): Promise<{ sources: FeedSource[]; added: Map<string, AddedFeed> }> {
    const added = await deps.feeds.added.listAddedFeeds();
    return { sources: withAddedFeeds(await deps.feeds.sources(), added), added: new Map(added.map((feed) => [feed.source.feedId, feed])) };
  }

  async function feedRows(): Promise<FeedRow[]> {
    const rows: FeedRow[] = [];
    const { sources, added } = await allFeeds();
    for (const source of sources) {
      const state = await deps.feeds.states.getFeedState(source.feedId);
      rows.push({
        feedId: source.feedId,
        name: source.name,
        url: source.url,
        enabled: source.enabled !== false && !state?.disabledAt,
        lastSuccessAt: state?.lastSuccessAt,
        consecutiveFailures: state?.consecutiveFailures ?? 0,
        nextAttemptAt: state?.nextAttemptAt,
        deadSince: state?.deadSince,
        lastError: state?.lastError,
        addedBy: added.get(source.feedId)?.addedBy,
        addedAt: added.get(source.feedId)?.addedAt,
      });
    }
    return rows;
  }

  async function week(
    event: APIGatewayProxyEventV2,
    session: ConsoleSession,
    flash?: Flash,
    status = 200,
    regionId?: string,
    weekLabel?: string,
  ): Promise<HttpResult> {
    const query = readQuery(event);
    const region = regionId ?? (field(query, 'region') || REGIONS[0].id);
    const view = await loadWeek(deps.desk, region, weekLabel ?? (field(query, 'week') || undefined));
    return page(status, weekPage(context(session), view, weekFilters(query), flash ?? noticeFrom(event)));
  }

  async function segmentEmail(query: RawFormInput) {
    const regionId = field(query, 'region');
    const weekLabel = field(query, 'week');
    const regions = listField(query, 'regions');
    const topics = listField(query, 'topics').filter((t) => (TOPICS as readonly string[]).includes(t));
    const chosen = regions.length ? regions : [regionId];
    const { composeSegmentEmail } = await emailPreview();
    const email = await composeSegmentEmail(deps.desk, deps.publicBaseUrl, { weekLabel, regions: chosen, topics });
    return { regionId, weekLabel, regions: chosen, topics, email };
  }

  async function post(event: APIGatewayProxyEventV2, path: string, session: ConsoleSession, form: RawFormInput): Promise<HttpResult> {
    const editor = session.editor;
    const at = now().toISOString();
    if (path === '/console/sign-out') {
      const id = readCookie(event, SESSION_COOKIE);
      if (id) await endSession(deps.auth, id);
      await deps.audit.record({ editor, at, action: 'sign-out', target: 'console' });
      return redirect('/console/sign-in', [cookie(event, SESSION_COOKIE, '', 0)]);
    }
    if (path === '/console/curate' || path === '/console/approve' || path === '/console/unapprove') {
      const regionId = field(form, 'region');
      const weekLabel = field(form, 'week');
      const seen = seenFrom(form);
      try {
        if (path === '/console/approve') await approveEdition(deps.desk, editor, regionId, weekLabel, seen);
        else if (path === '/console/unapprove') await unapproveEdition(deps.desk, editor, regionId, weekLabel, seen);
        else await curateEdition(deps.desk, editor, regionId, weekLabel, seen, changeFrom(form));
      } catch (error) {
        if (error instanceof StaleEditionError || error instanceof EditionFrozenError)
          return week(event, session, { kind: 'problem', text: error.message }, 409, regionId, weekLabel);
        if (error instanceof CurationError) return week(event, session, { kind: 'problem', text: error.message }, 400, regionId, weekLabel);
        throw error;
      }
      const done = path === '/console/approve' ? 'approved' : path === '/console/unapprove' ? 'unapproved' : 'saved';
      return redirect(`/console/week?region=${encodeURIComponent(regionId)}&week=${encodeURIComponent(weekLabel)}&done=${done}`);
    }
    if (path === '/console/correct') {
      const storyId = field(form, 'storyId');
      const scope = field(form, 'scope');
      const { correctStory, CorrectionError } = await corrections();
      try {
        await correctStory(
          { stories: deps.stories, editorial: deps.editorial },
          {
            storyId,
            editor,
            at,
            addJurisdictions: listField(form, 'addJurisdictions'),
            removeJurisdictions: listField(form, 'removeJurisdictions'),
            addTopics: listField(form, 'addTopics'),
            removeTopics: listField(form, 'removeTopics'),
            scope: scope === 'in' || scope === 'out' ? scope : undefined,
            note: field(form, 'note') || undefined,
            promoteTerm: field(form, 'promoteTerm') || undefined,
          },
        );
      } catch (error) {
        if (error instanceof CorrectionError) {
          const story = await deps.stories.getStory(storyId);
          if (story)
            return page(
              400,
              (await recordPages()).storyPage(context(session), story, await deps.editorial.listCorrections(storyId), { kind: 'problem', text: error.message }),
            );
        }
        throw error;
      }
      await deps.audit.record({ editor, at, action: 'correct', target: storyId });
      return redirect(`/console/story?id=${encodeURIComponent(storyId)}&done=corrected`);
    }
    if (path === '/console/alert') {
      const storyId = field(form, 'storyId');
      const flag = field(form, 'flag');
      if (flag !== 'flag' && flag !== 'hold' && flag !== 'none')
        return page(400, consoleProblemPage(context(session), 'Not saved', 'An alert setting is flag, hold or none.'));
      const outcome = await setAlertFlagForStory({ stories: deps.stories, lateAlerts: deps.stories, settings: deps.alertSettings }, storyId, flag, now());
      await deps.audit.record({ editor, at, action: `alert-${flag}`, target: storyId, ...(outcome === 'late-alert' ? { detail: 'late alert' } : {}) });
      const back = field(form, 'back');
      return redirect(`${safeNext(back || '/console/week')}${back.includes('?') ? '&' : '?'}done=${FLAG_NOTICES[outcome]}`);
    }
    if (path === '/console/preview/test') {
      const { email, regionId, weekLabel } = await segmentEmail(form);
      await deps.mailer.send({ to: editor, subject: `[Test] ${email.subject}`, html: email.html, text: email.text, headers: {} });
      await deps.audit.record({ editor, at, action: 'send-test', target: `${regionId}#${weekLabel}` });
      return redirect(`/console/preview?region=${encodeURIComponent(regionId)}&week=${encodeURIComponent(weekLabel)}&done=test-sent`);
    }
    if (path === '/console/feeds/toggle') {
      const feedId = field(form, 'feedId');
      const source = (await allFeeds()).sources.find((s) => s.feedId === feedId);
      if (!source) return page(404, consoleProblemPage(context(session), 'No such feed', 'That feed is not in the feed list.'));
      const enabled = field(form, 'enabled') === 'true';
      await deps.feeds.states.setFeedDisabled(feedId, source.url, enabled ? undefined : { at, by: editor });
      await deps.audit.record({ editor, at, action: enabled ? 'feed-enable' : 'feed-disable', target: feedId });
      return redirect('/console/feeds?done=feed-changed');
    }
    if (path === '/console/feeds/add') {
      const proposed = { url: field(form, 'url'), name: field(form, 'name'), jurisdiction: field(form, 'jurisdiction') };
      const { checkProposedFeed, previewFeed, feedsPage, DuplicateFeedError } = await feedForm();
      const checked = checkProposedFeed(proposed, (await allFeeds()).sources);
      if (checked.kind === 'problem') return page(400, feedsPage(context(session), await feedRows(), { kind: 'problem', text: checked.message }, { proposed }));
      if (field(form, 'step') === 'confirm') {
        try {
          await deps.feeds.added.addFeed({ source: checked.source, addedAt: at, addedBy: editor });
        } catch (error) {
          if (!(error instanceof DuplicateFeedError)) throw error;
          return page(
            409,
            feedsPage(context(session), await feedRows(), { kind: 'problem', text: 'Another editor has just added that address.' }, { proposed }),
          );
        }
        await deps.audit.record({ editor, at, action: 'feed-add', target: checked.source.feedId, detail: checked.source.url });
        return redirect('/console/feeds?done=feed-added');
      }
      const result = await previewFeed(deps.feeds.fetcher, checked.source, now());
      if (result.kind === 'problem') return page(400, feedsPage(context(session), await feedRows(), { kind: 'problem', text: result.message }, { proposed }));
      return page(
        200,
        feedsPage(
          context(session),
          await feedRows(),
          {
            kind: 'notice',
            text: result.items.length === 1 ? 'Read 1 item. Check it, then add the feed.' : `Read ${result.items.length} items. Check them, then add the feed.`,
          },
          { proposed, items: result.items },
        ),
      );
    }
    return page(404, consoleProblemPage(context(session), 'Not found', 'There is no such console action.'));
  }

  async function get(event: APIGatewayProxyEventV2, path: string, session: ConsoleSession): Promise<HttpResult> {
    const query = readQuery(event);
    if (path === '/console') return overview(session);
    if (path === '/console/week') return week(event, session);
    if (path === '/console/story') {
      const story = await deps.stories.getStory(field(query, 'id'));
      if (!story) return page(404, consoleProblemPage(context(session), 'No such story', 'That story is not stored.'));
      return page(200, (await recordPages()).storyPage(context(session), story, await deps.editorial.listCorrections(story.storyId), noticeFrom(event)));
    }
    if (path === '/console/corrections') {
      const filters = { editor: field(query, 'editor') || undefined, action: field(query, 'action') || undefined, q: field(query, 'q') || undefined };
      const records = (await deps.editorial.listCorrections())
        .filter((r) => !filters.editor || r.correction.editor.toLowerCase().includes(filters.editor.toLowerCase()))
        .filter((r) => !filters.action || r.correction.action.includes(filters.action))
        .filter((r) => !filters.q || r.story.title.toLowerCase().includes(filters.q.toLowerCase()))
        .reverse();
      return page(200, (await recordPages()).correctionsPage(context(session), records, filters));
    }
    if (path === '/console/preview') {
      const regionId = field(query, 'region') || REGIONS[0].id;
      const weekLabel = field(query, 'week') || (await comingWeekFor(deps.editions, regionId, now()));
      const segment = await segmentEmail({ ...query, region: regionId, week: weekLabel });
      const { previewPage } = await emailPreview();
      const params = new URLSearchParams({ region: regionId, week: weekLabel });
      for (const r of segment.regions) params.append('regions', r);
      for (const t of segment.topics) params.append('topics', t);
      return page(
        200,
        previewPage(
          context(session),
          {
            regionId,
            week: weekLabel,
            regions: segment.regions,
            topics: segment.topics,
            subject: segment.email.subject,
            text: segment.email.text,
            emailUrl: `/console/preview/email?${params.toString()}`,
          },
          noticeFrom(event),
        ),
      );
    }
    if (path === '/console/preview/email') {
      const { email } = await segmentEmail(query);
      return {
        statusCode: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Security-Policy': EMAIL_PREVIEW_CONTENT_SECURITY_POLICY,
          'X-Frame-Options': 'SAMEORIGIN',
          'Content-Type': 'text/html; charset=utf-8',
        },
        body: email.html,
      };
    }
    if (path === '/console/feeds') return page(200, (await feedForm()).feedsPage(context(session), await feedRows(), noticeFrom(event)));
    if (path === '/console/log') return page(200, (await recordPages()).activityPage(context(session), await deps.audit.listRecent(200)));
    return page(404, consoleProblemPage(context(session), 'Not found', 'There is no such console page.'));
  }

  return async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
    const path = event.rawPath.replace(/\/+$/, '') || '/';
    const method = event.requestContext.http.method.toUpperCase();
    try {
      const open = await signInRoutes(event, path, method);
      if (open) return open;
      const session = await findSession(deps.auth, readCookie(event, SESSION_COOKIE), now());
      if (!session) {
        if (method === 'GET' || method === 'HEAD') {
          const next = `${path}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;
          return redirect(`/console/sign-in?next=${encodeURIComponent(safeNext(next))}`);
        }
        return forbidden('Sign in first: this console action needs an editor session.');
      }
      if (method === 'POST') {
        const form = readForm(event);
        if (!csrfTokenMatches(session, field(form, 'csrf') || event.headers['x-csrf-token'])) {
          return forbidden(
            'This form has expired or did not come from the console (its CSRF token is missing or wrong). Go back, reload the page and try again.',
          );
        }
        return await post(event, path, session, form);
      }
      if (method === 'GET' || method === 'HEAD') return await get(event, path, session);
      return { ...forbidden('Not allowed.'), statusCode: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, POST' } };
    } catch (error) {
      if (error instanceof FormBodyError) return { ...forbidden(error.message), statusCode: error.statusCode };
      if (error instanceof UnknownRegionError || error instanceof InvalidWeekError || error instanceof StoryNotFoundError) {
        return page(404, consoleProblemPage(undefined, 'Not found', error.message));
      }
      throw error;
    }
  };
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>;
export { storiesForWeek };
