import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderDataCiteXml } from '../../../src/citation/renderDataCiteXml.js';
import { dataCiteXmlCheck } from '../../helpers/citationChecks.js';
import { RECORD_FIXTURES, subjectOf } from '../../helpers/recordFixtures.js';

describe('renderDataCiteXml', () => {
  for (const name of RECORD_FIXTURES) {
    it(`writes well-formed kernel-4 XML with every mandatory property for the ${name} record`, () => {
      const subject = subjectOf(name);
      const { problems, title } = dataCiteXmlCheck(renderDataCiteXml(subject));
      assert.deepEqual(problems, []);
      assert.equal(title, subject.record.material.name);
    });
  }

  it('finds XML without the mandatory elements incomplete (the check can fail)', () => {
    const { problems } = dataCiteXmlCheck('<resource xmlns="http://datacite.org/schema/kernel-4"><titles><title>x</title></titles></resource>');
    assert.deepEqual(problems, ['1 Identifier', '2 Creator', '4 Publisher', '5 PublicationYear', '10 ResourceType']);
  });

  it('escapes hostile text and drops characters XML cannot carry', () => {
    const subject = subjectOf('minimal');
    subject.record.material.name = 'A <script>alert("x")</script> & \u0007bell';
    const xml = renderDataCiteXml(subject);
    assert.ok(!xml.includes('<script>'));
    assert.equal(dataCiteXmlCheck(xml).title, 'A <script>alert("x")</script> & bell');
  });
});
