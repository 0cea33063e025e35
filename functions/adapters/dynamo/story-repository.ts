import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import { applyCorrections, type Correction } from '../../domain/classify/corrections.js';
import { ConcurrentEditError, StoryNotFoundError } from '../../domain/classify/errors.js';
import type { CorrectedStory, StoryCorrections } from '../../domain/classify/ports.js';
import type { Classification } from '../../domain/classify/types.js';
import type { LateAlerts } from '../../domain/alerts/ports.js';
import type { AlertFlag, StoryAlertFlags } from '../../domain/console/ports.js';
import type { StoryRepository } from '../../domain/ports.js';
import { madeStory, storyText, type Story, type StoryToMake, type StoryWriteOutcome } from '../../domain/stories.js';
import { STORIES_TABLE } from './table-schema.js';

const BY_STORED_DAY = STORIES_TABLE.globalIndexes[0];
/** Enough for a handful of editors and a feed worker on one story; past it, something is wrong. */
const WRITE_ATTEMPTS = 5;

/** What decides whether a story changed: the text a reader sees. */
function contentHashOf(story: Pick<Story, 'title' | 'summary' | 'content'>): string {
  return createHash('sha256')
    .update(story.title)
    .update('\u0000')
    .update(story.summary)
    .update('\u0000')
    .update(story.content ?? '')
    .digest('hex')
    .slice(0, 32);
}

/** Where a story flagged late sits in the time-ordered index: `late-alert#<storyId>`. */
const LATE_ALERT_PREFIX = 'late-alert#';

interface LateAlertMarker {
  readonly lateAlertFor?: string;
  readonly lateAlertAt?: string;
}

interface StoryItem extends Story {
  storedDay: string;
  storedAtId: string;
  contentHash: string;
  /** Only on corrected stories: the classifier's own result, which the corrections apply to. */
  machine?: Classification;
  /** Only on corrected stories: every correction, in the order they were stored. */
  corrections?: Correction[];
  /** `corrections.length`, the value the next write is conditioned on. */
  correctionCount?: number;
}

/**
 * Stories keyed by their stable id. A read comes before any write, so an unchanged story costs
 * one read and no write; creation and revision are single conditional writes, so two workers
 * racing on the same story cannot create it twice or lose a revision.
 *
 * Editors' corrections live on the story item itself: `corrections` lists them, `machine` keeps
 * the classifier's result, and the top-level classification is always `machine` with the
 * corrections applied, so every reader (digests, alerts, archive) sees the corrected tags with
 * no extra read. Uncorrected stories carry none of the three. Every write, by ingestion or by
 * an editor, is conditioned on the `contentHash` and the `correctionCount` it read, and is
 * retried from a fresh read when another got in first: a new text keeps the corrections (they
 * are applied again to the new classification), and no correction overwrites another.
 */
export class DynamoStoryRepository implements StoryRepository, StoryCorrections, StoryAlertFlags, LateAlerts {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async saveStory(given: Story | StoryToMake): Promise<StoryWriteOutcome> {
    const text = storyText(given);
    const contentHash = contentHashOf(text);
    // Made (and so classified) once, and only when it is to be written.
    let story: Story | undefined;
    for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
      const existing = await this.getItem(text.storyId);
      // Another worker stored this same text first, or it is simply unchanged: that write stands.
      if (existing && existing.contentHash === contentHash) return 'unchanged';
      story ??= madeStory(given);
      try {
        if (!existing) {
          await this.put(this.toItem({ ...story, revision: 0 }, contentHash, []), { ConditionExpression: 'attribute_not_exists(storyId)' });
          return 'created';
        }
        // Keep the first storage time: it orders the alert watermark and the week a story belongs to.
        // An editor's alert flag belongs to the story, not to one version of its text.
        const revised: Story = { ...story, storedAt: existing.storedAt, revision: existing.revision + 1, ...(existing.alertFlag ? { alertFlag: existing.alertFlag } : {}), ...(existing.lateAlertAt ? { lateAlertAt: existing.lateAlertAt } : {}) };
        await this.put(this.toItem(revised, contentHash, existing.corrections ?? []), unchangedSince(existing));
        return 'updated';
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new ConcurrentEditError(`story ${text.storyId}`, WRITE_ATTEMPTS);
  }

