/**
 * Test fixtures of policy repositories (Kyverno's `.chainsaw-test/` and `.kyverno-test/`,
 * gatekeeper-library's `samples/`, `test/`, `tests/`): inputs to the repository's own policy
 * tests, not deployments. They are scanned like every file and their findings stay in JSON and
 * SARIF; the text report and the job summary count them in one line unless asked to show them.
 * Only the presentation depends on these paths, never a verdict.
 */
import picomatch from 'picomatch';

/** The config's `fixtures:` replaces these; an empty list marks nothing. */
export const DEFAULT_FIXTURE_GLOBS: readonly string[] = ['**/.chainsaw-test/**', '**/.kyverno-test/**', '**/samples/**', '**/test/**', '**/tests/**'];

/** Whether a scanned path (relative to the root, `/`-separated) is a test fixture. */
export const fixtureMatcher = (globs: readonly string[] = DEFAULT_FIXTURE_GLOBS): ((file: string) => boolean) => {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true });
  // Asked once per finding, coverage row and access row: a repository's few thousand files are
  // matched once each rather than once per item.
  const known = new Map<string, boolean>();
  return (file) => {
    let fixture = known.get(file);
    if (fixture === undefined) {
      // A rendered document's id is `chart/templates/x.yaml#n` or similar: match the file part.
      fixture = matches(file.split('#')[0]!);
      known.set(file, fixture);
    }
    return fixture;
  };
};
