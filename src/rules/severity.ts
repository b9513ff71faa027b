import type { Level } from './rule.ts';

/**
 * The security-severity band code scanning shows for each level (RULES.md: critical ≥ 9.0,
 * high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9): error is high or critical, warning medium,
 * note low. The catalog's defaults already sit in their level's band.
 */
const BANDS: Readonly<Record<Level, readonly [number, number]>> = { error: [7, 10], warning: [4, 6.9], note: [0.1, 3.9] };

/**
 * The security-severity of a finding whose level the config changed: the catalog value when it
 * already lies in the new level's band, else the nearest end of that band. So a rule turned
 * down to `note` shows as "low" in code scanning, not as the "high" its default would show.
 */
export const securitySeverityForLevel = (severity: number, level: Level): number => {
  const [low, high] = BANDS[level];
  return Math.min(high, Math.max(low, severity));
};