  async applyCorrection(storyId: string, corrections: Correction | readonly Correction[]): Promise<CorrectedStory> {
    const added = Array.isArray(corrections) ? [...(corrections as readonly Correction[])] : [corrections as Correction];
    for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
      const existing = await this.getItem(storyId);
      if (!existing) throw new StoryNotFoundError(storyId);
      const before = storyOf(existing);
      const machine = existing.machine ?? classificationOf(existing);
      const item = this.toItem({ ...before, ...machine }, existing.contentHash, [...(existing.corrections ?? []), ...added]);
      try {
        await this.put(item, unchangedSince(existing));
        return { before, after: storyOf(item), machine };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new ConcurrentEditError(`story ${storyId}`, WRITE_ATTEMPTS);
  }

  /** One conditional update of the flag alone: it races with no text or correction write. */
  async setAlertFlag(storyId: string, flag: AlertFlag): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ storyId }),
          ConditionExpression: 'attribute_exists(storyId)',
          ...(flag === 'none'
            ? { UpdateExpression: 'REMOVE alertFlag' }
            : { UpdateExpression: 'SET alertFlag = :flag', ExpressionAttributeValues: marshall({ ':flag': flag }) }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StoryNotFoundError(storyId);
      throw error;
    }
  }

  /**
   * Two single-item writes, no transaction (dynalite has none): the marker that indexes the
   * story at `at`, then the story's own `lateAlertAt`, which the matcher checks. A crash between
   * them leaves a marker whose story does not count in its window, so it can miss an alert but
   * never send one twice; the editor's next flag writes the second half.
   */
  async recordLateAlert(storyId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ storyId: `${LATE_ALERT_PREFIX}${storyId}`, lateAlertFor: storyId, lateAlertAt: at, storedDay: at.slice(0, 10), storedAtId: `${at}#${LATE_ALERT_PREFIX}${storyId}` }),
          ConditionExpression: 'attribute_not_exists(storyId)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const marker = await this.getItem(`${LATE_ALERT_PREFIX}${storyId}`);
      // The marker of a write that stopped half-way: finish it with the marker's own time.
      if (!marker?.lateAlertAt) return false;
      at = marker.lateAlertAt;
    }
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ storyId }),
          ConditionExpression: 'attribute_exists(storyId) AND attribute_not_exists(lateAlertAt)',
          UpdateExpression: 'SET lateAlertAt = :at',
          ExpressionAttributeValues: marshall({ ':at': at }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async listLateAlertsBetween(fromIso: string, toIso: string): Promise<Story[]> {
    const stories: Story[] = [];
    for (const item of await this.queryStoredBetween(fromIso, toIso)) {
      const storyId = (item as unknown as LateAlertMarker).lateAlertFor;
      if (storyId === undefined) continue;
      const story = await this.getStory(storyId);
      if (story?.lateAlertAt && story.lateAlertAt >= fromIso && story.lateAlertAt < toIso) stories.push(story);
    }
    return stories;
  }

  async getStory(storyId: string): Promise<Story | undefined> {
    const item = await this.getItem(storyId);
    return item ? storyOf(item) : undefined;
  }

  async listStoredBetween(fromIso: string, toIso: string): Promise<Story[]> {
    const stories: Story[] = [];
    for (const item of await this.queryStoredBetween(fromIso, toIso)) {
      // Late-alert markers share the index; they are not stories.
      if ((item as unknown as LateAlertMarker).lateAlertFor !== undefined) continue;
      const story = storyOf(item);
      if (story.storedAt >= fromIso && story.storedAt < toIso) stories.push(story);
    }
    return stories;
  }

  /** Every item of the time-ordered index in [from, to), stories and late-alert markers alike. */
  private async queryStoredBetween(fromIso: string, toIso: string): Promise<StoryItem[]> {
    const items: StoryItem[] = [];
    for (const day of daysBetween(fromIso, toIso)) {
      let startKey: Record<string, AttributeValue> | undefined;
      do {
        const page = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: BY_STORED_DAY.indexName,
            KeyConditionExpression: 'storedDay = :day AND storedAtId BETWEEN :from AND :to',
            ExpressionAttributeValues: marshall({ ':day': day, ':from': fromIso, ':to': toIso }),
            ExclusiveStartKey: startKey,
          }),
        );
        for (const raw of page.Items ?? []) items.push(unmarshall(raw) as StoryItem);
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }
    return items;
  }

  private async getItem(storyId: string): Promise<StoryItem | undefined> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall({ storyId }), ConsistentRead: true }),
    );
    return result.Item ? (unmarshall(result.Item) as StoryItem) : undefined;
  }

  private async put(item: StoryItem, condition: Pick<PutItemCommand['input'], 'ConditionExpression' | 'ExpressionAttributeValues'>): Promise<void> {
    await this.client.send(
      new PutItemCommand({ TableName: this.tableName, Item: marshall(item, { removeUndefinedValues: true }), ...condition }),
    );
  }

  /** `story` carries the classifier's result; with corrections, the item shows them applied. */
  private toItem(story: Story, contentHash: string, corrections: readonly Correction[]): StoryItem {
    const keys = { storedDay: story.storedAt.slice(0, 10), storedAtId: `${story.storedAt}#${story.storyId}`, contentHash };
    if (corrections.length === 0) return { ...storyOf(story as StoryItem), ...keys };
    const machine = classificationOf(story);
    return {
      ...storyOf(story as StoryItem),
      ...applyCorrections(machine, corrections),
      ...keys,
      machine,
      corrections: [...corrections],
      correctionCount: corrections.length,
    };
  }
}

/** The condition that the item is still as read: same text, same corrections. */
function unchangedSince(existing: StoryItem): Pick<PutItemCommand['input'], 'ConditionExpression' | 'ExpressionAttributeValues'> {
  const count = existing.correctionCount ?? 0;
  return count === 0
    ? { ConditionExpression: 'contentHash = :seen AND attribute_not_exists(correctionCount)', ExpressionAttributeValues: marshall({ ':seen': existing.contentHash }) }
    : { ConditionExpression: 'contentHash = :seen AND correctionCount = :count', ExpressionAttributeValues: marshall({ ':seen': existing.contentHash, ':count': count }) };
}

function classificationOf(story: Classification): Classification {
  const { inScope, score, jurisdictions, mentions, topics, evidence } = story;
  return { inScope, score, jurisdictions, mentions, topics, evidence };
}

/** The story as the domain knows it, without the attributes that only storage needs. */
function storyOf(item: StoryItem): Story {
  const { storedDay: _day, storedAtId: _order, contentHash: _hash, machine: _machine, corrections: _corrections, correctionCount: _count, ...story } = item;
  return story;
}

/** The UTC calendar days (YYYY-MM-DD) that the half-open range [from, to) touches. */
export function daysBetween(fromIso: string, toIso: string): string[] {
  const days: string[] = [];
  const cursor = new Date(`${fromIso.slice(0, 10)}T00:00:00.000Z`);
  const end = new Date(toIso);
  while (cursor < end) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}
