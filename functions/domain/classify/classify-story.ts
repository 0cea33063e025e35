/**
 * Classifies one story: is it about privacy or AI training on personal data, which
 * jurisdictions is it about, which topics fit, and why (evidence for every tag). Pure and
 * synchronous: the knowledge base is compiled once when this module loads.
 */
import type { ClassifierRules, PromotedRule } from './corrections.js';
import { tagJurisdictions, type JurisdictionVerdict } from './jurisdiction-tagger.js';
import type { WeighedMention } from './mention-weight.js';
import { findTopics, findTrainingHits, judgeScope, weighedCue, type StoryFacts, type WeighedCue } from './scope-and-topics.js';
import {
  KNOWLEDGE_INDEX,
  scanField,
  TermIndexBuilder,
  withSenses,
  type CueMatch,
  type FieldMatches,
  type GeoSense,
  type TermIndex,
  type TermMatch,
} from './term-index.js';
import { buildsCompounds, readCompounds } from './compound-words.js';
import { detectLanguage } from './language.js';
import { LITIGATION_COUNTRY, litigationPlace } from './litigation-place.js';
import { REFERRAL_CUE, referringCountry } from './eu-referral.js';
import { countryOfCities } from './city-country.js';
import { dropDeniedLeaks } from './chinese-denials.js';
import { publisherHome } from './publisher-home.js';
import { hasOneCode } from './ambiguous-senses.js';
import { hasSpecialUnit, indexField, sameIgnoringCase, StoryFields } from './text-fields.js';
import { TOPICS, type Classification, type ClassifyInput, type Evidence, type Topic } from './types.js';

const EVIDENCE_PER_JURISDICTION = 4;
const EVIDENCE_PER_MENTION = 2;
const EVIDENCE_PER_TOPIC = 3;
const SCOPE_EVIDENCE_FOR = 6;
const SCOPE_EVIDENCE_AGAINST = 3;
/** Weight of an editor's scope rule: enough to decide a story on its own. */
const EDITOR_SCOPE_WEIGHT = 6;

