/** What one episode page of a Sphinx lesson says about itself (`parseEpisode`). */
export interface EpisodeFacts {
  /** The page's first heading. */
  title?: string;
  /** `objectives` directive items. */
  objectives: string[];
  /** `questions` directive items. */
  questions: string[];
  /** `keypoints` directive items. */
  keypoints: string[];
  /** Sum of the "N min …" lines of its `instructor-note` directives, when there are any. */
  minutes?: number;
}
