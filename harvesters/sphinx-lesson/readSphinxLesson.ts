import type { SourceReader } from '../Harvester.js';
import { fileCollector, parseLessonLocation, type LessonLocation } from '../lesson-text/index.js';
import { isEpisodeDocument } from './isEpisodeDocument.js';
import { MAX_EPISODES } from './lessonEpisodes.js';
import { lessonRepository } from './lessonRepository.js';
import { lessonSiteUrl } from './lessonSiteUrl.js';
import { parseLessonSources } from './parseLessonSources.js';
import { parseObjectsInv } from './parseObjectsInv.js';
import { parseToctrees } from './parseToctrees.js';
import { syntaxOf } from './MarkupSyntax.js';
import type { SphinxLessonEntry } from './SphinxLessonOptions.js';
import type { SphinxLessonFiles } from './SphinxLessonFiles.js';

/** Lesson metadata files at the repository root. */
const ROOT_FILES = ['CITATION.cff', 'metadata.yml', 'bioschemas.yml', '.zenodo.json', 'AUTHORS'] as const;
/** Where sphinx-lesson repositories keep their Sphinx sources (`conf_py_path`), in the order tried. */
const CONTENT_DIRS = ['content/', 'docs/', 'source/', ''] as const;
/** Files that mark a Sphinx source directory. */
const SPHINX_FILES = ['conf.facts.json', 'conf.py', 'index.md', 'index.rst'] as const;

/**
 * Reads the files of one sphinx-lesson lesson (the I/O side of the harvester): the root metadata files, the
 * Sphinx source directory (`content/`, else `docs/`, `source/`, the root) with conf.py (or the corpus's
 * `conf.facts.json`), the index page and the episode sources its toctrees name, and the built site's
 * `objects.inv`. The built site is `site` when given; for a local lesson the sibling `<dir>@gh-pages/`; for a
 * GitHub lesson the site URL its metadata states (or its GitHub Pages site). A local lesson never causes a
 * network request. Missing files are simply absent; a missing or unreadable inventory is a warning.
 */
export async function readSphinxLesson(entry: SphinxLessonEntry, reader: SourceReader): Promise<SphinxLessonFiles> {
  const { location: given, site } = typeof entry === 'string' ? { location: entry, site: undefined } : entry;
  const where = parseLessonLocation(given);
  const { files, tooLarge, read } = fileCollector(reader);
  const warnings: string[] = [];
  const readInto = async (path: string): Promise<boolean> => (await read(path, reader.resolve(where.base, path))) !== undefined || tooLarge.has(path);

  for (const path of ROOT_FILES) await readInto(path);
  let contentDir = '';
  for (const directory of CONTENT_DIRS) {
    let found = false;
    for (const file of SPHINX_FILES) found = (await readInto(directory + file)) || found;
    if (found) {
      contentDir = directory;
      break;
    }
  }
  const indexPath = [`${contentDir}index.md`, `${contentDir}index.rst`].find((path) => files.has(path));
  const inventory = await readInventory(site, where, files, contentDir, reader, warnings);
  const documents = indexPath
    ? parseToctrees(files.get(indexPath) ?? '', syntaxOf(indexPath)).flatMap((toctree) => toctree.entries.filter((e) => !e.external).map((e) => e.target))
    : inventoryDocuments(inventory?.bytes, inventory?.location ?? '');
  const extensions = indexPath?.endsWith('.rst') ? ['.rst', '.md'] : ['.md', '.rst'];
  for (const document of [...new Set(documents)].filter(isEpisodeDocument).slice(0, MAX_EPISODES)) {
    for (const extension of extensions) if (await readInto(`${contentDir}${document}${extension}`)) break;
  }
  const lesson: SphinxLessonFiles = { location: where.display, fileBase: where.fileBase, contentDir, files, tooLarge, warnings };
  return { ...lesson, ...(where.repository ? { repository: where.repository } : {}), ...(inventory ? { inventory } : {}) };
}

async function readInventory(
  site: string | undefined,
  where: LessonLocation,
  files: ReadonlyMap<string, string>,
  contentDir: string,
  reader: SourceReader,
  warnings: string[],
): Promise<{ bytes: Uint8Array; location: string } | undefined> {
  let siteBase = site ?? where.siblingSite;
  if (siteBase === undefined) {
    const sources = parseLessonSources({ location: where.display, fileBase: where.fileBase, contentDir, files });
    siteBase = lessonSiteUrl(sources, lessonRepository(sources, where.repository)).url;
  }
  if (siteBase === undefined) return undefined;
  const location = reader.resolve(siteBase.endsWith('/') ? siteBase : `${siteBase}/`, 'objects.inv');
  try {
    const bytes = await reader.readBytes(location);
    if (bytes === undefined && site !== undefined) warnings.push(`${location}: no objects.inv at the given site; episode titles and URLs unknown`);
    return bytes === undefined ? undefined : { bytes, location };
  } catch (error) {
    warnings.push(`${location}: cannot read objects.inv (${error instanceof Error ? error.message : String(error)}); episode titles and URLs unknown`);
    return undefined;
  }
}

function inventoryDocuments(bytes: Uint8Array | undefined, location: string): string[] {
  if (bytes === undefined) return [];
  try {
    return parseObjectsInv(bytes, location).entries.filter((entry) => entry.type === 'std:doc').map((entry) => entry.name);
  } catch {
    return []; // reported by mapSphinxLesson, which parses it again
  }
}
