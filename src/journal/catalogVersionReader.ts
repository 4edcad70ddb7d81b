import type Database from 'better-sqlite3';
import type { Journal } from './Journal.js';

const statements = new WeakMap<Database.Database, Database.Statement>();

/**
 * A cheap reader of the journal's catalog version (the value `Journal.catalogVersion` returns) for hot paths that
 * ask on every request: the statement is prepared once per connection. The version increases with every applied
 * change, made by this process or by another one writing the same journal.
 */
export function catalogVersionReader(journal: Journal): () => number {
  let statement = statements.get(journal.db);
  if (!statement) {
    statement = journal.db.prepare("SELECT value FROM meta WHERE key = 'catalog_version'").pluck();
    statements.set(journal.db, statement);
  }
  const prepared = statement;
  return () => Number((prepared.get() as string | undefined) ?? 0);
}
