/** The admission engines whose policies the analyzers read. */
export type Engine =
  | 'gatekeeper'
  | 'kyverno'
  | 'kyverno-cel'
  | 'validating-admission-policy'
  | 'mutating-admission-policy'
  | 'webhook'
  | 'pod-security'
  | 'pod-security-policy'
  | 'kubewarden'
  | 'jspolicy';
