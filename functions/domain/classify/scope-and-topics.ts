/**
 * Whether a story is about privacy or AI training on personal data, and which topics fit
 * its main thread. Both are sums of weighed cues: a cue counts more in the title than deep
 * in the body, and the second "personal data" adds less than the first.
 */
import {
  CHINESE_DATA_WORDS,
  CHINESE_PERSONAL_OBJECTS,
  DATA_FOR_AI_LINK_WORDS,
  GENERIC_TRAINING_OBJECTS,
  LEARNING_FROM_TERMS,
  PERSONAL_TRAINING_OBJECTS,
  PLATFORM_DATA_LINKS,
  PLATFORM_WORDS,
  POWER_WORDS,
  PURPOSE_LINK_WORDS,
  CHAT_TOOL_WORDS,
  type CueKind,
} from './lexicon.js';
import { deniedInChinese } from './chinese-denials.js';
import { CHINESE_NOT_PURPOSE_BEFORE, CHINESE_PURPOSE_MARKS } from './lexicon-languages.js';
import { positionWeight, type WeighedMention } from './mention-weight.js';
import { ShortWordSet } from './short-words.js';
import { spanMatch, type CueMatch, type GeoSense, type TermMatch } from './term-index.js';
import { isUpperStretch, sentenceFrom, sentenceTo, type FieldText, type StoryFields } from './text-fields.js';
import { TOPICS, type Topic } from './types.js';
import { internWord, WordSet } from './vocabulary.js';

const TO = internWord('to');

/** A story is in scope from this much net weight (with at least one anchor). */
export const SCOPE_THRESHOLD = 4;
/** Building or developing with people's data somewhere in the sentence: the loosest training hit. */
const DEVELOP_MODELS = 'topic:ai-training/develop-models';

/**
 * People's data used to train an AI or fed to it, told in one sentence of a summary, is what an
 * `ai-training` story is: enough for scope on its own. In a headline it already weighs more
 * (3, and half again for the headline); lower in a long body, less.
 */
function personalTrainingWeight(match: TermMatch, hasSummary: boolean): number {
  const factor = fieldFactor(match, hasSummary);
  return Math.max(3 * factor, Math.min(SCOPE_THRESHOLD, SCOPE_THRESHOLD * factor));
}
/** Cues this heavy are anchors: "privacy" alone, however often, never makes a privacy story. */
const ANCHOR_WEIGHT = 2;
const WEAK_SCOPE_CAP = 2;
const NEGATIVE_CAP = 5;

export interface WeighedCue {
  readonly match: TermMatch;
  readonly rule: string;
  readonly weight: number;
}

/**
 * Every weighed cue is made here: one class gives them all one shape, so the code reading
 * them (scope, topics, evidence) reads fields directly instead of looking them up.
 */
class Weighed implements WeighedCue {
  constructor(
    readonly match: TermMatch,
    readonly rule: string,
    readonly weight: number,
  ) {}
}

export function weighedCue(match: TermMatch, rule: string, weight: number): WeighedCue {
  return new Weighed(match, rule, weight);
}

export interface ScopeVerdict {
  readonly inScope: boolean;
  readonly score: number;
  readonly positive: readonly WeighedCue[];
  readonly negative: readonly WeighedCue[];
}

export interface TrainingHit {
  readonly match: TermMatch;
  /** Whose data: people's (users, posts, personal data) or just "data". */
  readonly personal: boolean;
  readonly rule: string;
}

export interface TopicVerdict {
  readonly topic: Topic;
  readonly evidence: readonly WeighedCue[];
}

export interface StoryFacts {
  readonly fields: StoryFields;
  readonly cues: readonly CueMatch[];
  readonly weighed: readonly WeighedMention[];
  readonly hasSummary: boolean;
  /** Extra scope weight from promoted editor rules: positive pushes in, negative out. */
  readonly editorScope: readonly WeighedCue[];
}

function fieldFactor(match: TermMatch, hasSummary: boolean): number {
  if (match.field === 'title') return 1.5;
  if (match.field === 'summary' || !hasSummary) return match.start > 1500 ? 0.3 : 1;
  return match.start > 1500 ? 0.3 : 0.6;
}