export function classifyStory(input: ClassifyInput, rules?: ClassifierRules): Classification {
  // Rules first: compiling them numbers their words, which reading the text then recognises.
  const compiled = rules === undefined || rules.rules.length === 0 ? undefined : compileRules(rules);
  const fields = new StoryFields();
  fields.add(indexField('title', input.title ?? ''));
  if (hasText(input.summary)) fields.add(indexField('summary', input.summary));
  if (hasText(input.body)) fields.add(indexField('body', input.body));
  // The story's own words first; what its feed declares when they are too few to tell.
  const detected = detectLanguage(fields);
  const language = detected === 'und' && input.feed?.language !== undefined && input.feed.language !== '' ? input.feed.language : detected;
  // Before any term is matched: a compound then counts as the known word it ends with.
  if (buildsCompounds(language)) for (const field of fields.list) readCompounds(field);

  const matches: FieldMatches = { geo: [], cues: [], suppressed: [] };
  for (const field of fields.list) {
    scanField(field, KNOWLEDGE_INDEX, matches);
    if (compiled !== undefined) scanField(field, compiled.index, matches);
  }
  if (compiled !== undefined) applyEditorRules(matches, compiled.rules);
  dropCuesInsideNames(matches);
  dropFalseFriends(matches.cues, language);
  dropDeniedLeaks(matches.cues, fields);
  // Only promoted rules make editor cues.
  const editorCues = compiled === undefined ? NO_CUES : matches.cues.filter((match) => match.cue.kind === 'editor');

  const hasSummary = fields.has('summary');
  let tagging = tagJurisdictions({ fields, geo: matches.geo, hasSummary, prior: input.feed?.jurisdiction, language, cues: matches.cues });
  const facts: StoryFacts = {
    fields,
    cues: matches.cues,
    weighed: tagging.weighed,
    hasSummary,
    editorScope:
      editorCues.length === 0
        ? NO_WEIGHED_CUES
        : editorCues
            .filter((match) => match.cue.target === 'in-scope' || match.cue.target === 'out-of-scope')
            .map((match) => weighedCue(match, match.cue.id, match.cue.target === 'in-scope' ? EDITOR_SCOPE_WEIGHT : -EDITOR_SCOPE_WEIGHT)),
  };
  const training = findTrainingHits(facts);
  const scope = judgeScope(facts, training);
  // Evidence in its final order: scope, then jurisdictions, then topics.
  const evidence: Evidence[] = [];
  const terms = new DistinctTerms(fields);
  // Chosen once for both uses: with a smaller limit the choice is the same, cut shorter.
  const strongestPositive = strongestCues(terms, scope.positive, Math.max(SCOPE_EVIDENCE_FOR, EVIDENCE_PER_TOPIC));
  for (const cue of strongestPositive.slice(0, SCOPE_EVIDENCE_FOR)) evidence.push(toEvidence('scope', 'in-scope', cue.match, cue.rule));
  for (const cue of strongestCues(terms, scope.negative, SCOPE_EVIDENCE_AGAINST)) evidence.push(toEvidence('scope', 'out-of-scope', cue.match, cue.rule));
  if (!scope.inScope) {
    return { inScope: false, score: scope.score, jurisdictions: [], mentions: [], topics: [], evidence, language };
  }

  let editorTopics = NO_EDITOR_TOPICS;
  if (editorCues.length > 0) {
    const byTopic = new Map<Topic, WeighedCue[]>();
    for (const match of editorCues) {
      const topic = match.cue.target as Topic | undefined;
      if (topic === undefined || !(TOPICS as readonly string[]).includes(topic)) continue;
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), weighedCue(match, match.cue.id, 1)]);
    }
    editorTopics = byTopic;
  }
  const topicVerdicts = findTopics(facts, training, editorTopics);
  // A preliminary ruling names the country whose court asked for it (`eu-referral.ts`).
  const referral = referringCountry(tagging.jurisdictions, tagging.weighed, matches.cues);
  if (referral !== undefined) {
    tagging = { ...tagging, jurisdictions: [...tagging.jurisdictions, referral.code], mentions: tagging.mentions.filter((code) => code !== referral.code) };
  }
  // A US state known only by its cities brings the country (`city-country.ts`).
  const country = countryOfCities(tagging.jurisdictions, tagging.mentions, tagging.weighed);
  if (country !== undefined) tagging = { ...tagging, jurisdictions: [...tagging.jurisdictions, country.code] };
  addJurisdictionEvidence(terms, tagging, evidence);
  if (country !== undefined) evidence.push(toEvidence('jurisdiction', country.code, country.city.match, `city:${country.code}/${country.city.sense.rule}`));
  if (referral !== undefined) evidence.push(toEvidence('jurisdiction', referral.code, referral.cue, `referral:${referral.code}/${REFERRAL_CUE}`));
  let { jurisdictions, mentions } = tagging;
  // Privacy litigation placed by nothing else: a jury, a class action (`litigation-place.ts`).
  const litigation = jurisdictions.length === 0 ? litigationPlace(mentions, matches.cues, language) : undefined;
  if (litigation !== undefined) {
    jurisdictions = [LITIGATION_COUNTRY];
    mentions = mentions.filter((code) => code !== LITIGATION_COUNTRY);
    evidence.push(toEvidence('jurisdiction', LITIGATION_COUNTRY, litigation, `litigation:${LITIGATION_COUNTRY}/${litigation.cue.id}`));
  }
  // Placed by nothing in its text: the publisher's home, in its language (`publisher-home.ts`).
  const home = jurisdictions.length === 0 ? publisherHome(input, mentions, tagging.weighed, language, matches.cues) : undefined;
  if (home !== undefined) {
    jurisdictions = [home.code];
    mentions = mentions.filter((code) => code !== home.code);
    evidence.push({ kind: 'jurisdiction', tag: home.code, term: home.term, field: 'title', offset: -1, rule: `home:${home.code}/${home.source}` });
  }
  for (const verdict of topicVerdicts) {
    const cues =
      verdict.topic === 'privacy'
        ? privacyEvidence(strongestPositive.slice(0, EVIDENCE_PER_TOPIC))
        : strongestCues(terms, verdict.evidence, EVIDENCE_PER_TOPIC);
    for (const cue of cues) evidence.push(toEvidence('topic', verdict.topic, cue.match, cue.rule));
  }
  // The verdicts come in the order of TOPICS, one per topic.
  const topics: Topic[] = [];
  for (const verdict of topicVerdicts) topics.push(verdict.topic);

  return { inScope: true, score: scope.score, jurisdictions, mentions, topics, evidence, language };
}

