import type { CatalogRecord } from '../model/CatalogRecord.js';

/**
 * The date a record is cited with: the material's own publication date, else its last modification or
 * creation date, else the day the catalog last changed the record. `YYYY-MM-DD` or `YYYY-MM` or `YYYY`. Pure.
 */
export function citationDate(record: CatalogRecord): string {
  const m = record.material;
  const candidate = [m.datePublished, m.dateModified, m.dateCreated].find((value) => value !== undefined && /^\d{4}/.test(value));
  return (candidate ?? record.modified).slice(0, 10);
}

/** The year of `citationDate`. */
export function citationYear(record: CatalogRecord): number {
  return Number(citationDate(record).slice(0, 4));
}
