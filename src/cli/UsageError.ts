/** A command line that does not make sense; the CLI prints it with a pointer to `faircat help` and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
