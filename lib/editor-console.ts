/**
 * The editor console: one function behind `/console` and `/console/{proxy+}` on the HTTP API,
 * with the tables and actions its pages use and no more. The console checks its own session on
 * every request (a cookie session cannot be checked by an API Gateway JWT authorizer).
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';
import { EDITIONS_TABLE, EDITORIAL_TABLE, FEEDS_TABLE, STORIES_TABLE, SUBSCRIBERS_TABLE } from '../functions/adapters/dynamo/table-schema.js';
import { ENV } from '../functions/config/env.js';
import { digestSettingsEnvironment, type DigestSettings } from './delivery.js';
import type { EditorAuth } from './editor-auth.js';
import type { Mail } from './mail.js';
import { bindTable, handlerEntry, NewsdeskFunction, type LogLevel } from './newsdesk-function.js';
import type { Storage } from './storage.js';

export const CONSOLE_ROUTE_PATHS = ['/console', '/console/{proxy+}'] as const;

export interface EditorConsoleProps {
  readonly storage: Storage;
  readonly mail: Mail;
  readonly httpApi: HttpApi;
  readonly editorAuth: EditorAuth;
  readonly publicBaseUrl: string;
  /** The same settings as delivery's, so the console's draft is the edition that will be sent. */
  readonly digestSettings?: DigestSettings;
  readonly logLevel?: LogLevel;
}

export class EditorConsole extends Construct {
  readonly pages: NewsdeskFunction;
  readonly routes: HttpRoute[];

  constructor(scope: Construct, id: string, props: EditorConsoleProps) {
    super(scope, id);
    const { storage } = props;
    this.pages = new NewsdeskFunction(this, 'Pages', {
      entry: handlerEntry('console-api'),
      description: "Serves the editor console: the week's editions, curation, corrections, alerts, feeds",
      timeout: Duration.seconds(15),
      logLevel: props.logLevel,
      environment: { [ENV.publicBaseUrl]: props.publicBaseUrl, ...digestSettingsEnvironment(props.digestSettings) },
    });
    // Corrections and alert flags write stories; curation and approval write editions.
    bindTable(this.pages, storage.table(STORIES_TABLE), 'readWrite');
    bindTable(this.pages, storage.table(EDITIONS_TABLE), 'readWrite');
    // Sessions are deleted on sign-out; the correction log, the audit log and rules are written.
    bindTable(this.pages, storage.table(EDITORIAL_TABLE), 'readWriteDelete');
    // Disabling a feed writes its state.
    bindTable(this.pages, storage.table(FEEDS_TABLE), 'readWrite');
    // Counts per region and topic only; the pages never show an address.
    bindTable(this.pages, storage.table(SUBSCRIBERS_TABLE), 'read');
    // A test of the digest goes to the signed-in editor.
    props.mail.bindSender(this.pages);
    props.editorAuth.bindSignIn(this.pages);

    const integration = new HttpLambdaIntegration('ConsoleIntegration', this.pages);
    this.routes = CONSOLE_ROUTE_PATHS.flatMap((path) => props.httpApi.addRoutes({ path, methods: [HttpMethod.GET, HttpMethod.POST], integration }));
    for (const route of this.routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'The console authorises every request itself: a server-side session from the Cognito sign-in, checked before any page or action, with a CSRF token on every POST. An API Gateway JWT authorizer cannot read a cookie session.',
      });
    }
  }
}
