import type { ObjectRef } from './object-ref.ts';

/** One Kubernetes object as loaded from a manifest (a `List` contributes one per item). */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** The object as parsed (plain JSON values). Never mutated after load. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly ref: ObjectRef;
}

/** A file kept as text (standalone `.rego` policy sources). */
export interface TextSource {
  readonly file: string;
  readonly text: string;
}

/** All objects of a scan with lookups built once. */
export class Workspace {
  readonly objects: readonly K8sObject[];
  readonly textSources: readonly TextSource[];
  private readonly kinds = new Map<string, K8sObject[]>();
  private readonly named = new Map<string, K8sObject>();

  constructor(objects: readonly K8sObject[], textSources: readonly TextSource[] = []) {
    this.objects = objects;
    this.textSources = textSources;
    for (const object of objects) {
      const list = this.kinds.get(object.kind);
      if (list) list.push(object);
      else this.kinds.set(object.kind, [object]);
      const key = namedKey(object.kind, object.namespace, object.name);
      if (!this.named.has(key)) this.named.set(key, object);
    }
  }

  /** Every object of a kind, in load order (file order, then document order). */
  byKind(kind: string): readonly K8sObject[] {
    return this.kinds.get(kind) ?? [];
  }

  /** The first object with this kind, namespace (undefined for cluster scope) and name. */
  find(kind: string, namespace: string | undefined, name: string): K8sObject | undefined {
    return this.named.get(namedKey(kind, namespace, name));
  }
}

const namedKey = (kind: string, namespace: string | undefined, name: string): string =>
  `${kind}\u0000${namespace ?? ''}\u0000${name}`;
