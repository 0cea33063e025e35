/**
 * The console's items in the Editorial table: the local editor account (`editor#<email>`),
 * sessions (`session#<hash of id>`), failed sign-in counters (`sign-in-failures#<key>#<window>`)
 * and the audit log (`audit#<at>#<random>`). Sessions and counters carry `expiresAt` (epoch
 * seconds) so the table's TTL removes them; reads check the expiry themselves, as TTL is lazy.
 */
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { randomBytes } from 'node:crypto';
import type { AuditEntry, AuditLog, ConsoleAuthStore, ConsoleSession, EditorAccount } from '../../domain/console/ports.js';

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export class DynamoConsoleStore implements ConsoleAuthStore, AuditLog {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  private async get(editorialId: string): Promise<Record<string, unknown> | undefined> {
    const result = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ editorialId }), ConsistentRead: true }));
    return result.Item ? unmarshall(result.Item) : undefined;
  }

  private async put(item: Record<string, unknown>, condition?: string): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(item, { removeUndefinedValues: true }),
        ...(condition ? { ConditionExpression: condition } : {}),
      }),
    );
  }

  async getAccount(email: string): Promise<EditorAccount | undefined> {
    const item = await this.get(`editor#${email}`);
    return item ? { email: item.email as string, passwordHash: item.passwordHash as string, createdAt: item.createdAt as string } : undefined;
  }

  async putAccount(account: EditorAccount): Promise<void> {
    await this.put({ editorialId: `editor#${account.email}`, kind: 'editor', ...account });
  }

  async putSession(session: ConsoleSession): Promise<void> {
    const { expiresAt, ...rest } = session;
    await this.put(
      { editorialId: `session#${session.idHash}`, kind: 'session', ...rest, sessionExpiresAt: expiresAt, expiresAt: epochSeconds(new Date(expiresAt)) },
      'attribute_not_exists(editorialId)',
    );
  }

  async getSession(idHash: string): Promise<ConsoleSession | undefined> {
    const item = await this.get(`session#${idHash}`);
    if (!item) return undefined;
    return {
      idHash: item.idHash as string,
      editor: item.editor as string,
      csrfToken: item.csrfToken as string,
      createdAt: item.createdAt as string,
      expiresAt: item.sessionExpiresAt as string,
    };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshall({ editorialId: `session#${idHash}` }) }));
  }

  async countFailures(key: string, windowStart: string): Promise<number> {
    const item = await this.get(`sign-in-failures#${key}#${windowStart}`);
    return (item?.failures as number | undefined) ?? 0;
  }

  async recordFailure(key: string, windowStart: string, expiresAt: Date): Promise<number> {
    // One atomic ADD, so concurrent guesses are all counted.
    const result = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ editorialId: `sign-in-failures#${key}#${windowStart}` }),
        UpdateExpression: 'ADD failures :one SET kind = :kind, expiresAt = :expires',
        ExpressionAttributeValues: marshall({ ':one': 1, ':kind': 'sign-in-failures', ':expires': epochSeconds(expiresAt) }),
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(result.Attributes?.failures?.N ?? 1);
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.put({ editorialId: `audit#${entry.at}#${randomBytes(6).toString('hex')}`, kind: 'audit', ...entry }, 'attribute_not_exists(editorialId)');
  }

  async listRecent(limit: number): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    // A scan: the log is read by editors now and then, never on a hot path.
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'begins_with(editorialId, :prefix)',
          ExpressionAttributeValues: marshall({ ':prefix': 'audit#' }),
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of page.Items ?? []) {
        const { editor, at, action, target, detail } = unmarshall(raw) as AuditEntry;
        entries.push({ editor, at, action, target, ...(detail === undefined ? {} : { detail }) });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return entries.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }
}
