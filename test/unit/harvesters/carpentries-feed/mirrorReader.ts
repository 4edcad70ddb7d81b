import type { SourceReader } from '../../../../harvesters/Harvester.js';
import { localReader } from '../../../helpers/localReader.js';

/** The legacy hpc-intro fixture, which is the gh-pages branch of github.com/hpc-carpentry/hpc-intro (since moved). */
export const HPC_INTRO_LESSON = 'test/fixtures/carpentries-legacy/hpc-intro';

/**
 * A local reader that serves a mirror of lesson repositories laid out as `mirror/<owner>/<repo>/`, from fixture
 * directories (`mirror/hpc-carpentry/hpc-intro/…` → the legacy hpc-intro fixture). Records what was asked.
 */
export function mirrorReader(repositories: Record<string, string> = { 'hpc-carpentry/hpc-intro': HPC_INTRO_LESSON }): SourceReader & { asked: string[] } {
  const local = localReader();
  const asked: string[] = [];
  const toFixture = (location: string): string => {
    for (const [repository, directory] of Object.entries(repositories)) {
      const prefix = `mirror/${repository}`;
      if (location === prefix || location.startsWith(`${prefix}/`)) return `${directory}${location.slice(prefix.length)}`;
    }
    return location.startsWith('mirror/') ? `test/fixtures/missing/${location}` : location;
  };
  return {
    asked,
    readText: (location) => local.readText(toFixture(location)),
    readBytes: (location) => {
      asked.push(location);
      return local.readBytes(toFixture(location));
    },
    listDirectory: (location) => local.listDirectory(toFixture(location)),
    resolve: (base, relative) => `${base.replace(/\/+$/, '')}/${relative}`,
  };
}
