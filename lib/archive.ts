/**
 * The public archive and the feeds out: sent editions at /archive/<region>/<week>, and each
 * region's RSS and JSON Feed, on the same HTTP API as the subscriber pages.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { HttpMethod, type CfnStage, type HttpApi, type HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';
import { EDITIONS_TABLE, STORIES_TABLE } from '../functions/adapters/dynamo/table-schema.js';
import { ENV } from '../functions/config/env.js';
import { bindTable, handlerEntry, NewsdeskFunction, type LogLevel } from './newsdesk-function.js';
import type { Storage } from './storage.js';

export const ARCHIVE_ROUTES = [
  '/archive',
  '/archive/{region}',
  '/archive/{region}/{week}',
  '/feeds/{file}',
  '/feeds/{region}/{file}',
  '/stories/{id}',
  '/privacy',
  '/search',
] as const;

/** The archive's own request budget, apart from the stage's: a crawl cannot use up sign-up's. */
export const DEFAULT_ARCHIVE_THROTTLE = { rateLimit: 20, burstLimit: 40 } as const;

export interface ArchiveProps {
  readonly storage: Storage;
  readonly httpApi: HttpApi;
  /** The stage whose route settings hold the archive's throttle. */
  readonly stage: HttpStage;
  /** @default DEFAULT_ARCHIVE_THROTTLE */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
  readonly publicBaseUrl: string;
  readonly logLevel?: LogLevel;
}

export class Archive extends Construct {
  readonly pages: NewsdeskFunction;

  constructor(scope: Construct, id: string, props: ArchiveProps) {
    super(scope, id);
    this.pages = new NewsdeskFunction(this, 'Pages', {
      entry: handlerEntry('archive-api'),
      description: 'Serves the archive of sent editions and the per-region RSS and JSON feeds',
      timeout: Duration.seconds(10),
      logLevel: props.logLevel,
      environment: { [ENV.publicBaseUrl]: props.publicBaseUrl },
    });
    bindTable(this.pages, props.storage.table(EDITIONS_TABLE), 'read');
    bindTable(this.pages, props.storage.table(STORIES_TABLE), 'read');

    const integration = new HttpLambdaIntegration('ArchiveIntegration', this.pages);
    const throttle = props.throttle ?? DEFAULT_ARCHIVE_THROTTLE;
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const path of ARCHIVE_ROUTES) {
      for (const method of ['GET', 'HEAD'])
        routeSettings[`${method} ${path}`] = { ThrottlingRateLimit: throttle.rateLimit, ThrottlingBurstLimit: throttle.burstLimit };
    }
    // The L2 stage has no route settings yet; the CloudFormation property is the documented one.
    (props.stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', routeSettings);
    for (const path of ARCHIVE_ROUTES) {
      for (const route of props.httpApi.addRoutes({ path, methods: [HttpMethod.GET, HttpMethod.HEAD], integration })) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: 'The archive and its feeds are public by design: they publish editions that have already been sent.',
        });
      }
    }
  }
}
