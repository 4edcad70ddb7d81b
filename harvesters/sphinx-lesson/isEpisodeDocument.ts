/** Pages of a sphinx-lesson site that are not episodes (the last path segment, an optional `0-` prefix allowed). */
const NOT_EPISODE_PAGE =
  /^(\d+[-_])?(index|genindex|search|py-modindex|modindex|guide|instructor[-_]?guide|instructors?|quick[-_]?reference|reference|references|glossary|exercises|license|licence|code[-_]of[-_]conduct|contributing|readme|setup|installation|resources|further[-_]reading|bibliography|changelog)$/i;

/** Folders of built sites whose pages are examples, slides or assets, not episodes. */
const NOT_EPISODE_FOLDER = /^(examples?|slides|_build|_static|_templates|img|images|data|code|solutions)$/i;

/**
 * Tells whether a Sphinx document name is an episode of the lesson. Not episodes: the index, Sphinx's generated
 * pages (`genindex`, `search`), the reference pages sphinx-lesson templates ship (`guide` — the instructor guide —,
 * `quick-reference`, `reference`, `glossary`, `exercises` — a list of all exercises —, `setup`, `resources`…),
 * any `README`, and pages under `examples/`, `slides/` and asset folders (gpu-programming's inventory lists
 * `examples/cuda-hip/README` and `slides/…/talk`). Names that climb out of the source directory (`../notes`) are
 * rejected too, so that a hostile toctree cannot make the reader fetch files outside the lesson.
 */
export function isEpisodeDocument(name: string): boolean {
  const segments = name.split('/').filter((segment) => segment !== '');
  // A name that climbs out of the source directory (`../x`) or is not a plain path is never read as an episode.
  if (segments.some((segment) => segment === '..' || segment === '.') || /[\\:?#]/.test(name)) return false;
  const last = segments.at(-1);
  if (last === undefined || NOT_EPISODE_PAGE.test(last)) return false;
  return !(segments.length > 1 && NOT_EPISODE_FOLDER.test(segments[0] ?? ''));
}
