/**
 * Objects that live only while one story is classified (matches, weighed cues, weighed
 * mentions) are kept and handed out again for the next story instead of being made afresh:
 * made anew, they were close to a third of the memory classifying a story took, and the
 * collector's work with it. `classifyStory` calls `recycle` before each story; nothing it
 * returns holds such an object.
 *
 * Past `limit` objects (a very long story), objects are made and dropped as usual.
 */
export class Recycler<T> {
  private readonly kept: T[] = [];
  private inUse = 0;

  constructor(private readonly limit: number) {}

  /** A kept object that is free again, for the caller to overwrite; undefined when there is none. */
  next(): T | undefined {
    return this.inUse < this.kept.length ? this.kept[this.inUse++] : undefined;
  }

  /** Keeps a newly made object, in use until the next `recycle`. */
  keep(made: T): T {
    if (this.kept.length < this.limit) {
      this.kept.push(made);
      this.inUse += 1;
    }
    return made;
  }

  /** Every object handed out so far is free again: call it only when none of them will be read any more. */
  recycle(): void {
    this.inUse = 0;
  }
}
