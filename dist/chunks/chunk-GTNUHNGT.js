import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  BOOLEAN_CONTAINER_FIELDS,
  BUILTIN_CLUSTER_ROLES,
  BUILTIN_ROLES,
  CONTAINER_LISTS,
  CelSources,
  Environment,
  INSTALLED_ENGINES,
  NO_SETTINGS,
  NO_TIME_LIMIT,
  POD_CONTROLLER_KINDS,
  POD_SPEC_LOCATIONS,
  PROBE_VARIANTS,
  RULES,
  SCAN_RULES,
  SCAN_TIME_LIMIT_SECONDS,
  ScanTimeLimitReached,
  UNKNOWN_FIX,
  admissionPolicyKind,
  aggregationText,
  analyzeAdmissionPolicies,
  analyzeGatekeeper,
  bindingText,
  celConditionsDropUpdate,
  celCoverageParts,
  childRef,
  compareFindings,
  compareText,
  constraintsOf,
  containerFieldCategory,
  containersOf,
  controlsOnGrants,
  decideFactVerdict,
  deniesPrivilegedContainers,
  enforceLevelOf,
  ephemeralControlScope,
  ephemeralRelevantChecks,
  filterNarrows,
  interpolate,
  isConstraintTemplate,
  isContainerList,
  isPodSecurityLevel,
  isRecord,
  isSettableOnEphemeral,
  labelSelectorMatches,
  namespaceFilter,
  objectLabel,
  parseRego,
  podSecurityConfigs,
  podSpecOf,
  probeContainerOf,
  probePodControlRequest,
  probeRequests,
  probeVariant,
  pushAll,
  readLabelSelector,
  readLabels,
  roleText,
  ruleReach,
  spanRef,
  targetText,
  timeCheck,
  unguardedReason,
  unknownConstruct,
  wildcard,
  wildcardMatches
} from "./chunk-7C4Y4GBQ.js";
import {
  UserError,
  __commonJS,
  __require,
  __toESM,
  require_js_yaml_cjs
} from "./chunk-JJQEBI5S.js";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection2, item) => [].concat(collection2, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str2) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str2)) {
        if (match[2]) return true;
        str2 = str2.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str2.length) {
        if (str2[index] === "*") {
          return true;
        }
        if (str2[index + 1] === "?" && /[\].+)]/.test(str2[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str2[index] === "[" && str2[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str2.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str2[index] === "{" && str2[index + 1] !== "}") {
          closeCurlyIndex = str2.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str2[index] === "(" && str2[index + 1] === "?" && /[:!=]/.test(str2[index + 2]) && str2[index + 3] !== ")") {
          closeParenIndex = str2.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str2[index] === "(" && str2[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str2.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str2[pipeIndex + 1] !== ")") {
            closeParenIndex = str2.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str2.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str2[index] === "\\") {
          var open = str2[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str2.length) {
        if (/[*?{}()[\]]/.test(str2[index])) {
          return true;
        }
        if (str2[index] === "\\") {
          var open = str2[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str2.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str2, options) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      if (isExtglob(str2)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str2);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str2, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str2.indexOf(slash) < 0) {
        str2 = str2.replace(backslash, slash);
      }
      if (enclosure.test(str2)) {
        str2 += slash;
      }
      str2 += "a";
      do {
        str2 = pathPosixDirname(str2);
      } while (isGlob(str2) || globby.test(str2));
      return str2.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num2) => {
      if (typeof num2 === "number") {
        return Number.isInteger(num2);
      }
      if (typeof num2 === "string" && num2.trim() !== "") {
        return Number.isInteger(Number(num2));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num2) {
      if (typeof num2 === "number") {
        return num2 - num2 === 0;
      }
      if (typeof num2 === "string" && num2.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num2) : isFinite(+num2);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare2);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare2(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str2) {
      return /^-?(0+)\d/.test(str2);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num2) => Number.isInteger(+num2);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num2) => parts[num2 < 0 ? "negatives" : "positives"].push(Math.abs(num2));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile3 = (ast, options = {}) => {
      const walk2 = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk2(child, node);
          }
        }
        return output;
      };
      return walk2(ast);
    };
    module.exports = compile3;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk2 = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk2(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk2(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile3 = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile3(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan2 = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = utils.isWindows(options);
      const regex2 = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex2, options, { glob, posix: posix3 });
        const result = { glob, state, regex: regex2, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex2, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex2, options, posix3);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix3 = utils.isWindows(options)) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex2.test(path.basename(input));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan2(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch3 = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns, options) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch3(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch3(pattern, options);
    micromatch.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str2, pattern, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str2, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str2) || isEmptyString(pattern)) {
          return false;
        }
        if (str2.includes(pattern) || str2.startsWith("./") && str2.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str2, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch3(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch3(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str2, patterns, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      return [].concat(patterns).every((p) => picomatch3(p, options)(str2));
    };
    micromatch.capture = (glob, input, options) => {
      let posix3 = utils.isWindows(options);
      let regex2 = picomatch3.makeRe(String(glob), { ...options, capture: true });
      let match = regex2.exec(posix3 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch3.makeRe(...args);
    micromatch.scan = (...args) => picomatch3.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str2 of braces(String(pattern), options)) {
          res.push(picomatch3.parse(str2, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename2 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename2);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection2, pattern) => {
        return collection2.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative4 = [];
      for (const pattern of patterns) {
        if (isAbsolute4(pattern)) {
          absolute.push(pattern);
        } else {
          relative4.push(pattern);
        }
      }
      return [absolute, relative4];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute4(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute4;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection2, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection2) {
          collection2[base].push(pattern);
        } else {
          collection2[base] = [pattern];
        }
        return collection2;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat2) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat2);
          return;
        }
        settings.fs.stat(path, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat2);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat2 = settings.fs.lstatSync(path);
      if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat2;
      }
      try {
        const stat = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat2;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat;
    function statSync2(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync2;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve3, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve3(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve3, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve3(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve3) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve3();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve3();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk2(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk2;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve3, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve3(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve3, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve3(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve3, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve3(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix3;
      (function(posix4) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix4.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix4.convertPathToPattern = convertPathToPattern2;
      })(posix3 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants4 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils5 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants4();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan2 = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils5();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants4();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse3 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants4();
    var utils = require_utils5();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch3 = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan2();
    var parse = require_parse3();
    var utils = require_utils5();
    var constants = require_constants4();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex2 = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex2, options, { glob, posix: posix3 });
        const result = { glob, state, regex: regex2, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex2, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex2, options, posix3);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex2.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan2(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch4 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch3();
    var utils = require_utils5();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/discover/file-system.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { execFile } from "node:child_process";
import { isAbsolute, relative, resolve, sep } from "node:path";
var nodeFileSystem = {
  // Synchronous like `read`: fast-glob's synchronous walker is a quarter faster on thousands of
  // files, and git (the only other work at that point) runs in its own process meanwhile.
  list: async (root, include, exclude) => {
    const entries = import_fast_glob.default.sync([...include], {
      cwd: root,
      ignore: [...exclude],
      dot: true,
      // Symbolic links are listed (not followed) and judged one by one in `followLink`.
      onlyFiles: false,
      followSymbolicLinks: false,
      unique: true,
      suppressErrors: true,
      objectMode: true
    });
    return entries.filter((entry) => entry.dirent.isFile() || entry.dirent.isSymbolicLink()).map((entry) => ({
      path: entry.path,
      link: entry.dirent.isSymbolicLink(),
      // Names are decoded as UTF-8; one that is not comes back with U+FFFD and names nothing.
      ...entry.path.includes("�") && lstatSync(resolve(root, entry.path), { throwIfNoEntry: false }) === void 0 ? { undecodableName: true } : {}
    }));
  },
  gitFiles: (root) => new Promise((done) => {
    execFile(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => done(error ? void 0 : stdout.split("\0").filter((file) => file !== ""))
    );
  }),
  followLink: async (root, file) => {
    let target;
    try {
      target = realpathSync(resolve(root, file));
    } catch (error) {
      return { isFile: false, insideRoot: false, broken: error.code === "ELOOP" ? "loop" : "missing" };
    }
    const rel = relative(realpathSync(root), target);
    const insideRoot = rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    return { isFile: statSync(target, { throwIfNoEntry: false })?.isFile() === true, insideRoot, ...insideRoot ? { target: rel.split(sep).join("/") } : {} };
  },
  // Synchronous on purpose: for thousands of small files the promise machinery of fs/promises
  // costs more than the reads themselves (npm run bench), and a scan has nothing else to do.
  read: async (root, file, maxSize) => {
    const fd = openSync(resolve(root, file), "r");
    try {
      const size = fstatSync(fd).size;
      if (size > maxSize) return { tooLarge: size };
      const bytes = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        const count = readSync(fd, bytes, filled, size - filled, null);
        if (count === 0) break;
        filled += count;
      }
      return { bytes: bytes.subarray(0, filled) };
    } finally {
      closeSync(fd);
    }
  }
};
var gitTopLevel = (folder) => new Promise((done) => {
  execFile("git", ["rev-parse", "--show-toplevel"], { cwd: folder, timeout: 3e4 }, (error, stdout) => {
    const top = error ? "" : stdout.replace(/\r?\n$/, "");
    done(top === "" ? void 0 : resolve(top));
  });
});
var literalGlob = (name) => import_fast_glob.default.escapePath(name);

// src/config/resolve.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";

// src/discover/glob-limits.ts
var MAX_GLOB_LENGTH = 1e3;
var MAX_BRACE_EXPANSIONS = 256;
var MAX_GLOBS = 256;
var globCostProblem = (glob) => {
  const shown = glob.length > 40 ? `${glob.slice(0, 40)}…` : glob;
  if (glob.length > MAX_GLOB_LENGTH) return `glob "${shown}" has ${glob.length} characters, more than ${MAX_GLOB_LENGTH}`;
  const count = braceExpansions(glob);
  if (count > MAX_BRACE_EXPANSIONS) return `glob "${shown}" expands to more than ${MAX_BRACE_EXPANSIONS} patterns through its braces; list fewer alternatives`;
  return void 0;
};
var braceExpansions = (glob) => {
  const cap = MAX_BRACE_EXPANSIONS + 1;
  let position = 0;
  const sequence = (depth) => {
    let product = 1;
    while (position < glob.length) {
      const char = glob[position];
      if (char === "\\") {
        position += 2;
        continue;
      }
      if (char === "}" || char === "," && depth > 0) return product;
      if (char === "{") {
        position++;
        product = Math.min(cap, product * group(depth + 1));
        continue;
      }
      position++;
    }
    return product;
  };
  const group = (depth) => {
    const start = position;
    const close = glob.indexOf("}", start);
    const body = close >= 0 ? glob.slice(start, close) : "";
    const range = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
    if (range) {
      position = close + 1;
      const [from, to] = [range[1], range[2]].map((end) => /^-?\d+$/.test(end) ? Number(end) : end.charCodeAt(0));
      const step = Math.max(1, Math.abs(Number(range[3] ?? 1)));
      return Math.min(cap, Math.floor(Math.abs(to - from) / step) + 1);
    }
    let sum = 0;
    for (; ; ) {
      sum = Math.min(cap, sum + sequence(depth));
      if (position >= glob.length) return sum;
      const char = glob[position];
      position++;
      if (char === "}") return sum;
    }
  };
  return sequence(0);
};

// src/suppress/baseline.ts
var LEVELS = ["error", "warning", "note"];
var baseRuleId = (ruleId) => ruleId.split("/", 1)[0];
var parseBaseline = (file, text) => {
  let report;
  try {
    report = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UserError(`Baseline ${file} is not JSON (${error instanceof Error ? error.message : String(error)}): give a SARIF or JSON report written by ephemeral-guard (--format sarif|json, or --write-baseline).`);
  }
  const bad = (what) => {
    throw new UserError(`Baseline ${file}: ${what}. Give a SARIF or JSON report written by ephemeral-guard (--format sarif|json, or --write-baseline).`);
  };
  if (!isRecord(report)) return bad("not a JSON object");
  if (Array.isArray(report.runs)) return { file, entries: sarifEntries(report.runs, bad) };
  if (Array.isArray(report.findings)) return { file, entries: jsonEntries(report.findings, bad) };
  return bad("neither a SARIF log (runs) nor a JSON report (findings)");
};
var sarifEntries = (runs, bad) => {
  const entries = [];
  runs.forEach((run, runIndex) => {
    if (!isRecord(run)) return bad(`runs[${runIndex}] is not an object`);
    const driver = isRecord(run.tool) && isRecord(run.tool.driver) ? run.tool.driver : void 0;
    const rules = Array.isArray(driver?.rules) ? driver.rules.filter(isRecord) : [];
    const ruleById = new Map(rules.map((rule) => [String(rule.id), rule]));
    const results = Array.isArray(run.results) ? run.results : [];
    results.forEach((result, index) => {
      const where = `runs[${runIndex}].results[${index}]`;
      if (!isRecord(result) || typeof result.ruleId !== "string") return bad(`${where} has no ruleId`);
      if (result.baselineState === "absent") return;
      const rule = ruleById.get(result.ruleId) ?? ruleById.get(baseRuleId(result.ruleId));
      const defaultLevel = isRecord(rule?.defaultConfiguration) ? rule.defaultConfiguration.level : void 0;
      const level = [result.level, defaultLevel].find((value) => typeof value === "string" && LEVELS.includes(value)) ?? "warning";
      const physical = Array.isArray(result.locations) && isRecord(result.locations[0]) && isRecord(result.locations[0].physicalLocation) ? result.locations[0].physicalLocation : void 0;
      const uri = isRecord(physical?.artifactLocation) ? physical.artifactLocation.uri : void 0;
      if (typeof uri !== "string") return bad(`${where} has no location`);
      const fingerprints = isRecord(result.partialFingerprints) ? result.partialFingerprints : {};
      const properties = isRecord(result.properties) ? result.properties : {};
      entries.push({
        // A severity variant (`EG101/high`) belongs to its rule.
        ruleId: baseRuleId(result.ruleId),
        ruleName: typeof rule?.name === "string" ? rule.name : "",
        level,
        message: isRecord(result.message) && typeof result.message.text === "string" ? result.message.text : "",
        location: { file: decodePath(uri), ...regionOf(isRecord(physical?.region) ? physical.region : {}) },
        ...typeof fingerprints.primaryLocationLineHash === "string" ? { lineHash: fingerprints.primaryLocationLineHash } : {},
        ...typeof properties.object === "string" ? { object: properties.object } : {}
      });
    });
  });
  return entries;
};
var jsonEntries = (findings, bad) => findings.flatMap((finding, index) => {
  if (!isRecord(finding) || typeof finding.ruleId !== "string") return bad(`findings[${index}] has no ruleId`);
  if (finding.baselineState === "absent") return [];
  const location = isRecord(finding.location) ? finding.location : void 0;
  if (typeof location?.file !== "string") return bad(`findings[${index}] has no location`);
  return [
    {
      ruleId: finding.ruleId,
      ruleName: typeof finding.ruleName === "string" ? finding.ruleName : "",
      level: typeof finding.level === "string" && LEVELS.includes(finding.level) ? finding.level : "warning",
      message: typeof finding.message === "string" ? finding.message : "",
      location: { file: location.file, ...regionOf(location) },
      ...typeof finding.lineHash === "string" ? { lineHash: finding.lineHash } : {},
      ...typeof finding.object === "string" ? { object: finding.object } : {}
    }
  ];
});
var compareWithBaseline = (findings, baseline) => {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) {
    const key = matchKey(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const matched = /* @__PURE__ */ new Set();
  const state = /* @__PURE__ */ new Map();
  for (const exact of [true, false]) {
    for (const finding of findings) {
      if (state.has(finding)) continue;
      const group = groups.get(matchKey({ ruleId: finding.ruleId, location: finding.location, message: finding.message, ...finding.lineHash ? { lineHash: finding.lineHash } : {} }));
      const entry = group?.find((candidate) => !matched.has(candidate) && (!exact || candidate.message === finding.message));
      if (entry) {
        matched.add(entry);
        state.set(finding, "unchanged");
      }
    }
  }
  const absent = baseline.entries.filter((entry) => !matched.has(entry)).map(
    (entry) => ({
      ruleId: entry.ruleId,
      ruleName: entry.ruleName,
      level: entry.level,
      message: entry.message,
      messageId: "",
      data: {},
      location: entry.location,
      ...entry.object ? { object: entry.object } : {},
      related: [],
      ...entry.lineHash ? { lineHash: entry.lineHash } : {},
      baselineState: "absent"
    })
  ).sort(compareFindings);
  return { findings: findings.map((finding) => ({ ...finding, baselineState: state.get(finding) ?? "new" })), absent: dedupeSorted(absent) };
};
var matchKey = (entry) => entry.lineHash !== void 0 ? `${entry.ruleId}\0${entry.location.file}\0hash\0${entry.lineHash.replace(/:\d+$/, "")}` : `${entry.ruleId}\0${entry.location.file}\0message\0${entry.message}`;
var dedupeSorted = (findings) => findings.filter((finding, i) => i === 0 || compareFindings(findings[i - 1], finding) !== 0 || compareText(findings[i - 1].lineHash ?? "", finding.lineHash ?? "") !== 0);
var regionOf = (region) => {
  const number = (value, fallback) => typeof value === "number" && Number.isInteger(value) && value > 0 ? value : fallback;
  const startLine = number(region.startLine, 1);
  const startColumn = number(region.startColumn, 1);
  return { startLine, startColumn, endLine: number(region.endLine, startLine), endColumn: number(region.endColumn, startColumn) };
};
var decodePath = (uri) => uri.split("/").map((segment) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}).join("/");
var rebaseBaseline = (baseline, folders, scanned) => {
  const prefixes = [...new Set(folders.filter((folder) => folder !== ""))];
  if (prefixes.length === 0) return baseline;
  const entries = baseline.entries.map((entry) => {
    if (scanned.has(entry.location.file)) return entry;
    const moved = prefixes.map((prefix) => `${prefix}/${entry.location.file}`).find((file) => scanned.has(file));
    return moved === void 0 ? entry : { ...entry, location: { ...entry.location, file: moved } };
  });
  return { ...baseline, entries };
};

// src/report/printable.ts
var printableText = (text) => UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, escapeChar) : text;
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
var UNPRINTABLE_ALL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
var escapeChar = (char) => {
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};
var printableData = (value) => mapStrings(value);
var mapStrings = (value) => {
  if (typeof value === "string") return printableText(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (typeof value !== "object" || value === null) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) out[key] = mapStrings(child);
  return out;
};

// src/load/yaml-source.ts
var import_js_yaml = __toESM(require_js_yaml_cjs(), 1);

// src/load/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }
  /** 0-based line of an offset. */
  lineOf(offset) {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  /** Offset where 0-based `line` starts (clamped to the text). */
  lineStart(line) {
    const starts = this.lineStarts();
    return starts[Math.max(0, Math.min(line, starts.length - 1))] ?? 0;
  }
  /** Offset of the end of the line holding `offset`, before any `\r\n` or `\n`. */
  lineEnd(offset) {
    let end = this.text.indexOf("\n", offset);
    if (end === -1) end = this.text.length;
    if (end > offset && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return end;
  }
  /** A region for [start, end); an empty range covers one character where there is one. */
  region(start, end) {
    const length = this.text.length;
    const from = Math.max(0, Math.min(start, length));
    let to = Math.max(from, Math.min(end, length));
    if (to === from && from < this.lineEnd(from)) to = from + 1;
    const startLine = this.lineOf(from);
    const lastChar = to > from ? to - 1 : from;
    const endLine = this.lineOf(lastChar);
    return {
      startLine: startLine + 1,
      startColumn: from - this.lineStart(startLine) + 1,
      endLine: endLine + 1,
      endColumn: Math.min(to, this.lineEnd(this.lineStart(endLine))) - this.lineStart(endLine) + 1
    };
  }
  /** From `start` to the end of its line (trailing spaces trimmed): for a block collection. */
  restOfLine(start) {
    let end = this.lineEnd(start);
    while (end > start + 1 && /\s/.test(this.text[end - 1] ?? "")) end -= 1;
    return this.region(start, end);
  }
};

// src/load/yaml-source.ts
var EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 };
var STYLE = { SINGLE_QUOTED: 2, DOUBLE_QUOTED: 3, LITERAL: 4, FOLDED: 5 };
var SCHEMA = import_js_yaml.CORE_SCHEMA.withTags(import_js_yaml.mergeTag);
var MAX_DEPTH = 256;
var MAX_EXPANDED_NODES = 1e6;
var STRIDE = 4;
var NO_RANGE = -1;
var FAST = 1 << 9;
var TAGGED = 1 << 10;
var SHORT_TEXT = 65535 - 1;
var packSegment = (segment) => {
  const events = segment.events;
  const count = events.length;
  const short = segment.text.length < SHORT_TEXT;
  const table = short ? new Uint16Array(count * STRIDE) : new Int32Array(count * STRIDE);
  const bias = short ? 1 : 0;
  let anchorRanges;
  let hasAliases = false;
  for (let index = 0; index < count; index++) {
    const event = events[index];
    const at2 = index * STRIDE;
    switch (event.type) {
      case EVENT.SCALAR:
        table[at2] = EVENT.SCALAR | event.style << 3 | event.chomping << 6 | (event.fast ? FAST : 0) | (event.tagStart >= 0 ? TAGGED : 0);
        table[at2 + 1] = event.valueStart + bias;
        table[at2 + 2] = event.valueEnd + bias;
        table[at2 + 3] = event.indent + bias;
        if (event.anchorStart >= 0) (anchorRanges ??= /* @__PURE__ */ new Map()).set(index, { start: event.anchorStart, end: event.anchorEnd });
        break;
      case EVENT.MAPPING:
      case EVENT.SEQUENCE:
        table[at2] = event.type | (event.tagStart >= 0 ? TAGGED : 0);
        table[at2 + 1] = event.start + bias;
        if (event.anchorStart >= 0) (anchorRanges ??= /* @__PURE__ */ new Map()).set(index, { start: event.anchorStart, end: event.anchorEnd });
        break;
      case EVENT.ALIAS:
        hasAliases = true;
        table[at2] = EVENT.ALIAS;
        table[at2 + 1] = event.anchorStart + bias;
        table[at2 + 2] = event.anchorEnd + bias;
        break;
      default:
        table[at2] = event.type;
    }
  }
  return {
    base: segment.base,
    text: segment.text,
    table,
    bias,
    count,
    hasAliases,
    ...anchorRanges ? { anchorRanges } : {},
    ...segment.inserted ? { inserted: segment.inserted } : {}
  };
};
var typeAt = (segment, index) => index >= 0 && index < segment.count ? segment.table[index * STRIDE] & 7 : 0;
var styleAt = (segment, index) => segment.table[index * STRIDE] >> 3 & 7;
var slotAt = (segment, index, slot) => segment.table[index * STRIDE + slot] - segment.bias;
var anchorOf = (segment, index) => typeAt(segment, index) === EVENT.ALIAS ? { start: slotAt(segment, index, 1), end: slotAt(segment, index, 2) } : segment.anchorRanges?.get(index);
var scalarEventAt = (segment, index) => {
  const meta = segment.table[index * STRIDE];
  const anchor = segment.anchorRanges?.get(index);
  return {
    type: EVENT.SCALAR,
    valueStart: slotAt(segment, index, 1),
    valueEnd: slotAt(segment, index, 2),
    anchorStart: anchor ? anchor.start : NO_RANGE,
    anchorEnd: anchor ? anchor.end : NO_RANGE,
    tagStart: NO_RANGE,
    tagEnd: NO_RANGE,
    style: meta >> 3 & 7,
    chomping: meta >> 6 & 7,
    indent: slotAt(segment, index, 3),
    fast: (meta & 1 << 9) !== 0
  };
};
var scalarIs = (segment, index, wanted) => {
  if ((segment.table[index * STRIDE] & 1 << 9) !== 0) {
    const start = slotAt(segment, index, 1);
    if (start === NO_RANGE) return wanted === "";
    return slotAt(segment, index, 2) - start === wanted.length && segment.text.startsWith(wanted, start);
  }
  return (0, import_js_yaml.getScalarValue)(segment.text, scalarEventAt(segment, index)) === wanted;
};
var parseYaml = (text, options = {}) => {
  const problems = [];
  const { segments: parsedSegments, problems: syntaxProblems } = segmentsOf(text);
  pushAll(problems, syntaxProblems);
  const documents = [];
  const segments = [];
  const skipped = [];
  for (const parsed of parsedSegments) {
    const packed = packSegment(parsed);
    segments.push(packed);
    const skip = options.skipKind && !packed.hasAliases && !packed.anchorRanges ? skippedDocuments(parsed, packed, options.skipKind) : void 0;
    if (!skip) {
      for (const document of constructSegment(parsed, packed.hasAliases, problems)) documents.push(document);
      continue;
    }
    const kept = constructSegment({ ...parsed, events: skip.keptEvents }, false, problems);
    let next = 0;
    for (const isSkipped2 of skip.skipped) {
      if (isSkipped2) skipped.push(documents.length);
      documents.push(isSkipped2 ? void 0 : kept[next++]);
    }
  }
  return { documents, problems, source: new YamlSource(text, segments), skipped };
};
var skippedDocuments = (parsed, segment, skipKind) => {
  const skipped = [];
  const ends = [];
  for (let index = 0; index < segment.count; ) {
    const end = packedDocumentEnd(segment, index);
    skipped.push(skippableDocument(segment, index, end, skipKind));
    ends.push(end);
    index = end;
  }
  if (!skipped.includes(true)) return void 0;
  let keptEvents = [];
  let start = 0;
  skipped.forEach((isSkipped2, doc) => {
    if (!isSkipped2) keptEvents = keptEvents.concat(parsed.events.slice(start, ends[doc]));
    start = ends[doc];
  });
  return { skipped, keptEvents };
};
var SCALAR_STYLE_PLAIN = 1;
var MAX_COMPARED_KEYS = 64;
var PLAIN_STRING_AT = /[A-Za-z_][A-Za-z0-9_./-]*/y;
var NOT_STRINGS = /* @__PURE__ */ new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
var stringScalarAt = (segment, index) => {
  const meta = segment.table[index * STRIDE];
  if ((meta & TAGGED) !== 0) return void 0;
  const style = meta >> 3 & 7;
  if (style === STYLE.SINGLE_QUOTED || style === STYLE.DOUBLE_QUOTED) return (0, import_js_yaml.getScalarValue)(segment.text, scalarEventAt(segment, index));
  if (style !== SCALAR_STYLE_PLAIN || (meta & FAST) === 0) return void 0;
  const start = slotAt(segment, index, 1);
  const end = slotAt(segment, index, 2);
  if (start < 0) return void 0;
  PLAIN_STRING_AT.lastIndex = start;
  if (!PLAIN_STRING_AT.test(segment.text) || PLAIN_STRING_AT.lastIndex !== end) return void 0;
  if ((end - start === 4 || end - start === 5) && NOT_STRINGS.has(segment.text.slice(start, end))) return void 0;
  return { start, end };
};
var stringOf = (text, scalar) => typeof scalar === "string" ? scalar : text.slice(scalar.start, scalar.end);
var skippableDocument = (segment, start, end, skipKind) => {
  const { text, table } = segment;
  const root = start + 1;
  if (root >= end || table[root * STRIDE] !== EVENT.MAPPING) return false;
  let apiVersion;
  let kind;
  let metadata;
  for (let i = root + 1; i < end && typeAt(segment, i) !== EVENT.POP; ) {
    if (typeAt(segment, i) !== EVENT.SCALAR) return false;
    const value = i + 1;
    const valueType = typeAt(segment, value);
    if (valueType === EVENT.SCALAR && (scalarIs(segment, i, "kind") || scalarIs(segment, i, "apiVersion"))) {
      const string = stringScalarAt(segment, value);
      if (string === void 0) return false;
      if (scalarIs(segment, i, "kind")) kind = stringOf(text, string);
      else apiVersion = stringOf(text, string);
    } else if (valueType === EVENT.MAPPING && metadata === void 0 && scalarIs(segment, i, "metadata")) metadata = value;
    if (apiVersion !== void 0 && kind !== void 0 && metadata !== void 0) break;
    i = valueType === EVENT.MAPPING || valueType === EVENT.SEQUENCE ? packedDocumentEnd(segment, value) : value + 1;
  }
  if (apiVersion === void 0 || kind === void 0 || !skipKind(apiVersion, kind, () => metadata === void 0 ? void 0 : stringEntryOf(segment, metadata, "name"))) return false;
  const mappings = [];
  const atKey = [];
  const keys = [];
  for (let i = root; i < end; i++) {
    const meta = table[i * STRIDE];
    const type = meta & 7;
    const top = mappings.length - 1;
    if (type === EVENT.POP) {
      mappings.pop();
      atKey.pop();
      keys.pop();
      if (top > 0 && mappings[top - 1]) atKey[top - 1] = !atKey[top - 1];
      continue;
    }
    if ((meta & TAGGED) !== 0) return false;
    if (top >= 0 && mappings[top]) {
      if (atKey[top]) {
        if (type !== EVENT.SCALAR) return false;
        const key = stringScalarAt(segment, i);
        if (key === void 0 || keys[top].length >= MAX_COMPARED_KEYS || keys[top].some((seen) => sameString(text, seen, key))) return false;
        keys[top].push(key);
      }
      if (type === EVENT.SCALAR) atKey[top] = !atKey[top];
    }
    if (type === EVENT.MAPPING || type === EVENT.SEQUENCE) {
      mappings.push(type === EVENT.MAPPING);
      atKey.push(type === EVENT.MAPPING);
      keys.push([]);
    }
  }
  return true;
};
var stringEntryOf = (segment, mapping, key) => {
  const after = packedDocumentEnd(segment, mapping);
  for (let i = mapping + 1; i < after && typeAt(segment, i) === EVENT.SCALAR; ) {
    const value = i + 1;
    const valueType = typeAt(segment, value);
    if (valueType === EVENT.SCALAR && scalarIs(segment, i, key)) {
      const string = stringScalarAt(segment, value);
      return string === void 0 ? void 0 : stringOf(segment.text, string);
    }
    i = valueType === EVENT.MAPPING || valueType === EVENT.SEQUENCE ? packedDocumentEnd(segment, value) : value + 1;
  }
  return void 0;
};
var sameString = (text, a, b) => {
  if (typeof a === "string" || typeof b === "string") return stringOf(text, a) === stringOf(text, b);
  const length = a.end - a.start;
  if (b.end - b.start !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(a.start + k) !== text.charCodeAt(b.start + k)) return false;
  return true;
};
var segmentsOf = (text) => {
  const whole = tryParseEvents(text, 0);
  if ("events" in whole) return { segments: [whole], problems: [] };
  const segments = [];
  const problems = [];
  for (const piece of splitAtDocumentMarkers(text)) {
    const parsed = tryParseEvents(piece.text, piece.base);
    if ("events" in parsed) segments.push(parsed);
    else problems.push(parsed);
  }
  return { segments, problems };
};
var rootOffset = (segment, docEvent) => {
  const root = docEvent + 1;
  const type = typeAt(segment, root);
  let offset = 0;
  if (type === EVENT.MAPPING || type === EVENT.SEQUENCE) {
    const anchor = segment.anchorRanges?.get(root);
    offset = anchor ? Math.min(anchor.start - 1, slotAt(segment, root, 1)) : slotAt(segment, root, 1);
  } else if (type === EVENT.SCALAR) offset = slotAt(segment, root, 1);
  return absoluteOffset(segment, offset);
};
var absoluteOffset = (segment, offset) => {
  let shift = 0;
  for (const at2 of segment.inserted ?? []) if (at2 < offset) shift++;
  return segment.base + offset - shift;
};
var documentStarts = (segments) => {
  const starts = [];
  segments.forEach((segment, index) => {
    for (let event = 0; event < segment.count; event = packedDocumentEnd(segment, event)) {
      starts.push({ segment: index, event });
    }
  });
  return starts;
};
var packedDocumentEnd = (segment, start) => {
  const { table, count } = segment;
  let depth = 0;
  for (let i = start; i < count; i++) {
    const type = table[i * STRIDE] & 7;
    if (type === EVENT.DOCUMENT || type === EVENT.MAPPING || type === EVENT.SEQUENCE) depth++;
    else if (type === EVENT.POP && --depth === 0) return i + 1;
  }
  return count;
};
var constructSegment = (segment, hasAliases, problems) => {
  const events = segment.events;
  if (!hasAliases) {
    try {
      return (0, import_js_yaml.constructFromEvents)(events, { source: segment.text, schema: SCHEMA });
    } catch {
    }
  }
  const documents = [];
  for (let index = 0; index < events.length; ) {
    const end = documentEnd(events, index);
    documents.push(constructDocument(segment, index, end, problems));
    index = end;
  }
  return documents;
};
var tryParseEvents = (text, base) => {
  let patched = text;
  const inserted = [];
  let firstError;
  for (let attempt = 0; attempt <= MAX_INDENT_PATCHES; attempt++) {
    try {
      const events = (0, import_js_yaml.parseEvents)(patched, { maxDepth: MAX_DEPTH });
      return inserted.length === 0 ? { base, text, events } : { base, text: patched, events, inserted };
    } catch (error) {
      firstError ??= error;
      const line = underIndentedQuotedLine(patched, error);
      if (line === void 0) break;
      patched = `${patched.slice(0, line)} ${patched.slice(line)}`;
      inserted.push(line);
    }
  }
  return problemOf(firstError, base);
};
var MAX_INDENT_PATCHES = 64;
var underIndentedQuotedLine = (text, error) => {
  const reason = error.reason;
  const position = error.mark?.position;
  if (reason !== "deficient indentation" || typeof position !== "number") return void 0;
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  if (text.slice(lineStart, position).trim() !== "" || position >= text.length || text[position] === "\n") return void 0;
  let end = lineStart - 1;
  for (let lines = 0; lines < 50 && end > 0; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const content = text.slice(start, end);
    const opener = /^\s*#/.test(content) ? null : /(?::[ \t]+|^[ \t]*-[ \t]+)(["'])/.exec(content);
    if (opener !== null && quotedScalarOpenAt(text, start + opener.index + opener[0].length - 1, lineStart)) return lineStart;
    end = start - 1;
  }
  return void 0;
};
var quotedScalarOpenAt = (text, quote, until) => {
  const style = text[quote];
  for (let i = quote + 1; i < until; i++) {
    const ch = text[i];
    if (style === '"') {
      if (ch === "\\") i++;
      else if (ch === '"') return false;
    } else if (ch === "'") {
      if (text[i + 1] === "'") i++;
      else return false;
    }
  }
  return true;
};
var problemOf = (error, base) => {
  const mark = error.mark;
  const reason = error.reason;
  return {
    offset: base + (typeof mark?.position === "number" ? mark.position : 0),
    message: reason ?? (error instanceof Error ? error.message : String(error))
  };
};
var documentEnd = (events, start) => {
  let depth = 0;
  for (let i = start; i < events.length; i++) {
    const type = events[i].type;
    if (type === EVENT.DOCUMENT || type === EVENT.MAPPING || type === EVENT.SEQUENCE) depth++;
    else if (type === EVENT.POP && --depth === 0) return i + 1;
  }
  return events.length;
};
var constructDocument = (segment, start, end, problems) => {
  const events = segment.events.slice(start, end);
  if (expandedSize(segment.text, events) > MAX_EXPANDED_NODES) {
    const first = events.find((event) => event.type === EVENT.ALIAS);
    problems.push({
      offset: segment.base + (first && first.type === EVENT.ALIAS ? first.anchorStart - 1 : 0),
      message: `its aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} nodes (an alias bomb?), so the document was not read`
    });
    return void 0;
  }
  const options = { source: segment.text, schema: SCHEMA };
  try {
    return (0, import_js_yaml.constructFromEvents)(events, options)[0];
  } catch (error) {
    const problem = problemOf(error, segment.base);
    if (/duplicated mapping key/.test(problem.message)) {
      problems.push({ ...problem, message: `${problem.message} (the last value is used)` });
      try {
        return (0, import_js_yaml.constructFromEvents)(events, { ...options, json: true })[0];
      } catch (second) {
        problems.push(problemOf(second, segment.base));
        return void 0;
      }
    }
    problems.push(problem);
    return void 0;
  }
};
var expandedSize = (text, events) => {
  if (!events.some((event) => event.type === EVENT.ALIAS)) return events.length;
  const anchorSizes = /* @__PURE__ */ new Map();
  const open = [{ size: 0, anchor: void 0 }];
  const add2 = (size) => {
    const top = open[open.length - 1];
    top.size = Math.min(top.size + size, Number.MAX_SAFE_INTEGER);
  };
  for (const event of events) {
    if (event.type === EVENT.MAPPING || event.type === EVENT.SEQUENCE) {
      open.push({ size: 1, anchor: event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : void 0 });
    } else if (event.type === EVENT.SCALAR) {
      if (event.anchorStart >= 0) anchorSizes.set(text.slice(event.anchorStart, event.anchorEnd), 1);
      add2(1);
    } else if (event.type === EVENT.ALIAS) {
      add2(anchorSizes.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1);
    } else if (event.type === EVENT.POP && open.length > 1) {
      const closed = open.pop();
      if (closed.anchor !== void 0) anchorSizes.set(closed.anchor, closed.size);
      add2(closed.size);
    }
  }
  return open[0].size;
};
var splitAtDocumentMarkers = (text) => {
  const pieces = [];
  const marker = /^---(?=[ \t]|\r?$)/gm;
  let start = 0;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    if (match.index > start) pieces.push({ base: start, text: text.slice(start, match.index) });
    start = match.index;
  }
  pieces.push({ base: start, text: text.slice(start) });
  return pieces.filter((piece) => piece.text.trim() !== "" && piece.text.trim() !== "---");
};
var YamlSource = class {
  /** @param segments the packed events of the parse that read the file's documents. */
  constructor(text, segments) {
    this.text = text;
    this.segments = segments;
    this.lines = new LineIndex(text);
  }
  text;
  segments;
  lines;
  starts;
  get docStarts() {
    return this.documents().docStarts;
  }
  /** File offset of each document's root node: a whole document resolves without a walk. */
  get roots() {
    return this.documents().roots;
  }
  documents() {
    if (!this.starts) {
      const docStarts = documentStarts(this.segments);
      this.starts = { docStarts, roots: docStarts.map((start) => rootOffset(this.segments[start.segment], start.event)) };
    }
    return this.starts;
  }
  /** The region a ref points at, or undefined when its document does not exist. */
  regionOf(ref) {
    const root = this.roots[ref.doc];
    if (ref.path.length === 0 && !ref.span && root !== void 0) return this.lines.restOfLine(root);
    const docStart = this.docStarts[ref.doc];
    if (!docStart) return void 0;
    const segment = this.segments[docStart.segment];
    let node = { segment, index: docStart.event + 1 };
    let keyIndex;
    let exact = true;
    for (const step of ref.path) {
      const child = this.childOf(node, step);
      if (!child) {
        exact = false;
        break;
      }
      node = { segment, index: child.value };
      keyIndex = child.key;
    }
    if (exact && ref.key && keyIndex !== void 0) return this.scalarRegion({ segment, index: keyIndex });
    if (exact && ref.span) return this.spanRegion(node, ref.span.start, ref.span.end);
    return this.nodeRegion(node);
  }
  childOf(node, step) {
    const { segment } = node;
    const target = this.deref(segment, node.index);
    const type = typeAt(segment, target);
    if (type === 0) return void 0;
    const after = this.afterOf(segment);
    if (type === EVENT.SEQUENCE) {
      if (typeof step !== "number") return void 0;
      let i2 = target + 1;
      for (let n = 0; typeAt(segment, i2) !== 0 && typeAt(segment, i2) !== EVENT.POP; n++) {
        if (n === step) return { value: i2 };
        i2 = after[i2];
      }
      return void 0;
    }
    if (type !== EVENT.MAPPING) return void 0;
    const wanted = String(step);
    let found;
    const merges = [];
    let i = target + 1;
    while (typeAt(segment, i) !== 0 && typeAt(segment, i) !== EVENT.POP) {
      const keyIndex = i;
      const valueIndex = after[i];
      if (typeAt(segment, keyIndex) === EVENT.SCALAR) {
        if (scalarIs(segment, keyIndex, wanted)) found = { key: keyIndex, value: valueIndex };
        else if (styleAt(segment, keyIndex) === 1 && scalarIs(segment, keyIndex, "<<")) merges.push(valueIndex);
      }
      i = after[valueIndex] ?? valueIndex + 1;
    }
    if (found) return found;
    for (const merge of merges) {
      const source = this.deref(segment, merge);
      const sources = typeAt(segment, source) === EVENT.SEQUENCE ? this.itemsOf(segment, source) : [source];
      for (const item of sources) {
        const hit = this.childOf({ segment, index: item }, step);
        if (hit) return hit;
      }
    }
    return void 0;
  }
  itemsOf(segment, sequence) {
    const after = this.afterOf(segment);
    const items = [];
    for (let i = sequence + 1; typeAt(segment, i) !== 0 && typeAt(segment, i) !== EVENT.POP; i = after[i]) items.push(i);
    return items;
  }
  /** Follows an alias to the node its anchor names (the last definition before it). */
  deref(segment, index) {
    if (typeAt(segment, index) !== EVENT.ALIAS) return index;
    const name = segment.text.slice(slotAt(segment, index, 1), slotAt(segment, index, 2));
    const definitions = this.anchorsOf(segment).get(name) ?? [];
    let target = index;
    for (const definition of definitions) if (definition < index) target = definition;
    return target;
  }
  anchorsOf(segment) {
    if (segment.anchors) return segment.anchors;
    const anchors = /* @__PURE__ */ new Map();
    const anchored = [...segment.anchorRanges ?? /* @__PURE__ */ new Map()].sort((a, b) => a[0] - b[0]);
    for (const [index, range] of anchored) {
      const name = segment.text.slice(range.start, range.end);
      const list2 = anchors.get(name);
      if (list2) list2.push(index);
      else anchors.set(name, [index]);
    }
    segment.anchors = anchors;
    return anchors;
  }
  afterOf(segment) {
    if (segment.after) return segment.after;
    const { table, count } = segment;
    const after = new Int32Array(count + 1);
    const open = [];
    for (let i = 0; i < count; i++) {
      const type = table[i * STRIDE] & 7;
      if (type === EVENT.DOCUMENT || type === EVENT.MAPPING || type === EVENT.SEQUENCE) open.push(i);
      else if (type === EVENT.POP) {
        after[i] = i + 1;
        const opened = open.pop();
        if (opened !== void 0) after[opened] = i + 1;
      } else after[i] = i + 1;
    }
    after[count] = count;
    segment.after = after;
    return after;
  }
  nodeRegion(node) {
    const { segment, index } = node;
    const type = typeAt(segment, index);
    if (type === 0) return this.lines.region(absoluteOffset(segment, 0), absoluteOffset(segment, 0));
    if (type === EVENT.SCALAR) {
      const style = styleAt(segment, index);
      if (style === STYLE.LITERAL || style === STYLE.FOLDED) {
        return this.lines.restOfLine(absoluteOffset(segment, firstNonSpace(segment.text, slotAt(segment, index, 1))));
      }
      return this.scalarRegion(node);
    }
    if (type === EVENT.ALIAS) return this.lines.region(absoluteOffset(segment, slotAt(segment, index, 1) - 1), absoluteOffset(segment, slotAt(segment, index, 2)));
    if (type === EVENT.MAPPING || type === EVENT.SEQUENCE) {
      const anchor = anchorOf(segment, index);
      const start = anchor ? Math.min(anchor.start - 1, slotAt(segment, index, 1)) : slotAt(segment, index, 1);
      return this.lines.restOfLine(absoluteOffset(segment, start));
    }
    return this.lines.region(absoluteOffset(segment, 0), absoluteOffset(segment, 0));
  }
  scalarRegion(node) {
    const { segment, index } = node;
    const style = styleAt(segment, index);
    const quoted = style === STYLE.SINGLE_QUOTED || style === STYLE.DOUBLE_QUOTED;
    const start = absoluteOffset(segment, slotAt(segment, index, 1) - (quoted ? 1 : 0));
    const end = absoluteOffset(segment, slotAt(segment, index, 2) + (quoted ? 1 : 0));
    return this.lines.region(start, end);
  }
  /**
   * Maps a range of a scalar's decoded text back to the file. Exact for single-line scalars
   * and literal blocks (each decoded line is a source line less its indentation); folded and
   * multi-line flow scalars fold line breaks into spaces, which keeps the lengths equal.
   */
  spanRegion(node, start, end) {
    const index = this.deref(node.segment, node.index);
    if (typeAt(node.segment, index) !== EVENT.SCALAR) return this.nodeRegion(node);
    const event = scalarEventAt(node.segment, index);
    const from = this.decodedToSource(node.segment, event, start);
    const to = this.decodedToSource(node.segment, event, Math.max(start, end - 1)) + (end > start ? 1 : 0);
    return this.lines.region(from, Math.max(from, to));
  }
  decodedToSource(segment, event, offset) {
    const raw = segment.text.slice(event.valueStart, event.valueEnd);
    const block = event.style === STYLE.LITERAL || event.style === STYLE.FOLDED;
    if (!block && !raw.includes("\n")) return absoluteOffset(segment, event.valueStart + Math.min(offset, raw.length));
    let remaining = offset;
    let lineStart = 0;
    let first = true;
    while (lineStart <= raw.length) {
      let lineEnd = raw.indexOf("\n", lineStart);
      if (lineEnd === -1) lineEnd = raw.length;
      const contentEnd = raw.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      let skip = 0;
      if (block) skip = Math.min(Math.max(event.indent, 0), contentEnd - lineStart);
      else if (!first) while (lineStart + skip < contentEnd && /[ \t]/.test(raw[lineStart + skip])) skip++;
      const length = contentEnd - lineStart - skip;
      if (remaining <= length || lineEnd >= raw.length) {
        return absoluteOffset(segment, event.valueStart + lineStart + skip + Math.min(remaining, Math.max(length, 0)));
      }
      remaining -= length + 1;
      lineStart = lineEnd + 1;
      first = false;
    }
    return absoluteOffset(segment, event.valueEnd);
  }
};
var firstNonSpace = (text, offset) => {
  let i = offset;
  while (text[i] === " " || text[i] === "	") i++;
  return i;
};

// src/render/options.ts
var RENDERERS = ["helm", "kustomize"];
var DEFAULT_RENDER_TIMEOUT_SECONDS = 60;
var TOTAL_RENDER_SECONDS = 600;
var DEFAULT_RELEASE_NAME = "release-name";
var DEFAULT_NAMESPACE = "default";
var DEFAULT_KUBE_VERSION = "v1.33.0";
var renderersOf = (selection) => new Set(selection === void 0 || selection === "auto" ? RENDERERS : selection === "none" ? [] : selection);
var parseRenderSelection = (text, source) => {
  const value = text.trim();
  if (value === "" || value === "auto") return "auto";
  if (value === "none") return "none";
  const names = value.split(",").map((name) => name.trim());
  const unknown = names.find((name) => !RENDERERS.includes(name));
  if (unknown !== void 0) {
    throw new UserError(`${source} must be auto, none, or a comma-separated list of ${RENDERERS.join(", ")} (got "${unknown}").`);
  }
  return [...new Set(names)].sort();
};
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var parseRenderConfig = (value, fail2) => {
  if (!isRecord(value)) return fail2("wrong-type", [], "render must be a mapping (helm, timeoutSeconds).");
  const config = {};
  for (const [key, setting] of Object.entries(value)) {
    if (key === "timeoutSeconds") {
      if (typeof setting !== "number" || !Number.isInteger(setting) || setting <= 0 || setting > 3600) {
        fail2(typeof setting === "number" ? "invalid-value" : "wrong-type", [key], "render.timeoutSeconds must be a whole number of seconds from 1 to 3600.");
      }
      config.timeoutSeconds = setting;
    } else if (key === "helm") config.helm = parseHelm(setting, (code, path, message, isKey) => fail2(code, [key, ...path], message, isKey));
    else fail2("unknown-key", [key], `unknown key "${key}" under render (expected helm or timeoutSeconds).`, true);
  }
  return config;
};
var parseHelm = (value, fail2) => {
  if (!isRecord(value)) return fail2("wrong-type", [], "render.helm must be a mapping (values, releaseName, namespace, kubeVersion).");
  const helm = {};
  for (const [key, setting] of Object.entries(value)) {
    switch (key) {
      case "values":
        if (Array.isArray(setting)) helm.values = valuesList(setting, fail2, [key]);
        else if (isRecord(setting)) {
          const byChart = {};
          for (const [chart, files] of Object.entries(setting)) {
            if (!Array.isArray(files)) fail2("wrong-type", [key, chart], `the values files of chart ${chart} must be a list of paths.`);
            byChart[normaliseFolder(chart)] = valuesList(files, fail2, [key, chart]);
          }
          helm.values = byChart;
        } else fail2("wrong-type", [key], "render.helm.values must be a list of values files, or a mapping from chart folder to such a list.");
        break;
      case "releaseName":
      case "namespace":
        if (typeof setting !== "string" || !DNS_LABEL.test(setting) || setting.length > 53) {
          fail2(typeof setting === "string" ? "invalid-value" : "wrong-type", [key], `render.helm.${key} must be a lowercase DNS label (letters, digits and "-", at most 53 characters).`);
        }
        helm[key] = setting;
        break;
      case "kubeVersion":
        if (typeof setting !== "string" || !/^v?1\.\d{1,3}(\.\d{1,3})?$/.test(setting)) {
          fail2(typeof setting === "string" ? "invalid-value" : "wrong-type", [key], 'render.helm.kubeVersion must be a quoted Kubernetes version such as "1.33" or "v1.33.2".');
        }
        helm.kubeVersion = setting;
        break;
      default:
        fail2("unknown-key", [key], `unknown key "${key}" under render.helm (expected values, releaseName, namespace or kubeVersion).`, true);
    }
  }
  return helm;
};
var normaliseFolder = (folder) => folder.replace(/\/+$/, "").replace(/^\.(\/|$)/, "");
var valuesList = (files, fail2, path) => files.map((file, i) => {
  if (typeof file !== "string" || file.trim() === "") return fail2("wrong-type", [...path, i], "a values file must be a path relative to the scanned folder.");
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) || file.split(/[\\/]/).includes("..")) {
    fail2("invalid-value", [...path, i], `values file "${file}" must stay inside the scanned folder (relative, no "..").`);
  }
  return file;
});

// src/suggest.ts
var editDistance = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[x.length][y.length];
};
var closest = (word, candidates) => {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
};
var didYouMean = (word, candidates) => {
  const match = closest(word, candidates);
  return match === void 0 ? "" : ` Did you mean "${match}"?`;
};

// src/config/config.ts
var CONFIG_FILE_NAMES = [".ephemeral-guard.yaml", ".ephemeral-guard.yml"];
var ConfigError = class extends UserError {
  constructor(code, path, message) {
    super(message);
    this.code = code;
    this.path = path;
  }
  code;
  path;
};
var RULE_SETTINGS = ["off", "error", "warning", "note"];
var POD_SECURITY_LEVELS = ["privileged", "baseline", "restricted"];
var TOP_KEYS = ["include", "exclude", "fixtures", "maxFileSize", "kubernetesVersion", "rules", "assume", "rbac", "externalRoles", "render"];
var KUBERNETES_VERSION = /^v?1\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?$/;
var ENGINE_VERSION = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?(?:[-+][0-9A-Za-z.+-]+)?$/;
var DNS_LABEL2 = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
var ROLE = /^(?:ClusterRole\/([^/]+)|Role\/([^/]+)\/([^/]+))$/;
var SUBJECT = /^(?:(User|Group)\/(.+)|ServiceAccount\/([^/]+)\/([^/]+))$/s;
var EXTERNAL_ROLE = /^(?:[^/]+|ClusterRole\/[^/]+|Role\/[^/]+\/[^/]+)$/;
var parseConfig = (file, text, knownRules) => {
  const parsed = parseYaml(text);
  const firstProblem = parsed.problems[0];
  if (firstProblem) {
    const { startLine, startColumn } = parsed.source.lines.region(firstProblem.offset, firstProblem.offset);
    throw new ConfigError("invalid-yaml", [], `${file}:${startLine}:${startColumn}: not valid YAML: ${firstProblem.message}.`);
  }
  const positionOf = (path, key = false) => {
    const region = parsed.source.regionOf({ file, doc: 0, path, key });
    return region ? { file, line: region.startLine, column: region.startColumn } : void 0;
  };
  const fail2 = (code, path, message, key = false) => {
    const position = positionOf(path, key);
    throw new ConfigError(code, path, `${position ? `${file}:${position.line}:${position.column}` : file}: ${message}`);
  };
  const at2 = (path) => positionOf(path) ?? { file, line: 1, column: 1 };
  const name = (path) => path.map((step) => typeof step === "number" ? `[${step}]` : `.${step}`).join("").replace(/^\./, "");
  const mapping = (value2, path, what) => {
    if (!isRecord(value2)) fail2("wrong-type", path, `${name(path)} must be a mapping of ${what}, not ${describe(value2)}.`);
    return value2;
  };
  const keysOf = (value2, path, allowed) => {
    for (const key of Object.keys(value2)) {
      if (!allowed.includes(key)) {
        const where = path.length === 0 ? "" : ` under ${name(path)}`;
        fail2("unknown-key", [...path, key], `unknown key "${key}"${where} (expected ${listOf(allowed)}).`, true);
      }
    }
    return Object.entries(value2);
  };
  const stringAt = (value2, path, what) => {
    if (typeof value2 !== "string") fail2("wrong-type", path, `${name(path)} must be ${what}, not ${describe(value2)}.`);
    return value2;
  };
  const list2 = (value2, path, what) => {
    if (!Array.isArray(value2)) fail2("wrong-type", path, `${name(path)} must be a list of ${what}, not ${describe(value2)}.`);
    return value2;
  };
  const globs = (value2, path) => list2(value2, path, 'glob patterns, e.g. ["policies/**/*.yaml"]').map((glob, i) => {
    const pattern = stringAt(glob, [...path, i], "a glob pattern");
    const problem = globProblem(pattern);
    if (problem) fail2("invalid-value", [...path, i], `${problem}`);
    return pattern;
  });
  const level = (value2, path) => {
    if (typeof value2 !== "string" || !POD_SECURITY_LEVELS.includes(value2)) {
      fail2(typeof value2 === "string" ? "invalid-value" : "wrong-type", path, `${name(path)} must be a Pod Security level: privileged, baseline or restricted (got ${describe(value2)}).`);
    }
    return value2;
  };
  const value = parsed.documents[0] ?? {};
  if (parsed.documents.length > 1) fail2("invalid-value", [], 'the config must be one YAML document; remove the "---" separators.');
  const root = mapping(value, [], "settings (include, exclude, rules, assume, rbac, ...)");
  const config = { settings: { assume: { engines: {} }, rbacAllow: [], externalRoles: [] } };
  let settings = { ...config.settings };
  for (const [key, setting] of keysOf(root, [], TOP_KEYS)) {
    switch (key) {
      case "include":
      case "exclude":
      case "fixtures":
        config[key] = globs(setting, [key]);
        break;
      case "maxFileSize":
        if (typeof setting !== "number" || !Number.isInteger(setting) || setting <= 0) {
          fail2(typeof setting === "number" ? "invalid-value" : "wrong-type", [key], `maxFileSize must be a positive whole number of bytes (got ${describe(setting)}).`);
        }
        config.maxFileSize = setting;
        break;
      case "kubernetesVersion":
        settings.kubernetesVersion = kubernetesVersion(setting, fail2);
        break;
      case "rules": {
        const rules = {};
        const severities = {};
        for (const [rule, ruleSetting] of Object.entries(mapping(setting, [key], "rule ids or names to off, error, warning or note"))) {
          if (!knownRules.has(rule)) fail2("unknown-rule", [key, rule], `unknown rule "${rule}" (use an id such as EG201 or its name).${didYouMean(rule, knownRules)}`, true);
          const path = [key, rule];
          if (isRecord(ruleSetting)) {
            for (const [field2, fieldValue] of keysOf(ruleSetting, path, ["level", "securitySeverity"])) {
              if (field2 === "level") rules[rule] = ruleLevel(fieldValue, [...path, field2], fail2);
              else severities[rule] = securitySeverity(fieldValue, [...path, field2], fail2);
            }
            if (Object.keys(ruleSetting).length === 0) fail2("missing-key", path, `rule ${rule} needs level and/or securitySeverity.`);
          } else rules[rule] = ruleLevel(ruleSetting, path, fail2);
        }
        config.rules = rules;
        if (Object.keys(severities).length > 0) config.securitySeverities = severities;
        break;
      }
      case "assume":
        settings = { ...settings, assume: assumptions(mapping(setting, [key], "podSecurity and engines")) };
        break;
      case "rbac": {
        for (const [field2, allow] of keysOf(mapping(setting, [key], "settings (allow)"), [key], ["allow"])) {
          settings.rbacAllow = list2(allow, [key, field2], "roles or subjects with a reason").map((entry, i) => allowedDebugger(entry, [key, field2, i]));
        }
        break;
      }
      case "render":
        config.render = parseRenderConfig(setting, (code, path, message, isKey) => fail2(code, [key, ...path], message, isKey));
        break;
      case "externalRoles":
        settings.externalRoles = list2(setting, [key], "role names").map((role, i) => {
          const roleName = stringAt(role, [key, i], "a role name, ClusterRole/<name> or Role/<namespace>/<name>");
          if (!EXTERNAL_ROLE.test(roleName) || roleName.trim() === "") {
            fail2("invalid-value", [key, i], `"${roleName}" is not a role: write <name>, ClusterRole/<name> or Role/<namespace>/<name>.`);
          }
          return roleName;
        });
        break;
    }
  }
  config.settings = settings;
  return config;
  function assumptions(value2) {
    let podSecurity;
    const engines = {};
    for (const [key, setting] of keysOf(value2, ["assume"], ["podSecurity", "engines"])) {
      const path = ["assume", key];
      if (key === "podSecurity") {
        const fields = mapping(setting, path, "enforce and namespaces");
        let enforce;
        const namespaces = {};
        for (const [field2, fieldValue] of keysOf(fields, path, ["enforce", "namespaces"])) {
          if (field2 === "enforce") enforce = level(fieldValue, [...path, field2]);
          else {
            for (const [namespace, namespaceLevel] of Object.entries(mapping(fieldValue, [...path, field2], "namespace names to levels"))) {
              if (!DNS_LABEL2.test(namespace)) fail2("invalid-value", [...path, field2, namespace], `"${namespace}" is not a namespace name (lower-case letters, digits and "-", at most 63).`, true);
              namespaces[namespace] = level(namespaceLevel, [...path, field2, namespace]);
            }
          }
        }
        if (enforce === void 0 && Object.keys(fields).length === 0) fail2("missing-key", path, "assume.podSecurity needs enforce (every namespace) and/or namespaces (named ones).");
        podSecurity = { ...enforce ? { enforce } : {}, namespaces, at: at2(path) };
      } else {
        for (const [engine, version] of keysOf(mapping(setting, path, "engine names to versions"), path, INSTALLED_ENGINES)) {
          engines[engine] = engineVersion(version, [...path, engine]);
        }
      }
    }
    return { ...podSecurity ? { podSecurity } : {}, engines };
  }
  function engineVersion(value2, path) {
    if (typeof value2 === "number") fail2("wrong-type", path, `${name(path)} must be a quoted version such as "${value2}.0" (YAML reads an unquoted version as a number).`);
    const version = stringAt(value2, path, 'a version such as "3.16.3"');
    const match = ENGINE_VERSION.exec(version);
    if (!match) fail2("invalid-value", path, `${name(path)} must be a version such as "3.16.3" or "v1.12" (got "${version}").`);
    return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: version };
  }
  function allowedDebugger(entry, path) {
    const fields = mapping(entry, path, "role or subject, and reason");
    keysOf(fields, path, ["role", "subject", "reason"]);
    if ("role" in fields && "subject" in fields) fail2("conflicting-keys", [...path, "subject"], "give either role or subject in one entry, not both; write two entries.", true);
    if (!("role" in fields) && !("subject" in fields)) fail2("missing-key", path, "each rbac.allow entry needs role (ClusterRole/<name> or Role/<namespace>/<name>) or subject (User/<name>, Group/<name>, ServiceAccount/<namespace>/<name>).");
    if (!("reason" in fields)) fail2("missing-key", path, "each rbac.allow entry needs a reason: say why this access to ephemeral containers is acceptable.");
    const reason = stringAt(fields.reason, [...path, "reason"], "a sentence saying why this access is acceptable").trim();
    if (reason === "") fail2("invalid-value", [...path, "reason"], "reason is empty: say why this access to ephemeral containers is acceptable.");
    const position = at2(path);
    if ("role" in fields) {
      const label2 = stringAt(fields.role, [...path, "role"], "ClusterRole/<name> or Role/<namespace>/<name>");
      const match2 = ROLE.exec(label2);
      if (!match2) fail2("invalid-value", [...path, "role"], `"${label2}" is not a role: write ClusterRole/<name> or Role/<namespace>/<name>.`);
      const role = match2[1] !== void 0 ? { kind: "ClusterRole", name: match2[1] } : { kind: "Role", namespace: match2[2], name: match2[3] };
      return { kind: "role", role, label: label2, reason, at: position };
    }
    const label = stringAt(fields.subject, [...path, "subject"], "User/<name>, Group/<name> or ServiceAccount/<namespace>/<name>");
    const match = SUBJECT.exec(label);
    if (!match) fail2("invalid-value", [...path, "subject"], `"${label}" is not a subject: write User/<name>, Group/<name> or ServiceAccount/<namespace>/<name>.`);
    const subject = match[1] !== void 0 ? { kind: match[1], name: match[2] } : { kind: "ServiceAccount", namespace: match[3], name: match[4] };
    return { kind: "subject", subject, label, reason, at: position };
  }
};
var kubernetesVersion = (value, fail2) => {
  if (typeof value === "number") {
    fail2("wrong-type", ["kubernetesVersion"], `kubernetesVersion must be a quoted string such as "1.30": YAML reads ${value} as a number (1.30 becomes 1.3).`);
  }
  if (typeof value !== "string") fail2("wrong-type", ["kubernetesVersion"], `kubernetesVersion must be a string such as "1.30" (got ${describe(value)}).`);
  const match = KUBERNETES_VERSION.exec(value);
  if (!match) fail2("invalid-value", ["kubernetesVersion"], `kubernetesVersion must look like "1.30" or "v1.30.2" (got "${String(value)}").`);
  return { major: 1, minor: Number(match[1]), ...match[2] !== void 0 ? { patch: Number(match[2]) } : {}, text: value };
};
var ruleLevel = (value, path, fail2) => {
  if (typeof value !== "string" || !RULE_SETTINGS.includes(value)) {
    const hint = value === false ? " (write off, not false)" : "";
    fail2(typeof value === "string" ? "invalid-value" : "wrong-type", path, `rule ${String(path[1])} must be set to off, error, warning or note${hint} (got ${describe(value)}).`);
  }
  return value;
};
var securitySeverity = (value, path, fail2) => {
  if (typeof value !== "number" || !(value >= 0.1 && value <= 10)) {
    fail2(typeof value === "number" ? "invalid-value" : "wrong-type", path, `securitySeverity of rule ${String(path[1])} must be a number from 0.1 to 10.0 (got ${describe(value)}).`);
  }
  return value;
};
var globProblem = (glob) => {
  if (glob.trim() === "") return "an empty glob pattern; remove it.";
  if (glob.startsWith("/") || /^[A-Za-z]:[\\/]/.test(glob)) return `glob "${glob}" is absolute; globs are relative to the scanned folder.`;
  if (glob.split("/").includes("..")) return `glob "${glob}" leaves the scanned folder (".."); scan the parent folder instead.`;
  const cost = globCostProblem(glob);
  if (cost !== void 0) return `${cost}.`;
  return void 0;
};
var listOf = (items) => items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
var describe = (value) => value === null || value === void 0 ? "nothing" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value === "string" ? quotedValue(value) : `${typeof value} ${String(value)}`;
var quotedValue = (value) => value.length <= 60 && printableText(value) === value ? `"${value}"` : `a string of ${value.length} characters`;

// src/config/resolve.ts
var KNOWN_RULES = new Set(RULES.flatMap((rule) => [rule.meta.id, rule.meta.name]));
var resolveScanRequest = async (options, readText, cwd) => {
  let config = { settings: NO_SETTINGS };
  const onlyTarget = options.targets?.length === 1 ? options.targets[0] : void 0;
  const configDir = options.configDir ?? (onlyTarget ? resolve2(options.root, onlyTarget.folder) : options.root);
  let configFile;
  if (options.configPath) {
    configFile = isAbsolute2(options.configPath) ? options.configPath : resolve2(cwd, options.configPath);
    const text = await readText(configFile);
    if (text === void 0) throw new UserError(`Config file ${options.configPath} does not exist. Check the path, or leave it out to use ${CONFIG_FILE_NAMES[0]} at the scan root.`);
    config = parseConfig(options.configPath, text, KNOWN_RULES);
  } else {
    for (const name of CONFIG_FILE_NAMES) {
      const path = resolve2(configDir, name);
      const text = await readText(path);
      if (text !== void 0) {
        configFile = path;
        config = parseConfig(name, text, KNOWN_RULES);
        break;
      }
    }
  }
  const globs = [...options.include ?? [], ...options.exclude ?? [], ...(options.targets ?? []).flatMap((target) => target.include ?? [])];
  if (globs.length > MAX_GLOBS) throw new UserError(`${globs.length} glob patterns were given; at most ${MAX_GLOBS} are accepted.`);
  for (const glob of globs) validateGlob(glob);
  const include = options.include && options.include.length > 0 ? options.include : config.include;
  const exclude = [...config.exclude ?? [], ...options.exclude ?? []];
  if (exclude.length + (include?.length ?? 0) > MAX_GLOBS) throw new UserError(`The config and options give ${exclude.length + (include?.length ?? 0)} glob patterns; at most ${MAX_GLOBS} are accepted.`);
  const targets = options.targets?.map((target) => {
    const globs2 = target.include && target.include.length > 0 ? target.include : include;
    return { folder: target.folder, ...globs2 ? { include: globs2 } : {} };
  });
  const configFolder = posixRelative(options.root, configDir);
  const render = config.render && configFolder !== "" ? rebaseRenderConfig(config.render, configFolder) : config.render;
  const request = {
    root: options.root,
    ...targets ? { targets } : include ? { include } : {},
    ...exclude.length > 0 ? { exclude } : {},
    ...config.fixtures ? { fixtures: config.fixtures } : {},
    ...config.maxFileSize !== void 0 ? { maxFileSize: config.maxFileSize } : {},
    ...config.rules ? { ruleLevels: config.rules } : {},
    ...config.securitySeverities ? { securitySeverities: config.securitySeverities } : {},
    settings: config.settings,
    ...render ? { render } : {},
    ...options.baselinePath ? { baseline: await readBaseline(options.baselinePath, readText, cwd) } : {}
  };
  return { request, config, ...configFile ? { configFile } : {} };
};
var validateGlob = (glob) => {
  if (glob.trim() === "") throw new UserError("An empty glob pattern was given; remove it.");
  if (isAbsolute2(glob) || /^[A-Za-z]:[\\/]/.test(glob)) throw new UserError(`Glob "${glob}" is absolute; globs are relative to the scanned folder.`);
  if (glob.split("/").includes("..")) throw new UserError(`Glob "${glob}" leaves the scanned folder (".."); scan the parent folder instead.`);
  let depth = 0;
  for (const char of glob) {
    if (char === "{") depth++;
    else if (char === "}") depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) throw new UserError(`Glob "${glob}" has unbalanced braces.`);
  const cost = globCostProblem(glob);
  if (cost !== void 0) throw new UserError(`${cost.charAt(0).toUpperCase()}${cost.slice(1)}.`);
};
var readBaseline = async (path, readText, cwd) => {
  const text = await readText(isAbsolute2(path) ? path : resolve2(cwd, path));
  if (text === void 0) {
    throw new UserError(`Baseline ${path} does not exist. Write one with --write-baseline ${path} (or keep the SARIF/JSON report of an earlier run), or leave the option out.`);
  }
  return parseBaseline(path, text);
};
var posixRelative = (from, to) => relative2(from, to).split("\\").join("/");
var rebaseRenderConfig = (render, folder) => {
  const values = render.helm?.values;
  if (!render.helm || values === void 0) return render;
  const under = (path) => {
    const trimmed = path.replace(/^\.\/+/, "").replace(/\/+$/, "");
    return trimmed === "" || trimmed === "." ? folder : `${folder}/${trimmed}`;
  };
  const rebased = Array.isArray(values) ? values.map(under) : Object.fromEntries(Object.entries(values).map(([chart, files]) => [under(chart), files.map(under)]));
  return { ...render, helm: { ...render.helm, values: rebased } };
};

// src/model/rbac/policy-rule.ts
var verbMatchIndex = (rule, verb) => rule.verbs.findIndex((entry) => entry === "*" || entry === verb);
var apiGroupMatchIndex = (rule, group) => rule.apiGroups.findIndex((entry) => entry === "*" || entry === group);
var resourceMatchIndex = (rule, resource, subresource) => {
  const combined = subresource === "" ? resource : `${resource}/${subresource}`;
  return rule.resources.findIndex(
    (entry) => entry === "*" || entry === combined || subresource !== "" && entry === `*/${subresource}`
  );
};
var grantedNames = (rule, request) => {
  if (verbMatchIndex(rule, request.verb) < 0) return void 0;
  if (apiGroupMatchIndex(rule, request.apiGroup) < 0) return void 0;
  if (resourceMatchIndex(rule, request.resource, request.subresource) < 0) return void 0;
  return rule.resourceNames.length === 0 ? "every" : rule.resourceNames;
};
var emptyRule = { verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [] };
var readPolicyRule = (value, at2) => {
  const problems = [];
  if (!isRecord(value)) {
    problems.push({ at: at2, message: "An RBAC rule is not a mapping; it is ignored." });
    return { rule: emptyRule, problems };
  }
  const list2 = (field2) => {
    const raw = value[field2];
    if (raw === void 0 || raw === null) return [];
    if (!Array.isArray(raw)) {
      problems.push({ at: childRef(at2, field2), message: `\`${field2}\` is not a list; it is ignored.` });
      return [];
    }
    return raw.map((entry, index) => {
      if (typeof entry === "string") return entry;
      if (entry === null) return "";
      problems.push({
        at: childRef(at2, field2, index),
        message: `\`${field2}[${index}]\` is not a string; the apiserver would reject this object.`
      });
      return `<invalid ${typeof entry}>`;
    });
  };
  return {
    rule: {
      verbs: list2("verbs"),
      apiGroups: list2("apiGroups"),
      resources: list2("resources"),
      resourceNames: list2("resourceNames"),
      nonResourceURLs: list2("nonResourceURLs")
    },
    problems
  };
};

// src/model/rbac/ephemeral.ts
var EPHEMERAL_VERBS = ["patch", "update"];
var ephemeralRequests = EPHEMERAL_VERBS.map((verb) => ({ verb, apiGroup: "", resource: "pods", subresource: "ephemeralcontainers" }));
var explainEphemeralGrant = (rule) => {
  const verbs = [];
  let names;
  for (const request of ephemeralRequests) {
    const verb = request.verb;
    const granted = grantedNames(rule, request);
    if (granted === void 0) continue;
    names = granted;
    const index = verbMatchIndex(rule, verb);
    verbs.push({ verb, index, entry: rule.verbs[index] ?? verb });
  }
  if (verbs.length === 0 || names === void 0) return void 0;
  const resourceIndex = resourceMatchIndex(rule, "pods", "ephemeralcontainers");
  const apiGroupIndex = apiGroupMatchIndex(rule, "");
  return {
    verbs,
    resourceIndex,
    resourceEntry: rule.resources[resourceIndex] ?? "",
    apiGroupIndex,
    apiGroupEntry: rule.apiGroups[apiGroupIndex] ?? "",
    resourceNames: names === "every" ? void 0 : names
  };
};
var lookalikeResources = /* @__PURE__ */ new Map([
  ["pods/*", "pods-subresource-wildcard"],
  ["*/*", "double-wildcard"],
  ["ephemeralcontainers", "bare-subresource"]
]);
var ephemeralLookalikes = (rule) => {
  if (explainEphemeralGrant(rule) !== void 0) return [];
  const found = [];
  rule.resources.forEach((entry, index) => {
    const kind = lookalikeResources.get(entry);
    if (kind) found.push({ kind, field: "resources", index, entry });
  });
  const resourceIndex = resourceMatchIndex(rule, "pods", "ephemeralcontainers");
  if (resourceIndex < 0) return found;
  const groupIndex = apiGroupMatchIndex(rule, "");
  if (groupIndex < 0) {
    const coreIndex = rule.apiGroups.indexOf("core");
    if (coreIndex >= 0) found.push({ kind: "core-api-group", field: "apiGroups", index: coreIndex, entry: "core" });
    return found;
  }
  const explicit = rule.resources.some((entry) => entry === "pods/ephemeralcontainers" || entry === "*/ephemeralcontainers");
  if (explicit && rule.verbs.length > 0) {
    found.push({ kind: "wrong-verb", field: "verbs", index: 0, entry: rule.verbs[0] ?? "" });
  }
  return found;
};

// src/model/rbac/escalation.ts
var rbacGroup = "rbac.authorization.k8s.io";
var probeSpecs = [
  { primitive: "escalate", verbs: ["escalate"], apiGroup: rbacGroup, resource: "clusterroles", subresource: "", clusterScoped: true },
  { primitive: "escalate", verbs: ["escalate"], apiGroup: rbacGroup, resource: "roles", subresource: "", clusterScoped: false },
  // `bind` is checked in the namespace of the binding being written, so a RoleBinding can grant
  // `bind` on a ClusterRole for use in its own namespace.
  { primitive: "bind", verbs: ["bind"], apiGroup: rbacGroup, resource: "clusterroles", subresource: "", clusterScoped: false },
  { primitive: "bind", verbs: ["bind"], apiGroup: rbacGroup, resource: "roles", subresource: "", clusterScoped: false },
  { primitive: "impersonate", verbs: ["impersonate"], apiGroup: "", resource: "users", subresource: "", clusterScoped: true },
  { primitive: "impersonate", verbs: ["impersonate"], apiGroup: "", resource: "groups", subresource: "", clusterScoped: true },
  { primitive: "impersonate", verbs: ["impersonate"], apiGroup: "", resource: "serviceaccounts", subresource: "", clusterScoped: false },
  { primitive: "create-token", verbs: ["create"], apiGroup: "", resource: "serviceaccounts", subresource: "token", clusterScoped: false },
  ...["clusterroles", "clusterrolebindings", "roles", "rolebindings"].map((resource) => ({
    primitive: "write-rbac",
    verbs: ["create", "update", "patch"],
    apiGroup: rbacGroup,
    resource,
    subresource: "",
    clusterScoped: resource.startsWith("cluster")
  }))
];
var probes = probeSpecs.map((spec) => ({
  ...spec,
  requests: spec.verbs.map((verb) => ({ verb, apiGroup: spec.apiGroup, resource: spec.resource, subresource: spec.subresource }))
}));
var escalationPrimitives = (rule) => {
  const found = [];
  for (const probe of probes) {
    const verbs = [];
    let names;
    for (const request of probe.requests) {
      const verb = request.verb;
      const granted = grantedNames(rule, request);
      if (granted === void 0) continue;
      if (verb === "create" && probe.subresource === "" && granted !== "every") continue;
      verbs.push(verb);
      names = granted;
    }
    if (verbs.length === 0 || names === void 0) continue;
    const resource = probe.subresource === "" ? probe.resource : `${probe.resource}/${probe.subresource}`;
    found.push({
      primitive: probe.primitive,
      resource,
      clusterScoped: probe.clusterScoped,
      verbs,
      resourceIndex: resourceMatchIndex(rule, probe.resource, probe.subresource),
      resourceNames: names === "every" ? void 0 : names
    });
  }
  return found;
};

// src/model/rbac/roles.ts
var readDefinition = (object, kind, problems) => {
  const at2 = object.ref.at;
  const identity2 = {
    kind,
    name: object.name,
    namespace: kind === "Role" ? object.namespace : void 0,
    assumedNamespace: kind === "Role" && object.namespace === void 0,
    object: object.ref,
    builtin: false
  };
  const written = [];
  const rules = object.body.rules;
  if (Array.isArray(rules)) {
    rules.forEach((value, index) => {
      const ruleAt = childRef(at2, "rules", index);
      const read = readPolicyRule(value, ruleAt);
      pushAll(problems, read.problems);
      written.push({ rule: read.rule, role: identity2, index, at: ruleAt });
    });
  } else if (rules !== void 0 && rules !== null) {
    problems.push({ at: childRef(at2, "rules"), message: "`rules` is not a list; the role is read as granting nothing." });
  }
  let aggregation;
  const aggregationRule = object.body.aggregationRule;
  if (kind === "ClusterRole" && aggregationRule !== void 0 && aggregationRule !== null) {
    const ruleAt = childRef(at2, "aggregationRule");
    const selectors = [];
    const list2 = isRecord(aggregationRule) ? aggregationRule.clusterRoleSelectors : void 0;
    if (Array.isArray(list2)) {
      list2.forEach((value, index) => {
        const selectorAt = childRef(ruleAt, "clusterRoleSelectors", index);
        const read = readLabelSelector(value);
        if (read.ok) selectors.push({ selector: read.selector, error: void 0, at: selectorAt });
        else {
          selectors.push({ selector: void 0, error: read.error, at: selectorAt });
          problems.push({ at: selectorAt, message: `Invalid aggregation selector: ${read.error}; it selects nothing.` });
        }
      });
    } else if (list2 !== void 0 && list2 !== null) {
      problems.push({ at: ruleAt, message: "`clusterRoleSelectors` is not a list; the role aggregates nothing." });
    }
    aggregation = { at: ruleAt, selectors };
  }
  return { identity: identity2, labels: readLabels(object.body.metadata), written, aggregation };
};
var builtinDefinitions = () => BUILTIN_CLUSTER_ROLES.map((role) => {
  const identity2 = {
    kind: "ClusterRole",
    name: role.name,
    namespace: void 0,
    assumedNamespace: false,
    object: void 0,
    builtin: true
  };
  const written = role.rules.map((rule, index) => ({
    rule: {
      verbs: rule.verbs,
      apiGroups: rule.apiGroups,
      resources: rule.resources,
      resourceNames: rule.resourceNames ?? [],
      nonResourceURLs: rule.nonResourceURLs ?? []
    },
    role: identity2,
    index,
    at: void 0
  }));
  const aggregation = role.aggregateLabels && {
    at: void 0,
    selectors: role.aggregateLabels.map((labels) => ({
      selector: { requirements: Object.entries(labels).map(([key, value]) => ({ key, operator: "In", values: [value] })) },
      error: void 0,
      at: void 0
    }))
  };
  return { identity: identity2, labels: new Map(Object.entries(role.labels)), written, aggregation };
});
var builtinRoleDefinitions = () => BUILTIN_ROLES.map(({ namespace, name }) => ({
  identity: { kind: "Role", name, namespace, assumedNamespace: false, object: void 0, builtin: true },
  labels: /* @__PURE__ */ new Map(),
  written: [],
  aggregation: void 0
}));
var buildRoleSet = (workspace) => {
  const problems = [];
  const roleDefinitions = workspace.byKind("Role").map((object) => readDefinition(object, "Role", problems));
  const definedRoles = new Set(roleDefinitions.map(({ identity: identity2 }) => `${identity2.namespace ?? ""}/${identity2.name}`));
  pushAll(roleDefinitions, builtinRoleDefinitions().filter(({ identity: identity2 }) => !definedRoles.has(`${identity2.namespace ?? ""}/${identity2.name}`)));
  const clusterDefinitions = workspace.byKind("ClusterRole").map((object) => readDefinition(object, "ClusterRole", problems));
  const defined = new Set(clusterDefinitions.map((definition) => definition.identity.name));
  pushAll(clusterDefinitions, builtinDefinitions().filter((definition) => !defined.has(definition.identity.name)));
  const selected = clusterDefinitions.map((definition) => selectedBy(definition, clusterDefinitions));
  const inCycle = clusterDefinitions.map((_, index) => reachesItself(index, selected));
  const effective = aggregate(clusterDefinitions, selected, inCycle);
  const into = aggregatedInto(clusterDefinitions, selected);
  const clusterRoles = clusterDefinitions.map((definition, index) => {
    const aggregating = definition.aggregation !== void 0;
    return {
      ...definition.identity,
      labels: definition.labels,
      rules: [...(effective[index] ?? /* @__PURE__ */ new Map()).values()],
      writtenRules: definition.written,
      aggregation: definition.aggregation && {
        ...definition.aggregation,
        selected: [...new Set((selected[index] ?? []).map((picked) => clusterDefinitions[picked]?.identity.name ?? ""))]
      },
      overwrittenRules: aggregating && !inCycle[index] ? definition.written : [],
      inAggregationCycle: inCycle[index] ?? false,
      aggregatedInto: into[index] ?? []
    };
  });
  const roles = roleDefinitions.map((definition) => ({
    ...definition.identity,
    labels: definition.labels,
    rules: definition.written.map((rule) => ({ ...rule, via: [] })),
    writtenRules: definition.written,
    aggregation: void 0,
    overwrittenRules: [],
    inAggregationCycle: false,
    aggregatedInto: []
  }));
  const byClusterName = groupBy(clusterRoles, (role) => role.name);
  const byRoleName = groupBy(roles, (role) => role.name);
  const all = [...roles, ...clusterRoles];
  return {
    roles: all,
    problems,
    clusterRoles: (name) => byClusterName.get(name) ?? [],
    namespacedRoles: (namespace, name) => (byRoleName.get(name) ?? []).filter((role) => role.namespace === namespace),
    rolesNamed: (name) => byRoleName.get(name) ?? []
  };
};
var groupBy = (items, key) => {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const list2 = groups.get(key(item));
    if (list2) list2.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};
var selectedBy = (definition, all) => {
  if (!definition.aggregation) return [];
  const picked = /* @__PURE__ */ new Set();
  for (const { selector } of definition.aggregation.selectors) {
    if (!selector) continue;
    all.forEach((candidate, index) => {
      if (candidate.identity.name !== definition.identity.name && labelSelectorMatches(selector, candidate.labels)) picked.add(index);
    });
  }
  const nameOf = (index) => all[index]?.identity.name ?? "";
  return [...picked].sort((a, b) => nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0);
};
var reachesItself = (start, selected) => {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...selected[start] ?? []];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === start) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pushAll(stack, selected[next] ?? []);
  }
  return false;
};
var aggregate = (definitions, selected, inCycle) => {
  const effective = definitions.map((definition, index) => {
    const rules = /* @__PURE__ */ new Map();
    if (!definition.aggregation || inCycle[index]) for (const rule of definition.written) rules.set(rule, { ...rule, via: [] });
    return rules;
  });
  const aggregating = definitions.flatMap((definition, index) => definition.aggregation ? [index] : []);
  let changed = true;
  while (changed) {
    changed = false;
    for (const target of aggregating) {
      const rules = effective[target];
      for (const source of selected[target] ?? []) {
        const name = definitions[source]?.identity.name ?? "";
        for (const [written, rule] of effective[source] ?? []) {
          if (rules.has(written)) continue;
          rules.set(written, { ...rule, via: [name, ...rule.via] });
          changed = true;
        }
      }
    }
  }
  return effective;
};
var AggregationHop = class {
  name;
  #previous;
  constructor(name, previous) {
    this.name = name;
    this.#previous = previous;
  }
  /** The aggregating roles from the first one down to this one. */
  get path() {
    const names = [this.name];
    for (let hop = this.#previous; hop; hop = hop.#previous) names.push(hop.name);
    return names.reverse();
  }
};
var aggregatedInto = (definitions, selected) => {
  const pickedBy = definitions.map(() => []);
  selected.forEach((picks, target) => {
    for (const source of picks) pickedBy[source]?.push(target);
  });
  return definitions.map((_, start) => {
    const result = [];
    const seen = /* @__PURE__ */ new Set([start]);
    const queue = (pickedBy[start] ?? []).map((index) => ({ index, previous: void 0 }));
    for (let next = 0; next < queue.length; next += 1) {
      const { index, previous } = queue[next];
      if (seen.has(index)) continue;
      seen.add(index);
      const hop = new AggregationHop(definitions[index]?.identity.name ?? "", previous);
      result.push(hop);
      for (const after of pickedBy[index] ?? []) if (!seen.has(after)) queue.push({ index: after, previous: hop });
    }
    return result;
  });
};

// src/analyze/rbac/breadth.ts
var isAnonymous = (subject) => subject.kind === "Group" && subject.name === "system:unauthenticated" || subject.kind === "User" && subject.name === "system:anonymous";
var isEveryoneGroup = (subject) => subject.kind === "Group" && (subject.name === "system:authenticated" || subject.name === "system:serviceaccounts");
var isBroadGroup = (subject) => isEveryoneGroup(subject) || subject.kind === "Group" && subject.name.startsWith("system:serviceaccounts:");
var isDefaultServiceAccount = (subject) => subject.kind === "ServiceAccount" && subject.name === "default";
var subjectBreadth = (subject, scope) => {
  if (isAnonymous(subject)) return "critical";
  if (scope.kind === "cluster") {
    return isEveryoneGroup(subject) || isDefaultServiceAccount(subject) ? "critical" : "high";
  }
  return isBroadGroup(subject) || isDefaultServiceAccount(subject) ? "high" : "medium";
};
var lowerBreadth = (breadth) => breadth === "critical" ? "high" : breadth === "high" ? "medium" : "low";

// src/analyze/rbac/build-access-graph.ts
var subjectKinds = /* @__PURE__ */ new Set(["User", "Group", "ServiceAccount"]);
var buildAccessGraph = (workspace, options = {}) => {
  const roleSet = buildRoleSet(workspace);
  const problems = [...roleSet.problems];
  const external = new Set(options.externalRoles ?? []);
  const ephemeralByRole = /* @__PURE__ */ new Map();
  const escalationsByRole = /* @__PURE__ */ new Map();
  const roleGrants = [];
  const lookalikes = [];
  const judged = /* @__PURE__ */ new Map();
  const judge = (rule) => {
    let verdict = judged.get(rule);
    if (!verdict) judged.set(rule, verdict = { grant: explainEphemeralGrant(rule), primitives: escalationPrimitives(rule) });
    return verdict;
  };
  for (const role of roleSet.roles) {
    const rules = [];
    const cluster = [];
    for (const rule of role.rules) {
      const { grant, primitives } = judge(rule.rule);
      if (grant) rules.push({ role, rule, grant, resourceAt: rule.at && childRef(rule.at, "resources", grant.resourceIndex) });
      for (const primitive of primitives) {
        cluster.push({ rule, primitive, resourceAt: rule.at && childRef(rule.at, "resources", primitive.resourceIndex) });
      }
    }
    pushAll(roleGrants, rules);
    if (rules.length > 0) ephemeralByRole.set(role, summarize(rules));
    if (cluster.length > 0) escalationsByRole.set(role, { cluster, namespace: cluster.filter((held) => !held.primitive.clusterScoped) });
    for (const rule of role.writtenRules) {
      if (!rule.at) continue;
      for (const lookalike of ephemeralLookalikes(rule.rule)) {
        lookalikes.push({ role, rule, lookalike, at: childRef(rule.at, lookalike.field, lookalike.index) });
      }
    }
  }
  const bindings = [];
  const grants = [];
  const escalations = [];
  const unresolvedBindings = [];
  const bindingObjects = [
    ...workspace.byKind("ClusterRoleBinding").map((object) => ({ object, kind: "ClusterRoleBinding" })),
    ...workspace.byKind("RoleBinding").map((object) => ({ object, kind: "RoleBinding" }))
  ];
  for (const { object, kind } of bindingObjects) {
    const binding = readBinding(object, kind, problems);
    if (!binding) continue;
    bindings.push(binding);
    const resolved = resolveRoleRef(binding, roleSet, problems);
    if (resolved === void 0) continue;
    if (resolved.roles.length === 0) {
      unresolvedBindings.push({ binding, reason: isExternal(binding, external) ? "external" : "missing" });
      continue;
    }
    const scope = binding.scope;
    for (const role of resolved.roles) {
      const ephemeral = ephemeralByRole.get(role);
      const held = escalationsByRole.get(role);
      const primitives = held && (scope.kind === "cluster" ? held.cluster : held.namespace);
      for (const subject of binding.subjects) {
        const baseBreadth = subject.breadth;
        const chain = { binding, subject, scope, role, roleMatchAssumed: resolved.assumed, baseBreadth };
        if (ephemeral) {
          const breadth = ephemeral.resourceNames ? lowerBreadth(baseBreadth) : baseBreadth;
          grants.push({ ...chain, breadth, rules: ephemeral.rules, verbs: ephemeral.verbs, resourceNames: ephemeral.resourceNames });
        }
        if (primitives && primitives.length > 0) {
          const limited = primitives.every((primitive) => primitive.primitive.resourceNames !== void 0);
          escalations.push({ ...chain, breadth: limited ? lowerBreadth(baseBreadth) : baseBreadth, primitives });
        }
      }
    }
  }
  return { roles: roleSet.roles, bindings, roleGrants, grants, escalations, lookalikes, unresolvedBindings, problems };
};
var summarize = (rules) => {
  const verbs = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set();
  let everyPod = false;
  for (const { grant } of rules) {
    for (const { verb } of grant.verbs) verbs.add(verb);
    if (grant.resourceNames) for (const name of grant.resourceNames) names.add(name);
    else everyPod = true;
  }
  return { rules, verbs: EPHEMERAL_VERBS.filter((verb) => verbs.has(verb)), resourceNames: everyPod ? void 0 : [...names] };
};
var isExternal = (binding, external) => {
  const { kind, name } = binding.roleRef;
  const namespace = binding.scope.kind === "namespace" ? binding.scope.namespace : void 0;
  return external.has(name) || external.has(`${kind}/${name}`) || kind === "Role" && namespace !== void 0 && external.has(`Role/${namespace}/${name}`);
};
var readBinding = (object, kind, problems) => {
  const at2 = object.ref.at;
  const roleRefAt = childRef(at2, "roleRef");
  const roleRef = object.body.roleRef;
  if (!isRecord(roleRef) || typeof roleRef.kind !== "string" || typeof roleRef.name !== "string") {
    problems.push({ at: roleRefAt, message: `${kind} ${object.name} has no valid roleRef (kind and name); it grants nothing.` });
    return void 0;
  }
  const scope = kind === "ClusterRoleBinding" ? { kind: "cluster" } : object.namespace === void 0 ? { kind: "namespace", namespace: void 0, assumedNamespace: true } : { kind: "namespace", namespace: object.namespace, assumedNamespace: false };
  return { kind, object: object.ref, scope, roleRef: { kind: roleRef.kind, name: roleRef.name }, roleRefAt, subjects: readSubjects(object, kind, scope, problems) };
};
var readSubjects = (object, kind, scope, problems) => {
  const list2 = object.body.subjects;
  const at2 = object.ref.at;
  if (list2 === void 0 || list2 === null) return [];
  if (!Array.isArray(list2)) {
    problems.push({ at: childRef(at2, "subjects"), message: "`subjects` is not a list; the binding grants nothing." });
    return [];
  }
  const subjects = [];
  list2.forEach((value, index) => {
    const subjectAt = childRef(at2, "subjects", index);
    if (!isRecord(value) || typeof value.kind !== "string" || typeof value.name !== "string") {
      problems.push({ at: subjectAt, message: "A subject without a string kind and name matches no one." });
      return;
    }
    if (!subjectKinds.has(value.kind)) {
      problems.push({ at: childRef(subjectAt, "kind"), message: `Subject kind ${value.kind} is not User, Group or ServiceAccount; it matches no one.` });
      return;
    }
    const subjectKind = value.kind;
    if (subjectKind !== "ServiceAccount") {
      subjects.push({
        kind: subjectKind,
        name: value.name,
        namespace: void 0,
        namespaceDefaulted: false,
        assumedNamespace: false,
        index,
        at: subjectAt,
        label: `${subjectKind} ${value.name}`,
        breadth: subjectBreadth({ kind: subjectKind, name: value.name }, scope)
      });
      return;
    }
    const own = typeof value.namespace === "string" && value.namespace !== "" ? value.namespace : void 0;
    if (own === void 0 && kind === "ClusterRoleBinding") {
      problems.push({
        at: subjectAt,
        message: `ServiceAccount subject ${value.name} has no namespace; the apiserver rejects it in a ClusterRoleBinding.`
      });
      return;
    }
    const namespace = own ?? (scope.kind === "namespace" ? scope.namespace : void 0);
    subjects.push({
      kind: "ServiceAccount",
      name: value.name,
      namespace,
      namespaceDefaulted: own === void 0,
      assumedNamespace: namespace === void 0,
      index,
      at: subjectAt,
      label: `ServiceAccount ${namespace ?? "<applied namespace>"}/${value.name}`,
      breadth: subjectBreadth({ kind: "ServiceAccount", name: value.name }, scope)
    });
  });
  return subjects;
};
var resolveRoleRef = (binding, roleSet, problems) => {
  const { kind, name } = binding.roleRef;
  if (kind === "ClusterRole") return { roles: roleSet.clusterRoles(name), assumed: false };
  if (kind !== "Role" || binding.scope.kind === "cluster") {
    problems.push({
      at: childRef(binding.roleRefAt, "kind"),
      message: `A ${binding.kind} cannot reference a ${kind}; the apiserver rejects it and it grants nothing.`
    });
    return void 0;
  }
  const exact = roleSet.namespacedRoles(binding.scope.namespace, name);
  if (exact.length > 0) return { roles: exact, assumed: binding.scope.assumedNamespace };
  const elsewhere = binding.scope.namespace === void 0 ? roleSet.rolesNamed(name) : roleSet.namespacedRoles(void 0, name);
  return { roles: elsewhere, assumed: true };
};

// src/analyze/pod-security-admission.ts
var coverageOfNamespace = (namespace, configs = []) => {
  const applied = enforceLevelOf(namespace.name, namespace, configs);
  if (applied.source === "built-in" || !applied.at) return void 0;
  const covered = applied.source !== "exempt" && deniesPrivilegedContainers(applied.level);
  const evidence = { at: applied.at, note: applied.source === "exempt" ? "exempt from Pod Security" : `enforce: ${applied.level}` };
  const from = applied.source === "config-default" ? " (the PodSecurityConfiguration default; the namespace has no enforce label)" : "";
  return {
    engine: "pod-security",
    policy: namespace.ref,
    reads: covered ? { containers: evidence, initContainers: evidence, ephemeralContainers: evidence } : {},
    checks: [],
    receivesSubresource: "yes",
    handlesUpdate: "yes",
    enforces: applied.source === "exempt" ? "no" : "yes",
    verdict: covered ? "covered" : "not-covered",
    reasons: applied.source === "exempt" ? [{ ruleId: "EG109", text: "a PodSecurityConfiguration exempts this namespace: Pod Security checks nothing here", at: applied.at }] : covered ? [{ text: `Pod Security enforces ${applied.level} in this namespace${from}, ephemeral containers included`, at: applied.at }] : [{ ruleId: "EG108", text: `Pod Security enforce level is privileged${from}: nothing is denied`, at: applied.at }]
  };
};
var analyzePodSecurityAdmission = (workspace) => {
  const configs = podSecurityConfigs(workspace);
  const coverage = workspace.byKind("Namespace").flatMap((namespace) => coverageOfNamespace(namespace, configs) ?? []);
  return { coverage, exemptions: configs.flatMap(exemptionsOfConfig) };
};
var exemptionsOfConfig = (config) => {
  const of = (what, entries, note) => entries.map((entry) => ({
    engine: "pod-security",
    exemption: config.object.ref,
    at: entry.at,
    policies: [{ name: `PodSecurity ${what}` }],
    coversSubresource: "yes",
    note: note(entry.name)
  }));
  return [
    ...of("namespaces", config.exemptions.namespaces, (n) => `namespace ${n} is exempt from Pod Security: any ephemeral container is admitted there`),
    ...of("usernames", config.exemptions.usernames, (n) => `requests by ${n} skip Pod Security, including adding ephemeral containers`),
    ...of("runtimeClasses", config.exemptions.runtimeClasses, (n) => `Pods with runtimeClassName ${n} skip Pod Security, including ephemeral containers added to them`)
  ];
};

// src/analyze/kyverno/pattern-checks.ts
var emptyLogicFacts = () => ({
  reads: [],
  containerBranches: [],
  fixes: [],
  checks: [],
  requiresForbiddenOnEphemeral: [],
  blocksEphemeralContainers: [],
  unknowns: []
});
var parseAnchor = (key) => {
  const trimmed = key.trim();
  const m = /^([+<=X^])?\((.+)\)$/s.exec(trimmed);
  if (!m) return null;
  return { kind: m[1] ?? "", key: m[2] };
};
var POD_SPEC_PATHS = POD_SPEC_LOCATIONS.map((location) => location.path.join("."));
var MAX_DEPTH2 = 64;
var keyRef = (ref, key) => ({ ...childRef(ref, key), key: true });
var matchesAnything = (value) => value === "*";
var patternChecks = (pattern, ref, facts = emptyLogicFacts()) => {
  walkResource(pattern, ref, [], false, 0, facts);
  return facts;
};
var containerPatternChecks = (pattern, ref, lists, baseField, facts = emptyLogicFacts()) => {
  walkContainer(pattern, ref, lists, baseField, true, false, 0, facts);
  return facts;
};
var walkResource = (value, ref, path, conditional, depth, facts) => {
  if (depth > MAX_DEPTH2) {
    facts.unknowns.push({ at: ref, note: "pattern nested too deeply to follow" });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkResource(item, childRef(ref, i), path, conditional, depth + 1, facts));
    return;
  }
  if (!isRecord(value)) return;
  const atPodSpec = POD_SPEC_PATHS.includes(path.join("."));
  if (atPodSpec) {
    const keys = Object.keys(value).map((rawKey) => ({ rawKey, key: parseAnchor(rawKey)?.key ?? rawKey }));
    const branch = keys.find((k) => k.key === "containers") ?? keys.find((k) => k.key === "initContainers");
    if (branch && !keys.some((k) => k.key === "ephemeralContainers")) {
      facts.containerBranches.push({ key: keyRef(ref, branch.rawKey), value: childRef(ref, branch.rawKey) });
    }
  }
  for (const [rawKey, child] of Object.entries(value)) {
    const anchor = parseAnchor(rawKey);
    const key = anchor?.key ?? rawKey;
    const childConditional = conditional || anchor?.kind === "" || anchor?.kind === "<";
    const at2 = childRef(ref, rawKey);
    if (atPodSpec && isContainerList(key)) {
      const list2 = key;
      facts.reads.push({ list: list2, at: keyRef(ref, rawKey), note: `pattern checks spec.${list2}` });
      if (anchor?.kind === "X" && list2 === "ephemeralContainers" && !childConditional) {
        facts.blocksEphemeralContainers.push({ at: keyRef(ref, rawKey), note: "pattern forbids ephemeral containers altogether", scope: "all" });
        continue;
      }
      if (Array.isArray(child)) {
        const forbidden = facts.requiresForbiddenOnEphemeral.length;
        child.forEach(
          (element, i) => walkContainer(element, childRef(at2, i), [list2], [], true, childConditional, depth + 1, facts)
        );
        if (list2 === "ephemeralContainers" && facts.requiresForbiddenOnEphemeral.length > forbidden) {
          facts.fixes.push({ kind: "remove-entry", ruleId: "EG105", key: keyRef(ref, rawKey), value: at2 });
        }
      }
      continue;
    }
    if (atPodSpec) {
      podLevelChecks(child, at2, [...path, key], childConditional, depth + 1, facts);
      continue;
    }
    walkResource(child, at2, [...path, key], childConditional, depth + 1, facts);
  }
};
var podLevelChecks = (value, ref, path, conditional, depth, facts) => {
  if (depth > MAX_DEPTH2) return;
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [rawKey, child] of Object.entries(value)) {
      const anchor = parseAnchor(rawKey);
      const childConditional = conditional || anchor?.kind === "" || anchor?.kind === "<";
      podLevelChecks(child, childRef(ref, rawKey), [...path, anchor?.key ?? rawKey], childConditional, depth + 1, facts);
    }
    return;
  }
  if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach((item, i) => podLevelChecks(item, childRef(ref, i), path, conditional, depth + 1, facts));
    return;
  }
  if (conditional || matchesAnything(value)) return;
  const field2 = path.join(".");
  if (!facts.checks.some((c) => c.field === field2 && c.lists.length === 0)) {
    facts.checks.push({ field: field2, category: "pod-level", at: ref, lists: [] });
  }
};
var walkContainer = (value, ref, lists, field2, required, conditional, depth, facts) => {
  if (depth > MAX_DEPTH2) {
    facts.unknowns.push({ at: ref, note: "pattern nested too deeply to follow" });
    return;
  }
  if (isRecord(value) && (field2.length === 0 || Object.keys(value).length > 0)) {
    for (const [rawKey, child] of Object.entries(value)) {
      const anchor = parseAnchor(rawKey);
      const kind = anchor?.kind;
      walkContainer(
        child,
        childRef(ref, rawKey),
        lists,
        [...field2, anchor?.key ?? rawKey],
        required && (kind === void 0 || kind === "^"),
        conditional || kind === "" || kind === "<",
        depth + 1,
        facts
      );
    }
    return;
  }
  if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach(
      (item, i) => walkContainer(item, childRef(ref, i), lists, field2, required, conditional, depth + 1, facts)
    );
    return;
  }
  if (conditional || field2.length === 0 || matchesAnything(value)) return;
  const name = field2.join(".");
  const category = containerFieldCategory(name);
  facts.checks.push({ field: name, category, at: ref, lists });
  if (required && category === "forbidden" && lists.includes("ephemeralContainers")) {
    facts.requiresForbiddenOnEphemeral.push({
      at: ref,
      note: `requires ${name} on ephemeral containers, where the API forbids it`
    });
  }
};

// src/analyze/kyverno/cel-coverage.ts
var kyvernoCelCoverage = (rule, ruleRef, options = {}) => {
  const sources = new CelSources();
  const updateDrops = [];
  const updateUnknowns = [];
  const preconditions = sources.collect(rule["celPreconditions"], childRef(ruleRef, "celPreconditions"));
  if (preconditions.length > 0) {
    const result = celConditionsDropUpdate(sources, preconditions);
    if (result.updateDropped) updateDrops.push(result.updateDropped);
    pushAll(updateUnknowns, result.unknowns);
  }
  const validate = rule["validate"];
  const cel = isRecord(validate) ? validate["cel"] : void 0;
  if (!isRecord(cel)) return { updateDrops, updateUnknowns };
  const celRef = childRef(ruleRef, "validate", "cel");
  const validations = sources.collect(cel["expressions"], childRef(celRef, "expressions"));
  const parts = celCoverageParts(sources, {
    variables: sources.variables(cel["variables"], childRef(celRef, "variables")),
    validations,
    matchConditions: []
  }, { subresourceOnly: options.subresourceOnly === true });
  const facts = emptyLogicFacts();
  pushAll(facts.reads, parts.reads);
  pushAll(facts.checks, parts.checks);
  pushAll(facts.unknowns, parts.unknowns);
  if (parts.control) facts.blocksEphemeralContainers.push(parts.control);
  pushAll(facts.fixes, parts.fixes.filter((anchor) => anchor.ruleId === "EG101"));
  if (validations.length === 0) facts.unknowns.push({ at: celRef, note: "validate.cel has no expressions" });
  if (parts.updateDropped) updateDrops.push(parts.updateDropped);
  return { validation: facts, updateDrops, updateUnknowns };
};

// src/analyze/kyverno/kind-selector.ts
var VERSION = /^(v\d+((alpha|beta)\d+)?|\*)$/;
var parseKindSelector = (input) => {
  const slashParts = input.split("/");
  const last = slashParts.pop() ?? "";
  const parts = [...slashParts, ...last.split(".")];
  const [a = "", b = "", c = "", d = ""] = parts;
  switch (parts.length) {
    case 1:
      return { group: "*", version: "*", kind: a, subresource: "" };
    case 2:
      if (a === "*" && b === "*") return { group: "*", version: "*", kind: "*", subresource: "*" };
      if (a === "*" && b.toLowerCase() === b) return { group: "*", version: "*", kind: a, subresource: b };
      if (VERSION.test(a)) return { group: "*", version: a, kind: b, subresource: "" };
      return { group: "*", version: "*", kind: a, subresource: b };
    case 3:
      if (VERSION.test(a)) return { group: "*", version: a, kind: b, subresource: c };
      return { group: a, version: b, kind: c, subresource: "" };
    case 4:
      return { group: a, version: b, kind: c, subresource: d };
    default:
      return null;
  }
};
var wildcardMatch = (pattern, text) => {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
};
var POD_REQUEST = { group: "", version: "v1", kind: "Pod", subresource: "" };
var EPHEMERAL_REQUEST = { group: "", version: "v1", kind: "Pod", subresource: "ephemeralcontainers" };
var selectorMatches = (selector, request, podSelectorsSeeSubresource) => {
  if (!wildcardMatch(selector.group, request.group)) return false;
  if (!wildcardMatch(selector.version, request.version)) return false;
  if (!wildcardMatch(selector.kind, request.kind)) return false;
  if (wildcardMatch(selector.subresource, request.subresource)) return true;
  return podSelectorsSeeSubresource && request.group === "" && request.version === "v1" && request.kind === "Pod" && request.subresource === "ephemeralcontainers";
};
var selectsPodController = (selector) => selector.subresource === "" && POD_CONTROLLER_KINDS.has(selector.kind);

// node_modules/@jmespath-community/jmespath/dist/index.mjs
var isObject = (obj) => {
  return obj !== null && Object.prototype.toString.call(obj) === "[object Object]";
};
var strictDeepEqual = (first, second) => {
  if (first === second) {
    return true;
  }
  if (typeof first !== typeof second) {
    return false;
  }
  if (Array.isArray(first) && Array.isArray(second)) {
    if (first.length !== second.length) {
      return false;
    }
    for (let i = 0; i < first.length; i += 1) {
      if (!strictDeepEqual(first[i], second[i])) {
        return false;
      }
    }
    return true;
  }
  if (isObject(first) && isObject(second)) {
    const firstEntries = Object.entries(first);
    const secondKeys = new Set(Object.keys(second));
    if (firstEntries.length !== secondKeys.size) {
      return false;
    }
    for (const [key, value] of firstEntries) {
      if (!strictDeepEqual(value, second[key])) {
        return false;
      }
      secondKeys.delete(key);
    }
    return secondKeys.size === 0;
  }
  return false;
};
var isFalse = (obj) => {
  if (obj === null || obj === void 0 || obj === false) {
    return true;
  }
  if (typeof obj === "string") {
    return obj === "";
  }
  if (typeof obj === "object") {
    if (Array.isArray(obj)) {
      return obj.length === 0;
    }
    if (obj === null) {
      return true;
    }
    return Object.keys(obj).length === 0;
  }
  return false;
};
var isAlpha = (ch) => {
  return ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch === "_";
};
var isNum = (ch) => {
  return ch >= "0" && ch <= "9" || ch === "-";
};
var isAlphaNum = (ch) => {
  return ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch >= "0" && ch <= "9" || ch === "_";
};
var ensureInteger = (value) => {
  if (!(typeof value === "number") || Math.floor(value) !== value) {
    throw new Error("invalid-value: expecting an integer.");
  }
  return value;
};
var ensurePositiveInteger = (value) => {
  if (!(typeof value === "number") || value < 0 || Math.floor(value) !== value) {
    throw new Error("invalid-value: expecting a non-negative integer.");
  }
  return value;
};
var ensureNumbers = (...operands) => {
  for (let i = 0; i < operands.length; i++) {
    if (operands[i] === null || operands[i] === void 0) {
      throw new Error("not-a-number: undefined");
    }
    if (typeof operands[i] !== "number") {
      throw new Error("not-a-number");
    }
  }
};
var notZero = (n) => {
  n = +n;
  if (!n) {
    throw new Error("not-a-number: divide by zero");
  }
  return n;
};
var add = (left, right) => {
  ensureNumbers(left, right);
  const result = left + right;
  return result;
};
var sub = (left, right) => {
  ensureNumbers(left, right);
  const result = left - right;
  return result;
};
var mul = (left, right) => {
  ensureNumbers(left, right);
  const result = left * right;
  return result;
};
var divide = (left, right) => {
  ensureNumbers(left, right);
  const result = left / notZero(right);
  return result;
};
var div = (left, right) => {
  ensureNumbers(left, right);
  const result = Math.floor(left / notZero(right));
  return result;
};
var mod = (left, right) => {
  ensureNumbers(left, right);
  const result = left % right;
  return result;
};
var findFirst = (subject, sub2, start, end) => {
  if (!subject || !sub2) {
    return null;
  }
  start = Math.max(ensureInteger(start = start || 0), 0);
  end = Math.min(ensureInteger(end = end || subject.length), subject.length);
  const offset = subject.slice(start, end).indexOf(sub2);
  return offset === -1 ? null : offset + start;
};
var findLast = (subject, sub2, start, end) => {
  if (!subject || !sub2) {
    return null;
  }
  start = Math.max(ensureInteger(start = start || 0), 0);
  end = Math.min(ensureInteger(end = end || subject.length), subject.length);
  const offset = subject.slice(start, end).lastIndexOf(sub2);
  const result = offset === -1 ? null : offset + start;
  return result;
};
var lower = (subject) => subject.toLowerCase();
var ensurePadFuncParams = (name, width, padding) => {
  padding = padding || " ";
  if (padding.length > 1) {
    throw new Error(`invalid value, ${name} expects its 'pad' parameter to be a valid string with a single codepoint`);
  }
  ensurePositiveInteger(width);
  return padding;
};
var padLeft = (subject, width, padding) => {
  padding = ensurePadFuncParams("pad_left", width, padding);
  return subject && subject.padStart(width, padding) || "";
};
var padRight = (subject, width, padding) => {
  padding = ensurePadFuncParams("pad_right", width, padding);
  return subject && subject.padEnd(width, padding) || "";
};
var replace = (subject, string, by, count) => {
  if (count === 0) {
    return subject;
  }
  if (!count) {
    return subject.split(string).join(by);
  }
  ensurePositiveInteger(count);
  [...Array(count).keys()].map(() => subject = subject.replace(string, by));
  return subject;
};
var split = (subject, search2, count) => {
  if (subject.length == 0 && search2.length === 0) {
    return [];
  }
  if (count === null || count === void 0) {
    return subject.split(search2);
  }
  ensurePositiveInteger(count);
  if (count === 0) {
    return [subject];
  }
  const split2 = subject.split(search2);
  return [...split2.slice(0, count), split2.slice(count).join(search2)];
};
var trim = (subject, chars) => {
  return trimLeft(trimRight(subject, chars), chars);
};
var trimLeft = (subject, chars) => {
  return trimImpl(subject, (list2) => new RegExp(`^[${list2}]*(.*?)`), chars);
};
var trimRight = (subject, chars) => {
  return trimImpl(subject, (list2) => new RegExp(`(.*?)[${list2}]*$`), chars);
};
var trimImpl = (subject, regExper, chars) => {
  const pattern = chars ? chars.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&") : "\\s";
  return subject.replace(regExper(pattern), "$1");
};
var upper = (subject) => subject.toUpperCase();
var basicTokens = {
  "(": "Lparen",
  ")": "Rparen",
  "*": "Star",
  ",": "Comma",
  ".": "Dot",
  ":": "Colon",
  "@": "Current",
  "]": "Rbracket",
  "{": "Lbrace",
  "}": "Rbrace",
  "+": "Plus",
  "%": "Modulo",
  "?": "Question",
  "−": "Minus",
  "×": "Multiply",
  "÷": "Divide"
  /* TOK_DIVIDE */
};
var operatorStartToken = {
  "!": true,
  "<": true,
  "=": true,
  ">": true,
  "&": true,
  "|": true,
  "/": true
};
var skipChars = {
  "	": true,
  "\n": true,
  "\r": true,
  " ": true
};
var StreamLexer = class {
  _current = 0;
  _enable_legacy_literals = false;
  tokenize(stream, options) {
    const tokens = [];
    this._current = 0;
    this._enable_legacy_literals = options?.enable_legacy_literals || false;
    let start;
    let identifier;
    let token;
    while (this._current < stream.length) {
      if (isAlpha(stream[this._current])) {
        start = this._current;
        identifier = this.consumeUnquotedIdentifier(stream);
        tokens.push({
          start,
          type: "UnquotedIdentifier",
          value: identifier
        });
      } else if (basicTokens[stream[this._current]] !== void 0) {
        tokens.push({
          start: this._current,
          type: basicTokens[stream[this._current]],
          value: stream[this._current]
        });
        this._current += 1;
      } else if (stream[this._current] === "$") {
        start = this._current;
        if (this._current + 1 < stream.length && isAlpha(stream[this._current + 1])) {
          this._current += 1;
          identifier = this.consumeUnquotedIdentifier(stream);
          tokens.push({
            start,
            type: "Variable",
            value: identifier
          });
        } else {
          tokens.push({
            start,
            type: "Root",
            value: stream[this._current]
          });
          this._current += 1;
        }
      } else if (stream[this._current] === "-") {
        if (this._current + 1 < stream.length && isNum(stream[this._current + 1])) {
          const token2 = this.consumeNumber(stream);
          token2 && tokens.push(token2);
        } else {
          const token2 = {
            start: this._current,
            type: "Minus",
            value: "-"
          };
          tokens.push(token2);
          this._current += 1;
        }
      } else if (isNum(stream[this._current])) {
        token = this.consumeNumber(stream);
        tokens.push(token);
      } else if (stream[this._current] === "[") {
        token = this.consumeLBracket(stream);
        tokens.push(token);
      } else if (stream[this._current] === '"') {
        start = this._current;
        identifier = this.consumeQuotedIdentifier(stream);
        tokens.push({
          start,
          type: "QuotedIdentifier",
          value: identifier
        });
      } else if (stream[this._current] === `'`) {
        start = this._current;
        identifier = this.consumeRawStringLiteral(stream);
        tokens.push({
          start,
          type: "Literal",
          value: identifier
        });
      } else if (stream[this._current] === "`") {
        start = this._current;
        const literal = this.consumeLiteral(stream);
        tokens.push({
          start,
          type: "Literal",
          value: literal
        });
      } else if (operatorStartToken[stream[this._current]] !== void 0) {
        token = this.consumeOperator(stream);
        token && tokens.push(token);
      } else if (skipChars[stream[this._current]] !== void 0) {
        this._current += 1;
      } else {
        const error = new Error(`Syntax error: unknown character: ${stream[this._current]}`);
        error.name = "LexerError";
        throw error;
      }
    }
    return tokens;
  }
  consumeUnquotedIdentifier(stream) {
    const start = this._current;
    this._current += 1;
    while (this._current < stream.length && isAlphaNum(stream[this._current])) {
      this._current += 1;
    }
    return stream.slice(start, this._current);
  }
  consumeQuotedIdentifier(stream) {
    const start = this._current;
    this._current += 1;
    const maxLength = stream.length;
    while (stream[this._current] !== '"' && this._current < maxLength) {
      let current = this._current;
      if (stream[current] === "\\" && (stream[current + 1] === "\\" || stream[current + 1] === '"')) {
        current += 2;
      } else {
        current += 1;
      }
      this._current = current;
    }
    this._current += 1;
    const [value, ok] = this.parseJSON(stream.slice(start, this._current));
    if (!ok) {
      const error = new Error(`syntax: unexpected end of JSON input`);
      error.name = "LexerError";
      throw error;
    }
    return value;
  }
  consumeRawStringLiteral(stream) {
    const start = this._current;
    this._current += 1;
    const maxLength = stream.length;
    while (stream[this._current] !== `'` && this._current < maxLength) {
      let current = this._current;
      if (stream[current] === "\\" && (stream[current + 1] === "\\" || stream[current + 1] === `'`)) {
        current += 2;
      } else {
        current += 1;
      }
      this._current = current;
    }
    this._current += 1;
    const literal = stream.slice(start + 1, this._current - 1);
    return replace(replace(literal, `\\\\`, `\\`), `\\'`, `'`);
  }
  consumeNumber(stream) {
    const start = this._current;
    this._current += 1;
    const maxLength = stream.length;
    while (isNum(stream[this._current]) && this._current < maxLength) {
      this._current += 1;
    }
    const value = parseInt(stream.slice(start, this._current), 10);
    return {
      start,
      value,
      type: "Number"
      /* TOK_NUMBER */
    };
  }
  consumeLBracket(stream) {
    const start = this._current;
    this._current += 1;
    if (stream[this._current] === "?") {
      this._current += 1;
      return { start, type: "Filter", value: "[?" };
    }
    if (stream[this._current] === "]") {
      this._current += 1;
      return { start, type: "Flatten", value: "[]" };
    }
    return { start, type: "Lbracket", value: "[" };
  }
  consumeOrElse(stream, peek, token, orElse) {
    const start = this._current;
    this._current += 1;
    if (this._current < stream.length && stream[this._current] === peek) {
      this._current += 1;
      return {
        start,
        type: orElse,
        value: stream.slice(start, this._current)
      };
    }
    return { start, type: token, value: stream[start] };
  }
  consumeOperator(stream) {
    const start = this._current;
    const startingChar = stream[start];
    switch (startingChar) {
      case "!":
        return this.consumeOrElse(
          stream,
          "=",
          "Not",
          "NE"
          /* TOK_NE */
        );
      case "<":
        return this.consumeOrElse(
          stream,
          "=",
          "LT",
          "LTE"
          /* TOK_LTE */
        );
      case ">":
        return this.consumeOrElse(
          stream,
          "=",
          "GT",
          "GTE"
          /* TOK_GTE */
        );
      case "=":
        return this.consumeOrElse(
          stream,
          "=",
          "Assign",
          "EQ"
          /* TOK_EQ */
        );
      case "&":
        return this.consumeOrElse(
          stream,
          "&",
          "Expref",
          "And"
          /* TOK_AND */
        );
      case "|":
        return this.consumeOrElse(
          stream,
          "|",
          "Pipe",
          "Or"
          /* TOK_OR */
        );
      case "/":
        return this.consumeOrElse(
          stream,
          "/",
          "Divide",
          "Div"
          /* TOK_DIV */
        );
    }
  }
  consumeLiteral(stream) {
    this._current += 1;
    const start = this._current;
    const maxLength = stream.length;
    while (stream[this._current] !== "`" && this._current < maxLength) {
      let current = this._current;
      if (stream[current] === "\\" && (stream[current + 1] === "\\" || stream[current + 1] === "`")) {
        current += 2;
      } else {
        current += 1;
      }
      this._current = current;
    }
    let literalString = stream.slice(start, this._current).trimStart();
    literalString = literalString.replace("\\`", "`");
    let literal = null;
    let ok = false;
    if (this.looksLikeJSON(literalString)) {
      [literal, ok] = this.parseJSON(literalString);
    }
    if (!ok && this._enable_legacy_literals) {
      [literal, ok] = this.parseJSON(`"${literalString}"`);
    }
    if (!ok) {
      const error = new Error(
        `Syntax error: unexpected end of JSON input or invalid format for a JSON literal: ${stream[this._current]}`
      );
      error.name = "LexerError";
      throw error;
    }
    this._current += 1;
    return literal;
  }
  looksLikeJSON(literalString) {
    const startingChars = '[{"';
    const jsonLiterals = ["true", "false", "null"];
    const numberLooking = "-0123456789";
    if (literalString === "") {
      return false;
    }
    if (startingChars.includes(literalString[0])) {
      return true;
    }
    if (jsonLiterals.includes(literalString)) {
      return true;
    }
    if (numberLooking.includes(literalString[0])) {
      const [_, ok] = this.parseJSON(literalString);
      return ok;
    }
    return false;
  }
  parseJSON(text) {
    try {
      const json = JSON.parse(text);
      return [json, true];
    } catch {
      return [null, false];
    }
  }
};
var Lexer = new StreamLexer();
var Lexer_default = Lexer;
var bindingPower = {
  [
    "EOF"
    /* TOK_EOF */
  ]: 0,
  [
    "Variable"
    /* TOK_VARIABLE */
  ]: 0,
  [
    "UnquotedIdentifier"
    /* TOK_UNQUOTEDIDENTIFIER */
  ]: 0,
  [
    "QuotedIdentifier"
    /* TOK_QUOTEDIDENTIFIER */
  ]: 0,
  [
    "Rbracket"
    /* TOK_RBRACKET */
  ]: 0,
  [
    "Rparen"
    /* TOK_RPAREN */
  ]: 0,
  [
    "Comma"
    /* TOK_COMMA */
  ]: 0,
  [
    "Rbrace"
    /* TOK_RBRACE */
  ]: 0,
  [
    "Number"
    /* TOK_NUMBER */
  ]: 0,
  [
    "Current"
    /* TOK_CURRENT */
  ]: 0,
  [
    "Expref"
    /* TOK_EXPREF */
  ]: 0,
  [
    "Root"
    /* TOK_ROOT */
  ]: 0,
  [
    "Assign"
    /* TOK_ASSIGN */
  ]: 1,
  [
    "Pipe"
    /* TOK_PIPE */
  ]: 1,
  [
    "Question"
    /* TOK_QUESTION */
  ]: 2,
  [
    "Or"
    /* TOK_OR */
  ]: 3,
  [
    "And"
    /* TOK_AND */
  ]: 4,
  [
    "EQ"
    /* TOK_EQ */
  ]: 5,
  [
    "GT"
    /* TOK_GT */
  ]: 5,
  [
    "LT"
    /* TOK_LT */
  ]: 5,
  [
    "GTE"
    /* TOK_GTE */
  ]: 5,
  [
    "LTE"
    /* TOK_LTE */
  ]: 5,
  [
    "NE"
    /* TOK_NE */
  ]: 5,
  [
    "Minus"
    /* TOK_MINUS */
  ]: 6,
  [
    "Plus"
    /* TOK_PLUS */
  ]: 6,
  [
    "Div"
    /* TOK_DIV */
  ]: 7,
  [
    "Divide"
    /* TOK_DIVIDE */
  ]: 7,
  [
    "Modulo"
    /* TOK_MODULO */
  ]: 7,
  [
    "Multiply"
    /* TOK_MULTIPLY */
  ]: 7,
  [
    "Flatten"
    /* TOK_FLATTEN */
  ]: 9,
  [
    "Star"
    /* TOK_STAR */
  ]: 20,
  [
    "Filter"
    /* TOK_FILTER */
  ]: 21,
  [
    "Dot"
    /* TOK_DOT */
  ]: 40,
  [
    "Not"
    /* TOK_NOT */
  ]: 45,
  [
    "Lbrace"
    /* TOK_LBRACE */
  ]: 50,
  [
    "Lbracket"
    /* TOK_LBRACKET */
  ]: 55,
  [
    "Lparen"
    /* TOK_LPAREN */
  ]: 60
};
var TokenParser = class _TokenParser {
  index = 0;
  tokens = [];
  parse(expression, options) {
    this.loadTokens(expression, options || { enable_legacy_literals: false });
    this.index = 0;
    const ast = this.expression(0);
    if (this.lookahead(0) !== "EOF") {
      const token = this.lookaheadToken(0);
      this.errorToken(token, `Syntax error: unexpected token type: ${token.type}, value: ${token.value}`);
    }
    return ast;
  }
  loadTokens(expression, options) {
    this.tokens = Lexer_default.tokenize(expression, options);
    this.tokens.push({ type: "EOF", value: "", start: expression.length });
  }
  expression(rbp) {
    const leftToken = this.lookaheadToken(0);
    this.advance();
    let left = this.nud(leftToken);
    let currentTokenType = this.lookahead(0);
    while (rbp < bindingPower[currentTokenType]) {
      this.advance();
      left = this.led(currentTokenType, left);
      currentTokenType = this.lookahead(0);
    }
    return left;
  }
  lookahead(offset) {
    return this.tokens[this.index + offset].type;
  }
  lookaheadToken(offset) {
    return this.tokens[this.index + offset];
  }
  advance() {
    this.index += 1;
  }
  nud(token) {
    switch (token.type) {
      case "Variable":
        return { type: "Variable", name: token.value };
      case "Literal":
        return { type: "Literal", value: token.value };
      case "UnquotedIdentifier": {
        if (_TokenParser.isKeyword(token, "let") && this.lookahead(0) === "Variable") {
          return this.parseLetExpression();
        } else {
          return { type: "Field", name: token.value };
        }
      }
      case "QuotedIdentifier":
        if (this.lookahead(0) === "Lparen") {
          throw new Error("Syntax error: quoted identifier not allowed for function names.");
        } else {
          return { type: "Field", name: token.value };
        }
      case "Not": {
        const child = this.expression(bindingPower.Not);
        return { type: "NotExpression", child };
      }
      case "Minus": {
        const child = this.expression(bindingPower.Minus);
        return {
          type: "Unary",
          operator: token.type,
          operand: child
        };
      }
      case "Plus": {
        const child = this.expression(bindingPower.Plus);
        return {
          type: "Unary",
          operator: token.type,
          operand: child
        };
      }
      case "Star": {
        const left = { type: "Identity" };
        return { type: "ValueProjection", left, right: this.parseProjectionRHS(bindingPower.Star) };
      }
      case "Filter":
        return this.led(token.type, { type: "Identity" });
      case "Lbrace":
        return this.parseMultiselectHash();
      case "Flatten": {
        const left = {
          type: "Flatten",
          child: { type: "Identity" }
        };
        const right = this.parseProjectionRHS(bindingPower.Flatten);
        return { type: "Projection", left, right };
      }
      case "Lbracket": {
        if (this.lookahead(0) === "Number" || this.lookahead(0) === "Colon") {
          const right = this.parseIndexExpression();
          return this.projectIfSlice({ type: "Identity" }, right);
        }
        if (this.lookahead(0) === "Star" && this.lookahead(1) === "Rbracket") {
          this.advance();
          this.advance();
          const right = this.parseProjectionRHS(bindingPower.Star);
          return {
            left: { type: "Identity" },
            right,
            type: "Projection"
          };
        }
        return this.parseMultiselectList();
      }
      case "Current":
        return {
          type: "Current"
          /* TOK_CURRENT */
        };
      case "Root":
        return {
          type: "Root"
          /* TOK_ROOT */
        };
      case "Expref": {
        const child = this.expression(bindingPower.Expref);
        return { type: "ExpressionReference", child };
      }
      case "Lparen": {
        const expression = this.expression(0);
        this.match(
          "Rparen"
          /* TOK_RPAREN */
        );
        return expression;
      }
      default:
        this.errorToken(token);
    }
  }
  led(tokenName, left) {
    switch (tokenName) {
      case "Question": {
        const trueExpr = this.expression(0);
        this.match(
          "Colon"
          /* TOK_COLON */
        );
        const falseExpr = this.expression(0);
        return {
          type: "Ternary",
          condition: left,
          trueExpr,
          falseExpr
        };
      }
      case "Dot": {
        const rbp = bindingPower.Dot;
        if (this.lookahead(0) !== "Star") {
          const right2 = this.parseDotRHS(rbp);
          return { type: "Subexpression", left, right: right2 };
        }
        this.advance();
        const right = this.parseProjectionRHS(rbp);
        return { type: "ValueProjection", left, right };
      }
      case "Pipe": {
        const right = this.expression(bindingPower.Pipe);
        return { type: "Pipe", left, right };
      }
      case "Or": {
        const right = this.expression(bindingPower.Or);
        return { type: "OrExpression", left, right };
      }
      case "And": {
        const right = this.expression(bindingPower.And);
        return { type: "AndExpression", left, right };
      }
      case "Lparen": {
        if (left.type !== "Field") {
          throw new Error("Syntax error: expected a Field node");
        }
        const name = left.name;
        const args = this.parseCommaSeparatedExpressionsUntilToken(
          "Rparen"
          /* TOK_RPAREN */
        );
        const node = { name, type: "Function", children: args };
        return node;
      }
      case "Filter": {
        const condition = this.expression(0);
        this.match(
          "Rbracket"
          /* TOK_RBRACKET */
        );
        const right = this.lookahead(0) === "Flatten" ? { type: "Identity" } : this.parseProjectionRHS(bindingPower.Filter);
        return { type: "FilterProjection", left, right, condition };
      }
      case "Flatten": {
        const leftNode = { type: "Flatten", child: left };
        const right = this.parseProjectionRHS(bindingPower.Flatten);
        return { type: "Projection", left: leftNode, right };
      }
      case "Assign": {
        const leftNode = left;
        const right = this.expression(0);
        return {
          type: "Binding",
          variable: leftNode.name,
          reference: right
        };
      }
      case "EQ":
      case "NE":
      case "GT":
      case "GTE":
      case "LT":
      case "LTE":
        return this.parseComparator(left, tokenName);
      case "Plus":
      case "Minus":
      case "Multiply":
      case "Star":
      case "Divide":
      case "Modulo":
      case "Div":
        return this.parseArithmetic(left, tokenName);
      case "Lbracket": {
        const token = this.lookaheadToken(0);
        if (token.type === "Number" || token.type === "Colon") {
          const right2 = this.parseIndexExpression();
          return this.projectIfSlice(left, right2);
        }
        this.match(
          "Star"
          /* TOK_STAR */
        );
        this.match(
          "Rbracket"
          /* TOK_RBRACKET */
        );
        const right = this.parseProjectionRHS(bindingPower.Star);
        return { type: "Projection", left, right };
      }
      default:
        return this.errorToken(this.lookaheadToken(0));
    }
  }
  static isKeyword(token, keyword) {
    return token.type === "UnquotedIdentifier" && token.value === keyword;
  }
  match(tokenType) {
    if (this.lookahead(0) === tokenType) {
      this.advance();
      return;
    } else {
      const token = this.lookaheadToken(0);
      this.errorToken(token, `Syntax error: expected ${tokenType}, got: ${token.type}`);
    }
  }
  errorToken(token, message = "") {
    const error = new Error(message || `Syntax error: invalid token (${token.type}): "${token.value}"`);
    error.name = "ParserError";
    throw error;
  }
  parseIndexExpression() {
    if (this.lookahead(0) === "Colon" || this.lookahead(1) === "Colon") {
      return this.parseSliceExpression();
    }
    const value = Number(this.lookaheadToken(0).value);
    this.advance();
    this.match(
      "Rbracket"
      /* TOK_RBRACKET */
    );
    return { type: "Index", value };
  }
  projectIfSlice(left, right) {
    const indexExpr = {
      type: "IndexExpression",
      left,
      right
    };
    if (right.type === "Slice") {
      return {
        left: indexExpr,
        right: this.parseProjectionRHS(bindingPower.Star),
        type: "Projection"
      };
    }
    return indexExpr;
  }
  parseSliceExpression() {
    const parts = [null, null, null];
    let index = 0;
    let current = this.lookaheadToken(0);
    while (current.type != "Rbracket" && index < 3) {
      if (current.type === "Colon") {
        index++;
        if (index === 3) {
          this.errorToken(this.lookaheadToken(0), "Syntax error, too many colons in slice expression");
        }
        this.advance();
      } else if (current.type === "Number") {
        const part = this.lookaheadToken(0).value;
        parts[index] = part;
        this.advance();
      } else {
        const next = this.lookaheadToken(0);
        this.errorToken(next, `Syntax error, unexpected token: ${next.value}(${next.type})`);
      }
      current = this.lookaheadToken(0);
    }
    this.match(
      "Rbracket"
      /* TOK_RBRACKET */
    );
    const [start, stop, step] = parts;
    return { type: "Slice", start, stop, step };
  }
  parseLetExpression() {
    const separated = this.parseCommaSeparatedExpressionsUntilKeyword("in");
    const expression = this.expression(0);
    const bindings = separated.map((binding) => binding);
    return {
      type: "LetExpression",
      bindings,
      expression
    };
  }
  parseCommaSeparatedExpressionsUntilKeyword(keyword) {
    return this.parseCommaSeparatedExpressionsUntil(
      () => {
        return _TokenParser.isKeyword(this.lookaheadToken(0), keyword);
      },
      () => {
        this.advance();
      }
    );
  }
  parseCommaSeparatedExpressionsUntilToken(token) {
    return this.parseCommaSeparatedExpressionsUntil(
      () => {
        return this.lookahead(0) === token;
      },
      () => {
        return this.match(token);
      }
    );
  }
  parseCommaSeparatedExpressionsUntil(isEndToken, matchEndToken) {
    const args = [];
    let expression;
    while (!isEndToken()) {
      expression = this.expression(0);
      if (this.lookahead(0) === "Comma") {
        this.match(
          "Comma"
          /* TOK_COMMA */
        );
      }
      args.push(expression);
    }
    matchEndToken();
    return args;
  }
  parseComparator(left, comparator) {
    const right = this.expression(bindingPower[comparator]);
    return { type: "Comparator", name: comparator, left, right };
  }
  parseArithmetic(left, operator) {
    const right = this.expression(bindingPower[operator]);
    return { type: "Arithmetic", operator, left, right };
  }
  parseDotRHS(rbp) {
    const lookahead = this.lookahead(0);
    const exprTokens = [
      "UnquotedIdentifier",
      "QuotedIdentifier",
      "Star"
      /* TOK_STAR */
    ];
    if (exprTokens.includes(lookahead)) {
      return this.expression(rbp);
    }
    if (lookahead === "Lbracket") {
      this.match(
        "Lbracket"
        /* TOK_LBRACKET */
      );
      return this.parseMultiselectList();
    }
    if (lookahead === "Lbrace") {
      this.match(
        "Lbrace"
        /* TOK_LBRACE */
      );
      return this.parseMultiselectHash();
    }
    const token = this.lookaheadToken(0);
    this.errorToken(token, `Syntax error, unexpected token: ${token.value}(${token.type})`);
  }
  parseProjectionRHS(rbp) {
    if (bindingPower[this.lookahead(0)] < 10) {
      return { type: "Identity" };
    }
    if (this.lookahead(0) === "Lbracket") {
      return this.expression(rbp);
    }
    if (this.lookahead(0) === "Filter") {
      return this.expression(rbp);
    }
    if (this.lookahead(0) === "Dot") {
      this.match(
        "Dot"
        /* TOK_DOT */
      );
      return this.parseDotRHS(rbp);
    }
    const token = this.lookaheadToken(0);
    this.errorToken(token, `Syntax error, unexpected token: ${token.value}(${token.type})`);
  }
  parseMultiselectList() {
    const expressions = [];
    while (this.lookahead(0) !== "Rbracket") {
      const expression = this.expression(0);
      expressions.push(expression);
      if (this.lookahead(0) === "Comma") {
        this.match(
          "Comma"
          /* TOK_COMMA */
        );
        if (this.lookahead(0) === "Rbracket") {
          throw new Error("Syntax error: unexpected token Rbracket");
        }
      }
    }
    this.match(
      "Rbracket"
      /* TOK_RBRACKET */
    );
    return { type: "MultiSelectList", children: expressions };
  }
  parseMultiselectHash() {
    const pairs = [];
    const identifierTypes = [
      "UnquotedIdentifier",
      "QuotedIdentifier"
      /* TOK_QUOTEDIDENTIFIER */
    ];
    let keyToken;
    let keyName;
    let value;
    for (; ; ) {
      keyToken = this.lookaheadToken(0);
      if (!identifierTypes.includes(keyToken.type)) {
        throw new Error(`Syntax error: expecting an identifier token, got: ${keyToken.type}`);
      }
      keyName = keyToken.value;
      this.advance();
      this.match(
        "Colon"
        /* TOK_COLON */
      );
      value = this.expression(0);
      pairs.push({ value, type: "KeyValuePair", name: keyName });
      if (this.lookahead(0) === "Comma") {
        this.match(
          "Comma"
          /* TOK_COMMA */
        );
      } else if (this.lookahead(0) === "Rbrace") {
        this.match(
          "Rbrace"
          /* TOK_RBRACE */
        );
        break;
      }
    }
    return { type: "MultiSelectHash", children: pairs };
  }
};
var Parser = new TokenParser();
var Parser_default = Parser;
var Text = class _Text {
  _text;
  constructor(text) {
    this._text = text;
  }
  get string() {
    return this._text;
  }
  get length() {
    return this.codePoints.length;
  }
  compareTo(other) {
    return _Text.compare(this, new _Text(other));
  }
  static get comparer() {
    const stringComparer = (left, right) => {
      return new _Text(left).compareTo(right);
    };
    return stringComparer;
  }
  static compare(left, right) {
    const leftCp = left.codePoints;
    const rightCp = right.codePoints;
    for (let index = 0; index < Math.min(leftCp.length, rightCp.length); index++) {
      if (leftCp[index] === rightCp[index]) {
        continue;
      }
      return leftCp[index] - rightCp[index] > 0 ? 1 : -1;
    }
    return leftCp.length - rightCp.length > 0 ? 1 : -1;
  }
  reverse() {
    return String.fromCodePoint(...this.codePoints.reverse());
  }
  get codePoints() {
    const array = [...this._text].map((s) => s.codePointAt(0));
    return array;
  }
};
var createMathFunction = (mathFn) => ([value]) => mathFn(value);
var createStringFunction = (stringFn) => ([subject]) => stringFn(subject);
var createObjectFunction = (objFn) => ([obj]) => objFn(obj);
var Runtime = class {
  _interpreter;
  _functionTable;
  _customFunctions = /* @__PURE__ */ new Set();
  TYPE_NAME_TABLE = Object.freeze({
    [
      0
      /* TYPE_NUMBER */
    ]: "number",
    [
      1
      /* TYPE_ANY */
    ]: "any",
    [
      2
      /* TYPE_STRING */
    ]: "string",
    [
      3
      /* TYPE_ARRAY */
    ]: "array",
    [
      4
      /* TYPE_OBJECT */
    ]: "object",
    [
      5
      /* TYPE_BOOLEAN */
    ]: "boolean",
    [
      6
      /* TYPE_EXPREF */
    ]: "expression",
    [
      7
      /* TYPE_NULL */
    ]: "null",
    [
      8
      /* TYPE_ARRAY_NUMBER */
    ]: "Array<number>",
    [
      10
      /* TYPE_ARRAY_OBJECT */
    ]: "Array<object>",
    [
      9
      /* TYPE_ARRAY_STRING */
    ]: "Array<string>",
    [
      11
      /* TYPE_ARRAY_ARRAY */
    ]: "Array<Array<any>>"
  });
  constructor(interpreter) {
    this._interpreter = interpreter;
    this._functionTable = this.buildFunctionTable();
  }
  buildFunctionTable() {
    return {
      // Math functions
      abs: { _func: createMathFunction(Math.abs), _signature: [{ types: [
        0
        /* TYPE_NUMBER */
      ] }] },
      ceil: { _func: createMathFunction(Math.ceil), _signature: [{ types: [
        0
        /* TYPE_NUMBER */
      ] }] },
      floor: { _func: createMathFunction(Math.floor), _signature: [{ types: [
        0
        /* TYPE_NUMBER */
      ] }] },
      // String functions
      lower: { _func: createStringFunction(lower), _signature: [{ types: [
        2
        /* TYPE_STRING */
      ] }] },
      upper: { _func: createStringFunction(upper), _signature: [{ types: [
        2
        /* TYPE_STRING */
      ] }] },
      // Object functions
      keys: { _func: createObjectFunction(Object.keys), _signature: [{ types: [
        4
        /* TYPE_OBJECT */
      ] }] },
      values: { _func: createObjectFunction(Object.values), _signature: [{ types: [
        4
        /* TYPE_OBJECT */
      ] }] },
      // Complex functions that need custom implementations
      avg: { _func: this.functionAvg, _signature: [{ types: [
        8
        /* TYPE_ARRAY_NUMBER */
      ] }] },
      contains: {
        _func: this.functionContains,
        _signature: [
          { types: [
            2,
            3
            /* TYPE_ARRAY */
          ] },
          { types: [
            1
            /* TYPE_ANY */
          ] }
        ]
      },
      ends_with: {
        _func: this.functionEndsWith,
        _signature: [{ types: [
          2
          /* TYPE_STRING */
        ] }, { types: [
          2
          /* TYPE_STRING */
        ] }]
      },
      find_first: {
        _func: this.functionFindFirst,
        _signature: [
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            0
            /* TYPE_NUMBER */
          ], optional: true },
          { types: [
            0
            /* TYPE_NUMBER */
          ], optional: true }
        ]
      },
      find_last: {
        _func: this.functionFindLast,
        _signature: [
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            0
            /* TYPE_NUMBER */
          ], optional: true },
          { types: [
            0
            /* TYPE_NUMBER */
          ], optional: true }
        ]
      },
      from_items: { _func: this.functionFromItems, _signature: [{ types: [
        11
        /* TYPE_ARRAY_ARRAY */
      ] }] },
      group_by: {
        _func: this.functionGroupBy,
        _signature: [{ types: [
          3
          /* TYPE_ARRAY */
        ] }, { types: [
          6
          /* TYPE_EXPREF */
        ] }]
      },
      items: { _func: this.functionItems, _signature: [{ types: [
        4
        /* TYPE_OBJECT */
      ] }] },
      join: {
        _func: this.functionJoin,
        _signature: [{ types: [
          2
          /* TYPE_STRING */
        ] }, { types: [
          9
          /* TYPE_ARRAY_STRING */
        ] }]
      },
      length: {
        _func: this.functionLength,
        _signature: [{ types: [
          2,
          3,
          4
          /* TYPE_OBJECT */
        ] }]
      },
      map: {
        _func: this.functionMap,
        _signature: [{ types: [
          6
          /* TYPE_EXPREF */
        ] }, { types: [
          3
          /* TYPE_ARRAY */
        ] }]
      },
      max: {
        _func: this.functionMax,
        _signature: [{ types: [
          8,
          9
          /* TYPE_ARRAY_STRING */
        ] }]
      },
      max_by: {
        _func: this.functionMaxBy,
        _signature: [{ types: [
          3
          /* TYPE_ARRAY */
        ] }, { types: [
          6
          /* TYPE_EXPREF */
        ] }]
      },
      merge: { _func: this.functionMerge, _signature: [{ types: [
        4
        /* TYPE_OBJECT */
      ], variadic: true }] },
      min: {
        _func: this.functionMin,
        _signature: [{ types: [
          8,
          9
          /* TYPE_ARRAY_STRING */
        ] }]
      },
      min_by: {
        _func: this.functionMinBy,
        _signature: [{ types: [
          3
          /* TYPE_ARRAY */
        ] }, { types: [
          6
          /* TYPE_EXPREF */
        ] }]
      },
      not_null: { _func: this.functionNotNull, _signature: [{ types: [
        1
        /* TYPE_ANY */
      ], variadic: true }] },
      pad_left: {
        _func: this.functionPadLeft,
        _signature: [
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            0
            /* TYPE_NUMBER */
          ] },
          { types: [
            2
            /* TYPE_STRING */
          ], optional: true }
        ]
      },
      pad_right: {
        _func: this.functionPadRight,
        _signature: [
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            0
            /* TYPE_NUMBER */
          ] },
          { types: [
            2
            /* TYPE_STRING */
          ], optional: true }
        ]
      },
      replace: {
        _func: this.functionReplace,
        _signature: [
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            0
            /* TYPE_NUMBER */
          ], optional: true }
        ]
      },
      reverse: {
        _func: this.functionReverse,
        _signature: [{ types: [
          2,
          3
          /* TYPE_ARRAY */
        ] }]
      },
      sort: {
        _func: this.functionSort,
        _signature: [{ types: [
          9,
          8
          /* TYPE_ARRAY_NUMBER */
        ] }]
      },
      sort_by: {
        _func: this.functionSortBy,
        _signature: [{ types: [
          3
          /* TYPE_ARRAY */
        ] }, { types: [
          6
          /* TYPE_EXPREF */
        ] }]
      },
      split: {
        _func: this.functionSplit,
        _signature: [
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            2
            /* TYPE_STRING */
          ] },
          { types: [
            0
            /* TYPE_NUMBER */
          ], optional: true }
        ]
      },
      starts_with: {
        _func: this.functionStartsWith,
        _signature: [{ types: [
          2
          /* TYPE_STRING */
        ] }, { types: [
          2
          /* TYPE_STRING */
        ] }]
      },
      sum: { _func: this.functionSum, _signature: [{ types: [
        8
        /* TYPE_ARRAY_NUMBER */
      ] }] },
      to_array: { _func: this.functionToArray, _signature: [{ types: [
        1
        /* TYPE_ANY */
      ] }] },
      to_number: { _func: this.functionToNumber, _signature: [{ types: [
        1
        /* TYPE_ANY */
      ] }] },
      to_string: { _func: this.functionToString, _signature: [{ types: [
        1
        /* TYPE_ANY */
      ] }] },
      trim: {
        _func: this.functionTrim,
        _signature: [{ types: [
          2
          /* TYPE_STRING */
        ] }, { types: [
          2
          /* TYPE_STRING */
        ], optional: true }]
      },
      trim_left: {
        _func: this.functionTrimLeft,
        _signature: [{ types: [
          2
          /* TYPE_STRING */
        ] }, { types: [
          2
          /* TYPE_STRING */
        ], optional: true }]
      },
      trim_right: {
        _func: this.functionTrimRight,
        _signature: [{ types: [
          2
          /* TYPE_STRING */
        ] }, { types: [
          2
          /* TYPE_STRING */
        ], optional: true }]
      },
      type: { _func: this.functionType, _signature: [{ types: [
        1
        /* TYPE_ANY */
      ] }] },
      zip: { _func: this.functionZip, _signature: [{ types: [
        3
        /* TYPE_ARRAY */
      ], variadic: true }] }
    };
  }
  /**
   * Enhanced registerFunction with backward compatibility and new options
   * @deprecated Use register() method for enhanced functionality
   */
  registerFunction(name, customFunction, signature, options) {
    const result = this._registerInternal(name, customFunction, signature, options);
    if (!result.success) {
      throw new Error(result.message);
    }
  }
  /**
   * Internal registration method that bypasses TypeScript type checking
   */
  _registerInternal(name, customFunction, signature, options = {}) {
    if (!name || typeof name !== "string" || name.trim() === "") {
      return {
        success: false,
        reason: "invalid-name",
        message: "Function name must be a non-empty string"
      };
    }
    try {
      this.validateInputSignatures(name, signature);
    } catch (error) {
      return {
        success: false,
        reason: "invalid-signature",
        message: error instanceof Error ? error.message : "Invalid function signature"
      };
    }
    const { override = false, warn = false } = options;
    const exists = name in this._functionTable;
    if (exists && !override) {
      return {
        success: false,
        reason: "already-exists",
        message: `Function already defined: ${name}(). Use { override: true } to replace it.`
      };
    }
    if (exists && override && warn) {
      console.warn(`Warning: Overriding existing function: ${name}()`);
    }
    this._functionTable[name] = {
      _func: customFunction.bind(this),
      _signature: signature
    };
    this._customFunctions.add(name);
    const message = exists ? `Function ${name}() overridden successfully` : `Function ${name}() registered successfully`;
    return { success: true, message };
  }
  /**
   * Register a new function with enhanced options and type safety
   */
  register(name, customFunction, signature, options = {}) {
    return this._registerInternal(name, customFunction, signature, options);
  }
  /**
   * Unregister a custom function (built-in functions cannot be unregistered)
   */
  unregister(name) {
    if (!this._customFunctions.has(name)) {
      return false;
    }
    delete this._functionTable[name];
    this._customFunctions.delete(name);
    return true;
  }
  /**
   * Check if a function is registered
   */
  isRegistered(name) {
    return name in this._functionTable;
  }
  /**
   * Get list of all registered function names
   */
  getRegistered() {
    return Object.keys(this._functionTable);
  }
  /**
   * Get list of custom (non-built-in) function names
   */
  getCustomFunctions() {
    return Array.from(this._customFunctions);
  }
  /**
   * Clear all custom functions (built-in functions remain)
   */
  clearCustomFunctions() {
    for (const name of this._customFunctions) {
      delete this._functionTable[name];
    }
    this._customFunctions.clear();
  }
  callFunction(name, resolvedArgs) {
    const functionEntry = this._functionTable[name];
    if (functionEntry === void 0) {
      throw new Error(`Unknown function: ${name}()`);
    }
    this.validateArgs(name, resolvedArgs, functionEntry._signature);
    return functionEntry._func.call(this, resolvedArgs);
  }
  validateInputSignatures(name, signature) {
    for (let i = 0; i < signature.length; i += 1) {
      if ("variadic" in signature[i] && i !== signature.length - 1) {
        throw new Error(`Invalid arity: ${name}() 'variadic' argument ${i + 1} must occur last`);
      }
    }
  }
  validateArgs(name, args, signature) {
    this.validateInputSignatures(name, signature);
    this.validateArity(name, args, signature);
    this.validateTypes(name, args, signature);
  }
  validateArity(name, args, signature) {
    const numberOfRequiredArgs = signature.filter((argSignature) => !(argSignature.optional ?? false)).length;
    const lastArgIsVariadic = signature[signature.length - 1]?.variadic ?? false;
    const tooFewArgs = args.length < numberOfRequiredArgs;
    const tooManyArgs = args.length > signature.length;
    if (lastArgIsVariadic && tooFewArgs || !lastArgIsVariadic && (tooFewArgs || tooManyArgs)) {
      const tooFewModifier = tooFewArgs && (!lastArgIsVariadic && numberOfRequiredArgs > 1 || lastArgIsVariadic) ? "at least " : "";
      const pluralized = signature.length > 1;
      throw new Error(
        `Invalid arity: ${name}() takes ${tooFewModifier}${numberOfRequiredArgs} argument${pluralized && "s" || ""} but received ${args.length}`
      );
    }
  }
  validateTypes(name, args, signature) {
    for (let i = 0; i < signature.length; i += 1) {
      const currentSpec = signature[i].types;
      const actualType = this.getTypeName(args[i]);
      if (actualType === void 0) {
        continue;
      }
      const typeMatched = currentSpec.some((expectedType) => this.typeMatches(actualType, expectedType, args[i]));
      if (!typeMatched) {
        const expected = currentSpec.map((typeId) => this.TYPE_NAME_TABLE[typeId]).join(" | ");
        throw new Error(
          `Invalid type: ${name}() expected argument ${i + 1} to be type (${expected}) but received type ${this.TYPE_NAME_TABLE[actualType]} instead.`
        );
      }
    }
  }
  typeMatches(actual, expected, argValue) {
    if (expected === 1) {
      return true;
    }
    if (expected === 9 || expected === 8 || expected === 10 || expected === 11 || expected === 3) {
      if (expected === 3) {
        return actual === 3;
      }
      if (actual === 3) {
        let subtype;
        if (expected === 8) {
          subtype = 0;
        } else if (expected === 10) {
          subtype = 4;
        } else if (expected === 9) {
          subtype = 2;
        } else if (expected === 11) {
          subtype = 3;
        }
        const array = argValue;
        for (let i = 0; i < array.length; i += 1) {
          const typeName2 = this.getTypeName(array[i]);
          if (typeName2 !== void 0 && subtype !== void 0 && !this.typeMatches(typeName2, subtype, array[i])) {
            return false;
          }
        }
        return true;
      }
    } else {
      return actual === expected;
    }
    return false;
  }
  getTypeName(obj) {
    if (obj === null) {
      return 7;
    }
    if (typeof obj === "string") {
      return 2;
    }
    if (typeof obj === "number") {
      return 0;
    }
    if (typeof obj === "boolean") {
      return 5;
    }
    if (Array.isArray(obj)) {
      return 3;
    }
    if (typeof obj === "object") {
      if (obj.expref) {
        return 6;
      }
      return 4;
    }
    return;
  }
  createKeyFunction(exprefNode, allowedTypes) {
    const interpreter = this._interpreter;
    const keyFunc = (x) => {
      const current = interpreter.visit(exprefNode, x);
      if (!allowedTypes.includes(this.getTypeName(current))) {
        const msg = `Invalid type: expected one of (${allowedTypes.map((t) => this.TYPE_NAME_TABLE[t]).join(" | ")}), received ${this.TYPE_NAME_TABLE[this.getTypeName(current)]}`;
        throw new Error(msg);
      }
      return current;
    };
    return keyFunc;
  }
  functionAvg = ([inputArray]) => {
    if (!inputArray || inputArray.length == 0) {
      return null;
    }
    let sum = 0;
    for (let i = 0; i < inputArray.length; i += 1) {
      sum += inputArray[i];
    }
    return sum / inputArray.length;
  };
  functionContains = ([
    searchable,
    searchValue
  ]) => {
    if (Array.isArray(searchable)) {
      const array = searchable;
      return array.includes(searchValue);
    }
    if (typeof searchable === "string") {
      const text = searchable;
      if (typeof searchValue === "string") {
        return text.includes(searchValue);
      }
    }
    return null;
  };
  functionEndsWith = (resolvedArgs) => {
    const [searchStr, suffix] = resolvedArgs;
    return searchStr.includes(suffix, searchStr.length - suffix.length);
  };
  functionFindFirst = this.createFindFunction(findFirst);
  functionFindLast = this.createFindFunction(findLast);
  createFindFunction(findFn) {
    return (resolvedArgs) => {
      const subject = resolvedArgs[0];
      const search2 = resolvedArgs[1];
      const start = resolvedArgs.length > 2 ? resolvedArgs[2] : void 0;
      const end = resolvedArgs.length > 3 ? resolvedArgs[3] : void 0;
      return findFn(subject, search2, start, end);
    };
  }
  functionFromItems = ([array]) => {
    array.map((pair) => {
      if (pair.length != 2 || typeof pair[0] !== "string") {
        throw new Error("invalid value, each array must contain two elements, a pair of string and value");
      }
    });
    return Object.fromEntries(array);
  };
  functionGroupBy = ([array, exprefNode]) => {
    const keyFunction = this.createKeyFunction(exprefNode, [
      2
      /* TYPE_STRING */
    ]);
    return array.reduce((acc, cur) => {
      const k = keyFunction(cur ?? {});
      const target = acc[k] = acc[k] || [];
      target.push(cur);
      return acc;
    }, {});
  };
  functionItems = ([inputValue]) => {
    return Object.entries(inputValue);
  };
  functionJoin = (resolvedArgs) => {
    const [joinChar, listJoin] = resolvedArgs;
    return listJoin.join(joinChar);
  };
  functionLength = ([inputValue]) => {
    if (typeof inputValue === "string") {
      return new Text(inputValue).length;
    }
    if (Array.isArray(inputValue)) {
      return inputValue.length;
    }
    return Object.keys(inputValue).length;
  };
  functionMap = ([exprefNode, elements]) => {
    if (!this._interpreter) {
      return [];
    }
    const mapped = [];
    const interpreter = this._interpreter;
    for (let i = 0; i < elements.length; i += 1) {
      mapped.push(interpreter.visit(exprefNode, elements[i]));
    }
    return mapped;
  };
  functionMax = ([inputValue]) => {
    if (!inputValue.length) {
      return null;
    }
    const typeName2 = this.getTypeName(inputValue[0]);
    if (typeName2 === 0) {
      return Math.max(...inputValue);
    }
    const elements = inputValue;
    let maxElement = elements[0];
    for (let i = 1; i < elements.length; i += 1) {
      if (maxElement.localeCompare(elements[i]) < 0) {
        maxElement = elements[i];
      }
    }
    return maxElement;
  };
  functionMaxBy = (resolvedArgs) => {
    const exprefNode = resolvedArgs[1];
    const resolvedArray = resolvedArgs[0];
    const keyFunction = this.createKeyFunction(exprefNode, [
      0,
      2
      /* TYPE_STRING */
    ]);
    let maxNumber = -Infinity;
    let maxRecord;
    let current;
    for (let i = 0; i < resolvedArray.length; i += 1) {
      current = keyFunction && keyFunction(resolvedArray[i]);
      if (current !== void 0 && current > maxNumber) {
        maxNumber = current;
        maxRecord = resolvedArray[i];
      }
    }
    return maxRecord || null;
  };
  functionMerge = (resolvedArgs) => {
    let merged = {};
    for (let i = 0; i < resolvedArgs.length; i += 1) {
      const current = resolvedArgs[i];
      merged = Object.assign(merged, current);
    }
    return merged;
  };
  functionMin = ([inputValue]) => {
    if (!inputValue.length) {
      return null;
    }
    const typeName2 = this.getTypeName(inputValue[0]);
    if (typeName2 === 0) {
      return Math.min(...inputValue);
    }
    const elements = inputValue;
    let minElement = elements[0];
    for (let i = 1; i < elements.length; i += 1) {
      if (elements[i].localeCompare(minElement) < 0) {
        minElement = elements[i];
      }
    }
    return minElement;
  };
  functionMinBy = (resolvedArgs) => {
    const exprefNode = resolvedArgs[1];
    const resolvedArray = resolvedArgs[0];
    const keyFunction = this.createKeyFunction(exprefNode, [
      0,
      2
      /* TYPE_STRING */
    ]);
    let minNumber = Infinity;
    let minRecord;
    let current;
    for (let i = 0; i < resolvedArray.length; i += 1) {
      current = keyFunction && keyFunction(resolvedArray[i]);
      if (current !== void 0 && current < minNumber) {
        minNumber = current;
        minRecord = resolvedArray[i];
      }
    }
    return minRecord || null;
  };
  functionNotNull = (resolvedArgs) => {
    for (let i = 0; i < resolvedArgs.length; i += 1) {
      if (this.getTypeName(resolvedArgs[i]) !== 7) {
        return resolvedArgs[i];
      }
    }
    return null;
  };
  functionPadLeft = this.createPadFunction(padLeft);
  functionPadRight = this.createPadFunction(padRight);
  createPadFunction(padFn) {
    return (resolvedArgs) => {
      const subject = resolvedArgs[0];
      const width = resolvedArgs[1];
      const padding = resolvedArgs.length > 2 ? resolvedArgs[2] : void 0;
      return padFn(subject, width, padding);
    };
  }
  functionReplace = (resolvedArgs) => {
    const subject = resolvedArgs[0];
    const string = resolvedArgs[1];
    const by = resolvedArgs[2];
    return replace(subject, string, by, resolvedArgs.length > 3 ? resolvedArgs[3] : void 0);
  };
  functionSplit = (resolvedArgs) => {
    const subject = resolvedArgs[0];
    const search2 = resolvedArgs[1];
    return split(subject, search2, resolvedArgs.length > 2 ? resolvedArgs[2] : void 0);
  };
  functionReverse = ([inputValue]) => {
    const typeName2 = this.getTypeName(inputValue);
    if (typeName2 === 2) {
      return new Text(inputValue).reverse();
    }
    const reversedArray = inputValue.slice(0);
    reversedArray.reverse();
    return reversedArray;
  };
  functionSort = ([inputValue]) => {
    if (inputValue.length == 0) {
      return inputValue;
    }
    if (typeof inputValue[0] === "string") {
      return [...inputValue].sort(Text.comparer);
    }
    return [...inputValue].sort();
  };
  functionSortBy = (resolvedArgs) => {
    const sortedArray = resolvedArgs[0].slice(0);
    if (sortedArray.length === 0) {
      return sortedArray;
    }
    const interpreter = this._interpreter;
    const exprefNode = resolvedArgs[1];
    const requiredType = this.getTypeName(interpreter.visit(exprefNode, sortedArray[0]));
    if (requiredType !== void 0 && ![
      0,
      2
      /* TYPE_STRING */
    ].includes(requiredType)) {
      throw new Error(`Invalid type: unexpected type (${this.TYPE_NAME_TABLE[requiredType]})`);
    }
    function throwInvalidTypeError(rt, item) {
      throw new Error(
        `Invalid type: expected (${rt.TYPE_NAME_TABLE[requiredType]}), received ${rt.TYPE_NAME_TABLE[rt.getTypeName(item)]}`
      );
    }
    return sortedArray.sort((a, b) => {
      const exprA = interpreter.visit(exprefNode, a);
      const exprB = interpreter.visit(exprefNode, b);
      if (this.getTypeName(exprA) !== requiredType) {
        throwInvalidTypeError(this, exprA);
      } else if (this.getTypeName(exprB) !== requiredType) {
        throwInvalidTypeError(this, exprB);
      }
      if (requiredType === 2) {
        return Text.comparer(exprA, exprB);
      }
      return exprA - exprB;
    });
  };
  functionStartsWith = ([searchable, searchStr]) => {
    return searchable.startsWith(searchStr);
  };
  functionSum = ([inputValue]) => {
    return inputValue.reduce((x, y) => x + y, 0);
  };
  functionToArray = ([inputValue]) => {
    if (this.getTypeName(inputValue) === 3) {
      return inputValue;
    }
    return [inputValue];
  };
  functionToNumber = ([inputValue]) => {
    const typeName2 = this.getTypeName(inputValue);
    let convertedValue;
    if (typeName2 === 0) {
      return inputValue;
    }
    if (typeName2 === 2) {
      convertedValue = +inputValue;
      if (!isNaN(convertedValue)) {
        return convertedValue;
      }
    }
    return null;
  };
  functionToString = ([inputValue]) => {
    if (this.getTypeName(inputValue) === 2) {
      return inputValue;
    }
    return JSON.stringify(inputValue);
  };
  functionTrim = this.createTrimFunction(trim);
  functionTrimLeft = this.createTrimFunction(trimLeft);
  functionTrimRight = this.createTrimFunction(trimRight);
  createTrimFunction(trimFn) {
    return (resolvedArgs) => {
      const subject = resolvedArgs[0];
      const chars = resolvedArgs.length > 1 ? resolvedArgs[1] : void 0;
      return trimFn(subject, chars);
    };
  }
  functionType = ([inputValue]) => {
    switch (this.getTypeName(inputValue)) {
      case 0:
        return "number";
      case 2:
        return "string";
      case 3:
        return "array";
      case 4:
        return "object";
      case 5:
        return "boolean";
      case 7:
        return "null";
      default:
        throw new Error("invalid-type");
    }
  };
  functionZip = (array) => {
    const length = Math.min(...array.map((arr) => arr.length));
    const result = Array(length).fill(null).map((_, index) => array.map((arr) => arr[index]));
    return result;
  };
};
var ScopeChain = class _ScopeChain {
  inner = void 0;
  data = {};
  get currentScopeData() {
    return this.data;
  }
  withScope(data) {
    const outer = new _ScopeChain();
    outer.inner = this;
    outer.data = data;
    return outer;
  }
  getValue(identifier) {
    if (Object.prototype.hasOwnProperty.call(this.data, identifier)) {
      return this.data[identifier];
    }
    if (this.inner) {
      return this.inner.getValue(identifier);
    }
    return null;
  }
};
var emptyScopeChain = new ScopeChain();
var TreeInterpreter = class _TreeInterpreter {
  runtime;
  _rootValue = null;
  _scope;
  constructor() {
    this.runtime = new Runtime(this);
    this._scope = new ScopeChain();
  }
  withScope(scope) {
    const interpreter = new _TreeInterpreter();
    interpreter.runtime._functionTable = this.runtime._functionTable;
    interpreter._rootValue = this._rootValue;
    interpreter._scope = this._scope.withScope(scope);
    return interpreter;
  }
  search(node, value) {
    this._rootValue = value;
    this._scope = emptyScopeChain;
    return this.visit(node, value);
  }
  visit(node, value) {
    switch (node.type) {
      case "Ternary": {
        const condition = this.visit(node.condition, value);
        if (!isFalse(condition)) {
          return this.visit(node.trueExpr, value);
        }
        return this.visit(node.falseExpr, value);
      }
      case "Field":
        const identifier = node.name;
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
          return null;
        }
        return value[identifier] ?? null;
      case "LetExpression": {
        const { bindings, expression } = node;
        let scope = {};
        bindings.forEach((binding) => {
          const reference = this.visit(binding, value);
          scope = {
            ...scope,
            ...reference
          };
        });
        return this.withScope(scope).visit(expression, value);
      }
      case "Binding": {
        const { variable, reference } = node;
        const result = this.visit(reference, value);
        return { [variable]: result };
      }
      case "Variable": {
        const variable = node.name;
        if (!this._scope.getValue(variable) && !Object.prototype.hasOwnProperty.call(this._scope.currentScopeData, variable)) {
          throw new Error(`Error referencing undefined variable ${variable}`);
        }
        return this._scope.getValue(variable);
      }
      case "IndexExpression":
        return this.visit(node.right, this.visit(node.left, value));
      case "Subexpression": {
        const result = this.visit(node.left, value);
        return result != null ? this.visit(node.right, result) ?? null : null;
      }
      case "Index": {
        if (!Array.isArray(value)) {
          return null;
        }
        const index = node.value < 0 ? value.length + node.value : node.value;
        return value[index] ?? null;
      }
      case "Slice": {
        if (!Array.isArray(value) && typeof value !== "string") {
          return null;
        }
        const { start, stop, step } = this.computeSliceParams(value.length, node);
        if (typeof value === "string") {
          const chars = [...value];
          const sliced = this.slice(chars, start, stop, step);
          return sliced.join("");
        } else {
          return this.slice(value, start, stop, step);
        }
      }
      case "Projection": {
        const { left, right } = node;
        let allowString = false;
        if (left.type === "IndexExpression" && left.right.type === "Slice") {
          allowString = true;
        }
        const base = this.visit(left, value);
        if (allowString && typeof base === "string") {
          return this.visit(right, base);
        }
        if (!Array.isArray(base)) {
          return null;
        }
        const collected = [];
        for (const elem of base) {
          const current = this.visit(right, elem);
          if (current !== null) {
            collected.push(current);
          }
        }
        return collected;
      }
      case "ValueProjection": {
        const { left, right } = node;
        const base = this.visit(left, value);
        if (base === null || typeof base !== "object" || Array.isArray(base)) {
          return null;
        }
        const collected = [];
        const values = Object.values(base);
        for (const elem of values) {
          const current = this.visit(right, elem);
          if (current !== null) {
            collected.push(current);
          }
        }
        return collected;
      }
      case "FilterProjection": {
        const { left, right, condition } = node;
        const base = this.visit(left, value);
        if (!Array.isArray(base)) {
          return null;
        }
        const results = [];
        for (const elem of base) {
          const matched = this.visit(condition, elem);
          if (isFalse(matched)) {
            continue;
          }
          const result = this.visit(right, elem);
          if (result !== null) {
            results.push(result);
          }
        }
        return results;
      }
      case "Arithmetic": {
        const first = this.visit(node.left, value);
        const second = this.visit(node.right, value);
        switch (node.operator) {
          case "Plus":
            return add(first, second);
          case "Minus":
            return sub(first, second);
          case "Multiply":
          case "Star":
            return mul(first, second);
          case "Divide":
            return divide(first, second);
          case "Modulo":
            return mod(first, second);
          case "Div":
            return div(first, second);
          default:
            throw new Error(`Syntax error: unknown arithmetic operator: ${node.operator}`);
        }
      }
      case "Unary": {
        const operand = this.visit(node.operand, value);
        switch (node.operator) {
          case "Plus":
            ensureNumbers(operand);
            return operand;
          case "Minus":
            ensureNumbers(operand);
            return -operand;
          default:
            throw new Error(`Syntax error: unknown arithmetic operator: ${node.operator}`);
        }
      }
      case "Comparator": {
        const first = this.visit(node.left, value);
        const second = this.visit(node.right, value);
        switch (node.name) {
          case "EQ":
            return strictDeepEqual(first, second);
          case "NE":
            return !strictDeepEqual(first, second);
        }
        if (typeof first !== "number" || typeof second !== "number") {
          return null;
        }
        switch (node.name) {
          case "GT":
            return first > second;
          case "GTE":
            return first >= second;
          case "LT":
            return first < second;
          case "LTE":
            return first <= second;
        }
      }
      case "Flatten": {
        const original = this.visit(node.child, value);
        return Array.isArray(original) ? original.flat() : null;
      }
      case "Root":
        return this._rootValue;
      case "MultiSelectList": {
        const collected = [];
        for (const child of node.children) {
          collected.push(this.visit(child, value));
        }
        return collected;
      }
      case "MultiSelectHash": {
        const collected = {};
        for (const child of node.children) {
          collected[child.name] = this.visit(child.value, value);
        }
        return collected;
      }
      case "OrExpression": {
        const result = this.visit(node.left, value);
        if (isFalse(result)) {
          return this.visit(node.right, value);
        }
        return result;
      }
      case "AndExpression": {
        const result = this.visit(node.left, value);
        if (isFalse(result)) {
          return result;
        }
        return this.visit(node.right, value);
      }
      case "NotExpression":
        return isFalse(this.visit(node.child, value));
      case "Literal":
        return node.value;
      case "Pipe":
        return this.visit(node.right, this.visit(node.left, value));
      case "Function": {
        const args = [];
        for (const child of node.children) {
          args.push(this.visit(child, value));
        }
        return this.runtime.callFunction(node.name, args);
      }
      case "ExpressionReference":
        return {
          expref: true,
          ...node.child
        };
      case "Current":
      case "Identity":
        return value;
    }
  }
  computeSliceParams(arrayLength, sliceNode) {
    let { start, stop, step } = sliceNode;
    if (step === null) {
      step = 1;
    } else if (step === 0) {
      const error = new Error("Invalid value: slice step cannot be 0");
      error.name = "RuntimeError";
      throw error;
    }
    start = start === null ? step < 0 ? arrayLength - 1 : 0 : this.capSliceRange(arrayLength, start, step);
    stop = stop === null ? step < 0 ? -1 : arrayLength : this.capSliceRange(arrayLength, stop, step);
    return { start, stop, step };
  }
  capSliceRange(arrayLength, actualValue, step) {
    let nextActualValue = actualValue;
    if (nextActualValue < 0) {
      nextActualValue += arrayLength;
      if (nextActualValue < 0) {
        nextActualValue = step < 0 ? -1 : 0;
      }
    } else if (nextActualValue >= arrayLength) {
      nextActualValue = step < 0 ? arrayLength - 1 : arrayLength;
    }
    return nextActualValue;
  }
  slice(collection2, start, end, step) {
    const result = [];
    if (step > 0) {
      for (let i = start; i < end; i += step) {
        result.push(collection2[i]);
      }
    } else {
      for (let i = start; i > end; i += step) {
        result.push(collection2[i]);
      }
    }
    return result;
  }
};
var TreeInterpreterInstance = new TreeInterpreter();
var TreeInterpreter_default = TreeInterpreterInstance;
var TYPE_ANY = 1;
var TYPE_ARRAY = 3;
var TYPE_NUMBER = 0;
var TYPE_STRING = 2;
function compile(expression, options) {
  const nodeTree = Parser_default.parse(expression, options);
  return nodeTree;
}
function tokenize(expression, options) {
  return Lexer_default.tokenize(expression, options);
}
var registerFunction = (functionName, customFunction, signature, options) => {
  TreeInterpreter_default.runtime.registerFunction(functionName, customFunction, signature, options);
};
function search(data, expression, options) {
  const nodeTree = Parser_default.parse(expression, options);
  return TreeInterpreter_default.search(nodeTree, data);
}

// src/analyze/kyverno/jmespath-reads.ts
var OPAQUE = { t: "opaque" };
var ROOT = { t: "root" };
var POD_SPEC_PATHS2 = POD_SPEC_LOCATIONS.map((location) => location.path);
var MAX_DEPTH3 = 200;
var parseJmes = (source) => {
  let ast;
  let tokens;
  try {
    ast = compile(source);
    tokens = tokenize(source);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, ast, spans: identifierSpans(ast, tokens, source) };
};
var identifierSpans = (ast, tokens, source) => {
  const identifiers = tokens.filter((t) => t.type === "UnquotedIdentifier" || t.type === "QuotedIdentifier");
  const spans = /* @__PURE__ */ new Map();
  let cursor = 0;
  const claim = (node, name) => {
    for (let i = cursor; i < identifiers.length; i++) {
      const token = identifiers[i];
      if (token.value !== name) continue;
      const end = token.type === "QuotedIdentifier" ? quotedEnd(source, token.start) : token.start + name.length;
      spans.set(node, { start: token.start, end });
      cursor = i + 1;
      return;
    }
  };
  const visit = (node, depth) => {
    if (!node || depth > MAX_DEPTH3) return;
    switch (node.type) {
      case "Field":
      case "KeyValuePair":
        if (typeof node.name === "string") claim(node, node.name);
        visit(node.value, depth + 1);
        return;
      case "Function":
        if (typeof node.name === "string") claim(node, node.name);
        for (const child of node.children ?? []) visit(child, depth + 1);
        return;
      case "FilterProjection":
        visit(node.left, depth + 1);
        visit(node.condition, depth + 1);
        visit(node.right, depth + 1);
        return;
      case "Ternary":
        visit(node.condition, depth + 1);
        visit(node.trueExpr, depth + 1);
        visit(node.falseExpr, depth + 1);
        return;
      case "LetExpression":
        for (const binding of node.bindings ?? []) visit(binding.reference, depth + 1);
        visit(node.expression, depth + 1);
        return;
      default:
        visit(node.left, depth + 1);
        visit(node.child, depth + 1);
        visit(node.operand, depth + 1);
        for (const child of node.children ?? []) visit(child, depth + 1);
        visit(node.right, depth + 1);
    }
  };
  visit(ast, 0);
  return spans;
};
var quotedEnd = (source, start) => {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === '"') return i + 1;
  }
  return source.length;
};
var isRequestOperation = (parsed) => {
  if (!parsed.ok) return false;
  const node = parsed.ast.type === "OrExpression" && parsed.ast.right?.type === "Literal" ? parsed.ast.left : parsed.ast;
  return node?.type === "Subexpression" && node.left?.type === "Field" && node.left.name === "request" && node.right?.type === "Field" && node.right.name === "operation";
};
var jmesReads = (parsed, bindings, sourceLength) => {
  const out = { reads: [], checks: [], podFields: [], unknowns: [], operationRefs: [] };
  const whole = { start: 0, end: sourceLength };
  if (!parsed.ok) {
    out.unknowns.push({ span: whole, note: `JMESPath does not parse: ${parsed.error}` });
    return { reads: out, result: OPAQUE };
  }
  const spanOf = (node) => parsed.spans.get(node) ?? whole;
  const observe = (shape) => {
    if (shape.t === "containers") {
      if (shape.rel.length > 0) {
        out.checks.push({
          lists: shape.lists.map((l) => l.list),
          field: shape.rel.join("."),
          span: shape.relSpan ?? whole
        });
      }
    } else if (shape.t === "path") {
      const podField = podFieldOf(shape.segs);
      if (podField) out.podFields.push({ field: podField, span: shape.span });
    }
  };
  const field2 = (current, name, span) => {
    switch (current.t) {
      case "root": {
        const bound = bindings.get(name);
        if (bound) return bound;
        if (name === "request" || name === "images") return { t: "path", segs: [name], span };
        return OPAQUE;
      }
      case "path": {
        const segs = [...current.segs, name];
        if (segs.length === 2 && segs[0] === "request" && segs[1] === "operation") out.operationRefs.push(span);
        if (segs[0] === "images" && segs.length === 2 && isContainerList(name)) {
          const read = { list: name, span };
          out.reads.push(read);
          return { t: "containers", lists: [read], rel: ["image"], relSpan: span, derived: true };
        }
        if (isContainerList(name) && segs[0] === "request" && segs[1] === "object" && isPodSpecPath(segs.slice(2, -1))) {
          const read = { list: name, span };
          out.reads.push(read);
          return { t: "containers", lists: [read], rel: [] };
        }
        return { t: "path", segs, span: { start: current.span.start, end: span.end } };
      }
      case "containers":
        if (current.derived) return current;
        return {
          ...current,
          rel: [...current.rel, name],
          relSpan: current.relSpan ? { start: current.relSpan.start, end: span.end } : span
        };
      case "opaque":
        return OPAQUE;
    }
  };
  const unknown = (node, note) => {
    out.unknowns.push({ span: firstSpanBelow(node, parsed.spans) ?? whole, note });
  };
  const evaluate = (node, current, depth) => {
    if (!node) return OPAQUE;
    if (depth > MAX_DEPTH3) {
      unknown(node, "expression nested too deeply to follow");
      return OPAQUE;
    }
    const next = depth + 1;
    switch (node.type) {
      case "Field":
        return field2(current, node.name ?? "", spanOf(node));
      case "Subexpression":
      case "IndexExpression":
        return evaluate(node.right, evaluate(node.left, current, next), next);
      case "Identity":
      case "Current":
        return current;
      case "Root":
        return ROOT;
      case "Flatten":
        return evaluate(node.child, current, next);
      case "Projection":
      case "ValueProjection": {
        const left = evaluate(node.left, current, next);
        const right = evaluate(node.right, left, next);
        if (right.t === "opaque") observe(left);
        return right;
      }
      case "FilterProjection": {
        const left = evaluate(node.left, current, next);
        observe(evaluate(node.condition, left, next));
        return evaluate(node.right, left, next);
      }
      case "Pipe": {
        const left = evaluate(node.left, current, next);
        const right = evaluate(node.right, left, next);
        if (right.t === "opaque") observe(left);
        return right;
      }
      case "MultiSelectList": {
        const shapes = (node.children ?? []).map((child) => evaluate(child, current, next));
        const whole2 = (s) => s.t === "containers" && s.rel.length === 0 && !s.derived;
        const lists = shapes.flatMap((s) => s.t === "containers" && whole2(s) ? s.lists : []);
        shapes.filter((s) => !whole2(s)).forEach(observe);
        return lists.length > 0 ? { t: "containers", lists, rel: [] } : OPAQUE;
      }
      case "MultiSelectHash":
        for (const child of node.children ?? []) observe(evaluate(child.value, current, next));
        return OPAQUE;
      case "OrExpression": {
        const left = evaluate(node.left, current, next);
        const right = evaluate(node.right, current, next);
        if (left.t !== "opaque") {
          observe(right);
          return left;
        }
        return right;
      }
      case "AndExpression":
      case "Comparator":
        observe(evaluate(node.left, current, next));
        observe(evaluate(node.right, current, next));
        return OPAQUE;
      case "NotExpression":
      case "ExpressionReference":
        observe(evaluate(node.child, current, next));
        return OPAQUE;
      case "Function":
        for (const child of node.children ?? []) observe(evaluate(child, current, next));
        return OPAQUE;
      case "Index":
      case "Slice":
        return current;
      case "Literal":
      case "Variable":
        return OPAQUE;
      case "Arithmetic":
      case "Unary":
        unknown(node, 'arithmetic is not Kyverno JMESPath (a key with "-" needs quotes)');
        return OPAQUE;
      default:
        unknown(node, `JMESPath ${node.type} is not Kyverno JMESPath`);
        return OPAQUE;
    }
  };
  const result = evaluate(parsed.ast, ROOT, 0);
  observe(result);
  return { reads: out, result: result.t === "containers" ? result : OPAQUE };
};
var isPodSpecPath = (segs) => POD_SPEC_PATHS2.some((p) => p.length === segs.length && p.every((s, i) => s === segs[i]));
var podFieldOf = (segs) => {
  if (segs[0] !== "request" || segs[1] !== "object") return null;
  for (const specPath of POD_SPEC_PATHS2) {
    const below2 = segs.slice(2);
    if (below2.length > specPath.length && specPath.every((s, i) => s === below2[i])) {
      return ["spec", ...below2.slice(specPath.length)].join(".");
    }
  }
  return null;
};
var firstSpanBelow = (node, spans) => {
  let start = Infinity;
  let end = -1;
  const visit = (n, depth) => {
    if (!n || depth > MAX_DEPTH3) return;
    const span = spans.get(n);
    if (span) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    for (const child of [n.left, n.right, n.child, n.operand, n.condition, ...n.children ?? []]) visit(child, depth + 1);
  };
  visit(node, 0);
  return end >= 0 ? { start, end } : void 0;
};
var MAX_SUBSTITUTION_ROUNDS = 16;
var kyvernoVariables = (text) => kyvernoSubstitution(text).variables;
var kyvernoSubstitution = (text) => {
  const out = [];
  const pattern = /(^|[^\\])(\{\{(?:\{[^{}]*\}|[^{}])*\}\})/g;
  let current = text;
  for (let round = 0; round < MAX_SUBSTITUTION_ROUNDS; round++) {
    const found = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(current); m; m = pattern.exec(current)) {
      const whole = m[2];
      const braceStart = m.index + m[1].length;
      const inner = whole.slice(2, -2);
      const lead = inner.length - inner.trimStart().length;
      out.push({ expression: inner.trim(), start: braceStart + 2 + lead });
      found.push({ start: braceStart, end: braceStart + whole.length });
      pattern.lastIndex = braceStart + whole.length;
    }
    if (found.length === 0) break;
    for (const { start, end } of found) current = current.slice(0, start) + placeholder(current, start, end) + current.slice(end);
  }
  const unclosed = /(^|[^\\])\{\{/.exec(current);
  return unclosed ? { variables: out, unclosed: unclosed.index + unclosed[1].length } : { variables: out };
};
var placeholder = (text, start, end) => {
  const before = text[start - 1];
  const quoted = before === "'" || before === "`" || before === '"';
  return quoted ? "_".repeat(end - start) : "null".padEnd(end - start, " ");
};

// src/analyze/kyverno/conditions.ts
var conditionsIn = (list2, ref) => Array.isArray(list2) ? list2.flatMap((c, i) => isRecord(c) ? [{ value: c, ref: childRef(ref, i) }] : []) : [];
var conditionGroups = (conditions, ref) => {
  if (Array.isArray(conditions)) return { any: [], all: conditionsIn(conditions, ref) };
  if (!isRecord(conditions)) return { any: [], all: [] };
  return {
    any: conditionsIn(conditions["any"], childRef(ref, "any")),
    all: conditionsIn(conditions["all"], childRef(ref, "all"))
  };
};
var operationOutcome = (condition) => {
  const key = condition.value["key"];
  if (typeof key !== "string") return null;
  const variables = kyvernoVariables(key);
  const only = variables[0];
  if (variables.length !== 1 || !only) return null;
  const trimmed = key.trim();
  if (!trimmed.startsWith("{{") || !trimmed.endsWith("}}")) return null;
  if (!isRequestOperation(parseJmes(only.expression))) return null;
  const at2 = childRef(condition.ref, "key");
  const operator = String(condition.value["operator"] ?? "").toLowerCase();
  const value = condition.value["value"];
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === "string" && !v.includes("{{"))) return { outcome: "unknown", at: at2 };
  const containsUpdate = values.some((v) => wildcardMatch(v, "UPDATE"));
  switch (operator) {
    case "equals":
    case "equal":
    case "in":
    case "anyin":
    case "allin":
      return { outcome: containsUpdate ? "true" : "false", at: at2 };
    case "notequals":
    case "notequal":
    case "notin":
    case "anynotin":
    case "allnotin":
      return { outcome: containsUpdate ? "false" : "true", at: at2 };
    default:
      return { outcome: "unknown", at: at2 };
  }
};
var conditionsDropUpdate = (conditions, ref, what) => {
  const groups = conditionGroups(conditions, ref);
  const unknowns = [];
  const outcomes = (list2) => list2.map((c) => {
    const result = operationOutcome(c);
    if (result?.outcome === "unknown") unknowns.push({ at: result.at, note: `${what} on request.operation not understood` });
    return result;
  });
  const all = outcomes(groups.all);
  const falseInAll = all.find((o) => o?.outcome === "false");
  if (falseInAll) {
    return { dropsUpdate: { at: falseInAll.at, note: `${what} exclude UPDATE requests` }, unknowns };
  }
  const any = outcomes(groups.any);
  if (any.length > 0 && any.every((o) => o?.outcome === "false")) {
    return { dropsUpdate: { at: any[0].at, note: `${what} exclude UPDATE requests` }, unknowns };
  }
  return { unknowns };
};
var negativeOperator = (condition) => /not/i.test(String(condition.value["operator"] ?? ""));
var conditionReads = (conditions, ref, bindings, facts = emptyLogicFacts()) => {
  const groups = conditionGroups(conditions, ref);
  const read = [...groups.any.map((condition) => ({ condition, conjunct: groups.any.length === 1 })), ...groups.all.map((condition) => ({ condition, conjunct: true }))].map(
    ({ condition, conjunct }) => {
      const own = emptyLogicFacts();
      for (const side of ["key", "value"]) {
        stringReads(condition.value[side], childRef(condition.ref, side), bindings, own, 0);
      }
      return { own, conjunct, negative: negativeOperator(condition) };
    }
  );
  const causes = read.filter((each) => each.conjunct && !each.negative && each.own.checks.some((check) => check.lists.length > 0 && check.field !== "name"));
  for (const each of read) {
    const exempting = each.conjunct && each.negative && causes.some((cause) => cause !== each);
    pushAll(facts.reads, each.own.reads);
    pushAll(facts.checks, each.own.checks.map((check) => exempting && check.lists.length > 0 ? { ...check, role: "exemption" } : check));
    pushAll(facts.requiresForbiddenOnEphemeral, each.own.requiresForbiddenOnEphemeral);
    pushAll(facts.blocksEphemeralContainers, each.own.blocksEphemeralContainers);
    pushAll(facts.unknowns, each.own.unknowns);
  }
  return facts;
};
var conditionUnknowns = (conditions, ref, bindings) => conditionReads(conditions, ref, bindings, emptyLogicFacts()).unknowns;
var MAX_DEPTH4 = 32;
var stringReads = (value, ref, bindings, facts, depth) => {
  if (depth > MAX_DEPTH4) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => stringReads(item, childRef(ref, i), bindings, facts, depth + 1));
    return;
  }
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) stringReads(v, childRef(ref, k), bindings, facts, depth + 1);
    return;
  }
  if (typeof value !== "string") return;
  const substitution = kyvernoSubstitution(value);
  for (const variable of substitution.variables) {
    expressionReads(variable.expression, ref, variable.start, bindings, facts);
  }
  if (substitution.unclosed !== void 0) {
    facts.unknowns.push({ at: spanRef(ref, substitution.unclosed, value.length), note: "a {{ that no }} closes: Kyverno leaves it as text, so what it reads is unknown" });
  }
};
var expressionReads = (expression, ref, offset, bindings, facts) => {
  const { reads, result } = jmesReads(parseJmes(expression), bindings, expression.length);
  const at2 = (s) => spanRef(ref, offset + s.start, offset + s.end);
  for (const read of reads.reads) {
    facts.reads.push({ list: read.list, at: at2(read.span), note: `reads spec.${read.list}` });
  }
  for (const check of reads.checks) {
    facts.checks.push({ field: check.field, category: containerFieldCategory(check.field), at: at2(check.span), lists: check.lists });
  }
  for (const podField of reads.podFields) {
    facts.checks.push({ field: podField.field, category: "pod-level", at: at2(podField.span), lists: [] });
  }
  for (const unknown of reads.unknowns) facts.unknowns.push({ at: at2(unknown.span), note: unknown.note });
  return result;
};
var CRD_OPERATORS = /* @__PURE__ */ new Set([
  "Equals",
  "NotEquals",
  "In",
  "AnyIn",
  "AllIn",
  "NotIn",
  "AnyNotIn",
  "AllNotIn",
  "GreaterThanOrEquals",
  "GreaterThan",
  "LessThanOrEquals",
  "LessThan",
  "DurationGreaterThanOrEquals",
  "DurationGreaterThan",
  "DurationLessThanOrEquals",
  "DurationLessThan",
  "Equal",
  "NotEqual"
]);
var rejectedOperator = (rule, ruleRef) => {
  const inConditions = (conditions, ref) => {
    const groups = conditionGroups(conditions, ref);
    const bad = [...groups.any, ...groups.all].find((c) => c.value["operator"] !== void 0 && !CRD_OPERATORS.has(String(c.value["operator"])));
    return bad && { at: childRef(bad.ref, "operator"), operator: String(bad.value["operator"]) };
  };
  const inBlock = (block, ref, depth) => {
    if (!isRecord(block) || depth > 8) return void 0;
    const deny = block["deny"];
    const found = inConditions(block["preconditions"], childRef(ref, "preconditions")) ?? (isRecord(deny) ? inConditions(deny["conditions"], childRef(ref, "deny", "conditions")) : void 0);
    if (found) return found;
    const foreach = block["foreach"];
    if (!Array.isArray(foreach)) return void 0;
    for (const [i, each] of foreach.entries()) {
      const nested = inBlock(each, childRef(ref, "foreach", i), depth + 1);
      if (nested) return nested;
    }
    return void 0;
  };
  return inConditions(rule["preconditions"], childRef(ruleRef, "preconditions")) ?? inBlock(rule["validate"], childRef(ruleRef, "validate"), 0);
};

// src/analyze/kyverno/context-bindings.ts
var contextBindings = (entries, ref, outer, facts) => {
  if (!Array.isArray(entries) || entries.length === 0) return outer;
  const bindings = new Map(outer);
  entries.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry["name"] !== "string") return;
    const variable = entry["variable"];
    const jmesPath = isRecord(variable) ? variable["jmesPath"] : void 0;
    if (typeof jmesPath === "string") {
      const source = childRef(ref, i, "variable", "jmesPath");
      bindings.set(entry["name"], expressionReads(jmesPath, source, 0, bindings, facts));
    } else {
      const lookup2 = emptyLogicFacts();
      stringReads(entry, childRef(ref, i), bindings, lookup2, 0);
      mergeLookup(facts, lookup2);
      bindings.set(entry["name"], derivedFrom(lookup2));
    }
  });
  return bindings;
};
var mergeLookup = (facts, lookup2) => {
  pushAll(facts.reads, lookup2.reads);
  pushAll(facts.checks, lookup2.checks);
  pushAll(facts.unknowns, lookup2.unknowns);
};
var derivedFrom = (lookup2) => {
  const keyed = lookup2.checks.find((c) => c.lists.length > 0);
  if (!keyed) return { t: "opaque" };
  const lists = [...new Set(lookup2.checks.flatMap((c) => c.lists))];
  return {
    t: "containers",
    lists: lists.map((list2) => ({ list: list2, span: { start: 0, end: 0 } })),
    rel: keyed.field.split("."),
    derived: true
  };
};

// src/analyze/kyverno/failure-action.ts
var ruleEnforcement = (spec, specRef, validate, validateRef) => {
  const ruleAction = validate["failureAction"];
  const [action, at2, overrides] = typeof ruleAction === "string" ? [ruleAction, childRef(validateRef, "failureAction"), validate["failureActionOverrides"]] : [spec["validationFailureAction"], childRef(specRef, "validationFailureAction"), spec["validationFailureActionOverrides"]];
  const enforces = action === "Enforce" || action === "enforce";
  const note = typeof action === "string" ? `failure action ${action}` : "no failure action: Kyverno defaults to Audit";
  const disagreeing = Array.isArray(overrides) ? overrides.some((o) => {
    const a = typeof o === "object" && o !== null ? o["action"] : void 0;
    return typeof a === "string" && (a === "Enforce" || a === "enforce") !== enforces;
  }) : false;
  const evidence = { at: typeof action === "string" ? at2 : specRef, note };
  if (disagreeing) return { enforces: "unknown", evidence: { ...evidence, note: `${note}, overridden for some namespaces` } };
  return { enforces: enforces ? "yes" : "no", evidence };
};

// src/analyze/kyverno/foreach.ts
var MAX_NESTING = 16;
var foreachFacts = (entries, ref, bindings, facts, updateDrops, updateUnknowns, nesting = 0) => {
  if (!Array.isArray(entries)) return;
  if (nesting > MAX_NESTING) {
    facts.unknowns.push({ at: ref, note: "foreach nested too deeply to follow" });
    return;
  }
  entries.forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const entryRef = childRef(ref, i);
    const list2 = entry["list"];
    let element = { t: "opaque" };
    if (typeof list2 === "string") {
      element = expressionReads(list2, childRef(entryRef, "list"), 0, bindings, facts);
      const only = element.t === "containers" && element.lists.length === 1 && element.rel.length === 0 && !element.derived ? element.lists[0] : void 0;
      if (only?.list === "containers" && list2.slice(0, only.span.start) === "request.object.spec." && only.span.end === list2.length) {
        facts.fixes.push({ kind: "replace", ruleId: "EG101", at: spanRef(childRef(entryRef, "list"), only.span.start, only.span.end), expected: "containers", text: "[containers, ephemeralContainers][]", description: "Name ephemeralContainers in the foreach list" });
      }
    } else {
      facts.unknowns.push({ at: childRef(entryRef, "list"), note: "foreach without a list expression" });
    }
    const withElement = new Map(bindings);
    withElement.set("element", element);
    withElement.set(`element${nesting}`, element);
    const inner = contextBindings(entry["context"], childRef(entryRef, "context"), withElement, facts);
    const preconditions = conditionsDropUpdate(entry["preconditions"], childRef(entryRef, "preconditions"), "foreach preconditions");
    if (preconditions.dropsUpdate) updateDrops.push(preconditions.dropsUpdate);
    pushAll(updateUnknowns, preconditions.unknowns);
    pushAll(facts.unknowns, conditionUnknowns(entry["preconditions"], childRef(entryRef, "preconditions"), inner));
    const elementScope = entry["elementScope"] !== false;
    for (const key of ["pattern", "anyPattern"]) {
      const pattern = entry[key];
      if (pattern === void 0) continue;
      const patterns = key === "anyPattern" && Array.isArray(pattern) ? pattern : [pattern];
      patterns.forEach((p, j) => {
        const patternRef = key === "anyPattern" && Array.isArray(pattern) ? childRef(entryRef, key, j) : childRef(entryRef, key);
        if (!elementScope) patternChecks(p, patternRef, facts);
        else if (element.t === "containers") containerPatternChecks(p, patternRef, element.lists.map((l) => l.list), element.rel, facts);
      });
    }
    const deny = entry["deny"];
    if (isRecord(deny)) {
      const conditionsRef = childRef(entryRef, "deny", "conditions");
      conditionReads(deny["conditions"], conditionsRef, inner, facts);
      const never = conditionsDropUpdate(deny["conditions"], conditionsRef, "deny conditions");
      if (never.dropsUpdate) updateDrops.push(never.dropsUpdate);
      pushAll(updateUnknowns, never.unknowns);
    }
    foreachFacts(entry["foreach"], childRef(entryRef, "foreach"), inner, facts, updateDrops, updateUnknowns, nesting + 1);
  });
};

// src/analyze/kyverno/pod-security.ts
var standardOf = (podSecurity, ref) => {
  if (typeof podSecurity !== "object" || podSecurity === null) return void 0;
  const { level, exclude } = podSecurity;
  if (typeof level !== "string" || !isPodSecurityLevel(level)) return void 0;
  const excludedControls = Array.isArray(exclude) ? exclude.flatMap((entry) => typeof entry === "object" && entry !== null && typeof entry["controlName"] === "string" ? [entry["controlName"]] : []) : [];
  return { level, excludedControls, at: childRef(ref, "level") };
};
var podSecurityFacts = (podSecurity, keyRef2, ref) => {
  const reads = CONTAINER_LISTS.map((list2) => ({ list: list2, at: keyRef2, note: "podSecurity runs the Pod Security checks on every container list" }));
  const checks = [{ field: "securityContext", category: "security", lists: CONTAINER_LISTS, at: keyRef2 }];
  const exclusions = [];
  const exclude = typeof podSecurity === "object" && podSecurity !== null ? podSecurity["exclude"] : void 0;
  if (Array.isArray(exclude)) {
    exclude.forEach((entry, i) => {
      if (typeof entry !== "object" || entry === null) return;
      const e = entry;
      const restricted = typeof e["restrictedField"] === "string" ? e["restrictedField"] : "";
      const onOtherList = restricted !== "" && !restricted.includes("ephemeralContainers") && /containers|initContainers/i.test(restricted);
      if (Array.isArray(e["images"]) && e["images"].length > 0 && !onOtherList) {
        const control = typeof e["controlName"] === "string" ? e["controlName"] : "a control";
        exclusions.push({
          at: childRef(ref, "exclude", i, "images"),
          note: `podSecurity exclude exempts ephemeral containers with these images from ${control}`
        });
      }
    });
  }
  return { reads, checks, exclusions, standard: standardOf(podSecurity, ref) };
};

// src/analyze/kyverno/rule-match.ts
var blocksOf = (statement, ref) => {
  for (const mode of ["any", "all"]) {
    const list2 = statement[mode];
    if (Array.isArray(list2) && list2.length > 0) {
      return {
        mode,
        blocks: list2.flatMap((b, i) => isRecord(b) ? [{ value: b, ref: childRef(ref, mode, i) }] : [])
      };
    }
  }
  return { mode: "all", blocks: [{ value: statement, ref }] };
};
var kindsOfBlock = (block) => {
  const resources = block.value["resources"];
  const kinds = isRecord(resources) ? resources["kinds"] : void 0;
  if (!Array.isArray(kinds) || kinds.length === 0) return { hasKinds: false, templated: false };
  let templated = false;
  let subresource;
  let pod;
  let controller;
  let explicitSubresource;
  kinds.forEach((kind, i) => {
    const at2 = childRef(block.ref, "resources", "kinds", i);
    if (typeof kind !== "string" || kind.includes("{{")) {
      templated = true;
      return;
    }
    const selector = parseKindSelector(kind);
    if (!selector) return;
    if (!subresource && selectorMatches(selector, EPHEMERAL_REQUEST, true)) subresource = at2;
    if (!pod && selectorMatches(selector, POD_REQUEST, true)) pod = at2;
    if (!controller && selectsPodController(selector)) controller = at2;
    if (!explicitSubresource && selectorMatches(selector, EPHEMERAL_REQUEST, false)) explicitSubresource = at2;
  });
  return { hasKinds: true, templated, subresource, pod, controller, explicitSubresource };
};
var operationsWithoutUpdate = (block) => {
  const resources = block.value["resources"];
  const operations = isRecord(resources) ? resources["operations"] : void 0;
  if (!Array.isArray(operations) || operations.length === 0) return void 0;
  return operations.includes("UPDATE") ? void 0 : childRef(block.ref, "resources", "operations");
};
var NARROWING_KEYS = ["name", "names", "namespaces", "annotations", "selector", "namespaceSelector"];
var SUBJECT_KEYS = ["subjects", "roles", "clusterRoles"];
var isNarrowed = (block) => {
  const resources = isRecord(block.value["resources"]) ? block.value["resources"] : {};
  return NARROWING_KEYS.some((k) => resources[k] !== void 0) || SUBJECT_KEYS.some((k) => block.value[k] !== void 0);
};
var ruleMatchFacts = (rule, ruleRef) => {
  const exclusions = [];
  let updateDropped;
  let subresourceExcluded;
  const match = rule["match"];
  if (!isRecord(match)) {
    return { target: "unknown", receivesSubresource: "unknown", ephemeralExclusions: exclusions };
  }
  const { mode, blocks } = blocksOf(match, childRef(ruleRef, "match"));
  const kinds = blocks.map(kindsOfBlock);
  const withKinds = kinds.filter((k) => k.hasKinds);
  const templated = kinds.some((k) => k.templated);
  const subresourceBlocks = mode === "any" ? blocks.filter((_, i) => kinds[i].subresource) : withKinds.length > 0 && withKinds.every((k) => k.subresource) ? blocks : [];
  const subresourceAt = kinds.find((k) => k.subresource)?.subresource;
  const podAt = kinds.find((k) => k.pod)?.pod;
  const controllerAt = kinds.find((k) => k.controller)?.controller;
  let target;
  if (subresourceBlocks.length > 0) target = "pod";
  else if (templated || withKinds.length === 0) target = "unknown";
  else if (controllerAt && !podAt) target = "controllers-only";
  else target = "none";
  if (target === "pod") {
    const dropped = subresourceBlocks.map(operationsWithoutUpdate);
    const droppedAll = mode === "any" ? dropped.every((d) => d) : dropped.some((d) => d);
    const first = dropped.find((d) => d);
    if (droppedAll && first) updateDropped = { at: first, note: "match operations without UPDATE" };
  }
  const exclude = rule["exclude"];
  if (isRecord(exclude)) {
    const excluded = blocksOf(exclude, childRef(ruleRef, "exclude"));
    for (const block of excluded.blocks) {
      const blockKinds = kindsOfBlock(block);
      const blanket = !isNarrowed(block) && (excluded.mode === "any" || excluded.blocks.length === 1);
      if (blockKinds.explicitSubresource) {
        const evidence = { at: blockKinds.explicitSubresource, note: "exclude names the ephemeralcontainers subresource" };
        exclusions.push(evidence);
        if (blanket) subresourceExcluded ??= evidence;
        continue;
      }
      const resources = isRecord(block.value["resources"]) ? block.value["resources"] : {};
      const operations = resources["operations"];
      const excludesUpdate = Array.isArray(operations) && operations.includes("UPDATE");
      if (!excludesUpdate || blockKinds.hasKinds && !blockKinds.subresource) continue;
      const at2 = childRef(block.ref, "resources", "operations");
      if (blanket) updateDropped ??= { at: at2, note: "exclude of every UPDATE" };
      else exclusions.push({ at: at2, note: "exclude takes UPDATE (and with it the subresource) out for some Pods" });
    }
  }
  const explicitAt = withKinds.find((k) => k.explicitSubresource)?.explicitSubresource;
  const subresourceOnly = target === "pod" && !templated && explicitAt && withKinds.every((k) => !k.pod) && withKinds.length === kinds.length ? { at: explicitAt, note: "matches only Pod/ephemeralcontainers" } : void 0;
  return {
    target,
    ...subresourceOnly ? { subresourceOnly } : {},
    receivesSubresource: target === "pod" && !subresourceExcluded ? "yes" : target === "unknown" ? "unknown" : "no",
    subresourceEvidence: subresourceExcluded ?? (subresourceAt ? { at: subresourceAt, note: "matches Pod, so Kyverno >= 1.5.3 sends it UPDATE pods/ephemeralcontainers" } : void 0),
    controllersEvidence: target === "controllers-only" && controllerAt ? { at: controllerAt, note: "matches pod controllers only; their templates cannot hold ephemeral containers" } : void 0,
    updateDropped,
    subresourceExcluded,
    ephemeralExclusions: exclusions
  };
};

// src/analyze/kyverno/rule-scope.ts
var kyvernoRuleScope = (policy, rule, ruleRef, ruleName) => {
  const owner = `${objectLabel(policy.ref)} (rule ${ruleName})`;
  const match = clauseOf(rule["match"], owner, "match");
  const exclude = clauseOf(rule["exclude"], owner, "exclude");
  const parts = [];
  if (policy.kind === "Policy" && policy.namespace) parts.push({ kind: "own-namespace", namespace: policy.namespace, owner: objectLabel(policy.ref) });
  if (match.length > 0) parts.push(rule["match"] !== void 0 && isRecord(rule["match"]) && Array.isArray(rule["match"]["all"]) ? { kind: "all", of: match } : { kind: "any", of: match });
  if (exclude.length > 0) parts.push({ kind: "not", of: { kind: "any", of: exclude }, why: `${owner} excludes some namespaces` });
  return { where: { kind: "all", of: parts }, at: childRef(ruleRef, "match") };
};
var clauseOf = (clause, owner, which) => {
  if (!isRecord(clause)) return [];
  const blocks = Array.isArray(clause["any"]) ? clause["any"] : Array.isArray(clause["all"]) ? clause["all"] : [clause];
  return blocks.flatMap((block) => {
    const condition = blockOf(block, owner, which);
    return condition ? [condition] : [];
  });
};
var blockOf = (block, owner, which) => {
  if (!isRecord(block)) return which === "match" ? { kind: "everywhere" } : void 0;
  const resources = isRecord(block["resources"]) ? block["resources"] : {};
  const filter = namespaceFilter(resources["namespaces"], void 0, resources["namespaceSelector"], owner);
  const requester = requesterFilterOf(block);
  const pods = someResources(resources);
  const parts = [];
  if (filterNarrows(filter)) parts.push({ kind: "namespaces", filter });
  if (requester) parts.push({ kind: "requester", filter: requester });
  if (pods) parts.push({ kind: "unknown", why: `${owner} ${which === "match" ? "applies only to" : "excludes"} the pods its ${pods} select` });
  if (which === "exclude" && parts.length === 0) return void 0;
  return { kind: "all", of: parts };
};
var someResources = (resources) => {
  const names = resources["names"];
  if (Array.isArray(names) && names.length > 0 && !names.includes("*")) return "names";
  if (typeof resources["name"] === "string" && resources["name"] !== "*") return "name";
  const selector = resources["selector"];
  if (isRecord(selector) && (Object.keys(isRecord(selector["matchLabels"]) ? selector["matchLabels"] : {}).length > 0 || Array.isArray(selector["matchExpressions"]) && selector["matchExpressions"].length > 0)) return "label selector";
  if (isRecord(resources["annotations"]) && Object.keys(resources["annotations"]).length > 0) return "annotations";
  return void 0;
};
var strings = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
var requesterFilterOf = (block) => {
  const subjects = Array.isArray(block["subjects"]) ? block["subjects"].filter(isRecord) : [];
  const clusterRoles = strings(block["clusterRoles"]);
  const roles = strings(block["roles"]);
  if (subjects.length === 0 && clusterRoles.length === 0 && roles.length === 0) return void 0;
  return {
    ...subjects.length > 0 ? {
      subjects: subjects.map((entry) => ({
        kind: typeof entry["kind"] === "string" ? entry["kind"] : "",
        // A subject without a name matches nobody.
        name: wildcard(typeof entry["name"] === "string" ? entry["name"] : "\0"),
        namespace: typeof entry["namespace"] === "string" ? entry["namespace"] : void 0
      }))
    } : {},
    ...clusterRoles.length > 0 ? { clusterRoles } : {},
    ...roles.length > 0 ? { roles } : {}
  };
};

// src/analyze/kyverno/policy.ts
var POLICY_KINDS = /* @__PURE__ */ new Set(["ClusterPolicy", "Policy"]);
var POLICY_API_VERSIONS = /* @__PURE__ */ new Set(["kyverno.io/v1", "kyverno.io/v2beta1"]);
var isKyvernoPolicy = (object) => POLICY_KINDS.has(object.kind) && POLICY_API_VERSIONS.has(object.apiVersion);
var analyzeKyvernoPolicy = (policy) => {
  const facts = [];
  const problems = [];
  if (!isKyvernoPolicy(policy)) return { facts, problems };
  const specRef = childRef(policy.ref.at, "spec");
  const spec = policy.body["spec"];
  if (spec === void 0) return { facts, problems };
  if (isRecord(spec) && spec["rules"] === void 0) return { facts, problems };
  if (!isRecord(spec) || !Array.isArray(spec["rules"])) {
    problems.push({ ruleId: "EG001", at: isRecord(spec) ? childRef(specRef, "rules") : specRef, message: `${policy.kind} ${policy.name}: ${isRecord(spec) ? "spec.rules" : "spec"} is not a ${isRecord(spec) ? "list" : "mapping"}, so the apiserver rejects it; fix its shape.` });
    return { facts, problems };
  }
  for (const [i, rule] of spec["rules"].entries()) {
    const rejected = isRecord(rule) ? rejectedOperator(rule, childRef(specRef, "rules", i)) : void 0;
    if (rejected) {
      problems.push({ ruleId: "EG001", at: rejected.at, message: `${policy.kind} ${policy.name}: operator ${JSON.stringify(rejected.operator)} is not one the Kyverno CRD accepts, so the apiserver rejects this policy and it checks nothing; use one of its operators (Equals, AnyIn, AnyNotIn...).` });
      return { facts, problems };
    }
  }
  spec["rules"].forEach((rule, i) => {
    const ruleRef = childRef(specRef, "rules", i);
    if (!isRecord(rule)) {
      problems.push({ ruleId: "EG001", at: ruleRef, message: `Rule ${i} of ${policy.kind} ${policy.name} is not an object.` });
      return;
    }
    const fact = ruleCoverage(policy, spec, specRef, rule, ruleRef, i);
    facts.push(fact);
    for (const reason of fact.reasons) {
      if (reason.ruleId === "EG003" && reason.at) {
        problems.push(unknownConstruct(reason.at, `${policy.kind} ${policy.name} rule ${fact.rule}`, reason.text, UNKNOWN_FIX.review));
      }
    }
  });
  return { facts, problems };
};
var mergeInto = (target, source) => {
  pushAll(target.reads, source.reads);
  pushAll(target.checks, source.checks);
  pushAll(target.requiresForbiddenOnEphemeral, source.requiresForbiddenOnEphemeral);
  pushAll(target.blocksEphemeralContainers, source.blocksEphemeralContainers);
  pushAll(target.unknowns, source.unknowns);
};
var validationLogic = (rule, ruleRef, bindings, subresourceOnly) => {
  const all = emptyLogicFacts();
  const groups = [];
  const exclusions = [];
  const updateDrops = [];
  const updateUnknowns = [];
  const validate = rule["validate"];
  const validateRef = childRef(ruleRef, "validate");
  const cel = kyvernoCelCoverage(rule, ruleRef, { subresourceOnly });
  pushAll(updateDrops, cel.updateDrops);
  pushAll(updateUnknowns, cel.updateUnknowns);
  const base = { all, groups, exclusions, updateDrops, updateUnknowns, podSecurity: false };
  if (!isRecord(validate)) {
    const kind = ["verifyImages", "mutate", "generate"].find((k) => rule[k] !== void 0);
    return { ...base, notAnalyzed: kind ?? "no validate" };
  }
  if (validate["pattern"] !== void 0) {
    groups.push(patternChecks(validate["pattern"], childRef(validateRef, "pattern")));
  }
  if (Array.isArray(validate["anyPattern"])) {
    validate["anyPattern"].forEach((p, i) => groups.push(patternChecks(p, childRef(validateRef, "anyPattern", i))));
  }
  const deny = validate["deny"];
  if (isRecord(deny)) {
    const conditionsRef = childRef(validateRef, "deny", "conditions");
    groups.push(conditionReads(deny["conditions"], conditionsRef, bindings));
    const never = conditionsDropUpdate(deny["conditions"], conditionsRef, "deny conditions");
    if (never.dropsUpdate) updateDrops.push(never.dropsUpdate);
    pushAll(updateUnknowns, never.unknowns);
  }
  if (validate["foreach"] !== void 0) {
    const foreach = emptyLogicFacts();
    foreachFacts(validate["foreach"], childRef(validateRef, "foreach"), bindings, foreach, updateDrops, updateUnknowns);
    groups.push(foreach);
  }
  if (cel.validation) groups.push(cel.validation);
  let podSecurity = false;
  let standard;
  if (validate["podSecurity"] !== void 0) {
    const podSecurityRef = childRef(validateRef, "podSecurity");
    const pss = podSecurityFacts(validate["podSecurity"], { ...podSecurityRef, key: true }, podSecurityRef);
    pushAll(all.reads, pss.reads);
    pushAll(all.checks, pss.checks);
    pushAll(exclusions, pss.exclusions);
    podSecurity = true;
    standard = pss.standard;
  }
  for (const group of groups) mergeInto(all, group);
  return { ...base, podSecurity, ...standard ? { standard } : {} };
};
var missingOnEphemeral = (group) => {
  const onEphemeral = new Set(
    group.checks.filter((c) => c.lists.includes("ephemeralContainers")).map((c) => c.field)
  );
  return group.checks.filter(
    (c) => c.lists.length > 0 && (c.role ?? "check") === "check" && !c.lists.includes("ephemeralContainers") && isSettableOnEphemeral(c.category) && !onEphemeral.has(c.field)
  );
};
var firstReads = (reads) => {
  const out = {};
  for (const read of reads) out[read.list] ??= { at: read.at, note: read.note };
  return out;
};
var SECURITY_FIRST = (a, b) => (a.category === "security" ? 0 : 1) - (b.category === "security" ? 0 : 1);
var ephemeralGap = (group) => {
  const missing = missingOnEphemeral(group).sort(SECURITY_FIRST);
  const first = missing[0];
  if (!first) return [];
  const fields = [...new Set(missing.map((c) => c.field))].join(", ");
  const readsEphemeral = group.reads.some((r) => r.list === "ephemeralContainers");
  return [{
    at: first.at,
    note: readsEphemeral ? `checks ${fields} on containers but not on ephemeralContainers` : `checks ${fields} on ${[...new Set(missing.flatMap((c) => c.lists))].join(" and ")} and never reads ephemeralContainers`
  }];
};
var REQUEST_CONTEXT = [
  { reads: /\brequest\.(?:userInfo|roles|clusterRoles)\b|\bserviceAccountName\b|\bserviceAccountNamespace\b/, what: "the requesting user or group" },
  { reads: /\brequest\.namespace\b|\brequest\.object\.metadata\.namespace\b/, what: "the namespace" },
  { reads: /\brequest\.object\.metadata\b/, what: "the Pod's metadata (labels, annotations, owners)" }
];
var stringsIn = (value, out, depth = 0) => {
  if (depth > 32 || out.length > 1e3) return out;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out, depth + 1);
  else if (isRecord(value)) for (const item of Object.values(value)) stringsIn(item, out, depth + 1);
  return out;
};
var subresourceControl = (rule, match, logic) => {
  if (!match.subresourceOnly || logic.notAnalyzed || logic.podSecurity) return void 0;
  if (logic.all.reads.some((read) => read.list !== "ephemeralContainers")) return void 0;
  const validate = isRecord(rule["validate"]) ? rule["validate"] : {};
  const checked = logic.all.checks.filter((check) => (check.role ?? "check") === "check" && check.lists.includes("ephemeralContainers"));
  if (checked.length > 0 && (checked.some((check) => check.category === "security") || !checked.some((check) => isSettableOnEphemeral(check.category)))) return void 0;
  const variables = [validate, rule["preconditions"]].flatMap((part) => stringsIn(part, [])).flatMap((text) => kyvernoVariables(text).map((v) => v.expression));
  const decidedBy = [
    ...checked.length > 0 ? [`the ephemeral container's ${[...new Set(checked.map((check) => check.field))].join(", ")}`] : [],
    ...REQUEST_CONTEXT.filter((context) => variables.some((expression) => context.reads.test(expression))).map((context) => context.what),
    ...Array.isArray(rule["context"]) && rule["context"].length > 0 ? ["data the rule looks up (context)"] : [],
    ...rule["preconditions"] !== void 0 ? ["its preconditions"] : [],
    ...rule["exclude"] !== void 0 ? ["its exclude"] : []
  ];
  const deny = isRecord(validate["deny"]) ? validate["deny"] : void 0;
  const onlyDeny = deny !== void 0 && Object.keys(validate).every((key) => ["deny", "message", "failureAction", "validationFailureAction", "allowExistingViolations"].includes(key));
  const conditions = deny?.["conditions"];
  const unconditional = onlyDeny && (conditions === void 0 || Array.isArray(conditions) && conditions.length === 0 || isRecord(conditions) && Object.keys(conditions).length === 0);
  const note = "controls ephemeral containers";
  if (unconditional && decidedBy.length === 0) return { ...match.subresourceOnly, note, scope: "all" };
  return { ...match.subresourceOnly, note, scope: "conditional", allowsOnly: decidedBy.length > 0 ? `what its checks of ${decidedBy.join(", ")} accept` : "what its validation accepts" };
};
var ruleCoverage = (policy, spec, specRef, rule, ruleRef, index) => {
  const name = typeof rule["name"] === "string" ? rule["name"] : `rules[${index}]`;
  const match = ruleMatchFacts(rule, ruleRef);
  const scratch = emptyLogicFacts();
  const bindings = contextBindings(rule["context"], childRef(ruleRef, "context"), /* @__PURE__ */ new Map(), scratch);
  const logic = validationLogic(rule, ruleRef, bindings, match.subresourceOnly !== void 0);
  pushAll(logic.all.reads, scratch.reads);
  pushAll(logic.all.checks, scratch.checks);
  const validate = isRecord(rule["validate"]) ? rule["validate"] : {};
  const enforcement = ruleEnforcement(spec, specRef, validate, childRef(ruleRef, "validate"));
  const preconditions = conditionsDropUpdate(rule["preconditions"], childRef(ruleRef, "preconditions"), "preconditions");
  const updateDrops = [
    ...match.updateDropped ? [match.updateDropped] : [],
    ...preconditions.dropsUpdate ? [preconditions.dropsUpdate] : [],
    ...logic.updateDrops
  ];
  const updateUnknowns = [...preconditions.unknowns, ...logic.updateUnknowns];
  const handlesUpdate = updateDrops.length > 0 ? "no" : updateUnknowns.length > 0 ? "unknown" : "yes";
  const exclusions = [...match.ephemeralExclusions, ...logic.exclusions];
  const unknowns = [...scratch.unknowns, ...conditionUnknowns(rule["preconditions"], childRef(ruleRef, "preconditions"), bindings), ...logic.all.unknowns];
  const blocks = logic.all.blocksEphemeralContainers[0] ?? subresourceControl(rule, match, logic);
  const checks = blocks ? [...logic.all.checks, { field: "ephemeralContainers", category: "security", lists: ["ephemeralContainers"], at: blocks.at }] : logic.all.checks;
  const reads = firstReads(logic.all.reads);
  if (blocks) reads.ephemeralContainers ??= blocks;
  const enforcementNote = enforcement.enforces === "yes" ? void 0 : {
    at: enforcement.evidence?.at ?? policy.ref.at,
    note: enforcement.enforces === "no" ? `${enforcement.evidence?.note ?? "Audit"}: violations are reported, not denied` : `${enforcement.evidence?.note ?? "failure action"}: denies in some namespaces only`
  };
  const updateEvidence = updateDrops[0] ?? updateUnknowns[0];
  const parts = {
    engine: "kyverno",
    policy: policy.ref,
    rule: name,
    scope: kyvernoRuleScope(policy, rule, ruleRef, name),
    reads,
    checks,
    receivesSubresource: match.receivesSubresource,
    ...match.subresourceEvidence ? { subresourceEvidence: match.subresourceEvidence } : {},
    handlesUpdate,
    ...updateEvidence ? { updateEvidence } : {},
    enforces: enforcement.enforces,
    requiresForbiddenOnEphemeral: logic.all.requiresForbiddenOnEphemeral,
    ...match.controllersEvidence ? { controllersOnly: match.controllersEvidence } : {},
    exemptsEphemeral: exclusions,
    ...blocks ? { blocksEphemeralContainers: blocks } : {},
    ...logic.standard ? { podSecurityStandard: logic.standard } : {}
  };
  let decided;
  let fixes = [];
  if (logic.notAnalyzed) {
    decided = logic.notAnalyzed === "verifyImages" ? { verdict: "unknown", reasons: [{ text: "verifyImages rules are not analyzed" }] } : { verdict: "not-applicable", reasons: [{ text: `not a validate rule (${logic.notAnalyzed})` }] };
  } else if (match.target === "none") {
    decided = { verdict: "not-applicable", reasons: [{ text: "matches no Pods" }] };
  } else {
    const gaps = blocks || logic.podSecurity ? [] : logic.groups.flatMap(ephemeralGap);
    fixes = blocks || logic.podSecurity ? [] : patternBranchAnchors(logic.groups);
    decided = decideFactVerdict(parts, {
      ...enforcementNote ? { enforcementEvidence: enforcementNote } : {},
      subresourceExcluded: match.subresourceExcluded,
      ephemeralGaps: gaps,
      unknowns: [
        ...match.target === "unknown" ? [{ at: childRef(ruleRef, "match"), note: "match kinds missing or templated" }] : [],
        ...unknowns,
        ...updateUnknowns
      ]
    });
    for (const drop of updateDrops.slice(1)) decided.reasons.push({ ruleId: "EG102", text: drop.note, at: drop.at });
  }
  const reasons = decided.reasons;
  for (const evidence of logic.all.requiresForbiddenOnEphemeral) {
    reasons.push({ ruleId: "EG105", text: evidence.note, at: evidence.at });
  }
  for (const exclusion of exclusions) {
    if (exclusion !== match.subresourceExcluded) reasons.push({ ruleId: "EG109", text: exclusion.note, at: exclusion.at });
  }
  if (enforcementNote && decided.verdict !== "not-applicable" && !(decided.verdict === "covered" && enforcement.enforces === "no")) {
    reasons.push({ text: enforcementNote.note, at: enforcementNote.at });
  }
  pushAll(fixes, logic.groups.flatMap((group) => group.fixes.filter((anchor) => anchor.ruleId === "EG105")));
  return { ...parts, verdict: decided.verdict, reasons, ...fixes.length > 0 && { fixes } };
};
var patternBranchAnchors = (groups) => {
  const missing = groups.filter((group) => ephemeralGap(group).length > 0);
  const anchorsOf = (group) => [
    ...group.containerBranches.map((branch) => ({ kind: "copy-entry", ruleId: "EG101", key: branch.key, value: branch.value, newKey: "=(ephemeralContainers)" })),
    ...group.fixes.filter((anchor) => anchor.ruleId === "EG101")
  ];
  if (missing.length === 0 || missing.some((group) => anchorsOf(group).length === 0)) return [];
  return missing.flatMap(anchorsOf);
};

// src/analyze/kyverno/policy-exception.ts
var EXCEPTION_API_VERSIONS = /* @__PURE__ */ new Set(["kyverno.io/v2", "kyverno.io/v2beta1", "kyverno.io/v2alpha1"]);
var isKyvernoPolicyException = (object) => object.kind === "PolicyException" && EXCEPTION_API_VERSIONS.has(object.apiVersion);
var matchKinds = (match, ref) => {
  const blocks = [{ value: match, ref }];
  for (const mode of ["any", "all"]) {
    const list2 = match[mode];
    if (Array.isArray(list2)) list2.forEach((b, i) => isRecord(b) && blocks.push({ value: b, ref: childRef(ref, mode, i) }));
  }
  return blocks.flatMap((block) => {
    const resources = block.value["resources"];
    const kinds = isRecord(resources) ? resources["kinds"] : void 0;
    return Array.isArray(kinds) ? kinds.map((kind, i) => ({ kind, at: childRef(block.ref, "resources", "kinds", i) })) : [];
  });
};
var analyzeKyvernoPolicyException = (exception) => {
  if (!isKyvernoPolicyException(exception)) return { facts: [], problems: [] };
  const specRef = childRef(exception.ref.at, "spec");
  const spec = exception.body["spec"];
  if (!isRecord(spec) || !isRecord(spec["match"])) {
    return {
      facts: [],
      problems: [unknownConstruct(specRef, `PolicyException ${exception.name}`, "no spec.match, so what it exempts is unknown", "add its match")]
    };
  }
  let explicit;
  let viaPod;
  for (const { kind, at: at3 } of matchKinds(spec["match"], childRef(specRef, "match"))) {
    const selector = typeof kind === "string" ? parseKindSelector(kind) : null;
    if (!selector) continue;
    if (!explicit && selectorMatches(selector, EPHEMERAL_REQUEST, false)) explicit = at3;
    if (!viaPod && selectorMatches(selector, EPHEMERAL_REQUEST, true)) viaPod = at3;
  }
  const at2 = explicit ?? viaPod;
  if (!at2) return { facts: [], problems: [] };
  const exceptionsRef = childRef(specRef, "exceptions");
  const entries = Array.isArray(spec["exceptions"]) ? spec["exceptions"] : [];
  const exempts = entries.flatMap((entry, i) => {
    if (!isRecord(entry) || typeof entry["policyName"] !== "string") return [];
    const ruleNames = Array.isArray(entry["ruleNames"]) ? entry["ruleNames"].filter((r) => typeof r === "string") : [];
    return [{ policyName: entry["policyName"], ruleNames, at: childRef(exceptionsRef, i) }];
  });
  return {
    facts: [
      {
        exception: exception.ref,
        exempts,
        reach: explicit ? "explicit" : "via-pod",
        at: at2,
        note: explicit ? "exception names the ephemeralcontainers subresource" : "exception matches Pod, which includes the ephemeralcontainers subresource since Kyverno 1.13"
      }
    ],
    problems: []
  };
};

// src/analyze/kyverno/analyze-kyverno.ts
var exemptionOfKyvernoException = (fact) => ({
  engine: "kyverno",
  exemption: fact.exception,
  at: fact.at,
  policies: fact.exempts.map((e) => ({ name: e.policyName, ...e.ruleNames.length > 0 ? { rules: e.ruleNames } : {} })),
  coversSubresource: "yes",
  note: fact.note
});
var analyzeKyverno = (workspace, checkTime = NO_TIME_LIMIT) => {
  const coverage = [];
  const exemptions = [];
  const problems = [];
  for (const kind of ["ClusterPolicy", "Policy"]) {
    for (const policy of workspace.byKind(kind)) {
      if (!isKyvernoPolicy(policy)) continue;
      checkTime("analysing Kyverno policies", () => `the Kyverno policies from ${objectLabel(policy)} on, and every later stage`);
      const result = analyzeKyvernoPolicy(policy);
      pushAll(coverage, result.facts);
      pushAll(problems, result.problems);
    }
  }
  for (const exception of workspace.byKind("PolicyException")) {
    if (!isKyvernoPolicyException(exception)) continue;
    checkTime("analysing Kyverno policy exceptions", () => `the PolicyExceptions from ${objectLabel(exception)} on, and every later stage`);
    const result = analyzeKyvernoPolicyException(exception);
    pushAll(exemptions, result.facts.map(exemptionOfKyvernoException));
    pushAll(problems, result.problems);
  }
  return { coverage, exemptions, problems };
};

// src/analyze/webhooks/webhooks.ts
var webhookEngine = (configName, webhookName) => {
  const names = `${configName} ${webhookName}`.toLowerCase();
  if (names.includes("kyverno")) return "kyverno";
  if (names.includes("gatekeeper")) return "gatekeeper";
  if (names.includes("kubewarden")) return "kubewarden";
  if (names.includes("jspolicy")) return "jspolicy";
  return "webhook";
};
var WEBHOOK_VERSIONS = /^admissionregistration\.k8s\.io\/(v1|v1beta1)$/;
var coverageOf = (source) => {
  const reach = ruleReach(source.rules, void 0, source.refs);
  if (reach.target === "none" || reach.target === "controllers-only") return void 0;
  const sources = new CelSources();
  const conditions = source.matchConditions ? sources.collect(source.matchConditions.list, source.matchConditions.ref) : [];
  const dropped = conditions.length > 0 ? celConditionsDropUpdate(sources, conditions) : { unknowns: [] };
  const handlesUpdate = dropped.updateDropped ? "no" : dropped.unknowns.length > 0 ? "unknown" : "yes";
  const parts = {
    engine: source.engine,
    policy: source.object.ref,
    ...source.rule ? { rule: source.rule } : {},
    ...source.scope ? { scope: source.scope } : {},
    reads: source.logic.reads,
    checks: source.logic.checks,
    receivesSubresource: reach.receivesSubresource,
    ...reach.evidence ? { subresourceEvidence: reach.evidence } : {},
    handlesUpdate,
    ...dropped.updateDropped ? { updateEvidence: dropped.updateDropped } : {},
    enforces: source.enforces
  };
  const decided = source.logic.notAboutContainers ? { verdict: "not-applicable", reasons: [{ text: source.logic.notAboutContainers }] } : decideFactVerdict(parts, {
    ...source.enforcementEvidence ? { enforcementEvidence: source.enforcementEvidence } : {},
    ...source.logic.hidden ? { logicHidden: source.logic.hidden } : {},
    unknowns: dropped.unknowns
  });
  return { ...parts, verdict: decided.verdict, reasons: decided.reasons };
};
var analyzeWebhookConfiguration = (configuration) => {
  const mutating = configuration.kind === "MutatingWebhookConfiguration";
  if (!mutating && configuration.kind !== "ValidatingWebhookConfiguration" || !WEBHOOK_VERSIONS.test(configuration.apiVersion)) {
    return { facts: [], problems: [] };
  }
  const webhooks = configuration.body["webhooks"];
  if (!Array.isArray(webhooks)) return { facts: [], problems: [] };
  const facts = [];
  webhooks.forEach((webhook, i) => {
    if (!isRecord(webhook)) return;
    const ref = childRef(configuration.ref.at, "webhooks", i);
    const name = typeof webhook["name"] === "string" ? webhook["name"] : `webhooks[${i}]`;
    const engine = webhookEngine(configuration.name, name);
    const fact = coverageOf({
      engine,
      object: configuration,
      rule: name,
      rules: webhook["rules"],
      refs: { rules: childRef(ref, "rules") },
      matchConditions: { list: webhook["matchConditions"], ref: childRef(ref, "matchConditions") },
      enforces: mutating ? "no" : "unknown",
      ...mutating ? { enforcementEvidence: { at: ref, note: "a mutating webhook changes requests; whether it denies is not visible" } } : {},
      logic: {
        checks: [],
        reads: {},
        hidden: {
          at: childRef(ref, "name"),
          note: engine === "webhook" ? "the webhook's logic is not in the repository" : `${engine}'s webhook: what it checks is decided by ${engine} policies`
        }
      }
    });
    if (fact) facts.push(fact);
  });
  return { facts, problems: [] };
};
var selectsSome = (selector) => isRecord(selector) && (Object.keys(isRecord(selector["matchLabels"]) ? selector["matchLabels"] : {}).length > 0 || Array.isArray(selector["matchExpressions"]) && selector["matchExpressions"].length > 0);
var selectorScope = (policy, spec, specRef) => {
  const owner = objectLabel(policy.ref);
  const parts = [];
  if (policy.namespace) parts.push({ kind: "own-namespace", namespace: policy.namespace, owner });
  parts.push({ kind: "namespaces", filter: namespaceFilter(void 0, void 0, spec["namespaceSelector"], owner) });
  if (selectsSome(spec["objectSelector"])) parts.push({ kind: "unknown", why: `${owner} applies only to the objects its objectSelector selects` });
  return { where: { kind: "all", of: parts }, at: specRef };
};
var KUBEWARDEN_KINDS = /* @__PURE__ */ new Set(["ClusterAdmissionPolicy", "AdmissionPolicy", "ClusterAdmissionPolicyGroup", "AdmissionPolicyGroup"]);
var SECURITY_MODULE = /privileged|privilege-escalation|capabilities|user-group|readonly-root|read-only-root|selinux|apparmor|seccomp|proc-mount|pod-security/;
var IMAGE_MODULE = /trusted-repos|verify-image|image-signature|image-tag|latest|disallowed-image|image-policy/;
var OTHER_MODULE = /label|annotation|service|ingress|namespace|replica|hostpath|host-namespace|volume|sysctl|node|toleration|priority|resource|storage|rbac|deprecated/;
var moduleLogic = (modules) => {
  const checks = [];
  for (const { module, at: at3 } of modules) {
    const name = module.toLowerCase();
    if (SECURITY_MODULE.test(name)) checks.push({ field: "securityContext", category: "security", at: at3 });
    else if (IMAGE_MODULE.test(name)) checks.push({ field: "image", category: "image", at: at3 });
  }
  if (checks.length > 0) return { checks, reads: {} };
  if (modules.length > 0 && modules.every(({ module }) => OTHER_MODULE.test(module.toLowerCase()))) {
    return { checks, reads: {}, notAboutContainers: "its policy modules are not about container fields" };
  }
  const at2 = modules[0]?.at;
  return { checks, reads: {}, ...at2 ? { hidden: { at: at2, note: "what the Kubewarden module checks is not visible" } } : {} };
};
var analyzeKubewardenPolicy = (policy) => {
  if (!KUBEWARDEN_KINDS.has(policy.kind) || !policy.apiVersion.startsWith("policies.kubewarden.io/")) return void 0;
  const spec = policy.body["spec"];
  if (!isRecord(spec)) return void 0;
  const specRef = childRef(policy.ref.at, "spec");
  const modules = [];
  if (typeof spec["module"] === "string") modules.push({ module: spec["module"], at: childRef(specRef, "module") });
  if (isRecord(spec["policies"])) {
    for (const [name, member] of Object.entries(spec["policies"])) {
      if (isRecord(member) && typeof member["module"] === "string") modules.push({ module: member["module"], at: childRef(specRef, "policies", name, "module") });
    }
  }
  const monitor = spec["mode"] === "monitor";
  return coverageOf({
    engine: "kubewarden",
    object: policy,
    scope: selectorScope(policy, spec, specRef),
    rules: spec["rules"],
    refs: { rules: childRef(specRef, "rules") },
    matchConditions: { list: spec["matchConditions"], ref: childRef(specRef, "matchConditions") },
    enforces: monitor || spec["mutating"] === true ? "no" : "yes",
    ...monitor ? { enforcementEvidence: { at: childRef(specRef, "mode"), note: "mode: monitor: violations are logged, not denied" } } : {},
    logic: moduleLogic(modules)
  });
};
var JS_LISTS = /\b(containers|initContainers|ephemeralContainers)\b/g;
var javascriptLogic = (source, ref) => {
  const reads = {};
  for (const m of source.matchAll(JS_LISTS)) {
    const list2 = m[1];
    reads[list2] ??= { at: spanRef(ref, m.index, m.index + m[0].length), note: `the JavaScript names ${list2}` };
  }
  const checks = [];
  const security = /\bsecurityContext\b/.exec(source);
  if (security) checks.push({ field: "securityContext", category: "security", at: spanRef(ref, security.index, security.index + security[0].length) });
  const image = /\.image\b/.exec(source);
  if (image) checks.push({ field: "image", category: "image", at: spanRef(ref, image.index + 1, image.index + image[0].length) });
  if (checks.length === 0 && Object.keys(reads).length === 0) return { checks, reads, notAboutContainers: "its JavaScript names no container field" };
  return { checks, reads };
};
var analyzeJsPolicy = (policy) => {
  if (policy.kind !== "JsPolicy" || !policy.apiVersion.startsWith("policy.jspolicy.com/")) return void 0;
  const spec = policy.body["spec"];
  if (!isRecord(spec)) return void 0;
  const specRef = childRef(policy.ref.at, "spec");
  const type = spec["type"] ?? "Validating";
  if (type === "Controller") return void 0;
  const all = (value) => Array.isArray(value) && value.length > 0 ? value : ["*"];
  const rule = { operations: spec["operations"], apiGroups: all(spec["apiGroups"]), apiVersions: all(spec["apiVersions"]), resources: spec["resources"], ...spec["scope"] === void 0 ? {} : { scope: spec["scope"] } };
  const violation = typeof spec["violationPolicy"] === "string" ? spec["violationPolicy"] : "Deny";
  const denies = type === "Validating" && violation.toLowerCase() === "deny";
  const javascript = spec["javascript"];
  return coverageOf({
    engine: "jspolicy",
    object: policy,
    scope: selectorScope(policy, spec, specRef),
    rules: [rule],
    refs: { rules: specRef, flat: specRef },
    enforces: denies ? "yes" : "no",
    ...denies ? {} : { enforcementEvidence: { at: childRef(specRef, type === "Validating" ? "violationPolicy" : "type"), note: type === "Validating" ? `violationPolicy ${violation}: violations are not denied` : "a mutating JsPolicy never denies" } },
    logic: typeof javascript === "string" ? javascriptLogic(javascript, childRef(specRef, "javascript")) : { checks: [], reads: {}, hidden: { at: policy.ref.at, note: "the policy's JavaScript lives in a JsPolicyBundle, not visible here" } }
  });
};

// src/analyze/webhooks/index.ts
var analyzeWebhooks = (workspace, checkTime = NO_TIME_LIMIT) => {
  const coverage = [];
  const problems = [];
  for (const kind of ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"]) {
    for (const configuration of workspace.byKind(kind)) {
      checkTime("analysing webhook configurations", () => `the webhook configurations from ${objectLabel(configuration)} on, and every later stage`);
      const result = analyzeWebhookConfiguration(configuration);
      pushAll(coverage, result.facts);
      pushAll(problems, result.problems);
    }
  }
  for (const kind of ["ClusterAdmissionPolicy", "AdmissionPolicy", "ClusterAdmissionPolicyGroup", "AdmissionPolicyGroup"]) {
    for (const policy of workspace.byKind(kind)) {
      checkTime("analysing Kubewarden policies", () => `the Kubewarden policies from ${objectLabel(policy)} on, and every later stage`);
      const fact = analyzeKubewardenPolicy(policy);
      if (fact) coverage.push(fact);
    }
  }
  for (const policy of workspace.byKind("JsPolicy")) {
    checkTime("analysing jsPolicy policies", () => `the jsPolicy policies from ${objectLabel(policy)} on, and every later stage`);
    const fact = analyzeJsPolicy(policy);
    if (fact) coverage.push(fact);
  }
  return { coverage, problems };
};

// src/load/load-manifests.ts
var BOM = 65279;
var IGNORE_ANNOTATION = "ephemeral-guard.io/ignore";
var decodeText = (bytes) => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
};
var startsWithBom = (bytes) => bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
var looksBinary = (bytes) => bytes.subarray(0, 8192).includes(0);
var mayHoldManifests = (text) => text.includes("apiVersion") && text.includes("kind");
var UNREAD_KINDS = /* @__PURE__ */ new Map([
  ["Service", ["v1"]],
  ["Secret", ["v1"]],
  ["Endpoints", ["v1"]],
  ["PersistentVolumeClaim", ["v1"]],
  ["PersistentVolume", ["v1"]],
  ["EndpointSlice", ["discovery.k8s.io/v1"]],
  ["Ingress", ["networking.k8s.io/v1"]],
  ["NetworkPolicy", ["networking.k8s.io/v1"]],
  ["PodDisruptionBudget", ["policy/v1"]],
  ["HorizontalPodAutoscaler", ["autoscaling/v1", "autoscaling/v2"]],
  ["CustomResourceDefinition", ["apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1"]]
]);
var READ_ONLY_BY_NAME = /* @__PURE__ */ new Map([
  ["ConfigMap", { apiVersions: ["v1"], names: ["kyverno"] }]
]);
var isUnreadKind = (apiVersion, kind, nameOf) => {
  if (UNREAD_KINDS.get(kind)?.includes(apiVersion) === true) return true;
  const byName = READ_ONLY_BY_NAME.get(kind);
  if (!byName?.apiVersions.includes(apiVersion)) return false;
  const name = nameOf();
  return name !== void 0 && !byName.names.includes(name);
};
var loadManifests = (file, text) => {
  if (!mayHoldManifests(text) && !isHelmChartFile(file)) return { file, text, objects: [], problems: [], otherDocuments: 1, unreadObjects: 0 };
  const parsed = parseYaml(text, isHelmChartFile(file) || text.includes(IGNORE_ANNOTATION) ? {} : { skipKind: isUnreadKind });
  const problems = parsed.problems.map((problem) => ({
    ruleId: "EG001",
    at: { file, start: problem.offset, end: problem.offset },
    message: /\{\{.*\}\}/.test(text) ? `Not valid YAML: ${problem.message}. The file holds template expressions ({{ … }}): render it (helm template, or your templating step) and scan the output, or exclude it; the rest of the file was read where possible.` : `Not valid YAML: ${problem.message}. The rest of the file was read where possible; fix the syntax so that every document is checked.`
  }));
  const objects = [];
  let otherDocuments = 0;
  parsed.documents.forEach((value, doc) => {
    const at2 = { file, doc, path: [] };
    if (value === void 0 || value === null) return;
    if (!isRecord(value)) {
      if (parsed.documents.length > 1 || typeof value !== "string") {
        problems.push({
          ruleId: "EG001",
          at: at2,
          message: `Document ${doc + 1} is ${describe2(value)}, not an object: it was not read as a Kubernetes manifest.`
        });
      } else otherDocuments++;
      return;
    }
    const added = isHelmChartFile(file) ? helmChartOf(value, at2) : objectsOf(value, at2, problems);
    if (added.length === 0 && !isKubernetesShaped(value)) otherDocuments++;
    pushAll(objects, added);
  });
  return { file, text, objects, problems, otherDocuments, unreadObjects: parsed.skipped.length, source: parsed.source };
};
var HELM_CHART_KIND = "HelmChart";
var isHelmChartFile = (file) => file === "Chart.yaml" || file.endsWith("/Chart.yaml");
var helmChartOf = (value, at2) => {
  if (typeof value.apiVersion !== "string" || typeof value.name !== "string") return [];
  const ref = { kind: HELM_CHART_KIND, apiVersion: value.apiVersion, name: value.name, at: at2 };
  return [{ apiVersion: value.apiVersion, kind: HELM_CHART_KIND, name: value.name, body: value, ref }];
};
var isKubernetesShaped = (value) => typeof value.apiVersion === "string" && typeof value.kind === "string";
var describe2 = (value) => Array.isArray(value) ? "a list" : typeof value === "string" ? "a string" : `a ${typeof value}`;
var objectsOf = (value, at2, problems) => {
  if (!isKubernetesShaped(value)) return [];
  const kind = value.kind;
  if (kind.endsWith("List") && Array.isArray(value.items)) {
    const objects = [];
    value.items.forEach((item, index) => {
      const itemAt = { file: at2.file, doc: at2.doc, path: [...at2.path, "items", index] };
      if (isRecord(item) && isKubernetesShaped(item)) pushAll(objects, objectsOf(item, itemAt, problems));
      else {
        problems.push({
          ruleId: "EG001",
          at: itemAt,
          message: `Item ${index} of this ${kind} has no apiVersion and kind: it was not read.`
        });
      }
    });
    return objects;
  }
  return [toObject(value, at2)];
};
var toObject = (body, at2) => {
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? `${metadata.generateName}*` : "(unnamed)";
  const namespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : void 0;
  const apiVersion = body.apiVersion;
  const kind = body.kind;
  return {
    apiVersion,
    kind,
    name,
    ...namespace !== void 0 ? { namespace } : {},
    body,
    ref: { kind, apiVersion, name, ...namespace !== void 0 ? { namespace } : {}, at: at2 }
  };
};

// src/analyze/engine-versions/engine-versions.ts
var versionFix = (fact, text, fixed) => {
  const start = text.lastIndexOf(fact.version);
  if (start < 0 || text.indexOf(fact.version) !== start) return fact;
  const anchor = { kind: "replace", ruleId: "EG106", at: spanRef(fact.at, start, start + fact.version.length), expected: fact.version, text: fixed, description: `Upgrade to ${fixed}` };
  return { ...fact, fixes: [anchor] };
};
var parseVersion = (text) => {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+][0-9A-Za-z.-]*)?$/.exec(text.trim());
  if (!m) return void 0;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
};
var below = (a, b) => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
var show = (v) => v.join(".");
var KYVERNO_FIXED = [1, 5, 3];
var KYVERNO_CHART_FIXED = [2, 1, 5];
var GATEKEEPER_FIXED = [3, 9, 0];
var GATEKEEPER_VAP_DEFAULT = [3, 20, 0];
var GATEKEEPER_VAP_SCOPED = [3, 22, 0];
var GATEKEEPER_VAP_SYNC_FLAG = [3, 21, 0];
var KYVERNO_IMAGE = /^(?:[^/]+\/)*kyverno\/kyverno$/;
var GATEKEEPER_IMAGE = /^(?:[^/]+\/)*(?:openpolicyagent|open-policy-agent)\/gatekeeper$/;
var splitImage = (image) => {
  const at2 = image.indexOf("@");
  const ref = at2 === -1 ? image : image.slice(0, at2);
  const colon = ref.lastIndexOf(":");
  if (colon === -1 || ref.indexOf("/", colon) !== -1) return { repository: ref };
  return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
};
var flagValue = (args, name) => {
  if (!Array.isArray(args)) return void 0;
  for (const [index, arg] of args.entries()) {
    if (typeof arg !== "string") continue;
    const m = new RegExp(`^--?${name}(?:=(.*))?$`).exec(arg);
    if (!m) continue;
    const raw = m[1] ?? (typeof args[index + 1] === "string" && /^(true|false)$/.test(args[index + 1]) ? args[index + 1] : "true");
    return { value: raw === "true", index };
  }
  return void 0;
};
var gatekeeperVapFact = (base, version, generate, sync) => {
  if (!below(version, GATEKEEPER_VAP_SCOPED) || below(version, GATEKEEPER_FIXED)) return void 0;
  const on = generate ? generate.value : !below(version, GATEKEEPER_VAP_DEFAULT);
  if (!on || sync && !below(version, GATEKEEPER_VAP_SYNC_FLAG)) return void 0;
  return { ...base, engine: "gatekeeper", problem: "generated-vap", fixedIn: show(GATEKEEPER_VAP_SCOPED), ...generate?.at ? { flagAt: generate.at } : {} };
};
var imageFacts = (object) => {
  const site = podSpecOf(object);
  if (!site) return [];
  const facts = [];
  for (const { list: list2, container, at: containerRef } of containersOf(site)) {
    if (list2 !== "containers" || typeof container["image"] !== "string") continue;
    const { repository, tag } = splitImage(container["image"]);
    const engine = KYVERNO_IMAGE.test(repository) ? "kyverno" : GATEKEEPER_IMAGE.test(repository) ? "gatekeeper" : void 0;
    const version = engine && tag ? parseVersion(tag) : void 0;
    if (!version) continue;
    const base = { version: show(version), source: "image", object: object.ref, at: childRef(containerRef, "image") };
    if (engine === "kyverno") {
      if (below(version, KYVERNO_FIXED)) facts.push(versionFix({ ...base, engine: "kyverno", problem: "too-old", fixedIn: show(KYVERNO_FIXED) }, container["image"], show(KYVERNO_FIXED)));
    } else {
      if (below(version, GATEKEEPER_FIXED)) {
        facts.push(versionFix({ ...base, engine: "gatekeeper", problem: "too-old", fixedIn: show(GATEKEEPER_FIXED) }, container["image"], show(GATEKEEPER_FIXED)));
        continue;
      }
      const args = container["args"];
      const generate = flagValue(args, "default-create-vap-for-templates");
      const sync = flagValue(args, "sync-vap-enforcement-scope")?.value ?? false;
      const fact = gatekeeperVapFact(base, version, generate && { value: generate.value, at: childRef(containerRef, "args", generate.index) }, sync);
      if (fact) facts.push(versionFix(fact, container["image"], show(GATEKEEPER_VAP_SCOPED)));
    }
  }
  return facts;
};
var chartFact = (chart, versionText, at2, object, source, values, valuesAt) => {
  if (typeof chart !== "string" || typeof versionText !== "string") return void 0;
  const version = parseVersion(versionText);
  if (!version) return void 0;
  const name = chart.split("/").pop();
  const base = { version: show(version), source, object, at: at2 };
  if (name === "kyverno") {
    return below(version, KYVERNO_CHART_FIXED) ? versionFix({ ...base, engine: "kyverno", problem: "too-old", fixedIn: `${show(KYVERNO_FIXED)} (chart ${show(KYVERNO_CHART_FIXED)})` }, versionText, show(KYVERNO_CHART_FIXED)) : void 0;
  }
  if (name === "gatekeeper") {
    if (below(version, GATEKEEPER_FIXED)) return versionFix({ ...base, engine: "gatekeeper", problem: "too-old", fixedIn: show(GATEKEEPER_FIXED) }, versionText, show(GATEKEEPER_FIXED));
    const value = isRecord(values) ? values["defaultCreateVAPForTemplates"] : void 0;
    const generate = typeof value === "boolean" ? { value, ...valuesAt ? { at: childRef(valuesAt, "defaultCreateVAPForTemplates") } : {} } : void 0;
    const fact = gatekeeperVapFact(base, version, generate, false);
    return fact && versionFix(fact, versionText, show(GATEKEEPER_VAP_SCOPED));
  }
  return void 0;
};
var engineVersionFacts = (workspace) => {
  const facts = [];
  for (const kind of ["Deployment", "StatefulSet", "DaemonSet"]) {
    for (const object of workspace.byKind(kind)) pushAll(facts, imageFacts(object));
  }
  for (const chart of workspace.byKind(HELM_CHART_KIND)) {
    const dependencies = chart.body["dependencies"];
    if (!Array.isArray(dependencies)) continue;
    dependencies.forEach((dependency, i) => {
      if (!isRecord(dependency)) return;
      const at2 = childRef(chart.ref.at, "dependencies", i);
      const fact = chartFact(dependency["name"], dependency["version"], childRef(at2, "version"), chart.ref, "chart-dependency");
      if (fact) facts.push(fact);
    });
  }
  for (const release of workspace.byKind("HelmRelease")) {
    if (!release.apiVersion.startsWith("helm.toolkit.fluxcd.io/")) continue;
    const spec = isRecord(release.body["spec"]) ? release.body["spec"] : {};
    const chart = isRecord(spec["chart"]) && isRecord(spec["chart"]["spec"]) ? spec["chart"]["spec"] : {};
    const chartRef = childRef(release.ref.at, "spec", "chart", "spec");
    const fact = chartFact(chart["chart"], chart["version"], childRef(chartRef, "version"), release.ref, "helm-release", spec["values"], childRef(release.ref.at, "spec", "values"));
    if (fact) facts.push(fact);
  }
  for (const application of workspace.byKind("Application")) {
    if (!application.apiVersion.startsWith("argoproj.io/")) continue;
    const spec = isRecord(application.body["spec"]) ? application.body["spec"] : {};
    const sources = [[spec["source"], childRef(application.ref.at, "spec", "source")]];
    if (Array.isArray(spec["sources"])) spec["sources"].forEach((s, i) => sources.push([s, childRef(application.ref.at, "spec", "sources", i)]));
    for (const [source, ref] of sources) {
      if (!isRecord(source)) continue;
      const helm = isRecord(source["helm"]) ? source["helm"] : {};
      const fact = chartFact(source["chart"], source["targetRevision"], childRef(ref, "targetRevision"), application.ref, "argo-application", helm["valuesObject"], childRef(ref, "helm", "valuesObject"));
      if (fact) facts.push(fact);
    }
  }
  return facts;
};

// src/analyze/engine-reach.ts
var ENGINE_POLICIES = {
  gatekeeper: ["gatekeeper"],
  kyverno: ["kyverno", "kyverno-cel"]
};
var isWebhookConfiguration = (fact) => fact.policy.kind.endsWith("WebhookConfiguration");
var engineBlocks = (coverage, versions) => {
  const blocks = /* @__PURE__ */ new Map();
  for (const version of versions) {
    if (version.problem !== "too-old" || blocks.has(version.engine)) continue;
    const name = version.engine === "kyverno" ? "Kyverno" : "Gatekeeper";
    blocks.set(version.engine, {
      ruleId: "EG106",
      at: version.at,
      note: `${objectLabel(version.object)} installs ${name} ${version.version}, which never receives pods/ephemeralcontainers (fixed in ${version.fixedIn})`
    });
  }
  const gatekeeperWebhooks = coverage.filter((fact) => fact.engine === "gatekeeper" && fact.policy.kind === "ValidatingWebhookConfiguration");
  const missing = gatekeeperWebhooks.find((fact) => fact.receivesSubresource === "no");
  if (!blocks.has("gatekeeper") && missing && gatekeeperWebhooks.every((fact) => fact.receivesSubresource === "no")) {
    blocks.set("gatekeeper", {
      ruleId: "EG103",
      at: missing.subresourceEvidence?.at ?? missing.policy.at,
      note: `Gatekeeper's validating webhook in scope (${objectLabel(missing.policy)}) never routes pods/ephemeralcontainers`
    });
  }
  return blocks;
};
var applyEngineReach = (coverage, versions) => {
  const blocks = engineBlocks(coverage, versions);
  if (blocks.size === 0) return [...coverage];
  const blockOf2 = (engine) => {
    for (const [installed, block] of blocks) if (ENGINE_POLICIES[installed]?.includes(engine)) return block;
    return void 0;
  };
  return coverage.map((fact) => {
    const block = blockOf2(fact.engine);
    if (!block || isWebhookConfiguration(fact) || fact.receivesSubresource === "no") return fact;
    if (ephemeralRelevantChecks(fact.checks).length === 0) return fact;
    const inherited = { ruleId: block.ruleId, text: block.note, at: block.at, inherited: true };
    const holes = fact.reasons.filter((reason) => reason.ruleId !== void 0);
    return {
      ...fact,
      receivesSubresource: "no",
      subresourceEvidence: { at: block.at, note: block.note },
      verdict: "not-covered",
      reasons: [...holes, inherited]
    };
  });
};

// src/analyze/gatekeeper/installation.ts
var GATEKEEPER_IGNORE_LABEL = "admission.gatekeeper.sh/ignore";
var strings2 = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
var gatekeeperInstallation = (workspace) => {
  const excluded = [];
  let owner = "";
  let at2;
  for (const config of workspace.byKind("Config")) {
    if (!config.apiVersion.startsWith("config.gatekeeper.sh/") || config.name !== "config") continue;
    const spec = isRecord(config.body["spec"]) ? config.body["spec"] : {};
    for (const entry of Array.isArray(spec["match"]) ? spec["match"] : []) {
      if (!isRecord(entry)) continue;
      const processes = strings2(entry["processes"]);
      if (!processes.includes("*") && !processes.includes("webhook")) continue;
      pushAll(excluded, strings2(entry["excludedNamespaces"]));
      owner = objectLabel(config.ref);
      at2 ??= config.ref.at;
    }
  }
  const webhookFilters = [];
  for (const configuration of workspace.byKind("ValidatingWebhookConfiguration")) {
    const webhooks = Array.isArray(configuration.body["webhooks"]) ? configuration.body["webhooks"] : [];
    for (const webhook of webhooks) {
      if (!isRecord(webhook) || typeof webhook["name"] !== "string") continue;
      if (webhookEngine(configuration.name, webhook["name"]) !== "gatekeeper") continue;
      webhookFilters.push(namespaceFilter(void 0, void 0, webhook["namespaceSelector"], `${objectLabel(configuration.ref)} webhook ${webhook["name"]}`));
      at2 ??= configuration.ref.at;
    }
  }
  const parts = [{ kind: "unless-labelled", label: GATEKEEPER_IGNORE_LABEL }];
  if (excluded.length > 0) parts.push({ kind: "namespaces", filter: namespaceFilter(void 0, excluded, void 0, owner) });
  if (webhookFilters.length > 0) parts.push({ kind: "any", of: webhookFilters.map((filter) => ({ kind: "namespaces", filter })) });
  return { engines: ["gatekeeper"], where: { kind: "all", of: parts }, at: at2 };
};

// src/analyze/kyverno/installation.ts
var DEFAULT_FILTERED_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease", "kyverno"];
var kyvernoInstallation = (workspace) => {
  const configMap = workspace.byKind("ConfigMap").find((object) => object.name === "kyverno" && isRecord(object.body["data"]));
  const data = configMap && isRecord(configMap.body["data"]) ? configMap.body["data"] : void 0;
  const text = typeof data?.["resourceFilters"] === "string" ? data["resourceFilters"] : void 0;
  const excluded = text === void 0 ? DEFAULT_FILTERED_NAMESPACES : [...text.matchAll(/\[([^,\]]*),([^,\]]*),([^\]]*)\]/g)].filter(([, kind, , name]) => ["*", "*/*", "Pod"].includes((kind ?? "").trim()) && (name ?? "").trim() === "*").map(([, , namespace]) => (namespace ?? "").trim()).filter((namespace) => namespace !== "" && namespace !== "*");
  const owner = configMap && text !== void 0 ? `Kyverno's resourceFilters (${objectLabel(configMap.ref)})` : "Kyverno's default resourceFilters";
  const list2 = (key, fallback) => (typeof data?.[key] === "string" ? data[key].split(",") : data ? [] : [...fallback]).map((entry) => entry.trim()).filter((entry) => entry !== "" && !entry.startsWith("!"));
  const requesters = [
    { groups: list2("excludeGroups", ["system:nodes"]).map(wildcard) },
    { usernames: list2("excludeUsernames", []).map(wildcard) },
    { roles: list2("excludeRoles", []) },
    { clusterRoles: list2("excludeClusterRoles", []) }
  ].filter((filter) => Object.values(filter)[0].length > 0);
  const parts = [];
  if (requesters.length > 0) {
    parts.push({ kind: "not", of: { kind: "any", of: requesters.map((filter) => ({ kind: "requester", filter })) }, why: "Kyverno excludes some requesters" });
  }
  if (excluded.length > 0) parts.push({ kind: "namespaces", filter: namespaceFilter(void 0, excluded, void 0, owner) });
  return { engines: ["kyverno", "kyverno-cel"], where: { kind: "all", of: parts }, at: configMap?.ref.at };
};

// src/analyze/pod-security-policy.ts
var coverageOfPodSecurityPolicy = (policy) => ({
  engine: "pod-security-policy",
  policy: policy.ref,
  reads: {},
  checks: [],
  receivesSubresource: "no",
  subresourceEvidence: { at: policy.ref.at, note: "PodSecurityPolicy ignores every subresource request" },
  handlesUpdate: "no",
  enforces: "yes",
  verdict: "not-covered",
  reasons: [
    {
      ruleId: "EG107",
      text: "PodSecurityPolicy ignores the pods/ephemeralcontainers subresource (and is removed in Kubernetes 1.25)"
    }
  ]
});
var isPodSecurityPolicy = (object) => object.kind === "PodSecurityPolicy" && /^(policy|extensions)\/v1beta1$/.test(object.apiVersion);

// src/analyze/evaluate/probe-facts.ts
var proofOf = (probes2) => {
  const control = probes2.outcomes.find((outcome) => outcome.variant === "hardened-control");
  if (control === void 0) return { kind: "not-evaluated", probes: probes2, reason: "no control probe" };
  if (control.container.outcome === "not-evaluated") return { kind: "not-evaluated", probes: probes2, reason: control.container.reason };
  if (control.container.outcome === "denied") return { kind: "not-evaluated", probes: probes2, reason: `the hardened control container is denied (${control.container.message}), so no denial is about a probe's field` };
  const variants = probes2.outcomes.filter((outcome) => outcome !== control && (outcome.podControl === void 0 || outcome.podControl.outcome === "admitted"));
  const hole = variants.find((outcome) => outcome.container.outcome === "denied" && outcome.ephemeral?.outcome === "admitted");
  if (hole) return { kind: "hole", probes: probes2, outcome: hole };
  const deniedAsContainer = variants.filter((outcome) => outcome.container.outcome === "denied");
  const undecided = deniedAsContainer.find((outcome) => outcome.ephemeral?.outcome !== "admitted" && outcome.ephemeral?.outcome !== "denied");
  if (undecided) return { kind: "not-evaluated", probes: probes2, reason: undecided.ephemeral?.outcome === "not-evaluated" ? undecided.ephemeral.reason : "the ephemeral form was not run" };
  if (deniedAsContainer.length > 0) return { kind: "handled", probes: probes2, variants: deniedAsContainer.map((outcome) => outcome.variant) };
  const unevaluated = variants.find((outcome) => outcome.container.outcome === "not-evaluated");
  if (unevaluated && unevaluated.container.outcome === "not-evaluated") return { kind: "not-evaluated", probes: probes2, reason: unevaluated.container.reason };
  return { kind: "silent", probes: probes2 };
};

// src/analyze/evaluate/combine.ts
var parametersLabel = (probes2) => {
  const source = probes2.parameters;
  if (source.kind === "constraint" || source.kind === "param") return `parameters of ${objectLabel(source.object)}`;
  if (source.kind === "schema-defaults") return "the parameter schema defaults (no Constraint in scope)";
  if (source.kind === "none") return "no parameters in scope";
  return "no parameters";
};
var holeOf = (proof, container) => ({
  variant: proof.outcome.variant,
  asks: proof.outcome.asks,
  container,
  operation: "UPDATE",
  subResource: "ephemeralcontainers",
  deniedAsContainerWith: proof.outcome.container.outcome === "denied" ? proof.outcome.container.message : "",
  parameters: parametersLabel(proof.probes)
});
var holeSentence = (hole) => `${hole.asks} is denied as a normal container on CREATE ("${hole.deniedAsContainerWith}") and admitted as an ephemeral container on UPDATE pods/ephemeralcontainers (${hole.parameters})`;
var LOGIC_RULES = /* @__PURE__ */ new Set(["EG101", "EG102"]);
var readsLogicHole = (fact) => fact.reasons.some((reason) => !reason.inherited && reason.ruleId !== void 0 && LOGIC_RULES.has(reason.ruleId));
var contradictsLogicHole = (fact, handled) => {
  if (fact.reasons.some((reason) => !reason.inherited && reason.ruleId === "EG102")) return true;
  const missing = ephemeralRelevantChecks(fact.checks).filter((check) => !(check.lists ?? []).includes("ephemeralContainers"));
  return handled.some((id) => {
    const field2 = probeVariant(id).field;
    return field2 !== void 0 && missing.some((check) => check.field === field2 || check.field.startsWith(`${field2}.`) || field2.startsWith(`${check.field}.`));
  });
};
var combineWithProbes = (fact, probes2, containerOf) => {
  if (probes2.length === 0) return { fact, problems: [] };
  const proofs = probes2.map(proofOf);
  const holeProof = proofs.find((proof) => proof.kind === "hole");
  const label = objectLabel(fact.policy) + (fact.rule !== void 0 ? ` rule ${fact.rule}` : "");
  if (holeProof) {
    const hole = holeOf(holeProof, containerOf(holeProof.outcome));
    const proved = `proved by evaluation: ${holeSentence(hole)}`;
    const evidence = (basis) => ({ basis, proof: "hole", summary: proved, hole });
    if (readsLogicHole(fact)) return { fact: { ...fact, reasons: [...fact.reasons, { text: proved }], evaluation: evidence("evaluation") }, problems: [] };
    if (fact.verdict === "unknown") {
      const ruleId = fact.reads.ephemeralContainers ? "EG102" : "EG101";
      const reason2 = { ruleId, text: proved, at: fact.policy.at };
      return { fact: { ...fact, verdict: "not-covered", reasons: [reason2], evaluation: evidence("evaluation") }, problems: [] };
    }
    const disagreement = `${label}: read from the code, its logic reaches ephemeral containers (${fact.verdict}); ${proved}. The two analyses disagree, so its coverage is unknown.`;
    const reason = { ruleId: "EG003", text: disagreement, at: fact.policy.at };
    const problem = { ruleId: "EG003", at: fact.policy.at, message: disagreement };
    const verdict = fact.verdict === "not-covered" ? "not-covered" : "unknown";
    const reasons = verdict === "unknown" ? [reason] : [...fact.reasons, reason];
    return { fact: { ...fact, verdict, reasons, evaluation: { ...evidence("code"), summary: disagreement } }, problems: [problem] };
  }
  const handled = proofs.flatMap((proof) => proof.kind === "handled" ? proof.variants : []);
  if (handled.length > 0) {
    const names = [...new Set(handled)].join(", ");
    const summary = `proved by evaluation: denied both as a normal container and as an ephemeral container for ${names}`;
    if (readsLogicHole(fact) && contradictsLogicHole(fact, handled)) {
      const disagreement = `${label}: read from the code, its logic misses ephemeral containers (${fact.reasons.filter((r) => r.ruleId !== void 0).map((r) => `${r.ruleId} ${r.text}`).join("; ")}); ${summary}. The two analyses disagree, so its coverage is unknown.`;
      return {
        fact: { ...fact, verdict: "unknown", reasons: [{ ruleId: "EG003", text: disagreement, at: fact.policy.at }], evaluation: { basis: "code", proof: "handled", summary: disagreement } },
        problems: [{ ruleId: "EG003", at: fact.policy.at, message: disagreement }]
      };
    }
    return { fact: { ...fact, evaluation: { basis: fact.verdict === "covered" ? "evaluation" : "code", proof: "handled", summary } }, problems: [] };
  }
  const first = proofs.find((proof) => proof.kind === "not-evaluated");
  if (first && first.kind === "not-evaluated") return { fact: { ...fact, evaluation: { basis: "code", proof: "not-evaluated", summary: `could not evaluate: ${first.reason}` } }, problems: [] };
  return { fact: { ...fact, evaluation: { basis: "code", proof: "silent", summary: "no probe is denied as a normal container" } }, problems: [] };
};

// src/analyze/evaluate/decision.ts
var ADMITTED = { outcome: "admitted" };
var denied = (message) => ({ outcome: "denied", message });
var notEvaluated = (reason) => ({ outcome: "not-evaluated", reason });

// src/analyze/evaluate/cel-evaluate.ts
var UnknownValue = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
  reason;
};
var SetsLibrary = class {
};
var UnknownAuthorizer = class {
};
var unknownAuthorizer = () => {
  throw new UnknownValue("calls authorizer (the requester's permissions are not known to a scan)");
};
var compareValues = (a, b) => {
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  const x = typeof a === "bigint" ? a : Number(a);
  const y = typeof b === "bigint" ? b : Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
var sameValue = (a, b) => {
  if (typeof a === "bigint" || typeof b === "bigint" || typeof a === "number" || typeof b === "number") {
    return (typeof a === "bigint" || typeof a === "number") && (typeof b === "bigint" || typeof b === "number") && Number(a) === Number(b);
  }
  return JSON.stringify(a, bigintSafe) === JSON.stringify(b, bigintSafe);
};
var bigintSafe = (_key, value) => typeof value === "bigint" ? `${value}n` : value;
var regexOf = (pattern) => new RegExp(pattern, "u");
var newEnvironment = () => {
  const env = new Environment({
    enableOptionalTypes: true,
    unlistedVariablesAreDyn: true,
    homogeneousAggregateLiterals: false,
    limits: { maxAstNodes: 5e3, maxDepth: 100, maxListElements: 1e3, maxMapEntries: 1e3, maxCallArguments: 32 }
  });
  env.registerType("kubernetes.authorization.Authorizer", UnknownAuthorizer);
  for (const signature of [
    "kubernetes.authorization.Authorizer.group(string): dyn",
    "kubernetes.authorization.Authorizer.serviceAccount(string, string): dyn",
    "kubernetes.authorization.Authorizer.path(string): dyn",
    "kubernetes.authorization.Authorizer.resource(string): dyn"
  ]) {
    env.registerFunction(signature, unknownAuthorizer);
  }
  env.registerFunction("string.replace(string, string): string", (s, from, to) => s.split(from).join(to));
  env.registerFunction("string.replace(string, string, int): string", (s, from, to, n) => {
    if (n < 0n) return s.split(from).join(to);
    let out = s;
    let done = 0n;
    let index = 0;
    while (done < n) {
      const at2 = out.indexOf(from, index);
      if (at2 < 0) break;
      out = out.slice(0, at2) + to + out.slice(at2 + from.length);
      index = at2 + to.length + (from === "" ? 1 : 0);
      done++;
    }
    return out;
  });
  env.registerFunction("string.charAt(int): string", (s, i) => {
    const chars = [...s];
    if (i < 0n || i > BigInt(chars.length)) throw new Error(`index out of range: ${i}`);
    return chars[Number(i)] ?? "";
  });
  env.registerFunction("string.reverse(): string", (s) => [...s].reverse().join(""));
  env.registerFunction("string.find(string): string", (s, pattern) => regexOf(pattern).exec(s)?.[0] ?? "");
  env.registerFunction("string.findAll(string): list<string>", (s, pattern) => [...s.matchAll(new RegExp(pattern, "gu"))].map((m) => m[0]));
  env.registerFunction("string.findAll(string, int): list<string>", (s, pattern, n) => {
    const all = [...s.matchAll(new RegExp(pattern, "gu"))].map((m) => m[0]);
    return n < 0n ? all : all.slice(0, Number(n));
  });
  env.registerFunction("list.isSorted(): bool", (l) => l.every((v, i) => i === 0 || compareValues(l[i - 1], v) <= 0));
  env.registerFunction("list.sum(): dyn", (l) => l.length === 0 ? 0n : l.reduce((a, b) => typeof a === "bigint" && typeof b === "bigint" ? a + b : Number(a) + Number(b)));
  env.registerFunction("list.min(): dyn", (l) => {
    if (l.length === 0) throw new Error("min called on empty list");
    return l.reduce((a, b) => compareValues(b, a) < 0 ? b : a);
  });
  env.registerFunction("list.max(): dyn", (l) => {
    if (l.length === 0) throw new Error("max called on empty list");
    return l.reduce((a, b) => compareValues(b, a) > 0 ? b : a);
  });
  env.registerFunction("list.indexOf(dyn): int", (l, v) => BigInt(l.findIndex((x) => sameValue(x, v))));
  env.registerFunction("list.lastIndexOf(dyn): int", (l, v) => BigInt(l.findLastIndex((x) => sameValue(x, v))));
  env.registerFunction("list.slice(int, int): list", (l, a, b) => {
    if (a < 0n || b < a || b > BigInt(l.length)) throw new Error(`cannot slice(${a}, ${b})`);
    return l.slice(Number(a), Number(b));
  });
  env.registerFunction("list.flatten(): list", (l) => l.flatMap((v) => Array.isArray(v) ? v : [v]));
  env.registerFunction("list.distinct(): list", (l) => l.filter((v, i) => l.findIndex((x) => sameValue(x, v)) === i));
  env.registerType("cel.SetsLibrary", SetsLibrary);
  env.registerFunction("cel.SetsLibrary.contains(list, list): bool", (_sets, a, b) => b.every((y) => a.some((x) => sameValue(x, y))));
  env.registerFunction("cel.SetsLibrary.containsAny(list, list): bool", (_sets, a, b) => b.some((y) => a.some((x) => sameValue(x, y))));
  env.registerFunction("cel.SetsLibrary.intersects(list, list): bool", (_sets, a, b) => b.some((y) => a.some((x) => sameValue(x, y))));
  env.registerFunction("cel.SetsLibrary.equivalent(list, list): bool", (_sets, a, b) => a.every((x) => b.some((y) => sameValue(x, y))) && b.every((y) => a.some((x) => sameValue(x, y))));
  const inRegistry = (name) => () => {
    throw new UnknownValue(`calls ${name} (it checks the image registry, which a scan does not reach)`);
  };
  for (const [name, signature] of [
    ["verifyImageSignatures", "verifyImageSignatures(dyn, list): int"],
    ["verifyAttestationSignatures", "verifyAttestationSignatures(dyn, dyn, list): int"],
    ["extractPayload", "extractPayload(dyn, dyn): dyn"]
  ]) {
    env.registerFunction(signature, inRegistry(name));
  }
  env.registerFunction("isURL(string): bool", (s) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s));
  env.registerFunction("isQuantity(string): bool", (s) => QUANTITY.test(s));
  return env;
};
var QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[KMGTPE]i|[numkMGTPE])?$/;
var environment = newEnvironment();
var parsedByText = /* @__PURE__ */ new Map();
var PARSED_LIMIT = 4096;
var parsedOf = (expression) => {
  let parsed = parsedByText.get(expression);
  if (parsed === void 0) {
    try {
      const run = environment.parse(expression);
      parsed = { run, cost: astCost(run.ast) };
    } catch (error) {
      parsed = { error: `CEL parse error: ${(error instanceof Error ? error.message : String(error)).split("\n", 1)[0]}` };
    }
    if (parsedByText.size >= PARSED_LIMIT) parsedByText.delete(parsedByText.keys().next().value);
    parsedByText.set(expression, parsed);
  }
  return parsed;
};
var MACROS = /* @__PURE__ */ new Set(["all", "exists", "exists_one", "map", "filter"]);
var SPLITTERS = /* @__PURE__ */ new Set(["split", "findAll", "charAt"]);
var astCost = (root) => {
  const cost = { nodes: 0, nesting: 0, literalList: 0, splits: false };
  const visit = (node, depth) => {
    if (typeof node !== "object" || node === null || !("op" in node)) return;
    const { op, args } = node;
    cost.nodes++;
    let inner = depth;
    if (op === "rcall" && Array.isArray(args)) {
      if (MACROS.has(args[0])) inner = depth + 1;
      if (SPLITTERS.has(args[0])) cost.splits = true;
    }
    if (op === "list" && Array.isArray(args)) cost.literalList = Math.max(cost.literalList, args.length);
    cost.nesting = Math.max(cost.nesting, inner);
    if (Array.isArray(args)) for (const arg of args) visitArg(arg, inner);
  };
  const visitArg = (arg, depth) => {
    if (Array.isArray(arg)) for (const item of arg) visitArg(item, depth);
    else visit(arg, depth);
  };
  visit(root, 0);
  return cost;
};
var boundsOf = (values) => {
  let longestList = 0;
  let longestString = 0;
  const stack = [...values];
  let seen = 0;
  while (stack.length > 0 && seen++ < 2e5) {
    const value = stack.pop();
    if (typeof value === "string") longestString = Math.max(longestString, value.length);
    else if (Array.isArray(value)) {
      longestList = Math.max(longestList, value.length);
      pushAll(stack, value);
    } else if (typeof value === "object" && value !== null && !(value instanceof UnknownAuthorizer) && !(value instanceof SetsLibrary)) {
      const entries = Object.values(value);
      longestList = Math.max(longestList, entries.length);
      pushAll(stack, entries);
    }
  }
  return { longestList, longestString };
};
var CEL_STEP_BUDGET = 2e6;
var toCelValue = (value, depth = 0) => {
  if (depth > 100) return null;
  if (typeof value === "number") return Number.isInteger(value) && Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map((item) => toCelValue(item, depth + 1));
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = toCelValue(item, depth + 1);
    return out;
  }
  return value;
};
var UNKNOWN_VARIABLES = {
  namespaceObject: "reads namespaceObject (the namespace's labels are not known to a scan)",
  authorizer: "calls authorizer (the requester's permissions are not known to a scan)",
  // Kyverno's ImageValidatingPolicy: the images it extracts and the signatures and attestations
  // it fetches for them from the registry (policies.kyverno.io ImageValidatingPolicy).
  images: "reads images (Kyverno verifies them against the image registry, which a scan does not reach)",
  attestors: "reads attestors (their signatures are checked against the image registry, which a scan does not reach)",
  attestations: "reads attestations (fetched from the image registry, which a scan does not reach)"
};
var AUTHORIZER = new UnknownAuthorizer();
var LIBRARIES = { authorizer: AUTHORIZER, sets: new SetsLibrary() };
var evaluateCel = (expression, activation, bounds) => {
  const parsed = parsedOf(expression);
  if ("error" in parsed) return { kind: "error", message: parsed.error };
  const { cost } = parsed;
  const width = Math.max(2, bounds.longestList, cost.literalList, cost.splits ? bounds.longestString : 0);
  if (cost.nodes * width ** cost.nesting > CEL_STEP_BUDGET) {
    return { kind: "unknown", reason: `over the step budget (${cost.nesting} nested comprehensions over up to ${width} items)` };
  }
  try {
    return { kind: "value", value: parsed.run(activation) };
  } catch (error) {
    return outcomeOfError(error);
  }
};
var outcomeOfError = (error) => {
  if (error instanceof UnknownValue) return { kind: "unknown", reason: error.reason };
  const message = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0] ?? "";
  const variable = /^Unknown variable: (\w+)/.exec(message)?.[1];
  if (variable !== void 0) return { kind: "unknown", reason: UNKNOWN_VARIABLES[variable] ?? `reads ${variable}, which this evaluator does not provide` };
  if (/no matching overload|no such overload|Function not found|not found/i.test(message) && !/No such key/.test(message)) {
    return { kind: "unknown", reason: `calls a function or overload this evaluator lacks (${message})` };
  }
  if (error instanceof RangeError) return { kind: "unknown", reason: "too deep to evaluate" };
  return { kind: "error", message };
};

// src/analyze/evaluate/cel-policy-evaluate.ts
var lazyVariables = (variables, activation, bounds) => {
  const values = {};
  for (const variable of variables) {
    let outcome;
    Object.defineProperty(values, variable.name, {
      enumerable: true,
      configurable: false,
      get() {
        if (outcome === void 0) {
          outcome = { kind: "error", message: `variable ${variable.name} refers to itself` };
          outcome = evaluateCel(variable.expression, activation, bounds.current);
          if (outcome.kind === "value") {
            const grown = boundsOf([outcome.value]);
            bounds.current = {
              longestList: Math.max(bounds.current.longestList, grown.longestList),
              longestString: Math.max(bounds.current.longestString, grown.longestString)
            };
          }
        }
        if (outcome.kind === "value") return outcome.value;
        if (outcome.kind === "unknown") throw new UnknownValue(`variables.${variable.name} ${outcome.reason}`);
        throw new Error(`variables.${variable.name}: ${outcome.message}`);
      }
    });
  }
  return values;
};
var celRequests = /* @__PURE__ */ new WeakMap();
var celParams = /* @__PURE__ */ new WeakMap();
var celRequestOf = (request) => {
  let converted = celRequests.get(request);
  if (converted === void 0) {
    const object = toCelValue(request["object"] ?? null);
    const oldObject = toCelValue(request["oldObject"] ?? null);
    const { object: _o, oldObject: _old, ...rest } = request;
    const celRequest = toCelValue(rest);
    converted = { object, oldObject, request: celRequest, bounds: boundsOf([object, oldObject, celRequest]) };
    celRequests.set(request, converted);
  }
  return converted;
};
var celParamsOf = (params) => {
  if (typeof params !== "object" || params === null) {
    const value = toCelValue(params ?? null);
    return { params: value, bounds: boundsOf([value]) };
  }
  let converted = celParams.get(params);
  if (converted === void 0) {
    const value = toCelValue(params);
    converted = { params: value, bounds: boundsOf([value]) };
    celParams.set(params, converted);
  }
  return converted;
};
var activationOf = (policy, input, extraVariables) => {
  const { object, oldObject, request: celRequest, bounds: requestBounds } = celRequestOf(input.request);
  const { params, bounds: paramsBounds } = celParamsOf(input.params);
  const bounds = {
    current: { longestList: Math.max(requestBounds.longestList, paramsBounds.longestList), longestString: Math.max(requestBounds.longestString, paramsBounds.longestString) }
  };
  const activation = { object, oldObject, request: celRequest, params, ...LIBRARIES };
  activation["variables"] = lazyVariables([...extraVariables, ...policy.variables], activation, bounds);
  return { activation, bounds };
};
var decideCelPolicy = (policy, input, extraVariables = []) => {
  const { activation, bounds } = activationOf(policy, input, extraVariables);
  const unknowns = [];
  let conditionError;
  for (const condition of policy.matchConditions) {
    const outcome = evaluateCel(condition.expression, activation, bounds.current);
    if (outcome.kind === "value") {
      if (outcome.value === false) return ADMITTED;
      if (outcome.value !== true) conditionError ??= `matchCondition ${condition.name} is not a bool`;
    } else if (outcome.kind === "error") conditionError ??= `matchCondition ${condition.name}: ${outcome.message}`;
    else unknowns.push(`matchCondition ${condition.name} ${outcome.reason}`);
  }
  if (unknowns.length > 0) return notEvaluated(unknowns[0]);
  if (conditionError !== void 0) {
    const failed = failureOf(policy, conditionError);
    if (failed) return failed;
    return ADMITTED;
  }
  let failure;
  for (const validation of policy.validations) {
    const outcome = evaluateCel(validation.expression, activation, bounds.current);
    if (outcome.kind === "value") {
      if (outcome.value === true) continue;
      if (outcome.value === false) return denied(messageOf(validation, activation, bounds.current));
      failure ??= failureOf(policy, `expression '${validation.expression}' did not return a bool`);
    } else if (outcome.kind === "error") {
      failure ??= failureOf(policy, `expression '${validation.expression}' resulted in error: ${outcome.message}`);
    } else unknowns.push(outcome.reason);
  }
  if (unknowns.length > 0) return notEvaluated(unknowns[0]);
  return failure ?? ADMITTED;
};
var failureOf = (policy, message) => {
  if (policy.failurePolicy === "Fail") return denied(message);
  if (policy.failurePolicy === "unknown") return notEvaluated(`an evaluation error, whose handling by this engine is not modelled (${message})`);
  return void 0;
};
var messageOf = (validation, activation, bounds) => {
  if (validation.messageExpression !== void 0) {
    const outcome = evaluateCel(validation.messageExpression, activation, bounds);
    if (outcome.kind === "value" && typeof outcome.value === "string" && outcome.value.trim() !== "") return outcome.value;
  }
  if (validation.message !== void 0 && validation.message !== "") return validation.message;
  return `failed expression: ${validation.expression}`;
};

// src/analyze/evaluate/kyverno-evaluate.ts
var NotEvaluable = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
  reason;
};
var SubstitutionFailure = class extends Error {
};
var kyvernoFunctionsRegistered = false;
var wildcardMatch2 = (pattern, value) => wildcardMatches(pattern, value);
var registerKyvernoFunctions = () => {
  if (kyvernoFunctionsRegistered) return;
  kyvernoFunctionsRegistered = true;
  const str2 = (value) => typeof value === "string" ? value : JSON.stringify(value);
  const fn = (name, impl, types) => {
    registerFunction(name, impl, types.map((t) => ({ types: t })), { override: true });
  };
  fn("to_upper", ([s]) => str2(s).toUpperCase(), [[TYPE_STRING]]);
  fn("to_lower", ([s]) => str2(s).toLowerCase(), [[TYPE_STRING]]);
  fn("trim", ([s, cut]) => {
    const chars = [...str2(cut)];
    let text = str2(s);
    while (text.length > 0 && chars.includes(text[0])) text = text.slice(1);
    while (text.length > 0 && chars.includes(text.at(-1))) text = text.slice(0, -1);
    return text;
  }, [[TYPE_STRING], [TYPE_STRING]]);
  fn("split", ([s, sep3]) => str2(s).split(str2(sep3)), [[TYPE_STRING], [TYPE_STRING]]);
  fn("replace", ([s, from, to, n]) => {
    let text = str2(s);
    let count = Number(n);
    if (count < 0) return text.split(str2(from)).join(str2(to));
    while (count-- > 0 && text.includes(str2(from))) text = text.replace(str2(from), str2(to));
    return text;
  }, [[TYPE_STRING], [TYPE_STRING], [TYPE_STRING], [TYPE_NUMBER]]);
  fn("replace_all", ([s, from, to]) => str2(s).split(str2(from)).join(str2(to)), [[TYPE_STRING], [TYPE_STRING], [TYPE_STRING]]);
  fn("regex_match", ([pattern, s]) => new RegExp(str2(pattern), "u").test(typeof s === "string" ? s : String(s)), [[TYPE_STRING], [TYPE_ANY]]);
  fn("regex_replace_all", ([pattern, s, to]) => str2(s).replace(new RegExp(str2(pattern), "gu"), str2(to).replace(/\$\{?(\d+)\}?/g, "$$$1")), [[TYPE_STRING], [TYPE_ANY], [TYPE_ANY]]);
  fn("pattern_match", ([pattern, s]) => wildcardMatch2(str2(pattern), typeof s === "string" ? s : String(s)), [[TYPE_STRING], [TYPE_ANY]]);
  fn("equal_fold", ([a, b]) => str2(a).toLowerCase() === str2(b).toLowerCase(), [[TYPE_STRING], [TYPE_STRING]]);
  fn("compare", ([a, b]) => str2(a) < str2(b) ? -1 : str2(a) > str2(b) ? 1 : 0, [[TYPE_STRING], [TYPE_STRING]]);
  fn("truncate", ([s, n]) => str2(s).slice(0, Math.max(0, Number(n))), [[TYPE_STRING], [TYPE_NUMBER]]);
  fn("label_match", ([selector, labels]) => isRecord(selector) && isRecord(labels) && Object.entries(selector).every(([k, v]) => labels[k] === v), [[TYPE_ANY], [TYPE_ANY]]);
  fn("parse_json", ([s]) => JSON.parse(str2(s)), [[TYPE_STRING]]);
  fn("items", ([object, keyName, valueName]) => isRecord(object) ? Object.keys(object).sort().map((key) => ({ [str2(keyName)]: key, [str2(valueName)]: object[key] })) : [], [[TYPE_ANY], [TYPE_STRING], [TYPE_STRING]]);
  fn("object_from_lists", ([keys, values]) => Object.fromEntries(keys.map((key, i) => [str2(key), values[i] ?? null])), [[TYPE_ARRAY], [TYPE_ARRAY]]);
  fn("add", ([a, b]) => Number(a) + Number(b), [[TYPE_ANY], [TYPE_ANY]]);
  fn("subtract", ([a, b]) => Number(a) - Number(b), [[TYPE_ANY], [TYPE_ANY]]);
  fn("multiply", ([a, b]) => Number(a) * Number(b), [[TYPE_ANY], [TYPE_ANY]]);
  fn("divide", ([a, b]) => {
    if (Number(b) === 0) throw new SubstitutionFailure("division by zero");
    return Number(a) / Number(b);
  }, [[TYPE_ANY], [TYPE_ANY]]);
};
var referencesName = (expression, name) => new RegExp(`(^|[^\\w.])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(expression);
var evaluateJmes = (expression, data, unknown) => {
  registerKyvernoFunctions();
  for (const [name, why] of unknown) if (referencesName(expression, name)) throw new NotEvaluable(`{{${expression.trim()}}} reads ${name}, ${why}`);
  if (expression.length > 2e3) throw new NotEvaluable("a JMESPath expression over 2000 characters");
  try {
    return search(data, expression);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unknown function/i.test(message)) throw new NotEvaluable(`calls a JMESPath function this evaluator lacks (${message})`);
    if (error instanceof SubstitutionFailure || error instanceof NotEvaluable) throw error;
    throw new SubstitutionFailure(`JMESPath ${expression}: ${message}`);
  }
};
var WHOLE_VARIABLE = /^\{\{([^{}]*)\}\}$/s;
var VARIABLE = /\{\{([^{}]*)\}\}/gs;
var MAX_SUBSTITUTION_ROUNDS2 = 10;
var substituteString = (text, data, unknown) => {
  const valueOf = (expression) => {
    const value = evaluateJmes(expression.trim(), data, unknown);
    if (value === null || value === void 0) throw new SubstitutionFailure(`variable ${expression.trim()} is not defined`);
    return value;
  };
  let current = text;
  for (let round = 0; round < MAX_SUBSTITUTION_ROUNDS2; round++) {
    if (!current.includes("{{")) return current;
    const whole = WHOLE_VARIABLE.exec(current.trim());
    if (whole) return valueOf(whole[1]);
    const next = current.replace(VARIABLE, (_all, expression) => {
      const value = valueOf(expression);
      return typeof value === "string" ? value : JSON.stringify(value);
    });
    if (next === current) return current;
    current = next;
  }
  throw new NotEvaluable("variables nested more than 10 deep");
};
var substitute = (value, data, unknown, depth = 0) => {
  if (depth > 50) throw new NotEvaluable("nested too deep");
  if (typeof value === "string") return substituteString(value, data, unknown);
  if (Array.isArray(value)) return value.map((item) => substitute(item, data, unknown, depth + 1));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, data, unknown, depth + 1)]));
  return value;
};
var QUANTITY_SUFFIX = {
  "": 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
var DURATION_UNIT = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
var numberOf = (value) => {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  const quantity = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/.exec(text);
  if (quantity) return Number(quantity[1]) * QUANTITY_SUFFIX[quantity[2] ?? ""];
  if (/^([+-]?(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h))+$/.test(text)) {
    let total = 0;
    for (const part of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * DURATION_UNIT[part[2]];
    return text.startsWith("-") ? -total : total;
  }
  return void 0;
};
var scalarText = (value) => typeof value === "string" ? value : value === null || value === void 0 ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
var matchesOperand = (operand, value) => {
  const comparison = /^(>=|<=|>|<)(.*)$/s.exec(operand);
  if (comparison) {
    const [x, y] = [numberOf(value), numberOf(comparison[2].trim())];
    if (x === void 0 || y === void 0) return false;
    return comparison[1] === ">=" ? x >= y : comparison[1] === "<=" ? x <= y : comparison[1] === ">" ? x > y : x < y;
  }
  const range = /^(!?)(-?[\d.]+[a-zA-Z]*)-(-?[\d.]+[a-zA-Z]*)$/.exec(operand);
  if (range && numberOf(range[2]) !== void 0 && numberOf(range[3]) !== void 0) {
    const x = numberOf(value);
    const inside = x !== void 0 && x >= numberOf(range[2]) && x <= numberOf(range[3]);
    return range[1] === "!" ? !inside : inside;
  }
  if (operand.startsWith("!")) return !matchesOperand(operand.slice(1), value);
  const wanted = numberOf(operand);
  const actual = typeof value === "number" ? value : void 0;
  if (wanted !== void 0 && actual !== void 0 && /^[+-]?[\d.]/.test(operand)) return wanted === actual;
  return wildcardMatch2(operand, scalarText(value));
};
var scalarMatches = (pattern, value) => {
  if (pattern === null) return value === null || value === void 0;
  if (typeof pattern === "boolean") return value === pattern || typeof value === "string" && value === String(pattern);
  if (typeof pattern === "number") return numberOf(value) === pattern;
  if (typeof pattern !== "string") return false;
  if (isRecord(value) || Array.isArray(value)) return false;
  return pattern.split("|").some((alternative) => alternative.split("&").every((operand) => matchesOperand(operand.trim(), value)));
};
var anchorOf2 = (key) => {
  const m = /^([<=^X+]?)\((.+)\)$/s.exec(key);
  if (!m) return { anchor: "none", name: key };
  const anchor = m[1] === "" ? "condition" : m[1] === "<" ? "global" : m[1] === "=" ? "equality" : m[1] === "^" ? "existence" : m[1] === "X" ? "negation" : "add";
  return { anchor, name: m[2] };
};
var PASS = { kind: "pass" };
var SKIP = { kind: "skip" };
var fail = (path) => ({ kind: "fail", path });
var PATTERN_STEP_BUDGET = 2e5;
var matchValue = (pattern, value, path, budget) => {
  if (++budget.steps > PATTERN_STEP_BUDGET) throw new NotEvaluable("over the step budget");
  if (isRecord(pattern)) return isRecord(value) ? matchMap(pattern, value, path, budget) : fail(path);
  if (Array.isArray(pattern)) return Array.isArray(value) ? matchArray(pattern, value, path, budget) : fail(path);
  return scalarMatches(pattern, value) ? PASS : fail(path);
};
var matchArray = (pattern, value, path, budget) => {
  if (pattern.length === 0) return PASS;
  if (isRecord(pattern[0])) {
    let skippedAll = value.length > 0;
    for (const [i, element] of value.entries()) {
      const result = matchValue(pattern[0], element, `${path}${i}/`, budget);
      if (result.kind === "fail" || result.kind === "skip-rule") return result;
      if (result.kind === "pass") skippedAll = false;
    }
    return skippedAll ? SKIP : PASS;
  }
  if (pattern.length === 1) {
    for (const [i, element] of value.entries()) if (!scalarMatches(pattern[0], element)) return fail(`${path}${i}/`);
    return PASS;
  }
  if (pattern.length !== value.length) return fail(path);
  for (const [i, element] of value.entries()) {
    const result = matchValue(pattern[i], element, `${path}${i}/`, budget);
    if (result.kind !== "pass") return result;
  }
  return PASS;
};
var matchMap = (pattern, value, path, budget) => {
  const entries = Object.entries(pattern).map(([key, sub2]) => ({ ...anchorOf2(key), sub: sub2 }));
  for (const entry of entries.filter((e) => e.anchor === "global")) {
    if (!(entry.name in value)) return { kind: "skip-rule" };
    const result = matchValue(entry.sub, value[entry.name], `${path}${entry.name}/`, budget);
    if (result.kind !== "pass") return result.kind === "skip" ? SKIP : { kind: "skip-rule" };
  }
  for (const entry of entries.filter((e) => e.anchor === "condition")) {
    if (!(entry.name in value)) return SKIP;
    const result = matchValue(entry.sub, value[entry.name], `${path}${entry.name}/`, budget);
    if (result.kind === "skip-rule") return result;
    if (result.kind !== "pass") return SKIP;
  }
  let skipped = 0;
  let checked = 0;
  for (const entry of entries) {
    const at2 = `${path}${entry.name}/`;
    const present = entry.name in value && value[entry.name] !== void 0;
    switch (entry.anchor) {
      case "global":
      case "condition":
      case "add":
        continue;
      case "negation":
        if (present) return fail(at2);
        continue;
      case "equality": {
        if (!present) continue;
        const result = matchValue(entry.sub, value[entry.name], at2, budget);
        if (result.kind === "fail" || result.kind === "skip-rule") return result;
        continue;
      }
      case "existence": {
        const list2 = value[entry.name];
        if (!Array.isArray(list2) || !Array.isArray(entry.sub) || entry.sub.length === 0) return fail(at2);
        const found = list2.some((element) => matchValue(entry.sub[0], element, at2, budget).kind === "pass");
        if (!found) return fail(at2);
        continue;
      }
      case "none": {
        if (!present) return fail(at2);
        const result = matchValue(entry.sub, value[entry.name], at2, budget);
        if (result.kind === "fail" || result.kind === "skip-rule") return result;
        if (result.kind === "skip") skipped++;
        else checked++;
        continue;
      }
    }
  }
  return skipped > 0 && checked === 0 ? SKIP : PASS;
};
var asArray = (value) => Array.isArray(value) ? value : [value];
var equalValues = (key, value) => {
  if (typeof value === "string" && typeof key === "string") return wildcardMatch2(value, key) || numberOf(key) !== void 0 && numberOf(key) === numberOf(value);
  if (typeof value === "string" && (typeof key === "number" || typeof key === "boolean")) return String(key) === value || numberOf(value) === key;
  if (typeof key === "string" && (typeof value === "number" || typeof value === "boolean")) return key === String(value) || numberOf(key) === value;
  if (typeof key === "number" && typeof value === "number") return key === value;
  return JSON.stringify(key) === JSON.stringify(value);
};
var inList = (element, list2) => {
  if (typeof list2 === "string" && typeof element === "string") return wildcardMatch2(list2, element);
  return asArray(list2).some((candidate) => equalValues(element, candidate));
};
var compareNumbers = (key, value, test) => {
  const [a, b] = [numberOf(key), numberOf(value)];
  if (a === void 0 || b === void 0) throw new NotEvaluable(`compares ${JSON.stringify(key)} with ${JSON.stringify(value)} (not numbers, quantities or durations)`);
  return test(a, b);
};
var OPERATORS = {
  Equals: equalValues,
  Equal: equalValues,
  NotEquals: (k, v) => !equalValues(k, v),
  NotEqual: (k, v) => !equalValues(k, v),
  In: (k, v) => asArray(k).every((e) => inList(e, v)),
  NotIn: (k, v) => !asArray(k).every((e) => inList(e, v)),
  AnyIn: (k, v) => asArray(k).some((e) => inList(e, v)),
  AllIn: (k, v) => asArray(k).every((e) => inList(e, v)),
  AnyNotIn: (k, v) => asArray(k).some((e) => !inList(e, v)),
  AllNotIn: (k, v) => asArray(k).every((e) => !inList(e, v)),
  GreaterThan: (k, v) => compareNumbers(k, v, (a, b) => a > b),
  GreaterThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a >= b),
  LessThan: (k, v) => compareNumbers(k, v, (a, b) => a < b),
  LessThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a <= b),
  DurationGreaterThan: (k, v) => compareNumbers(k, v, (a, b) => a > b),
  DurationGreaterThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a >= b),
  DurationLessThan: (k, v) => compareNumbers(k, v, (a, b) => a < b),
  DurationLessThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a <= b)
};
var conditionHolds = (condition, scope) => {
  if (!isRecord(condition)) throw new NotEvaluable("a condition that is not an object");
  const operator = OPERATORS[String(condition["operator"])];
  if (!operator) throw new NotEvaluable(`condition operator ${String(condition["operator"])}`);
  const key = substitute(condition["key"] ?? null, scope.data, scope.unknown);
  const value = substitute(condition["value"] ?? null, scope.data, scope.unknown);
  return operator(key, value);
};
var conditionsHold = (block, scope) => {
  if (block === void 0 || block === null) return true;
  if (Array.isArray(block)) return block.every((condition) => conditionHolds(condition, scope));
  if (!isRecord(block)) throw new NotEvaluable("conditions that are neither a list nor any/all");
  const any = block["any"];
  const all = block["all"];
  const anyHolds = !Array.isArray(any) || any.length === 0 || any.some((condition) => conditionHolds(condition, scope));
  const allHold = !Array.isArray(all) || all.every((condition) => conditionHolds(condition, scope));
  return anyHolds && allHold;
};
var imageInfo = (image) => {
  const [withoutDigest, digest] = image.split("@", 2);
  const slash = withoutDigest.indexOf("/");
  const first = slash >= 0 ? withoutDigest.slice(0, slash) : "";
  const hasRegistry = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasRegistry ? first : "docker.io";
  const rest = hasRegistry ? withoutDigest.slice(slash + 1) : withoutDigest;
  const colon = rest.lastIndexOf(":");
  const path = colon >= 0 ? rest.slice(0, colon) : rest;
  const tag = colon >= 0 ? rest.slice(colon + 1) : digest ? "" : "latest";
  const name = path.split("/").at(-1) ?? path;
  return { registry, path, name, tag, digest: digest ?? "", reference: `${registry}/${path}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`, referenceWithTag: `${registry}/${path}:${tag}` };
};
var imagesOf = (object) => {
  const spec = isRecord(object) && isRecord(object["spec"]) ? object["spec"] : {};
  const images = {};
  for (const list2 of ["containers", "initContainers", "ephemeralContainers"]) {
    const containers = Array.isArray(spec[list2]) ? spec[list2].filter(isRecord) : [];
    if (containers.length === 0) continue;
    images[list2] = Object.fromEntries(containers.filter((c) => typeof c["name"] === "string" && typeof c["image"] === "string").map((c) => [c["name"], imageInfo(c["image"])]));
  }
  return images;
};
var baseData = (request) => {
  const username = isRecord(request["userInfo"]) && typeof request["userInfo"]["username"] === "string" ? request["userInfo"]["username"] : "";
  const serviceAccount = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(username);
  return {
    request: structuredClone(request),
    images: imagesOf(request["object"]),
    serviceAccountName: serviceAccount?.[2] ?? "",
    serviceAccountNamespace: serviceAccount?.[1] ?? ""
  };
};
var CLUSTER_CONTEXT = {
  configMap: "a ConfigMap in the cluster",
  apiCall: "an API call",
  imageRegistry: "an image registry",
  globalReference: "a global context entry"
};
var withContext = (entries, scope) => {
  const data = { ...scope.data };
  const unknown = new Map(scope.unknown);
  for (const entry of Array.isArray(entries) ? entries.filter(isRecord) : []) {
    const name = entry["name"];
    if (typeof name !== "string") continue;
    const cluster = Object.keys(CLUSTER_CONTEXT).find((key) => entry[key] !== void 0);
    if (cluster !== void 0) {
      unknown.set(name, `which comes from ${CLUSTER_CONTEXT[cluster]}`);
      continue;
    }
    const variable = entry["variable"];
    if (!isRecord(variable)) continue;
    const current = { data, unknown };
    let value = variable["value"] !== void 0 ? substitute(variable["value"], data, unknown) : void 0;
    if (typeof variable["jmesPath"] === "string") {
      const jmes = substituteString(variable["jmesPath"], data, unknown);
      value = evaluateJmes(String(jmes), value === void 0 ? current.data : { ...isRecord(value) ? value : {}, "@": value }, unknown);
      if (value === null && variable["value"] !== void 0) value = null;
    }
    if ((value === null || value === void 0) && variable["default"] !== void 0) value = substitute(variable["default"], data, unknown);
    data[name] = value ?? null;
  }
  return { data, unknown };
};
var failureMessage = (message, scope, rule, path) => {
  let text = typeof message === "string" ? message : "";
  try {
    const substituted = substitute(text, scope.data, scope.unknown);
    text = typeof substituted === "string" ? substituted : JSON.stringify(substituted);
  } catch {
  }
  return `validation error: ${text}${text.endsWith(".") ? "" : "."} rule ${rule} failed at path ${path}`;
};
var patternOutcome = (pattern, resource, scope) => {
  const substituted = substitute(pattern, scope.data, scope.unknown);
  const result = matchValue(substituted, resource, "/", { steps: 0 });
  if (result.kind === "fail") return { kind: "fail", path: result.path };
  return result.kind === "pass" ? { kind: "pass" } : { kind: "skip" };
};
var anyPatternOutcome = (patterns, resource, scope) => {
  const results = patterns.map((pattern) => patternOutcome(pattern, resource, scope));
  if (results.some((result) => result.kind === "pass")) return { kind: "pass" };
  if (results.every((result) => result.kind === "skip")) return { kind: "skip" };
  const failed = results.find((result) => result.kind === "fail");
  return { kind: "fail", path: failed?.path ?? "/" };
};
var MAX_FOREACH_DEPTH = 5;
var MAX_ELEMENTS = 1e3;
var validateBlock = (block, resource, scope, depth) => {
  if (block["podSecurity"] !== void 0) throw new NotEvaluable("validate.podSecurity (Kyverno applies the Pod Security Standards checks itself)");
  if (block["manifests"] !== void 0) throw new NotEvaluable("validate.manifests (signature verification)");
  if (block["assert"] !== void 0) throw new NotEvaluable("validate.assert (Kyverno JSON assertion trees)");
  const outcomes = [];
  if (block["pattern"] !== void 0) outcomes.push(patternOutcome(block["pattern"], resource, scope));
  if (Array.isArray(block["anyPattern"])) outcomes.push(anyPatternOutcome(block["anyPattern"], resource, scope));
  if (isRecord(block["deny"])) {
    const conditions = block["deny"]["conditions"];
    outcomes.push(conditionsHold(conditions, scope) ? { kind: "fail", path: "/" } : { kind: "pass" });
  }
  if (Array.isArray(block["foreach"])) {
    if (depth >= MAX_FOREACH_DEPTH) throw new NotEvaluable(`foreach nested deeper than ${MAX_FOREACH_DEPTH}`);
    for (const each of block["foreach"].filter(isRecord)) outcomes.push(foreachOutcome(each, scope, depth + 1));
  }
  const failed = outcomes.find((outcome) => outcome.kind === "fail");
  if (failed) return failed;
  if (outcomes.length > 0 && outcomes.every((outcome) => outcome.kind === "skip")) return { kind: "skip" };
  return { kind: "pass" };
};
var foreachOutcome = (each, scope, depth) => {
  if (typeof each["list"] !== "string") throw new NotEvaluable("foreach without a list expression");
  const listExpression = String(substituteString(each["list"], scope.data, scope.unknown));
  const withEntries = withContext(each["context"], scope);
  const list2 = evaluateJmes(listExpression, withEntries.data, withEntries.unknown);
  if (list2 === null || list2 === void 0) return { kind: "skip" };
  const elements = Array.isArray(list2) ? list2 : isRecord(list2) ? Object.entries(list2).map(([key, value]) => ({ key, value })) : [list2];
  if (elements.length > MAX_ELEMENTS) throw new NotEvaluable(`foreach over more than ${MAX_ELEMENTS} elements`);
  for (const [index, element] of elements.entries()) {
    const data = { ...withEntries.data, element, elementIndex: index, [`element${depth - 1}`]: element, [`elementIndex${depth - 1}`]: index };
    const elementScope = withContext(each["context"], { data, unknown: withEntries.unknown });
    if (!conditionsHold(each["preconditions"], elementScope)) continue;
    const outcome = validateBlock(each, element, elementScope, depth);
    if (outcome.kind === "fail") return { kind: "fail", path: `${outcome.path}` };
  }
  return { kind: "pass" };
};
var celOf = (cel) => ({
  variables: (Array.isArray(cel["variables"]) ? cel["variables"] : []).filter(isRecord).flatMap((v) => typeof v["name"] === "string" && typeof v["expression"] === "string" ? [{ name: v["name"], expression: v["expression"] }] : []),
  validations: (Array.isArray(cel["expressions"]) ? cel["expressions"] : []).filter(isRecord).flatMap(
    (e) => typeof e["expression"] === "string" ? [{ expression: e["expression"], ...typeof e["message"] === "string" && { message: e["message"] } }] : []
  )
});
var ruleOutcome = (rule, request) => {
  const validate = rule["validate"];
  if (!isRecord(validate)) throw new NotEvaluable("not a validate rule");
  if (isRecord(validate["cel"])) {
    if (validate["cel"]["paramKind"] !== void 0 || validate["cel"]["paramRef"] !== void 0) throw new NotEvaluable("validate.cel with parameters");
    const cel = celOf(validate["cel"]);
    return decideCelPolicy({ matchConditions: [], variables: cel.variables, validations: cel.validations, failurePolicy: "Fail" }, { request, params: null });
  }
  const base = { data: baseData(request), unknown: /* @__PURE__ */ new Map() };
  const scope = withContext(rule["context"], base);
  if (!conditionsHold(rule["preconditions"], scope)) return { kind: "skip" };
  const outcome = validateBlock(validate, request["object"], scope, 0);
  if (outcome.kind === "fail") return { ...outcome, message: failureMessage(validate["message"], scope, String(rule["name"] ?? ""), outcome.path) };
  return outcome;
};
var decideKyvernoRule = (rule, request) => {
  try {
    const outcome = ruleOutcome(rule, request);
    if ("outcome" in outcome) return outcome;
    if (outcome.kind !== "fail") return ADMITTED;
    const validate = rule["validate"];
    if (request["operation"] === "UPDATE" && validate["allowExistingViolations"] !== false && isRecord(request["oldObject"])) {
      const old = ruleOutcome(rule, { ...request, object: request["oldObject"] });
      if (!("outcome" in old) && old.kind === "fail") return ADMITTED;
    }
    return denied(outcome.message ?? `rule ${String(rule["name"] ?? "")} failed`);
  } catch (error) {
    if (error instanceof NotEvaluable) return notEvaluated(error.reason);
    if (error instanceof SubstitutionFailure) return notEvaluated(`a variable does not resolve, which makes the rule an error in Kyverno (${error.message})`);
    if (error instanceof RangeError) return notEvaluated("too deep to evaluate");
    throw error;
  }
};

// src/model/glob.ts
var GlobSyntaxError = class extends Error {
};
var tokensOf = (pattern) => {
  const tokens = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      const double = pattern[i + 1] === "*";
      if (double) i++;
      tokens.push({ kind: "star", crossesDelimiters: double });
    } else if (c === "?") tokens.push({ kind: "one" });
    else if (c === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) throw new GlobSyntaxError("unclosed {");
      tokens.push({ kind: "either", options: pattern.slice(i + 1, end).split(",") });
      i = end;
    } else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) throw new GlobSyntaxError("unclosed [");
      let body = pattern.slice(i + 1, end);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated) body = body.slice(1);
      const ranges = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else ranges.push([body[k], body[k]]);
      }
      tokens.push({ kind: "class", negated, ranges });
      i = end;
    } else tokens.push({ kind: "char", char: c });
  }
  return tokens;
};
var globMatches = (pattern, delimiters, name) => {
  const tokens = tokensOf(pattern);
  const delims = new Set(delimiters.length === 0 ? ["."] : delimiters.flatMap((d) => [...d]));
  const end = tokens.length;
  const at2 = /* @__PURE__ */ new Map([[0, /* @__PURE__ */ new Set([0])]]);
  const add2 = (i, j) => {
    let set2 = at2.get(i);
    if (!set2) at2.set(i, set2 = /* @__PURE__ */ new Set());
    set2.add(j);
  };
  for (let i = 0; i <= name.length; i++) {
    const here = at2.get(i);
    if (!here) continue;
    at2.delete(i);
    const char = name[i];
    for (const j of here) {
      if (j === end) {
        if (i === name.length) return true;
        continue;
      }
      const token = tokens[j];
      if (token.kind === "star") {
        here.add(j + 1);
        if (char !== void 0 && (token.crossesDelimiters || !delims.has(char))) add2(i + 1, j);
      } else if (token.kind === "either") {
        for (const option of token.options) {
          if (!name.startsWith(option, i)) continue;
          if (option.length === 0) here.add(j + 1);
          else add2(i + option.length, j + 1);
        }
      } else if (char !== void 0) {
        const matches = token.kind === "char" ? char === token.char : token.kind === "one" ? !delims.has(char) : token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
        if (matches) add2(i + 1, j + 1);
      }
    }
  }
  return false;
};

// src/analyze/evaluate/rego-evaluate.ts
var RegoSet = class {
  members = /* @__PURE__ */ new Map();
  constructor(values = []) {
    for (const value of values) this.add(value);
  }
  add(value) {
    const key = canonical(value);
    if (!this.members.has(key)) this.members.set(key, value);
  }
  has(value) {
    return this.members.has(canonical(value));
  }
  get size() {
    return this.members.size;
  }
  values() {
    return [...this.members.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, value]) => value);
  }
};
var RegoUnsupported = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
  reason;
};
var BuiltinError = class extends Error {
};
var TYPE_ORDER = (value) => value === null ? 0 : typeof value === "boolean" ? 1 : typeof value === "number" ? 2 : typeof value === "string" ? 3 : Array.isArray(value) ? 4 : value instanceof RegoSet ? 6 : 5;
var canonicalKeys = /* @__PURE__ */ new WeakMap();
var canonical = (value) => {
  if (value === null || typeof value !== "object") return typeof value === "string" ? JSON.stringify(value) : String(value);
  if (value instanceof RegoSet) return `set{${[...value.members.keys()].sort().join(",")}}`;
  const known = canonicalKeys.get(value);
  if (known !== void 0) return known;
  const key = Array.isArray(value) ? `[${value.map(canonical).join(",")}]` : `{${Object.keys(value).sort().map((name) => `${JSON.stringify(name)}:${canonical(value[name])}`).join(",")}}`;
  canonicalKeys.set(value, key);
  return key;
};
var equal = (a, b) => {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return canonical(a) === canonical(b);
};
var compare = (a, b) => {
  const ta = TYPE_ORDER(a);
  const tb = TYPE_ORDER(b);
  if (ta !== tb) return ta - tb;
  if (typeof a === "number" || typeof a === "string" || typeof a === "boolean") return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const ka = canonical(a);
  const kb = canonical(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
var fromJson = (value) => {
  if (value === void 0) return null;
  if (Array.isArray(value)) return value.map(fromJson);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
  return value;
};
var toJson = (value) => {
  if (value instanceof RegoSet) return value.values().map(toJson);
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((k) => [k, toJson(value[k])]));
  return value;
};
var str = (value, name) => {
  if (typeof value !== "string") throw new BuiltinError(`${name}: operand must be a string`);
  return value;
};
var num = (value, name) => {
  if (typeof value !== "number") throw new BuiltinError(`${name}: operand must be a number`);
  return value;
};
var collection = (value, name) => {
  if (Array.isArray(value)) return value;
  if (value instanceof RegoSet) return value.values();
  if (value !== null && typeof value === "object") return Object.values(value);
  throw new BuiltinError(`${name}: operand must be a collection`);
};
var set = (value, name) => {
  if (!(value instanceof RegoSet)) throw new BuiltinError(`${name}: operand must be a set`);
  return value;
};
var formatValue = (value, verb) => {
  if (verb === "d") return typeof value === "number" ? String(Math.trunc(value)) : `%!d(${formatValue(value, "v")})`;
  if (verb === "q") return JSON.stringify(typeof value === "string" ? value : formatValue(value, "v"));
  if (typeof value === "string") return value;
  if (value instanceof RegoSet) return `{${value.values().map((v) => JSON.stringify(toJson(v))).join(", ")}}`;
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(toJson(v))).join(", ")}]`;
  if (value !== null && typeof value === "object") return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}: ${JSON.stringify(toJson(value[k]))}`).join(", ")}}`;
  return value === null ? "null" : String(value);
};
var sprintf = (format, args) => {
  let i = 0;
  return format.replace(/%([-+# 0]*\d*(?:\.\d+)?)([vsdqfxt%])/g, (_all, _flags, verb) => {
    if (verb === "%") return "%";
    const value = args[i++];
    return value === void 0 ? `%!${verb}(MISSING)` : formatValue(value, verb);
  });
};
var globMatch = (pattern, delimiters, name) => {
  try {
    return globMatches(pattern, delimiters, name);
  } catch (error) {
    if (error instanceof GlobSyntaxError) throw new BuiltinError(`glob.match: ${error.message}`);
    throw error;
  }
};
var compiledPatterns = /* @__PURE__ */ new Map();
var MAX_COMPILED_PATTERNS = 512;
var regex = (pattern) => {
  let compiledPattern = compiledPatterns.get(pattern);
  if (compiledPattern === void 0 && !compiledPatterns.has(pattern)) {
    try {
      compiledPattern = new RegExp(pattern, "u");
    } catch {
      compiledPattern = void 0;
    }
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(pattern, compiledPattern);
  }
  if (compiledPattern === void 0) throw new BuiltinError(`invalid regular expression ${pattern}`);
  return compiledPattern;
};
var SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
var semverCompare = (a, b) => {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  if (!x || !y) throw new BuiltinError("semver.compare: invalid version");
  for (let i = 1; i <= 3; i++) if (Number(x[i]) !== Number(y[i])) return Number(x[i]) < Number(y[i]) ? -1 : 1;
  if (x[4] === y[4]) return 0;
  if (x[4] === void 0) return 1;
  if (y[4] === void 0) return -1;
  return x[4] < y[4] ? -1 : 1;
};
var UNITS = {
  "": 1,
  m: 1e-3,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  ki: 2 ** 10,
  Ki: 2 ** 10,
  mi: 2 ** 20,
  Mi: 2 ** 20,
  gi: 2 ** 30,
  Gi: 2 ** 30,
  ti: 2 ** 40,
  Ti: 2 ** 40,
  pi: 2 ** 50,
  Pi: 2 ** 50,
  ei: 2 ** 60,
  Ei: 2 ** 60
};
var parseUnits = (text, name) => {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim().replace(/^"|"$/g, ""));
  if (!m) throw new BuiltinError(`${name}: could not parse ${text}`);
  const suffix = m[2].replace(/[bB]$/, "");
  const factor = UNITS[suffix];
  if (factor === void 0) throw new BuiltinError(`${name}: unknown unit ${m[2]}`);
  return Number(m[1]) * factor;
};
var typeName = (value) => value === null ? "null" : typeof value === "boolean" ? "boolean" : typeof value === "number" ? "number" : typeof value === "string" ? "string" : Array.isArray(value) ? "array" : value instanceof RegoSet ? "set" : "object";
var BUILTINS = {
  count: ([x]) => typeof x === "string" ? [...x].length : collection(x, "count").length,
  sum: ([x]) => collection(x, "sum").reduce((a, b) => a + num(b, "sum"), 0),
  product: ([x]) => collection(x, "product").reduce((a, b) => a * num(b, "product"), 1),
  max: ([x]) => {
    const items = collection(x, "max");
    if (items.length === 0) throw new BuiltinError("max of empty");
    return items.reduce((a, b) => compare(a, b) >= 0 ? a : b);
  },
  min: ([x]) => {
    const items = collection(x, "min");
    if (items.length === 0) throw new BuiltinError("min of empty");
    return items.reduce((a, b) => compare(a, b) <= 0 ? a : b);
  },
  sort: ([x]) => [...collection(x, "sort")].sort(compare),
  all: ([x]) => collection(x, "all").every((v) => v === true),
  any: ([x]) => collection(x, "any").some((v) => v === true),
  abs: ([x]) => Math.abs(num(x, "abs")),
  round: ([x]) => Math.round(num(x, "round")),
  floor: ([x]) => Math.floor(num(x, "floor")),
  ceil: ([x]) => Math.ceil(num(x, "ceil")),
  concat: ([sep3, xs]) => collection(xs, "concat").map((v) => str(v, "concat")).join(str(sep3, "concat")),
  contains: ([s, sub2]) => str(s, "contains").includes(str(sub2, "contains")),
  startswith: ([s, p]) => str(s, "startswith").startsWith(str(p, "startswith")),
  endswith: ([s, p]) => str(s, "endswith").endsWith(str(p, "endswith")),
  indexof: ([s, sub2]) => str(s, "indexof").indexOf(str(sub2, "indexof")),
  lower: ([s]) => str(s, "lower").toLowerCase(),
  upper: ([s]) => str(s, "upper").toUpperCase(),
  split: ([s, sep3]) => str(s, "split").split(str(sep3, "split")),
  replace: ([s, from, to]) => str(s, "replace").split(str(from, "replace")).join(str(to, "replace")),
  "strings.replace_n": ([patterns, s]) => {
    let out = str(s, "strings.replace_n");
    if (patterns === null || typeof patterns !== "object" || Array.isArray(patterns) || patterns instanceof RegoSet) throw new BuiltinError("strings.replace_n: patterns must be an object");
    for (const [from, to] of Object.entries(patterns)) out = out.split(from).join(str(to, "strings.replace_n"));
    return out;
  },
  substring: ([s, start, length]) => {
    const chars = [...str(s, "substring")];
    const from = num(start, "substring");
    const n = num(length, "substring");
    return chars.slice(from, n < 0 ? void 0 : from + n).join("");
  },
  trim: ([s, cut]) => {
    const chars = [...str(cut, "trim")];
    let text = str(s, "trim");
    while (text.length > 0 && chars.includes(text[0])) text = text.slice(1);
    while (text.length > 0 && chars.includes(text.at(-1))) text = text.slice(0, -1);
    return text;
  },
  trim_space: ([s]) => str(s, "trim_space").trim(),
  trim_prefix: ([s, p]) => str(s, "trim_prefix").startsWith(str(p, "trim_prefix")) ? s.slice(p.length) : s,
  trim_suffix: ([s, p]) => str(s, "trim_suffix").endsWith(str(p, "trim_suffix")) && p.length > 0 ? s.slice(0, -p.length) : s,
  trim_left: ([s, cut]) => {
    let text = str(s, "trim_left");
    while (text.length > 0 && str(cut, "trim_left").includes(text[0])) text = text.slice(1);
    return text;
  },
  trim_right: ([s, cut]) => {
    let text = str(s, "trim_right");
    while (text.length > 0 && str(cut, "trim_right").includes(text.at(-1))) text = text.slice(0, -1);
    return text;
  },
  sprintf: ([format, args]) => sprintf(str(format, "sprintf"), collection(args, "sprintf")),
  format_int: ([n, base]) => Math.trunc(num(n, "format_int")).toString(num(base, "format_int")),
  to_number: ([x]) => {
    if (typeof x === "number") return x;
    if (typeof x === "boolean") return x ? 1 : 0;
    if (x === null) return 0;
    const n = Number(str(x, "to_number"));
    if (Number.isNaN(n) || x.trim() === "") throw new BuiltinError("to_number: not a number");
    return n;
  },
  "regex.match": ([p, s]) => regex(str(p, "regex.match")).test(str(s, "regex.match")),
  re_match: ([p, s]) => regex(str(p, "re_match")).test(str(s, "re_match")),
  "regex.split": ([p, s]) => str(s, "regex.split").split(regex(str(p, "regex.split"))),
  "regex.find_n": ([p, s, n]) => {
    const all = [...str(s, "regex.find_n").matchAll(new RegExp(str(p, "regex.find_n"), "gu"))].map((m) => m[0]);
    return num(n, "regex.find_n") < 0 ? all : all.slice(0, n);
  },
  "glob.match": ([p, delimiters, s]) => globMatch(str(p, "glob.match"), delimiters === null ? ["."] : collection(delimiters, "glob.match").map((d) => str(d, "glob.match")), str(s, "glob.match")),
  "object.get": ([o, key, fallback]) => {
    if (o === null || typeof o !== "object" || Array.isArray(o) || o instanceof RegoSet) throw new BuiltinError("object.get: operand must be an object");
    if (Array.isArray(key)) {
      let current = o;
      for (const k of key) {
        if (current !== null && typeof current === "object" && !Array.isArray(current) && !(current instanceof RegoSet) && typeof k === "string" && k in current) current = current[k];
        else if (Array.isArray(current) && typeof k === "number" && k in current) current = current[k];
        else return fallback;
      }
      return current;
    }
    return typeof key === "string" && key in o ? o[key] : fallback;
  },
  "object.keys": ([o]) => {
    if (o === null || typeof o !== "object" || Array.isArray(o) || o instanceof RegoSet) throw new BuiltinError("object.keys: operand must be an object");
    return new RegoSet(Object.keys(o));
  },
  "object.remove": ([o, keys]) => {
    if (o === null || typeof o !== "object" || Array.isArray(o) || o instanceof RegoSet) throw new BuiltinError("object.remove: operand must be an object");
    const drop = new Set(collection(keys, "object.remove").map((k) => String(k)));
    return Object.fromEntries(Object.entries(o).filter(([k]) => !drop.has(k)));
  },
  "object.union": ([a, b]) => {
    const merge = (x, y) => x !== null && y !== null && typeof x === "object" && typeof y === "object" && !Array.isArray(x) && !Array.isArray(y) && !(x instanceof RegoSet) && !(y instanceof RegoSet) ? Object.fromEntries([.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, k in y ? k in x ? merge(x[k], y[k]) : y[k] : x[k]])) : y;
    return merge(a, b);
  },
  "array.concat": ([a, b]) => [...Array.isArray(a) ? a : [], ...Array.isArray(b) ? b : []],
  "array.slice": ([a, from, to]) => {
    if (!Array.isArray(a)) throw new BuiltinError("array.slice: operand must be an array");
    return a.slice(Math.max(0, num(from, "array.slice")), Math.min(a.length, num(to, "array.slice")));
  },
  "array.reverse": ([a]) => [...Array.isArray(a) ? a : []].reverse(),
  union: ([sets]) => new RegoSet(collection(sets, "union").flatMap((s) => set(s, "union").values())),
  intersection: ([sets]) => {
    const all = collection(sets, "intersection").map((s) => set(s, "intersection"));
    if (all.length === 0) return new RegoSet();
    return new RegoSet(all[0].values().filter((v) => all.every((s) => s.has(v))));
  },
  "json.marshal": ([x]) => JSON.stringify(toJson(x)),
  "json.unmarshal": ([s]) => {
    try {
      return fromJson(JSON.parse(str(s, "json.unmarshal")));
    } catch {
      throw new BuiltinError("json.unmarshal: invalid JSON");
    }
  },
  "semver.compare": ([a, b]) => semverCompare(str(a, "semver.compare"), str(b, "semver.compare")),
  "semver.is_valid": ([a]) => typeof a === "string" && SEMVER.test(a) && !a.startsWith("v"),
  "units.parse": ([s]) => parseUnits(str(s, "units.parse"), "units.parse"),
  "units.parse_bytes": ([s]) => Math.round(parseUnits(str(s, "units.parse_bytes"), "units.parse_bytes")),
  is_string: ([x]) => typeof x === "string",
  is_number: ([x]) => typeof x === "number",
  is_boolean: ([x]) => typeof x === "boolean",
  is_array: ([x]) => Array.isArray(x),
  is_set: ([x]) => x instanceof RegoSet,
  is_object: ([x]) => typeName(x) === "object",
  is_null: ([x]) => x === null,
  type_name: ([x]) => typeName(x),
  cast_array: ([x]) => collection(x, "cast_array"),
  cast_set: ([x]) => new RegoSet(collection(x, "cast_set")),
  "base64.decode": ([s]) => Buffer.from(str(s, "base64.decode"), "base64").toString("utf8"),
  "base64.encode": ([s]) => Buffer.from(str(s, "base64.encode"), "utf8").toString("base64"),
  "strings.reverse": ([s]) => [...str(s, "strings.reverse")].reverse().join(""),
  "strings.any_prefix_match": ([s, p]) => collection(typeof s === "string" ? [s] : s, "x").some((x) => collection(typeof p === "string" ? [p] : p, "x").some((y) => String(x).startsWith(String(y)))),
  "strings.any_suffix_match": ([s, p]) => collection(typeof s === "string" ? [s] : s, "x").some((x) => collection(typeof p === "string" ? [p] : p, "x").some((y) => String(x).endsWith(String(y))))
};
var builtinOf = (name) => Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : void 0;
var UNBOUND = /* @__PURE__ */ Symbol("unbound");
var Bindings = class {
  constructor(name, value, rest) {
    this.name = name;
    this.value = value;
    this.rest = rest;
  }
  name;
  value;
  rest;
  get(name) {
    return bindingIn(this, name);
  }
};
var bindingIn = (bindings, name) => {
  for (let scope = bindings; scope !== void 0; scope = scope.rest) if (scope.name === name) return scope.value;
  return void 0;
};
var NO_BINDINGS = new Bindings(void 0, void 0, void 0);
var bind = (env, name, value) => new Bindings(name, value, env);
var REGO_STEP_BUDGET = 5e5;
var MAX_CALL_DEPTH = 100;
var packagesOf = (program) => {
  const packages = /* @__PURE__ */ new Map();
  for (const module of program.modules) {
    const path = module.package.path.join(".");
    let pkg = packages.get(path);
    if (!pkg) packages.set(path, pkg = { path, rules: /* @__PURE__ */ new Map(), imports: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() });
    for (const imported of module.imports) {
      if (imported.path[0] !== "data" && imported.path[0] !== "input") continue;
      const alias = imported.alias ?? imported.path.at(-1);
      pkg.imports.set(alias, imported.path);
    }
    for (const rule of module.rules) {
      if (rule.head.name.includes(".")) throw new RegoUnsupported(`the rule head ${rule.head.name} (a ref head)`);
      const list2 = pkg.rules.get(rule.head.name) ?? [];
      list2.push(rule);
      pkg.rules.set(rule.head.name, list2);
    }
  }
  return packages;
};
var compiled = /* @__PURE__ */ new WeakMap();
var compile2 = (program) => {
  let packages = compiled.get(program);
  if (packages === void 0) {
    try {
      packages = packagesOf(program);
    } catch (error) {
      if (!(error instanceof RegoUnsupported)) throw error;
      packages = error;
    }
    compiled.set(program, packages);
  }
  if (packages instanceof RegoUnsupported) throw packages;
  return packages;
};
var Interpreter = class {
  constructor(packages, input) {
    this.packages = packages;
    this.input = input;
  }
  packages;
  steps = 0;
  depth = 0;
  cache = /* @__PURE__ */ new Map();
  input;
  dataOverrides = [];
  tick() {
    if (++this.steps > REGO_STEP_BUDGET) throw new RegoUnsupported("over the step budget");
  }
  /** The value of `data.<path>`: a rule, a package (as an object of its rules), or undefined. */
  dataAt(path) {
    for (const override of this.dataOverrides) {
      if (override.path.length <= path.length && override.path.every((p, i) => p === path[i])) return walk(override.value, path.slice(override.path.length));
    }
    if (path[0] === "inventory") throw new RegoUnsupported("reads data.inventory (Gatekeeper's replicated cluster objects)");
    for (let i = path.length; i >= 0; i--) {
      const pkg = this.packages.get(path.slice(0, i).join("."));
      if (!pkg) continue;
      if (i === path.length) return this.packageValue(pkg);
      const value = this.ruleValue(pkg, path[i]);
      return value === void 0 ? void 0 : walk(value, path.slice(i + 1));
    }
    return void 0;
  }
  packageValue(pkg) {
    const out = {};
    for (const name of pkg.rules.keys()) {
      if (pkg.rules.get(name).some((rule) => rule.head.kind === "function")) continue;
      const value = this.ruleValue(pkg, name);
      if (value !== void 0) out[name] = value;
    }
    return out;
  }
  /** A rule without arguments, evaluated once per input. */
  ruleValue(pkg, name) {
    const key = `${pkg.path}\0${name}\0${this.dataOverrides.length > 0 || this.inputOverridden ? canonical(this.input) : ""}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const rules = pkg.rules.get(name);
    if (!rules) return void 0;
    this.cache.set(key, void 0);
    if (++this.depth > MAX_CALL_DEPTH) throw new RegoUnsupported("rules nested too deep");
    try {
      const value = this.evaluateRules(pkg, rules);
      this.cache.set(key, value);
      return value;
    } finally {
      this.depth--;
    }
  }
  inputOverridden = false;
  evaluateRules(pkg, rules) {
    const kind = rules[0].head.kind;
    if (kind === "partial-set") {
      const out = new RegoSet();
      for (const rule of rules) for (const env of this.ruleBodies(pkg, rule)) for (const [v] of this.term(rule.head.key, pkg, env)) out.add(v);
      return out;
    }
    if (kind === "partial-object") {
      const out = {};
      for (const rule of rules) {
        for (const env of this.ruleBodies(pkg, rule)) {
          for (const [k, env2] of this.term(rule.head.key, pkg, env)) {
            if (typeof k !== "string") throw new RegoUnsupported("an object rule with a non-string key");
            for (const [v] of this.term(rule.head.value, pkg, env2)) out[k] = v;
          }
        }
      }
      return out;
    }
    if (kind === "function") return void 0;
    let fallback;
    for (const rule of rules) {
      if (rule.isDefault) {
        for (const [v] of this.term(rule.head.value, pkg, NO_BINDINGS)) fallback = v;
        continue;
      }
      const value = this.completeValue(pkg, rule, NO_BINDINGS);
      if (value !== void 0) return value;
    }
    return fallback;
  }
  /** The value of one complete rule (or function definition) whose head is bound by `env`: its bodies, then its else clauses. */
  completeValue(pkg, rule, env) {
    const bodies = rule.bodies.length === 0 ? [void 0] : rule.bodies;
    for (const body of bodies) {
      for (const bound of body ? this.body(body.literals, 0, pkg, env) : [env]) {
        if (rule.head.value === void 0) return true;
        for (const [v] of this.term(rule.head.value, pkg, bound)) return v;
      }
    }
    for (const clause of rule.elses) {
      for (const bound of clause.body ? this.body(clause.body.literals, 0, pkg, env) : [env]) {
        if (clause.value === void 0) return true;
        for (const [v] of this.term(clause.value, pkg, bound)) return v;
      }
    }
    return void 0;
  }
  *ruleBodies(pkg, rule) {
    if (rule.bodies.length === 0) {
      yield NO_BINDINGS;
      return;
    }
    for (const body of rule.bodies) yield* this.body(body.literals, 0, pkg, NO_BINDINGS);
  }
  callFunction(pkg, name, args) {
    const resolved = this.resolveFunction(pkg, name);
    if (resolved === void 0) {
      const builtin = builtinOf(name);
      if (!builtin) throw new RegoUnsupported(`calls the Rego built-in ${name}, which this evaluator lacks`);
      try {
        return builtin(args);
      } catch (error) {
        if (error instanceof BuiltinError) return void 0;
        throw error;
      }
    }
    const [target, rules] = resolved;
    if (++this.depth > MAX_CALL_DEPTH) throw new RegoUnsupported("function calls nested too deep");
    try {
      let fallback;
      for (const rule of rules) {
        const params = rule.head.args ?? [];
        if (params.length !== args.length) continue;
        if (rule.isDefault) {
          for (const [v] of this.term(rule.head.value, target, NO_BINDINGS)) fallback = v;
          continue;
        }
        let env = NO_BINDINGS;
        for (let i = 0; i < params.length && env; i++) env = this.unifyFirst(params[i], args[i], target, env);
        if (!env) continue;
        const value = this.completeValue(target, rule, env);
        if (value !== void 0) return value;
      }
      return fallback;
    } finally {
      this.depth--;
    }
  }
  resolveFunction(pkg, name) {
    let resolved = pkg.functions.get(name);
    if (resolved === void 0) {
      resolved = this.findFunction(pkg, name) ?? null;
      pkg.functions.set(name, resolved);
    }
    return resolved ?? void 0;
  }
  findFunction(pkg, name) {
    const parts = name.split(".");
    if (parts.length === 1) {
      const rules = pkg.rules.get(name);
      if (rules && rules.some((r) => r.head.kind === "function")) return [pkg, rules];
      const imported2 = pkg.imports.get(name);
      if (imported2?.[0] === "data") return this.functionAt(imported2.slice(1));
      return void 0;
    }
    const head = parts[0];
    if (head === "data") return this.functionAt(parts.slice(1));
    const imported = pkg.imports.get(head);
    if (imported?.[0] === "data") return this.functionAt([...imported.slice(1), ...parts.slice(1)]);
    return void 0;
  }
  functionAt(path) {
    const target = this.packages.get(path.slice(0, -1).join("."));
    const rules = target?.rules.get(path.at(-1));
    return target && rules ? [target, rules] : void 0;
  }
  /** Binds the variables of a pattern term to a value; the first way, or undefined. */
  unifyFirst(pattern, value, pkg, env) {
    for (const bound of this.unify(pattern, value, pkg, env)) return bound;
    return void 0;
  }
  *unify(pattern, value, pkg, env) {
    this.tick();
    if (pattern.type === "var") {
      if (pattern.name === "_") {
        yield env;
        return;
      }
      const current = env.get(pattern.name);
      if (current === UNBOUND || current === void 0 && !this.isGlobalName(pattern.name, pkg)) {
        yield bind(env, pattern.name, value);
        return;
      }
    }
    if (pattern.type === "array" && Array.isArray(value)) {
      if (pattern.items.length !== value.length) return;
      yield* this.unifyItems(pattern.items, value, 0, pkg, env);
      return;
    }
    if (pattern.type === "object" && value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof RegoSet)) {
      if (pattern.items.length !== Object.keys(value).length) return;
      const keys = [];
      const patterns = [];
      for (const item of pattern.items) {
        const key = this.firstValue(item.key, pkg, env);
        if (typeof key !== "string" || !(key in value)) return;
        keys.push(value[key]);
        patterns.push(item.value);
      }
      yield* this.unifyItems(patterns, keys, 0, pkg, env);
      return;
    }
    for (const [v, env2] of this.term(pattern, pkg, env)) if (equal(v, value)) yield env2;
  }
  *unifyItems(patterns, values, i, pkg, env) {
    if (i === patterns.length) {
      yield env;
      return;
    }
    for (const bound of this.unify(patterns[i], values[i], pkg, env)) yield* this.unifyItems(patterns, values, i + 1, pkg, bound);
  }
  firstValue(term, pkg, env) {
    for (const [v] of this.term(term, pkg, env)) return v;
    return void 0;
  }
  isGlobalName(name, pkg) {
    return name === "input" || name === "data" || pkg.rules.has(name) || pkg.imports.has(name);
  }
  /** Does a composite term (array, object, set) contain a variable not bound yet? */
  hasFreeVars(term, pkg, env) {
    if (term.type === "var") return this.isFree(term, pkg, env);
    if (term.type === "array" || term.type === "set") return term.items.some((item) => this.hasFreeVars(item, pkg, env));
    if (term.type === "object") return term.items.some((item) => this.hasFreeVars(item.value, pkg, env));
    return false;
  }
  /** Is the term a variable not bound yet (so an assignment target)? */
  isFree(term, pkg, env) {
    if (term.type !== "var") return term.type === "array" ? term.items.some((item) => this.isFree(item, pkg, env)) : false;
    if (term.name === "_") return true;
    const current = env.get(term.name);
    return current === UNBOUND || current === void 0 && !this.isGlobalName(term.name, pkg);
  }
  /** The values of a term, each with the bindings it needed. */
  *term(term, pkg, env) {
    if (this.isSingle(term, pkg, env)) {
      const value = this.singleValue(term, pkg, env);
      if (value !== void 0) yield [value, env];
      return;
    }
    yield* this.generalTerm(term, pkg, env);
  }
  /**
   * Whether a term has at most one value and binds nothing: no variable in it is free, so no
   * iteration or unification. Most terms are; they are evaluated without generators.
   */
  isSingle(term, pkg, env) {
    switch (term.type) {
      case "string":
      case "number":
      case "boolean":
      case "null":
      case "var":
      case "array-comprehension":
      case "set-comprehension":
      case "object-comprehension":
        return true;
      case "paren":
        return this.isSingle(term.inner, pkg, env);
      case "unary-minus":
        return this.isSingle(term.operand, pkg, env);
      case "membership":
        return this.isSingle(term.collection, pkg, env);
      case "ref":
        return (this.isDataRef(term, pkg, env) || this.isSingle(term.head, pkg, env)) && term.path.every((segment) => segment.kind === "dot" || !this.hasFreeVars(segment.term, pkg, env) && this.isSingle(segment.term, pkg, env));
      case "call":
        return term.args.every((arg) => this.isSingle(arg, pkg, env));
      case "binary":
        return term.op !== ":=" && term.op !== "=" && this.isSingle(term.left, pkg, env) && this.isSingle(term.right, pkg, env);
      case "array":
      case "set":
        return term.items.every((item) => this.isSingle(item, pkg, env));
      case "object":
        return term.items.every((item) => this.isSingle(item.key, pkg, env) && this.isSingle(item.value, pkg, env));
    }
  }
  /** The value of a term isSingle accepted (undefined: none), the same as term() would yield. */
  singleValue(term, pkg, env) {
    this.tick();
    switch (term.type) {
      case "string":
      case "boolean":
        return term.value;
      case "number":
        return Number(term.text);
      case "null":
        return null;
      case "paren":
        return this.singleValue(term.inner, pkg, env);
      case "unary-minus": {
        const value = this.singleValue(term.operand, pkg, env);
        return typeof value === "number" ? -value : void 0;
      }
      case "var":
        return this.varValue(term, pkg, env);
      case "ref": {
        let start = 0;
        let value;
        if (this.isDataRef(term, pkg, env)) {
          const [path, literal] = this.dataPath(term, pkg);
          start = literal;
          value = this.dataAt(path);
        } else value = this.singleValue(term.head, pkg, env);
        for (let i = start; i < term.path.length && value !== void 0; i++) {
          this.tick();
          const segment = term.path[i];
          const key = segment.kind === "dot" ? segment.name : this.singleValue(segment.term, pkg, env);
          value = key === void 0 ? void 0 : lookup(value, key);
        }
        return value;
      }
      case "call": {
        const name = this.calleeName(term);
        const args = [];
        for (const arg of term.args) {
          const value = this.singleValue(arg, pkg, env);
          if (value === void 0) return void 0;
          args.push(value);
        }
        return this.callFunction(pkg, name, args);
      }
      case "binary": {
        const left = this.singleValue(term.left, pkg, env);
        if (left === void 0) return void 0;
        const right = this.singleValue(term.right, pkg, env);
        return right === void 0 ? void 0 : arithmetic(term.op, left, right);
      }
      case "array":
      case "set": {
        const items = [];
        for (const item of term.items) {
          const value = this.singleValue(item, pkg, env);
          if (value === void 0) return void 0;
          items.push(value);
        }
        return term.type === "set" ? new RegoSet(items) : items;
      }
      case "object": {
        const entries = [];
        for (const item of term.items) {
          const key = this.singleValue(item.key, pkg, env);
          if (key === void 0) return void 0;
          const value = this.singleValue(item.value, pkg, env);
          if (value === void 0) return void 0;
          entries.push([key, value]);
        }
        const out = {};
        for (const [key, value] of entries) {
          if (typeof key !== "string") throw new RegoUnsupported("an object with a non-string key");
          out[key] = value;
        }
        return out;
      }
      default:
        for (const [value] of this.generalTerm(term, pkg, env)) return value;
        return void 0;
    }
  }
  varValue(term, pkg, env) {
    const local3 = env.get(term.name);
    if (local3 !== void 0 && local3 !== UNBOUND) return local3;
    const value = this.global(term.name, pkg);
    if (value === void 0 && (local3 === UNBOUND || !this.isGlobalName(term.name, pkg))) throw new RegoUnsupported(`the variable ${term.name} is not bound where it is read`);
    return value;
  }
  /** The values of a term by the general route: iterating, unifying, binding. */
  *generalTerm(term, pkg, env) {
    this.tick();
    switch (term.type) {
      case "string":
        yield [term.value, env];
        return;
      case "number":
        yield [Number(term.text), env];
        return;
      case "boolean":
        yield [term.value, env];
        return;
      case "null":
        yield [null, env];
        return;
      case "paren":
        yield* this.term(term.inner, pkg, env);
        return;
      case "unary-minus":
        for (const [v, env2] of this.term(term.operand, pkg, env)) if (typeof v === "number") yield [-v, env2];
        return;
      case "var": {
        const value = this.varValue(term, pkg, env);
        if (value !== void 0) yield [value, env];
        return;
      }
      case "ref":
        yield* this.ref(term, pkg, env);
        return;
      case "call":
        yield* this.call(term, pkg, env);
        return;
      case "array":
        for (const [items, env2] of this.terms(term.items, 0, pkg, env)) yield [items, env2];
        return;
      case "set":
        for (const [items, env2] of this.terms(term.items, 0, pkg, env)) yield [new RegoSet(items), env2];
        return;
      case "object": {
        const flat = term.items.flatMap((item) => [item.key, item.value]);
        for (const [items, env2] of this.terms(flat, 0, pkg, env)) {
          const out = {};
          for (let i = 0; i < items.length; i += 2) {
            if (typeof items[i] !== "string") throw new RegoUnsupported("an object with a non-string key");
            out[items[i]] = items[i + 1];
          }
          yield [out, env2];
        }
        return;
      }
      case "array-comprehension": {
        const out = [];
        for (const bound of this.body(term.body.literals, 0, pkg, env)) for (const [v] of this.term(term.head, pkg, bound)) out.push(v);
        yield [out, env];
        return;
      }
      case "set-comprehension": {
        const out = new RegoSet();
        for (const bound of this.body(term.body.literals, 0, pkg, env)) for (const [v] of this.term(term.head, pkg, bound)) out.add(v);
        yield [out, env];
        return;
      }
      case "object-comprehension": {
        const out = {};
        for (const bound of this.body(term.body.literals, 0, pkg, env)) {
          for (const [k, env2] of this.term(term.key, pkg, bound)) {
            if (typeof k !== "string") throw new RegoUnsupported("an object comprehension with a non-string key");
            for (const [v] of this.term(term.value, pkg, env2)) out[k] = v;
          }
        }
        yield [out, env];
        return;
      }
      case "membership": {
        for (const [collection2, env2] of this.term(term.collection, pkg, env)) {
          let found = false;
          for (const [key, value] of entriesOf(collection2)) {
            const keyOk = term.key === void 0 || this.firstValue(term.key, pkg, env2) !== void 0 && equal(this.firstValue(term.key, pkg, env2), key);
            const valueOk = this.firstValue(term.value, pkg, env2);
            if (keyOk && valueOk !== void 0 && equal(valueOk, value)) {
              found = true;
              break;
            }
          }
          yield [found, env2];
        }
        return;
      }
      case "binary":
        yield* this.binary(term, pkg, env);
        return;
    }
  }
  *terms(items, i, pkg, env) {
    if (i === items.length) {
      yield [[], env];
      return;
    }
    for (const [v, env2] of this.term(items[i], pkg, env)) for (const [rest, env3] of this.terms(items, i + 1, pkg, env2)) yield [[v, ...rest], env3];
  }
  global(name, pkg) {
    if (name === "input") return this.input;
    if (name === "data") throw new RegoUnsupported("reads the whole data document");
    if (pkg.rules.has(name)) {
      if (pkg.rules.get(name).some((rule) => rule.head.kind === "function")) return void 0;
      return this.ruleValue(pkg, name);
    }
    const imported = pkg.imports.get(name);
    if (imported) return imported[0] === "input" ? walk(this.input, imported.slice(1)) : this.dataAt(imported.slice(1));
    return void 0;
  }
  /** `data.a.b` or `alias.b` of an imported `data` path (not shadowed by a local). */
  isDataRef(term, pkg, env) {
    return term.head.type === "var" && (term.head.name === "data" || pkg.imports.get(term.head.name)?.[0] === "data" && env.get(term.head.name) === void 0);
  }
  /** The data path a data ref's literal prefix names, and how many of its segments that prefix takes. */
  dataPath(term, pkg) {
    const name = term.head.name;
    const path = name === "data" ? [] : pkg.imports.get(name).slice(1);
    let literal = 0;
    for (const segment of term.path) {
      if (segment.kind === "dot") path.push(segment.name);
      else if (segment.term.type === "string") path.push(segment.term.value);
      else break;
      literal++;
    }
    return [path, literal];
  }
  calleeName(term) {
    const name = term.callee.type === "var" ? term.callee.name : refName(term.callee);
    if (name === void 0) throw new RegoUnsupported("a call through a computed reference");
    return name;
  }
  *ref(term, pkg, env) {
    let start = 0;
    let heads;
    if (this.isDataRef(term, pkg, env)) {
      const [path, literal] = this.dataPath(term, pkg);
      start = literal;
      const value = this.dataAt(path);
      heads = value === void 0 ? [] : [[value, env]];
    } else heads = this.term(term.head, pkg, env);
    for (const [head, env2] of heads) yield* this.walkRef(head, term.path, start, pkg, env2);
  }
  *walkRef(value, path, i, pkg, env) {
    this.tick();
    if (i === path.length) {
      yield [value, env];
      return;
    }
    const segment = path[i];
    if (segment.kind === "dot") {
      const next = lookup(value, segment.name);
      if (next !== void 0) yield* this.walkRef(next, path, i + 1, pkg, env);
      return;
    }
    if (this.isFree(segment.term, pkg, env) && segment.term.type === "var") {
      for (const [key, next] of entriesOf(value)) {
        const bound = segment.term.name === "_" ? env : bind(env, segment.term.name, key);
        yield* this.walkRef(next, path, i + 1, pkg, bound);
      }
      return;
    }
    if (this.hasFreeVars(segment.term, pkg, env)) {
      for (const [key, next] of entriesOf(value)) for (const bound of this.unify(segment.term, key, pkg, env)) yield* this.walkRef(next, path, i + 1, pkg, bound);
      return;
    }
    for (const [key, env2] of this.term(segment.term, pkg, env)) {
      const next = lookup(value, key);
      if (next !== void 0) yield* this.walkRef(next, path, i + 1, pkg, env2);
    }
  }
  *call(term, pkg, env) {
    const name = this.calleeName(term);
    for (const [args, env2] of this.terms(term.args, 0, pkg, env)) {
      const value = this.callFunction(pkg, name, args);
      if (value !== void 0) yield [value, env2];
    }
  }
  *binary(term, pkg, env) {
    const { op, left, right } = term;
    if (op === ":=" || op === "=") {
      if (this.isFree(left, pkg, env) || op === ":=") {
        for (const [v, env2] of this.term(right, pkg, env)) for (const bound of this.unify(left, v, pkg, op === ":=" ? shadow(left, env2) : env2)) yield [true, bound];
        return;
      }
      if (this.isFree(right, pkg, env)) {
        for (const [v, env2] of this.term(left, pkg, env)) for (const bound of this.unify(right, v, pkg, env2)) yield [true, bound];
        return;
      }
      for (const [a, env2] of this.term(left, pkg, env)) for (const bound of this.unify(right, a, pkg, env2)) yield [true, bound];
      return;
    }
    for (const [a, env2] of this.term(left, pkg, env)) {
      for (const [b, env3] of this.term(right, pkg, env2)) {
        const value = arithmetic(op, a, b);
        if (value !== void 0) yield [value, env3];
      }
    }
  }
  /** The bindings under which literals i.. of a body all hold. */
  *body(literals, i, pkg, env) {
    this.tick();
    if (i === literals.length) {
      yield env;
      return;
    }
    const literal = literals[i];
    for (const bound of this.literal(literal, pkg, env)) yield* this.body(literals, i + 1, pkg, bound);
  }
  *literal(literal, pkg, env) {
    switch (literal.type) {
      case "some": {
        let next = env;
        for (const variable of literal.vars) next = bind(next, variable.name, UNBOUND);
        yield next;
        return;
      }
      case "some-in": {
        for (const [collection2, env2] of this.term(literal.collection, pkg, env)) {
          for (const [key, value] of entriesOf(collection2)) {
            const withKey = literal.key ? this.unify(literal.key, key, pkg, shadow(literal.key, env2)) : [env2];
            for (const keyed of withKey) yield* this.unify(literal.value, value, pkg, shadow(literal.value, keyed));
          }
        }
        return;
      }
      case "every": {
        for (const [domain, env2] of this.term(literal.domain, pkg, env)) {
          let all = true;
          for (const [key, value] of entriesOf(domain)) {
            let scope = env2;
            if (literal.key) scope = this.unifyFirst(literal.key, key, pkg, shadow(literal.key, scope));
            if (scope) scope = this.unifyFirst(literal.value, value, pkg, shadow(literal.value, scope));
            if (!scope || this.firstOf(this.body(literal.body.literals, 0, pkg, scope)) === void 0) {
              all = false;
              break;
            }
          }
          if (all) yield env2;
        }
        return;
      }
      case "expr": {
        if (literal.with.length > 0) {
          yield* this.withModifiers(literal, pkg, env);
          return;
        }
        if (literal.negated) {
          for (const [v] of this.term(literal.expr, pkg, env)) if (v !== false) return;
          yield env;
          return;
        }
        for (const [v, env2] of this.term(literal.expr, pkg, env)) if (v !== false) yield env2;
        return;
      }
    }
  }
  firstOf(items) {
    for (const item of items) return item;
    return void 0;
  }
  /** `with input.x as v` / `with data.x as v`: the literal runs against the replaced document. */
  *withModifiers(literal, pkg, env) {
    const savedInput = this.input;
    const savedData = this.dataOverrides;
    const savedOverridden = this.inputOverridden;
    const results = [];
    try {
      for (const modifier of literal.with) this.applyWith(modifier, pkg, env);
      const plain = { ...literal, with: [] };
      for (const bound of this.literal(plain, pkg, env)) results.push(bound);
    } finally {
      this.input = savedInput;
      this.dataOverrides = savedData;
      this.inputOverridden = savedOverridden;
    }
    yield* results;
  }
  applyWith(modifier, pkg, env) {
    const path = refName(modifier.target)?.split(".");
    const value = this.firstValue(modifier.value, pkg, env);
    if (!path || value === void 0) throw new RegoUnsupported("a with modifier this evaluator cannot apply");
    if (path[0] === "input") {
      this.input = path.length === 1 ? value : setAt(this.input, path.slice(1), value);
      this.inputOverridden = true;
    } else if (path[0] === "data") this.dataOverrides = [{ path: path.slice(1), value }, ...this.dataOverrides];
    else throw new RegoUnsupported(`with ${path.join(".")} (replacing a built-in)`);
  }
  /** The value of a package's rule, for the entry point. */
  entry(packagePath, name) {
    const pkg = this.packages.get(packagePath);
    return pkg ? this.ruleValue(pkg, name) : void 0;
  }
};
var shadow = (term, env) => {
  if (term.type === "var" && term.name !== "_") return bind(env, term.name, UNBOUND);
  if (term.type === "array") return term.items.reduce((acc, item) => shadow(item, acc), env);
  if (term.type === "object") return term.items.reduce((acc, item) => shadow(item.value, acc), env);
  return env;
};
var refName = (term) => {
  if (term.type === "var") return term.name;
  if (term.type !== "ref" || term.head.type !== "var") return void 0;
  const parts = [term.head.name];
  for (const segment of term.path) {
    if (segment.kind === "dot") parts.push(segment.name);
    else if (segment.term.type === "string") parts.push(segment.term.value);
    else return void 0;
  }
  return parts.join(".");
};
var lookup = (value, key) => {
  if (Array.isArray(value)) return typeof key === "number" && Number.isInteger(key) ? value[key] : void 0;
  if (value instanceof RegoSet) return value.has(key) ? key : void 0;
  if (value !== null && typeof value === "object") return typeof key === "string" && Object.hasOwn(value, key) ? value[key] : void 0;
  return void 0;
};
var walk = (value, path) => {
  let current = value;
  for (const key of path) {
    if (current === void 0) return void 0;
    current = lookup(current, key);
  }
  return current;
};
var setAt = (value, path, replacement) => {
  if (path.length === 0) return replacement;
  const base = value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof RegoSet) ? value : {};
  return { ...base, [path[0]]: setAt(base[path[0]] ?? null, path.slice(1), replacement) };
};
function* entriesOf(value) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield [i, v];
  else if (value instanceof RegoSet) for (const v of value.values()) yield [v, v];
  else if (value !== null && typeof value === "object") for (const key of Object.keys(value).sort()) yield [key, value[key]];
}
var arithmetic = (op, a, b) => {
  switch (op) {
    case "==":
      return equal(a, b);
    case "!=":
      return !equal(a, b);
    case "<":
      return compare(a, b) < 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">":
      return compare(a, b) > 0;
    case ">=":
      return compare(a, b) >= 0;
    case "+":
      return typeof a === "number" && typeof b === "number" ? a + b : void 0;
    case "*":
      return typeof a === "number" && typeof b === "number" ? a * b : void 0;
    case "/":
      return typeof a === "number" && typeof b === "number" && b !== 0 ? a / b : void 0;
    case "%":
      return typeof a === "number" && typeof b === "number" && b !== 0 ? a % b : void 0;
    case "-":
      if (typeof a === "number" && typeof b === "number") return a - b;
      if (a instanceof RegoSet && b instanceof RegoSet) return new RegoSet(a.values().filter((v) => !b.has(v)));
      return void 0;
    case "|":
      return a instanceof RegoSet && b instanceof RegoSet ? new RegoSet([...a.values(), ...b.values()]) : void 0;
    case "&":
      return a instanceof RegoSet && b instanceof RegoSet ? new RegoSet(a.values().filter((v) => b.has(v))) : void 0;
    default:
      return void 0;
  }
};
var queryRego = (program, packagePath, rule, input) => {
  try {
    const interpreter = new Interpreter(compile2(program), input);
    return { kind: "value", value: interpreter.entry(packagePath, rule) };
  } catch (error) {
    if (error instanceof RegoUnsupported) return { kind: "unsupported", reason: error.reason };
    if (error instanceof RangeError) return { kind: "unsupported", reason: "too deep to evaluate" };
    throw error;
  }
};
var regoToJson = toJson;

// src/analyze/evaluate/policy-targets.ts
var records = (value) => Array.isArray(value) ? value.filter(isRecord) : [];
var namedExpressions = (value) => records(value).flatMap((item) => typeof item["name"] === "string" && typeof item["expression"] === "string" ? [{ name: item["name"], expression: item["expression"] }] : []);
var validationsOf = (value) => records(value).flatMap(
  (item) => typeof item["expression"] === "string" ? [
    {
      expression: item["expression"],
      ...typeof item["message"] === "string" && { message: item["message"] },
      ...typeof item["messageExpression"] === "string" && { messageExpression: item["messageExpression"] }
    }
  ] : []
);
var failurePolicyOf = (value) => value === "Ignore" ? "Ignore" : "Fail";
var celPolicyOf = (source, matchConditionsKey) => ({
  matchConditions: namedExpressions(source[matchConditionsKey]),
  variables: namedExpressions(source["variables"]),
  validations: validationsOf(source["validations"]),
  failurePolicy: failurePolicyOf(source["failurePolicy"])
});
var vapParameters = (workspace, policy, spec) => {
  const paramKind = spec["paramKind"];
  if (!isRecord(paramKind) || typeof paramKind["kind"] !== "string") return [{ parameters: { kind: "not-parameterized" }, params: null }];
  const found = /* @__PURE__ */ new Map();
  const names = [];
  for (const binding of workspace.byKind("ValidatingAdmissionPolicyBinding")) {
    const bindingSpec = binding.body["spec"];
    if (!isRecord(bindingSpec) || bindingSpec["policyName"] !== policy.name || !isRecord(bindingSpec["paramRef"])) continue;
    const ref = bindingSpec["paramRef"];
    if (typeof ref["name"] !== "string") continue;
    names.push(ref["name"]);
    const namespace = typeof ref["namespace"] === "string" ? ref["namespace"] : void 0;
    const param = workspace.byKind(paramKind["kind"]).find((object) => object.name === ref["name"] && (namespace === void 0 || object.namespace === namespace));
    if (param) found.set(param, true);
  }
  if (found.size === 0) {
    const dropped = droppedParam(paramKind, names);
    return [{ parameters: { kind: "none" }, params: null, ...dropped ? { unavailable: dropped } : {} }];
  }
  return [...found.keys()].map((param) => ({ parameters: { kind: "param", object: param.ref }, params: param.body }));
};
var droppedParam = (paramKind, names) => {
  const kind = paramKind["kind"];
  const apiVersion = typeof paramKind["apiVersion"] === "string" ? paramKind["apiVersion"] : "";
  const byName = READ_ONLY_BY_NAME.get(kind);
  const unread = UNREAD_KINDS.get(kind)?.includes(apiVersion) === true || byName?.apiVersions.includes(apiVersion) === true && names.some((name) => !byName.names.includes(name));
  return unread ? `its param ${kind} ${names.join(", ")} is of a kind the scan does not load (no analysis reads it), so its parameters are not known` : void 0;
};
var celTarget = (engine, policy, source, parameterSets, extra) => ({
  engine,
  policy: policy.ref,
  evaluator: "cel",
  evaluations: parameterSets.map(({ parameters, params, unavailable }) => ({
    parameters,
    sameAs: JSON.stringify(["cel", engine, source, params, extra?.(params) ?? [], unavailable ?? ""]),
    decide: unavailable !== void 0 ? () => notEvaluated(unavailable) : (request) => decideCelPolicy(source, { request, params }, extra?.(params))
  }))
});
var admissionPolicyTargets = (workspace) => {
  const targets = [];
  for (const object of workspace.objects) {
    const kind = admissionPolicyKind(object);
    if (kind !== "ValidatingAdmissionPolicy" && kind !== "ValidatingPolicy" && kind !== "ImageValidatingPolicy") continue;
    const spec = object.body["spec"];
    if (!isRecord(spec)) continue;
    const source = celPolicyOf(spec, "matchConditions");
    if (source.validations.length === 0) continue;
    if (kind === "ValidatingAdmissionPolicy") targets.push(celTarget("validating-admission-policy", object, source, vapParameters(workspace, object, spec)));
    else targets.push(celTarget("kyverno-cel", object, source, [{ parameters: { kind: "not-parameterized" }, params: null }]));
  }
  return targets;
};
var schemaDefaults = (schema, depth = 0) => {
  if (!isRecord(schema) || depth > 20) return void 0;
  if (schema["default"] !== void 0) return structuredClone(schema["default"]);
  if (!isRecord(schema["properties"])) return void 0;
  const out = {};
  for (const [key, property] of Object.entries(schema["properties"])) {
    const value = schemaDefaults(property, depth + 1);
    if (value !== void 0) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : void 0;
};
var at = (value, ...path) => {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : void 0;
  return current;
};
var ADMISSION_TARGET = "admission.k8s.gatekeeper.sh";
var admissionTargetOf = (template) => {
  const targets = records(at(template.body, "spec", "targets"));
  return targets.find((target) => target["target"] === void 0 || target["target"] === ADMISSION_TARGET);
};
var constraintParameters = (workspace, template) => {
  const kind = at(template.body, "spec", "crd", "spec", "names", "kind");
  const constraints = typeof kind === "string" ? constraintsOf(workspace, kind) : [];
  if (constraints.length > 0) {
    return constraints.map((constraint) => ({ parameters: { kind: "constraint", object: constraint.ref }, params: at(constraint.body, "spec", "parameters") ?? null, constraint }));
  }
  const defaults = schemaDefaults(at(template.body, "spec", "crd", "spec", "validation", "openAPIV3Schema"));
  return defaults === void 0 ? [{ parameters: { kind: "none" }, params: null }] : [{ parameters: { kind: "schema-defaults" }, params: defaults }];
};
var gatekeeperCelTargets = (workspace) => {
  const targets = [];
  for (const template of workspace.byKind("ConstraintTemplate")) {
    if (!isConstraintTemplate(template)) continue;
    const target = admissionTargetOf(template);
    const code = records(target?.["code"]).find((entry) => entry["engine"] === "K8sNativeValidation" && isRecord(entry["source"]));
    if (code === void 0) continue;
    const source = celPolicyOf(code["source"], "matchCondition");
    if (source.validations.length === 0) continue;
    const parameterSets = constraintParameters(workspace, template).map(({ parameters, params, constraint }) => ({
      parameters,
      // The `params` of Gatekeeper's CEL is the Constraint object itself.
      params: { ...constraint?.body ?? {}, spec: { ...isRecord(constraint?.body["spec"]) ? constraint.body["spec"] : {}, parameters: params } }
    }));
    targets.push(
      celTarget("gatekeeper", template, source, parameterSets, () => [
        { name: "anyObject", expression: 'has(request.operation) && request.operation == "DELETE" && oldObject != null ? oldObject : object' },
        { name: "params", expression: "!has(params.spec) ? null : !has(params.spec.parameters) ? null : params.spec.parameters" }
      ])
    );
  }
  return targets;
};
var celTargets = (workspace) => [...admissionPolicyTargets(workspace), ...gatekeeperCelTargets(workspace)];
var kyvernoTargets = (workspace) => {
  const targets = [];
  for (const policy of workspace.objects) {
    if (!isKyvernoPolicy(policy)) continue;
    for (const rule of records(at(policy.body, "spec", "rules"))) {
      if (typeof rule["name"] !== "string" || !isRecord(rule["validate"])) continue;
      targets.push({
        engine: "kyverno",
        policy: policy.ref,
        rule: rule["name"],
        evaluator: "kyverno",
        evaluations: [{ parameters: { kind: "not-parameterized" }, sameAs: JSON.stringify(["kyverno", rule]), decide: (request) => decideKyvernoRule(rule, request) }]
      });
    }
  }
  return targets;
};
var gatekeeperRegoTargets = (workspace) => {
  const targets = [];
  for (const template of workspace.byKind("ConstraintTemplate")) {
    if (!isConstraintTemplate(template)) continue;
    const target = admissionTargetOf(template);
    if (target === void 0) continue;
    const code = records(target["code"]);
    if (code.some((entry) => entry["engine"] === "K8sNativeValidation" && isRecord(entry["source"]))) continue;
    const regoSource = code.find((entry) => entry["engine"] === "Rego" && isRecord(entry["source"]))?.["source"];
    const main = typeof target["rego"] === "string" ? target["rego"] : regoSource?.["rego"];
    const libs = typeof target["rego"] === "string" ? target["libs"] : regoSource?.["libs"];
    if (typeof main !== "string") continue;
    const modules = [];
    let parsed = true;
    for (const source of [main, ...Array.isArray(libs) ? libs.filter((lib) => typeof lib === "string") : []]) {
      const result = parseRego(source);
      if (!result.module || result.errors.length > 0) parsed = false;
      else modules.push(result.module);
    }
    if (!parsed || modules.length === 0) continue;
    const program = { modules };
    const entryPackage = modules[0].package.path.join(".");
    const sameCode = regoCodeKey(entryPackage, main, libs);
    targets.push({
      engine: "gatekeeper",
      policy: template.ref,
      evaluator: "rego",
      evaluations: constraintParameters(workspace, template).map(({ parameters, params }) => ({
        parameters,
        sameAs: JSON.stringify(["rego", sameCode, params ?? {}]),
        decide: (request) => decideRego(program, entryPackage, { review: request, parameters: params ?? {} })
      }))
    });
  }
  return targets;
};
var IMPORT_OF_DATA = /^\s*import\s+data\.([A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)*(?:\s+as\s+[A-Za-z_]\w*)?\s*$/;
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var regoCodeKey = (entryPackage, main, libs) => {
  const texts = [main, ...Array.isArray(libs) ? libs.filter((lib) => typeof lib === "string") : []];
  const clause = new RegExp(`^\\s*package\\s+${escapeRegExp(entryPackage)}\\s*$`, "m");
  const occurrences = texts.reduce((count, text) => count + text.split(entryPackage).length - 1, 0);
  const topLevel = entryPackage.split(".")[0];
  const dataOnlyInImports = texts.every(
    (text) => text.split("\n").every((line) => {
      if (!/\bdata\b/.test(line)) return true;
      const imported = IMPORT_OF_DATA.exec(line);
      return imported !== null && imported[1] !== topLevel;
    })
  );
  if (occurrences !== 1 || !clause.test(main) || !dataOnlyInImports) return texts;
  return [main.replace(clause, "package \0"), ...texts.slice(1)];
};
var decideRego = (program, entryPackage, input) => {
  const result = queryRego(program, entryPackage, "violation", input);
  if (result.kind === "unsupported") return notEvaluated(result.reason);
  const violations = result.value;
  if (violations === void 0 || violations instanceof RegoSet && violations.size === 0) return ADMITTED;
  if (!(violations instanceof RegoSet)) return notEvaluated("violation is not a set");
  const first = regoToJson(violations.values()[0]);
  const message = isRecord(first) && typeof first["msg"] === "string" ? first["msg"] : JSON.stringify(first);
  return denied(message);
};
var regoTargets = (workspace) => gatekeeperRegoTargets(workspace);

// src/analyze/evaluate/index.ts
var REQUESTS = PROBE_VARIANTS.map((variant) => ({ forms: probeRequests(variant), podControl: probePodControlRequest(variant) }));
var POLICY_TIME_BUDGET_MS = 2e3;
var decideSafely = (evaluation, request) => {
  try {
    return evaluation.decide(request);
  } catch (error) {
    return notEvaluated(`the evaluator failed (${error instanceof Error ? error.message : String(error)})`);
  }
};
var targetsSafely = (targetsOf, workspace) => {
  try {
    return targetsOf(workspace);
  } catch {
    return [];
  }
};
var runEvaluation = (target, evaluation, known) => {
  const outcomes = known.get(evaluation.sameAs) ?? decideAll(evaluation);
  known.set(evaluation.sameAs, outcomes);
  return {
    engine: target.engine,
    policy: target.policy,
    ...target.rule !== void 0 ? { rule: target.rule } : {},
    evaluator: target.evaluator,
    parameters: evaluation.parameters,
    outcomes
  };
};
var decideAll = (evaluation) => {
  const started = Date.now();
  const outcomes = [];
  for (const { forms: [container, ephemeral], podControl } of REQUESTS) {
    const variant = { variant: container.variant.id, asks: container.variant.asks };
    if (Date.now() - started > POLICY_TIME_BUDGET_MS) {
      outcomes.push({ ...variant, container: notEvaluated("over the time budget") });
      continue;
    }
    const asContainer = decideSafely(evaluation, container.request);
    if (container.variant.id === "hardened-control") {
      outcomes.push({ ...variant, container: asContainer });
      if (asContainer.outcome !== "admitted") return outcomes;
      continue;
    }
    if (asContainer.outcome !== "denied") {
      outcomes.push({ ...variant, container: asContainer });
      continue;
    }
    outcomes.push({
      ...variant,
      container: asContainer,
      ephemeral: decideSafely(evaluation, ephemeral.request),
      ...podControl ? { podControl: decideSafely(evaluation, podControl.request) } : {}
    });
  }
  return outcomes;
};
var evaluateProbes = (workspace, wanted = () => true, checkTime = NO_TIME_LIMIT) => {
  const results = [];
  const known = /* @__PURE__ */ new Map();
  const targets = [celTargets, kyvernoTargets, regoTargets].flatMap((targetsOf) => targetsSafely(targetsOf, workspace));
  for (const [index, target] of targets.entries()) {
    if (!wanted(target.policy, target.rule)) continue;
    for (const evaluation of target.evaluations) {
      checkTime("evaluating the policies' code", () => `the probes of ${targets.length - index} policies or rules (from ${objectLabel(target.policy)}), and the rules`);
      results.push(runEvaluation(target, evaluation, known));
    }
  }
  return results;
};
var sameParameters = (a, b) => a.kind === b.kind && ("object" in a ? "object" in b && a.object === b.object : true);
var deciderOf = (workspace) => {
  let targets;
  return (probes2) => {
    targets ??= [celTargets, kyvernoTargets, regoTargets].flatMap((targetsOf) => targetsSafely(targetsOf, workspace));
    const target = targets.find((candidate) => candidate.policy === probes2.policy && candidate.rule === probes2.rule && candidate.evaluator === probes2.evaluator);
    const evaluation = target?.evaluations.find((candidate) => sameParameters(candidate.parameters, probes2.parameters));
    return evaluation ? (request) => decideSafely(evaluation, request) : void 0;
  };
};
var worthProbing = (coverage) => {
  const wanted = /* @__PURE__ */ new Map();
  for (const fact of coverage) {
    if (fact.checks.length === 0 && fact.verdict !== "unknown") continue;
    const rules = wanted.get(fact.policy) ?? /* @__PURE__ */ new Set();
    rules.add(fact.rule);
    wanted.set(fact.policy, rules);
  }
  return (policy, rule) => wanted.get(policy)?.has(rule) ?? false;
};
var proveByEvaluation = (workspace, coverage, checkTime = NO_TIME_LIMIT) => {
  const probes2 = evaluateProbes(workspace, worthProbing(coverage), checkTime);
  const byPolicy = /* @__PURE__ */ new Map();
  for (const result of probes2) {
    const list2 = byPolicy.get(result.policy);
    if (list2) list2.push(result);
    else byPolicy.set(result.policy, [result]);
  }
  const problems = [];
  const combined = coverage.map((fact) => {
    const results = (byPolicy.get(fact.policy) ?? []).filter((result) => result.rule === fact.rule);
    const { fact: next, problems: found } = combineWithProbes(fact, results, (outcome) => probeContainerOf(probeVariant(outcome.variant), "ephemeral"));
    pushAll(problems, found);
    return next;
  });
  return { probes: probes2, coverage: combined, problems };
};

// src/model/scope-containment.ts
var conjuncts = (condition) => {
  if (condition.kind === "all") return condition.of.flatMap(conjuncts);
  if (condition.kind === "everywhere") return [];
  if (condition.kind === "namespaces" && !narrows(condition.filter)) return [];
  if (condition.kind === "any" && condition.of.length === 1) return conjuncts(condition.of[0]);
  return [condition];
};
var narrows = (filter) => (filter.names?.length ?? 0) > 0 || (filter.excluded?.length ?? 0) > 0 || filter.selector === "invalid" || filter.selector !== void 0 && filter.selector.requirements.length > 0;
var MAX_STEPS = 1e4;
var scopeContains = (outer, inner) => {
  const budget = { left: MAX_STEPS };
  return containsAll(conjuncts(outer), conjuncts(inner), budget);
};
var containsAll = (outer, inner, budget) => {
  if (--budget.left < 0) return false;
  const split2 = inner.findIndex((part) => part.kind === "any");
  if (split2 >= 0) {
    const branches = inner[split2].of;
    const rest = inner.filter((_, i) => i !== split2);
    return branches.every((branch) => containsAll(outer, [...rest, ...conjuncts(branch)], budget));
  }
  return outer.every((part) => containsPart(part, inner, budget));
};
var containsPart = (outer, inner, budget) => {
  if (outer.kind === "any") return outer.of.some((branch) => containsAll(conjuncts(branch), inner, budget));
  if (outer.kind === "all") return containsAll(conjuncts(outer), inner, budget);
  if (inner.some((leaf) => sameCondition(leaf, outer))) return true;
  switch (outer.kind) {
    case "everywhere":
      return true;
    case "namespaces":
      return filterImplied(outer.filter, inner);
    case "own-namespace":
      return literalNames(inner)?.every((name) => name === outer.namespace) === true;
    case "unless-labelled":
      return requirementsOf(inner).some((r) => r.key === outer.label && r.operator === "DoesNotExist");
    default:
      return false;
  }
};
var sameCondition = (a, b) => a.kind !== "unknown" && JSON.stringify(canonical2(a)) === JSON.stringify(canonical2(b));
var canonical2 = (condition) => {
  switch (condition.kind) {
    case "namespaces":
      return { kind: "namespaces", names: condition.filter.names?.map((w) => w.pattern), excluded: condition.filter.excluded?.map((w) => w.pattern), selector: condition.filter.selector };
    case "own-namespace":
      return { kind: condition.kind, namespace: condition.namespace };
    case "requester":
      return {
        kind: "requester",
        subjects: condition.filter.subjects?.map((s) => [s.kind, s.name.pattern, s.namespace ?? null]),
        usernames: condition.filter.usernames?.map((w) => w.pattern),
        groups: condition.filter.groups?.map((w) => w.pattern),
        clusterRoles: condition.filter.clusterRoles,
        roles: condition.filter.roles
      };
    case "not":
      return { kind: "not", of: canonical2(condition.of) };
    case "all":
    case "any":
      return { kind: condition.kind, of: condition.of.map(canonical2) };
    default:
      return condition;
  }
};
var filtersOf = (inner) => inner.flatMap((leaf) => leaf.kind === "namespaces" ? [leaf.filter] : []);
var requirementsOf = (inner) => filtersOf(inner).flatMap((filter) => filter.selector !== void 0 && filter.selector !== "invalid" ? filter.selector.requirements : []);
var isLiteral = (w) => !/[*?]/.test(w.pattern);
var literalNames = (inner) => {
  let names;
  for (const leaf of inner) {
    const listed = leaf.kind === "own-namespace" ? [leaf.namespace] : leaf.kind === "namespaces" && (leaf.filter.names?.length ?? 0) > 0 && leaf.filter.names.every(isLiteral) ? leaf.filter.names.map((w) => w.pattern) : void 0;
    if (listed === void 0) continue;
    names = names === void 0 ? listed : names.filter((name) => listed.includes(name));
  }
  return names;
};
var filterImplied = (outer, inner) => {
  if (outer.selector === "invalid") return false;
  const names = literalNames(inner);
  if ((outer.names?.length ?? 0) > 0) {
    const allowed = outer.names;
    const innerPatterns = filtersOf(inner).flatMap((filter) => filter.names?.length ? [filter.names.map((w) => w.pattern)] : []);
    const byLiterals = names !== void 0 && names.every((name) => allowed.some((w) => w.matches(name)));
    const byPatterns = allowed.some((w) => w.pattern === "*") || innerPatterns.some((patterns) => patterns.every((p) => allowed.some((w) => w.pattern === p)));
    if (!byLiterals && !byPatterns) return false;
  }
  for (const excluded of outer.excluded ?? []) {
    const excludedByInner = filtersOf(inner).some((filter) => filter.excluded?.some((w) => w.pattern === excluded.pattern || w.pattern === "*"));
    const outsideInner = names !== void 0 && names.every((name) => !excluded.matches(name));
    if (!excludedByInner && !outsideInner) return false;
  }
  const held = requirementsOf(inner);
  const requirements = outer.selector?.requirements ?? [];
  return requirements.every((requirement) => held.some((h) => requirementImplies(h, requirement)));
};
var requirementImplies = (held, wanted) => {
  if (held.key !== wanted.key) return false;
  switch (wanted.operator) {
    case "In":
      return held.operator === "In" && held.values.every((v) => wanted.values.includes(v));
    case "NotIn":
      return held.operator === "In" && held.values.every((v) => !wanted.values.includes(v)) || held.operator === "NotIn" && wanted.values.every((v) => held.values.includes(v)) || held.operator === "DoesNotExist";
    case "Exists":
      return held.operator === "In" || held.operator === "Exists";
    case "DoesNotExist":
      return held.operator === "DoesNotExist";
  }
};

// src/analyze/cross-policy.ts
var HOLE_RULES = /* @__PURE__ */ new Set(["EG101", "EG102", "EG103", "EG104"]);
var related = (a, b) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
var deniedVariants = (fact, probes2) => {
  const mine = probes2.filter((p) => p.policy === fact.policy && p.rule === fact.rule);
  const sets = mine.map((p) => {
    const control = p.outcomes.find((o) => o.variant === "hardened-control");
    if (control?.container.outcome !== "admitted") return /* @__PURE__ */ new Set();
    return new Set(p.outcomes.filter((o) => o !== control && o.container.outcome === "denied" && (o.podControl === void 0 || o.podControl.outcome === "admitted")).map((o) => o.variant));
  });
  const union = /* @__PURE__ */ new Set();
  for (const set2 of sets) for (const id of set2) union.add(id);
  return [...union];
};
var violationsOf = (fact, probes2) => {
  const logicOnly = fact.reasons.every((r) => r.inherited || r.ruleId === void 0 || !HOLE_RULES.has(r.ruleId) || r.ruleId === "EG101");
  const relevant = ephemeralRelevantChecks(fact.checks);
  const open = logicOnly ? relevant.filter((c) => !(c.lists ?? []).includes("ephemeralContainers")) : relevant;
  const fields = [...new Set((open.length > 0 ? open : relevant).map((c) => c.field))];
  const denied2 = deniedVariants(fact, probes2);
  const violations = fields.map((field2) => ({ field: field2, read: true, variants: denied2.filter((id) => related(probeVariant(id).field ?? "", field2)) }));
  for (const id of denied2) {
    const field2 = probeVariant(id).field;
    if (field2 !== void 0 && !fields.some((f) => related(f, field2))) violations.push({ field: field2, read: false, variants: [id] });
  }
  return violations;
};
var effectiveScope = (fact, installations) => {
  if (!fact.scope) return void 0;
  const exclusions = installations.filter((i) => i.engines.includes(fact.engine)).map((i) => i.where);
  return exclusions.length === 0 ? fact.scope.where : { kind: "all", of: [...exclusions, fact.scope.where] };
};
var EphemeralEvaluator = class {
  constructor(workspace) {
    this.workspace = workspace;
  }
  workspace;
  targets;
  decided = /* @__PURE__ */ new Map();
  /** denied only when every parameter set denies; admitted when one admits; else not-evaluated. */
  outcome(fact, variant) {
    const target = this.targetsOf().find((t) => t.policy === fact.policy && t.rule === fact.rule);
    if (target === void 0 || target.evaluations.length === 0) return "not-evaluated";
    const key = `${target.evaluations.map((e) => e.sameAs).join("\0")}${variant}`;
    let outcome = this.decided.get(key);
    if (outcome === void 0) {
      const request = probeRequests(probeVariant(variant))[1].request;
      const outcomes = target.evaluations.map((evaluation) => {
        try {
          return evaluation.decide(request).outcome;
        } catch {
          return "not-evaluated";
        }
      });
      outcome = outcomes.includes("admitted") ? "admitted" : outcomes.every((o) => o === "denied") ? "denied" : "not-evaluated";
      this.decided.set(key, outcome);
    }
    return outcome;
  }
  targetsOf() {
    if (this.targets === void 0) {
      this.targets = [celTargets, kyvernoTargets, regoTargets].flatMap((targetsOf) => {
        try {
          return targetsOf(this.workspace);
        } catch {
          return [];
        }
      });
    }
    return this.targets;
  }
};
var closureOf = (closer, violation, evaluator) => {
  const control = closer.blocksEphemeralContainers;
  const base = { policy: closer.policy, ...closer.rule !== void 0 ? { rule: closer.rule } : {} };
  if (control && (control.scope ?? "all") === "all") return { closure: { ...base, at: control.at, denies: "every ephemeral container", basis: "code" }, proves: true };
  const check = violation.read ? closer.checks.find((c) => (c.role ?? "check") === "check" && c.field === violation.field && (c.lists ?? []).includes("ephemeralContainers")) : void 0;
  const outcomes = violation.variants.map((id) => evaluator.outcome(closer, id));
  if (outcomes.includes("admitted")) return void 0;
  const proved = outcomes.length > 0 && outcomes.every((o) => o === "denied") && BOOLEAN_CONTAINER_FIELDS.has(violation.field);
  if (violation.read && check === void 0) return void 0;
  if (!violation.read && !proved) return void 0;
  const denies = check ? `${violation.field} on ephemeral containers` : `${violation.variants.map((id) => probeVariant(id).asks).join(", ")} as an ephemeral container`;
  return { closure: { ...base, at: check?.at ?? closer.policy.at, denies, basis: proved ? "evaluation" : "code" }, proves: proved };
};
var identity = (fact) => `${fact.policy.kind}/${fact.policy.namespace ?? ""}/${fact.policy.name}`;
var closerLabel = (closure) => objectLabel(closure.policy) + (closure.rule !== void 0 ? ` rule ${closure.rule}` : "");
var closeHolesAcrossPolicies = ({ workspace, coverage, installations, probes: probes2 }) => {
  const closers = coverage.flatMap((fact) => {
    const where = fact.verdict === "covered" && fact.enforces === "yes" ? effectiveScope(fact, installations) : void 0;
    return where === void 0 ? [] : [{ fact, where }];
  });
  if (closers.length === 0) return [...coverage];
  const evaluator = new EphemeralEvaluator(workspace);
  return coverage.map((fact) => {
    const holes = fact.reasons.filter((r) => !r.inherited && r.ruleId !== void 0 && HOLE_RULES.has(r.ruleId));
    if (fact.verdict !== "not-covered" || holes.length === 0) return fact;
    const where = effectiveScope(fact, installations);
    const violations = violationsOf(fact, probes2);
    if (where === void 0 || violations.length === 0) return fact;
    const others = closers.filter((c) => c.fact.policy === fact.policy ? c.fact.rule !== fact.rule : identity(c.fact) !== identity(fact));
    const closures = [];
    const byCloser = /* @__PURE__ */ new Map();
    for (const violation of violations) {
      let proving;
      for (const closer of others) {
        const found = closureOf(closer.fact, violation, evaluator);
        if (!found) continue;
        const seen = byCloser.get(closer.fact) ?? { inScope: scopeContains(closer.where, where), closures: [] };
        seen.closures.push(found.closure);
        byCloser.set(closer.fact, seen);
        if (found.proves && seen.inScope) proving ??= found.closure;
      }
      if (proving) closures.push(proving);
    }
    if (closures.length === violations.length) {
      const unique = closures.filter((c, i) => closures.findIndex((d) => d.policy === c.policy && d.rule === c.rule) === i);
      const reasons = fact.reasons.map((r) => holes.includes(r) ? { ...r, closedBy: unique } : r);
      const names = unique.map(closerLabel).join(", ");
      return { ...fact, reasons: [...reasons, { text: `hole closed by ${names}: it denies the same on the ephemeral-container request wherever this policy applies`, at: unique[0].at }] };
    }
    const siblings = [...byCloser.entries()].filter(([closer, seen]) => seen.closures.length === violations.length && closer.reads.containers === void 0 && closer.reads.initContainers === void 0).map(([, seen]) => seen);
    const sibling = siblings.find((seen) => seen.inScope) ?? siblings[0];
    if (sibling === void 0) return fact;
    const first = sibling.closures[0];
    const why = sibling.inScope ? "not proved to deny everything this policy denies (only a boolean field, or a denial of every ephemeral container, is proved)" : "its scope is not proved to contain this policy's: the hole stays open where this policy applies and it does not";
    return { ...fact, reasons: [...fact.reasons, { text: `${closerLabel(first)} also checks ${[...new Set(sibling.closures.map((c) => c.denies))].join(", ")}, but ${why}`, at: first.at }] };
  });
};

// src/analyze/analyze.ts
var analyzeWorkspace = (workspace, loadProblems, settings = NO_SETTINGS, checkTime = NO_TIME_LIMIT) => {
  const step = (stage, rest) => checkTime(stage, () => rest);
  const coverage = [];
  const problems = [...loadProblems];
  for (const policy of workspace.byKind("PodSecurityPolicy")) {
    if (isPodSecurityPolicy(policy)) coverage.push(coverageOfPodSecurityPolicy(policy));
  }
  const exemptions = [];
  step("analysing Pod Security admission", "Pod Security, Kyverno, admission policies, webhooks, Gatekeeper, RBAC, the probes and the rules");
  const podSecurity = analyzePodSecurityAdmission(workspace);
  pushAll(coverage, podSecurity.coverage);
  pushAll(exemptions, podSecurity.exemptions);
  step("analysing Kyverno policies", "Kyverno, admission policies, webhooks, Gatekeeper, RBAC, the probes and the rules");
  const kyverno = analyzeKyverno(workspace, checkTime);
  pushAll(exemptions, kyverno.exemptions);
  for (const engine of [kyverno, analyzeAdmissionPolicies(workspace, checkTime), analyzeWebhooks(workspace, checkTime)]) {
    pushAll(coverage, engine.coverage);
    pushAll(problems, engine.problems);
  }
  step("analysing Gatekeeper constraints", "Gatekeeper, RBAC, the probes and the rules");
  const gatekeeper = analyzeGatekeeper(workspace, checkTime);
  pushAll(coverage, gatekeeper.facts);
  pushAll(problems, gatekeeper.problems);
  step("reading RBAC", "RBAC, the probes and the rules");
  const access = buildAccessGraph(workspace, { externalRoles: settings.externalRoles });
  pushAll(problems, access.problems.map((problem) => ({ ruleId: "EG001", at: problem.at, message: problem.message })));
  const engineVersions = engineVersionFacts(workspace);
  const proved = proveByEvaluation(workspace, applyEngineReach(coverage, engineVersions), checkTime);
  step("joining guards and grants", "who may add ephemeral containers and the rules");
  pushAll(problems, proved.problems);
  const installations = [kyvernoInstallation(workspace), gatekeeperInstallation(workspace)];
  const closed = closeHolesAcrossPolicies({ workspace, coverage: proved.coverage, installations, probes: proved.probes });
  const guards = controlsOnGrants({ workspace, coverage: closed, installations, access, settings });
  return { workspace, coverage: closed, exemptions, access, installations, guards, problems, settings, engineVersions, probes: proved.probes };
};

// src/discover/discover.ts
var import_picomatch = __toESM(require_picomatch4(), 1);
import { join, posix } from "node:path";
var DEFAULT_INCLUDE = ["**/*.{yaml,yml,json,rego}"];
var BUILTIN_EXCLUDE = ["**/.git/**", "**/node_modules/**"];
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
var KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
var listings = async (fs, root, include, exclude) => {
  const nameOf = (entry) => posix.basename(entry.path);
  if (include === DEFAULT_INCLUDE) {
    const all = await fs.list(root, [...include, "**/Kustomization"], exclude);
    const listed = all.filter((entry) => nameOf(entry) !== "Kustomization");
    return {
      listed,
      chartListing: listed.filter((entry) => nameOf(entry) === "Chart.yaml"),
      kustomizationListing: all.filter((entry) => nameOf(entry) === "Kustomization")
    };
  }
  return {
    listed: await fs.list(root, include, exclude),
    chartListing: await fs.list(root, ["**/Chart.yaml"], exclude),
    kustomizationListing: await fs.list(root, ["**/Kustomization"], exclude)
  };
};
var discover = async (fs, options) => {
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const exclude = [...BUILTIN_EXCLUDE, ...options.exclude ?? []];
  const tracking = fs.gitFiles(options.root);
  tracking.catch(() => void 0);
  const { listed, chartListing, kustomizationListing } = await listings(fs, options.root, include, exclude);
  const tracked = await tracking;
  let entries = listed;
  if (tracked) {
    const known = new Set(tracked);
    entries = entries.filter((entry) => known.has(entry.path));
  }
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const chartFiles = chartListing.map((entry) => entry.path).sort();
  const chartDirs = chartFiles.map((file) => posix.dirname(file)).map((dir) => dir === "." ? "" : dir);
  const templatesOf = new Map(chartDirs.map((dir) => [dir, []]));
  const chartOf = (file) => {
    const parts = file.split("/");
    for (let i = parts.length - 2; i >= 0; i--) {
      if (parts[i] !== "templates") continue;
      const dir = parts.slice(0, i).join("/");
      if (templatesOf.has(dir)) return dir;
    }
    return void 0;
  };
  const manifests = [];
  const regoFiles = [];
  const skipped = [];
  const kustomizations = [];
  const listedPaths = new Set(entries.map((entry) => entry.path));
  for (const { path: file, link, undecodableName } of entries) {
    if (undecodableName) {
      skipped.push({ file, reason: "has a name that is not valid UTF-8, which reports and git paths cannot name; rename it" });
      continue;
    }
    const chart = chartOf(file);
    if (chart !== void 0) {
      templatesOf.get(chart).push(file);
      continue;
    }
    if (link) {
      let target;
      try {
        target = await fs.followLink(options.root, file);
      } catch (error) {
        skipped.push({ file, reason: `could not be read (${errorCode(error)})` });
        continue;
      }
      if (target.broken) {
        skipped.push({ file, reason: target.broken === "loop" ? "is a symbolic link in a loop" : "is a symbolic link to nothing (its target does not exist)" });
        continue;
      }
      if (!target.insideRoot) {
        skipped.push({ file, reason: "is a symbolic link to a file outside the scanned folder" });
        continue;
      }
      if (!target.isFile) continue;
      if (target.target !== void 0 && listedPaths.has(target.target)) continue;
    }
    if (KUSTOMIZATION.test(file)) kustomizations.push(file);
    if (file.endsWith(".rego")) regoFiles.push(file);
    else manifests.push(file);
  }
  const charts = chartDirs.map((dir, i) => ({ dir, chartFile: chartFiles[i], templates: templatesOf.get(dir) }));
  const inScope = (0, import_picomatch.default)([...include], { dot: true });
  const trackedSet = tracked && new Set(tracked);
  for (const { path: file, link } of kustomizationListing) {
    if (link || trackedSet && !trackedSet.has(file)) continue;
    if (inScope(posix.join(posix.dirname(file), "kustomization.yaml"))) kustomizations.push(file);
  }
  kustomizations.sort();
  return { manifests, regoFiles, charts, kustomizations, skipped, gitAware: tracked !== void 0 };
};
var errorCode = (error) => error.code ?? (error instanceof Error ? error.message : String(error));
var formatBytes = (bytes) => bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
var discoverTargets = async (fs, options) => {
  if (options.targets.length === 1 && options.targets[0].folder === "") {
    const only = options.targets[0];
    return discover(fs, { root: options.root, ...only.include ? { include: only.include } : {}, ...options.exclude ? { exclude: options.exclude } : {} });
  }
  const merged = { manifests: /* @__PURE__ */ new Set(), regoFiles: /* @__PURE__ */ new Set(), kustomizations: /* @__PURE__ */ new Set(), charts: /* @__PURE__ */ new Map(), skipped: /* @__PURE__ */ new Map() };
  let gitAware = true;
  for (const target of options.targets) {
    const found = await discover(fs, {
      root: target.folder === "" ? options.root : join(options.root, target.folder),
      ...target.include ? { include: target.include } : {},
      ...options.exclude ? { exclude: options.exclude } : {}
    });
    const under = (path) => target.folder === "" ? path : path === "" ? target.folder : `${target.folder}/${path}`;
    for (const file of found.manifests) merged.manifests.add(under(file));
    for (const file of found.regoFiles) merged.regoFiles.add(under(file));
    for (const file of found.kustomizations) merged.kustomizations.add(under(file));
    for (const skipped of found.skipped) merged.skipped.set(under(skipped.file), { ...skipped, file: under(skipped.file) });
    for (const chart of found.charts) {
      const dir = under(chart.dir);
      const known = merged.charts.get(dir);
      const templates = [.../* @__PURE__ */ new Set([...known?.templates ?? [], ...chart.templates.map(under)])].sort();
      merged.charts.set(dir, { dir, chartFile: under(chart.chartFile), templates });
    }
    gitAware &&= found.gitAware;
  }
  const sorted = (values) => [...values].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return {
    manifests: sorted(merged.manifests),
    regoFiles: sorted(merged.regoFiles),
    charts: sorted(merged.charts.keys()).map((dir) => merged.charts.get(dir)),
    kustomizations: sorted(merged.kustomizations),
    skipped: sorted(merged.skipped.keys()).map((file) => merged.skipped.get(file)),
    gitAware
  };
};

// src/render/rendered-document.ts
var PREFIX = "\0rendered:";
var renderedDocumentId = (renderer, origin, index) => `${PREFIX}${renderer}:${origin}#${index}`;
var splitDocuments = (output) => {
  const documents = [];
  const marker = /^---[ \t]*(?:#.*)?\r?$/gm;
  let start = 0;
  let pendingSource;
  const push = (end) => {
    const text = output.slice(start, end);
    const source = /^# Source: (.+?)\r?$/m.exec(text)?.[1]?.trim() || pendingSource;
    if (!holdsContent(text)) {
      if (source) pendingSource = source;
      return;
    }
    pendingSource = void 0;
    documents.push({ text, ...source ? { source } : {} });
  };
  for (let match = marker.exec(output); match; match = marker.exec(output)) {
    push(match.index);
    start = match.index;
  }
  push(output.length);
  return documents;
};
var holdsContent = (text) => text.split("\n").some((line) => {
  const trimmed = line.trim();
  return trimmed !== "" && !trimmed.startsWith("#") && !/^---(\s|#|$)/.test(line) && trimmed !== "...";
});

// src/render/template-position.ts
var matchKeyPath = (text, path, scalar) => {
  const lines = splitLines(text);
  const first = lines.findIndex((line) => !isSkipped(line));
  if (first === -1) return { start: 0, end: 0, complete: false };
  let best = { start: lines[first].start + lines[first].indent, end: lines[first].end };
  let from = first;
  let parent = -1;
  let inline;
  for (const step of path) {
    if (inline) {
      if (typeof step === "number") continue;
      const line2 = lines[inline.line];
      const at3 = findFlowKey(text.slice(inline.offset, line2.end), step);
      if (at3 === void 0) return { ...best, complete: false };
      best = { start: inline.offset + at3.start, end: inline.offset + at3.end };
      inline = { line: inline.line, offset: inline.offset + at3.end };
      continue;
    }
    const found = typeof step === "number" ? findItem(lines, from, parent, step) : findKey(lines, from, parent, step);
    if (!found) return { ...best, complete: false };
    const line = lines[found.line];
    best = { start: line.start + found.column, end: line.start + found.column + found.length };
    const rest = line.content.slice(found.after - line.indent);
    const value = rest.replace(/^\s+/, "");
    if (typeof step === "number" && isActionOnly(value)) {
      parent = found.column - 1;
      from = found.line + 1;
      best = { start: line.start + line.indent, end: line.end };
      continue;
    }
    if (value !== "" && !value.startsWith("#") && !/^[|>]/.test(value) && !(typeof step === "number" && isKeyStart(value))) {
      inline = { line: found.line, offset: line.end - value.length };
      if (typeof step === "number") best = { start: inline.offset, end: line.end };
    } else if (typeof step === "number" && value !== "" && isKeyStart(value)) {
      parent = found.column - 1;
      from = found.line;
      best = { start: line.start + line.indent, end: line.end };
      continue;
    }
    parent = typeof step === "number" ? found.column - 1 : found.column;
    from = found.line + 1;
  }
  if (scalar === void 0 || scalar === "") return { ...best, complete: true };
  if (!inline) return { ...best, complete: false };
  const valueStart = inline.offset;
  const segment = text.slice(valueStart, lines[inline.line].end);
  const at2 = segment.indexOf(scalar);
  if (at2 === -1) return { ...best, complete: false };
  const quote = segment[at2 - 1];
  const quoted = (quote === '"' || quote === "'") && segment[at2 + scalar.length] === quote;
  return { start: valueStart + at2 - (quoted ? 1 : 0), end: valueStart + at2 + scalar.length + (quoted ? 1 : 0), complete: true };
};
var splitLines = (text) => {
  const lines = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const contentEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const raw = text.slice(start, contentEnd);
    const indent = raw.length - raw.replace(/^[ \t]+/, "").length;
    lines.push({ start, end: contentEnd, indent, content: raw.slice(indent) });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
};
var isSkipped = (line) => line.content === "" || line.content.startsWith("#") || line.content.startsWith("{{") && line.content.endsWith("}}") && !/}}\s*\S/.test(line.content.slice(2, -2));
var isKeyStart = (value) => /^("[^"]*"|'[^']*'|[^\s"'{[#:][^:#]*?)\s*:(\s|$)/.test(value);
var keyPattern = (key) => new RegExp(`^(?:"${escape(key)}"|'${escape(key)}'|${escape(key)})\\s*:(?:\\s|$)`);
var escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var findKey = (lines, from, parent, key) => {
  const pattern = keyPattern(key);
  let childIndent;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (isSkipped(line)) continue;
    const dashes = /^(-[ \t]+)*/.exec(line.content)[0].length;
    const column = line.indent + dashes;
    if (i > from && line.indent <= parent) return void 0;
    if (i === from && column <= parent) return void 0;
    childIndent ??= column;
    if (column < childIndent) return void 0;
    if (column !== childIndent) continue;
    const content = line.content.slice(dashes);
    const match = pattern.exec(content);
    if (match) return { line: i, column, length: match[0].replace(/\s*:\s?$/, "").length, after: column + match[0].length };
  }
  return void 0;
};
var findItem = (lines, from, parent, index) => {
  let itemIndent;
  let count = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (isSkipped(line)) continue;
    if (line.indent < parent) return void 0;
    const isDash = /^-(\s|$)/.test(line.content);
    if (line.indent === parent && !isDash) return void 0;
    itemIndent ??= isDash ? line.indent : void 0;
    if (itemIndent === void 0) return void 0;
    if (line.indent < itemIndent) return void 0;
    if (line.indent !== itemIndent || !isDash) continue;
    if (count === index) return { line: i, column: line.indent + 2, length: 0, after: line.indent + 1 };
    count++;
  }
  return void 0;
};
var findFlowKey = (text, key) => {
  const match = new RegExp(`(^|[{,\\s])(?:"${escape(key)}"|'${escape(key)}'|${escape(key)})\\s*:`).exec(text);
  if (!match) return void 0;
  const start = match.index + match[1].length;
  return { start, end: start + match[0].length - match[1].length - 1 };
};
var isActionOnly = (value) => {
  if (!value.startsWith("{{")) return false;
  const actions = value.match(/\{\{[^}]*\}\}/g) ?? [];
  return value.replace(/\{\{[^}]*\}\}/g, "").trim() === "" && actions.every((action) => /^\{\{-?\s*(?:(?:if|else|end|with|range)\b|\/\*)/.test(action));
};
var CONTROL = /\{\{-?\s*(?:if|range|with)\b/;
var MAX_VARIANTS = 64;
var MAX_INDEX_TRIED = 16;
var matchKeyPathByValue = (text, path, scalar) => {
  const original = matchKeyPath(text, path, scalar);
  if (scalar === void 0 || scalar === "") return { ...original, found: original.complete ? 1 : 0 };
  if (original.complete && path.every((step, position) => typeof step !== "number" || !CONTROL.test(text.slice(matchKeyPath(text, path.slice(0, position)).start, original.start)))) {
    return { ...original, found: 1 };
  }
  const places = /* @__PURE__ */ new Map();
  if (original.complete) places.set(original.start, original);
  let tried = 0;
  path.forEach((step, position) => {
    if (typeof step !== "number") return;
    for (let index = 0; index < MAX_INDEX_TRIED && tried < MAX_VARIANTS; index++) {
      if (index === step) continue;
      tried++;
      const variant = [...path.slice(0, position), index, ...path.slice(position + 1)];
      const match = matchKeyPath(text, variant, scalar);
      if (match.complete && !places.has(match.start)) places.set(match.start, match);
    }
  });
  if (places.size === 0) return { ...original, found: 0 };
  const chosen = original.complete ? original : [...places.values()][0];
  return { ...chosen, found: places.size };
};

// src/render/helm.ts
var subchartsOf = (charts) => {
  const parents = /* @__PURE__ */ new Map();
  for (const chart of charts) {
    let parent;
    for (const other of charts) {
      const prefix = other.dir === "" ? "charts/" : `${other.dir}/charts/`;
      if (other !== chart && chart.dir.startsWith(prefix) && (!parent || other.dir.length < parent.dir.length)) parent = other;
    }
    if (parent) parents.set(chart.dir, parent.dir);
  }
  return parents;
};
var chartMetadata = (document) => {
  if (!isRecord(document)) return { library: false, dependencies: [] };
  const dependencies = (Array.isArray(document.dependencies) ? document.dependencies : []).flatMap(
    (entry) => isRecord(entry) && typeof entry.name === "string" ? [{ name: entry.name, ...typeof entry.alias === "string" && entry.alias !== "" ? { alias: entry.alias } : {} }] : []
  );
  return { ...typeof document.name === "string" ? { name: document.name } : {}, library: document.type === "library", dependencies };
};
var valuesFilesOf = (chart, config) => {
  const values = config?.values;
  if (values === void 0) return [];
  if (Array.isArray(values)) return values;
  return values[chart.dir] ?? [];
};
var local = (path) => path === "" ? "." : `./${path}`;
var helmTemplateArgs = (chart, config, kubernetesVersion2) => [
  "template",
  config?.releaseName ?? DEFAULT_RELEASE_NAME,
  local(chart.dir),
  "--namespace",
  config?.namespace ?? DEFAULT_NAMESPACE,
  "--kube-version",
  config?.kubeVersion ?? kubernetesVersion2 ?? DEFAULT_KUBE_VERSION,
  ...valuesFilesOf(chart, config).flatMap((file) => ["--values", local(file)])
];
var helmInputs = (chart, config) => [local(chart.dir).replace(/^\.\//, ""), ...valuesFilesOf(chart, config)];
var templateFileOf = (source, chart, subcharts, metadataOf) => {
  const slash = source.indexOf("/");
  if (slash <= 0) return void 0;
  let rest = source.slice(slash + 1);
  let current = chart;
  for (let match = /^charts\/([^/]+)\/(.*)$/.exec(rest); match; match = /^charts\/([^/]+)\/(.*)$/.exec(rest)) {
    const segment = match[1];
    const prefix = current.dir === "" ? "charts/" : `${current.dir}/charts/`;
    const direct = subcharts.filter((sub2) => sub2.dir.startsWith(prefix) && !sub2.dir.slice(prefix.length).includes("/"));
    const aliased = metadataOf(current).dependencies.find((dependency) => dependency.alias === segment)?.name;
    const found = direct.find((sub2) => metadataOf(sub2).name === (aliased ?? segment)) ?? direct.find((sub2) => sub2.dir === `${prefix}${segment}`);
    if (!found) break;
    current = found;
    rest = match[2];
  }
  return current.dir === "" ? rest : `${current.dir}/${rest}`;
};
var helmDocuments = (chart, output, fileOf, templates) => splitDocuments(output).map((piece, index) => {
  const file = piece.source === void 0 ? void 0 : fileOf(piece.source);
  const template = file !== void 0 && templates.has(file) ? file : void 0;
  return {
    id: renderedDocumentId("helm", chart.chartFile, index),
    renderer: "helm",
    origin: chart.chartFile,
    text: piece.text,
    ...template !== void 0 ? { template } : {},
    ...piece.source !== void 0 ? { sourceComment: piece.source } : {}
  };
});
var templatePieces = (text) => {
  const pieces = [];
  const marker = /^---[ \t]*(?:#.*)?\r?$/gm;
  let start = 0;
  const push = (end) => {
    const piece = text.slice(start, end);
    if (piece.split("\n").some((line) => isTemplateContent(line.trim()))) pieces.push({ base: start, text: piece });
  };
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return pieces.length > 0 ? pieces : [{ base: 0, text }];
};
var isTemplateContent = (line) => line !== "" && !line.startsWith("#") && !/^\{\{.*\}\}$/.test(line);
var literalAt = (piece, path) => {
  const match = matchKeyPath(piece, path);
  if (!match.complete) return void 0;
  const lineEnd = piece.indexOf("\n", match.end);
  const rest = piece.slice(match.end, lineEnd === -1 ? piece.length : lineEnd).replace(/^\s*:\s*/, "").replace(/\s+#.*$/, "").trim();
  if (rest.includes("{{")) return "templated";
  return rest.replace(/^(["'])(.*)\1$/, "$2");
};
var leaves = (value, limit) => {
  const found = [];
  const stack = [{ value, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop();
    if (typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean") {
      if (node.path.length > 0) found.push({ path: node.path, text: String(node.value) });
    } else if (Array.isArray(node.value)) {
      for (let i = node.value.length - 1; i >= 0; i--) stack.push({ value: node.value[i], path: [...node.path, i] });
    } else if (isRecord(node.value)) {
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: [...node.path, entries[i][0]] });
    }
  }
  return found;
};
var LEAVES_COMPARED = 64;
var assignPieces = (text, rendered) => {
  const pieces = templatePieces(text);
  if (pieces.length === 1) return rendered.map(() => ({ piece: 0, ambiguous: false }));
  const kinds = pieces.map((piece) => literalAt(piece.text, ["kind"]));
  const names = pieces.map((piece) => literalAt(piece.text, ["metadata", "name"]));
  const kindOf = (value) => isRecord(value) && typeof value.kind === "string" ? value.kind : void 0;
  const nameOf = (value) => isRecord(value) && isRecord(value.metadata) && typeof value.metadata.name === "string" ? value.metadata.name : void 0;
  const renderedOfKind = /* @__PURE__ */ new Map();
  for (const value of rendered) renderedOfKind.set(kindOf(value) ?? "", (renderedOfKind.get(kindOf(value) ?? "") ?? 0) + 1);
  const lastOfKind = /* @__PURE__ */ new Map();
  return rendered.map((value) => {
    const kind = kindOf(value) ?? "";
    const name = nameOf(value);
    let candidates = pieces.map((_, index) => index).filter((index) => kinds[index] === kind || kinds[index] === "templated" || kinds[index] === void 0);
    if (candidates.length === 0) candidates = pieces.map((_, index) => index);
    const literalKind = candidates.filter((index) => kinds[index] === kind);
    const oneToOne = literalKind.length === candidates.length && literalKind.length === renderedOfKind.get(kind);
    const score = (index) => {
      let points = kinds[index] === kind ? 1e3 : 0;
      if (name !== void 0 && names[index] === name) points += 500;
      else if (names[index] !== void 0 && names[index] !== "templated") points -= 500;
      return points;
    };
    let best = bestOf(candidates, score);
    if (best.length > 1 && !oneToOne) {
      const compared = leaves(value, LEAVES_COMPARED);
      best = bestOf(best, (index) => compared.filter((leaf) => matchKeyPathByValue(pieces[index].text, leaf.path, leaf.text).found > 0).length);
    }
    const after = lastOfKind.get(kind) ?? -1;
    const chosen = best.find((index) => index > after) ?? best.find((index) => index >= after) ?? best[0];
    lastOfKind.set(kind, chosen);
    return { piece: chosen, ambiguous: best.length > 1 && !oneToOne };
  });
};
var bestOf = (candidates, score) => {
  let top = -Infinity;
  let best = [];
  for (const index of candidates) {
    const points = score(index);
    if (points > top) {
      top = points;
      best = [index];
    } else if (points === top) best.push(index);
  }
  return best;
};

// src/render/origin.ts
var originOf = (document, ref, context) => document.renderer === "helm" ? helmOrigin(document, ref, context) : kustomizeOrigin(document, ref, context);
var helmOrigin = (document, ref, context) => {
  const printed = document.sourceComment ?? "an unnamed template";
  const text = document.template === void 0 ? void 0 : context.textOf(document.template);
  if (document.template === void 0 || text === void 0) {
    return {
      ref: { file: document.origin, start: 0, end: 0 },
      approximate: `rendered by helm from ${printed}, which is not a file of the scan (a packaged dependency?)`
    };
  }
  const approximate = document.templateAmbiguous ? `rendered by helm from ${document.template}, where more than one document could have written it` : `rendered by helm from ${document.template}`;
  const pieces = templatePieces(text);
  const segment = pieces[document.templateDocument ?? 0] ?? { base: 0, text };
  if ("start" in ref || ref.span) {
    const match2 = matchKeyPath(segment.text, "start" in ref ? [] : ref.path);
    return { ref: textRef(document.template, segment.base + match2.start, segment.base + match2.end), approximate };
  }
  const rendered = context.rendered();
  const value = valueAt(rendered, ref.path);
  const scalar = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
  const named = byItemName(segment.text, ref.path, rendered);
  const wanted = ref.key ? void 0 : scalar;
  const match = named.allNamed ? { ...matchKeyPath(segment.text, named.path, wanted), found: 1 } : matchKeyPathByValue(segment.text, named.path, wanted);
  const at2 = textRef(document.template, segment.base + match.start, segment.base + match.end);
  return match.complete && match.found === 1 && !document.templateAmbiguous ? { ref: at2 } : { ref: at2, approximate };
};
var MAX_NAMED_ITEMS = 32;
var byItemName = (text, path, rendered) => {
  const steps = [...path];
  let allNamed = true;
  steps.forEach((step, position) => {
    if (typeof step !== "number") return;
    const name = field(valueAt(rendered, path.slice(0, position + 1)), "name");
    const hits = [];
    if (typeof name === "string" && name !== "") {
      const prefix = steps.slice(0, position);
      for (let index = 0; index < MAX_NAMED_ITEMS && hits.length < 2; index++) if (matchKeyPath(text, [...prefix, index, "name"], name).complete) hits.push(index);
    }
    if (hits.length === 1) steps[position] = hits[0];
    else allNamed = false;
  });
  return { path: steps, allNamed };
};
var kustomizeOrigin = (document, ref, context) => {
  const approximate = `rendered by kustomize from ${document.origin}`;
  const rendered = context.rendered();
  const kind = field(rendered, "kind");
  const name = field(field(rendered, "metadata"), "name");
  const files = document.kustomization ?? { resources: [], patches: [] };
  const base = typeof kind === "string" && typeof name === "string" ? declaration(files.resources, kind, name, context) : void 0;
  if ("start" in ref) return base ? { ref: base, approximate } : { ref: textRef(document.origin, 0, 0), approximate };
  if (base && ref.path.length === 0) return { ref: within(base, ref) };
  if (base) {
    const there = valueAt(base.value, ref.path);
    if (there !== MISSING && deepEqual(there, valueAt(rendered, ref.path))) return { ref: within(base, ref) };
  }
  const target = valueAt(rendered, ref.path);
  if (target !== MISSING) {
    const object = { kind, name, namespace: field(field(rendered, "metadata"), "namespace"), apiVersion: field(rendered, "apiVersion"), baseName: base ? field(field(base.value, "metadata"), "name") : void 0 };
    const roots = [];
    let unsure = false;
    for (const patch of files.patches) {
      const applies = patchApplies(patch.target, object);
      if (applies === "no") continue;
      context.documentsOf(patch.file).forEach((value, doc) => {
        if (Array.isArray(value)) {
          if (patch.target === void 0 || patch.json6902 === false) return;
          value.forEach((operation, index) => {
            const at2 = operationPath(operation);
            if (!at2 || !startsWithPointer(ref.path, at2)) return;
            const written = valueAt(field(operation, "value"), ref.path.slice(at2.length));
            if (written === MISSING || !deepEqual(written, target)) return;
            roots.push({ file: patch.file, doc, path: [index, "value", ...ref.path.slice(at2.length)], value: written });
            if (applies === "maybe") unsure = true;
          });
          return;
        }
        if (patch.target === void 0 && !sameObject(value, object)) return;
        if (applies === "maybe") unsure = true;
        roots.push({ file: patch.file, doc, path: [], value });
      });
    }
    const exactOperation = roots.filter((root) => root.path.length > 0 && typeof root.path[0] === "number" && root.path[1] === "value");
    if (exactOperation.length === 1 && !unsure) {
      const [only] = exactOperation;
      return { ref: { file: only.file, doc: only.doc, path: only.path, ...ref.key ? { key: true } : {}, ...ref.span ? { span: ref.span } : {} } };
    }
    if (base) roots.unshift(base);
    const found = bestByValue(roots, target, ref.path);
    if (found) return { ref: { ...found, ...ref.key ? { key: true } : {}, ...ref.span ? { span: ref.span } : {} }, ...found.unique && !unsure ? {} : { approximate } };
  }
  if (base) return { ref: within(base, ref), approximate };
  const what = typeof kind === "string" && typeof name === "string" ? `${kind}/${name}` : "this object";
  return { ref: textRef(document.origin, 0, 0), approximate: `${approximate}; no resource file of the scan declares ${what} (generated, or from a remote base)` };
};
var patchApplies = (target, object) => {
  if (target === void 0) return "yes";
  if (target.kind !== void 0 && target.kind !== object.kind) return "no";
  if (target.namespace !== void 0 && object.namespace !== void 0 && target.namespace !== object.namespace) return "no";
  const [group, version] = typeof object.apiVersion === "string" ? object.apiVersion.includes("/") ? object.apiVersion.split("/", 2) : ["", object.apiVersion] : [void 0, void 0];
  if (target.group !== void 0 && group !== void 0 && target.group !== group) return "no";
  if (target.version !== void 0 && version !== void 0 && target.version !== version) return "no";
  let answer = target.bySelector ? "maybe" : "yes";
  if (target.name !== void 0) {
    if (/^[-a-z0-9.]*$/i.test(target.name)) {
      if (target.name !== object.name && target.name !== object.baseName) return "no";
    } else answer = "maybe";
  }
  return answer;
};
var sameObject = (patch, object) => {
  const name = field(field(patch, "metadata"), "name");
  return field(patch, "kind") === object.kind && (name === object.name || name === object.baseName);
};
var operationPath = (operation) => {
  const op = field(operation, "op");
  const path = field(operation, "path");
  if (op !== "add" && op !== "replace" || typeof path !== "string" || !path.startsWith("/")) return void 0;
  return path.slice(1).split("/").map((step) => step.replace(/~1/g, "/").replace(/~0/g, "~")).map((step) => step === "-" ? "-" : /^(0|[1-9]\d*)$/.test(step) ? Number(step) : step);
};
var startsWithPointer = (path, pointer) => pointer.length <= path.length && pointer.every((step, i) => step === path[i] || step === "-" && typeof path[i] === "number" || typeof step === "number" && String(step) === String(path[i]));
var within = (base, ref) => ({
  file: base.file,
  doc: base.doc,
  path: [...base.path, ...ref.path],
  ...ref.key ? { key: true } : {},
  ...ref.span ? { span: ref.span } : {}
});
var declaration = (files, kind, renderedName, context) => {
  let best;
  const consider = (file, doc, path, value) => {
    if (field(value, "kind") !== kind) return;
    const name = field(field(value, "metadata"), "name");
    if (typeof name !== "string" || name === "" || !renderedName.includes(name)) return;
    if (!best || name.length > best.length) best = { file, doc, path, value, length: name.length };
  };
  for (const file of files) {
    context.documentsOf(file).forEach((value, doc) => {
      const items = field(value, "items");
      if (typeof field(value, "kind") === "string" && String(field(value, "kind")).endsWith("List") && Array.isArray(items)) {
        items.forEach((item, index) => consider(file, doc, ["items", index], item));
      } else consider(file, doc, [], value);
    });
  }
  return best && { file: best.file, doc: best.doc, path: best.path, value: best.value };
};
var bestByValue = (roots, target, path) => {
  const keys = path.filter((step) => typeof step === "string");
  const simple = target === null || typeof target !== "object";
  let best;
  let ties = 0;
  for (const root of roots) {
    const stack = [{ value: root.value, path: root.path }];
    while (stack.length > 0) {
      const node = stack.pop();
      const shape = simple ? node.value === null || typeof node.value !== "object" : typeof node.value === "object" && node.value !== null;
      if (shape && deepEqual(node.value, target)) {
        const score = commonKeySuffix(node.path, keys);
        if (score > 0 || keys.length === 0) {
          if (!best || score > best.score) {
            best = { file: root.file, doc: root.doc, path: node.path, score };
            ties = 0;
          } else if (score === best.score) ties++;
        }
      }
      if (Array.isArray(node.value)) for (let i = node.value.length - 1; i >= 0; i--) stack.push({ value: node.value[i], path: [...node.path, i] });
      else if (typeof node.value === "object" && node.value !== null) {
        const entries = Object.entries(node.value);
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: [...node.path, entries[i][0]] });
      }
    }
  }
  return best && { file: best.file, doc: best.doc, path: best.path, unique: ties === 0 };
};
var commonKeySuffix = (path, keys) => {
  const own = path.filter((step) => typeof step === "string");
  let n = 0;
  while (n < own.length && n < keys.length && own[own.length - 1 - n] === keys[keys.length - 1 - n]) n++;
  return n;
};
var textRef = (file, start, end) => ({ file, start, end });
var MISSING = /* @__PURE__ */ Symbol("missing");
var valueAt = (value, path) => {
  let current = value;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === "number" && step < current.length) current = current[step];
    else if (typeof current === "object" && current !== null && !Array.isArray(current) && Object.hasOwn(current, String(step))) {
      current = current[String(step)];
    } else return MISSING;
  }
  return current;
};
var field = (value, key) => isRecord(value) ? value[key] : void 0;
var deepEqual = (a, b) => {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
};

// src/load/source-index.ts
var SourceIndex = class {
  files = /* @__PURE__ */ new Map();
  rendered = /* @__PURE__ */ new Map();
  add(file, text, yaml, options = {}) {
    this.files.set(file, { text, lines: yaml ? yaml.lines : new LineIndex(text), ...yaml ? { yaml } : {}, ...options.bom ? { bom: true } : {} });
  }
  textOf(file) {
    return this.files.get(file)?.text;
  }
  /**
   * The text GitHub's upload-sarif hashes for `primaryLocationLineHash`: the file as decoded,
   * byte order mark included (positions are counted without it, as editors show them).
   */
  fingerprintTextOf(file) {
    const indexed = this.files.get(file);
    return indexed ? indexed.bom ? `\uFEFF${indexed.text}` : indexed.text : void 0;
  }
  /** Registers a rendered document: refs whose `file` is `id` are located through `locator`. */
  addRendered(id, locator) {
    this.rendered.set(id, locator);
  }
  locate(ref) {
    return this.explain(ref).location;
  }
  /** `locate`, plus the reason when the line is approximate (said in the finding). */
  explain(ref) {
    const locator = this.rendered.get(ref.file);
    if (!locator) return { location: this.locateInFile(ref) };
    const mapped = locator(ref);
    const location = this.rendered.has(mapped.ref.file) ? { file: "", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } : this.locateInFile(mapped.ref);
    return { location, ...mapped.approximate ? { approximate: mapped.approximate } : {} };
  }
  locateInFile(ref) {
    const indexed = this.files.get(ref.file);
    if (!indexed) return { file: ref.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    if ("start" in ref) return { file: ref.file, ...indexed.lines.region(ref.start, ref.end) };
    const region = indexed.yaml?.regionOf(ref) ?? indexed.lines.region(0, 0);
    return { file: ref.file, ...region };
  }
};

// src/load/read-files.ts
var READ_BATCH = 64;
var readFiles = async ({ root, files, maxFileSize, rendered }, { fs, onBatch, checkTime, notifications }) => {
  const sources = new SourceIndex();
  const parsedDocuments = /* @__PURE__ */ new Map();
  const documentsOf = (file) => {
    let documents = parsedDocuments.get(file);
    if (!documents) parsedDocuments.set(file, documents = parseYaml(sources.textOf(file) ?? "").documents);
    return documents;
  };
  const problems = [];
  const objects = [];
  const textSources = [];
  let otherDocuments = 0;
  let unreadObjects = 0;
  let skippedForSize = 0;
  for (let start = 0; start < files.length; start += READ_BATCH) {
    onBatch(start);
    checkTime("reading the files", () => `${files.length - start} files (from ${files[start]}) and every later stage`);
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.all(
      batch.map((file) => fs.read(root, file, maxFileSize).catch((error) => ({ error })))
    );
    batch.forEach((file, i) => {
      const content = contents[i];
      if ("error" in content) {
        sources.add(file, "");
        problems.push({ ruleId: "EG001", at: { file, start: 0, end: 0 }, message: `Could not read this file (${errorCode2(content.error)}); it was not scanned.` });
        return;
      }
      if ("tooLarge" in content) {
        notifications.push({
          level: "warning",
          message: `Skipped ${file}: it is ${formatBytes(content.tooLarge)}, over the ${formatBytes(maxFileSize)} limit (raise maxFileSize in the config to scan it).`,
          file
        });
        skippedForSize++;
        return;
      }
      if (looksBinary(content.bytes)) {
        sources.add(file, "");
        problems.push({ ruleId: "EG001", at: { file, start: 0, end: 0 }, message: "This file is binary, not YAML or JSON; it was not scanned. Exclude it or rename it." });
        return;
      }
      const bom = { bom: startsWithBom(content.bytes) };
      if (file.endsWith(".rego")) {
        const text = decodeText(content.bytes);
        sources.add(file, text, void 0, bom);
        textSources.push({ file, text });
        return;
      }
      const loaded = loadManifests(file, decodeText(content.bytes));
      pushAll(problems, loaded.problems);
      if (rendered.consumed.has(file)) {
        const parsed = loaded.source ? void 0 : parseYaml(loaded.text);
        if (parsed) parsedDocuments.set(file, parsed.documents);
        sources.add(file, loaded.text, loaded.source ?? parsed?.source, bom);
        return;
      }
      sources.add(file, loaded.text, loaded.source, bom);
      pushAll(objects, loaded.objects);
      otherDocuments += loaded.otherDocuments;
      unreadObjects += loaded.unreadObjects;
    });
  }
  for (const template of rendered.templates) sources.add(template.file, template.text);
  for (const document of rendered.documents) {
    const loaded = loadManifests(document.id, document.text);
    let value;
    sources.addRendered(
      document.id,
      (ref) => originOf(document, ref, {
        rendered: () => value ??= parseYaml(document.text).documents[0],
        textOf: (file) => sources.textOf(file),
        documentsOf
      })
    );
    pushAll(problems, loaded.problems);
    pushAll(objects, loaded.objects);
    otherDocuments += loaded.otherDocuments;
    unreadObjects += loaded.unreadObjects;
  }
  pushAll(problems, rendered.problems.map((problem) => ({ ...problem, message: withoutRoot(problem.message, root) })));
  for (const note of rendered.notes) notifications.push({ level: "note", message: withoutRoot(note.message, root), file: note.file });
  return { sources, problems, objects, textSources, otherDocuments, unreadObjects, skippedForSize };
};
var errorCode2 = (error) => error.code ?? (error instanceof Error ? error.message : String(error));
var withoutRoot = (message, root) => {
  const trimmed = root.replace(/[\\/]+$/, "");
  if (trimmed === "" || !message.includes(trimmed)) return message;
  return message.split(`${trimmed}/`).join("").split(trimmed).join(".");
};

// src/model/workspace.ts
var Workspace = class {
  objects;
  textSources;
  kinds = /* @__PURE__ */ new Map();
  named = /* @__PURE__ */ new Map();
  constructor(objects, textSources = []) {
    this.objects = objects;
    this.textSources = textSources;
    for (const object of objects) {
      const list2 = this.kinds.get(object.kind);
      if (list2) list2.push(object);
      else this.kinds.set(object.kind, [object]);
      const key = namedKey(object.kind, object.namespace, object.name);
      if (!this.named.has(key)) this.named.set(key, object);
    }
  }
  /** Every object of a kind, in load order (file order, then document order). */
  byKind(kind) {
    return this.kinds.get(kind) ?? [];
  }
  /** The first object with this kind, namespace (undefined for cluster scope) and name. */
  find(kind, namespace, name) {
    return this.named.get(namedKey(kind, namespace, name));
  }
};
var namedKey = (kind, namespace, name) => `${kind}\0${namespace ?? ""}\0${name}`;

// src/render/render.ts
import { availableParallelism } from "node:os";

// src/render/kustomize.ts
import { posix as posix2 } from "node:path";
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var REMOTE = /^(?:[a-z][a-z0-9+.-]*:|[^/\s]*@|[^/\s]+:|git::|(?:github|gitlab|bitbucket)\.(?:com|org)\/)|\?(?:.*&)?ref=|[^:]\/\//i;
var MAX_KUSTOMIZATIONS = 5e3;
var MAX_REFERENCES = 1e5;
var kustomizationGraph = async (roots, lookup2) => {
  const nodes = /* @__PURE__ */ new Map();
  const pending = [...roots];
  let references = 0;
  while (pending.length > 0 && nodes.size < MAX_KUSTOMIZATIONS) {
    const file = pending.pop();
    if (nodes.has(file)) continue;
    const parsed = await lookup2.readDocuments(file);
    const node = await kustomizationNode(file, parsed?.[0], lookup2, () => ++references <= MAX_REFERENCES);
    nodes.set(file, node);
    for (const child of node.children) if (!nodes.has(child)) pending.push(child);
  }
  return nodes;
};
var kustomizationIn = async (dir, lookup2) => {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const file = dir === "" ? name : `${dir}/${name}`;
    if (await lookup2.probe(file) === "file") return file;
  }
  return void 0;
};
var kustomizationNode = async (file, document, lookup2, allow = () => true) => {
  const dir = posix2.dirname(file) === "." ? "" : posix2.dirname(file);
  const empty = { file, dir, children: [], resources: [], patches: [], configs: [], foreign: [] };
  if (document === void 0 || document === null) return empty;
  if (!isRecord(document)) return { ...empty, invalid: "it is not a mapping" };
  const children = [];
  const resources = [];
  const patches = [];
  const configs = [];
  const foreign = [];
  const resolve3 = (entry) => posix2.normalize(dir === "" ? entry : `${dir}/${entry}`).replace(/\/$/, "");
  const reference = async (entry, into, folders) => {
    if (typeof entry !== "string" || entry.trim() === "" || !allow()) return void 0;
    const text = entry.trim();
    if (REMOTE.test(text)) {
      foreign.push({ entry: text, in: file, why: "remote" });
      return void 0;
    }
    const path = resolve3(text);
    if (path === ".." || path.startsWith("../") || posix2.isAbsolute(path)) {
      foreign.push({ entry: text, in: file, why: "outside" });
      return void 0;
    }
    const where = await lookup2.probe(path === "." ? "" : path);
    if (where === "file") {
      into?.push(path);
      return path;
    }
    if (folders) {
      const nested = await kustomizationIn(path === "." ? "" : path, lookup2);
      if (nested !== void 0) {
        if (nested !== file) children.push(nested);
        return nested;
      }
    }
    foreign.push({ entry: text, in: file, why: where === "outside" ? "outside" : "missing" });
    return void 0;
  };
  for (const key of ["resources", "bases", "components"]) for (const entry of list(document[key])) await reference(entry, resources, true);
  for (const entry of list(document.patchesStrategicMerge)) {
    if (typeof entry === "string" && !entry.includes("\n")) {
      const path = await reference(entry, void 0, false);
      if (path !== void 0) patches.push({ file: path, json6902: false });
    }
  }
  for (const key of ["patches", "patchesJson6902"]) {
    for (const entry of list(document[key])) {
      if (!isRecord(entry) || typeof entry.path !== "string") continue;
      const path = await reference(entry.path, void 0, false);
      if (path === void 0) continue;
      const target = targetOf(entry.target);
      patches.push({ file: path, json6902: key === "patchesJson6902" ? true : void 0, ...target ? { target } : {} });
    }
  }
  for (const key of ["generators", "transformers", "validators"]) {
    for (const entry of list(document[key])) if (typeof entry === "string" && !entry.includes("\n")) await reference(entry, configs, true);
  }
  for (const key of ["configurations", "crds"]) for (const entry of list(document[key])) await reference(entry, configs, false);
  for (const entry of list(document.replacements)) if (isRecord(entry)) await reference(entry.path, configs, false);
  if (isRecord(document.openapi) && document.openapi.path !== void 0) await reference(document.openapi.path, configs, false);
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    for (const generator of list(document[key])) {
      if (!isRecord(generator)) continue;
      for (const entry of list(generator.files)) if (typeof entry === "string") await reference(entry.includes("=") ? entry.slice(entry.indexOf("=") + 1) : entry, configs, false);
      for (const entry of [...list(generator.envs), generator.env]) if (entry !== void 0) await reference(entry, configs, false);
    }
  }
  for (const key of ["helmCharts", "helmChartInflationGenerator"]) {
    for (const chart of list(document[key])) {
      const name = isRecord(chart) && typeof chart.name === "string" ? chart.name : "?";
      foreign.push({ entry: name, in: file, why: "helm" });
    }
  }
  return { file, dir, children, resources, patches, configs, foreign };
};
var targetOf = (value) => {
  if (!isRecord(value)) return void 0;
  const text = (key) => typeof value[key] === "string" ? value[key] : void 0;
  const target = {};
  for (const key of ["kind", "name", "namespace", "group", "version"]) {
    const setting = text(key);
    if (setting !== void 0) target[key] = setting;
  }
  if (value.labelSelector !== void 0 || value.annotationSelector !== void 0) target.bySelector = true;
  return target;
};
var rootKustomizations = (nodes, listed) => {
  const used = /* @__PURE__ */ new Set();
  for (const node of nodes.values()) for (const child of node.children) used.add(child);
  const roots = listed.filter((file) => !used.has(file)).sort();
  const covered = /* @__PURE__ */ new Set();
  for (const root of roots) for (const file of closureOf2(root, nodes).kustomizations) covered.add(file);
  for (const file of [...listed].sort()) {
    if (covered.has(file)) continue;
    roots.push(file);
    for (const inCycle of closureOf2(file, nodes).kustomizations) covered.add(inCycle);
  }
  return roots;
};
var closureOf2 = (root, nodes) => {
  const seen = /* @__PURE__ */ new Set();
  const resources = /* @__PURE__ */ new Set();
  const patches = /* @__PURE__ */ new Map();
  const configs = /* @__PURE__ */ new Set();
  const foreign = [];
  const stack = [root];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const node = nodes.get(file);
    if (!node) continue;
    for (const path of node.resources) resources.add(path);
    for (const patch of node.patches) patches.set(`${patch.file}\0${JSON.stringify(patch.target ?? null)}`, patch);
    for (const path of node.configs) configs.add(path);
    for (const entry of node.foreign) foreign.push(entry);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return { kustomizations: [...seen], resources: [...resources], patches: [...patches.values()], configs: [...configs], foreign };
};
var foreignReason = (foreign) => {
  if (foreign.length === 0) return void 0;
  const shown = (why) => foreign.filter((entry) => entry.why === why).slice(0, 5).map((entry) => `${entry.entry} (in ${entry.in})`).join(", ");
  if (foreign.some((entry) => entry.why === "remote")) return `it builds on remote bases or files (${shown("remote")}), and the scan never fetches over the network`;
  if (foreign.some((entry) => entry.why === "helm")) {
    return `it inflates Helm charts (helmCharts: ${shown("helm")}), rendered by kustomize --enable-helm, which this scan does not run; scan the chart with the values of valuesInline (render.helm.values)`;
  }
  if (foreign.some((entry) => entry.why === "outside")) return `it builds on files outside the scanned folder (${shown("outside")}); scan the folder that holds them`;
  return `it references what is neither a file nor a kustomization folder of the scanned tree (${shown("missing")}); kustomize would fail on it, or try to fetch it as a remote`;
};
var list = (value) => Array.isArray(value) ? value : [];

// src/render/render.ts
var CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));
var MAX_RENDERED_DOCUMENTS = 2e4;
var renderAll = async (discovered, request, deps) => {
  const options = request.options ?? {};
  const enabled = renderersOf(options.renderers);
  const timeoutMs = (options.timeoutSeconds ?? DEFAULT_RENDER_TIMEOUT_SECONDS) * 1e3;
  const run = deps.runCommand;
  const documents = [];
  const problems = [];
  const notes = [];
  const consumed = /* @__PURE__ */ new Set();
  const templates = [];
  let unrenderedTemplates = 0;
  const inScope = new Set(discovered.manifests);
  const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const capped = (items, origin, what) => {
    if (items.length <= MAX_RENDERED_DOCUMENTS) return items;
    problems.push({
      ruleId: "EG002",
      at: { file: origin, start: 0, end: 0 },
      message: `${what} rendered ${items.length} documents, more than the ${MAX_RENDERED_DOCUMENTS} one render may give: only the first ${MAX_RENDERED_DOCUMENTS} were analysed.`
    });
    return items.slice(0, MAX_RENDERED_DOCUMENTS);
  };
  const metadata = /* @__PURE__ */ new Map();
  for (const chart of discovered.charts) metadata.set(chart.dir, chartMetadata((await deps.readDocuments(chart.chartFile))?.[0]));
  const metadataOf = (chart) => metadata.get(chart.dir) ?? { library: false, dependencies: [] };
  const parents = subchartsOf(discovered.charts);
  const subcharts = discovered.charts.filter((chart) => parents.has(chart.dir));
  const charts = discovered.charts.filter(
    (chart) => !parents.has(chart.dir) && !metadataOf(chart).library && (inScope.has(chart.chartFile) || chart.templates.length > 0)
  );
  const templatesOf = (chart) => [
    ...chart.templates,
    ...subcharts.filter((sub2) => isUnder(sub2.dir, chart.dir)).flatMap((sub2) => sub2.templates)
  ];
  let helmMissing = false;
  const helmRuns = await inPool(charts, async (chart) => {
    const files = templatesOf(chart);
    const off = offReason("helm", enabled, options, run);
    if (off !== void 0 || !run || helmMissing) return { chart, files, result: void 0, off: off ?? "helm is not on PATH" };
    const result = await run({
      command: "helm",
      args: helmTemplateArgs(chart, options.helm, request.kubernetesVersion),
      cwd: request.root,
      timeoutMs: runTimeout(timeoutMs, options),
      inputs: helmInputs(chart, options.helm)
    });
    if (result.kind === "not-found") helmMissing = true;
    return { chart, files, result, off: void 0 };
  });
  for (const { chart, files, result, off } of helmRuns) {
    const name = chart.dir || ".";
    const at2 = { file: chart.chartFile, start: 0, end: 0 };
    const failure = off ?? (result ? failureOf2("helm template", result, timeoutMs) : "helm did not run");
    if (failure !== void 0 || !result || result.kind !== "exited") {
      unrenderedTemplates += files.length;
      problems.push({ ruleId: "EG002", at: at2, message: `Helm chart ${name} was not rendered: ${failure}. Its ${files.length} template file(s) were not analysed.` });
      continue;
    }
    const texts = await readTexts(files, request.root, deps.fs, maxFileSize);
    for (const text of texts) templates.push(text);
    const textOf = new Map(texts.map((t) => [t.file, t.text]));
    const rendered = capped(
      helmDocuments(chart, result.stdout, (source) => templateFileOf(source, chart, subcharts, metadataOf), new Set(textOf.keys())),
      chart.chartFile,
      `Helm chart ${name}`
    );
    if (rendered.length === 0) notes.push({ file: chart.chartFile, message: `Helm chart ${name} rendered no objects with the values it was given (render.helm.values).` });
    for (const document of withPieces(rendered, textOf, deps.parseDocuments)) documents.push(document);
  }
  const lookup2 = {
    probe: async (path) => {
      const where = await deps.fs.followLink(request.root, path).catch(() => ({ isFile: false, insideRoot: false }));
      return where.isFile ? where.insideRoot ? "file" : "outside" : "missing";
    },
    readDocuments: deps.readDocuments
  };
  const nodes = await kustomizationGraph(discovered.kustomizations, lookup2);
  const roots = rootKustomizations(nodes, discovered.kustomizations);
  const kustomizeOff = offReason("kustomize", enabled, options, run);
  let kustomizeCommand = "kustomize";
  const build = async (file) => {
    const closure = closureOf2(file, nodes);
    if (kustomizeOff !== void 0 || !run) return { file, closure, failure: kustomizeOff ?? "no renderer can run" };
    const foreign = foreignReason(closure.foreign);
    if (foreign !== void 0) return { file, closure, failure: foreign };
    const invalid = closure.kustomizations.map((path) => nodes.get(path)).find((node) => node?.invalid !== void 0);
    if (invalid) return { file, closure, failure: `${invalid.file} ${invalid.invalid}` };
    const inputs = await kustomizeInputs(closure, nodes, deps.fs, request.root);
    const dir = local2(nodes.get(file).dir);
    let result = { kind: "not-found" };
    if (kustomizeCommand === "kustomize") {
      result = await run({ command: "kustomize", args: ["build", dir], cwd: request.root, timeoutMs: runTimeout(timeoutMs, options), inputs });
      if (result.kind === "not-found") kustomizeCommand = "kubectl";
    }
    if (kustomizeCommand === "kubectl") {
      result = await run({ command: "kubectl", args: ["kustomize", dir], cwd: request.root, timeoutMs: runTimeout(timeoutMs, options), inputs });
      if (result.kind === "not-found") kustomizeCommand = void 0;
    }
    if (kustomizeCommand === void 0) return { file, closure, failure: "neither kustomize nor kubectl is on PATH" };
    const failure = failureOf2(kustomizeCommand === "kustomize" ? "kustomize build" : "kubectl kustomize", result, timeoutMs);
    return failure !== void 0 || result.kind !== "exited" ? { file, closure, failure: failure ?? "it did not run" } : { file, closure, output: result.stdout };
  };
  const first = roots.length > 0 ? [await build(roots[0])] : [];
  const kustomizeRuns = [...first, ...await inPool(roots.slice(1), build)];
  for (const outcome of kustomizeRuns) {
    if (outcome.output === void 0) {
      problems.push({
        ruleId: "EG002",
        at: { file: outcome.file, start: 0, end: 0 },
        message: `Kustomization ${outcome.file} was not rendered: ${outcome.failure}. Its resources were scanned as plain files, but its patches and generators were not applied.`
      });
      continue;
    }
    const { closure } = outcome;
    for (const list2 of [closure.kustomizations, closure.resources, closure.patches.map((patch) => patch.file), closure.configs]) {
      for (const path of list2) consumed.add(path);
    }
    const pieces = capped(splitDocuments(outcome.output), outcome.file, `Kustomization ${outcome.file}`);
    if (pieces.length === 0) notes.push({ file: outcome.file, message: `Kustomization ${outcome.file} rendered no objects.` });
    pieces.forEach((piece, index) => {
      documents.push({
        id: renderedDocumentId("kustomize", outcome.file, index),
        renderer: "kustomize",
        origin: outcome.file,
        text: piece.text,
        kustomization: { resources: closure.resources, patches: closure.patches }
      });
    });
  }
  return { documents, problems, notes, consumed, templates, unrenderedTemplates };
};
var local2 = (path) => path === "" ? "." : `./${path}`;
var withPieces = (rendered, textOf, parse) => {
  const byTemplate = /* @__PURE__ */ new Map();
  rendered.forEach((document, index) => {
    if (document.template === void 0) return;
    const list2 = byTemplate.get(document.template) ?? [];
    list2.push(index);
    byTemplate.set(document.template, list2);
  });
  const result = [...rendered];
  for (const [template, indexes] of byTemplate) {
    const text = textOf.get(template);
    if (text === void 0) continue;
    const values = indexes.map((index) => parse(rendered[index].text)[0]);
    assignPieces(text, values).forEach((assigned, i) => {
      const index = indexes[i];
      result[index] = { ...rendered[index], templateDocument: assigned.piece, ...assigned.ambiguous ? { templateAmbiguous: true } : {} };
    });
  }
  return result;
};
var kustomizeInputs = async (closure, nodes, fs, root) => {
  const inputs = /* @__PURE__ */ new Set();
  for (const file of closure.kustomizations) {
    inputs.add(file);
    const dir = nodes.get(file)?.dir ?? "";
    const beside = await fs.list(root, [dir === "" ? "*" : `${escapeGlob(dir)}/*`], []).catch(() => []);
    for (const entry of beside) inputs.add(entry.path);
  }
  for (const list2 of [closure.resources, closure.patches.map((patch) => patch.file), closure.configs]) for (const path of list2) inputs.add(path);
  return [...inputs].sort();
};
var escapeGlob = (path) => path.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
var offReason = (renderer, enabled, options, run) => {
  if (!enabled.has(renderer)) {
    const selection = options.renderers === void 0 || typeof options.renderers === "string" ? String(options.renderers ?? "auto") : options.renderers.join(",");
    return `rendering with ${renderer} is off (render: ${selection})`;
  }
  if (options.deadline !== void 0 && Date.now() >= options.deadline) return "the scan's time limit for all renders ran out before it could start";
  return run ? void 0 : "this scan was given no way to run renderers";
};
var runTimeout = (timeoutMs, options) => options.deadline === void 0 ? timeoutMs : Math.max(1, Math.min(timeoutMs, options.deadline - Date.now()));
var failureOf2 = (what, result, timeoutMs) => {
  switch (result.kind) {
    case "exited": {
      if (result.code === 0) return void 0;
      const stderr = lastLines(result.stderr);
      const hint = /missing in charts\/ directory|helm dependency build/.test(result.stderr) ? "; vendor its dependencies (helm dependency build, and commit charts/): the scan never downloads them" : "";
      return `${what} exited with code ${result.code}${stderr ? `: ${stderr}` : ""}${hint}`;
    }
    case "not-found":
      return `${what.split(" ")[0]} is not on PATH`;
    case "timed-out": {
      const stderr = lastLines(result.stderr);
      return `${what} did not finish within ${timeoutMs / 1e3} s (raise render.timeoutSeconds in the config)${stderr ? `; its last words: ${stderr}` : ""}`;
    }
    case "refused":
      return `${what.split(" ")[0]} was not run: ${result.reason}`;
    case "failed": {
      const stderr = lastLines(result.stderr);
      return `${what} could not run (${result.message})${stderr ? `: ${stderr}` : ""}`;
    }
  }
};
var lastLines = (stderr) => {
  const lines = stderr.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !/^# Warning: '.*' is deprecated/.test(line));
  const text = lines.slice(-5).join(" ");
  return text.length > 600 ? `…${text.slice(-599)}` : text;
};
var isUnder = (dir, parent) => parent === "" ? dir !== "" : dir.startsWith(`${parent}/`);
var readTexts = async (files, root, fs, maxSize) => {
  const texts = await Promise.all(
    files.map(
      (file) => fs.read(root, file, maxSize).then(
        (read) => "bytes" in read ? { file, text: Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8").replace(/^\uFEFF/, "") } : void 0,
        () => void 0
      )
    )
  );
  return texts.filter((text) => text !== void 0);
};
var inPool = async (items, task) => {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
};

// src/report/access.ts
var EMPTY_ACCESS_TABLE = { controls: [], exceptions: [], rows: [] };
var SEVERITY = { no: 0, unknown: 1, yes: 2 };
var worstGuarded = (row, table) => (row.exceptions === void 0 ? [] : table.exceptions[row.exceptions] ?? []).reduce(
  (worst, exception) => SEVERITY[exception.guarded] < SEVERITY[worst] ? exception.guarded : worst,
  row.guarded
);
var markAllowedRows = (table, findings) => {
  const allowed = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.ruleId !== "EG301" || finding.suppression?.kind !== "external") continue;
    allowed.set(`${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}`, finding.suppression.justification);
  }
  if (allowed.size === 0) return table;
  const rows = table.rows.map((row) => {
    const reason = allowed.get(`${row.location.file}:${row.location.startLine}:${row.location.startColumn}`);
    return reason === void 0 || worstGuarded(row, table) === "yes" ? row : { ...row, allowed: reason };
  });
  return { ...table, rows };
};
var summaryRows = (table) => table.rows.map(({ exceptions, ...row }) => exceptions === void 0 ? row : { ...row, exceptions: table.exceptions[exceptions] ?? [] });
var guardedOf = (guard) => guard.guarded ? "yes" : guard.uncertain.length > 0 ? "unknown" : "no";
var accessRows = (guards, locate) => {
  const controls = [];
  const controlIndex = /* @__PURE__ */ new Map();
  const indexOf = (control) => {
    let index = controlIndex.get(control.text);
    if (index === void 0) {
      index = controls.length;
      controls.push(control.text);
      controlIndex.set(control.text, index);
    }
    return index;
  };
  const judgments = /* @__PURE__ */ new WeakMap();
  const judgmentOf = (guard) => {
    let found = judgments.get(guard);
    if (!found) {
      const indexes = guard.guarded ? guard.controls.map(indexOf) : [];
      const reason = guard.guarded ? "" : unguardedReason(guard);
      const guarded = guardedOf(guard);
      found = { key: `${guarded}\0${indexes.join(",")}\0${reason}`, judgment: { guarded, controls: indexes, ...reason ? { reason } : {} } };
      judgments.set(guard, found);
    }
    return found;
  };
  const exceptionLists = [];
  const clusterJudgments = /* @__PURE__ */ new WeakMap();
  const clusterJudgmentOf = (targets) => {
    let found = clusterJudgments.get(targets);
    if (!found) {
      const usual = judgmentOf(targets[targets.length - 1]);
      const groups = /* @__PURE__ */ new Map();
      for (const guard of targets) {
        if (guard.target.kind !== "namespace") continue;
        const { key, judgment } = judgmentOf(guard);
        if (judgment.guarded === usual.judgment.guarded && judgment.controls.join(",") === usual.judgment.controls.join(",")) continue;
        const group = groups.get(key);
        if (group) group.namespaces.push(guard.target.namespace);
        else groups.set(key, { judgment, namespaces: [guard.target.namespace] });
      }
      const exceptions = [...groups.values()].map(({ judgment, namespaces }) => ({ namespaces, ...judgment }));
      found = { row: usual.judgment, exceptions: exceptions.length > 0 ? exceptionLists.push(exceptions) - 1 : void 0 };
      clusterJudgments.set(targets, found);
    }
    return found;
  };
  const rows = guards.guarded.map(({ access, targets }) => {
    const [first] = access.rules;
    const common = {
      subject: access.subject.label,
      via: `${bindingText(access.binding)} → ${roleText(access.role)}${first ? aggregationText(first.rule.via) : ""}`,
      location: locate(access.subject.at),
      verbs: access.verbs,
      ...access.resourceNames ? { resourceNames: access.resourceNames } : {},
      breadth: access.breadth
    };
    if (access.scope.kind === "cluster") {
      const { row, exceptions } = clusterJudgmentOf(targets);
      return { ...common, scope: `all namespaces (${guards.namespaces.length} in scope)`, ...row, ...exceptions !== void 0 ? { exceptions } : {} };
    }
    const guard = targets[0];
    return { ...common, scope: targetText(guard.target), ...judgmentOf(guard).judgment };
  });
  return { controls, exceptions: exceptionLists, rows };
};
var controlRefs = (indexes) => indexes.map((index) => `#${index + 1}`).join(", ");
var judgmentText = (judgment) => judgment.guarded === "yes" ? controlRefs(judgment.controls) : judgment.guarded;
var NAMESPACES_NAMED = 5;
var exceptionsText = (exceptions) => exceptions.map((exception) => {
  const named = exception.namespaces.slice(0, NAMESPACES_NAMED).join(", ");
  const more = exception.namespaces.length > NAMESPACES_NAMED ? ` and ${exception.namespaces.length - NAMESPACES_NAMED} more` : "";
  return `${named}${more}: ${judgmentText(exception)}`;
}).join("; ");
var accessTextTable = (table) => {
  const cells = [
    ["guarded", "subject", "where", "verbs", "pods", "through", "at", "guarded by"],
    ...table.rows.map((row) => [
      row.guarded,
      row.subject,
      row.exceptions !== void 0 ? `${row.scope}, except ${exceptionsText(table.exceptions[row.exceptions] ?? [])}` : row.scope,
      row.verbs.join(","),
      row.resourceNames ? row.resourceNames.join(",") : "all",
      row.via,
      `${row.location.file}:${row.location.startLine}${row.copies ? ` (+${row.copies} more)` : ""}`,
      // Last, because it can be long: the controls that would deny a privileged one there.
      row.guarded === "yes" ? controlRefs(row.controls) : row.allowed !== void 0 ? `allowed: ${row.allowed}` : "-"
    ])
  ];
  const widths = cells[0].map((_, column) => cells.reduce((width, line) => Math.max(width, line[column].length), 0));
  const lines = cells.map((line) => `  ${line.map((cell, column) => column === line.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")}`.trimEnd());
  if (table.controls.length > 0) pushAll(lines, ["", "  guarding controls:", ...table.controls.map((control, index) => `  #${index + 1}  ${control}`)]);
  return lines;
};

// src/report/duplicates.ts
var COPY_NOTE = "the same object, deployed here too";
var keyOf = (finding, contentOf, contentIds) => {
  if (finding.object === void 0 || finding.suppression) return void 0;
  const content = contentOf(finding);
  if (content === void 0) return void 0;
  let contentId = contentIds.get(content);
  if (contentId === void 0) contentIds.set(content, contentId = contentIds.size);
  return [finding.ruleId, finding.level, finding.object, finding.message, finding.baselineState ?? "", String(contentId)].map((part) => `${part.length}:${part}`).join("");
};
var objectContent = (body) => JSON.stringify(Object.entries(body).filter(([key]) => key !== "metadata" && key !== "status"));
var findingIdentity = (finding) => `${finding.ruleId}\0${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}\0${finding.message}`;
var placeOf = (related2) => `${related2.location.file}:${related2.location.startLine}:${related2.location.startColumn}:${related2.note}`;
var uniqueRelated = (related2) => {
  const seen = /* @__PURE__ */ new Set();
  return related2.filter((entry) => {
    const place = placeOf(entry);
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
};
var foldDuplicates = (findings, contentOf) => {
  const groups = /* @__PURE__ */ new Map();
  const contentIds = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = keyOf(finding, contentOf, contentIds);
    if (key === void 0) continue;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const folded = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length === 1) continue;
    const primary = group.find((finding) => !finding.fixture) ?? group[0];
    const copies = group.filter((finding) => finding !== primary).sort((a, b) => compareText(a.location.file, b.location.file) || a.location.startLine - b.location.startLine);
    for (const copy of copies) folded.set(copy, null);
    folded.set(primary, { ...primary, related: [...primary.related, ...copies.map((copy) => ({ location: copy.location, note: COPY_NOTE }))] });
  }
  return findings.flatMap((finding) => {
    const replaced = folded.get(finding);
    if (replaced === null) return [];
    const result = replaced ?? finding;
    const related2 = uniqueRelated(result.related);
    return [related2.length === result.related.length ? result : { ...result, related: related2 }];
  });
};
var foldAccessCopies = (rows) => {
  const indexOf = /* @__PURE__ */ new Map();
  const places = [];
  const folded = [];
  const placeOfRow = (row) => row.location ? `${row.location.file}:${row.location.startLine}:${row.location.startColumn}` : "";
  for (const row of rows) {
    const { location: _location, fixture: _fixture, copies: _copies, ...content } = row;
    const key = JSON.stringify(content);
    const index = indexOf.get(key);
    if (index === void 0) {
      indexOf.set(key, folded.length);
      places.push(/* @__PURE__ */ new Set([placeOfRow(row)]));
      folded.push(row);
      continue;
    }
    places[index].add(placeOfRow(row));
    if (folded[index].fixture && !row.fixture) folded[index] = row;
  }
  return folded.map((row, index) => places[index].size > 1 ? { ...row, copies: places[index].size - 1 } : row);
};

// src/report/fixtures.ts
var import_picomatch2 = __toESM(require_picomatch4(), 1);
var DEFAULT_FIXTURE_GLOBS = ["**/.chainsaw-test/**", "**/.kyverno-test/**", "**/samples/**", "**/test/**", "**/tests/**"];
var fixtureMatcher = (globs = DEFAULT_FIXTURE_GLOBS) => {
  if (globs.length === 0) return () => false;
  const matches = (0, import_picomatch2.default)([...globs], { dot: true });
  const known = /* @__PURE__ */ new Map();
  return (file) => {
    let fixture = known.get(file);
    if (fixture === void 0) {
      fixture = matches(file.split("#")[0]);
      known.set(file, fixture);
    }
    return fixture;
  };
};

// src/report/result-rows.ts
var contentByFinding = (findings, objects, workspace) => {
  const bodies = new Map(workspace.objects.map((object) => [object.ref, object.body]));
  const contents = /* @__PURE__ */ new Map();
  const contentOfObject = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const ref = objects.get(finding);
    const body = ref ? bodies.get(ref) : void 0;
    if (!ref || !body) continue;
    let content = contentOfObject.get(ref);
    if (content === void 0) contentOfObject.set(ref, content = objectContent(body));
    contents.set(findingIdentity(finding), content);
  }
  return (finding) => contents.get(findingIdentity(finding));
};
var coverageRows = (coverage, sources) => coverage.map((fact) => ({
  engine: fact.engine,
  kind: fact.policy.kind,
  name: fact.policy.name,
  ...fact.policy.namespace ? { namespace: fact.policy.namespace } : {},
  ...fact.rule ? { rule: fact.rule } : {},
  location: sources.locate(fact.policy.at),
  reads: {
    containers: fact.reads.containers !== void 0,
    initContainers: fact.reads.initContainers !== void 0,
    ephemeralContainers: fact.reads.ephemeralContainers !== void 0
  },
  receivesSubresource: fact.receivesSubresource,
  handlesUpdate: fact.handlesUpdate,
  enforces: fact.enforces,
  verdict: fact.verdict,
  reasons: fact.reasons.map((reason) => reason.text),
  ruleIds: [...new Set(fact.reasons.flatMap((reason) => reason.ruleId ? [reason.ruleId] : []))].sort(),
  ...fact.blocksEphemeralContainers && fact.verdict === "covered" ? { ephemeralControl: { scope: ephemeralControlScope(fact.blocksEphemeralContainers), location: sources.locate(fact.blocksEphemeralContainers.at) } } : {},
  basis: fact.evaluation?.basis === "evaluation" ? "proved by evaluation" : "read from the code",
  ...fact.evaluation ? { evaluation: { proof: fact.evaluation.proof, summary: fact.evaluation.summary, ...fact.evaluation.hole ? { hole: fact.evaluation.hole } : {} } } : {}
})).sort(
  (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.startLine - b.location.startLine || (a.rule ?? "").localeCompare(b.rule ?? "", "en")
);
var accessTableOf = (table, markFixture) => ({
  ...table,
  rows: foldAccessCopies(table.rows.map(markFixture))
});

// src/load/fingerprint.ts
var BLOCK_SIZE = 100;
var BASE = 37;
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var END_OF_FILE = 65535;
var TWO_POW_32 = 4294967296;
var INVERSE_TWO_POW_32 = 1 / TWO_POW_32;
var WINDOW_WEIGHT = BigInt.asUintN(64, BigInt(BASE) ** BigInt(BLOCK_SIZE));
var WINDOW_WEIGHT_HIGH = Number(WINDOW_WEIGHT >> 32n);
var WINDOW_WEIGHT_LOW = Number(WINDOW_WEIGHT & 0xffffffffn);
var WEIGHT_LOW_0 = WINDOW_WEIGHT_LOW & 65535;
var WEIGHT_LOW_1 = WINDOW_WEIGHT_LOW >>> 16;
var KEPT_BUFFER_LINES = 1 << 16;
var LineHashTable = class {
  /** @internal Built by {@link lineHashTable}. */
  constructor(highs, lows, occurrences, lines) {
    this.highs = highs;
    this.lows = lows;
    this.occurrences = occurrences;
    this.lines = lines;
  }
  highs;
  lows;
  occurrences;
  lines;
  /**
   * The hash GitHub gives a result whose primary location starts at `startLine` (1-based);
   * `undefined` where upload-sarif sets none (see {@link primaryLocationLineHash}) or beyond
   * the lines hashed.
   */
  hashOf(startLine) {
    if (startLine === void 0 || !Number.isInteger(startLine) || startLine < 1 || startLine > this.lines) return void 0;
    const line = startLine - 1;
    return `${hexOfUint64(this.highs[line] ?? 0, this.lows[line] ?? 0)}:${this.occurrences[line] ?? 0}`;
  }
};
function lineHashTable(text, lastLine = Number.POSITIVE_INFINITY) {
  const lines = new LineWindows(lastLine);
  const length = text.length;
  let high = 0;
  let low = 0;
  let kept = 0;
  let nextEnd = Number.POSITIVE_INFINITY;
  let atLineStart = true;
  let afterCarriageReturn = false;
  for (let position = 0; position < length; position++) {
    let unit = text.charCodeAt(position);
    if (unit === SPACE || unit === TAB || afterCarriageReturn && unit === LF) {
      afterCarriageReturn = false;
      continue;
    }
    afterCarriageReturn = unit === CR;
    if (afterCarriageReturn) unit = LF;
    if (kept === nextEnd) {
      nextEnd = lines.end(high, low);
      if (lines.finished) return lines.table();
    }
    if (atLineStart) {
      atLineStart = false;
      nextEnd = lines.start(kept, high, low, nextEnd);
    }
    if (unit === LF) atLineStart = true;
    const nextLow = low * BASE + unit;
    low = nextLow >>> 0;
    high = high * BASE + (nextLow - low) * INVERSE_TWO_POW_32 >>> 0;
    kept++;
  }
  for (let unit = END_OF_FILE; unit === END_OF_FILE || lines.pending; unit = 0) {
    if (kept === nextEnd) {
      nextEnd = lines.end(high, low);
      if (lines.finished) break;
    }
    if (atLineStart) {
      atLineStart = false;
      nextEnd = lines.start(kept, high, low, nextEnd);
    }
    const nextLow = low * BASE + unit;
    low = nextLow >>> 0;
    high = high * BASE + (nextLow - low) * INVERSE_TWO_POW_32 >>> 0;
    kept++;
  }
  return lines.table();
}
var LineWindows = class _LineWindows {
  constructor(lastLine) {
    this.lastLine = lastLine;
  }
  lastLine;
  static starts = new Float64Array(256);
  static prefixHighs = new Uint32Array(256);
  static prefixLows = new Uint32Array(256);
  static highs = new Uint32Array(256);
  static lows = new Uint32Array(256);
  static counter;
  started = 0;
  hashed = 0;
  /** Every line asked for is hashed. */
  get finished() {
    return this.hashed >= this.lastLine;
  }
  /** A line that started is waiting for the end of its window. */
  get pending() {
    return this.hashed < this.started && this.hashed < this.lastLine;
  }
  /** A line starts at kept unit `kept`, where P is (high, low); returns where the next window ends. */
  start(kept, high, low, nextEnd) {
    if (this.started >= this.lastLine) return nextEnd;
    if (this.started === _LineWindows.starts.length) _LineWindows.grow();
    const line = this.started++;
    _LineWindows.starts[line] = kept;
    _LineWindows.prefixHighs[line] = high;
    _LineWindows.prefixLows[line] = low;
    return line === this.hashed ? kept + BLOCK_SIZE : nextEnd;
  }
  /** The oldest pending line's window ends where P is (high, low); returns where the next one ends. */
  end(high, low) {
    const line = this.hashed++;
    const prefixHigh = _LineWindows.prefixHighs[line] ?? 0;
    const prefixLow = _LineWindows.prefixLows[line] ?? 0;
    const a0 = prefixLow & 65535;
    const a1 = prefixLow >>> 16;
    const middle = a0 * WEIGHT_LOW_1 + a1 * WEIGHT_LOW_0;
    const lowFull = a0 * WEIGHT_LOW_0 + middle % 65536 * 65536;
    const productLow = lowFull >>> 0;
    const productHigh = a1 * WEIGHT_LOW_1 + Math.floor(middle / 65536) + (lowFull - productLow) * INVERSE_TWO_POW_32 + Math.imul(prefixHigh, WINDOW_WEIGHT_LOW) + Math.imul(prefixLow, WINDOW_WEIGHT_HIGH) >>> 0;
    const difference = low - productLow;
    _LineWindows.lows[line] = difference >>> 0;
    _LineWindows.highs[line] = high - productHigh - (difference < 0 ? 1 : 0) >>> 0;
    return this.hashed < this.started ? (_LineWindows.starts[this.hashed] ?? 0) + BLOCK_SIZE : Number.POSITIVE_INFINITY;
  }
  table() {
    const lines = this.hashed;
    const highs = _LineWindows.highs.slice(0, lines);
    const lows = _LineWindows.lows.slice(0, lines);
    const occurrences = new Uint32Array(lines);
    const counter = (_LineWindows.counter ??= new OccurrenceCounter(lines)).reset(lines);
    for (let line = 0; line < lines; line++) occurrences[line] = counter.increment(highs[line] ?? 0, lows[line] ?? 0);
    if (_LineWindows.starts.length > KEPT_BUFFER_LINES) _LineWindows.shrink();
    return new LineHashTable(highs, lows, occurrences, lines);
  }
  static shrink() {
    _LineWindows.starts = new Float64Array(256);
    _LineWindows.prefixHighs = new Uint32Array(256);
    _LineWindows.prefixLows = new Uint32Array(256);
    _LineWindows.highs = new Uint32Array(256);
    _LineWindows.lows = new Uint32Array(256);
    _LineWindows.counter = void 0;
  }
  static grow() {
    const capacity = _LineWindows.starts.length * 2;
    const grown = (from, to) => {
      to.set(from);
      return to;
    };
    _LineWindows.starts = grown(_LineWindows.starts, new Float64Array(capacity));
    _LineWindows.prefixHighs = grown(_LineWindows.prefixHighs, new Uint32Array(capacity));
    _LineWindows.prefixLows = grown(_LineWindows.prefixLows, new Uint32Array(capacity));
    _LineWindows.highs = grown(_LineWindows.highs, new Uint32Array(capacity));
    _LineWindows.lows = grown(_LineWindows.lows, new Uint32Array(capacity));
  }
};
var OccurrenceCounter = class {
  highs;
  lows;
  /** 0 marks an empty slot; a used slot has counted at least once. */
  counts;
  shift = 0;
  mask = 0;
  constructor(maxKeys) {
    this.highs = new Uint32Array(0);
    this.lows = new Uint32Array(0);
    this.counts = new Uint32Array(0);
    this.reset(maxKeys);
  }
  /** Forgets every count; room for `maxKeys` keys. */
  reset(maxKeys) {
    let bits = 1;
    while (1 << bits < maxKeys * 2) bits++;
    const size = 1 << bits;
    if (size > this.counts.length) {
      this.highs = new Uint32Array(size);
      this.lows = new Uint32Array(size);
      this.counts = new Uint32Array(size);
    } else this.counts.fill(0, 0, size);
    this.shift = 32 - bits;
    this.mask = size - 1;
    return this;
  }
  /** Count one more occurrence of the hash and return how many there have been. */
  increment(high, low) {
    let index = Math.imul(low ^ Math.imul(high, 2246822507), 2654435761) >>> this.shift;
    for (; ; ) {
      const count = this.counts[index] ?? 0;
      if (count === 0) {
        this.highs[index] = high;
        this.lows[index] = low;
        this.counts[index] = 1;
        return 1;
      }
      if (this.highs[index] === high && this.lows[index] === low) {
        this.counts[index] = count + 1;
        return count + 1;
      }
      index = index + 1 & this.mask;
    }
  }
};
var HEX_OF_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
function hexOfUint64(high, low) {
  const digits = byteHex(high >>> 24) + byteHex(high >>> 16 & 255) + byteHex(high >>> 8 & 255) + byteHex(high & 255) + byteHex(low >>> 24) + byteHex(low >>> 16 & 255) + byteHex(low >>> 8 & 255) + byteHex(low & 255);
  let first = 0;
  while (first < digits.length - 1 && digits.charCodeAt(first) === 48) first++;
  return digits.slice(first);
}
function byteHex(byte) {
  return HEX_OF_BYTE[byte] ?? "00";
}

// src/rules/severity.ts
var BANDS = { error: [7, 10], warning: [4, 6.9], note: [0.1, 3.9] };
var securitySeverityForLevel = (severity, level) => {
  const [low, high] = BANDS[level];
  return Math.min(high, Math.max(low, severity));
};

// src/rules/run-rules.ts
var KNOWN_RULES2 = new Map(RULES.flatMap((rule) => [[rule.meta.id, rule.meta.id], [rule.meta.name, rule.meta.id]]));
var activeRules = (rules, levels, severities) => [...rules].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1).flatMap((rule) => {
  const level = levels[rule.meta.id] ?? levels[rule.meta.name];
  if (level === "off") return [];
  const securitySeverity2 = severities[rule.meta.id] ?? severities[rule.meta.name];
  if (!level && securitySeverity2 === void 0) return [{ rule }];
  return [{ rule: configured(rule, level, securitySeverity2), ...level ? { level } : {}, ...securitySeverity2 !== void 0 ? { securitySeverity: securitySeverity2 } : {} }];
});
var configured = (rule, level, securitySeverity2) => {
  const severity = securitySeverity2 ?? (level && rule.meta.securitySeverity !== void 0 ? securitySeverityForLevel(rule.meta.securitySeverity, level) : rule.meta.securitySeverity);
  return { ...rule, meta: { ...rule.meta, ...level ? { level } : {}, ...severity !== void 0 ? { securitySeverity: severity } : {} } };
};
var runRules = (rules, facts, sources, notifications, objects, checkTime) => {
  const drafted = [];
  const holes = provedHoles(facts.coverage);
  for (const [index, active] of rules.entries()) {
    checkTime("running the rules", () => `${rules.length - index} rules (from ${active.rule.meta.id})`);
    const { rule, level } = active;
    try {
      for (const draft of rule.check(facts)) {
        const { location, approximate } = sources.explain(draft.at);
        const data = draft.data ?? {};
        const hole = PROVABLE_RULES.has(rule.meta.id) && draft.object ? holes.get(draft.object) : void 0;
        const finding = {
          ruleId: rule.meta.id,
          ruleName: rule.meta.name,
          level: level ?? draft.level ?? rule.meta.level,
          ...securitySeverityOf(rule, active, draft.securitySeverity),
          message: interpolate(rule.meta.messages[draft.messageId] ?? draft.messageId, data) + (approximate ? ` (approximate line: ${approximate})` : "") + (hole ? ` Proved by evaluation: ${holeText(hole)}.` : ""),
          messageId: draft.messageId,
          data,
          location,
          ...draft.object ? { object: objectLabel(draft.object) } : {},
          ...hole ? { proof: hole } : {},
          related: (draft.related ?? []).map((related2) => {
            const explained = sources.explain(related2.at);
            return { location: explained.location, note: explained.approximate ? `${related2.note} (approximate line: ${explained.approximate})` : related2.note };
          })
        };
        drafted.push({ finding, object: draft.object });
      }
    } catch (error) {
      notifications.push({
        level: "error",
        message: `Internal error in rule ${rule.meta.id} (${rule.meta.name}): ${error instanceof Error ? error.message : String(error)}. Its findings are incomplete; please report this.`
      });
    }
  }
  const lastLines2 = /* @__PURE__ */ new Map();
  for (const { finding } of drafted) {
    const { file, startLine } = finding.location;
    if (startLine > (lastLines2.get(file) ?? 0)) lastLines2.set(file, startLine);
  }
  const hashes = /* @__PURE__ */ new Map();
  const findings = [];
  for (const { finding, object } of drafted) {
    const { file, startLine } = finding.location;
    let table = hashes.get(file);
    if (!table) hashes.set(file, table = lineHashTable(sources.fingerprintTextOf(file) ?? "", lastLines2.get(file) ?? 0));
    const lineHash = table.hashOf(startLine);
    const hashed = lineHash ? { ...finding, lineHash } : finding;
    findings.push(hashed);
    if (object) objects.set(hashed, object);
  }
  return dedupe(findings.sort(compareFindings));
};
var securitySeverityOf = (rule, active, override) => {
  if (!rule.meta.tags.includes("security")) return {};
  if (active.securitySeverity !== void 0) return { securitySeverity: active.securitySeverity };
  const value = override ?? rule.meta.securitySeverity;
  if (value === void 0) return {};
  return { securitySeverity: active.level ? securitySeverityForLevel(value, active.level) : value };
};
var dedupe = (findings) => findings.filter((finding, i) => {
  const previous = findings[i - 1];
  return !previous || compareFindings(previous, finding) !== 0;
});
var PROVABLE_RULES = /* @__PURE__ */ new Set(["EG101", "EG102"]);
var provedHoles = (coverage) => {
  const holes = /* @__PURE__ */ new Map();
  for (const fact of coverage) {
    if (fact.evaluation?.basis === "evaluation" && fact.evaluation.hole && !holes.has(fact.policy)) holes.set(fact.policy, fact.evaluation.hole);
  }
  return holes;
};
var holeText = (hole) => `${hole.asks} is denied as a normal container on CREATE ("${hole.deniedAsContainerWith}") and admitted as an ephemeral container on ${hole.operation} pods/${hole.subResource} (${hole.parameters})`;
var deepFreeze = (value, seen = /* @__PURE__ */ new WeakSet()) => {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Workspace) {
    deepFreeze(value.objects, seen);
    deepFreeze(value.textSources, seen);
    for (const kind of new Set(value.objects.map((object) => object.kind))) Object.freeze(value.byKind(kind));
    return value;
  }
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
};

// src/suppress/inline.ts
var IGNORE_MARKER = "ephemeral-guard-ignore";
var parseSuppressionText = (text) => {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9-]*(?:\s*,\s*[A-Za-z0-9][A-Za-z0-9-]*)*)\s*(?::|--|\s|$)(.*)$/s.exec(text);
  if (!match) return { rules: [], reason: text.trim() };
  const rules = match[1].split(",").map((rule) => rule.trim());
  const reason = match[2].replace(/^\s*(?::|--)\s*/, "").trim();
  return { rules, reason };
};
var COMMENT = new RegExp(`(^|[ \\t])#[ \\t]*${IGNORE_MARKER}(?=$|[\\s:,])(.*)$`);
var COMMENT_ONLY = /^[ \t]*#/;
var commentSuppressions = (file, text) => {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const found = [];
  let pending = [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const commentOnly = COMMENT_ONLY.test(line);
    if (!commentOnly) {
      for (const suppression2 of pending) found.push({ ...suppression2, appliesToLine: lineNumber });
      pending = [];
    }
    const match = COMMENT.exec(line);
    if (!match) return;
    const hash = match.index + match[1].length;
    const { rules, reason } = parseSuppressionText(match[2].replace(/^\s*:/, ""));
    const suppression = {
      form: "comment",
      rules,
      reason,
      location: { file, startLine: lineNumber, startColumn: hash + 1, endLine: lineNumber, endColumn: line.trimEnd().length + 1 }
    };
    if (commentOnly) pending.push(suppression);
    else found.push({ ...suppression, appliesToLine: lineNumber });
  });
  for (const suppression of pending) found.push({ ...suppression, appliesToLine: lines.length + 1 });
  return found;
};

// src/suppress/apply.ts
var RBAC_ALLOW_RULES = /* @__PURE__ */ new Set(["EG201", "EG202", "EG301"]);
var BINDING_KINDS = /* @__PURE__ */ new Set(["RoleBinding", "ClusterRoleBinding"]);
var applySuppressions = (findings, context) => {
  const notifications = [];
  const notify = (message, location) => {
    notifications.push({
      level: "note",
      message,
      ...location ? { file: location.file, region: { startLine: location.startLine, startColumn: location.startColumn, endLine: location.endLine, endColumn: location.endColumn } } : {}
    });
  };
  const describe3 = (written) => written.form === "comment" ? "This ephemeral-guard-ignore comment" : `The ${IGNORE_ANNOTATION} annotation`;
  const candidateOf = (written) => {
    if (written.rules.length === 0) {
      notify(`${describe3(written)} names no rule, so it suppresses nothing. Write the rule ids or names, then the reason: ephemeral-guard-ignore EG201 <why this is acceptable>.`, written.location);
      return void 0;
    }
    const ruleIds = /* @__PURE__ */ new Set();
    for (const rule of written.rules) {
      const id = context.knownRules.get(rule);
      if (id) ruleIds.add(id);
      else notify(`${describe3(written)} names "${rule}", which is not a rule id or name; it suppresses nothing for it. Check the spelling (ids look like EG201).`, written.location);
    }
    if (written.reason === "") {
      notify(`${describe3(written)} for ${written.rules.join(", ")} gives no reason, so the finding stays reported. Add why it is acceptable after the rule ids, e.g. "${written.rules.join(",")}: break-glass role approved in SEC-123".`, written.location);
      return void 0;
    }
    return ruleIds.size > 0 ? { written, ruleIds, used: /* @__PURE__ */ new Set() } : void 0;
  };
  const byLine = /* @__PURE__ */ new Map();
  const allCandidates = [];
  for (const file of [...context.files].sort(compareText)) {
    for (const written of commentSuppressions(file, context.sources.textOf(file) ?? "")) {
      const candidate = candidateOf(written);
      if (!candidate) continue;
      allCandidates.push(candidate);
      const key = `${file}\0${written.appliesToLine}`;
      const list2 = byLine.get(key);
      if (list2) list2.push(candidate);
      else byLine.set(key, [candidate]);
    }
  }
  const byObject = /* @__PURE__ */ new Map();
  const bindings = /* @__PURE__ */ new Map();
  for (const object of context.workspace.objects) {
    if (BINDING_KINDS.has(object.kind)) bindings.set(refKey(object.ref.at), object);
    const annotations = object.body.metadata?.annotations;
    if (typeof annotations !== "object" || annotations === null || !Object.hasOwn(annotations, IGNORE_ANNOTATION)) continue;
    const value = annotations[IGNORE_ANNOTATION];
    const at2 = childRef(object.ref.at, "metadata", "annotations", IGNORE_ANNOTATION);
    const location = context.sources.locate(at2);
    if (typeof value !== "string") {
      notify(`The ${IGNORE_ANNOTATION} annotation of ${objectLabel(object)} must be a string such as "EG201,EG202: reason"; it suppresses nothing.`, location);
      continue;
    }
    const candidate = candidateOf({ form: "annotation", ...parseSuppressionText(value), location });
    if (!candidate) continue;
    allCandidates.push(candidate);
    byObject.set(refKey(object.ref.at), [candidate]);
  }
  const allowUsed = /* @__PURE__ */ new Set();
  const allowedRoles = new Map(context.rbacAllow.flatMap((entry) => entry.kind === "role" ? [[entry.label, entry]] : []));
  const allowedSubjects = context.rbacAllow.filter((entry) => entry.kind === "subject");
  const allowOf = (finding, object) => {
    if (!object || !RBAC_ALLOW_RULES.has(finding.ruleId) || context.rbacAllow.length === 0) return void 0;
    if (object.kind === "ClusterRole" || object.kind === "Role") return allowedRoles.get(objectLabel(object));
    const binding = BINDING_KINDS.has(object.kind) ? bindings.get(refKey(object.at)) : void 0;
    if (!binding) return void 0;
    const roleRef = binding.body.roleRef;
    if (typeof roleRef?.name === "string") {
      const label = roleRef.kind === "ClusterRole" ? `ClusterRole/${roleRef.name}` : binding.namespace ? `Role/${binding.namespace}/${roleRef.name}` : void 0;
      const entry = label ? allowedRoles.get(label) : void 0;
      if (entry) return entry;
    }
    const subjects = Array.isArray(binding.body.subjects) ? binding.body.subjects : [];
    for (const entry of allowedSubjects) {
      if (entry.kind !== "subject") continue;
      for (const [index, subject] of subjects.entries()) {
        if (!isSubject(subject, entry.subject, binding.namespace)) continue;
        const region = context.sources.locate(childRef(binding.ref.at, "subjects", index));
        const line = finding.location.startLine;
        if (region.file === finding.location.file && line >= region.startLine && line <= region.endLine) return entry;
      }
    }
    return void 0;
  };
  const result = findings.map((finding) => {
    const object = context.objectOf(finding);
    const inline = [...byLine.get(`${finding.location.file}\0${finding.location.startLine}`) ?? [], ...object ? byObject.get(refKey(object.at)) ?? [] : []];
    let suppression;
    for (const candidate of inline) {
      if (!candidate.ruleIds.has(finding.ruleId)) continue;
      candidate.used.add(finding.ruleId);
      suppression ??= { kind: "inSource", justification: candidate.written.reason, location: candidate.written.location };
    }
    const allow = allowOf(finding, object);
    if (allow) {
      allowUsed.add(allow);
      suppression ??= { kind: "external", justification: `rbac.allow ${allow.label}: ${allow.reason}` };
    }
    return suppression ? { ...finding, suppression } : finding;
  });
  for (const candidate of allCandidates) {
    const stale = [...candidate.ruleIds].filter((id) => context.activeRules.has(id) && !candidate.used.has(id)).sort(compareText);
    if (stale.length === 0) continue;
    notify(
      `${describe3(candidate.written)} suppresses ${stale.join(", ")}, but no such finding is ${candidate.written.form === "comment" ? "on the line it covers" : "about this object"} (stale suppression). Remove ${stale.length === 1 ? "it" : "them"}, or move the comment onto the finding's line or the line above.`,
      candidate.written.location
    );
  }
  if ([...RBAC_ALLOW_RULES].some((id) => context.activeRules.has(id))) {
    for (const entry of context.rbacAllow) {
      if (allowUsed.has(entry)) continue;
      notify(`rbac.allow entry ${entry.label} (${entry.at.file}:${entry.at.line}:${entry.at.column}) matched no finding (stale): no scanned ${entry.kind === "role" ? "role of that name grants" : "binding gives that subject"} ephemeral containers. Remove it or fix the name.`);
    }
  }
  notifications.sort(compareNotifications);
  return { findings: result, notifications };
};
var refKey = (at2) => `${at2.file}\0${at2.doc}\0${at2.path.join("\0")}`;
var isSubject = (value, wanted, bindingNamespace) => {
  if (typeof value !== "object" || value === null) return false;
  const subject = value;
  if (subject.kind !== wanted.kind || subject.name !== wanted.name) return false;
  if (wanted.kind !== "ServiceAccount") return true;
  const namespace = typeof subject.namespace === "string" && subject.namespace !== "" ? subject.namespace : bindingNamespace;
  return namespace === wanted.namespace;
};
var compareNotifications = (a, b) => compareText(a.file ?? "", b.file ?? "") || (a.region?.startLine ?? 0) - (b.region?.startLine ?? 0) || (a.region?.startColumn ?? 0) - (b.region?.startColumn ?? 0) || compareText(a.message, b.message);

// src/scan.ts
var scan = async (request, deps) => {
  const clock = deps.clock ?? Date.now;
  const seconds = request.timeLimitSeconds ?? SCAN_TIME_LIMIT_SECONDS;
  const limitMs = seconds * 1e3;
  const checkTime = timeCheck(clock, clock() + limitMs);
  const notifications = [];
  try {
    return await scanStages(request, deps, notifications, checkTime, limitMs);
  } catch (error) {
    if (!(error instanceof ScanTimeLimitReached)) throw error;
    notifications.push({
      level: "error",
      message: `The scan's time limit of ${seconds} s ran out while ${error.stage}; not analysed: ${error.notAnalysed}. No findings are reported. Raise the limit with --time-limit (Action input time-limit), or scan fewer files.`
    });
    return {
      findings: [],
      absent: [],
      coverage: [],
      access: EMPTY_ACCESS_TABLE,
      notifications,
      stats: { filesScanned: 0, objects: 0, regoFiles: 0, otherDocuments: 0, filesSkipped: 0, gitAware: false },
      rules: [],
      sources: new SourceIndex()
    };
  }
};
var scanStages = async (request, deps, notifications, checkTime, limitMs) => {
  const discovered = await discoverTargets(deps.fs, {
    root: request.root,
    targets: request.targets ?? [{ folder: "", ...request.include ? { include: request.include } : {} }],
    ...request.exclude ? { exclude: request.exclude } : {}
  });
  const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const skipped of discovered.skipped) {
    notifications.push({ level: "warning", message: `Skipped ${skipped.file}: it ${skipped.reason}.`, file: skipped.file });
  }
  const files = [...discovered.manifests, ...discovered.regoFiles];
  const templates = discovered.charts.length + discovered.kustomizations.length;
  const progress = (stage, filesRead) => deps.onProgress?.({ stage, filesRead, files: files.length, templates });
  progress("render", 0);
  const kubernetesVersion2 = request.settings?.kubernetesVersion?.text;
  checkTime("rendering", () => "every file");
  const renderDeadline = request.render?.deadline ?? Date.now() + Math.min(TOTAL_RENDER_SECONDS * 1e3, limitMs);
  const rendered = await renderAll(discovered, { root: request.root, maxFileSize, options: { ...request.render, deadline: renderDeadline }, ...kubernetesVersion2 ? { kubernetesVersion: kubernetesVersion2 } : {} }, {
    fs: deps.fs,
    ...deps.runCommand ? { runCommand: deps.runCommand } : {},
    parseDocuments: (text) => parseYaml(text).documents,
    readDocuments: (file) => deps.fs.read(request.root, file, maxFileSize).then(
      (read) => "bytes" in read ? parseYaml(decodeText(read.bytes)).documents : void 0,
      () => void 0
    )
  });
  const { sources, problems, objects, textSources, otherDocuments, unreadObjects, skippedForSize } = await readFiles(
    { root: request.root, files, maxFileSize, rendered },
    { fs: deps.fs, onBatch: (filesRead) => progress("read", filesRead), checkTime, notifications }
  );
  progress("analyze", files.length);
  checkTime("reading the rendered documents", () => "the policies, RBAC, the probes and the rules");
  const workspace = new Workspace(objects, textSources);
  const analyzed = analyzeWorkspace(workspace, problems, request.settings ?? NO_SETTINGS, checkTime);
  const facts = request.freezeFacts ? deepFreeze(analyzed) : analyzed;
  deps.onProbes?.(workspace, facts.probes);
  deps.onFacts?.(facts);
  const rules = activeRules(request.rules ?? SCAN_RULES, request.ruleLevels ?? {}, request.securitySeverities ?? {});
  const findingObjects = /* @__PURE__ */ new WeakMap();
  const ruleFindings = runRules(rules, facts, sources, notifications, findingObjects, checkTime);
  const suppressed = applySuppressions(ruleFindings, {
    files: [...files, ...rendered.templates.map((template) => template.file)],
    sources,
    workspace,
    objectOf: (finding) => findingObjects.get(finding),
    knownRules: KNOWN_RULES2,
    activeRules: new Set(rules.map((active) => active.rule.meta.id)),
    rbacAllow: request.settings?.rbacAllow ?? []
  });
  pushAll(notifications, suppressed.notifications);
  const isFixture = fixtureMatcher(request.fixtures ?? DEFAULT_FIXTURE_GLOBS);
  const markFixture = (item) => isFixture(item.location.file) ? { ...item, fixture: true } : item;
  const marked = suppressed.findings.map(markFixture);
  const baseline = request.baseline && rebaseBaseline(request.baseline, [...(request.targets ?? []).map((target) => target.folder), ...request.baselineFolders ?? []], new Set(files));
  const compared = baseline ? compareWithBaseline(marked, baseline) : { findings: marked, absent: [] };
  return {
    findings: foldDuplicates(compared.findings, contentByFinding(ruleFindings, findingObjects, workspace)),
    absent: compared.absent,
    coverage: coverageRows(facts.coverage, sources).map(markFixture),
    access: accessTableOf(markAllowedRows(accessRows(facts.guards, (at2) => sources.locate(at2)), suppressed.findings), markFixture),
    notifications,
    stats: {
      filesScanned: files.length,
      objects: objects.length + unreadObjects,
      regoFiles: textSources.length,
      otherDocuments,
      filesSkipped: skippedForSize + discovered.skipped.length + rendered.unrenderedTemplates,
      gitAware: discovered.gitAware
    },
    rules: rules.map((active) => active.rule),
    sources
  };
};

// src/write-output.ts
import { lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute as isAbsolute3, join as join2, relative as relative3, sep as sep2 } from "node:path";
var writeOutputFile = async (path, text, options = {}) => {
  const folder = dirname(path);
  if (options.inside !== void 0) {
    const rel = relative3(options.inside, folder);
    if (rel !== "" && !rel.startsWith("..") && !isAbsolute3(rel)) {
      let current = options.inside;
      for (const part of rel.split(sep2)) {
        current = join2(current, part);
        const info = await lstat(current).catch((error) => error.code === "ENOENT" ? void 0 : Promise.reject(error));
        if (info === void 0) break;
        if (info.isSymbolicLink()) throw refusal(`${current} is a symbolic link`);
        if (!info.isDirectory()) throw refusal(`${current} is not a folder`);
      }
    }
  }
  await mkdir(folder, { recursive: true });
  const existing = await lstat(path).catch((error) => error.code === "ENOENT" ? void 0 : Promise.reject(error));
  if (existing?.isSymbolicLink()) throw refusal(`${path} is a symbolic link`);
  if (existing && !existing.isFile()) throw refusal(`${path} is not a regular file`);
  const temporary = join2(folder, `.${basename(path)}.${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx", mode: 420 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
};
var refusal = (what) => Object.assign(new Error(`${what}; refusing to write through it`), { code: "ELINK" });
var writeFailure = (error) => {
  const code = error?.code;
  return code === "ELINK" && error instanceof Error ? error.message : code ?? String(error);
};

export {
  nodeFileSystem,
  gitTopLevel,
  literalGlob,
  printableText,
  printableData,
  parseYaml,
  parseRenderSelection,
  didYouMean,
  resolveScanRequest,
  deciderOf,
  require_picomatch4 as require_picomatch,
  BUILTIN_EXCLUDE,
  EMPTY_ACCESS_TABLE,
  worstGuarded,
  summaryRows,
  accessTextTable,
  COPY_NOTE,
  scan,
  writeOutputFile,
  writeFailure
};
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
