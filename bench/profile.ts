/**
 * `node dist/bench/profile.js <file.cpuprofile> [--by self|total] [--top N]`: prints where a CPU profile (from
 * `node --cpu-prof`, or `npm run bench -- --profile`) spent its time, by function, heaviest first.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summariseProfile, type CpuProfile } from './profile/summariseProfile.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { by: { type: 'string', default: 'self' }, top: { type: 'string', default: '30' } } });
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const entries = summariseProfile(profile, { by: values.by === 'total' ? 'total' : 'self', top: Number(values.top) });
  console.log(`${file}: ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s`);
  console.log('  self ms  self %  total ms  total %  function  location');
  for (const e of entries) {
    console.log(`${e.selfMs.toFixed(0).padStart(9)} ${(e.selfShare * 100).toFixed(1).padStart(6)}% ${e.totalMs.toFixed(0).padStart(9)} ${(e.totalShare * 100).toFixed(1).padStart(7)}%  ${e.function}  ${e.location}`);
  }
}
