/**
 * The one Lambda function construct of Newsdesk, carrying the defaults every function shares,
 * and the helpers that set an environment variable and grant the matching IAM in one call.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, type ILocalBundling } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, Code, Function as LambdaFunction, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { EnvName } from '../functions/config/env.js';
import type { TableSchema } from '../functions/adapters/dynamo/table-schema.js';
import { bundleHandler } from './lambda-bundling.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** The source file of a Lambda handler, by its file name in `functions/handlers/`. */
export function handlerEntry(handlerName: string): string {
  return path.join(repositoryRoot, 'functions', 'handlers', `${handlerName}.ts`);
}

/** The newest Node.js runtime this aws-cdk-lib offers; the esbuild target follows it. */
export const NEWSDESK_RUNTIME = Runtime.NODEJS_24_X;

/** Powertools names; the functions' Logger and Metrics use the same values. */
export const SERVICE_NAME = 'newsdesk';
export const METRICS_NAMESPACE = 'Newsdesk';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

const APPLICATION_LOG_LEVELS: Record<LogLevel, ApplicationLogLevel> = {
  DEBUG: ApplicationLogLevel.DEBUG,
  INFO: ApplicationLogLevel.INFO,
  WARN: ApplicationLogLevel.WARN,
  ERROR: ApplicationLogLevel.ERROR,
};

export interface NewsdeskFunctionProps {
  /** Path of the handler's TypeScript file; see `handlerEntry`. */
  readonly entry: string;
  readonly description: string;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** @default 'INFO' */
  readonly logLevel?: LogLevel;
  /** @default one month: long enough to investigate an incident, short for personal data. */
  readonly logRetention?: RetentionDays;
  /** Plain, non-secret configuration; tables, queues and secrets go through the bind helpers. */
  readonly environment?: Readonly<Record<string, string>>;
  /** Executions kept for this function alone, and its ceiling. @default none reserved */
  readonly reservedConcurrentExecutions?: number;
}

/**
 * Bundles one handler with esbuild on this machine (lib/lambda-bundling.ts). The entry is a
 * property, not only a closure: the CDK caches staged assets by their bundling options, and
 * two functions must not share one bundle.
 */
class HandlerBundler implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    bundleHandler(this.entry, outputDir);
    return true;
  }
}

/**
 * The function's code, hashed by the bundle it produced, so a change to a dependency
 * redeploys and a change to an unrelated file does not. The CDK's NodejsFunction writes one
 * file; this writes beside it the chunks a handler imports lazily, which a cold start does not
 * load.
 */
function bundledCode(entry: string): Code {
  return Code.fromAsset(repositoryRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never used: esbuild is a dependency of this project and bundles locally, or synth fails.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24-slim'),
      local: new HandlerBundler(path.relative(repositoryRoot, entry)),
    },
  });
}

/**
 * A Node.js function bundled locally with esbuild as minified ES modules with source maps,
 * on ARM64, writing JSON logs to its own log group with a retention, with a role of its own
 * that starts with nothing but the right to write to that log group.
 */
export class NewsdeskFunction extends LambdaFunction {
  constructor(scope: Construct, id: string, props: NewsdeskFunctionProps) {
    const logLevel = props.logLevel ?? 'INFO';
    // Created beside the function because the function needs both at construction time.
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      // Operational logs that expire anyway; keeping them after the stack is gone helps no one.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of the basic execution managed policy: logs go to this group only.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the Newsdesk ${id} function`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      code: bundledCode(props.entry),
      handler: 'index.handler',
      description: props.description,
      runtime: NEWSDESK_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(30),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: APPLICATION_LOG_LEVELS[logLevel],
      systemLogLevelV2: SystemLogLevel.WARN,
      // Off: the functions carry no tracer, so active tracing would add cost and only show
      // the Lambda service segment. Logs with business ids and metrics cover the questions.
      tracing: Tracing.DISABLED,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: logLevel,
        ...props.environment,
      },
    });
  }
}

/** How much of a table a function may touch. */
export type TableAccess = 'read' | 'readWrite' | 'readWriteDelete';

/** Item-level actions only: no table management, no transactions (every write is one item). */
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan'];
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem'];
const DELETE_ACTIONS = ['dynamodb:DeleteItem'];

/** A table built from its schema: the schema names its environment variable and its indexes. */
export interface SchemaTable {
  readonly schema: TableSchema;
  readonly table: ITable;
}

/**
 * Gives the function the table's name under the schema's environment variable, and exactly
 * the item actions of `access` on that table and on the indexes the schema declares.
 */
export function bindTable(fn: NewsdeskFunction, { schema, table }: SchemaTable, access: TableAccess, options: { scan?: boolean } = {}): void {
  fn.addEnvironment(schema.envVar, table.tableName);
  const indexArns = schema.globalIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`);
  // `scan: false` for work that must cost what it touches, not the table's size (the hourly
  // digest path): a Scan there fails with AccessDenied instead of quietly growing the bill.
  const readActions = options.scan === false ? READ_ACTIONS.filter((action) => action !== 'dynamodb:Scan') : READ_ACTIONS;
  fn.addToRolePolicy(new PolicyStatement({ actions: readActions, resources: [table.tableArn, ...indexArns] }));
  if (access === 'read') return;
  const writeActions = access === 'readWriteDelete' ? [...WRITE_ACTIONS, ...DELETE_ACTIONS] : WRITE_ACTIONS;
  fn.addToRolePolicy(new PolicyStatement({ actions: writeActions, resources: [table.tableArn] }));
}

/** Gives the function the queue's URL under `envVar` and the right to send to that queue only. */
export function bindQueueSender(fn: NewsdeskFunction, queue: IQueue, envVar: EnvName): void {
  fn.addEnvironment(envVar, queue.queueUrl);
  // SendMessage also authorises SendMessageBatch; the URL is known, so no GetQueueUrl.
  fn.addToRolePolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
}