const NO_CUES: readonly CueMatch[] = [];
const NO_WEIGHED_CUES: readonly WeighedCue[] = [];
const NO_EDITOR_TOPICS: ReadonlyMap<Topic, WeighedCue[]> = new Map();

function hasText(text: string | undefined): text is string {
  if (text === undefined || text === null || text.length === 0) return false;
  // Text mostly starts with a visible ASCII character, which settles it without the regex.
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || /\S/.test(text);
}

function toEvidence(kind: Evidence['kind'], tag: string, match: TermMatch, rule: string): Evidence {
  return { kind, tag, term: match.term, field: match.field, offset: match.start, rule };
}

/** The heaviest cues, one per term (whatever its case), so the editor sees different reasons. */
function strongestCues(terms: DistinctTerms, cues: readonly WeighedCue[], limit: number): WeighedCue[] {
  // Heaviest first, then earliest in its field; the sort is stable, so list order settles the
  // rest. Walking that order, each cue whose term is new is the heaviest of those left.
  const order = heaviestFirstOrder(cues);
  const chosen: WeighedCue[] = [];
  terms.clear();
  for (let rank = 0; rank < cues.length; rank += 1) {
    const cue = cues[order[rank]];
    if (!terms.add(cue.match)) continue;
    chosen.push(cue);
    if (chosen.length === limit) break;
  }
  return chosen;
}

interface Ranked {
  readonly weight: number;
  readonly match: TermMatch;
}

/** Lists this long and shorter are sorted by insertion, with the comparison written in. */
const SHORT_LIST = 64;

// The ranking's working space, reused from call to call: each item's sort keys and the order.
let rankWeights = new Float64Array(64);
let rankStarts = new Int32Array(64);
let rankOrder = new Int32Array(64);

/**
 * The items' positions heaviest first, then earliest in their field, equal items keeping
 * their list order. The keys are copied into typed arrays and, for the short lists stories
 * yield, the positions sorted by insertion with the comparison written in: no comparator
 * calls, no allocation. The result is reused by the next call: read it before ranking again.
 */
function heaviestFirstOrder(items: readonly Ranked[]): Int32Array {
  const count = items.length;
  if (count > rankOrder.length) {
    rankWeights = new Float64Array(count * 2);
    rankStarts = new Int32Array(count * 2);
    rankOrder = new Int32Array(count * 2);
  }
  const weights = rankWeights;
  const starts = rankStarts;
  const order = rankOrder;
  for (let index = 0; index < count; index += 1) {
    weights[index] = items[index].weight;
    starts[index] = items[index].match.start;
    order[index] = index;
  }
  if (count > SHORT_LIST) {
    order
      .subarray(0, count)
      .sort((a, b) => (weights[a] !== weights[b] ? (weights[a] > weights[b] ? -1 : 1) : starts[a] !== starts[b] ? starts[a] - starts[b] : a - b));
    return order;
  }
  for (let index = 1; index < count; index += 1) {
    const item = order[index];
    const weight = weights[item];
    const start = starts[item];
    let at = index;
    // Move up past lighter items, and past equally heavy ones that start later.
    while (at > 0) {
      const before = order[at - 1];
      if (weights[before] > weight || (weights[before] === weight && starts[before] <= start)) break;
      order[at] = before;
      at -= 1;
    }
    order[at] = item;
  }
  return order;
}

