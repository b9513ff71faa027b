import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  countsForFailOn,
  isSuppressed
} from "./chunk-VITYYJKX.js";
import {
  COPY_NOTE,
  EMPTY_ACCESS_TABLE,
  accessTextTable,
  parseYaml,
  require_picomatch,
  scan,
  summaryRows,
  worstGuarded
} from "./chunk-HZL5MNIW.js";
import {
  RULE_OF_HOLE,
  TOOL_NAME,
  TOOL_VERSION,
  isRecord,
  isTextRef,
  maxOf,
  objectLabel,
  pushAll
} from "./chunk-DRTNHIAH.js";
import {
  UserError,
  __toESM
} from "./chunk-D2DPMX3K.js";

// src/render/run-command.ts
import { spawn } from "node:child_process";
import { copyFile, lstat, mkdir, mkdtemp, readdir, realpath, rm, stat, writeFile } from "node:fs/promises";
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
    const unreplaced = await replaceStaged(request, work);
    if (unreplaced !== void 0) return { kind: "refused", reason: unreplaced };
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
var replaceStaged = async (request, work) => {
  for (const { path, text } of request.replaced ?? []) {
    const normal = posix.normalize(path);
    const staged = request.inputs !== void 0 && !normal.startsWith("../") && !posix.isAbsolute(normal) && normal !== ".." ? join(work, normal) : void 0;
    const info = staged === void 0 ? void 0 : await lstat(staged).catch(() => void 0);
    if (staged === void 0 || !info?.isFile()) return `"${path}" is not one of its staged input files`;
    await writeFile(staged, text);
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

// src/report/color.ts
var colorEnabled = (env, isTTY) => {
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY;
};

// src/v8-flags.ts
import { setFlagsFromString } from "node:v8";
var tuneV8ForScan = () => {
  keepYoungGenerationSmall();
  optimizeLater();
};
var keepYoungGenerationSmall = () => setFlagsFromString("--semi-space-growth-factor=1");
var OPTIMIZATION_BUDGET = 2e5;
var optimizeLater = () => setFlagsFromString(`--interrupt-budget=${OPTIMIZATION_BUDGET}`);

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
  return `${sentence.slice(0, cut > CLAUSE_MIN ? cut : HEADLINE_MAX - 1).replace(/[\s,;:(]+$/, "")}\u2026`;
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
    const sub = (text) => void lines.push(paint("dim", `${indent}\u21B3 ${text}`));
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
var clip = (text, context) => context.verbose || text.length <= CELL_MAX * 3 ? text : `${text.slice(0, CELL_MAX * 3 - 1)}\u2026`;
var cell = (text, context) => context.verbose || text.length <= CELL_MAX ? text : `${text.slice(0, CELL_MAX - 1)}\u2026`;
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
  const counts2 = fixtureCounts({ ...result, access: summaryRows(result.access ?? EMPTY_ACCESS_TABLE) });
  const parts = [
    ...counts2.findings > 0 ? [plural(counts2.findings, "finding")] : [],
    ...counts2.coverage > 0 ? [plural(counts2.coverage, "coverage hole")] : [],
    ...counts2.access > 0 ? [plural(counts2.access, "unguarded access row")] : []
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

// src/discover/memory-file-system.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var memoryFileSystem = (files, options = {}) => {
  const isLink = (entry) => typeof entry === "object" && entry !== null && "link" in entry;
  const contentOf = (file) => {
    const entry = files[file];
    const target = isLink(entry) ? files[entry.link] : entry;
    return isLink(target) ? void 0 : target;
  };
  return {
    list: async (_root, include, exclude) => {
      const included = (0, import_picomatch.default)([...include], { dot: true });
      const excluded = exclude.length > 0 ? (0, import_picomatch.default)([...exclude], { dot: true }) : () => false;
      return Object.keys(files).filter((file) => included(file) && !excluded(file)).sort().map((path) => ({ path, link: isLink(files[path]) }));
    },
    gitFiles: async () => options.git ? [...options.git] : void 0,
    followLink: async (_root, file) => {
      const entry = files[file];
      const found = contentOf(file) !== void 0;
      return { isFile: found, insideRoot: found, ...found && isLink(entry) ? { target: entry.link } : {} };
    },
    read: async (_root, file, maxSize) => {
      const content = contentOf(file);
      if (content === void 0) throw Object.assign(new Error(`ENOENT: ${file}`), { code: "ENOENT" });
      const bytes = typeof content === "string" ? Buffer.from(content) : content;
      return bytes.length > maxSize ? { tooLarge: bytes.length } : { bytes };
    }
  };
};

// src/fix/cli-fix.ts
import { resolve } from "node:path";

// src/fix/text-edit.ts
var applyEdits = (text, edits) => {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
};
var editsOverlap = (a, b) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end || x.start === y.start));
var editsKey = (edits) => JSON.stringify([...edits].sort((a, b) => a.start - b.start || a.end - b.end).map((e) => [e.start, e.end, e.text]));
var sameEdits = (a, b) => a.length > 0 && editsKey(a) === editsKey(b);
var offsetOf = (text, line, column) => {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return void 0;
    offset = next + 1;
  }
  const at2 = offset + column - 1;
  return at2 <= text.length ? at2 : void 0;
};
var positionOf2 = (text, offset) => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
};
var regionOf = (text, edit) => {
  const start = positionOf2(text, edit.start);
  const end = positionOf2(text, edit.end);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
};
var lineEndingOf = (text) => {
  const first = text.indexOf("\n");
  return first > 0 && text[first - 1] === "\r" ? "\r\n" : "\n";
};

