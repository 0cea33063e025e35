/**
 * The public archive and the feeds out: sent editions at /archive/<region>/<week>, and each
 * region's RSS and JSON Feed, on the same HTTP API as the subscriber pages.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';
import { EDITIONS_TABLE, STORIES_TABLE } from '../functions/adapters/dynamo/table-schema.js';
import { ENV } from '../functions/config/env.js';
import { bindTable, handlerEntry, NewsdeskFunction, type LogLevel } from './newsdesk-function.js';
import type { Storage } from './storage.js';

export const ARCHIVE_ROUTES = ['/archive', '/archive/{region}', '/archive/{region}/{week}', '/feeds/{file}', '/stories/{id}', '/privacy', '/search'] as const;

export interface ArchiveProps {
  readonly storage: Storage;
  readonly httpApi: HttpApi;
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
