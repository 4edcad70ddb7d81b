/**
 * The raw files of one Workbench lesson read from its built site (`readWorkbenchSite`), for `mapWorkbenchSite`.
 * Paths are relative to the site root (`sitemap.xml`, `index.html`, `config.yaml`, `pkgdown.yml`,
 * `02-filedir.html`), plus {@link MD5SUM_PATH} for the `md-outputs` branch's checksum list. A file that does not
 * exist is absent.
 */
export interface WorkbenchSiteFiles {
  /** The site as given in the source options (a URL, local directory or `file://` URL). */
  readonly site: string;
  /** Relative path → text (decoded; invalid UTF-8 bytes are U+FFFD). */
  readonly files: ReadonlyMap<string, string>;
  /** Relative path → size in bytes of each file found but not read, being over the size limit. */
  readonly tooLarge?: ReadonlyMap<string, number>;
  /** Where the `md-outputs` branch was looked for, ending with `/`, when it was. */
  readonly mdOutputs?: string;
  /** Problems met while reading that did not stop it (an `md-outputs` branch that could not be fetched). */
  readonly warnings?: readonly string[];
}

/** The key of the `md-outputs` branch's `md5sum.txt` in {@link WorkbenchSiteFiles.files}. */
export const MD5SUM_PATH = 'md-outputs/md5sum.txt';
