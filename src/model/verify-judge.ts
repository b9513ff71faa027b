import type { NamespaceResult, ProbeCell, ProbeId, VerifyFacts } from './verify-outcome.ts';

/** The cells of one probe that were admitted, with their namespace: what EG401–EG403 report. */
export function* admittedCells(facts: VerifyFacts, probes: readonly ProbeId[]): Iterable<{ namespace: NamespaceResult; cell: ProbeCell }> {
  for (const namespace of facts.namespaces) {
    for (const cell of namespace.cells) {
      if (cell.verdict === 'allowed' && probes.includes(cell.probe)) yield { namespace, cell };
    }
  }
}

/** The data every EG401–EG403 message uses: where, through which writes, in which mode. */
export const admittedData = (facts: VerifyFacts, namespace: NamespaceResult, cell: ProbeCell): Record<string, string> => {
  const methods = cell.attempts.filter((attempt) => attempt.state === 'allowed').map((attempt) => attempt.method);
  const pod = namespace.target?.pod ?? '?';
  return {
    namespace: namespace.namespace,
    context: facts.context,
    probe: cell.probe,
    pod,
    how: `${facts.dryRun ? 'a dry-run ' : 'a real '}${methods.join(' and ')} of pods/${pod}/ephemeralcontainers`,
  };
};
