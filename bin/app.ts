#!/usr/bin/env node
/**
 * The CDK app: `npx cdk synth` runs this through tsx (see cdk.json). Offline, skip the CLI's
 * version check too: `CDK_DISABLE_VERSION_CHECK=1 npx cdk synth --quiet`.
 */
import { App } from 'aws-cdk-lib';
import { buildNewsdeskApp } from '../lib/newsdesk-app.js';

const app = new App();
buildNewsdeskApp(app);
