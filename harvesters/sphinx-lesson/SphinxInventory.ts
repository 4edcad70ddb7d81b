/**
 * A Sphinx inventory (`objects.inv`, the file intersphinx reads): every object the built site documents.
 * For a lesson the `std:doc` entries are its pages, with their URLs and titles.
 */
export interface SphinxInventory {
  /** `# Project:` header: Sphinx's `project` when the site was built. */
  project?: string;
  /** `# Version:` header; empty when not set. */
  version?: string;
  entries: InventoryEntry[];
}

/** One line of an inventory: `commits std:doc -1 commits/ Recording changes`. */
export interface InventoryEntry {
  /** Object name; for `std:doc` the document name (source path without extension), e.g. `commits`. */
  name: string;
  /** `domain:role`, e.g. `std:doc`, `std:label`, `std:term`. */
  type: string;
  priority: number;
  /** URI relative to the site root, with a trailing `$` already expanded to the name. */
  uri: string;
  /** Display name (the page title for `std:doc`); a `-` in the file means "same as name". */
  displayName: string;
}
