/** An invocation that recorded no metric publishes nothing, and so writes no warning to the function's log. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metrics, publishMetrics } from '../../../functions/metrics.js';

function capturedOutput(run: () => void): string {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
  try {
    run();
  } finally {
    out.mockRestore();
    err.mockRestore();
    warn.mockRestore();
  }
  return written.join('');
}

describe('publishing an invocation’s metrics', () => {
  afterEach(() => metrics.clearMetrics());

  it('writes nothing when nothing was recorded, where publishing the empty store writes a warning', () => {
    expect(capturedOutput(() => metrics.publishStoredMetrics())).toContain('No application metrics to publish');
    expect(capturedOutput(() => publishMetrics())).toBe('');
  });
});
