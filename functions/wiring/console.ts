/**
 * Composition of the editor console's Lambda: its dependencies from SDK clients, table names and
 * settings (`composeConsoleApi`, shared with the local service), and from the environment once
 * per cold start (`consoleApiFromEnvironment`).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../adapters/aws-clients.js';
import type { CognitoSignInSettings } from '../adapters/cognito/cognito-hosted-sign-in.js';
import { DynamoConsoleStore } from '../adapters/dynamo/console-store.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import type { HttpFeedFetcherOptions } from '../adapters/http/http-feed-fetcher.js';
import { ENV, optionalEnv, requireEnv } from '../config/env.js';
import { loadOnFirstUse, methodsOnFirstUse } from '../domain/load-on-first-use.js';
import type { FeedFetcher } from '../domain/feeds/ports.js';
import type { FeedSource } from '../domain/feeds/types.js';
import type { Mailer } from '../domain/ports.js';
import type { HostedSignIn } from '../domain/console/ports.js';
import type { ConsoleApiDeps } from '../web/console-routes.js';
import { deliverySettingsFrom, type DeliverySettings } from './delivery-settings.js';
import { tableNamesFromEnvironment, type AwsClients, type TableNames } from './inputs.js';
import { mailSettingsFromEnvironment, type MailSettings } from './mail.js';
import { loadSesClient, sesMailerOnFirstUse, type SesClientSource } from './mail-on-first-use.js';
import { indexedStoryRepository } from './stories.js';

export interface ConsoleParts {
  readonly dynamo: DynamoDBClient;
  readonly tables: { readonly stories: string; readonly editions: string; readonly editorial: string; readonly feeds: string; readonly subscribers: string };
  readonly mailer: Mailer;
  readonly publicBaseUrl: string;
  readonly settings: Pick<DeliverySettings, 'maxItemsPerEdition' | 'autoSendRegion' | 'alerts'>;
  readonly sources: () => readonly FeedSource[] | Promise<readonly FeedSource[]>;
  /**
   * Locally, the sample feed server's origin: the one loopback address a feed added in the
   * console may be fetched from (all of loopback only with NEWSDESK_ALLOW_LOOPBACK_FEEDS=1).
   */
  readonly loopbackFeedOrigins?: readonly string[];
  readonly hostedSignIn?: HostedSignIn;
  readonly now?: () => Date;
}

export function consoleApiDeps(parts: ConsoleParts): ConsoleApiDeps {
  const now = parts.now ?? (() => new Date());
  // Corrections made in the console move the story in the search index too.
  const stories = indexedStoryRepository(parts.dynamo, parts.tables.stories);
  const editions = new DynamoEditionRepository(parts.dynamo, parts.tables.editions);
  const store = new DynamoConsoleStore(parts.dynamo, parts.tables.editorial);
  // Read by some pages only (the overview, a story's corrections, the feeds): each repository's
  // code loads with the first request that reads it, so a cold start of the desk carries none.
  const { dynamo, tables } = parts;
  const subscribers = methodsOnFirstUse(
    'subscriber repository',
    async () => new (await import('../adapters/dynamo/subscriber-repository.js')).DynamoSubscriberRepository(dynamo, tables.subscribers),
    ['listDigestSubscribers', 'listAlertSubscribers'],
  );
  return {
    desk: { stories, editions, audit: store, maxItemsPerEdition: parts.settings.maxItemsPerEdition, autoSendRegion: parts.settings.autoSendRegion, now },
    auth: store,
    audit: store,
    stories,
    alertSettings: parts.settings.alerts,
    editorial: methodsOnFirstUse(
      'corrections repository',
      async () => new (await import('../adapters/dynamo/editorial-repository.js')).DynamoEditorialRepository(dynamo, tables.editorial),
      ['recordCorrection', 'listCorrections', 'getRules', 'saveRules'],
    ),
    editions,
    feeds: {
      sources: parts.sources,
      added: methodsOnFirstUse(
        'added feeds repository',
        async () => new (await import('../adapters/dynamo/added-feed-repository.js')).DynamoAddedFeedRepository(dynamo, tables.feeds),
        ['listAddedFeeds', 'addFeed'],
      ),
      states: methodsOnFirstUse(
        'feed state repository',
        async () => new (await import('../adapters/dynamo/feed-state-repository.js')).DynamoFeedStateRepository(dynamo, tables.feeds),
        ['getFeedState', 'saveFeedState', 'setFeedDisabled'],
      ),
      fetcher: httpFeedFetcherOnFirstUse({ allowLoopback: optionalEnv(ENV.allowLoopbackFeeds) === '1', loopbackOrigins: parts.loopbackFeedOrigins }),
    },
    subscribers,
    mailer: parts.mailer,
    publicBaseUrl: parts.publicBaseUrl,
    hostedSignIn: parts.hostedSignIn,
    now,
  };
}

