import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { VALIDATION_REPORT_FILE } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './newsdesk-synth.js';

interface ValidationReport {
  pluginReports: { pluginName: string; conclusion: string; violations: { ruleName: string; severity: string }[] }[];
}

let app: App;
let synthFailure: unknown;
let outdir: string;
beforeAll(() => {
  ({ app } = buildApp());
  outdir = app.outdir;
  try {
    app.synth();
  } catch (error) {
    // Kept, not rethrown: the test below shows the cdk-nag report it carries.
    synthFailure = error;
  }
});

describe('cdk-nag AWS Solutions checks', () => {
  it('let the synth through: no unacknowledged finding', () => {
    expect(synthFailure).toBeUndefined();
  });

  it('leave nothing in the validation report that synth writes', () => {
    const report = JSON.parse(readFileSync(path.join(outdir, VALIDATION_REPORT_FILE), 'utf8')) as ValidationReport;
    const findings = report.pluginReports.flatMap((pluginReport) =>
      pluginReport.violations.map((violation) => `${pluginReport.pluginName}: ${violation.severity} ${violation.ruleName}`),
    );
    expect(findings).toEqual([]);
  });

  it('find neither an error nor a warning when run on the app directly', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((violation) => `${violation.severity} ${violation.ruleName}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledge each finding with a reason someone can check', () => {
    const acknowledgements = app.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>));
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [ruleId, reason] of acknowledgements) {
      expect(ruleId).toMatch(/AwsSolutions-[A-Z]+\d+/);
      expect(reason.length, `reason for ${ruleId}`).toBeGreaterThan(60);
    }
  });

  it('would catch a queue without a dead-letter queue and a wildcard grant (the checks are live)', () => {
    // Prepare: the same checks on a small app with two known faults.
    const faultyApp = new App();
    const stack = new Stack(faultyApp, 'Faulty');
    new Queue(stack, 'Orphan', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
    new Role(stack, 'Greedy', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(
      new PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }),
    );
    // Act
    const report = new AwsSolutionsChecks().validateScope(faultyApp);
    // Assess
    const errors = report.violations.filter((violation) => violation.severity === 'error').map((violation) => violation.ruleName);
    expect(errors).toEqual(expect.arrayContaining(['AwsSolutions-SQS3', 'AwsSolutions-IAM5[Action::dynamodb:*]', 'AwsSolutions-IAM5[Resource::*]']));
  });
});
