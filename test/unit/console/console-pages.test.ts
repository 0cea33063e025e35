import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../functions/domain/classify/types.js';
import { highlightEvidence } from '../../../functions/web/console-pages.js';

const evidence = (term: string, offset: number, field: Evidence['field'] = 'summary'): Evidence => ({
  kind: 'jurisdiction',
  tag: 'HK',
  term,
  field,
  offset,
  rule: 'place:<b>HK</b>',
});

describe('evidence highlighted in a story', () => {
  it('marks each term where it stands and escapes everything around and inside it', () => {
    const text = '<img src=x onerror=alert(1)> The PCPD fined a Hong Kong firm';
    const marked = highlightEvidence(text, [evidence('PCPD', text.indexOf('PCPD')), evidence('Hong Kong', text.indexOf('Hong Kong'))], 'summary').markup;
    expect(marked).toBe(
      '&lt;img src=x onerror=alert(1)&gt; The <mark title="HK: place:&lt;b&gt;HK&lt;/b&gt;">PCPD</mark> fined a <mark title="HK: place:&lt;b&gt;HK&lt;/b&gt;">Hong Kong</mark> firm',
    );
  });

  it('ignores evidence from another field, past the end of the text, overlapping, or from an editor without a place', () => {
    const text = 'Regulator acts';
    const marked = highlightEvidence(
      text,
      [evidence('Regulator', 0, 'title'), evidence('acts', 40), evidence('Regulator', 0), evidence('gulat', 2), evidence('note', -1)],
      'summary',
    ).markup;
    expect(marked).toBe('<mark title="HK: place:&lt;b&gt;HK&lt;/b&gt;">Regulator</mark> acts');
  });
});