/**
 * Matches told apart by their terms, as `toLowerCase()` would tell the terms apart. Terms are
 * compared where they stand in their fields' texts (see `sameIgnoringCase`), so every
 * comparison reads the same few kinds of string.
 */
class DistinctTerms {
  private readonly matches: TermMatch[] = [];
  /** The text each match stands in, and `hasSpecialUnit` of its term, worked out once. */
  private readonly texts: string[] = [];
  private readonly special: boolean[] = [];

  /** One per story, emptied for each choice of evidence (a story makes a dozen). */
  constructor(private readonly fields: StoryFields) {}

  /** Adds the match unless one with the same term in some case is here; says whether it was added. */
  add(match: TermMatch): boolean {
    const field = this.fields.get(match.field)!;
    const text = field.text;
    // Most fields hold no special unit at all: then no term of theirs needs looking through.
    const special = field.hasSpecialUnit && hasSpecialUnit(text, match.start, match.end);
    for (let index = 0; index < this.matches.length; index += 1) {
      const other = this.matches[index];
      if (sameIgnoringCase(this.texts[index], other.start, other.end, this.special[index], text, match.start, match.end, special)) return false;
    }
    this.matches.push(match);
    this.texts.push(text);
    this.special.push(special);
    return true;
  }

  clear(): void {
    while (this.matches.length > 0) {
      this.matches.pop();
      this.texts.pop();
      this.special.pop();
    }
  }
}

/** The privacy topic rests on the scope cues: shown under the topic's own rule names. */
function privacyEvidence(positive: readonly WeighedCue[]): WeighedCue[] {
  return positive.map((cue) => weighedCue(cue.match, privacyRule(cue.rule), cue.weight));
}

// Scope rules are a small, fixed set: each one's name under the privacy topic is worked out once.
const privacyRules = new Map<string, string>();

function privacyRule(rule: string): string {
  let renamed = privacyRules.get(rule);
  if (renamed === undefined) {
    renamed = rule.startsWith('scope:regulator:') || rule.startsWith('scope:law:') ? rule.slice('scope:'.length) : rule.replace(/^scope:/, 'topic:privacy/');
    // Editors' rules are named per story: those are not kept.
    if (!rule.startsWith('editor-rule:')) privacyRules.set(rule, renamed);
  }
  return renamed;
}

function addJurisdictionEvidence(terms: DistinctTerms, tagging: JurisdictionVerdict, evidence: Evidence[]): void {
  // Per code, in the order codes first appear. A story names a handful of codes and a few
  // dozen mentions: each code's are picked out of the list in turn, into one reused list.
  const codes: string[] = [];
  for (const mention of tagging.weighed) if (!codes.includes(mention.sense.code)) codes.push(mention.sense.code);
  const candidates = CANDIDATES;
  for (const code of codes) {
    const about = tagging.jurisdictions.includes(code);
    const limit = about ? EVIDENCE_PER_JURISDICTION : EVIDENCE_PER_MENTION;
    // For the story's own jurisdictions only the mentions that weigh something, for the others every mention.
    while (candidates.length > 0) candidates.pop();
    for (const mention of tagging.weighed) if (mention.sense.code === code && (mention.weight > 0 || !about)) candidates.push(mention);
    // One per term (whatever its case), heaviest first.
    terms.clear();
    let shown = 0;
    const order = heaviestFirstOrder(candidates);
    for (let rank = 0; rank < candidates.length; rank += 1) {
      const mention = candidates[order[rank]];
      if (!terms.add(mention.match)) continue;
      const rule = mention.context === undefined ? mention.sense.rule : `${mention.sense.rule}+${mention.context}`;
      evidence.push(toEvidence(about ? 'jurisdiction' : 'mention', code, mention.match, rule));
      shown += 1;
      if (shown === limit) break;
    }
  }
}

