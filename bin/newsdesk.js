#!/usr/bin/env node
// The `newsdesk` command: runs the TypeScript entry point through tsx's loader.
import { register } from 'tsx/esm/api';

// Local tools run on Node 20; the Lambdas run on Node 24, so the SDK's Node 20 notice is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// A terminal wants the summary, not every structured log line and metric the Lambdas emit.
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
// A reader that stops early (`newsdesk parse-feed … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
register();
await import('./newsdesk.ts');
