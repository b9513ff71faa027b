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

/**
 * An object the loader parsed but did not build (load/load-manifests.ts, DEFERRED_KINDS): its
 * identity as `K8sObject` has it, and how to build it. The workspace builds it the first time a
 * lookup returns it, so that a scan pays only for the objects some analysis reads.
 */
export interface DeferredObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** How many of the workspace's built objects come before it in load order. */
  readonly before: number;
  /** The object, as loading would have built it (called at most once). */
  readonly build: () => K8sObject;
  /**
   * Whether the built object can hold one of `words` (each without whitespace, quotes or
   * backslashes) in a key or a string: false only when it cannot (load/yaml-source.ts, `mayContain`).
   */
  readonly mayMention: (words: readonly string[]) => boolean;
}

/** A file kept as text (standalone `.rego` policy sources). */
export interface TextSource {
  readonly file: string;
  readonly text: string;
}

interface Deferred {
  readonly object: DeferredObject;
  built?: K8sObject;
}

/** Objects of one kind in load order, with each one's place among all built objects. */
interface KindList {
  readonly objects: K8sObject[];
  readonly positions: number[];
}

/**
 * All objects of a scan with lookups built once. Deferred objects are built when a lookup
 * returns them, and every lookup answers as if they had been built while loading.
 */
export class Workspace {
  /** The objects built while loading, in load order (deferred ones are found through the lookups). */
  readonly objects: readonly K8sObject[];
  readonly textSources: readonly TextSource[];
  private readonly kinds = new Map<string, KindList>();
  private readonly named = new Map<string, K8sObject>();
  private readonly deferredByKind = new Map<string, Deferred[]>();
  /** Per kind, its first deferred object of each namespace and name: indexed when `find` first asks for the kind. */
  private readonly deferredNamed = new Map<string, Map<string, Deferred>>();
  /** Per kind with deferred objects, every object of it in load order, once all are built. */
  private readonly complete = new Map<string, readonly K8sObject[]>();
  private readonly built: K8sObject[] = [];
  private byRef?: Map<ObjectRef, K8sObject>;

  constructor(objects: readonly K8sObject[], textSources: readonly TextSource[] = [], deferred: readonly DeferredObject[] = []) {
    this.objects = objects;
    this.textSources = textSources;
    objects.forEach((object, position) => {
      const list = this.kinds.get(object.kind);
      if (list) {
        list.objects.push(object);
        list.positions.push(position);
      } else this.kinds.set(object.kind, { objects: [object], positions: [position] });
      const key = namedKey(object.kind, object.namespace, object.name);
      if (!this.named.has(key)) this.named.set(key, object);
    });
    for (const object of deferred) {
      const entry: Deferred = { object };
      const list = this.deferredByKind.get(object.kind);
      if (list) list.push(entry);
      else this.deferredByKind.set(object.kind, [entry]);
    }
  }

  /** Every object of a kind, in load order (file order, then document order). */
  byKind(kind: string): readonly K8sObject[] {
    const eager = this.kinds.get(kind);
    const deferred = this.deferredByKind.get(kind);
    if (!deferred) return eager?.objects ?? [];
    let all = this.complete.get(kind);
    if (!all) this.complete.set(kind, (all = this.merge(eager, deferred)));
    return all;
  }

  /**
   * The objects of a kind that may hold one of `words` in a key or a string, in load order: every
   * object that does, and besides them only objects built already; a deferred object whose text
   * cannot hold a word stays unbuilt. For a lookup that reads only objects holding a word (an
   * engine's image name): a scan pays for the few, not for every workload of the repository.
   */
  byKindMentioning(kind: string, words: readonly string[]): readonly K8sObject[] {
    const eager = this.kinds.get(kind);
    const deferred = this.deferredByKind.get(kind);
    if (!deferred) return eager?.objects ?? [];
    return this.complete.get(kind) ?? this.merge(eager, deferred.filter((entry) => entry.built !== undefined || entry.object.mayMention(words)));
  }

  /** Every object of a kind with this name, in any namespace, in load order. */
  byName(kind: string, name: string): readonly K8sObject[] {
    const eager = this.kinds.get(kind);
    const deferred = this.deferredByKind.get(kind)?.filter((entry) => entry.object.name === name);
    if (!deferred || deferred.length === 0) return eager?.objects.filter((object) => object.name === name) ?? [];
    const positions: number[] = [];
    const objects: K8sObject[] = [];
    eager?.objects.forEach((object, index) => {
      if (object.name !== name) return;
      objects.push(object);
      positions.push(eager.positions[index]!);
    });
    return this.merge({ objects, positions }, deferred);
  }

  /** The first object with this kind, namespace (undefined for cluster scope) and name. */
  find(kind: string, namespace: string | undefined, name: string): K8sObject | undefined {
    const key = namedKey(kind, namespace, name);
    const eager = this.named.get(key);
    const deferred = this.deferredNamedOf(kind)?.get(key);
    if (!deferred) return eager;
    if (eager && this.objects.indexOf(eager) < deferred.object.before) return eager;
    return this.build(deferred);
  }

  private deferredNamedOf(kind: string): Map<string, Deferred> | undefined {
    let named = this.deferredNamed.get(kind);
    if (named) return named;
    const entries = this.deferredByKind.get(kind);
    if (!entries) return undefined;
    named = new Map();
    for (const entry of entries) {
      const key = namedKey(kind, entry.object.namespace, entry.object.name);
      if (!named.has(key)) named.set(key, entry);
    }
    this.deferredNamed.set(kind, named);
    return named;
  }

  /** The object (built while loading, or since) whose ref this is. */
  objectOf(ref: ObjectRef): K8sObject | undefined {
    if (!this.byRef) {
      this.byRef = new Map();
      for (const object of this.objects) this.byRef.set(object.ref, object);
      for (const object of this.built) this.byRef.set(object.ref, object);
    }
    return this.byRef.get(ref);
  }

  /** Built objects and deferred ones (built now) in load order: a deferred one goes before the built one at its `before`. */
  private merge(eager: KindList | undefined, deferred: readonly Deferred[]): K8sObject[] {
    const merged: K8sObject[] = [];
    let next = 0;
    const objects = eager?.objects ?? [];
    for (const entry of deferred) {
      while (next < objects.length && eager!.positions[next]! < entry.object.before) merged.push(objects[next++]!);
      merged.push(this.build(entry));
    }
    while (next < objects.length) merged.push(objects[next++]!);
    return merged;
  }

  private build(entry: Deferred): K8sObject {
    if (!entry.built) {
      entry.built = entry.object.build();
      this.built.push(entry.built);
      this.byRef?.set(entry.built.ref, entry.built);
    }
    return entry.built;
  }
}

const namedKey = (kind: string, namespace: string | undefined, name: string): string =>
  `${kind}\u0000${namespace ?? ''}\u0000${name}`;
