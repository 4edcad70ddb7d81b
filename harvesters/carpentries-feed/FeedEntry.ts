/**
 * One entry of a Carpentries lesson feed (`https://feeds.carpentries.org/lessons.json`,
 * `community_lessons.json`, and HPC Carpentry's copy of the format), as the feed documents it. Built every 6 h
 * from GitHub repository metadata; every field may be missing or of another type in a broken feed, so the map
 * reads an entry as `unknown` and checks each field.
 */
export interface FeedEntry {
  /** The lesson organisation: `carpentries-incubator`, `carpentrieslab`, `swcarpentry`… */
  carpentries_org?: string;
  /** HPC Carpentry's name for the same field (`hpc-carpentry-incubator`). */
  hpc_carpentry_org?: string;
  /** Repository name, e.g. `shell-extras`. */
  repo?: string;
  /** `https://github.com/<owner>/<repo>`. */
  repo_url?: string;
  /** `<owner>/<repo>`. */
  full_name?: string;
  /** The GitHub repository description: the lesson's title. */
  description?: string | null;
  /** The rendered lesson site, often `http://`. */
  rendered_site?: string;
  /** GitHub topics of the repository (`lesson`, `carpentries-incubator`, subjects…). */
  github_topics?: string[];
  /** The life cycle stage, a one-item array: `["alpha"]`. */
  life_cycle_tag?: string[] | string;
  /** Subject tags plus the language (`english`). */
  lesson_tags?: string[];
}
