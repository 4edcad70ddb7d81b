import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfPy } from '../../../../harvesters/sphinx-lesson/parseConfPy.js';
import type { SphinxFacts } from '../../../../harvesters/sphinx-lesson/SphinxFacts.js';

describe('parseConfPy', () => {
  const table: [string, string, SphinxFacts][] = [
    ['single-quoted literals', "project = 'GPU programming: why, when and how?'\nauthor = 'The contributors'\n", { project: 'GPU programming: why, when and how?', author: 'The contributors' }],
    ['double-quoted literals with comments', 'project = "Introduction to version control with Git"  # the title\nhtml_baseurl = "https://coderefinery.github.io/git-intro/"\n', { project: 'Introduction to version control with Git', htmlBaseurl: 'https://coderefinery.github.io/git-intro/' }],
    ['u and r prefixes and escaped quotes', "project = u'It\\'s here'\ncopyright = r'2023-2024, The contributors'\n", { project: "It's here", copyright: '2023-2024, The contributors' }],
    ['computed values, which stay unset', "copyright = f'{year}, CodeRefinery'\nversion = release\nproject = 'A' + 'B'\n", {}],
    ['indented assignments, which are not top level', "if True:\n    project = 'Nested'\n", {}],
    ['the last assignment', "project = 'First'\nproject = 'Second'\n", { project: 'Second' }],
    ['github facts from variables', "github_user = 'coderefinery'\ngithub_repo_name = 'git-intro'\n", { githubUser: 'coderefinery', githubRepo: 'git-intro' }],
    ['github facts from html_context', "html_context = {\n    'display_github': True,\n    'github_user': 'ENCCS',\n    \"github_repo\": \"gpu-programming\",\n}\n", { githubUser: 'ENCCS', githubRepo: 'gpu-programming' }],
    ['language and html_title', "language = 'en'\nhtml_title = 'Git intro'\n", { language: 'en', htmlTitle: 'Git intro' }],
    ['an empty string, which is unset', "html_baseurl = ''\n", {}],
  ];
  for (const [what, source, expected] of table) {
    it(`reads ${what}`, () => assert.deepEqual(parseConfPy(source), expected));
  }

  it('does not stall on a hostile 1 MB line', () => {
    const started = Date.now();
    parseConfPy(`project = '${"'".repeat(1_000_000)}`);
    assert.ok(Date.now() - started < 2000);
  });
});
