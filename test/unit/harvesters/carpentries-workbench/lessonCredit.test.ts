import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonCredit } from '../../../../harvesters/carpentries-workbench/lessonCredit.js';

describe('lessonCredit', () => {
  const zenodo = { creators: [{ type: 'Person' as const, name: 'Z' }], contributors: [{ type: 'Person' as const, name: 'Editor' }], warnings: [] };

  it('prefers CITATION.cff authors, and takes contributors from .zenodo.json', () => {
    const credit = lessonCredit({ cff: { authors: [{ type: 'Person', name: 'C' }], identifierDois: [], warnings: [] }, zenodo, authorsFile: 'A', authorsLocation: 'AUTHORS' }, []);
    assert.deepEqual(credit, { authors: [{ type: 'Person', name: 'C' }], contributors: [{ type: 'Person', name: 'Editor' }] });
  });

  it('falls back to .zenodo.json creators, then to AUTHORS lines with warnings for skipped lines', () => {
    assert.deepEqual(lessonCredit({ zenodo, authorsFile: 'A', authorsLocation: 'AUTHORS' }, []).authors, [{ type: 'Person', name: 'Z' }]);
    const warnings: string[] = [];
    const credit = lessonCredit({ authorsFile: 'Jane Doe\nFIXME\n', authorsLocation: 'AUTHORS' }, warnings);
    assert.deepEqual(credit, { authors: [{ type: 'Person', name: 'Jane Doe' }], contributors: [] });
    assert.deepEqual(warnings, ['AUTHORS: skipped placeholder "FIXME"']);
  });
});
