import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  countsForFailOn,
  isSuppressed
} from "./chunk-6CCFMVZR.js";
import {
  COPY_NOTE,
  EMPTY_ACCESS_TABLE,
  TOOL_NAME,
  TOOL_VERSION,
  UserError,
  accessTextTable,
  maxOf,
  pushAll,
  summaryRows,
  worstGuarded
} from "./chunk-NTH72IA7.js";

// src/report/color.ts
var colorEnabled = (env, isTTY) => {
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY;
};

// src/render/run-command.ts
import { spawn } from "node:child_process";
import { copyFile, lstat, mkdir, mkdtemp, readdir, realpath, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, isAbsolute, join, posix, relative, sep } from "node:path";
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
var MAX_STAGED_FILES = 1e5;
var MAX_STAGED_BYTES = 1024 * 1024 * 1024;
var CLOSED_PROXY = "http://127.0.0.1:1";
var rendererEnvironment = (path, home) => ({
  PATH: path,
  HOME: home,
  TMPDIR: join(home, "tmp"),
  XDG_CONFIG_HOME: join(home, "config"),
  XDG_CACHE_HOME: join(home, "cache"),
  XDG_DATA_HOME: join(home, "data"),
  XDG_STATE_HOME: join(home, "state"),
  HELM_CONFIG_HOME: join(home, "helm/config"),
  HELM_CACHE_HOME: join(home, "helm/cache"),
  HELM_DATA_HOME: join(home, "helm/data"),
  HELM_PLUGINS: join(home, "helm/plugins"),
  HELM_REGISTRY_CONFIG: join(home, "helm/registry.json"),
  HELM_REPOSITORY_CONFIG: join(home, "helm/repositories.yaml"),
  HELM_REPOSITORY_CACHE: join(home, "helm/repository"),
  KUSTOMIZE_PLUGIN_HOME: join(home, "kustomize/plugins"),
  KUBECONFIG: join(home, "kubeconfig"),
  GIT_ALLOW_PROTOCOL: "",
  GIT_TERMINAL_PROMPT: "0",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: join(home, "gitconfig"),
  GIT_SSH_COMMAND: "false",
  HTTP_PROXY: CLOSED_PROXY,
  HTTPS_PROXY: CLOSED_PROXY,
  ALL_PROXY: CLOSED_PROXY,
  http_proxy: CLOSED_PROXY,
  https_proxy: CLOSED_PROXY,
  all_proxy: CLOSED_PROXY,
  NO_PROXY: "",
  no_proxy: ""
});
var createRunCommand = (options = {}) => async (request) => {
  const scratch = await mkdtemp(join(tmpdir(), "eg-render-"));
  try {
    const home = join(scratch, "home");
    const work = join(scratch, "work");
    await mkdir(join(home, "tmp"), { recursive: true });
    await mkdir(work);
    if (request.inputs !== void 0) {
      const refused2 = await stageInputs(request.cwd, request.inputs, work);
      if (refused2 !== void 0) return { kind: "refused", reason: refused2 };
    }
    const path = (options.path ?? process.env.PATH ?? "").split(delimiter).filter((entry) => isAbsolute(entry)).join(delimiter);
    const env = { ...rendererEnvironment(path, home), ...options.extraEnv };
    const result = await spawnBounded({ ...request, cwd: request.inputs !== void 0 ? work : request.cwd }, env);
    return withoutPaths(result, [
      [`${work}${sep}`, ""],
      [work, "."],
      [`${home}${sep}`, "~/"],
      [scratch, "~"]
    ]);
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => void 0);
  }
};
var withoutPaths = (result, replacements) => {
  const clean = (text) => replacements.reduce((current, [from, to]) => current.split(from).join(to), text);
  switch (result.kind) {
    case "exited":
      return { ...result, stdout: clean(result.stdout), stderr: clean(result.stderr) };
    case "timed-out":
    case "failed":
      return { ...result, stderr: clean(result.stderr) };
    default:
      return result;
  }
};
var stageInputs = async (root, inputs, into) => {
  let realRoot;
  try {
    realRoot = await realpath(root);
  } catch {
    return "the scanned folder cannot be read";
  }
  const budget = { files: 0, bytes: 0 };
  const inside = (real) => {
    const rel = relative(realRoot, real);
    if (rel === "") return "inside";
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return "outside";
    return rel.split(sep).includes(".git") ? "git" : "inside";
  };
  const copy = async (real, target, shown, ancestors) => {
    const info = await stat(real);
    if (info.isFile()) {
      budget.files++;
      budget.bytes += info.size;
      if (budget.files > MAX_STAGED_FILES || budget.bytes > MAX_STAGED_BYTES) {
        return `it reads more than ${MAX_STAGED_FILES} files or ${MAX_STAGED_BYTES / (1024 * 1024)} MB (links inside the folder copied over and over?)`;
      }
      await mkdir(dirname(target), { recursive: true });
      await copyFile(real, target);
      return void 0;
    }
    if (!info.isDirectory()) return void 0;
    if (ancestors.has(real)) return `"${shown}" is a symbolic link to a folder that contains it (a loop)`;
    await mkdir(target, { recursive: true });
    const below = new Set(ancestors).add(real);
    const entries = (await readdir(real)).sort();
    for (const name of entries) {
      if (name === ".git") continue;
      const refused2 = await visit(join(real, name), join(target, name), shown === "." ? name : `${shown}/${name}`, below);
      if (refused2 !== void 0) return refused2;
    }
    return void 0;
  };
  const visit = async (path, target, shown, ancestors) => {
    const info = await lstat(path).catch(() => void 0);
    if (!info) return `"${shown}" cannot be read`;
    if (!info.isSymbolicLink()) return info.isFile() || info.isDirectory() ? copy(path, target, shown, ancestors) : void 0;
    const real = await realpath(path).catch(() => void 0);
    if (real === void 0) return `"${shown}" is a symbolic link that leads nowhere or outside the scanned folder`;
    const where = inside(real);
    if (where === "outside") return `"${shown}" is a symbolic link that leads outside the scanned folder`;
    if (where === "git") return `"${shown}" is a symbolic link into .git`;
    return copy(real, target, shown, ancestors);
  };
  for (const input of inputs) {
    const normal = posix.normalize(input).replace(/\/$/, "");
    if (normal === ".." || normal.startsWith("../") || posix.isAbsolute(normal)) return `"${input}" is outside the scanned folder`;
    if (normal.split("/").includes(".git")) return `"${input}" is inside .git`;
    const parts = normal === "." ? [] : normal.split("/");
    let current = root;
    for (const [index, part] of parts.slice(0, -1).entries()) {
      current = join(current, part);
      const info = await lstat(current).catch(() => void 0);
      if (info?.isSymbolicLink()) {
        const real = await realpath(current).catch(() => void 0);
        const where = real === void 0 ? "outside" : inside(real);
        if (where !== "inside") return `"${parts.slice(0, index + 1).join("/")}" is a symbolic link that leads ${where === "git" ? "into .git" : "outside the scanned folder"}`;
      }
    }
    const refused2 = await visit(join(root, normal), join(into, normal), normal, /* @__PURE__ */ new Set([realRoot]));
    if (refused2 !== void 0) return refused2;
  }
  return void 0;
};
var spawnBounded = (request, env) => new Promise((done) => {
  let child;
  try {
    child = spawn(request.command, [...request.args], {
      cwd: request.cwd,
      env,
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
      windowsHide: true
    });
  } catch (error) {
    done({ kind: "failed", message: error instanceof Error ? error.message : String(error), stderr: "" });
    return;
  }
  const stdout = [];
  const stderr = [];
  let size = 0;
  let settled = false;
  let overflow = false;
  const finish = (result) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    done(result);
  };
  const kill = () => {
    try {
      if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
      else child.kill("SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  };
  const text = (chunks) => Buffer.concat(chunks).toString("utf8");
  const collect = (into) => (chunk) => {
    size += chunk.length;
    if (size > MAX_OUTPUT_BYTES) {
      if (!overflow) {
        overflow = true;
        kill();
      }
      return;
    }
    into.push(chunk);
  };
  child.stdout.on("data", collect(stdout));
  child.stderr.on("data", collect(stderr));
  const timer = setTimeout(() => {
    kill();
    finish({ kind: "timed-out", stderr: text(stderr) });
  }, request.timeoutMs);
  child.on("error", (error) => {
    if (error.code === "ENOENT") finish({ kind: "not-found" });
    else finish({ kind: "failed", message: error.code ?? error.message, stderr: text(stderr) });
  });
  child.on("close", (code, signal) => {
    if (overflow) finish({ kind: "failed", message: `its output was over ${MAX_OUTPUT_BYTES / (1024 * 1024)} MB`, stderr: "" });
    else if (code === null) finish({ kind: "failed", message: `it was killed by ${signal ?? "a signal"}`, stderr: text(stderr) });
    else finish({ kind: "exited", code, stdout: text(stdout), stderr: text(stderr) });
  });
});

// src/read-input.ts
import { constants } from "node:fs";
import { lstat as lstat2, open, realpath as realpath2, stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
var MAX_INPUT_BYTES = 64 * 1024 * 1024;
var isInside = (folder, path) => {
  const rel = relative2(folder, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
};
var readInputFile = async (path, options) => {
  const entry = await lstat2(path).catch((error) => error.code === "ENOENT" || error.code === "ENOTDIR" ? void 0 : Promise.reject(refused(options.what, path, `could not be read (${error.code ?? "error"})`)));
  if (entry === void 0) return void 0;
  const target = await realpath2(path).catch(() => void 0);
  if (target === void 0) throw refused(options.what, path, "is a symbolic link that leads nowhere, or in a loop");
  const workspace = await realpath2(options.workspace).catch(() => options.workspace);
  if (isInside(options.workspace, path) && !isInside(workspace, target)) throw refused(options.what, path, "is a symbolic link to a file outside the workspace");
  const kind = await stat2(target).catch(() => void 0);
  if (!kind?.isFile()) throw refused(options.what, path, "is not a regular file");
  const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK).catch((error) => Promise.reject(refused(options.what, path, `could not be read (${error.code ?? "error"})`)));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refused(options.what, path, "is not a regular file");
    const max = options.maxBytes ?? MAX_INPUT_BYTES;
    if (info.size > max) throw refused(options.what, path, `is larger than ${Math.round(max / (1024 * 1024))} MB`);
    return await handle.readFile({ encoding: "utf8" });
  } finally {
    await handle.close();
  }
};
var refused = (what, path, why) => new UserError(`${what} ${path} ${why}; it was not read.`);

// src/report/nothing-scanned.ts
var nothingScannedMessage = (stats) => {
  if (stats.objects > 0 || stats.regoFiles > 0) return void 0;
  return stats.filesScanned === 0 ? "No Kubernetes object found: no YAML, JSON or Rego file was scanned. Check the paths given (and, in the Action, checkout-path)." : `No Kubernetes object found in the ${stats.filesScanned} file(s) scanned. Check the paths given (and, in the Action, checkout-path).`;
};

// src/report/json-stream.ts
function* jsonChunks(value) {
  let pending = "";
  const top = serializable(value, "");
  if (top === void 0) return;
  for (const piece of pieces(top, "", 0)) {
    if (pending.length + piece.length > CHUNK && pending !== "") {
      yield pending;
      pending = "";
    }
    pending += piece;
  }
  if (pending !== "") yield pending;
}
var CHUNK = 1 << 16;
var STREAM_DEPTH = 2;
var STEP = "  ";
var GROUP = 256;
function* elements(array, start, end, inner, depth) {
  const group = array.slice(start, end);
  if (group.some((item) => typeof item === "object" && item !== null && typeof item.toJSON === "function")) {
    for (let i = start; i < end; i++) {
      yield `${i === 0 ? "" : ","}
${inner}`;
      const item = serializable(array[i], String(i));
      if (item === void 0) yield "null";
      else yield* pieces(item, inner, depth + 1);
    }
    return;
  }
  let wrapped = group;
  let prefix = "";
  let suffix = "";
  for (let level = 0; level <= depth; level++) {
    if (level > 0) wrapped = [wrapped];
    prefix += `${STEP.repeat(level)}[
`;
    suffix = `
${STEP.repeat(level)}]${suffix}`;
  }
  const text = JSON.stringify(wrapped, null, 2);
  yield `${start === 0 ? "" : ","}
${text.slice(prefix.length, text.length - suffix.length)}`;
}
function* pieces(value, indent, depth) {
  if (typeof value !== "object" || value === null || depth >= STREAM_DEPTH || value instanceof Number || value instanceof String || value instanceof Boolean) {
    const text = JSON.stringify(value, null, 2);
    yield indent === "" ? text : text.replaceAll("\n", `
${indent}`);
    return;
  }
  const inner = indent + STEP;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let start = 0; start < value.length; start += GROUP) {
      yield* elements(value, start, Math.min(value.length, start + GROUP), inner, depth);
    }
    yield `
${indent}]`;
    return;
  }
  let first = true;
  for (const name of Object.keys(value)) {
    const child = serializable(value[name], name);
    if (child === void 0) continue;
    yield `${first ? "{" : ","}
${inner}${JSON.stringify(name)}: `;
    first = false;
    yield* pieces(child, inner, depth + 1);
  }
  yield first ? "{}" : `
${indent}}`;
}
var serializable = (value, key) => {
  const current = typeof value === "object" && value !== null && typeof value.toJSON === "function" ? value.toJSON(key) : value;
  return current === void 0 || typeof current === "function" || typeof current === "symbol" ? void 0 : current;
};

