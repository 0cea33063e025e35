import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { randomBytes } from 'node:crypto';
import type { ClassifierRules, Correction, PromotedRule } from '../../domain/classify/corrections.js';
import type { CorrectionRecord, EditorialRepository, StorySnapshot, VersionedRules } from '../../domain/classify/ports.js';

const CORRECTION_PREFIX = 'correction#';
const RULES_ID = 'rules#classifier';

/** A log entry: the correction's own fields at the top, so the table reads plainly in a console. */
type CorrectionItem = Correction & { editorialId: string; kind: 'correction'; sequence: number; story: StorySnapshot };

interface RulesItem {
  editorialId: typeof RULES_ID;
  kind: 'rules';
  version: number;
  rules: PromotedRule[];
  updatedAt: string;
}

/**
 * The Editorial table: the correction log, one item per correction under
 * `correction#<storyId>#<at>#<random>` so a story's entries sort together and by time, and the
 * promoted rules as one versioned item, `rules#classifier`. Every write is one conditional put.
 */
export class DynamoEditorialRepository implements EditorialRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async recordCorrection(record: CorrectionRecord): Promise<void> {
    const { correction } = record;
    const editorialId = `${CORRECTION_PREFIX}${correction.storyId}#${correction.at}#${randomBytes(6).toString('hex')}`;
    const item: CorrectionItem = { ...correction, editorialId, kind: 'correction', sequence: record.sequence, story: record.story };
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(item, { removeUndefinedValues: true }),
        // An entry is never rewritten, not even by a random suffix that repeats.
        ConditionExpression: 'attribute_not_exists(editorialId)',
      }),
    );
  }

  async listCorrections(storyId?: string): Promise<CorrectionRecord[]> {
    const prefix = storyId === undefined ? CORRECTION_PREFIX : `${CORRECTION_PREFIX}${storyId}#`;
    const records: CorrectionRecord[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    // A scan: the log is small and read by people exporting it, never on a hot path.
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'begins_with(editorialId, :prefix)',
          ExpressionAttributeValues: marshall({ ':prefix': prefix }),
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of page.Items ?? []) {
        const { editorialId: _id, kind: _kind, sequence, story, ...correction } = unmarshall(raw) as CorrectionItem;
        records.push({ correction, sequence, story });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return records.sort((a, b) => (Date.parse(a.correction.at) || 0) - (Date.parse(b.correction.at) || 0) || a.sequence - b.sequence);
  }

  async getRules(): Promise<VersionedRules> {
    const result = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ editorialId: RULES_ID }), ConsistentRead: true }));
    if (!result.Item) return { rules: { rules: [] }, version: 0 };
    const item = unmarshall(result.Item) as RulesItem;
    return { rules: { rules: item.rules ?? [] }, version: item.version, updatedAt: item.updatedAt };
  }

  async saveRules(rules: ClassifierRules, expectedVersion: number, at: string): Promise<boolean> {
    const item: RulesItem = { editorialId: RULES_ID, kind: 'rules', version: expectedVersion + 1, rules: [...rules.rules], updatedAt: at };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(item, { removeUndefinedValues: true }),
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(editorialId)' }
            : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: marshall({ ':expected': expectedVersion }) }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