// src/fix/anchor-edits.ts
var CODE = { code: true, what: "policy code" };
var rangeIn = (locate, textOf, ref) => {
  const location = locate(ref);
  const text = textOf(location.file);
  if (text === void 0) return void 0;
  const start = offsetOf(text, location.startLine, location.startColumn);
  const end = offsetOf(text, location.endLine, location.endColumn);
  return start === void 0 || end === void 0 || end < start ? void 0 : { file: location.file, start, end };
};
var lineStartOf = (text, offset) => text.lastIndexOf("\n", offset - 1) + 1;
var nextLineStart = (text, offset) => {
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
};
var restOfLineIsEmpty = (text, offset) => /^[ \t]*(#[^\n]*)?\r?(\n|$)/.test(text.slice(offset, nextLineStart(text, offset) + 1));
var copyClause = (anchor, locate, textOf) => {
  const clause = rangeIn(locate, textOf, anchor.clause);
  const text = clause && textOf(clause.file);
  if (!clause || text === void 0) return { unfixable: "the rule to copy is not in a file the scan read" };
  const first = lineStartOf(text, clause.start);
  if (text.slice(first, clause.start).trim() !== "") return { unfixable: "the rule to copy shares its first line with other code" };
  if (!restOfLineIsEmpty(text, clause.end)) return { unfixable: "the rule to copy shares its last line with other code" };
  const after = nextLineStart(text, clause.end);
  const lists = anchor.lists.map((ref) => rangeIn(locate, textOf, ref));
  if (lists.some((list) => !list || list.file !== clause.file || list.start < clause.start || list.end > clause.end)) return { unfixable: "a container list the rule reads is outside the rule" };
  let copy = text.slice(first, after);
  for (const list of [...lists].sort((a, b) => b.start - a.start)) {
    const name = text.slice(list.start, list.end);
    const renamed = name.replace(/^(["`]?)(containers|initContainers)\1$/, "$1ephemeralContainers$1");
    if (renamed === name) return { unfixable: `the rule names the container list as ${name}, which the fixer does not rewrite` };
    copy = copy.slice(0, list.start - first) + renamed + copy.slice(list.end - first);
  }
  const eol = lineEndingOf(text);
  const ending = copy.endsWith("\n") ? "" : eol;
  const inserted = after === text.length && !text.endsWith("\n") ? `${eol}${eol}${copy}` : `${eol}${copy}${ending}`;
  return { file: clause.file, edits: [{ start: after, end: after, text: inserted }], description: "Add a copy of the rule that reads spec.ephemeralContainers", change: CODE };
};
var extendLiteral = (anchor, locate, textOf) => {
  const literal = rangeIn(locate, textOf, anchor.literal);
  const last = rangeIn(locate, textOf, anchor.last);
  const text = literal && textOf(literal.file);
  if (!literal || !last || text === void 0 || last.file !== literal.file || last.start < literal.start || last.end > literal.end) return { unfixable: "the list of container lists is not in a file the scan read" };
  const raw = text.slice(last.start, last.end);
  const name = /^(\\?["`])(containers|initContainers)\1$/.exec(raw)?.[2];
  if (name === void 0) return { unfixable: `the last list name is written as ${raw}, which the fixer does not mirror` };
  const item = raw.replace(name, "ephemeralContainers");
  const description = 'Add "ephemeralContainers" to the container lists the rule reads';
  const rest = /^[ \t]*(,?)[ \t]*(#[^\n]*)?\r?\n/.exec(text.slice(last.end, literal.end));
  const lineStart = lineStartOf(text, last.start);
  const indent = text.slice(lineStart, last.start);
  if (rest && /^[ \t]+$/.test(indent)) {
    const eol = lineEndingOf(text);
    const trailingComma = rest[1] === ",";
    const at2 = trailingComma ? last.end + text.slice(last.end).indexOf(",") + 1 : last.end;
    const inserted = trailingComma ? `${eol}${indent}${item},` : `,${eol}${indent}${item}`;
    if (rest[2] !== void 0) {
      const lineEnd = last.end + rest[0].length - (rest[0].endsWith("\r\n") ? 2 : 1);
      const comma = trailingComma ? [] : [{ start: last.end, end: last.end, text: "," }];
      return { file: literal.file, edits: [...comma, { start: lineEnd, end: lineEnd, text: `${eol}${indent}${item}${trailingComma ? "," : ""}` }], description, change: CODE };
    }
    return { file: literal.file, edits: [{ start: at2, end: at2, text: inserted }], description, change: CODE };
  }
  return { file: literal.file, edits: [{ start: last.end, end: last.end, text: `, ${item}` }], description, change: CODE };
};
var mirroredLiteral = (raw) => /^(\\?["']|'')UPDATE\1$/.test(raw) ? raw.replace("UPDATE", "ephemeralcontainers") : void 0;
var andNotEphemeral = (anchor, locate, textOf) => {
  const test = rangeIn(locate, textOf, anchor.test);
  const request = rangeIn(locate, textOf, anchor.request);
  const text = test && textOf(test.file);
  if (!test || !request || text === void 0 || request.file !== test.file) return { unfixable: "the UPDATE test is not in a file the scan read" };
  const review = text.slice(request.start, request.end);
  if (review.includes("\n") || text.slice(test.start, test.end).includes("\n")) return { unfixable: "the UPDATE test spans several lines" };
  if (anchor.language === "cel") {
    const literalRange = anchor.literal && rangeIn(locate, textOf, anchor.literal);
    const literal = literalRange ? mirroredLiteral(text.slice(literalRange.start, literalRange.end)) : void 0;
    if (literal === void 0) return { unfixable: 'the "UPDATE" string is written in a way the fixer does not mirror' };
    return { file: test.file, edits: [{ start: test.end, end: test.end, text: ` && ${review}.subResource != ${literal}` }], description: "Exempt only plain updates, not the ephemeralcontainers subresource", change: CODE };
  }
  const condition = `object.get(${review}, "subResource", "") != "ephemeralcontainers"`;
  const lineStart = lineStartOf(text, test.start);
  const indent = text.slice(lineStart, test.start);
  if (/^[ \t]+$/.test(indent) && restOfLineIsEmpty(text, test.end)) {
    const next = nextLineStart(text, test.end);
    const eol = lineEndingOf(text);
    const inserted = next === text.length && !text.endsWith("\n") ? `${eol}${indent}${condition}` : `${indent}${condition}${eol}`;
    return { file: test.file, edits: [{ start: next, end: next, text: inserted }], description: "Exempt only plain updates, not the ephemeralcontainers subresource", change: CODE };
  }
  if (/^[ \t]*[;}]/.test(text.slice(test.end))) {
    return { file: test.file, edits: [{ start: test.end, end: test.end, text: `; ${condition}` }], description: "Exempt only plain updates, not the ephemeralcontainers subresource", change: CODE };
  }
  return { unfixable: "the UPDATE test shares its line with other code" };
};
var operationHelper = (anchor, locate, textOf) => {
  const literals = anchor.literals.map((ref) => rangeIn(locate, textOf, ref));
  const [literal] = literals;
  const clause = rangeIn(locate, textOf, anchor.clause);
  const head = rangeIn(locate, textOf, anchor.head);
  const text = literal && textOf(literal.file);
  if (!literal || !clause || !head || text === void 0 || [clause, head, ...literals].some((range) => range?.file !== literal.file)) return { unfixable: "the UPDATE test is not in a file the scan read" };
  const condition = text.slice(literal.start, literal.end);
  if (condition.includes("\n")) return { unfixable: "the UPDATE test spans several lines" };
  if (literals.some((range) => text.slice(range.start, range.end) !== condition)) return { unfixable: "the rules test the operation in different ways, which one helper does not replace" };
  const first = lineStartOf(text, clause.start);
  const indent = text.slice(first, clause.start);
  if (!/^[ \t]*$/.test(indent)) return { unfixable: "the rule shares its first line with other code" };
  if (!restOfLineIsEmpty(text, clause.end)) return { unfixable: "the rule shares its last line with other code" };
  const literalIndent = text.slice(lineStartOf(text, literal.start), literal.start);
  const inner = /^[ \t]+$/.test(literalIndent) && literalIndent.length > indent.length ? literalIndent : `${indent}  `;
  const keyword = /\bif\s*$/.test(text.slice(head.start, head.end).replace(/\{\s*$/, "").trimEnd()) ? " if" : "";
  const eol = lineEndingOf(text);
  const definition = (body) => `${indent}${anchor.helper}${keyword} {${eol}${inner}${body}${eol}${indent}}${eol}`;
  const helper = `${eol}${definition(condition)}${eol}${definition('object.get(input.review, "subResource", "") == "ephemeralcontainers"')}`;
  const after = nextLineStart(text, clause.end);
  const inserted = after === text.length && !text.endsWith("\n") ? `${eol}${helper.replace(/\r?\n$/, "")}` : helper;
  return {
    file: literal.file,
    edits: [...literals.map((range) => ({ start: range.start, end: range.end, text: anchor.helper })), { start: after, end: after, text: inserted }],
    description: "Exempt only plain updates, not the ephemeralcontainers subresource",
    change: CODE
  };
};
var flowEnd = (text, start) => {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (c === '"' && text[i] === "\\") i++;
      continue;
    }
    if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return void 0;
};
var blockEntryEnd = (text, keyLine, column) => {
  let end = nextLineStart(text, keyLine);
  while (end < text.length) {
    const next = nextLineStart(text, end);
    const line = text.slice(end, next).replace(/\r?\n$/, "");
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== "" && indent <= column && !(indent === column && /^-( |$)/.test(line.trimStart()))) break;
    end = next;
  }
  while (end > keyLine) {
    const previous = lineStartOf(text, end - 1);
    const line = text.slice(previous, end).trim();
    if (line !== "" && !line.startsWith("#")) break;
    if (previous <= keyLine) break;
    end = previous;
  }
  return end;
};
var copyEntry = (anchor, locate, textOf) => {
  const key = rangeIn(locate, textOf, anchor.key);
  const value = rangeIn(locate, textOf, anchor.value);
  const text = key && textOf(key.file);
  if (!key || !value || text === void 0 || value.file !== key.file || value.start < key.end) return { unfixable: "the containers branch is not in a file the scan read" };
  const description = `Add an ${anchor.newKey} branch mirroring containers`;
  const change = { addedKey: anchor.newKey };
  const previous = text.slice(0, key.start).trimEnd().slice(-1);
  if (previous === "{" || previous === ",") {
    const end = text[value.start] === "[" || text[value.start] === "{" ? flowEnd(text, value.start) : void 0;
    if (end === void 0) return { unfixable: "the containers branch is a flow entry the fixer does not copy" };
    return { file: key.file, edits: [{ start: end, end, text: `, ${anchor.newKey}: ${text.slice(value.start, end)}` }], description, change };
  }
  const lineStart = lineStartOf(text, key.start);
  const prefix = text.slice(lineStart, key.start);
  if (!/^[ \t]*(- +)?$/.test(prefix)) return { unfixable: "the containers key shares its line with other YAML" };
  const after = blockEntryEnd(text, lineStart, prefix.length);
  const lines = text.slice(key.end, after);
  const eol = lineEndingOf(text);
  const copy = `${prefix.replace("-", " ")}${anchor.newKey}${lines}${lines.endsWith("\n") ? "" : eol}`;
  const inserted = after === text.length && !text.endsWith("\n") ? `${eol}${copy.replace(/\r?\n$/, "")}` : copy;
  return { file: key.file, edits: [{ start: after, end: after, text: inserted }], description, change };
};
var removeEntry = (anchor, locate, textOf) => {
  const key = rangeIn(locate, textOf, anchor.key);
  const text = key && textOf(key.file);
  if (!key || text === void 0) return { unfixable: "the ephemeralContainers branch is not in a file the scan read" };
  const lineStart = lineStartOf(text, key.start);
  const prefix = text.slice(lineStart, key.start);
  if (!/^[ \t]*$/.test(prefix)) return { unfixable: "the ephemeralContainers branch is not a block entry on its own lines" };
  const end = blockEntryEnd(text, lineStart, prefix.length);
  const keyText = text.slice(key.start, key.end).replace(/^(["'])(.*)\1$/, "$2");
  return { file: key.file, edits: [{ start: lineStart, end, text: "" }], description: "Leave ephemeralContainers out of the check of fields they cannot have", change: { removedKey: keyText } };
};
var extendList = (anchor, locate, textOf) => {
  const at2 = rangeIn(locate, textOf, anchor.at);
  const spec = rangeIn(locate, textOf, anchor.spec);
  const text = at2 && textOf(at2.file);
  if (!at2 || !spec || text === void 0 || spec.file !== at2.file) return { unfixable: "the container list is not in a file the scan read" };
  const specText = text.slice(spec.start, spec.end);
  if (!/^[A-Za-z_][\w.]*$/.test(specText)) return { unfixable: "the pod spec is written in a way the fixer does not repeat" };
  const added = ` + ${specText}.?ephemeralContainers.orValue([])`;
  const description = "Add spec.ephemeralContainers to the containers the expression checks";
  const edits = anchor.mode === "append" ? [{ start: at2.end, end: at2.end, text: added }] : [{ start: at2.start, end: at2.start, text: "(" }, { start: at2.end, end: at2.end, text: `${added})` }];
  return { file: at2.file, edits, description, change: CODE };
};
var replaceNode = (anchor, locate, textOf) => {
  const at2 = rangeIn(locate, textOf, anchor.at);
  const text = at2 && textOf(at2.file);
  if (!at2 || text === void 0) return { unfixable: "the list is not in a file the scan read" };
  if (text.slice(at2.start, at2.end) !== anchor.expected) return { unfixable: `the file does not spell ${anchor.expected} where the analysis read it` };
  return { file: at2.file, edits: [{ start: at2.start, end: at2.end, text: anchor.text }], description: anchor.description, change: CODE };
};
var SUBRESOURCE_CONDITION = { key: "{{ request.subResource || '' }}", operator: "Equals", value: "ephemeralcontainers" };
var addCondition = (anchor, locate, textOf) => {
  const list = rangeIn(locate, textOf, anchor.list);
  const last = rangeIn(locate, textOf, anchor.last);
  const text = list && textOf(list.file);
  if (!list || !last || text === void 0 || last.file !== list.file || isTextRef(anchor.preconditions)) return { unfixable: "the preconditions are not in a file the scan read" };
  const edits = [];
  if (anchor.renameAll) {
    const key2 = rangeIn(locate, textOf, anchor.renameAll);
    if (!key2 || key2.file !== list.file || text.slice(key2.start, key2.end) !== "all") return { unfixable: "the preconditions' all key is written in a way the fixer does not rename" };
    edits.push({ start: key2.start, end: key2.end, text: "any" });
  }
  const { key, operator, value } = SUBRESOURCE_CONDITION;
  const flowItem = `{key: "${key}", operator: ${operator}, value: ${value}}`;
  if (text[list.start] === "[") {
    const end = text[last.start] === "{" ? flowEnd(text, last.start) : void 0;
    if (end === void 0 || end > list.end) return { unfixable: "the last precondition is a flow entry the fixer does not extend" };
    edits.push({ start: end, end, text: `, ${flowItem}` });
  } else {
    const lineStart = lineStartOf(text, last.start);
    const prefix = text.slice(lineStart, last.start);
    if (!/^ *- +$/.test(prefix)) return { unfixable: "the last precondition does not start on its own - line" };
    const after = blockEntryEnd(text, lineStart, prefix.indexOf("-"));
    const eol = lineEndingOf(text);
    const inner = " ".repeat(prefix.length);
    const item = text[last.start] === "{" ? `${prefix}${flowItem}${eol}` : `${prefix}key: "${key}"${eol}${inner}operator: ${operator}${eol}${inner}value: ${value}${eol}`;
    const inserted = after === text.length && !text.endsWith("\n") ? `${eol}${item.slice(0, -eol.length)}` : item;
    edits.push({ start: after, end: after, text: inserted });
  }
  const change = {
    node: anchor.preconditions,
    what: "preconditions",
    becomes: (before) => {
      if (!isRecord(before)) return void 0;
      const { all, any, ...rest } = before;
      const entries = anchor.renameAll ? all : any;
      return Array.isArray(entries) ? { ...rest, ...anchor.renameAll ? {} : all === void 0 ? {} : { all }, any: [...entries, { ...SUBRESOURCE_CONDITION }] } : void 0;
    }
  };
  return { file: list.file, edits, description: "Let the ephemeralcontainers subresource through the preconditions", change };
};
var anchorEdits = (anchor, locate, textOf) => {
  switch (anchor.kind) {
    case "copy-clause":
      return copyClause(anchor, locate, textOf);
    case "extend-literal":
      return extendLiteral(anchor, locate, textOf);
    case "and-not-ephemeral":
      return andNotEphemeral(anchor, locate, textOf);
    case "copy-entry":
      return copyEntry(anchor, locate, textOf);
    case "extend-list":
      return extendList(anchor, locate, textOf);
    case "replace":
      return replaceNode(anchor, locate, textOf);
    case "remove-entry":
      return removeEntry(anchor, locate, textOf);
    case "add-condition":
      return addCondition(anchor, locate, textOf);
    case "operation-helper":
      return operationHelper(anchor, locate, textOf);
  }
};

// src/fix/eg103-resources.ts
var EPHEMERAL_RESOURCE = "pods/ephemeralcontainers";
var planResourcesFix = (text, finding) => {
  const { location } = finding;
  if (location.startLine !== location.endLine) return { unfixable: "the resources entry spans several lines" };
  const start = offsetOf(text, location.startLine, location.startColumn);
  const end = offsetOf(text, location.endLine, location.endColumn);
  if (start === void 0 || end === void 0 || end <= start) return { unfixable: "the finding does not point at a resources entry" };
  const entry = text.slice(start, end);
  const quote = entry[0] === '"' || entry[0] === "'" ? entry[0] : "";
  if (quote && entry[entry.length - 1] !== quote) return { unfixable: "the resources entry is not a single scalar" };
  const inserted = `${quote}${EPHEMERAL_RESOURCE}${quote}`;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/^[ \t]*- +$/.test(before)) {
    const newline = text.indexOf("\n", end);
    const eol = lineEndingOf(text);
    const edit = newline < 0 ? { start: text.length, end: text.length, text: `${eol}${before}${inserted}` } : { start: newline + 1, end: newline + 1, text: `${before}${inserted}${eol}` };
    return { edits: [edit], description: `Add ${EPHEMERAL_RESOURCE} to resources` };
  }
  const previous = text.slice(0, start).trimEnd().slice(-1);
  if (previous === "[" || previous === ",") {
    return { edits: [{ start: end, end, text: `, ${inserted}` }], description: `Add ${EPHEMERAL_RESOURCE} to resources` };
  }
  return { unfixable: "the resources entry is written in a layout the fixer does not edit" };
};

// src/fix/prove.ts
import { isDeepStrictEqual } from "node:util";
var identity = (finding) => [finding.ruleId, finding.object ?? "", finding.messageId, JSON.stringify(Object.entries(finding.data).sort(([a], [b]) => a < b ? -1 : 1))].join("\0");
var sameFinding = (finding) => (other) => other.ruleId === finding.ruleId && other.object === finding.object && other.location.file === finding.location.file;
var counts = (findings) => {
  const result = /* @__PURE__ */ new Map();
  for (const finding of findings) result.set(identity(finding), (result.get(identity(finding)) ?? 0) + 1);
  return result;
};
var disproveFix = async (file, before, after, finding, change, request, context = /* @__PURE__ */ new Map()) => {
  const findings = Array.isArray(finding) ? finding : [finding];
  if (!file.endsWith(".rego")) {
    const old = parseYaml(before);
    const edited = parseYaml(after);
    if (edited.problems.length > old.problems.length) return "the edited file no longer parses";
    if (!sameApartFrom(old.documents, edited.documents, change)) {
      return "added" in change ? `the edited file would not parse to the same objects with only ${change.added} added to ${change.key}` : "addedKey" in change ? `the edited file would not parse to the same objects with only ${change.addedKey} added` : "removedKey" in change ? `the edited file would not parse to the same objects with only ${change.removedKey} removed` : "becomes" in change ? `the edited file would not parse to the same objects with only the ${change.what} changed as planned` : `the edited file would not parse to the same objects with only the ${change.what} changed`;
    }
  }
  const scanWith = async (text) => {
    const { include: _i, exclude: _e, baseline: _b, targets: _t, ...rest } = request;
    let facts;
    const files = { ...Object.fromEntries(context), [file]: text };
    const result = await scan({ ...rest, render: { ...request.render, renderers: "none" } }, { fs: memoryFileSystem(files), onFacts: (f) => facts = f });
    return { findings: result.findings, coverage: facts?.coverage ?? [] };
  };
  const was = await scanWith(before);
  const now = await scanWith(after);
  const wasCounts = counts(was.findings);
  const nowCounts = counts(now.findings);
  for (const each of findings) {
    const target = sameFinding(each);
    const wasTarget = was.findings.filter(target).length;
    if (wasTarget === 0) return "the finding depends on other files than those the fix reads, so the fix cannot be checked on them alone";
    const nowTarget = now.findings.filter(target);
    if (nowTarget.length >= wasTarget) {
      const wasMessages = new Set(was.findings.filter(target).map((f) => f.message));
      const other = nowTarget.find((f) => !wasMessages.has(f.message));
      if (other) return `the edit would raise a new finding: ${other.message}`;
      return findings.length > 1 ? `the rule still fires on ${each.object ?? each.location.file} after the shared edit` : "the rule still fires on the edited file";
    }
  }
  for (const [key, n] of nowCounts) {
    if (n > (wasCounts.get(key) ?? 0)) return `the edit would raise a new finding: ${now.findings.find((f) => identity(f) === key)?.message ?? key}`;
  }
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  const [ruleId] = ruleIds;
  if (ruleId === void 0 || ruleIds.length > 1) return "one edit would serve findings of several rules, which the proof does not compare";
  if (ruleId === "EG101") {
    const denying = deniesEveryEphemeral(was.coverage, now.coverage);
    if (denying) return `the edit would make ${denying.policy} deny every ephemeral container: it requires ${denying.field}, which the API forbids on them (an EG105 hole)`;
  }
  const changed = changedCoverage(was.coverage, now.coverage, ruleId);
  if (changed) return `the edit would change what ${changed} checks beyond ${ruleId}'s hole`;
  return void 0;
};
var deniesEveryEphemeral = (before, after) => {
  const denying = (fact) => fact.checks.filter((check) => check.absenceFires && check.category === "forbidden" && (check.lists ?? []).includes("ephemeralContainers")).map((check) => check.field);
  const was = new Set(before.flatMap((fact) => denying(fact).map((field) => `${objectLabel(fact.policy)}\0${fact.rule ?? ""}\0${field}`)));
  for (const fact of after) {
    const field = denying(fact).find((each) => !was.has(`${objectLabel(fact.policy)}\0${fact.rule ?? ""}\0${each}`));
    if (field !== void 0) return { policy: objectLabel(fact.policy), field };
  }
  return void 0;
};
var changedCoverage = (before, after, ruleId) => {
  const signatures = (facts) => {
    const result = /* @__PURE__ */ new Map();
    for (const fact of facts) {
      const key = `${objectLabel(fact.policy)}${fact.rule ? ` rule ${fact.rule}` : ""}`;
      result.set(key, [...result.get(key) ?? [], coverageSignature(fact, ruleId)].sort());
    }
    return result;
  };
  const was = signatures(before);
  const now = signatures(after);
  for (const key of /* @__PURE__ */ new Set([...was.keys(), ...now.keys()])) if (!isDeepStrictEqual(was.get(key), now.get(key))) return key;
  return void 0;
};
var EVIDENCE = /* @__PURE__ */ new Set(["at", "note", "reasons", "verdict", "fixes", "evaluation", "updateEvidence", "subresourceEvidence", "flagAt", "span"]);
var coverageSignature = (fact, ruleId) => {
  const { reads, checks, handlesUpdate, receivesSubresource, requiresForbiddenOnEphemeral, ...rest } = fact;
  const withoutEphemeral = (lists) => (lists ?? []).filter((list) => list !== "ephemeralContainers");
  const listsOf = (check) => ruleId === "EG101" || ruleId === "EG105" && check.category === "forbidden" ? withoutEphemeral(check.lists) : check.lists ?? [];
  const ownLists = ruleId === "EG101" || ruleId === "EG105" ? withoutEphemeral : (lists) => lists ?? [];
  const shape = {
    ...rest,
    reads: [...ownLists(Object.keys(reads))].sort(),
    // EG101's fix adds checks of ephemeral containers: a check of them alone is the intended change.
    checks: [
      ...new Set(
        checks.filter((c) => !(ruleId === "EG101" && c.category === "pod-level" && c.field.split(".").includes("ephemeralContainers"))).filter((c) => c.lists === void 0 || c.lists.length === 0 || listsOf(c).length > 0 || ruleId !== "EG101" && !(ruleId === "EG105" && c.category === "forbidden")).map((c) => `${c.field}|${c.category}|${c.role ?? "check"}|${listsOf(c).join(",")}`)
      )
    ].sort(),
    ...ruleId === "EG102" ? {} : { handlesUpdate },
    ...ruleId === "EG103" ? {} : { receivesSubresource },
    ...ruleId === "EG105" ? {} : { requiresForbiddenOnEphemeral: requiresForbiddenOnEphemeral?.length ?? 0 }
  };
  return JSON.stringify(shape, (key, value) => EVIDENCE.has(key) ? void 0 : isRecord(value) && "file" in value && ("doc" in value || "start" in value) ? void 0 : value);
};
var sameApartFrom = (before, after, change) => {
  if ("becomes" in change) return isDeepStrictEqual(withNodeReplaced(before, change.node, change.becomes), after);
  let changed = 0;
  const walk = (a, b, key) => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length === b.length) return a.every((item, i) => walk(item, b[i], i));
      if (!("added" in change) || key !== change.key || b.length !== a.length + 1) return false;
      const at2 = b.findIndex((item, i) => !isDeepStrictEqual(item, a[i]));
      if (at2 < 1 || b[at2] !== change.added || !isDeepStrictEqual([...b.slice(0, at2), ...b.slice(at2 + 1)], a)) return false;
      changed++;
      return true;
    }
    if (isRecord(a) && isRecord(b)) {
      const keys = Object.keys(a);
      if (!isDeepStrictEqual(keys, Object.keys(b))) {
        if ("removedKey" in change) {
          if (!(change.removedKey in a) || !isDeepStrictEqual(keys.filter((k) => k !== change.removedKey), Object.keys(b))) return false;
          changed++;
          return Object.keys(b).every((k) => walk(a[k], b[k], k));
        }
        if (!("addedKey" in change) || change.addedKey in a || !isDeepStrictEqual(Object.keys(b).filter((k) => k !== change.addedKey), keys)) return false;
        if (!Object.values(a).some((sibling) => isDeepStrictEqual(sibling, b[change.addedKey]))) return false;
        changed++;
      }
      return keys.every((k) => walk(a[k], b[k], k));
    }
    if ("code" in change && typeof a === "string" && typeof b === "string" && a !== b) {
      changed++;
      return true;
    }
    return isDeepStrictEqual(a, b);
  };
  return before.length === after.length && before.every((doc, i) => walk(doc, after[i], void 0)) && ("added" in change ? changed === 1 : changed >= 1);
};
var withNodeReplaced = (documents, node, becomes) => {
  const copy = structuredClone([...documents]);
  const path = [node.doc, ...node.path];
  let parent = copy;
  for (const step of path.slice(0, -1)) {
    parent = isRecord(parent) || Array.isArray(parent) ? parent[step] : void 0;
  }
  const last = path.at(-1);
  if (!(isRecord(parent) || Array.isArray(parent)) || !Object.hasOwn(parent, last)) return void 0;
  const replaced = becomes(parent[last]);
  if (replaced === void 0) return void 0;
  parent[last] = replaced;
  return copy;
};

// src/fix/fix.ts
var FIX_KINDS = {
  EG101: { from: "facts" },
  EG102: { from: "facts" },
  EG105: { from: "facts" },
  EG106: { from: "facts" },
  EG103: { from: "text", plan: planResourcesFix, change: { key: "resources", added: EPHEMERAL_RESOURCE } }
};
var FIXABLE_RULES = Object.keys(FIX_KINDS).sort();
var isFixable = (finding) => finding.ruleId in FIX_KINDS && finding.suppression === void 0;
var startsAt = (location, finding) => location.file === finding.location.file && location.startLine === finding.location.startLine && location.startColumn === finding.location.startColumn;
var factOf = (finding, context) => context.facts.coverage.find(
  (fact) => objectLabel(fact.policy) === finding.object && fact.reasons.some((reason) => reason.hole !== void 0 && RULE_OF_HOLE.get(reason.hole) === finding.ruleId && reason.at !== void 0 && startsAt(context.sources.locate(reason.at), finding))
);
var engineVersionOf = (finding, context) => (context.facts.engineVersions ?? []).find((fact) => objectLabel(fact.object) === finding.object && startsAt(context.sources.locate(fact.at), finding));
var filesOf = (fact) => {
  const files = new Set("readFrom" in fact ? fact.readFrom : []);
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) {
      const record = value;
      if (typeof record["file"] === "string") files.add(record["file"]);
      Object.values(record).forEach(walk);
    }
  };
  walk(fact);
  return files;
};
var planFromFacts = async (finding, context, readText) => {
  if (!context) return { unfixable: "the fix is planned from the analysis, which this caller did not pass" };
  const version = finding.ruleId === "EG106" ? engineVersionOf(finding, context) : void 0;
  const fact = version ?? factOf(finding, context);
  if (!fact) return { unfixable: "the analysis did not record the policy behind the finding" };
  const anchors = (fact.fixes ?? []).filter((anchor) => RULE_OF_HOLE.get(anchor.hole) === finding.ruleId);
  if (anchors.length === 0) return { unfixable: version ? "the version is not written in the image tag or chart version as the analysis read it" : unanchoredReason(finding.ruleId, fact) };
  const texts = /* @__PURE__ */ new Map();
  const locate = (ref) => context.sources.locate(ref);
  for (const anchor of anchors) {
    for (const ref of Object.values(anchor).flat()) {
      if (typeof ref !== "object" || ref === null) continue;
      const file2 = locate(ref).file;
      if (!texts.has(file2)) texts.set(file2, await readText(file2));
    }
  }
  const edits = [];
  const files = /* @__PURE__ */ new Set();
  let description = "";
  let change;
  for (const anchor of anchors) {
    const planned = anchorEdits(anchor, locate, (file2) => texts.get(file2));
    if ("unfixable" in planned) return planned;
    files.add(planned.file);
    pushAll(edits, planned.edits);
    description ||= planned.description;
    change ??= planned.change;
  }
  const [file] = files;
  if (files.size !== 1 || file === void 0 || change === void 0) return { unfixable: "the fix would edit several files" };
  for (let i = 0; i < edits.length; i++) if (editsOverlap(edits.slice(0, i), [edits[i]])) return { unfixable: "the edits overlap" };
  return { file, edits, description, change, context: [...filesOf(fact)].filter((other) => other !== file) };
};
var KYVERNO_EG102_UNFIXABLE = "the rule skips UPDATE by a filter the fixer does not rewrite (match operations, an all precondition beside others, the legacy list form, deny or foreach conditions, or several filters)";
var KYVERNO_EG101_UNFIXABLE = "the containers are read in a form the fixer does not extend (a filter, a pod template, another object, images.containers, or a lookup)";
var KYVERNO_CEL_EG101_UNFIXABLE = "the fixer extends object.spec.containers in CEL and nothing else: these containers are read in another form (images.containers, a variable, a filter)";
var unanchoredReason = (ruleId, fact) => {
  if (ruleId === "EG101" && fact.engine === "kyverno-cel") return KYVERNO_CEL_EG101_UNFIXABLE;
  if (ruleId === "EG101" && fact.engine === "gatekeeper" && fact.language === "rego") return "the container lists are read in a rule the fixer cannot copy (several bodies, an else, a complete rule or a function)";
  if (ruleId === "EG102" && fact.engine === "gatekeeper" && fact.language === "rego") return 'the UPDATE exemption is neither a `<review>.operation == "UPDATE"` test the fixer can extend nor an `input.review.operation` comparison in the rule itself';
  if (ruleId === "EG102" && fact.engine === "kyverno") return KYVERNO_EG102_UNFIXABLE;
  if (ruleId === "EG101" && fact.engine === "kyverno") return KYVERNO_EG101_UNFIXABLE;
  return `the fixer does not write ${ruleId} fixes for ${fact.engine}${fact.language ? ` ${fact.language}` : ""} policies of this form yet`;
};
var planFixes = async (findings, readText, request, context) => {
  const plans = [];
  for (const finding of findings) {
    const kind = isFixable(finding) ? FIX_KINDS[finding.ruleId] : void 0;
    if (!kind) continue;
    plans.push({ finding, at: finding, planned: await planEdits(finding, kind, readText, context) });
    for (const copy of finding.related.filter((related) => related.note === COPY_NOTE)) {
      const atCopy = { ...finding, location: copy.location, related: [] };
      plans.push({ finding, at: atCopy, copyOf: copy.location.file, planned: await planEdits(atCopy, kind, readText, context) });
    }
  }
  const groups = /* @__PURE__ */ new Map();
  const refused2 = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    if ("unfixable" in plan.planned) {
      refused2.set(plan, plan.planned.unfixable);
      continue;
    }
    const key = `${plan.planned.file}\0${editsKey(plan.planned.edits)}`;
    groups.set(key, [...groups.get(key) ?? [], plan]);
  }
  const accepted = [];
  const proofs = [];
  for (const group of groups.values()) {
    const { file, edits } = group[0].planned;
    const clash = accepted.find((other) => other.file === file && editsOverlap(other.edits, edits));
    if (clash) {
      for (const plan of group) refused2.set(plan, `its edits overlap those of the fix of ${clash.first.ruleId} at ${clash.first.location.file}:${clash.first.location.startLine}:${clash.first.location.startColumn}, which is offered instead`);
      continue;
    }
    accepted.push({ file, edits, first: group[0].at });
    proofs.push(group);
  }
  const provedPlans = /* @__PURE__ */ new Map();
  for (const group of proofs) {
    const result = await proveGroup(group, readText, request, context);
    for (const plan of group) {
      if ("reason" in result) refused2.set(plan, result.reason);
      else provedPlans.set(plan, result);
    }
  }
  const proved = [];
  const unproved = [];
  const refusedFindings = new Set(plans.filter((plan) => plan.copyOf === void 0 && !provedPlans.has(plan)).map((plan) => plan.finding));
  for (const plan of plans) {
    if (plan.copyOf !== void 0 && refusedFindings.has(plan.finding)) continue;
    const fix = provedPlans.get(plan);
    if (fix) proved.push({ finding: plan.finding, ...fix });
    else {
      const reason = refused2.get(plan) ?? "the fix was not proved";
      unproved.push({ finding: plan.finding, reason: plan.copyOf === void 0 ? reason : `the copy in ${plan.copyOf}: ${reason}` });
    }
  }
  return { proved, unproved };
};
var planEdits = async (finding, kind, readText, context) => {
  if (kind.from === "facts") return planFromFacts(finding, context, readText);
  const text = await readText(finding.location.file);
  if (text === void 0) return { unfixable: "the file could not be read again" };
  const edits = kind.plan(text, finding);
  return "unfixable" in edits ? edits : { ...edits, file: finding.location.file, context: [], change: kind.change };
};
var proveGroup = async (group, readText, request, context) => {
  const planned = group[0].planned;
  const text = await readText(planned.file);
  if (text === void 0) return { reason: "the file could not be read again" };
  const others = /* @__PURE__ */ new Set();
  for (const plan of group) {
    if ("unfixable" in plan.planned) continue;
    for (const file of [...plan.planned.context, plan.at.location.file]) others.add(file);
  }
  const edited = group.some((plan) => plan.finding.ruleId !== "EG106");
  for (const fact of edited ? context?.facts.coverage ?? [] : []) {
    const files = filesOf(fact);
    if (files.has(planned.file)) for (const file of files) others.add(file);
  }
  const contextFiles = /* @__PURE__ */ new Map();
  for (const other of [...others].sort()) {
    if (other === planned.file) continue;
    const otherText = await readText(other);
    if (otherText !== void 0) contextFiles.set(other, otherText);
  }
  const reason = await disproveFix(planned.file, text, applyEdits(text, planned.edits), group.map((plan) => plan.at), planned.change, request, contextFiles);
  return reason ? { reason } : { file: planned.file, description: planned.description, edits: planned.edits };
};
var editsByFile = (proved) => {
  const byFile = /* @__PURE__ */ new Map();
  for (const fix of proved) {
    const edits = byFile.get(fix.file) ?? [];
    if (editsOverlap(edits, fix.edits)) continue;
    pushAll(edits, fix.edits);
    byFile.set(fix.file, edits);
  }
  for (const edits of byFile.values()) edits.sort((a, b) => a.start - b.start);
  return byFile;
};
var fixedTexts = async (proved, readText) => {
  const result = /* @__PURE__ */ new Map();
  for (const [file, edits] of editsByFile(proved)) {
    const before = await readText(file);
    if (before !== void 0) result.set(file, { before, after: applyEdits(before, edits) });
  }
  return result;
};

// src/fix/sarif-fixes.ts
var sarifFixOf = (fix, text, uri) => ({
  description: { text: fix.description },
  artifactChanges: [
    {
      artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
      replacements: fix.edits.map((edit) => ({
        deletedRegion: { ...regionOf(text, edit), charOffset: edit.start, charLength: edit.end - edit.start },
        insertedContent: { text: edit.text }
      }))
    }
  ]
});
var encodeUri = (file) => file.split("/").map(encodeURIComponent).join("/");
var FIX_NOT_OFFERED = "ephemeral-guard/fixNotOffered";
var addSarifFixes = (log, plan, textOf) => {
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const where = result.locations?.[0]?.physicalLocation;
      const isFor = (finding) => (
        // A severity variant names its child descriptor (`EG101/high`, see report/sarif.ts).
        (result.ruleId === finding.ruleId || result.ruleId?.startsWith(`${finding.ruleId}/`) === true) && encodeUri(finding.location.file) === where?.artifactLocation?.uri && finding.location.startLine === where.region?.startLine && finding.location.startColumn === where.region?.startColumn
      );
      const fixes = plan.proved.filter((candidate) => isFor(candidate.finding) && textOf.has(candidate.file));
      const fix = fixes[0];
      if (fix) {
        result.fixes = [
          {
            description: { text: fix.description },
            artifactChanges: fixes.flatMap((each) => sarifFixOf(each, textOf.get(each.file), encodeUri(each.file)).artifactChanges)
          }
        ];
      }
      const unproved = fix ? void 0 : plan.unproved.find((candidate) => isFor(candidate.finding));
      if (unproved) result.properties = { ...result.properties, [FIX_NOT_OFFERED]: unproved.reason };
    }
  }
};

// src/fix/unified-diff.ts
var unifiedDiff = (file, before, after, context = 3) => {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i++] });
      j++;
      continue;
    }
    const inserted = i < a.length ? b.indexOf(a[i], j) : -1;
    if (inserted > j && inserted - j <= 50) {
      while (j < inserted) ops.push({ kind: "+", line: b[j++] });
      continue;
    }
    if (i < a.length) ops.push({ kind: "-", line: a[i++] });
    if (j < b.length && (i >= a.length || a[i] !== b[j])) ops.push({ kind: "+", line: b[j++] });
  }
  const hunks = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === " ") {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next].kind === " ") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const slice = ops.slice(start, stop);
    const oldStart = ops.slice(0, start).filter((op) => op.kind !== "+").length + 1;
    const newStart = ops.slice(0, start).filter((op) => op.kind !== "-").length + 1;
    const oldCount = slice.filter((op) => op.kind !== "+").length;
    const newCount = slice.filter((op) => op.kind !== "-").length;
    hunks.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@