// src/report/json.ts
var toJsonChunks = (result) => reportChunks({
  tool: { name: TOOL_NAME, version: TOOL_VERSION },
  findings: result.findings.map(({ data: _data, ...finding }) => finding),
  // Only with a baseline: what it had that this scan no longer finds.
  ...result.absent && result.absent.length > 0 ? { absent: result.absent.map(({ data: _data, messageId: _id, ...finding }) => finding) } : {},
  coverage: result.coverage,
  // Rows name the controls that guard them by index into `controls`.
  access: result.access ?? EMPTY_ACCESS_TABLE,
  notifications: result.notifications,
  stats: result.stats
});
function* reportChunks(value) {
  yield* jsonChunks(value);
  yield "\n";
}

// src/report/chains.ts
var at = (location) => `${location.file}:${location.startLine}:${location.startColumn}`;
var HEAD_RULES = ["EG301", "EG202"];
var linkGrantChains = (findings) => {
  const open2 = (finding) => !finding.suppression;
  const subjectFindings = /* @__PURE__ */ new Map();
  const roleRuleFindings = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!open2(finding)) continue;
    if (finding.ruleId === "EG202") subjectFindings.set(at(finding.location), [...subjectFindings.get(at(finding.location)) ?? [], finding]);
    if (finding.ruleId === "EG201") {
      for (const location of [finding.location, ...finding.related.filter((related) => related.note === COPY_NOTE).map((related) => related.location)]) {
        if (!roleRuleFindings.has(at(location))) roleRuleFindings.set(at(location), finding);
      }
    }
  }
  const absorbed = /* @__PURE__ */ new Set();
  const linkedOf = /* @__PURE__ */ new Map();
  for (const headRule of HEAD_RULES) {
    for (const head of findings) {
      if (head.ruleId !== headRule || !open2(head) || absorbed.has(head)) continue;
      const linked = [];
      const members = headRule === "EG301" ? (subjectFindings.get(at(head.location)) ?? []).filter((member) => member.object === head.object && !absorbed.has(member)) : [];
      for (const member of members) {
        absorbed.add(member);
        linked.push(member);
      }
      for (const source of [head, ...members]) {
        for (const related of source.related) {
          const role = roleRuleFindings.get(at(related.location));
          if (role && !absorbed.has(role)) {
            absorbed.add(role);
            linked.push(role);
          }
        }
      }
      if (linked.length > 0) linkedOf.set(head, linked);
    }
  }
  return findings.filter((finding) => !absorbed.has(finding)).map((finding) => ({ finding, linked: linkedOf.get(finding) ?? [] }));
};

