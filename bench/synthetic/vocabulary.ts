/**
 * Word lists the synthetic catalog draws from: keywords, topics and names of the kind real research-software and
 * HPC lessons carry (The Carpentries, CodeRefinery, ENCCS, HPC centres…). Providers and people are fictional.
 */

/** Keywords, most frequent first (drawn with Zipf-like weights, so some are common and most are rare). */
export const KEYWORDS: readonly string[] = [
  'python', 'git', 'unix shell', 'data analysis', 'r', 'hpc', 'version control', 'reproducibility', 'jupyter', 'bash',
  'machine learning', 'sql', 'data visualisation', 'pandas', 'numpy', 'command line', 'open science', 'fair data',
  'research software engineering', 'testing', 'continuous integration', 'mpi', 'openmp', 'gpu programming', 'cuda',
  'parallel computing', 'slurm', 'containers', 'docker', 'singularity', 'workflow management', 'snakemake',
  'nextflow', 'bioinformatics', 'genomics', 'rna-seq', 'image processing', 'statistics', 'deep learning', 'pytorch',
  'tensorflow', 'julia', 'c++', 'fortran', 'rust', 'performance optimisation', 'profiling', 'debugging',
  'documentation', 'software licensing', 'research data management', 'metadata', 'databases', 'spreadsheets',
  'openrefine', 'regular expressions', 'web scraping', 'apis', 'cloud computing', 'kubernetes', 'linux',
  'ssh', 'remote computing', 'file systems', 'job scheduling', 'packaging', 'conda', 'virtual environments',
  'code review', 'collaboration', 'github', 'gitlab', 'markdown', 'latex', 'quarto', 'r markdown', 'tidyverse',
  'ggplot2', 'matplotlib', 'scikit-learn', 'natural language processing', 'text mining', 'geospatial data',
  'gis', 'climate data', 'netcdf', 'hdf5', 'data formats', 'ontologies', 'linked data', 'rdf', 'sparql',
  'semantic web', 'data stewardship', 'data publication', 'zenodo', 'citation', 'software citation',
  'open source', 'community building', 'teaching', 'instructor training', 'pedagogy', 'lesson development',
  'accessibility', 'ethics', 'privacy', 'security', 'cryptography', 'networking', 'object-oriented programming',
  'functional programming', 'algorithms', 'data structures', 'numerical methods', 'linear algebra',
  'differential equations', 'monte carlo', 'molecular dynamics', 'quantum chemistry', 'computational physics',
  'astronomy', 'neuroscience', 'ecology', 'social sciences', 'digital humanities', 'library science',
  'archives', 'metagenomics', 'proteomics', 'single-cell', 'microscopy', 'medical imaging', 'epidemiology',
  'time series', 'bayesian statistics', 'mixed models', 'survival analysis', 'visualisation', 'dashboards',
  'shiny', 'streamlit', 'web development', 'javascript', 'typescript', 'html', 'css', 'automation', 'make',
  'cmake', 'build systems', 'compilers', 'vectorisation', 'simd', 'memory management', 'caching', 'i/o',
  'benchmarking', 'scalability', 'exascale', 'quantum computing', 'fpga', 'sycl', 'opencl', 'hip', 'kokkos',
  'dask', 'spark', 'hadoop', 'big data', 'streaming', 'data pipelines', 'etl', 'data cleaning', 'tidy data',
];

/** Subjects a lesson title is about (paired with the title patterns below). */
export const TOPICS: readonly string[] = [
  'the Unix Shell', 'Version Control with Git', 'Python for Scientists', 'R for Reproducible Analysis', 'SQL Databases',
  'High-Performance Computing', 'Parallel Programming with MPI', 'Shared-Memory Parallelism with OpenMP',
  'GPU Programming with CUDA', 'Containers for Research', 'Workflow Management with Snakemake', 'Nextflow Pipelines',
  'Machine Learning', 'Deep Learning with PyTorch', 'Data Visualisation', 'Image Processing', 'Genomics Data Analysis',
  'RNA-seq Analysis', 'Research Data Management', 'FAIR Data Principles', 'Software Testing', 'Continuous Integration',
  'Scientific Python Packaging', 'Jupyter Notebooks', 'Julia for HPC', 'Modern C++', 'Modern Fortran', 'Rust for Scientists',
  'Profiling and Optimisation', 'Debugging Scientific Code', 'Documentation with Sphinx', 'Linked Data and SPARQL',
  'Cloud Computing', 'Kubernetes for Research', 'Geospatial Data with Python', 'Climate Data Analysis', 'Text Mining',
  'Bayesian Statistics', 'Spreadsheets for Data Organisation', 'OpenRefine for Data Cleaning', 'Regular Expressions',
  'Collaborative Coding', 'Code Review', 'Open Science Practices', 'Software Citation', 'Lesson Development',
  'Instructor Training', 'Job Scheduling with Slurm', 'Distributed Computing with Dask', 'Big Data with Spark',
];

