/**
 * One value per catalog version, computed once however many requests ask at the same time: the catalog
 * changes only when a harvest is applied (DESIGN §7), so its VoID statistics stay valid until the version moves.
 */
export class VoidCache<T> {
  private entry: { version: number; value: Promise<T> } | undefined;

  constructor(private readonly compute: () => Promise<T>) {}

  /** The value for `version`, computed now if the cached one is for another version (or failed). */
  get(version: number): Promise<T> {
    if (this.entry?.version !== version) {
      const value = this.compute();
      const entry = { version, value };
      this.entry = entry;
      value.catch(() => {
        if (this.entry === entry) this.entry = undefined;
      });
    }
    return this.entry.value;
  }
}
