import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordToCsl } from '../../../src/citation/recordToCsl.js';
import { renderCslJson } from '../../../src/citation/renderCslJson.js';
import { subjectOf } from '../../helpers/recordFixtures.js';

describe('renderCslJson', () => {
  it('writes an array of exactly the one CSL item of the record', () => {
    assert.deepEqual(JSON.parse(renderCslJson(subjectOf('full'))), [recordToCsl(subjectOf('full'))]);
  });
});
