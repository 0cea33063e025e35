/**
 * The one definition of every table: used by the CDK storage construct and by the local
 * bootstrap that creates the same tables in dynalite. Keys are strings throughout.
 */
import { ENV, type EnvName } from '../../config/env.js';

export interface IndexSchema {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  /** Attributes copied into the index besides the keys; absent means the whole item. */
  readonly include?: readonly string[];
}

export interface TableSchema {
  /** Logical name: the CDK construct id and the suffix of the local table name. */
  readonly logicalName: string;
  readonly envVar: EnvName;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly globalIndexes: readonly IndexSchema[];
  /** Attribute holding an epoch-seconds expiry, where items expire. */
  readonly timeToLiveAttribute?: string;
}

export const FEEDS_TABLE: TableSchema = {
  logicalName: 'Feeds',
  envVar: ENV.feedsTable,
  partitionKey: 'feedId',
  globalIndexes: [],
};

/** Stories, keyed by a stable id; `byStoredDay` orders them by the time they were stored. */
export const STORIES_TABLE: TableSchema = {
  logicalName: 'Stories',
  envVar: ENV.storiesTable,
  partitionKey: 'storyId',
  globalIndexes: [{ indexName: 'byStoredDay', partitionKey: 'storedDay', sortKey: 'storedAtId' }],
};

/**
 * Subscribers, suppression entries and rate-limit counters, each one item under its own key.
 * `byDigestSlot` is sparse: only subscribers who may get a digest carry a `digestSlot` (time
 * zone, weekday and local hour of their send time), so the hourly planner queries exactly the
 * readers now due. It carries `regions` alone: all that planning needs, and half the storage
 * of a full copy of each subscriber.
 */
export const SUBSCRIBERS_TABLE: TableSchema = {
  logicalName: 'Subscribers',
  envVar: ENV.subscribersTable,
  partitionKey: 'subscriberId',
  globalIndexes: [{ indexName: 'byDigestSlot', partitionKey: 'digestSlot', sortKey: 'subscriberId', include: ['regions'] }],
  timeToLiveAttribute: 'expiresAt',
};

/**
 * One item per region and ISO week (`editionId` = `region#week`), plus the watermarks of the
 * jobs that publish them (`watermark#<name>`). `byRegion` lists a region's editions by week
 * for the archive and the feeds out; watermarks have no `regionId` and stay out of it.
 */
export const EDITIONS_TABLE: TableSchema = {
  logicalName: 'Editions',
  envVar: ENV.editionsTable,
  partitionKey: 'editionId',
  globalIndexes: [{ indexName: 'byRegion', partitionKey: 'regionId', sortKey: 'week' }],
};

/** One item per edition and subscriber: the claim that makes every send happen once. */
export const DELIVERIES_TABLE: TableSchema = {
  logicalName: 'Deliveries',
  envVar: ENV.deliveriesTable,
  partitionKey: 'deliveryId',
  /** A subscriber's deliveries, for their data export and for erasure. */
  globalIndexes: [{ indexName: 'bySubscriber', partitionKey: 'subscriberId', sortKey: 'deliveryId' }],
  timeToLiveAttribute: 'expiresAt',
};

/**
 * Editors' work: the log of corrections (`correction#<storyId>#<at>#<random>`, one item each,
 * never rewritten), the promoted rules (`rules#classifier`, one item with a `version` that every
 * save checks), and the console's items: the audit log (`audit#<at>#<random>`), sessions
 * (`session#<hash of id>`), failed sign-in counters and the local editor account. Small and
 * rarely written, so no index: the export scans. Sessions and counters expire by `expiresAt`.
 */
export const EDITORIAL_TABLE: TableSchema = {
  logicalName: 'Editorial',
  envVar: ENV.editorialTable,
  partitionKey: 'editorialId',
  globalIndexes: [],
  timeToLiveAttribute: 'expiresAt',
};

export const ALL_TABLES: readonly TableSchema[] = [FEEDS_TABLE, STORIES_TABLE, SUBSCRIBERS_TABLE, EDITIONS_TABLE, DELIVERIES_TABLE, EDITORIAL_TABLE];
