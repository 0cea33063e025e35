/**
 * Synthesises the Newsdesk app the way `cdk synth` does (same entry, same cdk.json context,
 * cdk-nag attached) into a temporary directory, and helps tests read the result. The app is two
 * stacks (stateful and stateless); `template` and `resources` read them as one, each import of
 * the stateful stack's export replaced by the value exported, so a question about the whole
 * deployment ("which tables may this function read?") reads as it would in one stack.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { IConstruct } from 'constructs';
import { afterAll } from 'vitest';
import { buildNewsdeskApp } from '../../lib/newsdesk-app.js';
import type { NewsdeskStack } from '../../lib/newsdesk-stack.js';
import type { NewsdeskStatefulStack } from '../../lib/newsdesk-stateful-stack.js';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface SynthesisedNewsdesk {
  readonly app: App;
  /** The stateless stack (its `storage`, `mail` and `editorAuth` are the stateful stack's). */
  readonly stack: NewsdeskStack;
  readonly stateful: NewsdeskStatefulStack;
  /** Each stack's own template, as deployed. */
  readonly stackTemplates: { readonly stateful: StackTemplate; readonly stateless: StackTemplate };
  readonly assembly: CloudAssembly;
  readonly template: Template;
  /** The template as plain JSON, for questions `Template` cannot ask. */
  readonly resources: Record<string, CloudFormationResource>;
}

export interface StackTemplate {
  readonly Resources: Record<string, CloudFormationResource>;
  readonly Outputs?: Record<string, { Value: unknown; Export?: { Name: string } }>;
}

export interface CloudFormationResource {
  readonly Type: string;
  readonly Properties?: Record<string, any>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export interface SynthOptions {
  /**
   * Bundle the handlers with esbuild. Off by default: most tests ask about the template, and
   * skipping the bundling makes each synth take a second instead of several.
   */
  readonly bundle?: boolean;
  readonly context?: Record<string, unknown>;
}

/** The context of cdk.json, so tests see the feature flags and defaults `cdk synth` sees. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(path.join(repositoryRoot, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

/** Cloud assemblies of the test file that imports this module, removed after its tests. */
const outputDirectories: string[] = [];
afterAll(() => {
  for (const directory of outputDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** Builds the app and lets the caller synthesise it (and see a failed validation). */
export function buildApp(options: SynthOptions = {}): { app: App; stack: NewsdeskStack; stateful: NewsdeskStatefulStack } {
  const outdir = mkdtempSync(path.join(tmpdir(), 'newsdesk-cdk-'));
  outputDirectories.push(outdir);
  const app = new App({
    outdir,
    context: {
      ...cdkJsonContext(),
      // An empty list of stacks to bundle makes every function use a placeholder asset.
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      ...options.context,
    },
  });
  return { app, ...buildNewsdeskApp(app) };
}

/** The stateful stack's exports of the last synth, so rendered tokens read as `template` does. */
let lastExports: ReadonlyMap<string, unknown> = new Map();

/** `value` with every `Fn::ImportValue` of a known export replaced by what was exported. */
function withImportsResolved(value: unknown, exported: ReadonlyMap<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => withImportsResolved(item, exported));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1 && entries[0][0] === 'Fn::ImportValue' && typeof entries[0][1] === 'string' && exported.has(entries[0][1])) {
      return exported.get(entries[0][1]);
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, withImportsResolved(item, exported)]));
  }
  return value;
}

/** Synthesises once; throws with the cdk-nag report when a check fails. */
export function synthNewsdesk(options: SynthOptions = {}): SynthesisedNewsdesk {
  const { app, stack, stateful } = buildApp(options);
  const assembly = app.synth();
  const statefulJson = assembly.getStackByName(stateful.stackName).template as StackTemplate;
  const statelessJson = assembly.getStackByName(stack.stackName).template as StackTemplate;
  const exported = new Map(Object.values(statefulJson.Outputs ?? {}).flatMap((output) => (output.Export ? [[output.Export.Name, output.Value] as const] : [])));
  lastExports = exported;
  const stateless = withImportsResolved(statelessJson, exported) as StackTemplate;
  const statefulOutputs = Object.fromEntries(Object.entries(statefulJson.Outputs ?? {}).filter(([, output]) => !output.Export));
  const merged = {
    Resources: { ...statefulJson.Resources, ...stateless.Resources },
    Outputs: { ...statefulOutputs, ...stateless.Outputs },
  };
  return {
    app,
    stack,
    stateful,
    stackTemplates: { stateful: statefulJson, stateless: statelessJson },
    assembly,
    template: Template.fromJSON(merged),
    resources: merged.Resources,
  };
}

/** The logical id of a construct's CloudFormation resource. */
export function logicalIdOf(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId((construct.node.defaultChild ?? construct) as CfnElement);
}

/**
 * Renders a CloudFormation value as one readable string: `{ "Fn::GetAtt": ["Table", "Arn"] }`
 * becomes `Table.Arn`, `{ "Ref": "AWS::Region" }` becomes `{AWS::Region}`, joins are joined.
 */
export function renderValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const intrinsic = value as Record<string, any>;
    if ('Ref' in intrinsic) return `{${intrinsic.Ref}}`;
    if ('Fn::GetAtt' in intrinsic) return `${intrinsic['Fn::GetAtt'][0]}.${intrinsic['Fn::GetAtt'][1]}`;
    if ('Fn::Join' in intrinsic) {
      const [separator, parts] = intrinsic['Fn::Join'] as [string, unknown[]];
      return parts.map(renderValue).join(separator);
    }
  }
  return JSON.stringify(value);
}

/** Renders a value of the CDK (a token such as `table.tableArn`) as it appears in the template. */
export function renderToken(stack: NewsdeskStack, token: string): string {
  // After synth a token of the stateful stack resolves in this one to its import.
  return renderValue(withImportsResolved(stack.resolve(token), lastExports));
}

function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Everything a role may do: resource (rendered) → sorted actions, gathered over every policy
 * attached to the role. Throws on a Deny or a condition, which these tests do not expect.
 */
export function permissionsOfRole(resources: Record<string, CloudFormationResource>, roleLogicalId: string): Record<string, string[]> {
  const permissions: Record<string, Set<string>> = {};
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const attached = asList(resource.Properties?.Roles).some((role: any) => role?.Ref === roleLogicalId);
    if (!attached) continue;
    for (const statement of asList<any>(resource.Properties?.PolicyDocument?.Statement)) {
      if (statement.Effect !== 'Allow' || statement.Condition) throw new Error('unexpected statement shape');
      for (const target of asList(statement.Resource)) {
        const rendered = renderValue(target);
        permissions[rendered] ??= new Set();
        for (const action of asList<string>(statement.Action)) permissions[rendered].add(action);
      }
    }
  }
  return Object.fromEntries(Object.entries(permissions).map(([target, actions]) => [target, [...actions].sort()]));
}

/** The role a Lambda function runs as, by the function's logical id. */
export function roleOfFunction(resources: Record<string, CloudFormationResource>, functionLogicalId: string): string {
  const role = resources[functionLogicalId]?.Properties?.Role;
  if (!role?.['Fn::GetAtt']) throw new Error(`${functionLogicalId} has no role of its own`);
  return role['Fn::GetAtt'][0] as string;
}
