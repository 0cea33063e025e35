import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERIES_TABLE, SUBSCRIBERS_TABLE } from '../../functions/adapters/dynamo/table-schema.js';
import { ENV } from '../../functions/config/env.js';
import { SUBSCRIBER_ROUTES } from '../../functions/web/routes.js';
import { Mail } from '../../lib/mail.js';
import { SUBSCRIBER_HASH_KEY_SECRET_ARN, Storage } from '../../lib/storage.js';
import { DEFAULT_API_THROTTLE, SubscriberApi } from '../../lib/subscriber-api.js';
import { cdkJsonContext, logicalIdOf, permissionsOfRole, renderValue, roleOfFunction, type CloudFormationResource } from './newsdesk-synth.js';

/** The subscriber construct in a stack of its own, with storage and mail, checked by cdk-nag. */
let stack: Stack;
let api: SubscriberApi;
let storage: Storage;
let mail: Mail;
let template: Template;
let resources: Record<string, CloudFormationResource>;
let synthFailure: unknown;

beforeAll(() => {
  const app = new App({
    outdir: mkdtempSync(path.join(tmpdir(), 'newsdesk-subscriber-cdk-')),
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] },
  });
  stack = new Stack(app, 'SubscriberApiTest');
  storage = new Storage(stack, 'Storage');
  mail = new Mail(stack, 'Mail', { mailDomain: 'newsdesk.example.com' });
  api = new SubscriberApi(stack, 'Subscribers', { storage, mail, publicBaseUrl: 'https://newsdesk.example.com' });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  try {
    const assembly = app.synth();
    const json = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, CloudFormationResource> };
    template = Template.fromJSON(json);
    resources = json.Resources;
  } catch (error) {
    synthFailure = error;
  }
});

const rendered = (token: string) => renderValue(stack.resolve(token));

const environmentOf = (fn: SubscriberApi['pages']) =>
  Object.fromEntries(
    Object.entries((resources[logicalIdOf(fn)].Properties!.Environment?.Variables ?? {}) as Record<string, unknown>).map(([k, v]) => [k, renderValue(v)]),
  );

describe('the subscriber HTTP API', () => {
  it('synthesises with no unacknowledged cdk-nag finding', () => {
    expect(synthFailure).toBeUndefined();
  });

  it('has a route for each page and method, all served by the pages function', () => {
    const expected = SUBSCRIBER_ROUTES.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`)).sort();
    const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((route) => route.Properties.RouteKey as string);
    expect(routeKeys.sort()).toEqual(expected);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [logicalIdOf(api.pages), 'Arn'] },
    });
  });

  it('throttles the default stage and writes access logs without query strings or client addresses', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: DEFAULT_API_THROTTLE.rateLimit, ThrottlingBurstLimit: DEFAULT_API_THROTTLE.burstLimit },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [logicalIdOf(api.accessLogs), 'Arn'] }, Format: Match.anyValue() },
    });
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const format = stage.Properties.AccessLogSettings.Format as string;
    expect(JSON.parse(format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status', path: '$context.path' });
    expect(format).not.toMatch(/sourceIp|querystring|userAgent/i);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('gives the pages function the base URL, the hash key secret, and item access to its two tables only', () => {
    expect(environmentOf(api.pages)).toMatchObject({
      [ENV.publicBaseUrl]: 'https://newsdesk.example.com',
      [SUBSCRIBER_HASH_KEY_SECRET_ARN]: rendered(storage.subscriberHashKey.secretArn),
      [ENV.subscribersTable]: rendered(storage.table(SUBSCRIBERS_TABLE).table.tableName),
      [ENV.deliveriesTable]: rendered(storage.table(DELIVERIES_TABLE).table.tableName),
    });
    expect(environmentOf(api.pages)).not.toHaveProperty(ENV.subscriberHashKey);
    const permissions = permissionsOfRole(resources, roleOfFunction(resources, logicalIdOf(api.pages)));
    const subscribers = rendered(storage.table(SUBSCRIBERS_TABLE).table.tableArn);
    expect(permissions[subscribers]).toEqual(
      ['dynamodb:BatchGetItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:UpdateItem'].sort(),
    );
    expect(Object.values(permissions).flat()).not.toContain('dynamodb:*');
    expect(Object.values(permissions).flat()).toContain('ses:SendEmail');
  });
});

describe('bounces and complaints', () => {
  it('are published by the configuration set to EventBridge', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: logicalIdOf(mail.configurationSet) },
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint']),
        EventBridgeDestination: Match.anyValue(),
      }),
    });
  });

  it('reach the SES events function through a rule kept to this configuration set, with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complained'],
        detail: { mail: { tags: { 'ses:configuration-set': [{ Ref: logicalIdOf(mail.configurationSet) }] } } },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalIdOf(api.sesEvents), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalIdOf(api.feedbackDeadLetters), 'Arn'] } },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalIdOf(api.sesEvents) },
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(api.feedbackDeadLetters), 'Arn'] } } },
    });
  });

  it('can only be written to the Subscribers table by the SES events function: no delete, no email', () => {
    const permissions = permissionsOfRole(resources, roleOfFunction(resources, logicalIdOf(api.sesEvents)));
    const actions = Object.values(permissions).flat();
    expect(actions).not.toContain('dynamodb:DeleteItem');
    expect(actions.some((action) => action.startsWith('ses:'))).toBe(false);
    const deliveries = rendered(storage.table(DELIVERIES_TABLE).table.tableArn);
    expect(permissions[deliveries]).toBeUndefined();
  });
});
