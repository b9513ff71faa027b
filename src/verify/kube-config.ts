import { KubeConfig } from '@kubernetes/client-node';
import { UserError } from '../errors.ts';

/** The probe images `verify` uses unless told otherwise (CLI flags, Action inputs). */
export const DEFAULT_DISALLOWED_IMAGE = 'registry.ephemeral-guard.invalid/disallowed/probe:1';
export const DEFAULT_PROBE_POD_IMAGE = 'registry.k8s.io/pause:3.10';

export interface LoadKubeConfigOptions {
  readonly path?: string;
  readonly context?: string;
}

export type LoadKubeConfig = (options: LoadKubeConfigOptions) => KubeConfig;

/** The kubeconfig as kubectl would pick it: a file, or KUBECONFIG/~/.kube/config/in-cluster. */
export const loadKubeConfig: LoadKubeConfig = (options) => {
  const kubeConfig = new KubeConfig();
  try {
    if (options.path) kubeConfig.loadFromFile(options.path);
    else kubeConfig.loadFromDefault();
  } catch (error) {
    throw new UserError(`cannot load the kubeconfig${options.path ? ` ${options.path}` : ''}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return kubeConfig;
};
