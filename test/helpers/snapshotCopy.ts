import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A writable copy of the demo snapshot and config in a temporary directory, for tests that change a source. */
export interface SnapshotCopy {
  root: string;
  /** The copied demo config: its relative source paths resolve into the copy. */
  configPath: string;
  /** Path of a file inside the copied snapshot (`feeds/…`, `swcarpentry/shell-novice/config.yaml`). */
  path(relative: string): string;
  /** Rewrites the JSON feed at `relative` (inside the snapshot) with `edit`. */
  editJson<T>(relative: string, edit: (value: T) => T): void;
  remove(): void;
}

export const COMMUNITY_FEED = 'feeds/carpentries-community-lessons-2020-10-02.json';

export function snapshotCopy(): SnapshotCopy {
  const root = mkdtempSync(join(tmpdir(), 'faircat-snapshot-'));
  cpSync('examples/snapshot', join(root, 'snapshot'), { recursive: true });
  const configPath = join(root, 'demo.config.yaml');
  cpSync('examples/demo.config.yaml', configPath);
  const path = (relative: string): string => join(root, 'snapshot', relative);
  return {
    root,
    configPath,
    path,
    editJson<T>(relative: string, edit: (value: T) => T) {
      writeFileSync(path(relative), `${JSON.stringify(edit(JSON.parse(readFileSync(path(relative), 'utf8')) as T), null, 2)}\n`);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
