import type { ScanStats } from './scan-result.ts';

/**
 * One line when a scan found nothing to judge (no Kubernetes object, no Rego source): a wrong
 * path, glob or checkout would otherwise pass silently. Undefined when something was scanned.
 */
export const nothingScannedMessage = (stats: Pick<ScanStats, 'filesScanned' | 'objects' | 'regoFiles'>): string | undefined => {
  if (stats.objects > 0 || stats.regoFiles > 0) return undefined;
  return stats.filesScanned === 0
    ? 'No Kubernetes object found: no YAML, JSON or Rego file was scanned. Check the paths given (and, in the Action, checkout-path).'
    : `No Kubernetes object found in the ${stats.filesScanned} file(s) scanned. Check the paths given (and, in the Action, checkout-path).`;
};
