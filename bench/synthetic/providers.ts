/** A training project of the synthetic catalog (fictional), with the share of lessons it publishes. */
export interface SyntheticProvider {
  id: string;
  name: string;
  url: string;
}

const NAMES: readonly string[] = [
  'Nordic Research Software Academy', 'Open Genomics Training Network', 'Alpine HPC Centre', 'Coastal Data Carpentry',
  'Central European Supercomputing School', 'Digital Humanities Commons', 'Atlantic Bioinformatics Hub',
  'Reproducible Research Collective', 'Midlands RSE Group', 'Iberian Open Science Lab', 'Baltic Computing Centre',
  'Graduate School of Computational Science', 'Library Data Skills Forum', 'Cloud Research Platform Training',
  'Lakeside Neuroinformatics', 'Climate Modelling Summer School', 'Scientific Python Guild', 'R Users for Research',
  'GPU Hackathon Series', 'Open Source Research Office', 'Highlands Imaging Facility', 'National Data Stewardship Programme',
  'Quantum Chemistry Training Hub', 'Astronomy Software Workshops', 'Social Data Science Institute',
  'Ecology Data Workshops', 'Research Computing Services Academy', 'Exascale Readiness Programme',
  'Linked Data Training Initiative', 'Medical Imaging Data School', 'Julia Research Community', 'Workflow Systems Alliance',
  'Mathematics of Data Lab', 'Rust for Research Group', 'Metadata and Archives Network', 'Parallel Programming Centre',
  'Statistics Training Unit', 'Teaching Innovation Team', 'Text Mining Collaborative', 'Container Training Consortium',
];

/** The 40 providers of the synthetic catalog, largest first; their lesson counts follow a Zipf law (s = 1). */
export const SYNTHETIC_PROVIDERS: readonly SyntheticProvider[] = NAMES.map((name, index) => {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { id: `p${String(index + 1).padStart(2, '0')}-${slug}`.slice(0, 48).replace(/-$/, ''), name, url: `https://${slug}.example.org/` };
});

/** Cumulative Zipf weights (1, 1/2, 1/3, …) over the providers, for `Random.weighted`. */
export const PROVIDER_WEIGHTS: readonly number[] = SYNTHETIC_PROVIDERS.reduce<number[]>((sums, _provider, index) => {
  sums.push((sums[index - 1] ?? 0) + 1 / (index + 1));
  return sums;
}, []);
