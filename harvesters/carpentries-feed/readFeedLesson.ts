import type { SourceReader } from '../Harvester.js';
import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { mapLegacyLesson } from '../carpentries-legacy/mapLegacyLesson.js';
import { readLegacyLesson } from '../carpentries-legacy/readLegacyLesson.js';
import { mapWorkbenchLesson } from '../carpentries-workbench/mapWorkbenchLesson.js';
import { readWorkbenchLesson } from '../carpentries-workbench/readWorkbenchLesson.js';
import { parseLessonLocation } from '../lesson-text/index.js';
import type { FeedEnrichment } from './CarpentriesFeedOptions.js';

/** A feed entry's lesson, read from its repository, with the harvester kind that read it. */
export interface FeedLesson {
  harvested: HarvestedMaterial;
  kind: 'carpentries-workbench' | 'carpentries-legacy';
}

/**
 * Reads the lesson a feed entry names from its GitHub repository (or the mirror's copy of it) with the lesson
 * harvesters, deciding by probing through the `SourceReader`: a `config.yaml` on the default branch makes it a
 * Carpentries Workbench lesson, else a `_config.yml` on `gh-pages` a lesson of the legacy styles template.
 * `undefined` when the repository has neither (not a lesson repository, or gone: 404).
 *
 * @throws ItemError when the lesson's files are there but cannot be mapped (a malformed `config.yaml`…), and the
 * reader's error when the repository cannot be reached (a network failure after retries).
 */
export async function readFeedLesson(repository: string, enrich: Exclude<FeedEnrichment, false>, reader: SourceReader): Promise<FeedLesson | undefined> {
  const github = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(repository);
  if (!github) return undefined;
  const [owner = '', repo = ''] = [github[1], github[2]];
  const location = enrich === true ? `github:${owner}/${repo}` : reader.resolve(enrich.mirror, `${owner}/${repo}`);

  const workbench = await readWorkbenchLesson(location, reader);
  if (workbench.files.has('config.yaml') || workbench.tooLarge?.has('config.yaml')) {
    const { material, warnings } = mapWorkbenchLesson({ ...workbench, repository });
    return { harvested: { material, location: parseLessonLocation(location).display, warnings }, kind: 'carpentries-workbench' };
  }
  const legacy = await readLegacyLesson({ location, repository }, reader);
  if (legacy.files.has('_config.yml') || legacy.tooLarge?.has('_config.yml')) return { harvested: mapLegacyLesson(legacy), kind: 'carpentries-legacy' };
  return undefined;
}
