import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import {
  CorrectionError,
  applyCorrections,
  exportCorrectionsAsLabelled,
  promoteCorrection,
  type ClassifierRules,
  type CorrectableStory,
  type Correction,
} from '../../../functions/domain/classify/corrections.js';
import { loadLabelledStories } from '../../../functions/domain/classify/evaluate.js';
import type { ClassifyInput } from '../../../functions/domain/classify/types.js';
import { evidenceFor } from './support.js';

const shoreStory: ClassifyInput = {
  id: 'story-shore',
  title: 'Jersey Shore towns adopt licence-plate readers',
  summary:
    'Several Jersey Shore boroughs will install cameras that read licence plates, and privacy advocates warned the location data could be kept for years.',
};

describe('applyCorrections', () => {
  const base = classifyStory(shoreStory);

  it('starts from a plausible mistake: "Jersey Shore" read as the island of Jersey', () => {
    expect(base.inScope).toBe(true);
    expect(base.jurisdictions).toContain('JE');
  });

  it('applies an editor’s changes at once, in time order, each with evidence of who made it', () => {
    const corrections: Correction[] = [
      { storyId: 'story-shore', editor: 'mei', at: '2024-10-16T09:05:00Z', action: 'add-jurisdiction', jurisdiction: 'US-NJ', term: 'Jersey Shore' },
      {
        storyId: 'story-shore',
        editor: 'mei',
        at: '2024-10-16T09:00:00Z',
        action: 'remove-jurisdiction',
        jurisdiction: 'JE',
        term: 'Jersey Shore',
        note: 'New Jersey coast, not the island',
      },
      { storyId: 'story-shore', editor: 'sam', at: '2024-10-16T09:10:00Z', action: 'add-topic', topic: 'consent' },
    ];
    const corrected = applyCorrections(base, corrections);
    expect(corrected.jurisdictions).toEqual(['US-NJ']);
    expect(corrected.mentions).toContain('JE');
    expect(corrected.topics).toEqual(expect.arrayContaining(['privacy', 'consent']));
    const added = evidenceFor(corrected, 'jurisdiction', 'US-NJ');
    expect(added).toEqual([{ kind: 'jurisdiction', tag: 'US-NJ', term: 'Jersey Shore', field: 'title', offset: -1, rule: 'editor:mei' }]);
    expect(evidenceFor(corrected, 'jurisdiction', 'JE')).toEqual([expect.objectContaining({ rule: 'editor:mei', effect: 'removes' })]);
    expect(evidenceFor(corrected, 'topic', 'consent')).toEqual([expect.objectContaining({ rule: 'editor:sam' })]);
    // The input is left as it was.
    expect(base.jurisdictions).toContain('JE');
  });

  it('lets the later of two conflicting corrections win', () => {
    const corrected = applyCorrections(base, [
      { storyId: 'story-shore', editor: 'mei', at: '2024-10-16T10:00:00Z', action: 'add-topic', topic: 'children' },
      { storyId: 'story-shore', editor: 'sam', at: '2024-10-16T11:00:00Z', action: 'remove-topic', topic: 'children' },
    ]);
    expect(corrected.topics).not.toContain('children');
  });

  it('marks a story out of scope and empties its tags, keeping the scope evidence', () => {
    const corrected = applyCorrections(base, [
      { storyId: 'story-shore', editor: 'ana', at: '2024-10-16T09:00:00Z', action: 'mark-out-of-scope', note: 'traffic story' },
    ]);
    expect(corrected).toMatchObject({ inScope: false, score: 0, jurisdictions: [], mentions: [], topics: [] });
    expect(corrected.evidence.every((item) => item.kind === 'scope')).toBe(true);
    expect(evidenceFor(corrected, 'scope', 'out-of-scope').some((item) => item.rule === 'editor:ana')).toBe(true);
  });

  it('marks a story in scope with the privacy topic', () => {
    const missed = classifyStory({
      title: 'Browser settles incognito lawsuit',
      summary: 'The company will delete records of what users did in private browsing mode.',
    });
    const corrected = applyCorrections(missed, [{ storyId: 'x', editor: 'ana', at: '2024-10-16T09:00:00Z', action: 'mark-in-scope' }]);
    expect(corrected.inScope).toBe(true);
    expect(corrected.score).toBe(1);
    expect(corrected.topics).toContain('privacy');
  });
});

