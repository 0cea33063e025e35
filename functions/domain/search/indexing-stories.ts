import type { Correction } from '../classify/corrections.js';
import type { CorrectedStory, StoryCorrections } from '../classify/editorial.js';
import type { StoryRepository } from '../ports.js';
import type { Story, StoryToMake } from '../stories.js';
import { indexStory, reindexCorrectedStory, type SearchIndex } from './search-service.js';

/**
 * The story repository of ingestion, with the search index written as each story is created
 * or changed. The index is written after the story, so a search never finds a story that is
 * not stored; a failed index write fails the item, and the next fetch of the feed retries it.
 */
export function indexingStories<T extends StoryRepository>(stories: T, index: SearchIndex): T {
  return new Proxy(stories, {
    get(target, property, receiver) {
      if (property === 'applyCorrection' && hasCorrections(target)) return correctingAndReindexing(target, index);
      if (property !== 'saveStory') return Reflect.get(target, property, receiver);
      return async (given: Story | StoryToMake) => {
        let made: Story | undefined = 'make' in given ? undefined : given;
        // Keep the story the repository makes, so it is classified once, not again for the index.
        const wrapped = 'make' in given ? { text: given.text, make: () => (made = given.make()) } : given;
        const outcome = await target.saveStory(wrapped);
        if (outcome !== 'unchanged' && made) await indexStory(index, made);
        return outcome;
      };
    },
  });
}

function hasCorrections(stories: object): stories is StoryCorrections {
  return typeof (stories as Partial<StoryCorrections>).applyCorrection === 'function';
}

/**
 * An editor's correction of a story's tags, with the search index following it: the story is
 * found by its new region or topic and no longer by the one taken off. Like ingestion, the
 * index is written after the story; a failed index write fails the correction's request, and
 * correcting again (the same correction changes nothing) writes the index.
 */
function correctingAndReindexing(stories: StoryCorrections, index: SearchIndex): StoryCorrections['applyCorrection'] {
  return async (storyId: string, corrections: Correction | readonly Correction[]): Promise<CorrectedStory> => {
    const corrected = await stories.applyCorrection(storyId, corrections);
    await reindexCorrectedStory(index, corrected.before, corrected.after);
    return corrected;
  };
}
