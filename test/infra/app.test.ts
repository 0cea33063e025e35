import { describe, expect, it } from 'vitest';
import { buildApp, cdkJsonContext } from './newsdesk-synth.js';

describe('the app reads its settings from the context', () => {
  it('sends from the mail domain and links to the public address of cdk.json by default', () => {
    const { stack } = buildApp();
    expect(stack.stackName).toBe('Newsdesk');
    expect(stack.mail.fromAddress).toBe(`digest@${String(cdkJsonContext()['newsdesk:mailDomain'])}`);
  });

  it('refuses to build without a mail domain, naming the context key', () => {
    expect(() => buildApp({ context: { 'newsdesk:mailDomain': '' } })).toThrow(/newsdesk:mailDomain/);
  });

  it('refuses a public address that is not https, since every email link would be insecure', () => {
    expect(() => buildApp({ context: { 'newsdesk:publicBaseUrl': 'http://newsdesk.example.com' } })).toThrow(/https/);
    expect(() => buildApp({ context: { 'newsdesk:publicBaseUrl': 'newsdesk.example.com' } })).toThrow(/absolute URL/);
  });
});
