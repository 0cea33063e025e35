/** What the classifier reads: a story's text and, as a weak prior, where it came from. */
export interface ClassifyInput {
  readonly id?: string;
  readonly title: string;
  readonly summary: string;
  /** Full text when known. */
  readonly body?: string;
  readonly url?: string;
  /** The feed's home jurisdiction and language, if known. */
  readonly feed?: { readonly jurisdiction?: string; readonly language?: string; readonly name?: string };
}

export type EvidenceKind = 'scope' | 'jurisdiction' | 'mention' | 'topic';
export type EvidenceField = 'title' | 'summary' | 'body';

/** Why a tag was given: the matched term, where it stood, and the rule behind it. */
export interface Evidence {
  readonly kind: EvidenceKind;
  /** The tag this supports: a jurisdiction code, a topic, or `in-scope` / `out-of-scope`. */
  readonly tag: string;
  readonly term: string;
  readonly field: EvidenceField;
  /** Character offset of the term within that field. */
  readonly offset: number;
  /** The rule or knowledge-base entry, e.g. `regulator:PCPD` or `topic:ai-training/train-models`. */
  readonly rule: string;
  /**
   * Absent for ordinary evidence. `removes` marks an editor's removal of the tag, kept as a
   * record; evidence from editors has offset -1 when it points at no particular text.
   */
  readonly effect?: 'supports' | 'removes';
}

export interface Classification {
  readonly inScope: boolean;
  /** 0..1: confidence that the story is in scope; also used for ranking. */
  readonly score: number;
  readonly jurisdictions: readonly string[];
  readonly mentions: readonly string[];
  readonly topics: readonly string[];
  readonly evidence: readonly Evidence[];
  /**
   * The language the story is written in (BCP 47: `en`, `fr`, `zh-Hant`, `zh-Hans`, ...), read
   * from its words; the feed's declared language when they are too few to tell; else `und`.
   */
  readonly language?: string;
}

export const TOPICS = [
  'privacy',
  'ai-training',
  'enforcement',
  'breach',
  'legislation',
  'litigation',
  'children',
  'biometrics',
  'cross-border',
  'consent',
] as const;
export type Topic = (typeof TOPICS)[number];

/** A story labelled by people: the format of the evaluation sets and of exported corrections. */
export interface LabelledStory {
  readonly id: string;
  readonly url: string;
  readonly source: string;
  /** `YYYY-MM-DD`, or blank when unknown. */
  readonly date: string;
  readonly title: string;
  readonly summary: string;
  readonly in_scope: boolean;
  /** A judgement call either way: left out when scoring relevance. */
  readonly scope_ambiguous?: boolean;
  /** What the story is about: a tagger must find all of these. */
  readonly jurisdictions: readonly string[];
  /** Further codes that are defensible: neither hits nor false positives. */
  readonly acceptable: readonly string[];
  readonly topics: readonly string[];
  readonly notes: string;
}
