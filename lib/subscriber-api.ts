/**
 * The subscriber side: the HTTP API that serves the subscriber pages (throttled, with access
 * logs that hold neither query strings nor client addresses), and the SES event destination
 * whose bounces and complaints reach the function that suppresses addresses.
 */
import { CfnOutput, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogField, AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DELIVERIES_TABLE, EDITIONS_TABLE, STORIES_TABLE, SUBSCRIBERS_TABLE } from '../functions/adapters/dynamo/table-schema.js';
import { ENV } from '../functions/config/env.js';
import { SUBSCRIBER_ROUTES } from '../functions/web/routes.js';
import type { Mail } from './mail.js';
import { bindTable, handlerEntry, NewsdeskFunction, type LogLevel } from './newsdesk-function.js';
import type { Storage } from './storage.js';

export interface ApiThrottle {
  /** Steady requests per second across the API. */
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/** Enough for a newsletter's pages; a flood is refused by API Gateway before it costs anything. */
export const DEFAULT_API_THROTTLE: ApiThrottle = { rateLimit: 25, burstLimit: 50 };

export interface SubscriberApiProps {
  readonly storage: Storage;
  readonly mail: Mail;
  /** The https address the pages are served at; links in emails start with it. */
  readonly publicBaseUrl: string;
  /** @default DEFAULT_API_THROTTLE */
  readonly throttle?: ApiThrottle;
  /**
   * Concurrency reserved for (and capping) the subscriber pages, sign-up among them: a flood of
   * sign-ups takes at most this many of the account's executions, so sending and planning
   * always have theirs. The account must keep 100 unreserved. @default 20
   */
  readonly reservedConcurrency?: number;
  readonly logLevel?: LogLevel;
}

const METHODS: Record<'GET' | 'POST', HttpMethod> = { GET: HttpMethod.GET, POST: HttpMethod.POST };

export class SubscriberApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  readonly pages: NewsdeskFunction;
  readonly sesEvents: NewsdeskFunction;
  readonly feedbackRule: Rule;
  /** Bounce and complaint events the function failed on after its retries: redrive them. */
  readonly feedbackDeadLetters: Queue;

  constructor(scope: Construct, id: string, props: SubscriberApiProps) {
    super(scope, id);
    const { storage, mail } = props;

    this.pages = new NewsdeskFunction(this, 'Pages', {
      entry: handlerEntry('subscriber-api'),
      description: 'Serves the subscriber pages: sign-up, confirmation, preferences, unsubscribe, export and erasure',
      timeout: Duration.seconds(10),
      logLevel: props.logLevel,
      environment: { [ENV.publicBaseUrl]: props.publicBaseUrl },
      reservedConcurrentExecutions: props.reservedConcurrency ?? 20,
    });
    // Delete on both tables: erasure deletes the record and the deliveries, confirmation lifts a suppression.
    bindTable(this.pages, storage.table(SUBSCRIBERS_TABLE), 'readWriteDelete');
    bindTable(this.pages, storage.table(DELIVERIES_TABLE), 'readWriteDelete');
    // The sign-up page shows a sample edition: the latest edition, else the week's stories.
    bindTable(this.pages, storage.table(EDITIONS_TABLE), 'read', { scan: false });
    bindTable(this.pages, storage.table(STORIES_TABLE), 'read', { scan: false });
    storage.bindSubscriberHashKey(this.pages);
    mail.bindSender(this.pages);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Newsdesk subscriber pages',
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? DEFAULT_API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        // The path without its query string (links carry tokens) and no client address: enough
        // to see traffic, errors and latency, nothing that identifies a subscriber.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: AccessLogField.contextRequestId(),
            time: AccessLogField.contextRequestTime(),
            method: AccessLogField.contextHttpMethod(),
            path: AccessLogField.contextPath(),
            routeKey: AccessLogField.contextRouteKey(),
            status: AccessLogField.contextStatus(),
            responseLength: AccessLogField.contextResponseLength(),
            latencyMs: AccessLogField.contextResponseLatency(),
            integrationError: AccessLogField.contextIntegrationErrorMessage(),
          }),
        ),
      },
    });

    const integration = new HttpLambdaIntegration('PagesIntegration', this.pages);
    const routes: HttpRoute[] = SUBSCRIBER_ROUTES.flatMap((route) =>
      this.httpApi.addRoutes({ path: route.path, methods: route.methods.map((method) => METHODS[method]), integration }),
    );
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Public subscriber pages: sign-up is open to anyone, and every other page is authorised by the signed or ' +
          'single-use token in the link it was emailed as, which the function checks on each request.',
      });
    }

    this.sesEvents = new NewsdeskFunction(this, 'SesEvents', {
      entry: handlerEntry('ses-events'),
      description: 'Suppresses addresses after a permanent bounce or a complaint, and counts transient bounces',
      timeout: Duration.seconds(30),
      logLevel: props.logLevel,
    });
    bindTable(this.sesEvents, storage.table(SUBSCRIBERS_TABLE), 'readWrite');
    storage.bindSubscriberHashKey(this.sesEvents);

    this.feedbackDeadLetters = new Queue(this, 'FeedbackDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.feedbackDeadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself where failed bounce and complaint events end up (the on-failure destination of the ' +
        'SES events function and the dead-letter queue of its rule); nothing consumes it but an operator.',
    });
    this.sesEvents.configureAsyncInvoke({
      maxEventAge: Duration.hours(6),
      retryAttempts: 2,
      onFailure: new SqsDestination(this.feedbackDeadLetters),
    });

    // The configuration set (Mail) publishes its events to the default bus; the rule keeps to ours.
    this.feedbackRule = new Rule(this, 'BouncesAndComplaintsRule', {
      description: 'Bounces and complaints of Newsdesk email, to the function that suppresses addresses',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complained'],
        detail: { mail: { tags: { 'ses:configuration-set': [mail.configurationSet.configurationSetName] } } },
      },
      targets: [new LambdaFunction(this.sesEvents, { deadLetterQueue: this.feedbackDeadLetters, retryAttempts: 8, maxEventAge: Duration.hours(24) })],
    });

    new CfnOutput(this, 'SubscriberPagesUrl', {
      description: `The subscriber pages (point ${props.publicBaseUrl} here, e.g. through a custom domain)`,
      value: `${this.httpApi.apiEndpoint}/subscribe`,
    });
  }
}
