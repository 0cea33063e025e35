/** What archive search needs from storage: one small entry of story ids per term and week. */
export interface SearchIndex {
  /** Adds the story to each term's entry for the week; adding twice changes nothing. */
  addStory(storyId: string, terms: readonly string[], week: string): Promise<void>;
  /** Takes the story out of each term's entry for the week; removing what is not there changes nothing. */
  removeStory(storyId: string, terms: readonly string[], week: string): Promise<void>;
  /** The story ids under any of `terms`, over the given weeks. */
  storyIdsFor(terms: readonly string[], weeks: readonly string[]): Promise<Set<string>>;
}