/** One code's mentions, as `addJurisdictionEvidence` ranks them: reused from code to code. */
const CANDIDATES: WeighedMention[] = [];

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
    else if ('jurisdiction' in target)
      builder.add(rule.term, { layer: 'geo', geo: { code: target.jurisdiction, role: 'editor', rule: ruleId, privacy: false, weak: false } });
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
 * "Freedom of Information" in a data protection commissioner's title is no FOI story. The
 * name of a law that is not about privacy says what the story is, though: the "Access to
 * Information" of an access-to-information act stays a reason against.
 */
function dropCuesInsideNames(matches: FieldMatches): void {
  const names: TermMatch[] = [];
  const privacyNames: TermMatch[] = [];
  for (const match of matches.geo) {
    if (!namesBody(match.senses)) continue;
    // A name several jurisdictions share (Taiwan's and Macao's 個人資料保護法) may be settled as
    // none of them: its words then still say what the story is about.
    if (hasOneCode(match.senses)) names.push(match);
    if (namesPrivacyBody(match.senses)) privacyNames.push(match);
  }
  if (names.length === 0 && privacyNames.length === 0) return;
  // Kept cues are moved up in place, then the tail is cut: no second list.
  const { cues } = matches;
  let kept = 0;
  for (let index = 0; index < cues.length; index += 1) {
    const cue = cues[index];
    const kind = cue.cue.kind;
    if ((kind === 'scope' || kind === 'regulator-noun') && insideAny(names, cue)) continue;
    if (kind === 'negative' && insideAny(privacyNames, cue)) continue;
    if (kept !== index) cues[kept] = cue;
    kept += 1;
  }
  while (cues.length > kept) cues.pop();
}

/** English cue words that are everyday words of another language, by that language: Italian "sue" is "her", not a lawsuit. */
const FALSE_FRIENDS: ReadonlyMap<string, { readonly kind: CueMatch['cue']['kind']; readonly words: readonly string[] }> = new Map([
  ['it', { kind: 'litigation', words: ['sue'] }],
]);

/** Drops the cues of a story in a language where their word means something else. */
function dropFalseFriends(cues: CueMatch[], language: string): void {
  // Most stories' languages have none; a cue's term is cut from its text only if its kind could be one.
  const friends = FALSE_FRIENDS.get(language);
  if (friends === undefined) return;
  let kept = 0;
  for (let index = 0; index < cues.length; index += 1) {
    const cue = cues[index];
    if (cue.cue.kind === friends.kind && friends.words.includes(cue.term.toLowerCase())) continue;
    if (kept !== index) cues[kept] = cue;
    kept += 1;
  }
  while (cues.length > kept) cues.pop();
}

function namesBody(senses: readonly GeoSense[]): boolean {
  for (const sense of senses) if (sense.role === 'regulator' || sense.role === 'law') return true;
  return false;
}

function namesPrivacyBody(senses: readonly GeoSense[]): boolean {
  for (const sense of senses) if ((sense.role === 'regulator' || sense.role === 'law') && sense.privacy) return true;
  return false;
}

function insideAny(names: readonly TermMatch[], cue: TermMatch): boolean {
  const { field, start, end } = cue;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index];
    if (name.start <= start && name.end >= end && name.field === field) return true;
  }
  return false;
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
        .map((match) =>
          overlaps(match, suppressed)
            ? withSenses(
                match,
                match.senses.filter((sense) => sense.code !== target.jurisdiction),
              )
            : match,
        )
        .filter((match) => match.senses.length > 0);
    } else if ('topic' in target) {
      const kinds = TOPIC_CUE_KINDS[target.topic];
      cues = cues.filter((match) => !(overlaps(match, suppressed) && kinds.includes(match.cue.kind)));
    } else {
      const kind = target.scope === 'in' ? 'scope' : 'negative';
      cues = cues.filter((match) => !(overlaps(match, suppressed) && match.cue.kind === kind));
      if (target.scope === 'in') {
        geo = geo.map((match) =>
          overlaps(match, suppressed)
            ? withSenses(
                match,
                match.senses.map((sense) => ({ ...sense, privacy: false })),
              )
            : match,
        );
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
