import { describe, expect, it } from 'vitest';
import { refusalReasonFor } from '../../../functions/adapters/http/address-policy.js';
import { parseRetryAfter } from '../../../functions/adapters/http/retry-after.js';

describe('refusalReasonFor', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.9', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['169.254.10.10', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['fc00::1', 'unique-local'],
    ['::ffff:8.8.8.8', 'IPv4-mapped'],
    ['::ffff:127.0.0.1', 'IPv4-mapped'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['not-an-address', 'not an IP address'],
  ])('refuses %s (%s)', (address, why) => {
    expect(refusalReasonFor(address)).toContain(why);
  });

  it('allows public unicast addresses', () => {
    expect(refusalReasonFor('93.184.216.34')).toBeUndefined();
    expect(refusalReasonFor('2606:2800:220:1:248:1893:25c8:1946')).toBeUndefined();
  });

  it('opens loopback in test mode, and nothing else', () => {
    expect(refusalReasonFor('127.0.0.1', { allowLoopback: true })).toBeUndefined();
    expect(refusalReasonFor('::1', { allowLoopback: true })).toBeUndefined();
    expect(refusalReasonFor('169.254.169.254', { allowLoopback: true })).toContain('metadata');
    expect(refusalReasonFor('10.0.0.1', { allowLoopback: true })).toContain('private');
    expect(refusalReasonFor('::ffff:127.0.0.1', { allowLoopback: true })).toContain('IPv4-mapped');
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Thu, 01 Jan 2026 01:00:00 GMT', now)).toBe(3600);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