// src/report/headline.ts
var HEADLINE_MAX = 160;
var CLAUSE_MIN = 100;
var OPENERS = { "(": ")", "[": "]", "{": "}" };
var topLevelStops = (message, stop) => {
  const found = [];
  const closers = [];
  let code = false;
  let quoted = false;
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === "`") code = !code;
    else if (code) continue;
    else if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (OPENERS[char]) closers.push(OPENERS[char]);
    else if (char === closers[closers.length - 1]) closers.pop();
    else if (closers.length === 0 && stop(i)) found.push(i);
  }
  return found;
};
var firstSentenceOf = (message) => {
  const [sentenceEnd] = topLevelStops(message, (i) => message[i] === "." && message[i + 1] === " " && /[A-Z`0-9(]/.test(message[i + 2] ?? ""));
  return sentenceEnd === void 0 ? message : message.slice(0, sentenceEnd + 1);
};
var headlineOf = (message) => {
  const sentence = firstSentenceOf(message);
  if (sentence.length <= HEADLINE_MAX) return sentence;
  const clauses = topLevelStops(sentence, (i) => sentence[i] === ":" && sentence[i + 1] === " ").filter((end) => end >= CLAUSE_MIN && end < HEADLINE_MAX);
  const clauseEnd = clauses[clauses.length - 1];
  if (clauseEnd !== void 0) return `${sentence.slice(0, clauseEnd)}.`;
  const cut = sentence.lastIndexOf(" ", HEADLINE_MAX - 1);
  return `${sentence.slice(0, cut > CLAUSE_MIN ? cut : HEADLINE_MAX - 1).replace(/[\s,;:(]+$/, "")}…`;
};

// src/report/holes.ts
var isHole = (row) => row.verdict === "not-covered" || row.verdict === "unknown";
var isOpenAccess = (row) => row.guarded !== "yes" || (row.exceptions ?? []).some((exception) => exception.guarded !== "yes");
var fixtureCounts = (result) => ({
  findings: result.findings.filter((finding) => finding.fixture).length,
  coverage: result.coverage.filter((row) => row.fixture && isHole(row)).length,
  access: (result.access ?? []).filter((row) => row.fixture && isOpenAccess(row)).length
});

// src/report/text.ts
var COLORS = {
  error: ["\x1B[31m", "\x1B[39m"],
  warning: ["\x1B[33m", "\x1B[39m"],
  note: ["\x1B[36m", "\x1B[39m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  bold: ["\x1B[1m", "\x1B[22m"]
};
var RELATED_SHOWN = 3;
var COPIES_SHOWN = 2;
var CELL_MAX = 90;
var toText = (result, context) => {
  const paint = (style, text) => context.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const shown = (item) => context.includeFixtures === true || item.fixture !== true;
  const lines = findingLines(result.findings.filter(shown), context, paint);
  if (context.quiet) return lines.length > 0 ? `${lines.join("\n")}
` : "";
  const section = (title, body) => {
    if (lines.length > 0) lines.push("");
    lines.push(paint("bold", title));
    pushAll(lines, body);
  };
  if (result.absent && result.absent.length > 0) {
    section(
      `Gone since the baseline (${result.absent.length})`,
      result.absent.map((finding) => `  ${`${finding.location.file}:${finding.location.startLine}`} ${finding.level} ${finding.ruleId}  ${finding.message}`)
    );
  }
  const coverage = result.coverage.filter(shown);
  if (coverage.length > 0) {
    const listed = context.verbose ? coverage : coverage.filter(isHole);
    section(`Coverage of ephemeral containers: ${coverageCounts(coverage)}${foldedNote(coverage.length - listed.length, "covered or not-applicable row", context)}`, listed.length > 0 ? coverageTable(listed, context) : []);
  }
  const table = result.access ?? EMPTY_ACCESS_TABLE;
  const access = table.rows.filter(shown);
  if (access.length > 0) {
    const open2 = (row) => worstGuarded(row, table) !== "yes";
    const listed = context.verbose ? access : access.filter(open2);
    section(
      `Who can add ephemeral containers: ${accessCounts(access.map((row) => ({ guarded: worstGuarded(row, table) })))}${foldedNote(access.length - listed.length, "guarded row", context)}`,
      listed.length > 0 ? accessTextTable({ ...table, rows: listed }).map((line) => clip(line, context)) : []
    );
  }
  if (result.notifications.length > 0) {
    section(
      "Notices",
      result.notifications.map((notification) => {
        const where = notification.file && notification.region ? `${notification.file}:${notification.region.startLine}:${notification.region.startColumn}: ` : "";
        return `  ${paint(notification.level, notification.level.padEnd(7))} ${where}${notification.message}`;
      })
    );
  }
  if (lines.length > 0) lines.push("");
  if (!context.includeFixtures) {
    const fixtures = fixtureLine(result);
    if (fixtures) lines.push(fixtures);
  }
  lines.push(summaryLine(result.findings.filter(shown), result.stats.filesScanned));
  return `${lines.join("\n")}
`;
};
var findingLines = (findings, context, paint) => {
  const lines = [];
  const entries = linkGrantChains(findings);
  let currentFile;
  let width = 0;
  for (const [index, { finding, linked }] of entries.entries()) {
    if (finding.location.file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      currentFile = finding.location.file;
      lines.push(paint("bold", currentFile));
      width = 0;
      for (let next = index; next < entries.length && entries[next].finding.location.file === currentFile; next++) {
        width = Math.max(width, positionOf(entries[next].finding.location).length);
      }
    }
    const state = finding.baselineState ? `[${finding.baselineState}] ` : "";
    const message = context.verbose ? finding.message : headlineOf(finding.message);
    lines.push(`  ${positionOf(finding.location).padEnd(width)}  ${paint(finding.level, finding.level.padEnd(7))} ${finding.ruleId}  ${state}${message}`);
    const indent = "      ";
    const sub = (text) => void lines.push(paint("dim", `${indent}↳ ${text}`));
    if (finding.suppression) {
      const where = finding.suppression.location ? ` (${finding.suppression.location.file}:${finding.suppression.location.startLine})` : "";
      sub(`suppressed${where}: ${finding.suppression.justification}`);
    }
    for (const member of linked) {
      const where = positionOf(member.location) === positionOf(finding.location) ? "here" : positionOf(member.location);
      sub(`same grant chain: ${member.ruleId} ${member.level} ${where}: ${context.verbose ? member.message : headlineOf(member.message)}`);
    }
    const copies = finding.related.filter((related) => related.note === COPY_NOTE);
    const others = finding.related.filter((related) => related.note !== COPY_NOTE);
    const listedOthers = context.verbose ? others : others.slice(0, RELATED_SHOWN);
    for (const related of listedOthers) sub(`${related.note}: ${positionOf(related.location)}`);
    if (listedOthers.length < others.length) sub(`${others.length - listedOthers.length} more related location${others.length - listedOthers.length === 1 ? "" : "s"} (--verbose lists them)`);
    if (copies.length > 0) {
      if (context.verbose) for (const copy of copies) sub(`${copy.note}: ${positionOf(copy.location)}`);
      else sub(copiesText(copies));
    }
  }
  return lines;
};
var copiesText = (copies) => {
  const named = copies.slice(0, COPIES_SHOWN).map((copy) => `${copy.location.file}:${copy.location.startLine}`);
  const more = copies.length - named.length;
  return `the same object in ${copies.length} more place${copies.length === 1 ? "" : "s"}: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var foldedNote = (folded, what, context) => folded > 0 && !context.verbose ? `; ${plural(folded, what)} not listed (--verbose lists them)` : "";
var VERDICTS = ["not-covered", "unknown", "covered", "not-applicable"];
var coverageCounts = (rows) => VERDICTS.map((verdict) => [verdict, rows.filter((row) => row.verdict === verdict).length]).filter(([, n]) => n > 0).map(([verdict, n]) => `${n} ${verdict}`).join(", ");
var accessCounts = (rows) => ["no", "unknown", "yes"].map((guarded) => [guarded, rows.filter((row) => row.guarded === guarded).length]).filter(([, n]) => n > 0).map(([guarded, n]) => `${n} ${guarded === "no" ? "not guarded" : guarded === "yes" ? "guarded" : "unknown"}`).join(", ");
var clip = (text, context) => context.verbose || text.length <= CELL_MAX * 3 ? text : `${text.slice(0, CELL_MAX * 3 - 1)}…`;
var cell = (text, context) => context.verbose || text.length <= CELL_MAX ? text : `${text.slice(0, CELL_MAX - 1)}…`;
var whyOf = (row) => row.reasons.join("; ") || "-";
var coverageTable = (rows, context) => {
  const table = [
    ["verdict", "basis", "policy", "engine", "at", "why"],
    ...rows.map((row) => [
      row.verdict,
      row.basis,
      cell(`${row.kind}/${row.namespace ? `${row.namespace}/` : ""}${row.name}${row.rule ? ` (${row.rule})` : ""}`, context),
      row.engine,
      `${row.location.file}:${row.location.startLine}`,
      cell(whyOf(row), context)
    ])
  ];
  const widths = table[0].map((_, column) => maxOf(table.map((cells) => cells[column].length)));
  return table.map((cells) => `  ${cells.map((text, column) => column === cells.length - 1 ? text : text.padEnd(widths[column])).join("  ")}`.trimEnd());
};
var fixtureLine = (result) => {
  const counts = fixtureCounts({ ...result, access: summaryRows(result.access ?? EMPTY_ACCESS_TABLE) });
  const parts = [
    ...counts.findings > 0 ? [plural(counts.findings, "finding")] : [],
    ...counts.coverage > 0 ? [plural(counts.coverage, "coverage hole")] : [],
    ...counts.access > 0 ? [plural(counts.access, "unguarded access row")] : []
  ];
  if (parts.length === 0) return void 0;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `${list} in test fixtures (pass --include-fixtures to show).`;
};
var positionOf = (location) => `${location.file}:${location.startLine}:${location.startColumn}`;
var summaryLine = (findings, filesScanned) => {
  const reported = findings.filter((finding) => !isSuppressed(finding) && finding.baselineState !== "absent");
  const count = (level) => reported.filter((finding) => finding.level === level).length;
  const plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const files = plural2(filesScanned, "file");
  const suppressed = findings.filter(isSuppressed).length;
  const extras = [
    ...reported.some((finding) => finding.baselineState !== void 0) ? [`${reported.filter(countsForFailOn).length} new since the baseline`] : [],
    ...suppressed > 0 ? [`${suppressed} suppressed`] : []
  ];
  const tail = extras.length > 0 ? ` (${extras.join(", ")})` : "";
  if (reported.length === 0) return `No findings in ${files}${tail}.`;
  return `${plural2(reported.length, "finding")} (${plural2(count("error"), "error")}, ${plural2(count("warning"), "warning")}, ${plural2(count("note"), "note")}) in ${files}${tail}.`;
};

export {
  nothingScannedMessage,
  toJsonChunks,
  reportChunks,
  linkGrantChains,
  headlineOf,
  isHole,
  isOpenAccess,
  fixtureCounts,
  toText,
  coverageCounts,
  accessCounts,
  whyOf,
  summaryLine,
  colorEnabled,
  createRunCommand,
  readInputFile
};
