/**
 * The story Newsdesk was conceived from, as saved from the web page (footer included). It is
 * third-party text, so it is read from ../shared/seed and never copied here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import type { ClassifyInput } from '../../../functions/domain/classify/types.js';
import { evidenceFor, expectEvidenceInText } from './support.js';

const seed = path.resolve(process.cwd(), '../shared/seed/hkfp-linkedin-ai-training.txt');
const exists = existsSync(seed);
if (!exists) console.warn('corpus tests skipped: ../shared/seed not found');

describe.skipIf(!exists)('the seed story (HKFP on LinkedIn and the PCPD)', () => {
  const [lead, ...rest] = exists ? readFileSync(seed, 'utf8').split('\n') : [''];
  const input: ClassifyInput = { title: lead, summary: '', body: rest.join('\n'), feed: { jurisdiction: 'HK', name: 'Hong Kong Free Press' } };
  const result = classifyStory(input);

  it('is in scope and about Hong Kong, not mainland China', () => {
    expect(result.inScope).toBe(true);
    expect(result.jurisdictions).toContain('HK');
    expect(result.jurisdictions).not.toContain('CN');
  });

  it('carries privacy, ai-training, consent and enforcement', () => {
    expect(result.topics).toEqual(expect.arrayContaining(['privacy', 'ai-training', 'consent', 'enforcement']));
  });

  it('shows the PCPD as evidence, pointing at the words in the text', () => {
    expect(evidenceFor(result, 'jurisdiction', 'HK').some((item) => item.term === 'PCPD')).toBe(true);
    expectEvidenceInText(input, result);
  });

  it('reads the same with the outlet unknown', () => {
    const anonymous = classifyStory({ ...input, feed: undefined });
    expect(anonymous.jurisdictions).toEqual(result.jurisdictions);
  });
});
