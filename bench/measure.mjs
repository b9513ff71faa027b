// Preloaded into every measured process (`node --import`): at exit, writes the process's own
// CPU time and peak resident set size to the file EG_BENCH_USAGE names.
//
// Peak RSS is the kernel's high-water mark of this process's own memory (VmHWM). Not
// `resourceUsage().maxRSS`: on Linux getrusage's maxrss survives exec, so a child spawned by a
// parent holding 230 MB reports at least 230 MB, whatever it used itself (the runner holds the
// reports of earlier shapes). Elsewhere, where /proc is missing, maxRSS is the best there is.
import { readFileSync, writeFileSync } from 'node:fs';

const ownPeakRssKb = () => {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // No /proc (macOS, Windows).
  }
  return process.resourceUsage().maxRSS;
};

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.EG_BENCH_USAGE, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: ownPeakRssKb() }));
});
