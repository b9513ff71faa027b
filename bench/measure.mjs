// Preloaded into every measured process (`node --import`): at exit, writes the process's own
// CPU time and peak resident set size to the file EG_BENCH_USAGE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.EG_BENCH_USAGE, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
});
