/**
 * `npm run bench`: the benchmark suite (issue "Benchmarks that tell the truth") is not written yet; this
 * placeholder says so instead of pretending to measure anything.
 */
process.stderr.write('faircat bench: no benchmarks yet (see the benchmark issue); nothing was measured.\n');
process.exitCode = 1;
