/** How much each jurisdiction code weighs in a story, codes in the order they first appear, and their order heaviest first. */
import { factsOf } from './jurisdiction-facts.js';
import type { WeighedMention } from './mention-weight.js';

/**
 * Weight per jurisdiction code, codes in the order they first appear. A story names a
 * handful of codes, so a list searched in order serves, and keeps the sums unboxed.
 */
export class Scores {
  readonly codes: string[] = [];
  /** Each code's country, for subdivisions, looked up once. */
  readonly parents: (string | undefined)[] = [];
  private readonly totals: number[] = [];

  add(code: string, weight: number): void {
    const at = this.codes.indexOf(code);
    if (at >= 0) {
      this.totals[at] += weight;
    } else {
      this.codes.push(code);
      this.parents.push(factsOf(code).parent);
      this.totals.push(0 + weight);
    }
  }

  weightAt(index: number): number {
    return this.totals[index];
  }

  /** The code's weight, 0 when it has none. */
  get(code: string): number {
    const at = this.codes.indexOf(code);
    return at >= 0 ? this.totals[at] : 0;
  }

  /** The codes at the given positions (ascending), heaviest first; equally heavy ones keep their order (the sort is stable). */
  heaviestFirst(positions: readonly number[]): string[] {
    return [...positions].sort((a, b) => this.totals[b] - this.totals[a]).map((position) => this.codes[position]);
  }

  top(): number {
    let top = 0;
    for (const total of this.totals) top = Math.max(top, total);
    return top;
  }
}

export function sumScores(weighed: readonly WeighedMention[]): Scores {
  const scores = new Scores();
  for (const mention of weighed) scores.add(mention.sense.code, mention.weight);
  return scores;
}