/**
 * The fetcher, its address policy and ipaddr.js, imported with the first feed an editor
 * previews: no other console request fetches anything.
 */
function httpFeedFetcherOnFirstUse(options: HttpFeedFetcherOptions): FeedFetcher {
  return methodsOnFirstUse('feed fetcher', async () => new (await import('../adapters/http/http-feed-fetcher.js')).HttpFeedFetcher(options), ['fetchFeed']);
}

/** Cognito's managed login, its code imported with the first sign-in: a page behind a session never needs it. */
function cognitoSignInOnFirstUse(settings: CognitoSignInSettings): HostedSignIn {
  return methodsOnFirstUse('managed sign-in', async () => new (await import('../adapters/cognito/cognito-hosted-sign-in.js')).CognitoHostedSignIn(settings), [
    'begin',
    'finish',
  ]);
}

export interface ConsoleApiInputs {
  /** The SES client may be `loadSesClient`: the pages load it with their first email. */
  readonly clients: Omit<AwsClients, 'ses'> & { readonly ses: SesClientSource };
  readonly tables: Pick<TableNames, 'stories' | 'editions' | 'editorial' | 'feeds' | 'subscribers'>;
  readonly config: Pick<ConsoleParts, 'publicBaseUrl' | 'settings' | 'sources' | 'loopbackFeedOrigins' | 'now'> & { readonly mail: MailSettings };
  /** Cognito's managed login when deployed; absent locally, where editors sign in with a password. */
  readonly hostedSignIn?: HostedSignIn;
}

export function composeConsoleApi({ clients, tables, config, hostedSignIn }: ConsoleApiInputs): ConsoleApiDeps {
  const { mail, ...settings } = config;
  return consoleApiDeps({ ...settings, dynamo: clients.dynamo, tables, mailer: sesMailerOnFirstUse(clients.ses, mail), hostedSignIn });
}

export function consoleApiFromEnvironment(env: NodeJS.ProcessEnv = process.env): ConsoleApiDeps {
  return composeConsoleApi({
    clients: { dynamo: dynamoClient(), ses: loadSesClient },
    tables: tableNamesFromEnvironment(['stories', 'editions', 'editorial', 'feeds', 'subscribers'], env),
    config: {
      mail: mailSettingsFromEnvironment(env),
      publicBaseUrl: requireEnv(ENV.publicBaseUrl, env),
      settings: deliverySettingsFrom(env),
      // Read and checked on the first request that lists feeds, and kept: the schema and the
      // list are 35 KiB that a sign-in or a draft does not need.
      sources: loadOnFirstUse('feed list', async () => (await import('../config/sources.js')).loadSources()),
    },
    hostedSignIn: cognitoSignInOnFirstUse({
      userPoolId: requireEnv(ENV.editorUserPoolId, env),
      clientId: requireEnv(ENV.editorClientId, env),
      domainUrl: requireEnv(ENV.editorSignInDomain, env).replace(/\/+$/, ''),
    }),
  });
}
