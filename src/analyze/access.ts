/**
 * The access graph: who can add ephemeral containers, where, and through which chain.
 * Built by the RBAC analysis (model/rbac); read by the EG2xx and EG3xx rules.
 */
export interface AccessGraph {
  readonly grants: readonly unknown[];
}

export const emptyAccessGraph: AccessGraph = { grants: [] };
