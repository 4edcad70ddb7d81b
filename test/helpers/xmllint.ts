import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** `undefined` when `xmllint` (Debian package libxml2-utils) runs here, else why tests that need it are skipped. */
export const xmllintMissing: string | undefined = spawnSync('xmllint', ['--version']).status === 0
  ? undefined
  : 'xmllint is not installed (Debian package libxml2-utils)';

const FIXTURES = resolve('test/fixtures/oai-pmh');

/**
 * Validates an XML document against an XML Schema with xmllint (libxml2), offline: the schemas' official locations
 * are mapped to the vendored copies in `test/fixtures/oai-pmh/` by an XML catalog. Returns xmllint's messages when the
 * document is invalid, `undefined` when it validates.
 */
export function xmlSchemaErrors(xml: string, schema = join(FIXTURES, 'oai-pmh-response.xsd')): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'faircat-xmllint-'));
  try {
    const file = join(dir, 'document.xml');
    writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, file], {
      env: { ...process.env, XML_CATALOG_FILES: join(FIXTURES, 'catalog.xml') },
      encoding: 'utf8',
    });
    return result.status === 0 ? undefined : `${result.stderr}`.trim() || `xmllint exited ${result.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
