import { formatBytes } from '../discover/discover.ts';
import type { FileSystem } from '../discover/file-system.ts';
import type { InputProblem } from '../model/input-problem.ts';
import type { Notification } from '../model/notification.ts';
import type { TimeCheck } from '../model/time-limit.ts';
import type { DeferredObject, K8sObject, TextSource } from '../model/workspace.ts';
import { originOf } from '../render/origin.ts';
import type { RenderResult } from '../render/render.ts';
import { pushAll } from '../array.ts';
import { decodeText, loadManifests, looksBinary, startsWithBom, type LoadedManifestFile } from './load-manifests.ts';
import { SourceIndex } from './source-index.ts';
import { parseYaml } from './yaml-source.ts';

/** What the load stage reads: the discovered files (manifests, then Rego) and the rendered documents. */
export interface ReadRequest {
  readonly root: string;
  readonly files: readonly string[];
  readonly maxFileSize: number;
  readonly rendered: RenderResult;
}

export interface ReadFilesDeps {
  readonly fs: FileSystem;
  /** Told before each batch how many files are read. */
  readonly onBatch: (filesRead: number) => void;
  readonly checkTime: TimeCheck;
  /** Skipped files and renderer notes go here, in the order met. */
  readonly notifications: Notification[];
}

/** Every file's text and positions, the objects and Rego sources in them, and the input problems met. */
export interface ReadFiles {
  readonly sources: SourceIndex;
  readonly problems: InputProblem[];
  readonly objects: K8sObject[];
  readonly textSources: TextSource[];
  readonly otherDocuments: number;
  /** Objects of the kinds loading does not build (load-manifests' DEFERRED_KINDS), for the workspace to build on demand. */
  readonly deferred: DeferredObject[];
  readonly skippedForSize: number;
}

const READ_BATCH = 64;

/** Reads the files in batches, then loads the rendered documents; a file that cannot be read is EG001, never a crash. */
export const readFiles = async ({ root, files, maxFileSize, rendered }: ReadRequest, { fs, onBatch, checkTime, notifications }: ReadFilesDeps): Promise<ReadFiles> => {
  const sources = new SourceIndex();
  const parsedDocuments = new Map<string, readonly unknown[]>();
  const documentsOf = (file: string): readonly unknown[] => {
    let documents = parsedDocuments.get(file);
    if (!documents) parsedDocuments.set(file, (documents = parseYaml(sources.textOf(file) ?? '').documents));
    return documents;
  };
  const problems: InputProblem[] = [];
  const objects: K8sObject[] = [];
  const textSources: TextSource[] = [];
  let otherDocuments = 0;
  const deferred: DeferredObject[] = [];
  let skippedForSize = 0;
  // Each file is loaded with the count of objects before it (a deferred object's place among all of them).
  const addObjects = (loaded: LoadedManifestFile): void => {
    pushAll(deferred, loaded.deferred);
    pushAll(objects, loaded.objects);
  };
  for (let start = 0; start < files.length; start += READ_BATCH) {
    onBatch(start);
    checkTime('reading the files', () => `${files.length - start} files (from ${files[start]!}) and every later stage`);
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.all(
      batch.map((file) => fs.read(root, file, maxFileSize).catch((error: unknown) => ({ error }))),
    );
    batch.forEach((file, i) => {
      const content = contents[i]!;
      if ('error' in content) {
        sources.add(file, '');
        problems.push({ kind: 'invalid-manifest', at: { file, start: 0, end: 0 }, message: `Could not read this file (${errorCode(content.error)}); it was not scanned.` });
        return;
      }
      if ('tooLarge' in content) {
        notifications.push({
          level: 'warning',
          message: `Skipped ${file}: it is ${formatBytes(content.tooLarge)}, over the ${formatBytes(maxFileSize)} limit (raise maxFileSize in the config to scan it).`,
          file,
        });
        skippedForSize++;
        return;
      }
      if (looksBinary(content.bytes)) {
        sources.add(file, '');
        problems.push({ kind: 'invalid-manifest', at: { file, start: 0, end: 0 }, message: 'This file is binary, not YAML or JSON; it was not scanned. Exclude it or rename it.' });
        return;
      }
      const bom = { bom: startsWithBom(content.bytes) };
      if (file.endsWith('.rego')) {
        const text = decodeText(content.bytes);
        sources.add(file, text, undefined, bom);
        textSources.push({ file, text });
        return;
      }
      const loaded = loadManifests(file, decodeText(content.bytes), objects.length);
      pushAll(problems, loaded.problems);
      // Deployed through a rendered kustomization: its objects count there, once. Its positions
      // are still needed (a JSON 6902 patch has no apiVersion, so load did not parse it).
      if (rendered.consumed.has(file)) {
        const parsed = loaded.source ? undefined : parseYaml(loaded.text);
        if (parsed) parsedDocuments.set(file, parsed.documents);
        sources.add(file, loaded.text, loaded.source ?? parsed?.source, bom);
        return;
      }
      sources.add(file, loaded.text, loaded.source, bom);
      addObjects(loaded);
      otherDocuments += loaded.otherDocuments;
    });
  }
  for (const template of rendered.templates) sources.add(template.file, template.text);
  // Chart files a rendered document copies: positions are in them, read or not as manifests.
  for (const copied of rendered.copiedFiles) if (sources.textOf(copied.file) === undefined) sources.add(copied.file, copied.text);
  for (const document of rendered.documents) {
    const loaded = loadManifests(document.id, document.text, objects.length);
    let value: unknown;
    sources.addRendered(document.id, (ref) =>
      originOf(document, ref, {
        rendered: () => (value ??= parseYaml(document.text).documents[0]),
        textOf: (file) => sources.textOf(file),
        documentsOf,
        regionOf: (ref) => ('start' in ref ? loaded.source?.lines.region(ref.start, ref.end) : loaded.source?.regionOf(ref)),
      }),
    );
    pushAll(problems, loaded.problems);
    addObjects(loaded);
    otherDocuments += loaded.otherDocuments;
  }
  // Renderers name files by absolute path: reports name them from the root, the same in every checkout.
  pushAll(problems, rendered.problems.map((problem) => ({ ...problem, message: withoutRoot(problem.message, root) })));
  for (const note of rendered.notes) notifications.push({ level: 'note', message: withoutRoot(note.message, root), file: note.file });
  return { sources, problems, objects, textSources, otherDocuments, deferred, skippedForSize };
};

const errorCode = (error: unknown): string =>
  (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));

/** `/home/runner/work/repo/charts/x` → `charts/x`, and the root itself → `.`. */
const withoutRoot = (message: string, root: string): string => {
  const trimmed = root.replace(/[\\/]+$/, '');
  if (trimmed === '' || !message.includes(trimmed)) return message;
  return message.split(`${trimmed}/`).join('').split(trimmed).join('.');
};
