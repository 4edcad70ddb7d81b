import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { mapWorkbenchSite } from '../../../../harvesters/carpentries-workbench/mapWorkbenchSite.js';
import { MD5SUM_PATH } from '../../../../harvesters/carpentries-workbench/WorkbenchSiteFiles.js';
import { assertNoProblems, describeFiles, mapProblems, mutatedFiles } from '../../../helpers/materialInvariants.js';
import { FIXTURES, SHELL_NOVICE_SITE } from './lessonFixtures.js';

describe('mapWorkbenchSite, on arbitrary and mutated input', () => {
  const root = join(process.cwd(), SHELL_NOVICE_SITE);
  const files = new Map(readdirSync(root).map((name) => [name, readFileSync(join(root, name), 'utf8')]));
  files.set(MD5SUM_PATH, readFileSync(join(FIXTURES, 'shell-novice@md-outputs', 'md5sum.txt'), 'utf8'));

  it('gives a clean material or an ItemError for the shell-novice site with hostile edits', () => {
    assertNoProblems(mutatedFiles(files), (mutated) => mapProblems(() => mapWorkbenchSite({ site: SHELL_NOVICE_SITE, files: mutated })), describeFiles(files));
  });

  it('gives a clean material or an ItemError for random pages', () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    assertNoProblems(fc.tuple(text, text, text), ([index, page, config]) =>
      mapProblems(() => mapWorkbenchSite({ site: 'https://example.github.io/l/', files: new Map([['index.html', index], ['01-a.html', page], ['config.yaml', config]]) })));
  });
});
