/**
 * Classifies one story: is it about privacy or AI training on personal data, which
 * jurisdictions is it about, which topics fit, and why (evidence for every tag). Pure and
 * synchronous: the knowledge base is compiled once when this module loads.
 */
import type { ClassifierRules, PromotedRule } from './corrections.js';
import { tagJurisdictions, type JurisdictionVerdict, type WeighedMention } from './jurisdiction-tagger.js';
import { findTopics, findTrainingHits, judgeScope, type StoryFacts, type WeighedCue } from './scope-and-topics.js';
import { KNOWLEDGE_INDEX, scanField, TermIndexBuilder, type FieldMatches, type TermIndex, type TermMatch } from './term-index.js';
import { indexField, type FieldText } from './text-fields.js';
import { TOPICS, type Classification, type ClassifyInput, type Evidence, type EvidenceField, type Topic } from './types.js';

const EVIDENCE_PER_JURISDICTION = 4;
const EVIDENCE_PER_MENTION = 2;
const EVIDENCE_PER_TOPIC = 3;
const SCOPE_EVIDENCE_FOR = 6;
const SCOPE_EVIDENCE_AGAINST = 3;
/** Weight of an editor's scope rule: enough to decide a story on its own. */
const EDITOR_SCOPE_WEIGHT = 6;

export function classifyStory(input: ClassifyInput, rules?: ClassifierRules): Classification {
  const fields = new Map<EvidenceField, FieldText>();
  fields.set('title', indexField('title', input.title ?? ''));
  if (hasText(input.summary)) fields.set('summary', indexField('summary', input.summary));
  if (hasText(input.body)) fields.set('body', indexField('body', input.body));

  const compiled = rules === undefined || rules.rules.length === 0 ? undefined : compileRules(rules);
  const matches: FieldMatches = { geo: [], cues: [], suppressed: [] };
  for (const field of fields.values()) {
    scanField(field, KNOWLEDGE_INDEX, matches);
    if (compiled !== undefined) scanField(field, compiled.index, matches);
  }
  if (compiled !== undefined) applyEditorRules(matches, compiled.rules);
  dropCuesInsideNames(matches);
  const editorCues = matches.cues.filter((match) => match.cue.kind === 'editor');

  const hasSummary = fields.has('summary');
  const tagging = tagJurisdictions({ fields, geo: matches.geo, hasSummary, prior: input.feed?.jurisdiction });
  const facts: StoryFacts = {
    fields,
    cues: matches.cues,
    weighed: tagging.weighed,
    hasSummary,
    editorScope: editorCues
      .filter((match) => match.cue.target === 'in-scope' || match.cue.target === 'out-of-scope')
      .map((match) => ({ match, rule: match.cue.id, weight: match.cue.target === 'in-scope' ? EDITOR_SCOPE_WEIGHT : -EDITOR_SCOPE_WEIGHT })),
  };
  const training = findTrainingHits(facts);
  const scope = judgeScope(facts, training);
  const scopeEvidence = [
    ...strongestCues(scope.positive, SCOPE_EVIDENCE_FOR).map((cue) => toEvidence('scope', 'in-scope', cue.match, cue.rule)),
    ...strongestCues(scope.negative, SCOPE_EVIDENCE_AGAINST).map((cue) => toEvidence('scope', 'out-of-scope', cue.match, cue.rule)),
  ];
  if (!scope.inScope) {
    return { inScope: false, score: scope.score, jurisdictions: [], mentions: [], topics: [], evidence: scopeEvidence };
  }

  const editorTopics = new Map<Topic, WeighedCue[]>();
  for (const match of editorCues) {
    const topic = match.cue.target as Topic | undefined;
    if (topic === undefined || !(TOPICS as readonly string[]).includes(topic)) continue;
    editorTopics.set(topic, [...(editorTopics.get(topic) ?? []), { match, rule: match.cue.id, weight: 1 }]);
  }
  const topicVerdicts = findTopics(facts, training, editorTopics);
  const topicEvidence: Evidence[] = [];
  for (const verdict of topicVerdicts) {
    const cues = verdict.topic === 'privacy' ? privacyEvidence(strongestCues(scope.positive, EVIDENCE_PER_TOPIC)) : strongestCues(verdict.evidence, EVIDENCE_PER_TOPIC);
    for (const cue of cues) topicEvidence.push(toEvidence('topic', verdict.topic, cue.match, cue.rule));
  }
  const topics = TOPICS.filter((topic) => topicVerdicts.some((verdict) => verdict.topic === topic));

  return {
    inScope: true,
    score: scope.score,
    jurisdictions: tagging.jurisdictions,
    mentions: tagging.mentions,
    topics,
    evidence: [...scopeEvidence, ...jurisdictionEvidence(tagging), ...topicEvidence],
  };
}