${slice.map((op) => `${op.kind}${op.line}
`).join("")}`);
    k = stop;
  }
  return `--- a/${file}
+++ b/${file}
${hunks.join("")}`;
};
var splitLines = (text) => {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
};

// src/fix/cli-fix.ts
var textReader = (fs, root) => async (file) => {
  const read = await fs.read(root, file, Number.MAX_SAFE_INTEGER).catch(() => void 0);
  return read && "bytes" in read ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(read.bytes) : void 0;
};
var planScanFixes = async (result, request, fs, facts) => result.findings.some(isFixable) ? planFixes(result.findings, textReader(fs, request.root), request, facts && { facts, sources: result.sources }) : void 0;
var runFixes = async (plan, mode, request, fs, io) => {
  if (!plan) return /* @__PURE__ */ new Set();
  const texts = await fixedTexts(plan.proved, textReader(fs, request.root));
  for (const [file, { before, after }] of [...texts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (mode === "dry-run") io.stdout(unifiedDiff(file, before, after));
    else {
      await io.writeFile(resolve(request.root, file), after).catch((error) => {
        throw new UserError(`cannot write the fix to ${file}: ${error.code ?? String(error)}.`);
      });
    }
  }
  const verb = mode === "dry-run" ? "would fix" : "fixed";
  const notFixed = new Set(plan.unproved.map((entry) => entry.finding));
  const fixed = new Set(plan.proved.map((fix) => fix.finding).filter((finding) => !notFixed.has(finding)));
  io.stderr(`${verb} ${fixed.size} finding${fixed.size === 1 ? "" : "s"} in ${texts.size} file${texts.size === 1 ? "" : "s"}.
`);
  for (const { finding, reason } of plan.unproved) {
    io.stderr(`not fixed: ${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn} ${finding.ruleId}: ${reason.replace(/\.$/, "")}.
`);
  }
  return fixed;
};
var addFixesToSarif = async (log, plan, request, fs) => {
  if (!plan) return;
  const read = textReader(fs, request.root);
  const textOf = /* @__PURE__ */ new Map();
  for (const fix of plan.proved) {
    const text = await read(fix.file);
    if (text !== void 0) textOf.set(fix.file, text);
  }
  addSarifFixes(log, plan, textOf);
};

export {
  createRunCommand,
  readInputFile,
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
  applyEdits,
  editsOverlap,
  sameEdits,
  memoryFileSystem,
  textReader,
  planScanFixes,
  runFixes,
  addFixesToSarif,
  tuneV8ForScan
};
