/**
 * Manifests are untrusted JSON: every reader checks shapes before it looks inside. This is the
 * one check for "a mapping" (an object that is not an array), shared by every stage.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