function hasText(text: string | undefined): text is string {
  return text !== undefined && text !== null && /\S/.test(text);
}

function toEvidence(kind: Evidence['kind'], tag: string, match: TermMatch, rule: string): Evidence {
  return { kind, tag, term: match.term, field: match.field, offset: match.start, rule };
}

/** The heaviest cues, one per term, so the editor sees different reasons. */
function strongestCues(cues: readonly WeighedCue[], limit: number): WeighedCue[] {
  const chosen: WeighedCue[] = [];
  const keys: string[] = [];
  // Repeated passes over a short list beat sorting hundreds of cues to keep a handful.
  while (chosen.length < limit) {
    let best: WeighedCue | undefined;
    let bestKey = '';
    for (const cue of cues) {
      if (best !== undefined && (cue.weight < best.weight || (cue.weight === best.weight && cue.match.start >= best.match.start))) continue;
      const key = cue.match.term.toLowerCase();
      if (keys.includes(key)) continue;
      best = cue;
      bestKey = key;
    }
    if (best === undefined) break;
    chosen.push(best);
    keys.push(bestKey);
  }
  return chosen;
}

/** The privacy topic rests on the scope cues: shown under the topic's own rule names. */
function privacyEvidence(positive: readonly WeighedCue[]): WeighedCue[] {
  return positive.map((cue) => ({
    ...cue,
    rule: cue.rule.startsWith('scope:regulator:') || cue.rule.startsWith('scope:law:') ? cue.rule.slice('scope:'.length) : cue.rule.replace(/^scope:/, 'topic:privacy/'),
  }));
}

function jurisdictionEvidence(tagging: JurisdictionVerdict): Evidence[] {
  const selected = new Set(tagging.jurisdictions);
  const byCode = new Map<string, WeighedMention[]>();
  for (const mention of tagging.weighed) {
    const list = byCode.get(mention.sense.code) ?? [];
    list.push(mention);
    byCode.set(mention.sense.code, list);
  }
  const evidence: Evidence[] = [];
  for (const [code, mentions] of byCode) {
    const about = selected.has(code);
    const candidates = about ? mentions.filter((mention) => mention.weight > 0) : mentions;
    const seen = new Set<string>();
    let count = 0;
    for (const mention of [...candidates].sort((a, b) => b.weight - a.weight || a.match.start - b.match.start)) {
      const key = mention.match.term.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const rule = mention.context === undefined ? mention.sense.rule : `${mention.sense.rule}+${mention.context}`;
      evidence.push(toEvidence(about ? 'jurisdiction' : 'mention', code, mention.match, rule));
      count += 1;
      if (count === (about ? EVIDENCE_PER_JURISDICTION : EVIDENCE_PER_MENTION)) break;
    }
  }
  return evidence;
}

interface CompiledRules {
  readonly index: TermIndex;
  readonly rules: readonly PromotedRule[];
}

const compiledRules = new WeakMap<ClassifierRules, CompiledRules>();