/** Title patterns; `%s` is a topic. */
export const TITLE_PATTERNS: readonly string[] = [
  'Introduction to %s', '%s for Beginners', 'Intermediate %s', 'Advanced %s', 'A Practical Guide to %s', 'Hands-on %s',
  '%s in Practice', 'Getting Started with %s', '%s: Best Practices', 'Mastering %s', '%s Workshop', 'Essentials of %s',
];

/** Sentence patterns of descriptions; `%t` is the topic, `%k` a keyword, `%a` an audience. */
export const DESCRIPTION_SENTENCES: readonly string[] = [
  'This lesson introduces %t to %a.',
  'Learners work through realistic examples drawn from %k and apply them to their own data.',
  'We cover the core concepts of %k step by step, with exercises after every episode.',
  'By the end, participants can use %k confidently in their day-to-day research.',
  'The material assumes no prior experience with %k beyond basic familiarity with a computer.',
  'Each episode combines a short explanation, live coding and a hands-on challenge.',
  'Particular attention is paid to reproducibility, so that results can be shared and checked by others.',
  'The lesson was developed by a community of instructors and has been taught at many workshops.',
  'Examples use openly licensed data sets, so everything can be repeated after the workshop.',
  'Optional episodes show how %k connects with %t on shared research infrastructure.',
  'Instructors find notes on timing, common mistakes and setup in the accompanying guide.',
  'It is suitable for self-study as well as for instructor-led workshops of one or two days.',
];

export const AUDIENCES: readonly string[] = [
  'researchers', 'graduate students', 'research software engineers', 'librarians', 'data stewards', 'HPC users',
  'life scientists', 'social scientists', 'engineers', 'postdocs',
];

export const GIVEN_NAMES: readonly string[] = [
  'Ada', 'Alan', 'Amina', 'Anders', 'Ana', 'Bjørn', 'Carlos', 'Chen', 'Claire', 'Dagmar', 'David', 'Elif', 'Emma',
  'Fatima', 'François', 'Greta', 'Hannah', 'Hiroshi', 'Ines', 'Ivan', 'Jana', 'João', 'Kai', 'Karin', 'Lars', 'Leila',
  'Lucía', 'Marek', 'María', 'Mei', 'Mohammed', 'Nadia', 'Niklas', 'Nora', 'Olga', 'Pablo', 'Priya', 'Rahul', 'Sara',
  'Sofia', 'Sven', 'Tariq', 'Thomas', 'Ulla', 'Valentina', 'Wei', 'Yara', 'Zoltán',
];

export const FAMILY_NAMES: readonly string[] = [
  'Andersson', 'Bauer', 'Becker', 'Costa', 'Dubois', 'Eriksson', 'Fernández', 'Fischer', 'García', 'Hansen', 'Ito',
  'Jensen', 'Kowalski', 'Kumar', 'Larsen', 'Li', 'Lindqvist', 'Martin', 'Meyer', 'Müller', 'Nakamura', 'Nielsen',
  'Novák', 'Okafor', 'Olsen', 'Patel', 'Petrov', 'Rossi', 'Santos', 'Schmidt', 'Silva', 'Singh', 'Smith', 'Suzuki',
  'Tanaka', 'Virtanen', 'Wagner', 'Wang', 'Weber', 'Yilmaz', 'Zhang', 'Öztürk',
];

/** Licences as sources write them (SPDX ids and common spellings), most frequent first. */
export const LICENSES: readonly string[] = ['CC-BY-4.0', 'CC-BY-4.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'MIT', 'CC0-1.0', 'Apache-2.0', 'CC-BY-NC-4.0', 'BSD-3-Clause'];

/** Languages (BCP 47), English most frequent. */
export const LANGUAGES: readonly string[] = ['en', 'en', 'en', 'en', 'en', 'en', 'es', 'de', 'fr', 'pt', 'sv', 'it', 'nl', 'fi', 'ja'];

export const LEVELS: readonly string[] = ['Beginner', 'Beginner', 'Intermediate', 'Intermediate', 'Advanced'];

export const RESOURCE_TYPES: readonly string[] = ['lesson', 'tutorial', 'course', 'workshop', 'video'];

/** Carpentries life-cycle stages. */
export const STATUSES: readonly string[] = ['stable', 'stable', 'beta', 'alpha', 'pre-alpha'];

/** Episode slugs and titles; `%k` is a keyword. */
export const EPISODE_TITLES: readonly string[] = [
  'Introduction', 'Setting up', 'First steps with %k', 'Working with files', 'Automating tasks', 'Loops and conditions',
  'Functions', 'Data structures for %k', 'Reading and writing data', 'Plotting results', 'Debugging', 'Testing your code',
  'Sharing your work', 'Performance', 'Putting it together', 'Wrap-up',
];

export const OBJECTIVE_PATTERNS: readonly string[] = [
  'Explain the basic concepts of %k.', 'Apply %k to a realistic research problem.', 'Write a small program that uses %k.',
  'Compare different approaches to %k.', 'Identify common mistakes when using %k.', 'Use %k on a remote system.',
];

export const QUESTION_PATTERNS: readonly string[] = [
  'What is %k and why is it useful?', 'How do I get started with %k?', 'How can %k make my research reproducible?',
  'When should I use %k?',
];
