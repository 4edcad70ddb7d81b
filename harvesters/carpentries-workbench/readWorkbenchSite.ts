import type { SourceReader } from '../Harvester.js';
import { normaliseRepository } from '../../src/normalise/index.js';
import { fileCollector, isRecord, parseYaml, stringOf } from '../lesson-text/index.js';
import { parseSitemap } from './parseSitemap.js';
import { parseSitePage } from './parseSitePage.js';
import { siteEpisodes } from './siteEpisodes.js';
import type { WorkbenchSite } from './WorkbenchOptions.js';
import { MD5SUM_PATH, type WorkbenchSiteFiles } from './WorkbenchSiteFiles.js';

/** Files at the root of every built Workbench site that describe the lesson. */
const SITE_FILES: readonly string[] = ['config.yaml', 'index.html', 'sitemap.xml', 'pkgdown.yml'];

/**
 * Reads a Workbench lesson from its built site only, through the harvest's `SourceReader`, for lessons whose
 * repository is not reachable: `config.yaml` (the gh-pages branch carries it), `index.html`, `sitemap.xml`,
 * `pkgdown.yml`, then the page of every episode (see `siteEpisodes`), then `md5sum.txt` of the `md-outputs` branch
 * (see `WorkbenchSite.mdOutputs`), whose failure to load is only a warning. Missing files are absent from the
 * result; files over the size limit are listed in `tooLarge`.
 */
export async function readWorkbenchSite(entry: WorkbenchSite, reader: SourceReader): Promise<WorkbenchSiteFiles> {
  const base = entry.site.endsWith('/') ? entry.site : `${entry.site}/`;
  const { files, tooLarge, read } = fileCollector(reader);
  const warnings: string[] = [];

  for (const path of SITE_FILES) await read(path, reader.resolve(base, path));
  const config = settingsOf(files.get('config.yaml'));
  const index = files.get('index.html');
  const sidebar = index === undefined ? [] : parseSitePage(index, 'index.html').episodes;
  const sitemap = files.get('sitemap.xml');
  const pages = sitemap === undefined ? [] : parseSitemap(sitemap).map((url) => url.slice(url.lastIndexOf('/') + 1));
  for (const { slug } of siteEpisodes(config.episodes, sidebar, pages).episodes.slice(0, MAX_EPISODE_PAGES)) {
    await read(`${slug}.html`, reader.resolve(base, `${slug}.html`));
  }

  const mdOutputs = mdOutputsOf(entry, config);
  if (mdOutputs !== undefined) {
    try {
      await read(MD5SUM_PATH, reader.resolve(mdOutputs, 'md5sum.txt'));
    } catch (error) {
      warnings.push(`${mdOutputs}md5sum.txt: cannot be read (${error instanceof Error ? error.message : String(error)}); content-change dates unknown`);
    }
  }
  return {
    site: entry.site,
    files,
    ...(tooLarge.size > 0 ? { tooLarge } : {}),
    ...(mdOutputs === undefined ? {} : { mdOutputs }),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** Most episode pages read from one site, against a hostile `config.yaml` or sidebar. */
const MAX_EPISODE_PAGES = 200;

/** The parsed `config.yaml`, or an empty mapping when it is missing or unreadable (the map reports it). */
function settingsOf(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    const parsed = parseYaml(text, 'config.yaml');
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * Where the lesson's `md-outputs` branch is: the option; the sibling `<dir>@md-outputs/` of a local
 * `<dir>@gh-pages` site (the corpus layout); else the raw branch of the GitHub repository that `config.yaml`
 * `source` or the `https://<owner>.github.io/<repo>/` address names. A local site never leads to the network.
 */
function mdOutputsOf(entry: WorkbenchSite, config: Readonly<Record<string, unknown>>): string | undefined {
  const slash = (location: string): string => (location.endsWith('/') ? location : `${location}/`);
  if (entry.mdOutputs !== undefined) return slash(entry.mdOutputs);
  const site = entry.site.replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(site)) return /@gh-pages$/.test(site) ? `${site.replace(/@gh-pages$/, '@md-outputs')}/` : undefined;
  const source = stringOf(config.source);
  const repository = source === undefined ? undefined : normaliseRepository(source);
  const github = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(repository ?? '') ?? /^https?:\/\/([\w-]+)\.github\.io\/([\w.-]+)$/i.exec(site);
  return github ? `https://raw.githubusercontent.com/${github[1] ?? ''}/${github[2] ?? ''}/md-outputs/` : undefined;
}
