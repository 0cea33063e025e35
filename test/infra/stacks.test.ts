import { beforeAll, describe, expect, it } from 'vitest';
import { synthNewsdesk, type SynthesisedNewsdesk } from './newsdesk-synth.js';

/** Resource types that hold data or identity: replacing one loses subscribers, mail reputation or editors. */
const STATEFUL_TYPES = [
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::SecretsManager::Secret',
  'AWS::SES::EmailIdentity',
  'AWS::SES::ConfigurationSet',
  'AWS::Cognito::UserPool',
];

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  synthesised = synthNewsdesk();
});

describe('the stateful and stateless stacks', () => {
  it('puts every table, the key, the SES identity and set and the user pool in the stateful stack', () => {
    const types = new Set(Object.values(synthesised.stackTemplates.stateful.Resources).map((resource) => resource.Type));
    for (const type of STATEFUL_TYPES.filter((type) => type !== 'AWS::DynamoDB::GlobalTable')) expect(types, type).toContain(type);
  });

  it('retains everything in the stateful stack on delete and on replacement, tables and user pool protected too', () => {
    const resources = Object.entries(synthesised.stackTemplates.stateful.Resources);
    expect(resources.length).toBeGreaterThan(5);
    for (const [id, resource] of resources) {
      expect({ id, deletion: resource.DeletionPolicy, replace: resource.UpdateReplacePolicy }).toEqual({ id, deletion: 'Retain', replace: 'Retain' });
      if (resource.Type === 'AWS::DynamoDB::Table' || resource.Type === 'AWS::Cognito::UserPool') {
        expect(resource.Properties?.DeletionProtectionEnabled ?? resource.Properties?.DeletionProtection, id).toBeTruthy();
      }
    }
    expect(synthesised.stateful.terminationProtection).toBe(true);
  });

  it('keeps nothing stateful in the stateless stack, which reaches the data only through imports', () => {
    const stateless = Object.values(synthesised.stackTemplates.stateless.Resources);
    expect(stateless.filter((resource) => STATEFUL_TYPES.includes(resource.Type)).map((resource) => resource.Type)).toEqual([]);
    expect(JSON.stringify(synthesised.stackTemplates.stateless)).toContain('Fn::ImportValue');
    // The dependency runs one way: the data stack never refers to the code.
    expect(JSON.stringify(synthesised.stackTemplates.stateful)).not.toContain('Fn::ImportValue');
    expect(synthesised.stack.dependencies.map((stack) => stack.stackName)).toEqual([synthesised.stateful.stackName]);
  });
});
