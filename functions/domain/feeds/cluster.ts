/**
 * Recognises the same event reported by different outlets. Two measures of the words of a
 * story's title and lead:
 * - a 64-bit SimHash (`clusterKeyFor`), stored with the story as its fingerprint: stories a few
 *   bits apart are candidates, found without re-reading any text;
 * - a weighted Jaccard similarity of the same words (`eventSimilarity`), which decides.
 * Both thresholds were set on hand-written pairs of headlines (see the unit tests): SimHash
 * alone is too noisy on texts this short to decide by itself.
 *
 * Reports in different languages share few words, so for them the shared names of regulators,
 * laws and companies, figures and dates decide instead (`cluster-signals.ts`).
 */
import { CROSS_LANGUAGE_MIN_SHARED, eventSignalsOf, isMostlyHan, sharedEvidence, type EventSignals } from './cluster-signals.js';

export interface ClusterInput {
  readonly title: string;
  readonly summary?: string;
  /** The SimHash computed earlier (stored with a story), saving a recomputation. */
  readonly fingerprint?: string;
  /** The story's language as the classifier read it (`en`, `zh-Hant`...); guessed from the script when absent. */
  readonly language?: string;
}

export interface ClusterCandidate extends ClusterInput {
  readonly storyId: string;
  readonly clusterId?: string;
}

/** Fingerprints at most this many bits apart (of 64) are worth comparing word by word. */
export const CANDIDATE_MAX_DISTANCE = 24;
/** Word similarity from which two stories count as the same event. */
export const SAME_EVENT_MIN_SIMILARITY = 0.33;

/** Words of the lead that count: enough to tell events apart, few enough that boilerplate does not. */
const LEAD_WORDS = 40;
const TITLE_WEIGHT = 2;
const STEM_LENGTH = 5;

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from has have he her his how in into is it its of on or over says said ' +
    'say than that the their them then there these they this to under up was we were what when where which while ' +
    'who will with would you after about new more also just not no before amid'
  ).split(' '),
);

/** The SimHash of a story's title and lead, as 16 hex digits: the story's `fingerprint`. */
export function clusterKeyFor(item: ClusterInput): string {
  return simHash(weightedFeatures(item));
}

/** Number of differing bits between two fingerprints. */
export function fingerprintDistance(a: string, b: string): number {
  let difference = BigInt.asUintN(64, BigInt(`0x${a}`) ^ BigInt(`0x${b}`));
  let bits = 0;
  while (difference > 0n) {
    difference &= difference - 1n;
    bits += 1;
  }
  return bits;
}

/** Weighted Jaccard similarity (0..1) of the two stories' title and lead words. */
export function eventSimilarity(a: ClusterInput, b: ClusterInput): number {
  const weightsA = weightedFeatures(a);
  const weightsB = weightedFeatures(b);
  let shared = 0;
  let total = 0;
  for (const feature of new Set([...weightsA.keys(), ...weightsB.keys()])) {
    const weightA = weightsA.get(feature) ?? 0;
    const weightB = weightsB.get(feature) ?? 0;
    shared += Math.min(weightA, weightB);
    total += Math.max(weightA, weightB);
  }
  return total === 0 ? 0 : shared / total;
}

/** True when two stories read as reports of the same event. */
export function isSameEvent(a: ClusterInput, b: ClusterInput, minSimilarity = SAME_EVENT_MIN_SIMILARITY): boolean {
  if (inDifferentLanguages(a, b)) return sameEventAcrossLanguages(a, b);
  return eventSimilarity(a, b) >= minSimilarity;
}

/** Whether the two are written in different languages (or, when a language is not known, scripts). */
export function inDifferentLanguages(a: ClusterInput, b: ClusterInput): boolean {
  if (a.language !== undefined && b.language !== undefined && a.language !== 'und' && b.language !== 'und') return a.language !== b.language;
  return isMostlyHanStory(a) !== isMostlyHanStory(b);
}

/** Reports in two languages of one event: they share enough names, figures and dates. */
export function sameEventAcrossLanguages(a: ClusterInput, b: ClusterInput): boolean {
  return sharedEvidence(signalsOf(a), signalsOf(b)) >= CROSS_LANGUAGE_MIN_SHARED;
}

