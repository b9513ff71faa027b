import { join } from 'node:path';
import type { HelmChart } from '../discover/discover.ts';
import { DEFAULT_NAMESPACE, DEFAULT_RELEASE_NAME, type HelmRenderConfig } from './options.ts';
import { renderedDocumentId, splitDocuments, type RenderedDocument } from './rendered-document.ts';

/** Charts that live in another chart's `charts/` folder: Helm renders them with their parent. */
export const subchartsOf = (charts: readonly HelmChart[]): ReadonlyMap<string, string> => {
  const parents = new Map<string, string>();
  for (const chart of charts) {
    let parent: HelmChart | undefined;
    for (const other of charts) {
      const prefix = other.dir === '' ? 'charts/' : `${other.dir}/charts/`;
      if (other !== chart && chart.dir.startsWith(prefix) && (!parent || other.dir.length < parent.dir.length)) parent = other;
    }
    if (parent) parents.set(chart.dir, parent.dir);
  }
  return parents;
};

/** Values files for a chart: the config's list for every chart, or its list for this chart. */
export const valuesFilesOf = (chart: HelmChart, config: HelmRenderConfig | undefined): readonly string[] => {
  const values = config?.values;
  if (values === undefined) return [];
  if (Array.isArray(values)) return values as readonly string[];
  // Chart folders are keyed as in the config, normalised: '' is the root chart.
  return (values as Readonly<Record<string, readonly string[]>>)[chart.dir] ?? [];
};

/**
 * `helm template` arguments: absolute paths (a chart folder named like a flag or like
 * `repo/chart` is still read as a local folder), no `--dependency-update` (no network).
 */
export const helmTemplateArgs = (chart: HelmChart, root: string, config: HelmRenderConfig | undefined): string[] => [
  'template',
  config?.releaseName ?? DEFAULT_RELEASE_NAME,
  join(root, chart.dir),
  '--namespace',
  config?.namespace ?? DEFAULT_NAMESPACE,
  ...valuesFilesOf(chart, config).flatMap((file) => ['--values', join(root, file)]),
];

/**
 * The documents of `helm template` output. `# Source: <chart name>/templates/x.yaml` names the
 * template relative to the chart folder after its first segment (`<name>/charts/<sub>/...` for
 * subcharts); a source that is not a template file of the scan keeps only the comment.
 */
export const helmDocuments = (chart: HelmChart, output: string, templates: ReadonlySet<string>): RenderedDocument[] => {
  const seen = new Map<string, number>();
  return splitDocuments(output).map((piece, index) => {
    const slash = piece.source?.indexOf('/') ?? -1;
    const relative = piece.source !== undefined && slash > 0 ? piece.source.slice(slash + 1) : undefined;
    const file = relative === undefined ? undefined : chart.dir === '' ? relative : `${chart.dir}/${relative}`;
    const template = file !== undefined && templates.has(file) ? file : undefined;
    const key = piece.source ?? '';
    const templateDocument = seen.get(key) ?? 0;
    seen.set(key, templateDocument + 1);
    return {
      id: renderedDocumentId('helm', chart.chartFile, index),
      renderer: 'helm' as const,
      origin: chart.chartFile,
      text: piece.text,
      ...(template !== undefined ? { template } : {}),
      ...(piece.source !== undefined ? { sourceComment: piece.source } : {}),
      templateDocument,
    };
  });
};
