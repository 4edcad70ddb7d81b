import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import type { Journal } from './Journal.js';

/** Every applied harvest run, oldest first: the activities the records' `prov:wasGeneratedBy` points to. */
export function listAppliedRuns(journal: Journal): HarvestRunReport[] {
  const rows = journal.db.prepare("SELECT report_json FROM harvest_runs WHERE status = 'applied' ORDER BY started_at, id").raw().all() as [string][];
  return rows.map(([json]) => JSON.parse(json) as HarvestRunReport);
}
