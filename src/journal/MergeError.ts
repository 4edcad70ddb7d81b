/** A merge that cannot be made (unknown ids, a record merged into itself or into a merged-away record). */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}
