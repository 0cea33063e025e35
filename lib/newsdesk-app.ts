/**
 * Builds the Newsdesk stack into an app from the app's context, with the AWS Solutions checks
 * of cdk-nag attached. The CDK entry point and the infrastructure tests both call this, so the
 * tests check exactly what `cdk synth` produces.
 */
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { NewsdeskStack } from './newsdesk-stack.js';

/** Context keys, set in cdk.json or with `cdk synth -c key=value`. */
export const CONTEXT = {
  mailDomain: 'newsdesk:mailDomain',
  publicBaseUrl: 'newsdesk:publicBaseUrl',
  alarmEmail: 'newsdesk:alarmEmail',
  /** Editors to invite to the console: a JSON list or comma-separated emails. */
  editors: 'newsdesk:editors',
} as const;

export function buildNewsdeskApp(app: App): NewsdeskStack {
  const stack = new NewsdeskStack(app, 'Newsdesk', {
    description: 'Newsdesk: privacy and AI-training news, tagged by jurisdiction, emailed as digests',
    // Environment-agnostic unless the CLI knows the target account and region.
    env: {
      account: process.env.CDK_DEFAULT_ACCOUNT,
      region: process.env.CDK_DEFAULT_REGION,
    },
    mailDomain: requireContext(app, CONTEXT.mailDomain),
    publicBaseUrl: requireContext(app, CONTEXT.publicBaseUrl),
    alarmEmail: optionalContext(app, CONTEXT.alarmEmail),
    editors: listContext(app, CONTEXT.editors),
  });
  // Violations fail the synth; every acknowledgement sits next to its construct with a reason.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}

function optionalContext(app: App, key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`context ${key} must be a string`);
  return value;
}

/** `-c newsdesk:editors=a@x.org,b@x.org` on the command line, or a JSON list in cdk.json. */
function listContext(app: App, key: string): string[] {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === '') return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map((item) => item.trim());
  if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter(Boolean);
  throw new Error(`context ${key} must be a list of emails`);
}

function requireContext(app: App, key: string): string {
  const value = optionalContext(app, key);
  if (value === undefined) throw new Error(`missing context ${key}: set it in cdk.json or pass -c ${key}=...`);
  return value;
}
