/** The editorial service and the rules cache against in-memory ports. */
import { describe, expect, it } from 'vitest';
import { CorrectionError, type ClassifierRules, type PromotedRule } from '../../../functions/domain/classify/corrections.js';
import { ConcurrentEditError } from '../../../functions/domain/classify/errors.js';
import type { CorrectionRecord, EditorialRepository, VersionedRules } from '../../../functions/domain/classify/ports.js';
import { PromotedRulesCache } from '../../../functions/domain/classify/editorial-rules-cache.js';
import {
  correctionsFrom,
  describeRule,
  exportCorrectionLog,
  mergeRules,
  promoteRules,
  type CorrectionRequest,
} from '../../../functions/domain/classify/editorial-service.js';

const AT = '2026-06-01T10:00:00.000Z';

function request(overrides: Partial<CorrectionRequest>): CorrectionRequest {
  return { storyId: 's1', editor: 'mei', at: AT, ...overrides };
}

function rule(term: string, overrides: Partial<PromotedRule> = {}): PromotedRule {
  return { effect: 'signal', term, target: { jurisdiction: 'US-NJ' }, editor: 'mei', storyId: 's1', at: AT, ...overrides };
}

/** Rules in memory with the repository's compare-and-set, and a hook to sneak a save in first. */
class InMemoryEditorial implements EditorialRepository {
  records: CorrectionRecord[] = [];
  current: VersionedRules = { rules: { rules: [] }, version: 0 };
  saves = 0;
  beforeSave?: () => void;

  async recordCorrection(record: CorrectionRecord) {
    this.records.push(record);
  }
  async listCorrections() {
    return [...this.records];
  }
  async getRules() {
    return this.current;
  }
  async saveRules(rules: ClassifierRules, expectedVersion: number, at: string) {
    this.beforeSave?.();
    this.saves += 1;
    if (this.current.version !== expectedVersion) return false;
    this.current = { rules, version: expectedVersion + 1, updatedAt: at };
    return true;
  }
}

describe('correctionsFrom', () => {
  it('makes one correction per change, scope first, codes and topics in their canonical case', () => {
    const corrections = correctionsFrom(
      request({
        scope: 'in',
        addJurisdictions: ['us-nj', 'US-NJ'],
        removeJurisdictions: ['je'],
        addTopics: ['Consent'],
        note: '  coast  ',
        promoteTerm: ' Jersey   Shore ',
      }),
    );
    expect(corrections.map((c) => c.action)).toEqual(['mark-in-scope', 'remove-jurisdiction', 'add-jurisdiction', 'add-topic']);
    expect(corrections[2]).toEqual({
      storyId: 's1',
      editor: 'mei',
      at: AT,
      term: 'Jersey Shore',
      note: 'coast',
      action: 'add-jurisdiction',
      jurisdiction: 'US-NJ',
    });
    expect(corrections[3]).toMatchObject({ topic: 'consent' });
  });

  it.each([
    [{ addJurisdictions: ['XX'] }, /unknown jurisdiction "XX"/],
    [{ addJurisdictions: ['Hong Kong'] }, /did you mean HK/],
    [{ addTopics: ['kids'] }, /unknown topic "kids": one of privacy, ai-training/],
    [{ addTopics: ['consent'], removeTopics: ['consent'] }, /both added and removed/],
    [{ addJurisdictions: ['HK'], removeJurisdictions: ['hk'] }, /HK is both added and removed/],
    [{ scope: 'out' as const, addTopics: ['consent'] }, /out of scope takes no tags/],
    [{}, /nothing to correct/],
    [{ editor: '  ', addTopics: ['consent'] }, /needs the editor/],
    [{ addTopics: ['consent'], promoteTerm: '  ' }, /term to promote is empty/],
    [{ at: 'yesterday', addTopics: ['consent'] }, /not a time/],
  ])('refuses %j with a clear message', (overrides, message) => {
    expect(() => correctionsFrom(request(overrides))).toThrow(CorrectionError);
    expect(() => correctionsFrom(request(overrides))).toThrow(message);
  });
});

