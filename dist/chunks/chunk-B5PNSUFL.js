import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  BUILTIN_EXCLUDE,
  literalGlob
} from "./chunk-HZL5MNIW.js";
import {
  UserError
} from "./chunk-D2DPMX3K.js";

// src/cli/scan-targets.ts
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
var GLOB_CHARS = /[*?[{]/;
var isInside = (folder, path) => {
  const rel = relative(folder, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
var posixRelative = (from, to) => relative(from, to).split("\\").join("/");
var classify = async (text, cwd) => {
  const path = resolve(cwd, text);
  const info = await stat(path).catch(() => void 0);
  if (info?.isDirectory()) return { kind: "folder", text, path: await realpath(path) };
  if (info?.isFile()) return { kind: "file", text, path: await realpath(path) };
  if (info === void 0 && GLOB_CHARS.test(text)) return { kind: "glob", text, pattern: text.split("\\").join("/").replace(/^\.\//, "") };
  throw new UserError(`${text} does not exist (give a folder, a file or a glob).`);
};
var resolveScanTargets = async (args, cwd, deps) => {
  const here = await realpath(cwd).catch(() => cwd);
  const parsed = await Promise.all((args.length > 0 ? args : ["."]).map((text) => classify(text, here)));
  const first = parsed[0];
  const anchor = first.kind === "folder" ? first.path : first.kind === "file" ? dirname(first.path) : here;
  const top = await deps.gitTopLevel?.(anchor);
  const root = top !== void 0 ? await realpath(top).catch(() => top) : isInside(here, anchor) ? here : anchor;
  const targets = [];
  for (const argument of parsed) {
    const folder = argument.kind === "folder" ? argument.path : argument.kind === "file" ? dirname(argument.path) : here;
    if (!isInside(root, folder)) throw new UserError(`${argument.text} is outside ${root}, the folder the other paths are reported from; scan it in a separate run.`);
    const relativeFolder = posixRelative(root, folder);
    if (argument.kind === "folder") targets.push({ folder: relativeFolder });
    else if (argument.kind === "file") targets.push({ folder: relativeFolder, include: [literalGlob(basename(argument.path))] });
    else {
      const matches = await deps.fs.list(folder, [argument.pattern], BUILTIN_EXCLUDE);
      if (matches.length === 0) throw new UserError(`No file matches ${argument.text} (in ${here}).`);
      targets.push({ folder: relativeFolder, include: [argument.pattern] });
    }
  }
  const configDir = parsed.length === 1 && first.kind === "folder" ? first.path : isInside(root, here) ? here : root;
  return { root, targets: mergeTargets(targets), configDir, baselineFolders: isInside(root, here) ? [posixRelative(root, here)] : [] };
};
var mergeTargets = (targets) => {
  const byFolder = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const known = byFolder.get(target.folder);
    if (byFolder.has(target.folder) && known === void 0) continue;
    byFolder.set(target.folder, target.include === void 0 ? void 0 : [...known ?? [], ...target.include]);
  }
  return [...byFolder].map(([folder, include]) => ({ folder, ...include ? { include } : {} }));
};
var scanOptionsOf = (scanned, flags) => ({
  root: scanned.root,
  targets: scanned.targets,
  configDir: scanned.configDir,
  ...flags.exclude ? { exclude: flags.exclude } : {},
  ...flags.config ? { configPath: flags.config } : {},
  ...flags.baseline ? { baselinePath: flags.baseline } : {}
});

export {
  resolveScanTargets,
  scanOptionsOf
};
