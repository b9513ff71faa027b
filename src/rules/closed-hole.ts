import type { CoverageReason } from '../analyze/coverage.ts';
import { objectLabel } from '../model/object-ref.ts';
import type { Draft } from './rule.ts';

/**
 * Security severity of a hole another policy closes (`CoverageReason.closedBy`): low, since no
 * ephemeral container gets through while the closing policy stays, but said, since removing or
 * narrowing that policy reopens it.
 */
export const CLOSED_HOLE_SEVERITY = 2;

/**
 * A hole finding whose hole another policy closes: a note at low severity (it fails no check at
 * the default threshold), with each closing policy as a related location. Unchanged otherwise.
 */
export const withClosure = <M extends string>(reason: CoverageReason, draft: Draft<M>): Draft<M> => {
  const closers = reason.closedBy ?? [];
  if (closers.length === 0) return draft;
  return {
    ...draft,
    level: 'note',
    securitySeverity: CLOSED_HOLE_SEVERITY,
    related: [
      ...(draft.related ?? []),
      ...closers.map((closer) => ({
        at: closer.at,
        note: `${objectLabel(closer.policy)}${closer.rule !== undefined ? ` rule ${closer.rule}` : ''} closes this hole: it denies ${closer.denies} wherever this policy applies (${closer.basis === 'evaluation' ? 'proved by running its code on the probe' : 'read from its code'}); without it the hole reopens`,
      })),
    ],
  };
};
