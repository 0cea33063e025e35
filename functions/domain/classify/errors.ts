/** What can go wrong when an editor corrects a story. */
export class StoryNotFoundError extends Error {
  constructor(readonly storyId: string) {
    super(`no story with id ${storyId}`);
    this.name = 'StoryNotFoundError';
  }
}

/** Others kept changing the same item while this change was retried: nothing was written. */
export class ConcurrentEditError extends Error {
  constructor(what: string, attempts: number) {
    super(`${what} changed under us ${attempts} times in a row; nothing was written, try again`);
    this.name = 'ConcurrentEditError';
  }
}