// Worked out once per story object: a digest compares each story with every lead.
const SIGNALS = new WeakMap<ClusterInput, EventSignals>();

function signalsOf(item: ClusterInput): EventSignals {
  let signals = SIGNALS.get(item);
  if (signals === undefined) {
    signals = eventSignalsOf(`${item.title}\n${leadOf(item.summary ?? '')}`);
    SIGNALS.set(item, signals);
  }
  return signals;
}

/** The summary's opening, as far as the words that count in one language (`LEAD_WORDS`) reach in another. */
function leadOf(summary: string): string {
  return summary.slice(0, 400);
}

function isMostlyHanStory(item: ClusterInput): boolean {
  return isMostlyHan(item.title);
}

/**
 * The cluster a new story joins: that of the most similar recent story reporting the same event,
 * or a cluster of its own (its story id).
 */
export function assignClusterId(story: ClusterCandidate, recent: readonly ClusterCandidate[]): string {
  const fingerprint = story.fingerprint ?? clusterKeyFor(story);
  let best: { clusterId: string; similarity: number } | undefined;
  for (const other of recent) {
    if (other.storyId === story.storyId) continue;
    let similarity: number;
    if (inDifferentLanguages(story, other)) {
      // Fingerprints of two languages' words are far apart whatever the event: names decide.
      if (!sameEventAcrossLanguages(story, other)) continue;
      similarity = SAME_EVENT_MIN_SIMILARITY;
    } else {
      const otherFingerprint = other.fingerprint ?? clusterKeyFor(other);
      if (fingerprintDistance(fingerprint, otherFingerprint) > CANDIDATE_MAX_DISTANCE) continue;
      similarity = eventSimilarity(story, other);
    }
    if (similarity >= SAME_EVENT_MIN_SIMILARITY && (best === undefined || similarity > best.similarity)) {
      best = { clusterId: other.clusterId ?? other.storyId, similarity };
    }
  }
  return best?.clusterId ?? story.storyId;
}

function weightedFeatures(item: ClusterInput): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (features: readonly string[], weight: number) => {
    for (const feature of features) weights.set(feature, (weights.get(feature) ?? 0) + weight);
  };
  add(featuresOf(item.title), TITLE_WEIGHT);
  add(featuresOf(item.summary ?? '').slice(0, LEAD_WORDS), 1);
  return weights;
}

/** Content words, cut to a common stem; scripts written without spaces become character pairs. */
export function featuresOf(text: string): string[] {
  const features: string[] = [];
  const normalised = text.normalize('NFKC').toLowerCase().replace(/['’`]/g, '');
  for (const token of normalised.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(token)) {
      const characters = Array.from(token);
      if (characters.length === 1) features.push(token);
      for (let index = 0; index + 1 < characters.length; index += 1) {
        features.push(characters[index] + characters[index + 1]);
      }
    } else if (!STOP_WORDS.has(token)) {
      features.push(stem(token));
    }
  }
  return features;
}

/**
 * Crude on purpose: the first five letters stand for the word, so "fines", "fined" and "fine",
 * or "regulator" and "regulators", meet. Numbers lose a unit glued to them ("345m" → "345").
 */
function stem(word: string): string {
  const number = word.match(/^(\d+)[a-z]{0,2}$/);
  if (number) return number[1];
  return Array.from(word).slice(0, STEM_LENGTH).join('');
}

function simHash(weights: ReadonlyMap<string, number>): string {
  const totals = new Float64Array(64);
  for (const [feature, weight] of weights) {
    const high = hash32(feature, 0x811c9dc5);
    const low = hash32(feature, 0x5bd1e995);
    for (let bit = 0; bit < 32; bit += 1) {
      totals[bit] += (high >>> bit) & 1 ? weight : -weight;
      totals[bit + 32] += (low >>> bit) & 1 ? weight : -weight;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    if (totals[bit] > 0) high |= 1 << bit;
    if (totals[bit + 32] > 0) low |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** FNV-1a over UTF-16 code units with a final avalanche; two seeds give the 64 bits. */
function hash32(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
