import picomatch from 'picomatch';
import type { FileSystem } from './file-system.ts';

/**
 * An in-memory file system for tests and for scanning text handed over directly: paths are
 * relative to the scan root; a value of `{ link: target }` is a symbolic link.
 */
export const memoryFileSystem = (
  files: Readonly<Record<string, string | Uint8Array | { link: string }>>,
  options: { git?: readonly string[] } = {},
): FileSystem => ({
  list: async (_root, include, exclude) => {
    const included = picomatch([...include], { dot: true });
    const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
    return Object.keys(files).filter((file) => included(file) && !excluded(file)).sort();
  },
  gitFiles: async () => (options.git ? [...options.git] : undefined),
  inspect: async (_root, file) => {
    const entry = files[file];
    if (entry === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    if (typeof entry === 'object' && 'link' in entry) {
      const target = files[entry.link];
      const size = typeof target === 'string' ? Buffer.byteLength(target) : target instanceof Uint8Array ? target.length : 0;
      const resolved = target !== undefined && !(typeof target === 'object' && 'link' in target);
      return { size, isFile: resolved, link: true, insideRoot: resolved };
    }
    return { size: typeof entry === 'string' ? Buffer.byteLength(entry) : entry.length, isFile: true, link: false, insideRoot: true };
  },
  read: async (_root, file) => {
    const entry = files[file];
    const target = typeof entry === 'object' && entry !== null && 'link' in entry ? files[entry.link] : entry;
    if (target === undefined || (typeof target === 'object' && 'link' in target)) {
      throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    }
    return typeof target === 'string' ? Buffer.from(target) : target;
  },
});