describe('promoteCorrection and ClassifierRules', () => {
  const removeJersey: Correction = {
    storyId: 'story-shore',
    editor: 'mei',
    at: '2024-10-16T09:00:00Z',
    action: 'remove-jurisdiction',
    jurisdiction: 'JE',
    term: 'Jersey Shore',
  };

  it('turns a correction into a rule naming the term, the target and where it came from', () => {
    expect(promoteCorrection(removeJersey)).toEqual({
      effect: 'suppress',
      term: 'Jersey Shore',
      target: { jurisdiction: 'JE' },
      editor: 'mei',
      storyId: 'story-shore',
      at: '2024-10-16T09:00:00Z',
    });
    expect(promoteCorrection({ ...removeJersey, action: 'add-topic', topic: 'children' }, 'under-13s')).toMatchObject({
      effect: 'signal',
      term: 'under-13s',
      target: { topic: 'children' },
    });
    expect(promoteCorrection({ storyId: 's', editor: 'e', at: '2024-01-01T00:00:00Z', action: 'mark-out-of-scope' }, 'privacy screen').target).toEqual({
      scope: 'out',
    });
  });

  it('refuses to promote a correction with no term', () => {
    expect(() => promoteCorrection({ storyId: 's', editor: 'e', at: '2024-01-01T00:00:00Z', action: 'add-jurisdiction', jurisdiction: 'HK' })).toThrow(
      CorrectionError,
    );
  });

  it('applies promoted rules to later stories: a term that must not signal, and one that must', () => {
    const rules: ClassifierRules = {
      rules: [promoteCorrection(removeJersey), promoteCorrection({ ...removeJersey, action: 'add-jurisdiction', jurisdiction: 'US-NJ' })],
    };
    const later: ClassifyInput = {
      title: 'Jersey Shore hotel chain hit by data breach',
      summary: 'Hackers stole the personal data of guests who booked rooms at the Jersey Shore resorts last summer.',
    };
    expect(classifyStory(later).jurisdictions).toContain('JE');
    const result = classifyStory(later, rules);
    expect(result.jurisdictions).toEqual(['US-NJ']);
    expect(evidenceFor(result, 'jurisdiction', 'US-NJ')[0].rule).toBe('editor-rule:mei/story-shore');
    // The island itself is still found when it is meant.
    expect(
      classifyStory(
        { title: 'Jersey regulator fines bank over data breach', summary: 'The Jersey Office of the Information Commissioner fined a bank in St Helier.' },
        rules,
      ).jurisdictions,
    ).toEqual(['JE']);
  });

  it('applies promoted topic and scope rules', () => {
    const rules: ClassifierRules = {
      rules: [
        promoteCorrection({ storyId: 'a', editor: 'sam', at: '2024-10-01T00:00:00Z', action: 'add-topic', topic: 'children' }, 'under-13s'),
        promoteCorrection({ storyId: 'b', editor: 'sam', at: '2024-10-01T00:00:00Z', action: 'mark-in-scope' }, 'shadow profiles'),
        promoteCorrection({ storyId: 'c', editor: 'sam', at: '2024-10-01T00:00:00Z', action: 'remove-topic', topic: 'breach' }, 'exposed'),
      ],
    };
    const kids = {
      title: 'App fined over under-13s accounts',
      summary: "The UK Information Commissioner's Office fined the app for collecting personal data from under-13s.",
    };
    expect(classifyStory(kids).topics).not.toContain('children');
    expect(classifyStory(kids, rules).topics).toContain('children');

    // Incognito browsing is a privacy cue of its own now: a term the classifier does not know shows the editor's rule.
    const shadow = {
      title: 'Social network settles shadow profiles lawsuit',
      summary: 'The company will stop keeping shadow profiles of people who never joined.',
    };
    expect(classifyStory(shadow).inScope).toBe(false);
    expect(classifyStory(shadow, rules).inScope).toBe(true);

    const exposed = {
      title: 'Report exposed failings at privacy regulator',
      summary: "An audit of the Information Commissioner's Office found delays in handling personal data complaints in the UK.",
    };
    expect(classifyStory(exposed, rules).topics).not.toContain('breach');
  });
});

describe('exportCorrectionsAsLabelled', () => {
  const directory = mkdtempSync(join(tmpdir(), 'newsdesk-labelled-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const stored: CorrectableStory = {
    ...classifyStory(shoreStory),
    storyId: 'story-shore',
    url: 'https://news.example/shore',
    source: 'Example News',
    title: shoreStory.title,
    summary: shoreStory.summary,
    publishedAt: '2024-10-15T22:30:00.000Z',
  };
  const untouched: CorrectableStory = { ...stored, storyId: 'story-other' };
  const corrections: Correction[] = [
    {
      storyId: 'story-shore',
      editor: 'mei',
      at: '2024-10-16T09:00:00Z',
      action: 'remove-jurisdiction',
      jurisdiction: 'JE',
      term: 'Jersey Shore',
      note: 'New Jersey coast',
    },
    { storyId: 'story-shore', editor: 'mei', at: '2024-10-16T09:01:00Z', action: 'add-jurisdiction', jurisdiction: 'US-NJ' },
  ];

  it('writes one labelled line per corrected story, in the evaluation set’s format', () => {
    const output = exportCorrectionsAsLabelled([stored, untouched], corrections);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]);
    expect(Object.keys(row).sort()).toEqual([
      'acceptable',
      'date',
      'id',
      'in_scope',
      'jurisdictions',
      'notes',
      'scope_ambiguous',
      'source',
      'summary',
      'title',
      'topics',
      'url',
    ]);
    expect(row).toMatchObject({ id: 'story-shore', date: '2024-10-15', in_scope: true, jurisdictions: ['US-NJ'], acceptable: [] });
    expect(row.topics).toContain('privacy');
    expect(row.notes).toContain('New Jersey coast');
    expect(row.notes).toContain('mei');
  });

  it('produces a file the evaluation reads back', () => {
    const path = join(directory, 'corrected.jsonl');
    writeFileSync(path, exportCorrectionsAsLabelled([stored], corrections));
    const [row] = loadLabelledStories(path);
    expect(row).toMatchObject({ id: 'story-shore', in_scope: true, jurisdictions: ['US-NJ'] });
  });

  it('writes nothing when nothing was corrected', () => {
    expect(exportCorrectionsAsLabelled([stored], [])).toBe('');
  });
});
