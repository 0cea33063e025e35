import type { StoredStory, StoryRepository } from '../ports.js';
import type { SearchIndex } from './ports.js';
import { indexStory, reindexCorrectedStory } from './search-service.js';

/**
 * The story repository of ingestion, with the search index written as each story is created
 * or changed, by a new text or an editor's correction. The
 * index is written after the story, so a search never finds a story that is not stored; a failed
 * index write fails the item, and the next fetch of the feed retries it.
 */
export function indexingStories<T extends StoryRepository>(stories: T, index: SearchIndex): T {
  return new Proxy(stories, {
    get(target, property, receiver) {
      if (property === 'createStory') {
        return async (stored: StoredStory) => {
          const written = await target.createStory(stored);
          if (written) await indexStory(index, stored.story);
          return written;
        };
      }
      if (property === 'replaceStory') {
        // A new text or an editor's correction: the story joins the entries of its terms now and
        // leaves those it no longer has, so a search by a region taken off no longer finds it.
        return async (stored: StoredStory, seen: StoredStory) => {
          const written = await target.replaceStory(stored, seen);
          if (written) await reindexCorrectedStory(index, seen.story, stored.story);
          return written;
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