/** Promoted rules become a small index of their own, compiled once per rules object. */
function compileRules(rules: ClassifierRules): CompiledRules {
  const cached = compiledRules.get(rules);
  if (cached !== undefined) return cached;
  const builder = new TermIndexBuilder();
  rules.rules.forEach((rule, id) => {
    const ruleId = `editor-rule:${rule.editor}/${rule.storyId}`;
    const { target } = rule;
    if (rule.effect === 'suppress') builder.add(rule.term, { layer: 'suppress', id });
    else if ('jurisdiction' in target) builder.add(rule.term, { layer: 'geo', geo: { code: target.jurisdiction, role: 'editor', rule: ruleId, privacy: false, weak: false } });
    else {
      const signal = 'topic' in target ? target.topic : target.scope === 'in' ? 'in-scope' : 'out-of-scope';
      builder.add(rule.term, { layer: 'cue', cue: { id: ruleId, kind: 'editor', weight: 0, terms: [rule.term], target: signal } });
    }
  });
  const compiled = { index: builder.build(), rules: rules.rules };
  compiledRules.set(rules, compiled);
  return compiled;
}

/**
 * Words inside a regulator's or a law's name are the name, not the story's own words: the
 * "Freedom of Information" in a data protection commissioner's title is no FOI story.
 */
function dropCuesInsideNames(matches: FieldMatches): void {
  const names = matches.geo.filter((match) => match.senses.some((sense) => sense.role === 'regulator' || sense.role === 'law'));
  if (names.length === 0) return;
  const kept = matches.cues.filter(
    (cue) =>
      !((cue.cue.kind === 'scope' || cue.cue.kind === 'negative' || cue.cue.kind === 'regulator-noun') &&
        names.some((name) => name.field === cue.field && name.start <= cue.start && name.end >= cue.end)),
  );
  matches.cues.length = 0;
  matches.cues.push(...kept);
}

function overlaps(a: TermMatch, b: TermMatch): boolean {
  return a.field === b.field && a.start < b.end && b.start < a.end;
}

const TOPIC_CUE_KINDS: Record<Topic, readonly string[]> = {
  privacy: ['scope'],
  'ai-training': ['train-verb', 'develop-verb', 'ai-object'],
  enforcement: ['enforcement'],
  breach: ['breach'],
  legislation: ['legislation'],
  litigation: ['litigation'],
  children: ['children'],
  biometrics: ['biometrics'],
  'cross-border': ['cross-border'],
  consent: ['consent'],
};

/**
 * Editors have the last word: a promoted place replaces whatever the knowledge base read
 * in the same words, and a suppressed term stops signalling its target.
 */
function applyEditorRules(matches: FieldMatches, rules: readonly PromotedRule[]): void {
  const editorGeo = matches.geo.filter((match) => match.senses.some((sense) => sense.role === 'editor'));
  let geo = matches.geo.filter((match) => editorGeo.includes(match) || !editorGeo.some((editor) => overlaps(editor, match)));
  let cues = matches.cues;
  for (const suppressed of matches.suppressed) {
    const rule = rules[suppressed.id];
    if (rule === undefined) continue;
    const target = rule.target;
    if ('jurisdiction' in target) {
      geo = geo
        .map((match) => (overlaps(match, suppressed) ? { ...match, senses: match.senses.filter((sense) => sense.code !== target.jurisdiction) } : match))
        .filter((match) => match.senses.length > 0);
    } else if ('topic' in target) {
      const kinds = TOPIC_CUE_KINDS[target.topic];
      cues = cues.filter((match) => !(overlaps(match, suppressed) && kinds.includes(match.cue.kind)));
    } else {
      const kind = target.scope === 'in' ? 'scope' : 'negative';
      cues = cues.filter((match) => !(overlaps(match, suppressed) && match.cue.kind === kind));
      if (target.scope === 'in') {
        geo = geo.map((match) => (overlaps(match, suppressed) ? { ...match, senses: match.senses.map((sense) => ({ ...sense, privacy: false })) } : match));
      }
    }
  }
  matches.geo.length = 0;
  matches.geo.push(...geo);
  if (cues !== matches.cues) {
    matches.cues.length = 0;
    matches.cues.push(...cues);
  }
}