/** Larger first. Returns -1, 0 or 1: a small integer costs nothing to return, a fraction does. */
function descending(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/** Sums contributions with diminishing returns: 1, 1/2, 1/4... of each further one. */
function diminishingSum(values: number[]): number {
  // Largest first. Groups hold a few values, sorted by insertion with the comparison written in.
  if (values.length > 64) {
    values.sort(descending);
  } else {
    for (let index = 1; index < values.length; index += 1) {
      const value = values[index];
      let at = index;
      while (at > 0 && values[at - 1] < value) {
        values[at] = values[at - 1];
        at -= 1;
      }
      values[at] = value;
    }
  }
  let total = 0;
  let factor = 1;
  for (const value of values) {
    total += value * factor;
    factor /= 2;
  }
  return total;
}

export function judgeScope(facts: StoryFacts, training: readonly TrainingHit[]): ScopeVerdict {
  const positive: WeighedCue[] = [];
  const negative: WeighedCue[] = [];
  // Diminishing returns within a group: the same cue (or one jurisdiction's regulators) again
  // adds less. Groups are filled as cues are weighed, in the same order.
  const groups = new Groups();
  // A story needs an anchor: one strong cue, a privacy regulator or law, people's data in training.
  let anchored = false;
  let freedomOfInformation = false;
  // A celebrity's privacy invaded is a celebrity story: the harm alone anchors nothing there.
  let celebrity = false;
  for (const match of facts.cues) if (match.cue.id === CELEBRITY) celebrity = true;
  for (const match of facts.cues) {
    const kind = match.cue.kind;
    if (kind === 'scope' && DATA_SUBJECT_CUES.has(match.cue.id) && isDenied(facts.fields.get(match.field)!, match)) {
      // "no personal data was taken", "customer records were not affected": a reason against.
      negative.push(weighedCue(match, NO_PERSONAL_DATA, NO_PERSONAL_DATA_WEIGHT * fieldFactor(match, facts.hasSummary)));
    } else if (kind === 'scope') {
      const weight = match.cue.weight * fieldFactor(match, facts.hasSummary);
      positive.push(weighedCue(match, match.cue.id, weight));
      groups.add(scopeGroup(match.cue.id), weight);
      if (match.cue.weight >= ANCHOR_WEIGHT && !(celebrity && match.cue.id === PRIVACY_HARM)) anchored = true;
    } else if (kind === 'negative') {
      // A cue that only hides a shorter one ("chip card" over "chip") weighs nothing and is no evidence.
      if (match.cue.weight === 0) continue;
      negative.push(weighedCue(match, match.cue.id, match.cue.weight * fieldFactor(match, facts.hasSummary)));
      if (match.cue.id === FREEDOM_OF_INFORMATION) freedomOfInformation = true;
    }
  }
  // Many information commissioners oversee freedom of information too: in a story about
  // access to records, naming one does not make a privacy story unless the story's own words,
  // or a privacy law it names, do.
  const accessToRecords = !anchored && freedomOfInformation && !namesPrivacyLaw(facts.weighed);
  for (const mention of facts.weighed) {
    const { sense, match } = mention;
    if (sense.role !== 'regulator' && sense.role !== 'law') continue;
    if (sense.weak) {
      // A home name or a generic title that no language made firm ("Datenschutzbehörde" in a
      // story that does not say whose) still names a data protection authority; an acronym does not.
      if (namesSomeAuthority(facts, mention)) {
        const weight = 3 * fieldFactor(match, facts.hasSummary);
        positive.push(weighedCue(match, PRIVACY_AUTHORITY, weight));
        groups.add(PRIVACY_AUTHORITY, weight);
        anchored = true;
      }
      continue;
    }
    // Named privacy regulators and laws make a privacy story; competition or AI bodies barely do,
    // nor does a law named only as what a regulator enforces.
    const privacy = sense.privacy && !accessToRecords && mention.context !== 'remit';
    const { rule, group } = scopeRuleOf(sense);
    const weight = (privacy ? 3 : 0.5) * fieldFactor(match, facts.hasSummary);
    positive.push(weighedCue(match, rule, weight));
    groups.add(group, weight);
    if (privacy) anchored = true;
  }
  // A privacy regulator sanctioning someone is a privacy story, however few other words say so
  // (a German or Dutch story's "Datenschutz" hides inside compounds).
  const action = regulatorAction(facts);
  if (action !== undefined) {
    const weight = REGULATOR_ACTION_WEIGHT * fieldFactor(action, facts.hasSummary);
    positive.push(weighedCue(action, REGULATOR_ACTION, weight));
    groups.add(REGULATOR_ACTION, weight);
  }
  // Hackers taking or exposing people's data is a breach story, however it is worded
  // ("les données de 43 millions de personnes dérobées", "roban datos de vecinos").
  const theft = theftOfPeoplesData(facts);
  if (theft !== undefined) {
    const weight = THEFT_WEIGHT * fieldFactor(theft, facts.hasSummary);
    positive.push(weighedCue(theft, THEFT_OF_PEOPLES_DATA, weight));
    groups.add(THEFT_OF_PEOPLES_DATA, weight);
    anchored = true;
    // A headline says the same break-in in fewer words ("Hacker who extorted patients jailed").
    const retold = retoldTheft(facts, theft);
    if (retold !== undefined) {
      const again = THEFT_WEIGHT * fieldFactor(retold, facts.hasSummary);
      positive.push(weighedCue(retold, THEFT_OF_PEOPLES_DATA, again));
      groups.add(THEFT_OF_PEOPLES_DATA, again);
    }
  }
  // "violate the right to privacy", "inbreuk op hun privacy", "侵犯他們的私隱": privacy harmed, worded any way;
  // in a story about access to records, privacy is the ground for withholding them, not the story.
  const infringed = celebrity || (freedomOfInformation && !namesPrivacyLaw(facts.weighed)) ? undefined : privacyInfringed(facts);
  if (infringed !== undefined) {
    const weight = PRIVACY_INFRINGED_WEIGHT * fieldFactor(infringed, facts.hasSummary);
    positive.push(weighedCue(infringed, PRIVACY_INFRINGED, weight));
    groups.add(PRIVACY_HARM, weight);
    anchored = true;
  }
  // People's data handed to advertisers, brokers, insurers or fraudsters, worded any way.
  const handedOver = dataHandedOver(facts);
  if (handedOver !== undefined) {
    const weight = DATA_HANDED_OVER_WEIGHT * fieldFactor(handedOver, facts.hasSummary);
    positive.push(weighedCue(handedOver, DATA_HANDED_OVER, weight));
    groups.add(INTRUSION, weight);
    anchored = true;
  }
  // A lawsuit, a class action or a jury over people's data is privacy litigation, as a regulator's sanction is enforcement.
  const litigation = privacyLitigation(facts, theft, infringed);
  if (litigation !== undefined) {
    const weight = LITIGATION_WEIGHT * fieldFactor(litigation, facts.hasSummary);
    positive.push(weighedCue(litigation, PRIVACY_LITIGATION, weight));
    groups.add(PRIVACY_LITIGATION, weight);
  }
  for (const hit of training) {
    const rule = hit.personal ? 'scope:ai-training-personal-data' : 'scope:ai-training';
    // Building or developing with people's data named somewhere in the sentence says less than training on it.
    const weight = !hit.personal
      ? 1.5 * fieldFactor(hit.match, facts.hasSummary)
      : hit.rule === DEVELOP_MODELS
        ? 3 * fieldFactor(hit.match, facts.hasSummary)
        : personalTrainingWeight(hit.match, facts.hasSummary);
    positive.push(weighedCue(hit.match, rule, weight));
    groups.add(rule, weight);
    if (hit.personal) anchored = true;
  }
  let editorPenalty = 0;
  for (const cue of facts.editorScope) {
    if (cue.weight > 0) {
      positive.push(cue);
      groups.add(scopeGroup(cue.rule), cue.weight);
      anchored = true;
    } else {
      negative.push(weighedCue(cue.match, cue.rule, -cue.weight));
      editorPenalty -= cue.weight;
    }
  }

  let total = 0;
  for (let group = 0; group < groups.names.length; group += 1) {
    const sum = diminishingSum(groups.values[group]);
    total += groups.names[group] === 'scope:weak' ? Math.min(sum, WEAK_SCOPE_CAP) : sum;
  }
  // The strongest negative cue of each rule, rules in the order they first come.
  const negativeRules: string[] = [];
  const strongestNegative: number[] = [];
  for (const cue of negative) {
    if (isEditorRule(cue.rule)) continue;
    const at = negativeRules.indexOf(cue.rule);
    if (at < 0) {
      negativeRules.push(cue.rule);
      strongestNegative.push(Math.max(0, cue.weight));
    } else {
      strongestNegative[at] = Math.max(strongestNegative[at], cue.weight);
    }
  }
  let penalty = 0;
  for (const value of strongestNegative) penalty += value;
  // Editors' rules are not capped: an editor who says "out" means it.
  const net = total - Math.min(penalty, NEGATIVE_CAP) - editorPenalty;
  const raw = net > 0 ? net / (net + SCOPE_THRESHOLD) : 0;
  const score = anchored ? raw : Math.min(raw, 0.45);
  return { inScope: anchored && net >= SCOPE_THRESHOLD, score: Math.round(score * 1000) / 1000, positive, negative };
}

const PRIVACY_AUTHORITY = 'scope:privacy-authority';

/** A weak privacy regulator's name written in words, not capitals: a data protection authority, whoever's it is. */
function namesSomeAuthority(facts: StoryFacts, mention: WeighedMention): boolean {
  const firm = mention.sense.firm;
  if (firm === undefined || !firm.privacy || firm.role !== 'regulator' || mention.context === 'remit') return false;
  const { match } = mention;
  const field = facts.fields.get(match.field);
  return field !== undefined && !isUpperStretch(field.text, match.start, match.end);
}

const FREEDOM_OF_INFORMATION = 'negative:freedom-of-information';
const REGULATOR_ACTION = 'scope:regulator-sanction';
const REGULATOR_ACTION_WEIGHT = 1.5;
const SANCTION = 'topic:enforcement/sanction';

/**
 * The first sanction ("fined", "amende", "Bußgeld", "罰款") in a sentence that names a privacy
 * regulator, by its name or by its role ("the data protection commissioner has opened an investigation").
 */
function regulatorAction(facts: StoryFacts): CueMatch | undefined {
  for (const match of facts.cues) {
    if (match.cue.id !== SANCTION || nextWordIsPower(facts, match)) continue;
    for (const mention of facts.weighed) {
      // The same sentence, or a headline and the lead sentence under it: "35 Millionen Euro
      // Bußgeld gegen H&M" over "…, teilte der Hamburgische Datenschutzbeauftragte mit".
      if (namesPrivacyBody(mention, false) && sharesSentenceEitherWay(match, mention.match)) return match;
    }
    for (const other of facts.cues) {
      if (other.cue.id === PRIVACY_AUTHORITY && sharesSentenceEitherWay(match, other)) return match;
    }
  }
  return undefined;
}

function sharesSentenceEitherWay(one: TermMatch, other: TermMatch): boolean {
  return sharesSentenceOrLeads(one, other) || sharesSentenceOrLeads(other, one);
}

/** A privacy regulator (or, with `laws`, a privacy law) named in its own right, not as a body's remit. */
function namesPrivacyBody({ sense, context }: WeighedMention, laws: boolean): boolean {
  return (sense.role === 'regulator' || (laws && sense.role === 'law')) && sense.privacy && !sense.weak && context !== 'remit';
}

const PRIVACY_INFRINGED = 'scope:privacy-infringed';
const CELEBRITY = 'negative:celebrity';
/** As much as the privacy harms listed as phrases ("invasion of privacy" aside), and counted with them. */
const PRIVACY_INFRINGED_WEIGHT = 3;
const PRIVACY_HARM = 'scope:privacy-harm';
/** How far after the act the right may come: "violated (the) (fundamental) right to privacy", "porte une atteinte disproportionnée au droit…". */
const INFRINGED_REACH_WORDS = 4;
const INFRINGED_REACH_HAN = 6;

/**
 * An act of infringing (violate, atteinte, verletzt, vulnera, inbreuk, 侵犯) with what it
 * infringes a few words after it in the same sentence (privacy, private life, the right to
 * either): the span from one to the other, or undefined.
 */
function privacyInfringed(facts: StoryFacts): TermMatch | undefined {
  for (const act of facts.cues) {
    if (act.cue.kind !== 'privacy-infringe') continue;
    for (const object of facts.cues) {
      if (object.cue.kind !== 'privacy-object' || object.field !== act.field || object.sentence !== act.sentence) continue;
      const near =
        act.startToken >= 0
          ? object.startToken >= act.endToken && object.startToken - act.endToken <= INFRINGED_REACH_WORDS
          : object.startToken < 0 && object.start >= act.end && object.start - act.end <= INFRINGED_REACH_HAN;
      if (!near) continue;
      const field = facts.fields.get(act.field);
      if (field !== undefined) return spanMatch(act.field, field.text, act.start, object.end, act.sentence);
    }
  }
  return undefined;
}

const DATA_HANDED_OVER = 'scope:data-handed-over';
/** As much as "sold personal data" and "shared with advertisers" (`scope:intrusion`), and counted with them. */
const DATA_HANDED_OVER_WEIGHT = 3;
/** How far apart the handing over and the recipient may stand ("passed users' HIV status and GPS location to two analytics companies"). */
const HANDOVER_REACH_WORDS = 12;
const HANDOVER_REACH_HAN = 24;

/**
 * Handing over (shared, sold, transmettait, weitergegeben, 傳給) and a recipient who profits
 * from people's data or misuses it (advertisers, data brokers, insurers, third parties,
 * fraudsters) in one sentence that names people or their data: the span from one to the other.
 */
function dataHandedOver(facts: StoryFacts): TermMatch | undefined {
  for (const recipient of facts.cues) {
    if (recipient.cue.kind !== 'data-recipient') continue;
    const field = facts.fields.get(recipient.field);
    if (field === undefined) continue;
    for (const verb of facts.cues) {
      if (verb.cue.kind !== 'handover-verb' || verb.field !== recipient.field || verb.sentence !== recipient.sentence) continue;
      const near =
        verb.startToken >= 0
          ? recipient.startToken >= 0 && Math.abs(recipient.startToken - verb.startToken) <= HANDOVER_REACH_WORDS
          : recipient.startToken < 0 && Math.abs(recipient.start - verb.start) <= HANDOVER_REACH_HAN;
      if (!near || !namesPeoplesData(facts, field, recipient)) continue;
      const start = Math.min(verb.start, recipient.start);
      const end = Math.max(verb.end, recipient.end);
      return spanMatch(recipient.field, field.text, start, end, recipient.sentence);
    }
  }
  return undefined;
}

/**
 * Whether the sentence of a match names people or data (data handed to advertisers or brokers
 * is about people whoever it is said to be about), undenied.
 */
function namesPeoplesData(facts: StoryFacts, field: FieldText, match: TermMatch): boolean {
  if (sentenceObjects(field, match.sentence) !== 'none') return true;
  for (const other of facts.cues) {
    if (other.field === match.field && other.sentence === match.sentence && PEOPLES_DATA_CUES.has(other.cue.id) && !isDenied(field, other)) return true;
  }
  return false;
}

const PRIVACY_LITIGATION = 'scope:privacy-litigation';
// As much as a regulator's sanction: it says whose dispute this is, not that it is about privacy.
const LITIGATION_WEIGHT = 1.5;
const US_DOLLARS = 'place:us-dollars';
const INTRUSION = 'scope:intrusion';

/**
 * The first litigation word (a lawsuit, a court, a class action, a jury: "Sammelklage",
 * "demanda colectiva", "massaclaim", 集體訴訟, 陪审团) in a sentence with a privacy anchor
 * (people's data, consent, tracking: a scope cue of anchor weight), or in the headline of a
 * story whose lead sentence has one. A lawsuit that touches no one's data adds nothing.
 */
function privacyLitigation(facts: StoryFacts, theft: TermMatch | undefined, infringed: TermMatch | undefined): CueMatch | undefined {
  // The anchors first, once: most stories have no litigation word, and those that do a few anchors.
  let anchors: CueMatch[] | undefined;
  for (const match of facts.cues) {
    const kind = match.cue.kind;
    if (kind !== 'litigation' && (kind !== 'litigation-place' || match.cue.id === US_DOLLARS)) continue;
    if (match.cue.weight === 0) continue;
    // A theft of people's data (`theftOfPeoplesData`) or privacy infringed (`privacyInfringed`) anchors as a cue does.
    if (theft !== undefined && sharesSentenceOrLeads(match, theft)) return match;
    if (infringed !== undefined && sharesSentenceOrLeads(match, infringed)) return match;
    anchors ??= privacyAnchors(facts);
    for (const anchor of anchors) if (sharesSentenceOrLeads(match, anchor)) return match;
    // A data protection law or regulator named with the court: "in strijd met de AVG", "the ICO's appeal".
    for (const mention of facts.weighed) if (namesPrivacyBody(mention, true) && sharesSentenceOrLeads(match, mention.match)) return match;
  }
  return undefined;
}

/** The story's privacy anchors that say whose data is at stake (see `privacyLitigation`). */
function privacyAnchors(facts: StoryFacts): CueMatch[] {
  const anchors: CueMatch[] = [];
  for (const other of facts.cues) {
    if (other.cue.kind !== 'scope' || other.cue.weight < ANCHOR_WEIGHT) continue;
    const field = facts.fields.get(other.field)!;
    // "without their consent" is a privacy matter when the sentence says whose data; a subscription or an article copied is not.
    if (other.cue.id === INTRUSION && !(sentenceObjects(field, other.sentence) === 'personal' && sentenceHasData(field, other.sentence))) continue;
    if (DATA_SUBJECT_CUES.has(other.cue.id) && isDenied(field, other)) continue;
    anchors.push(other);
  }
  return anchors;
}

/** The two stand in one sentence, or the first in the headline and the second in the lead sentence after it. */
function sharesSentenceOrLeads(headline: TermMatch, other: TermMatch): boolean {
  if (headline.field === other.field) return headline.sentence === other.sentence;
  return headline.field === 'title' && other.sentence === 0;
}

const THEFT_OF_PEOPLES_DATA = 'scope:breach-of-peoples-data';
// As much as "data breach" itself: that is what it says.
const THEFT_WEIGHT = 3;
const BREACH_INCIDENT = 'topic:breach/incident';
/** Cues that name people's data or the kinds of it a breach exposes. */
const PEOPLES_DATA_CUES = new Set(['scope:personal-data', 'scope:subject-data', 'scope:identifiers']);

/**
 * The first breach cue ("stolen", "dérobées", "roban", "gestolen", "暴露") in a sentence that
 * names people's data: by a cue ("names and addresses", "datos de clientes") or by whose data
 * it is ("personnes", "vecinos", "用户"). Not when the story says no personal data was touched.
 */
function theftOfPeoplesData(facts: StoryFacts): CueMatch | undefined {
  for (const match of facts.cues) {
    if (match.cue.id !== BREACH_INCIDENT) continue;
    const key = sentenceKey(match);
    const field = facts.fields.get(match.field);
    if (field === undefined) continue;
    let denied = false;
    for (const other of facts.cues) {
      if (!PEOPLES_DATA_CUES.has(other.cue.id) || sentenceKey(other) !== key) continue;
      if (!isDenied(field, other)) return match;
      denied = true;
    }
    // "hackers encrypted its systems; no customer or employee data was taken": the data the sentence names it denies.
    if (!denied && sentenceObjects(field, match.sentence) === 'personal' && sentenceHasData(field, match.sentence)) return match;
  }
  return undefined;
}

/**
 * What people's data is kept in or said in, beside the words for data: a breach takes a patient
 * database, chat logs or case files as surely as "data" ("exposed applicants' chats").
 */
const RECORD_WORDS = new WordSet([
  'details',
  'documents',
  'documenti',
  'documentos',
  'dokumente',
  'documenten',
  'database',
  'databases',
  'records',
  'files',
  'chats',
  'conversations',
  'messages',
  'dossiers',
  'fichiers',
  'conversazioni',
  'conversaciones',
  'gesprekken',
  'gespräche',
  'échanges',
  'datenbank',
  'datenbanken',
  'akten',
  'diagnosen',
  'expedientes',
  'historiales',
  'registros',
  'archivi',
  'banche',
  'cartelle',
  'bestanden',
  'databank',
  'verslagen',
  // Recordings of people's voices and conversations.
  'recordings',
  'enregistrements',
  'aufnahmen',
  'sprachaufnahmen',
  'grabaciones',
  'registrazioni',
  'opnames',
  'opnamen',
]);

/**
 * Once the summary or body tells of people's data taken, a breach cue in the headline that
 * names the people or the data ("Hacker who extorted patients", "banche dati") retells it.
 */
function retoldTheft(facts: StoryFacts, theft: CueMatch): CueMatch | undefined {
  if (theft.field === 'title') return undefined;
  for (const match of facts.cues) {
    // Cues come field by field, the title's first.
    if (match.field !== 'title') break;
    if (match.cue.id !== BREACH_INCIDENT) continue;
    const field = facts.fields.get(match.field);
    if (field === undefined) continue;
    if (sentenceObjects(field, match.sentence) === 'personal' || sentenceHasData(field, match.sentence)) return match;
  }
  return undefined;
}

/** Whether a sentence names data or records ("datos", "gegevens", "資料", "database"). */
function sentenceHasData(field: FieldText, sentence: number): boolean {
  const to = sentenceTo(field, sentence);
  for (let token = sentenceFrom(field, sentence); token < to; token += 1) {
    const word = field.tokenWords[token];
    if (GENERIC_TRAINING_OBJECTS.has(word) || RECORD_WORDS.has(word)) return true;
  }
  if (!field.hasHan) return false;
  const text = field.text.slice(field.sentenceStarts[sentence], field.sentenceStarts[sentence + 1] ?? field.text.length);
  return CHINESE_PERSONAL_OBJECTS.some((word) => text.includes(word)) || CHINESE_DATA_WORDS.some((word) => text.includes(word));
}

/** Cues naming people's data, which a story can deny was touched. */
const DATA_SUBJECT_CUES = new Set(['scope:personal-data', 'scope:subject-data']);
const NO_PERSONAL_DATA = 'negative:no-personal-data';
const NO_PERSONAL_DATA_WEIGHT = 2;
/** "No", "without" and "any" before the data denied, in each language ("keine Kundendaten", "aucune donnée"). */
const NO_WORDS = new WordSet([
  'no',
  'without',
  'aucune',
  'aucun',
  'sans',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'ohne',
  'ningún',
  'ninguna',
  'ningun',
  'sin',
  'nessun',
  'nessuna',
  'nessuno',
  'senza',
  'geen',
  'zonder',
]);
const ANY_WORDS = new WordSet(['any', 'irgendwelche', 'alcun', 'alcuna', 'enige']);
/** "or" and "and" in each language, joining the people a denial covers ("no customer or employee data"). */
const COORDINATORS = new WordSet(['or', 'and', 'nor', 'ou', 'et', 'ni', 'oder', 'und', 'noch', 'o', 'y', 'e', 'né', 'of', 'en']);
/** "Not" and "never" after the data, in each language ("n'ont pas été", "nicht abgeflossen", "non sono stati"). */
const NOT_WORDS = new WordSet(['not', 'never', 'pas', 'jamais', 'nicht', 'nie', 'no', 'nunca', 'non', 'mai', 'niet', 'nooit']);
/** What an incident does to data: met between the data and a "not", the "not" is about something else. */
const COMPROMISE_WORDS = new WordSet([
  'affected',
  'compromised',
  'accessed',
  'exposed',
  'stolen',
  'breached',
  'impacted',
  'leaked',
  'involved',
  'taken',
  'viewed',
  'touchées',
  'touchés',
  'touchée',
  'touché',
  'compromises',
  'compromis',
  'dérobées',
  'dérobés',
  'dérobée',
  'volées',
  'volés',
  'volée',
  'exposées',
  'exposés',
  'consultées',
  'affectées',
  'affectés',
  'concernées',
  'concernés',
  'exfiltrées',
  'divulguées',
  'betroffen',
  'abgeflossen',
  'gestohlen',
  'erbeutet',
  'kompromittiert',
  'entwendet',
  'abgegriffen',
  'eingesehen',
  'kopiert',
  'afectados',
  'afectadas',
  'comprometidos',
  'comprometidas',
  'robados',
  'robadas',
  'sustraídos',
  'sustraídas',
  'expuestos',
  'expuestas',
  'filtrados',
  'filtradas',
  'accedido',
  'coinvolti',
  'coinvolte',
  'compromessi',
  'compromesse',
  'sottratti',
  'sottratte',
  'rubati',
  'rubate',
  'esposti',
  'esposte',
  'trafugati',
  'violati',
  'getroffen',
  'buitgemaakt',
  'gestolen',
  'gelekt',
  'ingezien',
  'gecompromitteerd',
  'ontvreemd',
  'betrokken',
  'geraakt',
  'robado',
  'sustraído',
  'dérobé',
  'volé',
  'sottratto',
  'rubato',
]);
/**
 * Whether the sentence denies the data was touched: "no personal data", "without any customer
 * records", or "customer records ... had not been affected" with no other such word between,
 * in each language the classifier reads.
 */
/** What "no" finds before a denied cue ("no evidence that", "no indication that"). */
const FINDING_WORDS = new WordSet(['evidence', 'indication', 'sign', 'signs', 'suggestion']);

function isDenied(field: FieldText, match: CueMatch): boolean {
  if (match.startToken < 0) return field.hasHan && deniedInChinese(field.text, match.start, match.end);
  const from = sentenceFrom(field, match.sentence);
  const to = sentenceTo(field, match.sentence);
  const before = match.startToken - 1;
  const word = before >= from ? field.tokenWords[before] : -1;
  if (NO_WORDS.has(word)) return true;
  if (ANY_WORDS.has(word) && before - 1 >= from && NO_WORDS.has(field.tokenWords[before - 1])) return true;
  // "no customer or employee data", "keine Kunden- oder Mitarbeiterdaten": the "no" of a list.
  if (before - 1 >= from && COORDINATORS.has(word)) {
    for (let token = before - 1; token >= Math.max(from, before - 3); token -= 1) if (NO_WORDS.has(field.tokenWords[token])) return true;
  }
  // "no se han robado datos personales", "n'a pas dérobé de données": the data after a denied act.
  for (let token = before; token >= Math.max(from, before - 2); token -= 1) {
    if (!COMPROMISE_WORDS.has(field.tokenWords[token])) continue;
    for (let not = token - 1; not >= Math.max(from, token - 3); not -= 1) if (NOT_WORDS.has(field.tokenWords[not])) return true;
    break;
  }
  // "no evidence that customer data had been compromised": the finding denies what follows it.
  for (let token = before; token > from && token > before - 8; token -= 1) {
    if (FINDING_WORDS.has(field.tokenWords[token]) && NO_WORDS.has(field.tokenWords[token - 1])) return true;
  }
  for (let token = match.endToken; token < Math.min(to, match.endToken + 10); token += 1) {
    const here = field.tokenWords[token];
    if (COMPROMISE_WORDS.has(here)) return false;
    if (!NOT_WORDS.has(here)) continue;
    for (let after = token + 1; after < Math.min(to, token + 4); after += 1) if (COMPROMISE_WORDS.has(field.tokenWords[after])) return true;
    return false;
  }
  return false;
}

function namesPrivacyLaw(weighed: readonly WeighedMention[]): boolean {
  for (const mention of weighed) if (mention.sense.role === 'law' && namesPrivacyBody(mention, true)) return true;
  return false;
}

/** Whether a rule is an editor's ("editor-rule:..."): the first letter turns the others away cheaply. */
function isEditorRule(rule: string): boolean {
  return rule.charCodeAt(0) === 101 /* e */ && rule.startsWith('editor-rule:');
}

/**
 * Weights by group, groups in the order they first come. A story has a dozen groups or so,
 * named by a few constant strings: a list searched in order finds one faster than a Map
 * hashes the name.
 */
class Groups {
  readonly names: string[] = [];
  readonly values: number[][] = [];

  add(group: string, weight: number): void {
    const at = this.names.indexOf(group);
    if (at >= 0) {
      this.values[at].push(weight);
    } else {
      this.names.push(group);
      this.values.push([weight]);
    }
  }
}

/** One jurisdiction's regulators count as one group, as do its laws. */
function scopeGroup(rule: string): string {
  // Most rules are cues' own ("scope:personal-data"): the letter after "scope:" turns those
  // away before any prefix is compared, which is much the dearer test.
  const letter = rule.charCodeAt(6);
  if (letter !== 114 /* r */ && letter !== 108 /* l */) return rule;
  return rule.startsWith('scope:regulator:') || rule.startsWith('scope:law:') ? rule.split('/')[0] : rule;
}

interface ScopeRule {
  readonly rule: string;
  readonly group: string;
}

// Worked out once per sense: building the rule anew for every mention, then reading its
// group back out of it, was a measurable share of judging a story.
const scopeRules = new WeakMap<GeoSense, ScopeRule>();

function scopeRuleOf(sense: GeoSense): ScopeRule {
  let known = scopeRules.get(sense);
  if (known === undefined) {
    const rule = `scope:${sense.rule}`;
    known = { rule, group: scopeGroup(rule) };
    scopeRules.set(sense, known);
  }
  return known;
}

/**
 * "train ... AI models" and the like: a training verb with an AI word close by in the same
 * sentence, and whose data it is. Building or developing counts only with people's data
 * named in the sentence; a copyright sentence is not about people.
 */
export function findTrainingHits(facts: StoryFacts): TrainingHit[] {
  // The cues that bear on training, in story order: a story has a handful.
  const cues = TRAINING_CUES;
  while (cues.length > 0) cues.pop();
  for (const match of facts.cues) {
    const kind = match.cue.kind;
    if (kind === 'train-verb' || kind === 'develop-verb' || kind === 'ai-object' || kind === 'copyright') cues.push(match);
  }
  const hits: TrainingHit[] = [];
  // Sentence by sentence, in the order sentences first come: each at its first cue.
  for (let first = 0; first < cues.length; first += 1) {
    const key = sentenceKey(cues[first]);
    if (seenBefore(cues, first, key)) continue;
    const objects = SENTENCE_OBJECTS;
    while (objects.length > 0) objects.pop();
    let copyright = false;
    for (let at = first; at < cues.length; at += 1) {
      if (sentenceKey(cues[at]) !== key) continue;
      if (cues[at].cue.kind === 'copyright') copyright = true;
      else if (cues[at].cue.kind === 'ai-object') objects.push(cues[at]);
    }
    if (copyright || objects.length === 0) continue;
    const field = facts.fields.get(cues[first].field)!;
    const people = sentenceObjects(field, cues[first].sentence);
    const linked = people === 'personal' ? (trainingData(field, objects) ?? dataForAi(field, objects)) : undefined;
    if (linked !== undefined) {
      hits.push(linked);
      continue;
    }
    for (let at = first; at < cues.length; at += 1) {
      const verb = cues[at];
      if (sentenceKey(verb) !== key || (verb.cue.kind !== 'train-verb' && verb.cue.kind !== 'develop-verb')) continue;
      const develop = verb.cue.kind === 'develop-verb';
      if (develop && people !== 'personal') continue;
      // "a caseworker fed case notes into ChatGPT": people at work putting data into a tool they use, not a model made from it.
      if (develop && fedByStaff(field, verb)) continue;
      // "learn from the contents of customers' calls": learning counts only from people's data named right after it.
      if (LEARNING_FROM.has(verb.term.toLowerCase())) {
        const data = people === 'personal' ? peoplesDataAfter(field, verb) : -1;
        if (data < 0) continue;
        hits.push({
          match: spanMatch(verb.field, field.text, verb.start, field.tokenEnds[data], verb.sentence),
          personal: true,
          rule: 'topic:ai-training/train-on-data',
        });
        break;
      }
      const object = pickObject(objects, verb, develop, field.text);
      if (object === undefined) {
        // "training with personal data" in a sentence that names an AI further off.
        const data = develop || people !== 'personal' ? -1 : trainedOnPeoplesData(field, verb);
        if (data >= 0) {
          hits.push({
            match: spanMatch(verb.field, field.text, verb.start, field.tokenEnds[data], verb.sentence),
            personal: true,
            rule: 'topic:ai-training/train-on-data',
          });
          break;
        }
        continue;
      }
      // A privacy regulator looking into how an AI is trained: its concern is people's data, named or not.
      const regulator = people === 'none' && privacyRegulatorOnTraining(facts, verb);
      if (people === 'none' && !regulator) continue;
      const start = Math.min(verb.start, object.start);
      const end = Math.max(verb.end, object.end);
      hits.push({
        match: spanMatch(verb.field, field.text, start, end, verb.sentence),
        personal: people === 'personal' || regulator,
        rule: regulator ? 'topic:ai-training/regulator-on-training' : develop ? DEVELOP_MODELS : 'topic:ai-training/train-models',
      });
      break;
    }
  }
  return hits;
}

/**
 * Whether a privacy regulator is at the training the verb tells of, though its sentence names no
 * data: named in the same sentence ("il Garante privacy … indaga sull'addestramento dell'IA",
 * a headline over its lead), or acting there ("opened an inquiry into how the model is trained")
 * in a story where a privacy regulator sanctions or investigates.
 */
function privacyRegulatorOnTraining(facts: StoryFacts, verb: CueMatch): boolean {
  let named = false;
  for (const mention of facts.weighed) {
    if (!namesPrivacyBody(mention, false)) continue;
    if (sharesSentenceEitherWay(verb, mention.match)) return true;
    named = true;
  }
  if (!named) return false;
  for (const match of facts.cues) {
    if (match.cue.id === SANCTION && match.field === verb.field && match.sentence === verb.sentence) return regulatorAction(facts) !== undefined;
  }
  return false;
}

// Working lists of `findTrainingHits`, reused from story to story.
const TRAINING_CUES: CueMatch[] = [];
const SENTENCE_OBJECTS: CueMatch[] = [];

/** Whether a cue before `at` is in the sentence `key`. */
function seenBefore(cues: readonly CueMatch[], at: number, key: number): boolean {
  for (let before = 0; before < at; before += 1) if (sentenceKey(cues[before]) === key) return true;
  return false;
}

/** A database named between a verb and its AI word: the database is what the verb acts on. */
const DATABASE_BETWEEN = /\b(?:base|bases|database|databases|datenbank|datenbanken|banca dati|banche dati|databank|databanken)\b|數據庫|数据库|資料庫/i;
/** ...unless the AI word is built beside it: "to build the database and algorithm it sells", "la base et l'algorithme". */
const DATABASE_AND =
  /\b(?:and|et|und|y|e|en)\s+(?:(?:the|its|an?|their|le|la|l['’]|les|son|sa|ses|leur|der|die|das|den|sein|seine|el|los|las|su|sus|il|lo|gli|i|suo|sua|de|het|zijn|haar)\s*)?$|和$|及$|與$|与$/i;

/** Whether the words between a building verb and its AI word name a database, and not one built beside the AI. */
function feedsDatabase(between: string): boolean {
  return DATABASE_BETWEEN.test(between) && !DATABASE_AND.test(between);
}

/** The AI word a training verb governs: the furthest one just after it ("train ... AI models"), else the nearest before. */
function pickObject(objects: readonly CueMatch[], verb: CueMatch, develop: boolean, text: string): CueMatch | undefined {
  let after: CueMatch | undefined;
  let before: CueMatch | undefined;
  for (const candidate of objects) {
    if (candidate.start >= verb.end && candidate.start - verb.end <= (develop ? 40 : 50)) {
      // "images créées par l'IA" is what an AI made; "algoritmos creados con ellos" is an AI made from data.
      if (MADE_FROM_ONLY.includes(verb.term.toLowerCase())) continue;
      // Feeding a database is not building a model: "alimenter sa base de reconnaissance faciale".
      if (develop && feedsDatabase(text.slice(verb.end, candidate.start))) continue;
      if (after === undefined || candidate.end > after.end) after = candidate;
    } else if (candidate.end <= verb.start && reachesBack(verb, verb.start - candidate.end, develop) && (!develop || followsItsModel(verb))) {
      if (before === undefined || candidate.end > before.end) before = candidate;
    }
  }
  return after ?? before;
}

/**
 * Whether a model `gap` code units before a verb may be its model. German and Dutch put a training verb
 * last, after what the model was trained with ("das Modell … mit den Gesundheitsdaten von 400.000
 * Teilnehmenden trainiert"); the noun ("zum Training") reaches no further than usual.
 */
function reachesBack(verb: CueMatch, gap: number, develop: boolean): boolean {
  if (develop) return gap <= 30;
  // The term is spelled out only for the rare model that stands further back than usual.
  return gap <= 50 || (gap <= 120 && !TRAINING_NOUNS.has(verb.term.toLowerCase()));
}

const TRAINING_NOUNS = new Set(['training', 'ki-training', 'entraînement', 'entrainement', 'entrenamiento', 'addestramento', 'allenamento', '訓練', '训练']);

/** Learning from something: an AI's training only when people's data follows (people also learn from AI). */
const LEARNING_FROM = new Set(LEARNING_FROM_TERMS);

/** The token of people's data within a few words after a verb that names its source ("learn from the calls of customers"), or -1. */
function peoplesDataAfter(field: FieldText, verb: CueMatch): number {
  if (verb.endToken < 0) return -1;
  const from = sentenceFrom(field, verb.sentence);
  const to = Math.min(sentenceTo(field, verb.sentence), verb.endToken + 5);
  for (let data = verb.endToken; data < to; data += 1) if (isPeoplesData(field, data, from, to)) return data;
  return -1;
}

/** Prepositions that say what a model is trained on ("trained on", "Training mit", "entraîné sur"). */
const TRAINED_ON_WORDS = new ShortWordSet(['on', 'with', 'from', 'mit', 'anhand', 'auf', 'avec', 'sur', 'con', 'met', 'op', 'su', 'sui']);

/**
 * The token of people's data that a training verb is said to use, right after it and a
 * preposition ("Training mit Personendaten", "trained on members' posts"), or -1.
 */
function trainedOnPeoplesData(field: FieldText, verb: CueMatch): number {
  if (verb.endToken < 0) return -1;
  const from = sentenceFrom(field, verb.sentence);
  const to = Math.min(sentenceTo(field, verb.sentence), verb.endToken + 5);
  for (let link = verb.endToken; link < Math.min(to, verb.endToken + 2); link += 1) {
    if (!TRAINED_ON_WORDS.hasToken(field, link)) continue;
    for (let data = link + 1; data < to; data += 1) if (isPeoplesData(field, data, from, to)) return data;
  }
  return -1;
}

/** Words that may stand between an AI word and the people's data after it: "AI models and personal data". */
const AI_DATA_GAP = new ShortWordSet(['and', 'use', 'of', 'on', 'with', 'et', 'und', 'y', 'e', 'en', 'les', 'der', 'die', 'los', 'dei', 'van']);

/**
 * People's data tied to an AI by a preposition, with no verb needed: "users' posts for
 * generative AI", "sensitive personal information for machine learning", "AI models and
 * personal data". The data must come within six words before the link, the AI word within
 * three words after it; or the AI word first, joined to the data by "and", "use of" and the like.
 */
function dataForAi(field: FieldText, objects: readonly CueMatch[]): TrainingHit | undefined {
  for (const object of objects) {
    if (object.startToken < 0) {
      const mark = chinesePurposeBefore(field.text, object.start);
      if (mark >= 0) return linkHit(field, object, mark, object.end);
      continue;
    }
    const from = sentenceFrom(field, object.sentence);
    const to = sentenceTo(field, object.sentence);
    for (let link = object.startToken - 1; link >= Math.max(from, object.startToken - 3); link -= 1) {
      if (!DATA_FOR_AI_LINK_WORDS.hasToken(field, link) && !PURPOSE_LINK_WORDS.has(field.tokenWords[link])) continue;
      if (INPUT_LINK_WORDS.hasToken(field, link) && isChatTool(field, object, to)) break;
      for (let data = link - 1; data >= Math.max(from, link - 6); data -= 1) {
        if (isPeoplesData(field, data, from, to)) return linkHit(field, object, field.tokenStarts[data], object.end);
      }
      break;
    }
    for (let data = object.endToken; data < Math.min(to, object.endToken + 3); data += 1) {
      const word = field.tokenWords[data];
      if (PERSONAL_TRAINING_OBJECTS.has(word)) {
        // "chatbots and voice agents": the word names a tool, not anyone's voice.
        if (data + 1 < to && TOOL_HEADS.has(field.tokenWords[data + 1])) break;
        if (data > object.endToken) return linkHit(field, object, object.start, field.tokenEnds[data]);
        break;
      }
      if (!AI_DATA_GAP.hasToken(field, data)) break;
    }
  }
  return undefined;
}

/** Prepositions of putting something in: data put "in" a chatbot is a prompt, not training data. */
const INPUT_LINK_WORDS = new ShortWordSet(['in', 'into', 'dans', 'naar', 'nel', 'nella', 'nei', 'ins']);

/**
 * Whether the AI word, or the word right after it ("AI-chatbot"), is a tool people type into:
 * "staff pasted customer data into a chatbot" tells of a leak or a prompt, not of training.
 */
function isChatTool(field: FieldText, object: CueMatch, sentenceEnd: number): boolean {
  for (let token = object.startToken; token <= object.endToken && token < sentenceEnd; token += 1)
    if (CHAT_TOOL_WORDS.has(field.tokenWords[token])) return true;
  return false;
}

const TRAINING_DATA = 'ai:training-data';

/** "Training data" in a sentence that names people's data: the data is in a model's training set. */
function trainingData(field: FieldText, objects: readonly CueMatch[]): TrainingHit | undefined {
  for (const object of objects) if (object.cue.id === TRAINING_DATA) return linkHit(field, object, object.start, object.end);
  return undefined;
}

/** Where a Chinese mark of purpose ends right before `at` ("為" in "為機器學習而收集"), or -1. */
function chinesePurposeBefore(text: string, at: number): number {
  for (const mark of CHINESE_PURPOSE_MARKS) {
    const start = at - mark.length;
    if (start < 0 || !text.startsWith(mark, start)) continue;
    if (mark.length === 1 && start > 0 && CHINESE_NOT_PURPOSE_BEFORE.includes(text[start - 1])) continue;
    return start;
  }
  return -1;
}

function linkHit(field: FieldText, object: CueMatch, start: number, end: number): TrainingHit {
  return { match: spanMatch(object.field, field.text, start, end, object.sentence), personal: true, rule: 'topic:ai-training/data-for-ai' };
}

/** Participles of making that count only after the model they made: before an AI word they name what it made. */
const MADE_FROM_ONLY = ['créé', 'créés', 'créées', 'creado', 'creados', 'creadas', 'creato', 'creati'];

/**
 * Develop verbs that may come after the model they make: nouns and past participles ("model
 * improvement", "algorithms built with users' faces"). A bare "feed" or "build" after an AI word
 * is something else ("the Meta AI app's feed").
 */
const AFTER_ITS_MODEL = new Set([
  'development',
  'improvement',
  'developed',
  'built',
  'derived',
  'improved',
  'développement',
  'amélioration',
  'développé',
  'entwicklung',
  'verbesserung',
  'entwickelt',
  'desarrollo',
  'mejora',
  'desarrollado',
  'sviluppo',
  'miglioramento',
  'sviluppato',
  'ontwikkeling',
  'verbetering',
  'ontwikkeld',
  // The participles in every gender and number: "los algoritmos desarrollados con datos de niños".
  'desarrollados',
  'desarrollada',
  'desarrolladas',
  'sviluppati',
  'sviluppata',
  'sviluppate',
  'développés',
  'développée',
  'développées',
  'entwickelten',
  // Made from the data: "los algoritmos creados con ellos", "des modèles créés à partir de".
  ...MADE_FROM_ONLY,
  // German and Dutch put the verb last in a clause ("um das Modell zu verbessern", "om het taalmodel te verbeteren").
  'verbessern',
  'entwickeln',
  'verbeteren',
  'ontwikkelen',
  'optimieren',
  'verfeinern',
  'verfijnen',
  'optimaliseren',
  '開發',
  '开发',
  '研發',
  '研发',
  '改進',
  '改进',
  '優化',
  '优化',
]);

function followsItsModel(verb: CueMatch): boolean {
  return AFTER_ITS_MODEL.has(verb.term.toLowerCase());
}

/** The feeding forms of the develop verbs. */
const FEED_WORDS = new WordSet(['feed', 'feeds', 'fed', 'feeding']);

/** People at work, who feed data into the tools they use rather than into a model they make. */
// prettier-ignore
const STAFF_WORDS = new WordSet([
  'worker', 'workers', 'employee', 'employees', 'staff', 'staffer', 'staffers', 'caseworker', 'caseworkers', 'clinician', 'clinicians', 'doctor',
  'doctors', 'nurse', 'nurses', 'lawyer', 'lawyers', 'official', 'officials', 'officer', 'officers', 'teacher', 'teachers', 'clerk',
  'clerks', 'engineer', 'engineers', 'judge', 'judges', 'councillor', 'councillors', 'councilor', 'councilors',
]);

/** Whether a develop verb is "fed" right after a word for people at work ("a child protection worker fed case details into ChatGPT"). */
function fedByStaff(field: FieldText, verb: CueMatch): boolean {
  const token = verb.startToken;
  return token > 0 && FEED_WORDS.has(field.tokenWords[token]) && STAFF_WORDS.has(field.tokenWords[token - 1]);
}

/** Words after a personal word that make it the name of a tool ("voice assistant"). */
const TOOL_HEADS = new WordSet(['assistant', 'assistants', 'recognition', 'commands', 'command', 'interface', 'agent', 'agents', 'bot', 'bots']);

function sentenceObjects(field: FieldText, sentence: number): 'personal' | 'generic' | 'none' {
  let generic = false;
  const from = sentenceFrom(field, sentence);
  const to = sentenceTo(field, sentence);
  for (let token = from; token < to; token += 1) {
    const word = field.tokenWords[token];
    // "voice assistant", "voice recognition": the word names the tool, not anyone's recordings.
    if (PERSONAL_TRAINING_OBJECTS.has(word) && !(token + 1 < to && TOOL_HEADS.has(field.tokenWords[token + 1]))) return 'personal';
    if (isPlatformData(field, token, from, to)) return 'personal';
    if (GENERIC_TRAINING_OBJECTS.has(word)) generic = true;
  }
  if (field.hasHan) {
    const start = field.sentenceStarts[sentence];
    const text = field.text.slice(start, field.sentenceStarts[sentence + 1] ?? field.text.length);
    if (CHINESE_PERSONAL_OBJECTS.some((word) => text.includes(word))) return 'personal';
    if (CHINESE_DATA_WORDS.some((word) => text.includes(word))) generic = true;
  }
  return generic ? 'generic' : 'none';
}

/** Whether the word at `token` names people's data: a word for it, or a service's data (see `isPlatformData`). */
function isPeoplesData(field: FieldText, token: number, from: number, to: number): boolean {
  return PERSONAL_TRAINING_OBJECTS.has(field.tokenWords[token]) || isPlatformData(field, token, from, to);
}

/** "Facebook data", "Facebook-Daten", "los datos de Facebook", "imágenes de redes sociales": a service's data, which is its users'. */
function isPlatformData(field: FieldText, token: number, from: number, to: number): boolean {
  if (!PLATFORM_WORDS.has(field.tokenWords[token])) return false;
  if (token + 1 < to && GENERIC_TRAINING_OBJECTS.has(field.tokenWords[token + 1])) return true;
  return token - 2 >= from && PLATFORM_DATA_LINKS.has(field.tokenWords[token - 1]) && GENERIC_TRAINING_OBJECTS.has(field.tokenWords[token - 2]);
}

const TOPIC_THRESHOLDS: Record<Exclude<Topic, 'privacy' | 'ai-training'>, number> = {
  enforcement: 1.5,
  breach: 1.5,
  legislation: 1,
  litigation: 1.5,
  children: 1,
  biometrics: 1,
  'cross-border': 1,
  consent: 1,
};

const CHILD_DATA_WORDS = new WordSet([
  'data',
  'privacy',
  'personal',
  'information',
  'online',
  'recordings',
  'accounts',
  'profiles',
  'photos',
  'images',
  'apps',
  'social',
  'users',
  'age',
  // The same in the other languages the classifier reads.
  'données',
  'informations',
  'localisation',
  'comptes',
  'profils',
  'applis',
  'daten',
  'standortdaten',
  'personenbezogene',
  'datenschutz',
  'konten',
  'profile',
  'datos',
  'ubicación',
  'cuentas',
  'perfiles',
  'privacidad',
  'dati',
  'posizione',
  'localizzazione',
  'profili',
  'gegevens',
  'persoonsgegevens',
  'locatie',
  'locatiegegevens',
  'profielen',
  'fotos',
  'foto',
]);

/**
 * Topics of the main thread: per sentence the strongest cue of a topic, weighed by where the
 * sentence stands, summed over sentences. Enforcement needs a regulator in the sentence
 * (a law will do at half weight): "fined" means nothing without someone fining. The verdicts
 * come in the order of `TOPICS`.
 */
export function findTopics(facts: StoryFacts, training: readonly TrainingHit[], editorTopics: ReadonlyMap<Topic, WeighedCue[]>): TopicVerdict[] {
  const verdicts: TopicVerdict[] = [{ topic: 'privacy', evidence: [] }];
  let trainingWeight = 0;
  for (const hit of training) trainingWeight += positionWeight(hit.match.field, hit.match.sentence, hit.match.start, facts.hasSummary);
  if (trainingWeight >= 1 || editorTopics.has('ai-training')) {
    verdicts.push({
      topic: 'ai-training',
      evidence: [...training.map((hit) => weighedCue(hit.match, hit.rule, 1)), ...(editorTopics.get('ai-training') ?? [])],
    });
  }
  // Per topic, per sentence, the heaviest cue: filled in one pass over the cues, in their order.
  const best: (SentenceBest | undefined)[] = [];
  let sentences: RegulatedSentences | undefined;
  for (const match of facts.cues) {
    const topic = match.cue.kind;
    const topicNumber = topicNumberOf(topic);
    if (topicNumber < 0) continue;
    let weight = match.cue.weight;
    if (topic === 'enforcement') {
      if (nextWordIsPower(facts, match)) continue;
      sentences ??= regulatedSentences(facts);
      const key = sentenceKey(match);
      weight *= sentences.authorities.includes(key) ? 1 : sentences.laws.includes(key) ? 0.5 : 0;
    } else if (topic === 'children' && !nearChildData(facts, match)) {
      continue;
    }
    weight *= positionWeight(match.field, match.sentence, match.start, facts.hasSummary);
    if (weight <= 0) continue;
    while (best.length <= topicNumber) best.push(undefined);
    (best[topicNumber] ??= new SentenceBest()).offer(sentenceKey(match), match, weight);
  }
  for (let topicNumber = 0; topicNumber < TOPIC_ORDER.length; topicNumber += 1) {
    const topic = TOPIC_ORDER[topicNumber];
    const bySentence = best[topicNumber];
    const editor = editorTopics.size === 0 ? NO_WEIGHED_CUES : (editorTopics.get(topic) ?? NO_WEIGHED_CUES);
    if (bySentence === undefined && editor.length === 0) continue;
    const evidence = bySentence === undefined ? [] : bySentence.cues.sort(heavierCueFirst);
    let total = 0;
    for (const cue of evidence) total += cue.weight;
    if (total >= TOPIC_THRESHOLDS[topic] || editor.length > 0) verdicts.push({ topic, evidence: editor.length === 0 ? evidence : [...editor, ...evidence] });
  }
  return verdicts;
}

const NO_WEIGHED_CUES: readonly WeighedCue[] = [];

function heavierCueFirst(a: WeighedCue, b: WeighedCue): number {
  return descending(a.weight, b.weight);
}

const TOPIC_ORDER = Object.keys(TOPIC_THRESHOLDS) as (keyof typeof TOPIC_THRESHOLDS)[];

/** The topic's place in TOPIC_ORDER, -1 for a cue kind that is no topic: names compared, not hashed. */
function topicNumberOf(kind: CueKind): number {
  switch (kind) {
    case 'enforcement':
      return 0;
    case 'breach':
      return 1;
    case 'legislation':
      return 2;
    case 'litigation':
      return 3;
    case 'children':
      return 4;
    case 'biometrics':
      return 5;
    case 'cross-border':
      return 6;
    case 'consent':
      return 7;
    default:
      return -1;
  }
}
if (TOPIC_ORDER.some((topic, index) => topicNumberOf(topic) !== index)) throw new Error('topicNumberOf must follow TOPIC_THRESHOLDS');
// Verdicts are made privacy first, then ai-training, then in this order: that is the order of TOPICS.
if (['privacy', 'ai-training', ...TOPIC_ORDER].join() !== TOPICS.join()) throw new Error('TOPIC_THRESHOLDS must follow TOPICS');

/** Per sentence, the heaviest cue of one topic; sentences in the order their first cue came. */
class SentenceBest {
  private readonly keys: number[] = [];
  readonly cues: WeighedCue[] = [];

  offer(key: number, match: CueMatch, weight: number): void {
    const at = this.keys.indexOf(key);
    if (at < 0) {
      this.keys.push(key);
      this.cues.push(weighedCue(match, match.cue.id, weight));
    } else if (weight > this.cues[at].weight) {
      this.cues[at] = weighedCue(match, match.cue.id, weight);
    }
  }
}

/** The key of the headline's first sentence (see `sentenceKey`). */
const HEADLINE_KEY = 0;

/** One number per sentence of the story, for cheap lookups: the field's number, then the sentence's. */
function sentenceKey(match: TermMatch): number {
  const field = match.field === 'title' ? 0 : match.field === 'summary' ? 1 : 2;
  return field * 1_000_000 + match.sentence;
}

/** Sentence keys (see `sentenceKey`): a story has a few dozen sentences, so plain lists do. */
interface RegulatedSentences {
  /** Sentences with a regulator or a government acting. */
  readonly authorities: readonly number[];
  /** Sentences with a law. */
  readonly laws: readonly number[];
}

function regulatedSentences(facts: StoryFacts): RegulatedSentences {
  const authorities: number[] = [];
  const laws: number[] = [];
  for (const mention of facts.weighed) {
    const { sense, match, context } = mention;
    if (sense.role === 'regulator' || sense.role === 'editor' || context === 'regulator' || context === 'government' || context === 'justice')
      authorities.push(sentenceKey(match));
    if (sense.role === 'law' || context === 'law') laws.push(sentenceKey(match));
    // A privacy regulator in the lead sentence acts in the headline over it ("Sanction de 240 000 euros" over "La CNIL reproche…").
    if (sense.role === 'regulator' && sense.privacy && !sense.weak && match.field !== 'title' && match.sentence === 0) authorities.push(HEADLINE_KEY);
  }
  for (const match of facts.cues) {
    if (match.cue.kind === 'regulator-noun') authorities.push(sentenceKey(match));
    if (match.cue.id === 'scope:privacy-law') laws.push(sentenceKey(match));
  }
  return { authorities, laws };
}

function nextWordIsPower(facts: StoryFacts, match: TermMatch): boolean {
  if (match.endToken < 0) return false;
  const field = facts.fields.get(match.field)!;
  for (let token = match.endToken; token < Math.min(match.endToken + 2, field.tokenCount); token += 1) {
    if (POWER_WORDS.has(field.tokenWords[token])) return true;
  }
  // -1: no word there (the match opens the field); word lists hold no negative numbers.
  const before = match.startToken >= 1 ? field.tokenWords[match.startToken - 1] : -1;
  const beforeThat = match.startToken >= 2 ? field.tokenWords[match.startToken - 2] : -1;
  return (before === TO && POWER_WORDS.has(beforeThat)) || POWER_WORDS.has(before);
}

function nearChildData(facts: StoryFacts, match: TermMatch): boolean {
  if (/coppa|age|parental/i.test(match.term)) return true;
  if (match.startToken < 0) return true;
  const field = facts.fields.get(match.field)!;
  const from = Math.max(0, match.startToken - 4);
  const to = Math.min(field.tokenCount, match.endToken + 4);
  for (let token = from; token < to; token += 1) {
    if (field.tokenSentences[token] === match.sentence && CHILD_DATA_WORDS.has(field.tokenWords[token])) return true;
  }
  return false;
}
