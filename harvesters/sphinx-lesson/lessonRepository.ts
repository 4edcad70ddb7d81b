import { normaliseRepository } from '../../src/normalise/index.js';
import type { LessonSources } from './LessonSources.js';

/**
 * The lesson's source repository: CFF `repository-code`, metadata.yml `repository-code`, a `.zenodo.json`
 * related GitHub link, conf.py `github_user`/`github_repo_name`, else the GitHub location it was read from.
 */
export function lessonRepository(sources: LessonSources, readFrom: string | undefined): string | undefined {
  const { facts } = sources;
  const fromConf = facts?.githubUser && facts.githubRepo ? normaliseRepository(`${facts.githubUser}/${facts.githubRepo}`) : undefined;
  return sources.cff?.repository ?? sources.metadata?.repository ?? sources.zenodo?.repository ?? fromConf ?? readFrom;
}
