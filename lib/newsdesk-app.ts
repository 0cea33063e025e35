/**
 * Builds the Newsdesk stacks (stateful, then the stateless one on top of it) into an app from the app's context, with the AWS Solutions checks
 * of cdk-nag attached. The CDK entry point and the infrastructure tests both call this, so the
 * tests check exactly what `cdk synth` produces.
 */
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { NewsdeskStack, requireHttpsUrl } from './newsdesk-stack.js';
import { NewsdeskStatefulStack } from './newsdesk-stateful-stack.js';

/** Context keys, set in cdk.json or with `cdk synth -c key=value`. */
export const CONTEXT = {
  mailDomain: 'newsdesk:mailDomain',
  publicBaseUrl: 'newsdesk:publicBaseUrl',
  alarmEmail: 'newsdesk:alarmEmail',
  /** Editors to invite to the console: a JSON list or comma-separated emails. */
  editors: 'newsdesk:editors',
} as const;

export interface NewsdeskStacks {
  readonly stateful: NewsdeskStatefulStack;
  readonly stack: NewsdeskStack;
}

export function buildNewsdeskApp(app: App): NewsdeskStacks {
  // Environment-agnostic unless the CLI knows the target account and region.
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
  const publicBaseUrl = requireHttpsUrl(requireContext(app, CONTEXT.publicBaseUrl));
  const stateful = new NewsdeskStatefulStack(app, 'NewsdeskData', {
    description: 'Newsdesk data: tables, subscriber key, SES identity, editors (retained)',
    env,
    mailDomain: requireContext(app, CONTEXT.mailDomain),
    publicBaseUrl,
    editors: listContext(app, CONTEXT.editors),
  });
  const stack = new NewsdeskStack(app, 'Newsdesk', {
    description: 'Newsdesk: privacy and AI-training news, tagged by jurisdiction, emailed as digests',
    env,
    storage: stateful.storage,
    mail: stateful.mail,
    editorAuth: stateful.editorAuth,
    publicBaseUrl,
    alarmEmail: optionalContext(app, CONTEXT.alarmEmail),
  });
  // Violations fail the synth; every acknowledgement sits next to its construct with a reason.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stack };
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
  if (typeof value === 'string')
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  throw new Error(`context ${key} must be a list of emails`);
}

function requireContext(app: App, key: string): string {
  const value = optionalContext(app, key);
  if (value === undefined) throw new Error(`missing context ${key}: set it in cdk.json or pass -c ${key}=...`);
  return value;
}