describe('promoted rules', () => {
  it('merge: the same rule again changes nothing, the opposite effect replaces the older one', () => {
    const first = rule('Jersey Shore');
    expect(mergeRules([first], [rule('jersey  shore', { editor: 'sam' })])).toEqual([first]);
    const suppress = rule('Jersey Shore', { effect: 'suppress', editor: 'sam' });
    expect(mergeRules([first, rule('Shore')], [suppress])).toEqual([rule('Shore'), suppress]);
    expect(mergeRules([first], [rule('Jersey Shore', { target: { topic: 'children' } })])).toHaveLength(2);
  });

  it('are saved against the version read, and re-read when another editor saved first', async () => {
    const editorial = new InMemoryEditorial();
    editorial.beforeSave = () => {
      editorial.beforeSave = undefined;
      editorial.current = { rules: { rules: [rule('Shore', { editor: 'sam' })] }, version: 1 };
    };
    expect(await promoteRules(editorial, [rule('Jersey Shore')], AT)).toBe(2);
    expect(editorial.saves).toBe(2);
    expect(editorial.current.rules.rules.map((r) => r.term)).toEqual(['Shore', 'Jersey Shore']);
  });

  it('give up with ConcurrentEditError when the version keeps moving', async () => {
    const editorial = new InMemoryEditorial();
    editorial.saveRules = async () => false;
    await expect(promoteRules(editorial, [rule('Jersey Shore')], AT)).rejects.toBeInstanceOf(ConcurrentEditError);
  });

  it('read as sentences', () => {
    expect(describeRule(rule('Jersey Shore', { effect: 'suppress', target: { jurisdiction: 'JE' } }))).toBe('"Jersey Shore" must not signal JE');
    expect(describeRule(rule('under-13s', { target: { topic: 'children' } }))).toBe('"under-13s" signals topic children');
    expect(describeRule(rule('horoscope', { target: { scope: 'out' } }))).toBe('"horoscope" signals out of scope');
  });
});

describe('exportCorrectionLog', () => {
  it('labels each story from the snapshot of its latest correction, with all its corrections applied', () => {
    const snapshot = (title: string) => ({
      storyId: 's1',
      title,
      summary: 'summary',
      url: 'https://news.example/1',
      source: 'News',
      publishedAt: '2026-05-31T22:00:00.000Z',
      machine: { inScope: true, score: 0.7, jurisdictions: ['JE'], mentions: [], topics: ['privacy'] },
    });
    const records: CorrectionRecord[] = [
      {
        sequence: 0,
        story: snapshot('new title'),
        correction: { storyId: 's1', editor: 'sam', at: '2026-06-02T00:00:00.000Z', action: 'add-topic', topic: 'consent' },
      },
      { sequence: 1, story: snapshot('old title'), correction: { storyId: 's1', editor: 'mei', at: AT, action: 'add-jurisdiction', jurisdiction: 'US-NJ' } },
      { sequence: 0, story: snapshot('old title'), correction: { storyId: 's1', editor: 'mei', at: AT, action: 'remove-jurisdiction', jurisdiction: 'JE' } },
    ];
    const [line, ...rest] = exportCorrectionLog(records).trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(JSON.parse(line)).toMatchObject({
      id: 's1',
      title: 'new title',
      date: '2026-05-31',
      jurisdictions: ['US-NJ'],
      topics: ['privacy', 'consent'],
      notes: 'corrected by mei, sam',
    });
  });

  it('is empty for an empty log', () => {
    expect(exportCorrectionLog([])).toBe('');
  });
});

describe('PromotedRulesCache', () => {
  function source(initial: ClassifierRules) {
    const state = { rules: initial, version: 1, reads: 0, failing: false };
    const repository = {
      async getRules(): Promise<VersionedRules> {
        state.reads += 1;
        if (state.failing) throw new Error('table unreachable');
        return { rules: state.rules, version: state.version };
      },
    };
    return { state, repository };
  }

  it('reads once, then again only after five minutes', async () => {
    let now = 0;
    const { state, repository } = source({ rules: [rule('Shore')] });
    const cache = new PromotedRulesCache(repository, { now: () => now });
    expect(cache.current()).toBeUndefined();
    await Promise.all([cache.refresh(), cache.refresh()]);
    expect(state.reads).toBe(1);
    state.rules = { rules: [rule('Jersey Shore')] };
    state.version = 2;
    now = 4 * 60_000;
    await cache.refresh();
    expect(cache.current()!.rules[0].term).toBe('Shore');
    now = 5 * 60_000;
    await cache.refresh();
    expect(state.reads).toBe(2);
    expect(cache.current()!.rules[0].term).toBe('Jersey Shore');
  });

  it('keeps the same rules object while the version stands, so the classifier compiles it once', async () => {
    let now = 0;
    const { repository } = source({ rules: [rule('Shore')] });
    const cache = new PromotedRulesCache(repository, { now: () => now });
    const first = await cache.refresh();
    now = 10 * 60_000;
    expect(await cache.refresh()).toBe(first);
  });

  it('keeps the last rules when a refresh fails, and fails when it never had any', async () => {
    let now = 0;
    const failures: unknown[] = [];
    const { state, repository } = source({ rules: [rule('Shore')] });
    state.failing = true;
    const cache = new PromotedRulesCache(repository, { now: () => now, onRefreshFailure: (error) => failures.push(error) });
    await expect(cache.refresh()).rejects.toThrow('table unreachable');
    state.failing = false;
    await cache.refresh();
    state.failing = true;
    now = 6 * 60_000;
    expect((await cache.refresh()).rules[0].term).toBe('Shore');
    expect(failures).toHaveLength(1);
  });
});
