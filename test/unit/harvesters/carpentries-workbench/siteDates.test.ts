import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteDates } from '../../../../harvesters/carpentries-workbench/siteDates.js';

describe('siteDates', () => {
  const pages = [
    { page: 'index.html', dateModified: '2026-06-30', datePublished: '2026-06-30' },
    { page: '02-filedir.html', dateModified: '2025-10-25', datePublished: '2026-06-30' },
  ];

  it('takes the latest content change of md5sum.txt when there is one', () => {
    const changes = [{ file: 'index.md', date: '2025-06-18' }, { file: 'learners/reference.md', date: '2026-06-15' }];
    assert.deepEqual(siteDates({ lastBuilt: '2026-06-30T00:44Z', pages, contentChanges: changes }, []), { dateModified: '2026-06-15' });
  });

  it('else the latest page dateModified that is not the build date, with a warning naming the build dates set aside', () => {
    const warnings: string[] = [];
    assert.deepEqual(siteDates({ lastBuilt: '2026-06-30T00:44Z', pages }, warnings), { dateModified: '2025-10-25' });
    assert.deepEqual(warnings, [
      'JSON-LD index.html dateModified, index.html datePublished, 02-filedir.html datePublished: 2026-06-30 is the date the site was built, not a content change; ignored',
    ]);
  });

  it('takes the pages\' common datePublished as the build date without pkgdown.yml', () => {
    assert.deepEqual(siteDates({ pages }, []), { dateModified: '2025-10-25' });
  });

  it('gives no date when every page date is the build date, and ignores values that are not dates', () => {
    assert.deepEqual(siteDates({ lastBuilt: '2026-06-30', pages: [pages[0]!, { page: 'x.html', dateModified: { not: 'a date' } }] }, []), {});
  });
});
