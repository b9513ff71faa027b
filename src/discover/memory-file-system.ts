import picomatch from 'picomatch';
import type { FileSystem } from './file-system.ts';

type Entry = string | Uint8Array | { readonly link: string };

/**
 * An in-memory file system for tests: paths are relative to the scan root; a value of
 * `{ link: target }` is a symbolic link to another path of the map (a missing target is a link
 * that leads outside the root).
 */
export const memoryFileSystem = (files: Readonly<Record<string, Entry>>, options: { git?: readonly string[] } = {}): FileSystem => {
  const isLink = (entry: Entry | undefined): entry is { readonly link: string } => typeof entry === 'object' && entry !== null && 'link' in entry;
  const contentOf = (file: string): string | Uint8Array | undefined => {
    const entry = files[file];
    const target = isLink(entry) ? files[entry.link] : entry;
    return isLink(target) ? undefined : target;
  };
  return {
    list: async (_root, include, exclude) => {
      const included = picomatch([...include], { dot: true });
      const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
      return Object.keys(files)
        .filter((file) => included(file) && !excluded(file))
        .sort()
        .map((path) => ({ path, link: isLink(files[path]) }));
    },
    gitFiles: async () => (options.git ? [...options.git] : undefined),
    followLink: async (_root, file) => {
      const entry = files[file];
      const found = contentOf(file) !== undefined;
      return { isFile: found, insideRoot: found, ...(found && isLink(entry) ? { target: entry.link } : {}) };
    },
    read: async (_root, file, maxSize) => {
      const content = contentOf(file);
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      return bytes.length > maxSize ? { tooLarge: bytes.length } : { bytes };
    },
  };
};
