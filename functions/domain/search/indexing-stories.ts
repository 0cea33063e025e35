import type { StoryRepository } from '../ports.js';
import type { Story, StoryToMake } from '../stories.js';
import type { SearchIndex } from './ports.js';
import { indexStory } from './search-service.js';

/**
 * The story repository of ingestion, with the search index written as each story is created
 * or changed. The index is written after the story, so a search never finds a story that is
 * not stored; a failed index write fails the item, and the next fetch of the feed retries it.
 */
export function indexingStories<T extends StoryRepository>(stories: T, index: SearchIndex): T {
  return new Proxy(stories, {
    get(target, property, receiver) {
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
