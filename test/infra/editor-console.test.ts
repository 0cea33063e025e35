import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS_TABLE, EDITORIAL_TABLE, FEEDS_TABLE, STORIES_TABLE, SUBSCRIBERS_TABLE } from '../../functions/adapters/dynamo/table-schema.js';
import { ENV } from '../../functions/config/env.js';
import { EditorAuth } from '../../lib/editor-auth.js';
import { EditorConsole } from '../../lib/editor-console.js';
import { Mail } from '../../lib/mail.js';
import { Storage } from '../../lib/storage.js';
import { SubscriberApi } from '../../lib/subscriber-api.js';
import { cdkJsonContext, logicalIdOf, permissionsOfRole, renderValue, roleOfFunction, type CloudFormationResource } from './newsdesk-synth.js';

/** The editors' pool and the console in a stack of their own, beside the HTTP API they join, checked by cdk-nag. */
let stack: Stack;
let auth: EditorAuth;
let editorConsole: EditorConsole;
let subscriberApi: SubscriberApi;
let storage: Storage;
let template: Template;
let resources: Record<string, CloudFormationResource>;
let synthFailure: unknown;
const BASE = 'https://newsdesk.example.com';

beforeAll(() => {
  const app = new App({ outdir: mkdtempSync(path.join(tmpdir(), 'newsdesk-console-cdk-')), context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  stack = new Stack(app, 'EditorConsoleTest');
  storage = new Storage(stack, 'Storage');
  const mail = new Mail(stack, 'Mail', { mailDomain: 'newsdesk.example.com' });
  subscriberApi = new SubscriberApi(stack, 'Subscribers', { storage, mail, publicBaseUrl: BASE });
  auth = new EditorAuth(stack, 'EditorAuth', { publicBaseUrl: BASE, editors: ['Ada@Desk.example', 'bo@desk.example'] });
  editorConsole = new EditorConsole(stack, 'EditorConsole', {
    storage,
    mail,
    httpApi: subscriberApi.httpApi,
    editorAuth: auth,
    publicBaseUrl: BASE,
    digestSettings: { heldRegions: ['hk'] },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  try {
    const json = app.synth().getStackByName(stack.stackName).template as { Resources: Record<string, CloudFormationResource> };
    template = Template.fromJSON(json);
    resources = json.Resources;
  } catch (error) {
    synthFailure = error;
  }
});

const rendered = (token: string) => renderValue(stack.resolve(token));

describe("the editors' user pool", () => {
  it('synthesises with no unacknowledged cdk-nag finding', () => {
    expect(synthFailure).toBeUndefined();
  });

  it('lets nobody sign up, offers TOTP MFA, asks for strong passwords, and is kept and protected from deletion', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: { PasswordPolicy: { MinimumLength: 14, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true } },
      DeletionProtection: 'ACTIVE',
      UsernameAttributes: ['email'],
    });
    const pool = Object.values(template.findResources('AWS::Cognito::UserPool'))[0];
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('has a public app client for the code flow, returning only to the console callback', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: [`${BASE}/console/callback`],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
    });
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });

  it('invites each editor of the context list by email, with the address as a verified username', () => {
    const users = Object.values(template.findResources('AWS::Cognito::UserPoolUser')).map((user) => user.Properties);
    expect(users.map((user) => user.Username).sort()).toEqual(['ada@desk.example', 'bo@desk.example']);
    for (const user of users) {
      expect(user.DesiredDeliveryMediums).toEqual(['EMAIL']);
      expect(user.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' });
    }
  });

  it('refuses an editor entry that is not an email', () => {
    const other = new Stack(new App(), 'Bad');
    expect(() => new EditorAuth(other, 'EditorAuth', { publicBaseUrl: BASE, editors: ['not-an-email'] })).toThrow('not an email address');
  });
});

describe('the console function', () => {
  it('serves GET and POST on /console and /console/{proxy+}, and nothing else routes to it', () => {
    const consoleArn = { 'Fn::GetAtt': [logicalIdOf(editorConsole.pages), 'Arn'] };
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    const consoleIntegrations = Object.entries(integrations)
      .filter(([, i]) => JSON.stringify(i.Properties.IntegrationUri) === JSON.stringify(consoleArn))
      .map(([id]) => id);
    expect(consoleIntegrations).toHaveLength(1);
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => ({
      key: r.Properties.RouteKey as string,
      target: renderValue(r.Properties.Target),
    }));
    const consoleRoutes = routes.filter((r) => r.key.includes(' /console'));
    expect(consoleRoutes.map((r) => r.key).sort()).toEqual(['GET /console', 'GET /console/{proxy+}', 'POST /console', 'POST /console/{proxy+}']);
    for (const route of consoleRoutes) expect(route.target).toBe(`integrations/{${consoleIntegrations[0]}}`);
    for (const route of routes.filter((r) => !r.key.includes(' /console'))) expect(route.target).not.toBe(`integrations/{${consoleIntegrations[0]}}`);
  });

  it('knows where editors sign in and which regions are held', () => {
    const variables = Object.fromEntries(
      Object.entries(resources[logicalIdOf(editorConsole.pages)].Properties!.Environment.Variables as Record<string, unknown>).map(([k, v]) => [
        k,
        renderValue(v),
      ]),
    );
    expect(variables).toMatchObject({
      [ENV.publicBaseUrl]: BASE,
      [ENV.digestHeldRegions]: 'hk',
      [ENV.editorUserPoolId]: rendered(auth.userPool.userPoolId),
      [ENV.editorClientId]: rendered(auth.client.userPoolClientId),
    });
    expect(variables[ENV.editorSignInDomain]).toContain('amazoncognito.com');
  });

  it('may write only what its pages change, delete only on the Editorial table, and only read subscribers', () => {
    const permissions = permissionsOfRole(resources, roleOfFunction(resources, logicalIdOf(editorConsole.pages)));
    const arn = (schema: typeof STORIES_TABLE) => rendered(storage.table(schema).table.tableArn);
    const readWrite = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:UpdateItem'];
    expect(permissions[arn(STORIES_TABLE)]).toEqual(readWrite);
    expect(permissions[arn(EDITIONS_TABLE)]).toEqual(readWrite);
    expect(permissions[arn(FEEDS_TABLE)]).toEqual(readWrite);
    expect(permissions[arn(EDITORIAL_TABLE)]).toEqual([...readWrite, 'dynamodb:DeleteItem'].sort());
    expect(permissions[arn(SUBSCRIBERS_TABLE)]).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan']);
    const actions = Object.values(permissions).flat();
    expect(actions).not.toContain('dynamodb:*');
    expect(actions.filter((action) => action.startsWith('cognito'))).toEqual([]);
  });
});
