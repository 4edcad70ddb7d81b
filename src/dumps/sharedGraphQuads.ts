import type { Quad } from '@rdfjs/types';
import { listAppliedRuns } from '../journal/listAppliedRuns.js';
import { harvestRunsToQuads } from '../model/harvestRunsToQuads.js';
import { providersToQuads } from '../model/providersToQuads.js';
import type { DumpSource } from './DumpSource.js';

/** The graphs a dump adds to the record graphs: the providers and the harvest provenance (DESIGN §3). */
export function sharedGraphQuads(source: DumpSource): Quad[] {
  return [...providersToQuads(source.providers, source.iris), ...harvestRunsToQuads(listAppliedRuns(source.journal), source.iris)];
}
