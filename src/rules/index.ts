import type { Rule } from './rule.ts';
import eg001 from './eg001-invalid-manifest.ts';
import eg002 from './eg002-unrendered-template.ts';
import eg003 from './eg003-policy-not-analyzable.ts';
import eg101 from './eg101-policy-skips-ephemeral-containers.ts';
import eg102 from './eg102-policy-exempts-update.ts';
import eg104 from './eg104-policy-matches-controllers-only.ts';
import eg107 from './eg107-podsecuritypolicy-ignores-ephemeral.ts';
import eg302 from './eg302-privileged-ephemeral-container.ts';

/** Every rule, sorted by id. Explicit imports (no directory scan) so that it bundles cleanly. */
export const RULES: readonly Rule[] = [eg001, eg002, eg003, eg101, eg102, eg104, eg107, eg302];
