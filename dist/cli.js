#!/usr/bin/env node
import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// ../../work/main/node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
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

// ../../work/main/node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// ../../work/main/node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/fs.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/path.js"(exports) {
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

// ../../work/main/node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "../../work/main/node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// ../../work/main/node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "../../work/main/node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check2 = strictCheck;
      if (options && options.strict === false) {
        check2 = relaxedCheck;
      }
      return check2(str);
    };
  }
});

// ../../work/main/node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "../../work/main/node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// ../../work/main/node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "../../work/main/node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
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

// ../../work/main/node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "../../work/main/node_modules/braces/lib/stringify.js"(exports, module) {
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

// ../../work/main/node_modules/is-number/index.js
var require_is_number = __commonJS({
  "../../work/main/node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// ../../work/main/node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "../../work/main/node_modules/to-regex-range/index.js"(exports, module) {
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
      stops.sort(compare);
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
    function compare(a, b) {
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
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
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

// ../../work/main/node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "../../work/main/node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject3 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
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
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
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
      if (isObject3(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject3(step)) return invalidStep(step, opts);
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

// ../../work/main/node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "../../work/main/node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
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
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// ../../work/main/node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "../../work/main/node_modules/braces/lib/expand.js"(exports, module) {
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
      const walk = (node, parent = {}) => {
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
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// ../../work/main/node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "../../work/main/node_modules/braces/lib/constants.js"(exports, module) {
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

// ../../work/main/node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "../../work/main/node_modules/braces/lib/parse.js"(exports, module) {
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
    var parse2 = (input, options = {}) => {
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
    module.exports = parse2;
  }
});

// ../../work/main/node_modules/braces/index.js
var require_braces = __commonJS({
  "../../work/main/node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse2 = require_parse();
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
    braces.parse = (input, options = {}) => parse2(input, options);
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
      return compile(input, options);
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

// ../../work/main/node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "../../work/main/node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
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

// ../../work/main/node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "../../work/main/node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
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
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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

// ../../work/main/node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "../../work/main/node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
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
      let str = input;
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
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
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
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
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

// ../../work/main/node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "../../work/main/node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
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
    var parse2 = (input, options) => {
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
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate2 = () => {
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
            negate2();
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
    parse2.fastpaths = (input, options) => {
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
      const create = (str) => {
        switch (str) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str);
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
    module.exports = parse2;
  }
});

// ../../work/main/node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "../../work/main/node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan2 = require_scan();
    var parse2 = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
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
    picomatch.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix2 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan2(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// ../../work/main/node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "../../work/main/node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// ../../work/main/node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "../../work/main/node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
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
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
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
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
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
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
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

// ../../work/main/node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/pattern.js"(exports) {
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
      const basename = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
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
      const relative3 = [];
      for (const pattern of patterns) {
        if (isAbsolute3(pattern)) {
          absolute.push(pattern);
        } else {
          relative3.push(pattern);
        }
      }
      return [absolute, relative3];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute3(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute3;
  }
});

// ../../work/main/node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "../../work/main/node_modules/merge2/index.js"(exports, module) {
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

// ../../work/main/node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge3(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge3;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// ../../work/main/node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/string.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/utils/index.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "../../work/main/node_modules/fast-glob/out/managers/tasks.js"(exports) {
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
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
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

// ../../work/main/node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
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
        settings.fs.stat(path, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat2);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
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

// ../../work/main/node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat2 = settings.fs.lstatSync(path);
      if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat2;
      }
      try {
        const stat2 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
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

// ../../work/main/node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// ../../work/main/node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "../../work/main/node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// ../../work/main/node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "../../work/main/node_modules/run-parallel/index.js"(exports, module) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// ../../work/main/node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
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

// ../../work/main/node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "../../work/main/node_modules/reusify/reusify.js"(exports, module) {
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

// ../../work/main/node_modules/fastq/queue.js
var require_queue = __commonJS({
  "../../work/main/node_modules/fastq/queue.js"(exports, module) {
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
        var p = new Promise(function(resolve4, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve4(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve4, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve4(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve4) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve4();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve4();
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
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

// ../../work/main/node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "../../work/main/node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
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

// ../../work/main/node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/readers/reader.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/readers/stream.js"(exports) {
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
        return new Promise((resolve4, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve4(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// ../../work/main/node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/readers/async.js"(exports) {
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
        return new Promise((resolve4, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve4(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve4, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve4(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// ../../work/main/node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/filters/error.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/provider.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/async.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/stream.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/readers/sync.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/providers/sync.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/settings.js"(exports) {
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

// ../../work/main/node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "../../work/main/node_modules/fast-glob/out/index.js"(exports, module) {
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
      let posix2;
      (function(posix3) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix3.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix3.convertPathToPattern = convertPathToPattern2;
      })(posix2 = FastGlob2.posix || (FastGlob2.posix = {}));
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

// src/cli.ts
import { mkdir, readFile as readFile2, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/cli/run-cli.ts
import { stat } from "node:fs/promises";
import { relative, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/config/resolve.ts
import { isAbsolute, resolve } from "node:path";

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};

// src/rules/rule.ts
var defineRule = (rule) => rule;

// src/rules/eg001-invalid-manifest.ts
var eg001_invalid_manifest_default = defineRule({
  meta: {
    id: "EG001",
    name: "invalid-manifest",
    short: "A file in scope is not valid YAML or JSON, or a document in it is not an object.",
    level: "warning",
    tags: ["input"],
    messages: { invalid: "{{detail}}" }
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId === "EG001") yield { messageId: "invalid", data: { detail: problem.message }, at: problem.at };
    }
  }
});

// src/rules/eg002-unrendered-template.ts
var eg002_unrendered_template_default = defineRule({
  meta: {
    id: "EG002",
    name: "unrendered-template",
    short: "A Helm chart or kustomization was found but not rendered, so what it deploys was not analysed.",
    level: "note",
    tags: ["input"],
    messages: { unrendered: "{{detail}}" }
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId === "EG002") yield { messageId: "unrendered", data: { detail: problem.message }, at: problem.at };
    }
  }
});

// src/rules/eg003-policy-not-analyzable.ts
var eg003_policy_not_analyzable_default = defineRule({
  meta: {
    id: "EG003",
    name: "policy-not-analyzable",
    short: "A policy's logic could not be parsed or followed, so its ephemeral-container coverage is unknown.",
    level: "note",
    tags: ["input"],
    messages: { unknown: "{{detail}}" }
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId === "EG003") yield { messageId: "unknown", data: { detail: problem.message }, at: problem.at };
    }
  }
});

// src/model/container-fields.ts
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
var containerFieldCategory = (field) => {
  const head = field.split(".", 1)[0] ?? "";
  if (head === "securityContext") return "security";
  if (head === "image" || head === "imagePullPolicy") return "image";
  if (FORBIDDEN_ON_EPHEMERAL.has(head)) return "forbidden";
  return "settable";
};
var FORBIDDEN_ON_EPHEMERAL = /* @__PURE__ */ new Set([
  "ports",
  "livenessProbe",
  "readinessProbe",
  "startupProbe",
  "lifecycle",
  "resources",
  "resizePolicy",
  "restartPolicy"
]);
var isSettableOnEphemeral = (category) => category === "security" || category === "image" || category === "settable";

// src/analyze/verdict.ts
var ephemeralRelevantChecks = (checks) => checks.filter((check2) => (check2.role ?? "check") === "check" && isSettableOnEphemeral(check2.category));
var decideVerdict = (input) => {
  const relevant = ephemeralRelevantChecks(input.checks);
  const unknowns = input.unknowns ?? [];
  if (relevant.length === 0) {
    if (unknowns.length > 0) return { verdict: "unknown", reasons: unknowns.map((u) => ({ ruleId: "EG003", text: u.note, at: u.at })) };
    return { verdict: "not-applicable", reasons: [{ text: "checks no container field an ephemeral container can set" }] };
  }
  const reasons = [];
  if (input.receivesSubresource === "no") {
    if (input.controllersOnly) reasons.push({ ruleId: "EG104", text: input.controllersOnly.note, at: input.controllersOnly.at });
    else reasons.push({ ruleId: "EG103", text: input.subresourceEvidence?.note ?? "never receives pods/ephemeralcontainers", ...input.subresourceEvidence ? { at: input.subresourceEvidence.at } : {} });
  }
  if (input.handlesUpdate === "no") {
    reasons.push({ ruleId: "EG102", text: input.updateEvidence?.note ?? "skips every UPDATE request", ...input.updateEvidence ? { at: input.updateEvidence.at } : {} });
  }
  if (!input.reads.ephemeralContainers && (input.reads.containers || input.reads.initContainers)) {
    const seen = input.reads.containers ?? input.reads.initContainers;
    reasons.push({ ruleId: "EG101", text: "reads containers but never ephemeralContainers", at: seen.at });
  }
  if (reasons.length > 0) return { verdict: "not-covered", reasons };
  const enforcement = input.enforces === "no" ? [{ text: "audit or warn only: violations are reported, not denied" }] : [];
  const undecided = [input.receivesSubresource, input.handlesUpdate].includes("unknown") || unknowns.length > 0;
  if (undecided || !input.reads.ephemeralContainers) {
    return {
      verdict: "unknown",
      reasons: unknowns.length > 0 ? unknowns.map((u) => ({ ruleId: "EG003", text: u.note, at: u.at })) : [{ text: "could not tell whether it receives, evaluates and enforces on ephemeral containers" }]
    };
  }
  return { verdict: "covered", reasons: [{ text: "reads ephemeralContainers, receives the subresource and evaluates UPDATE" }, ...enforcement] };
};

// src/model/object-ref.ts
var objectLabel = (object) => object.namespace ? `${object.kind}/${object.namespace}/${object.name}` : `${object.kind}/${object.name}`;

// src/rules/eg101-policy-skips-ephemeral-containers.ts
var MAX_FIELDS = 4;
var fieldsMissingEphemeral = (fact, onlyMissing = true) => {
  const all = ephemeralRelevantChecks(fact.checks);
  const missing = all.filter((c) => !(c.lists ?? []).includes("ephemeralContainers"));
  const relevant = onlyMissing && missing.length > 0 ? missing : all;
  const names = [...new Set([...relevant].sort((a, b) => (a.category === "security" ? 0 : 1) - (b.category === "security" ? 0 : 1)).map((c) => c.field))];
  const shown = names.slice(0, MAX_FIELDS).join(", ");
  const fields = names.length > MAX_FIELDS ? `${shown} and ${names.length - MAX_FIELDS} more` : shown || "container fields";
  return { fields, security: relevant.some((c) => c.category === "security") };
};
var activatorsOf = (fact) => (fact.activatedBy ?? []).map((object) => ({ at: object.at, note: `${objectLabel(object)} puts this policy into effect` }));
var FIX = {
  gatekeeper: "Read spec.ephemeralContainers as well: in Rego, the gatekeeper-library idiom is a third clause `input_containers[c] { c := input.review.object.spec.ephemeralContainers[_] }`; in CEL, add `variables.anyObject.spec.?ephemeralContainers.orValue([])` to the list checked.",
  kyverno: "Add an `=(ephemeralContainers)` branch beside `containers` in the pattern, or name ephemeralContainers in the foreach list / deny JMESPath (`request.object.spec.[ephemeralContainers, initContainers, containers][]`).",
  "kyverno-cel": "Add `object.spec.?ephemeralContainers.orValue([])` to the containers the expressions check.",
  "validating-admission-policy": "Add `object.spec.?ephemeralContainers.orValue([])` to the containers the expressions check.",
  "mutating-admission-policy": "Add `object.spec.?ephemeralContainers.orValue([])` to the containers the expressions check."
};
var DEFAULT_FIX = "Check spec.ephemeralContainers with the same rules as containers.";
var eg101_policy_skips_ephemeral_containers_default = defineRule({
  meta: {
    id: "EG101",
    name: "policy-skips-ephemeral-containers",
    short: "A policy checks container fields on containers and initContainers but never on ephemeralContainers.",
    level: "warning",
    securitySeverity: 6.5,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      skips: "{{policy}} checks {{fields}} on containers and initContainers but never reads ephemeralContainers: anyone who may add an ephemeral container (kubectl debug) can run one that breaks this policy in any Pod it admits. {{fix}}"
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== "not-covered") continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== "EG101") continue;
        const { fields, security } = fieldsMissingEphemeral(fact);
        yield {
          messageId: "skips",
          data: { policy: objectLabel(fact.policy), fields, fix: FIX[fact.engine] ?? DEFAULT_FIX },
          at: reason.at ?? fact.policy.at,
          object: fact.policy,
          related: activatorsOf(fact),
          ...security ? { level: "error", securitySeverity: 8.1 } : {}
        };
      }
    }
  }
});

// src/model/source-ref.ts
var isTextRef = (ref) => "start" in ref;
var childRef = (ref, ...path) => ({
  file: ref.file,
  doc: ref.doc,
  path: [...ref.path, ...path]
});
var spanRef = (ref, start, end) => ({
  file: ref.file,
  doc: ref.doc,
  path: ref.path,
  span: { start, end }
});

// src/model/pod-specs.ts
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
var POD_CONTROLLER_KINDS = new Set(
  Object.keys(POD_SPEC_PATHS).filter((kind) => kind !== "Pod" && kind !== "PodTemplate")
);
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var podSpecOf = (object) => {
  const path = POD_SPEC_PATHS[object.kind];
  if (!path || !object.apiVersion.match(/^(v1|apps\/v1|batch\/v1|batch\/v1beta1|extensions\/v1beta1|apps\/v1beta[12])$/)) return void 0;
  let value = object.body;
  for (const key of path) value = isObject(value) ? value[key] : void 0;
  return isObject(value) ? { object, spec: value, at: childRef(object.ref.at, ...path) } : void 0;
};
function* containersOf(site) {
  for (const list of CONTAINER_LISTS) {
    const containers = site.spec[list];
    if (!Array.isArray(containers)) continue;
    for (const [index, container] of containers.entries()) {
      if (isObject(container)) yield { list, index, container, at: childRef(site.at, list, index) };
    }
  }
}

// src/analyze/gatekeeper/constraints.ts
var CONSTRAINT_GROUP = "constraints.gatekeeper.sh/";
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var strings = (value) => Array.isArray(value) && value.every((v) => typeof v === "string") ? value : void 0;
var constraintsOf = (workspace, kind) => workspace.byKind(kind).filter((object) => object.apiVersion.startsWith(CONSTRAINT_GROUP));
var KINDS_NOTE = "match.kinds";
var constraintMatch = (constraint) => {
  const specRef = childRef(constraint.ref.at, "spec");
  const spec = constraint.body["spec"];
  const match = isRecord(spec) ? spec["match"] : void 0;
  const matchRef = childRef(specRef, "match");
  const whole = { at: constraint.ref.at, note: "matches every kind" };
  if (match === void 0 || match === null) return { matchesPod: "yes", at: whole };
  if (!isRecord(match)) return { matchesPod: "unknown", at: { at: matchRef, note: "match is not an object" } };
  if (match["source"] === "Generated") return { matchesPod: "no", at: { at: childRef(matchRef, "source"), note: "source: Generated matches expanded resources only, never an admission request" } };
  const kinds = match["kinds"];
  const kindsRef = childRef(matchRef, "kinds");
  if (kinds === void 0 || kinds === null || Array.isArray(kinds) && kinds.length === 0) return { matchesPod: "yes", at: whole };
  if (!Array.isArray(kinds)) return { matchesPod: "unknown", at: { at: kindsRef, note: `${KINDS_NOTE} is not a list` } };
  let controllers;
  let unreadable;
  for (const [i, entry] of kinds.entries()) {
    const entryRef = childRef(kindsRef, i);
    if (!isRecord(entry)) {
      unreadable ??= { at: entryRef, note: `${KINDS_NOTE}[${i}] is not an object` };
      continue;
    }
    const names = entry["kinds"] === void 0 || entry["kinds"] === null ? [] : strings(entry["kinds"]);
    const groups = entry["apiGroups"] === void 0 || entry["apiGroups"] === null ? [] : strings(entry["apiGroups"]);
    if (names === void 0 || groups === void 0) {
      unreadable ??= { at: entryRef, note: `${KINDS_NOTE}[${i}] has a kinds or apiGroups that is not a list of strings` };
      continue;
    }
    const kindOk = names.length === 0 || names.includes("*") || names.includes("Pod");
    const groupOk = groups.length === 0 || groups.includes("*") || groups.includes("");
    if (kindOk && groupOk) return { matchesPod: "yes", at: { at: entryRef, note: "matches Pod" } };
    const controller = names.findIndex((name) => POD_CONTROLLER_KINDS.has(name));
    if (controller >= 0 && controllers === void 0) {
      controllers = { at: childRef(entryRef, "kinds", controller), note: `matches ${names.join(", ")}, never Pod` };
    }
  }
  if (unreadable) return { matchesPod: "unknown", at: unreadable };
  return { matchesPod: "no", ...controllers && { controllers }, at: controllers ?? { at: kindsRef, note: "matches no Pod" } };
};
var constraintScope = (constraints, templateName) => {
  if (constraints.length === 0) return { receivesSubresource: "yes", enforces: "unknown" };
  const matches = constraints.map(constraintMatch);
  const pod = matches.find((m) => m.matchesPod === "yes");
  const unknown = matches.find((m) => m.matchesPod === "unknown");
  const receives = pod ? { receivesSubresource: "yes", subresourceEvidence: pod.at } : unknown ? { receivesSubresource: "unknown", subresourceEvidence: unknown.at } : matches.every((m) => m.controllers) ? {
    receivesSubresource: "no",
    controllersOnly: {
      at: matches[0].controllers.at,
      note: `every Constraint of ${templateName} matches only pod controllers (${matches[0].controllers.note}), whose pod templates can never hold an ephemeral container`
    }
  } : { receivesSubresource: "no", subresourceEvidence: { at: matches[0].at.at, note: `no Constraint of ${templateName} matches Pod` } };
  return { ...receives, ...enforcementOf(constraints) };
};
var enforcementOf = (constraints) => {
  let unknown;
  let first;
  for (const constraint of constraints) {
    const spec = constraint.body["spec"];
    const action = isRecord(spec) ? spec["enforcementAction"] : void 0;
    const at2 = childRef(constraint.ref.at, "spec", "enforcementAction");
    if (action === void 0 || action === null || action === "deny") return { enforces: "yes" };
    if (action === "scoped") {
      const scoped = isRecord(spec) ? spec["scopedEnforcementActions"] : void 0;
      if (Array.isArray(scoped) && scoped.some((s) => isRecord(s) && s["action"] === "deny")) return { enforces: "yes" };
      first ??= { at: at2, note: "enforcementAction: scoped, without a deny action" };
      continue;
    }
    if (action === "dryrun" || action === "warn") {
      first ??= { at: at2, note: `enforcementAction: ${action}` };
      continue;
    }
    unknown ??= { at: at2, note: `enforcementAction ${JSON.stringify(action)} is not one Gatekeeper knows` };
  }
  if (unknown) return { enforces: "unknown", enforcementEvidence: unknown };
  return { enforces: "no", ...first && { enforcementEvidence: first } };
};
var parameterStrings = (constraints, path) => {
  if (constraints.length === 0) return void 0;
  const out = /* @__PURE__ */ new Set();
  for (const constraint of constraints) {
    let value = constraint.body["spec"];
    for (const key of ["parameters", ...path]) value = isRecord(value) ? value[key] : void 0;
    const list = typeof value === "string" ? [value] : strings(value);
    if (list === void 0) return void 0;
    for (const s of list) out.add(s);
  }
  return [...out].sort();
};

// src/analyze/cel/cel-values.ts
var OPAQUE = { k: "opaque" };
var EMPTY = { k: "empty" };
var LOST = { k: "lost" };
var POD_SPEC_PATHS2 = [
  { path: ["spec"], scope: "pod" },
  { path: ["spec", "template", "spec"], scope: "pod-template" },
  { path: ["spec", "jobTemplate", "spec", "template", "spec"], scope: "pod-template" }
];
var startsWithPath = (path, prefix) => path.length >= prefix.length && prefix.every((segment, i) => path[i] === segment);
var podSpecOf2 = (path) => {
  let found;
  for (const candidate of POD_SPEC_PATHS2) {
    if (startsWithPath(path, candidate.path) && (found === void 0 || candidate.path.length > found.path.length)) {
      found = candidate;
    }
  }
  return found;
};
var leadsToPodSpec = (path) => POD_SPEC_PATHS2.some((candidate) => startsWithPath(candidate.path, path));
var holdsContainers = (value) => {
  switch (value.k) {
    case "container":
      return value.path.length === 0;
    case "object":
      return leadsToPodSpec(value.path);
    case "list":
      return holdsContainers(value.elem);
    case "alt":
      return value.of.some(holdsContainers);
    case "map":
      return [...value.entries.values()].some(holdsContainers);
    default:
      return false;
  }
};
var MAX_ALTERNATIVES = 32;
var sameValue = (a, b) => {
  if (a.k !== b.k) return false;
  if (a.k === "object" && b.k === "object") return a.path.join("\0") === b.path.join("\0");
  if (a.k === "container" && b.k === "container") return a.path.join("\0") === b.path.join("\0");
  return a.k === "opaque" || a.k === "request" || a.k === "variables" || a.k === "lost";
};
var mergeInto = (into, value) => {
  if (value.k === "empty") return;
  if (value.k === "alt") {
    for (const each of value.of) mergeInto(into, each);
    return;
  }
  for (let i = 0; i < into.length; i++) {
    const existing = into[i];
    if (existing === void 0) continue;
    if (existing.k === "list" && value.k === "list") {
      into[i] = { k: "list", elem: join(existing.elem, value.elem) };
      return;
    }
    if (existing.k === "container" && value.k === "container" && sameValue(existing, value)) {
      const lists = [...existing.lists];
      for (const list of value.lists) if (!lists.includes(list)) lists.push(list);
      into[i] = { k: "container", lists, path: existing.path };
      return;
    }
    if (sameValue(existing, value)) return;
  }
  into.push(value);
};
var join = (a, b) => {
  if (a.k === "empty") return b;
  if (b.k === "empty") return a;
  if (a.k === "opaque" && b.k === "opaque") return OPAQUE;
  const merged = [];
  mergeInto(merged, a);
  mergeInto(merged, b);
  if (merged.some((value) => value.k === "lost")) return LOST;
  if (merged.length > MAX_ALTERNATIVES) return LOST;
  if (merged.length === 0) return EMPTY;
  if (merged.length === 1) return merged[0] ?? EMPTY;
  return { k: "alt", of: merged };
};

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/errors.js
var CelError = class extends Error {
  #node;
  #code;
  #range;
  #summary;
  constructor({ name, code, message, node, cause, range }) {
    super(message, cause ? { cause } : void 0);
    this.name = name;
    this.#code = code;
    this.#summary = message;
    this.#node = node;
    this.#range = range && normalizeRange(range) || normalizeRange(node);
    if (!node?.input) return;
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
  }
  get node() {
    return this.#node;
  }
  get code() {
    return this.#code;
  }
  get range() {
    return this.#range;
  }
  get summary() {
    return this.#summary;
  }
  withAst(node) {
    if (this.#node || !node?.input) return this;
    this.#node = node;
    this.#range ??= normalizeRange(node);
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
    return this;
  }
};
function normalizeArgs(name, defaultCode, message, node, cause) {
  if (typeof message === "string") return { name, code: defaultCode, message, node, cause };
  const opts = message;
  if (typeof opts !== "object") throw new Error("First param to error must be a string or object");
  return {
    name,
    code: opts.code || defaultCode,
    message: opts.message,
    node: opts.node,
    cause: opts.cause,
    range: opts.range
  };
}
var ParseError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("ParseError", "parse_error", message, node, cause));
  }
};
var EvaluationError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("EvaluationError", "evaluation_error", message, node, cause));
  }
};
var TypeError2 = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("TypeError", "type_error", message, node, cause));
  }
};
function parseError(code, message, node) {
  if (typeof code === "object") return new ParseError(code);
  return new ParseError({ code, message, node });
}
function evaluationError(code, message, node) {
  if (typeof code === "object") return new EvaluationError(code);
  return new EvaluationError({ code, message, node });
}
function typeError(code, message, node) {
  if (typeof code === "object") return new TypeError2(code);
  return new TypeError2({ code, message, node });
}
function normalizeRange(node) {
  const start = node?.pos ?? node?.start;
  if (typeof start !== "number") return;
  const end = typeof node.end === "number" ? node.end : start;
  return { start, end };
}
function formatErrorWithHighlight(message, node, range) {
  const pos = node.pos ?? range?.start;
  if (typeof pos !== "number") return message;
  const input = node.input;
  let lineNum = 1;
  let currentPos = 0;
  let columnNum = 0;
  while (currentPos < pos) {
    if (input[currentPos] === "\n") {
      lineNum++;
      columnNum = 0;
    } else {
      columnNum++;
    }
    currentPos++;
  }
  let contextStart = pos;
  let contextEnd = pos;
  while (contextStart > 0 && input[contextStart - 1] !== "\n") contextStart--;
  while (contextEnd < input.length && input[contextEnd] !== "\n") contextEnd++;
  const line = input.slice(contextStart, contextEnd);
  const highlight = `> ${`${lineNum}`.padStart(4, " ")} | ${line}
${" ".repeat(9 + columnNum)}^`;
  return `${message}

${highlight}`;
}
function attachErrorAst(error, node) {
  if (error instanceof CelError) return error.withAst(node);
  return error;
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/optional.js
var Optional = class _Optional {
  #value;
  constructor(value) {
    this.#value = value;
  }
  static of(value) {
    if (value === void 0) return OPTIONAL_NONE;
    return new _Optional(value);
  }
  static none() {
    return OPTIONAL_NONE;
  }
  hasValue() {
    return this.#value !== void 0;
  }
  value() {
    if (this.#value === void 0) {
      throw evaluationError("optional_value_missing", "Optional value is not present");
    }
    return this.#value;
  }
  or(optional) {
    if (this.#value !== void 0) return this;
    if (optional instanceof _Optional) return optional;
    throw evaluationError(
      "invalid_optional_argument",
      "Optional.or must be called with an Optional argument"
    );
  }
  orValue(defaultValue) {
    return this.#value === void 0 ? defaultValue : this.#value;
  }
  get [Symbol.toStringTag]() {
    return "optional";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return this.#value === void 0 ? `Optional { none }` : `Optional { value: ${JSON.stringify(this.#value)} }`;
  }
};
var OPTIONAL_NONE = Object.freeze(new Optional());
var OptionalNamespace = class {
};
var optionalNamespace = new OptionalNamespace();
function toggleOptionalTypes(registry, enable) {
  const optionalConstant = enable ? optionalNamespace : void 0;
  registry.deleteVariable("optional");
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
}
function register(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const optionalConstant = registry.enableOptionalTypes ? optionalNamespace : void 0;
  registry.registerType("OptionalNamespace", OptionalNamespace);
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
  functionOverload("optional.hasValue(): bool", (v) => v.hasValue());
  functionOverload("optional<A>.value(): A", (v) => v.value());
  registry.registerFunctionOverload("OptionalNamespace.none(): optional<T>", () => Optional.none());
  functionOverload("OptionalNamespace.of(A): optional<A>", (_, value) => Optional.of(value));
  function ensureOptional(value, ast, description) {
    if (value instanceof Optional) return value;
    throw evaluationError("optional_expected", `${description} must be optional`, ast);
  }
  function evaluateOptional(ev, macro, ctx) {
    const v = ev.run(macro.receiver, ctx);
    if (v instanceof Promise) return v.then((_v) => handleOptionalResolved(_v, ev, macro, ctx));
    return handleOptionalResolved(v, ev, macro, ctx);
  }
  function handleOptionalResolved(value, ev, macro, ctx) {
    const optional = ensureOptional(value, macro.receiver, `${macro.functionDesc} receiver`);
    if (optional.hasValue()) return macro.onHasValue(optional);
    return macro.onEmpty(ev, macro, ctx);
  }
  function ensureOptionalType(checker, node, ctx, description) {
    const type = checker.check(node, ctx);
    if (type.kind === "optional") return type;
    if (type.kind === "dyn") return checker.getType("optional");
    throw checker.createError("optional_expected", `${description} must be optional, got '${type}'`, node);
  }
  function createOptionalMacro({ functionDesc, evaluate: evaluate2, typeCheck, onHasValue, onEmpty }) {
    return ({ ast, args, receiver }) => ({
      ast,
      functionDesc,
      receiver,
      arg: args[0],
      evaluate: evaluate2,
      typeCheck,
      onHasValue,
      onEmpty
    });
  }
  const invalidOrValueReceiver = "optional.orValue() receiver";
  const invalidOrReceiver = "optional.or(optional) receiver";
  const invalidOrArg = "optional.or(optional) argument";
  registry.registerFunctionOverload(
    "optional.or(ast): optional<dyn>",
    createOptionalMacro({
      functionDesc: "optional.or(optional)",
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrReceiver);
        const r = ensureOptionalType(check2, macro.arg, ctx, invalidOrArg);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      },
      onHasValue: (optional) => optional,
      onEmpty(ev, macro, ctx) {
        const ast = macro.arg;
        const v = ev.run(ast, ctx);
        if (v instanceof Promise) return v.then((_v) => ensureOptional(_v, ast, invalidOrArg));
        return ensureOptional(v, ast, invalidOrArg);
      }
    })
  );
  registry.registerFunctionOverload(
    "optional.orValue(ast): dyn",
    createOptionalMacro({
      functionDesc: "optional.orValue(value)",
      onHasValue: (optionalValue) => optionalValue.value(),
      onEmpty(ev, macro, ctx) {
        return ev.run(macro.arg, ctx);
      },
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrValueReceiver).valueType;
        const r = check2.check(macro.arg, ctx);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      }
    })
  );
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/globals.js
var hasOwn = Object.hasOwn;
var objKeys = Object.keys;
var objFreeze = Object.freeze;
var objEntries = Object.entries;
var isArray = Array.isArray;
var arrayFrom = Array.from;
var MIN_UINT = 0n;
var MAX_UINT = 18446744073709551615n;
var MAX_INT = 9223372036854775807n;
var MIN_INT = -9223372036854775808n;
function isAsync(fn, fallback) {
  if (fn?.[Symbol.toStringTag] === "AsyncFunction") return true;
  return typeof fallback === "boolean" ? fallback : true;
}
var RESERVED = /* @__PURE__ */ new Set([
  "as",
  "break",
  "const",
  "continue",
  "else",
  "for",
  "function",
  "if",
  "import",
  "let",
  "loop",
  "package",
  "namespace",
  "return",
  "var",
  "void",
  "while",
  "__proto__",
  "prototype"
]);

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/functions.js
var UnsignedInt = class {
  #value;
  constructor(value) {
    this.verify(typeof value === "bigint" ? value : BigInt(value));
  }
  get value() {
    return this.#value;
  }
  valueOf() {
    return this.#value;
  }
  toString() {
    return `${this.#value}`;
  }
  verify(v) {
    if (v < MIN_UINT || v > MAX_UINT) {
      throw evaluationError("numeric_overflow", "Unsigned integer overflow");
    }
    this.#value = v;
  }
  get [Symbol.toStringTag]() {
    return `value = ${this.#value}`;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `UnsignedInteger { value: ${this.#value} }`;
  }
};
var billion = 1e9;
var billionBigInt = 1000000000n;
var UNIT_NANOSECONDS = {
  h: 3600000000000n,
  m: 60000000000n,
  s: billionBigInt,
  ms: 1000000n,
  us: 1000n,
  µs: 1000n,
  ns: 1n
};
var Duration = class _Duration {
  #seconds;
  #nanos;
  constructor(seconds, nanos = 0) {
    this.#seconds = BigInt(seconds);
    this.#nanos = nanos;
  }
  get seconds() {
    return this.#seconds;
  }
  get nanos() {
    return this.#nanos;
  }
  valueOf() {
    return Number(this.#seconds) * 1e3 + this.#nanos / 1e6;
  }
  static fromMilliseconds(ms) {
    const totalNanos = BigInt(Math.trunc(ms * 1e6));
    const seconds = totalNanos / billionBigInt;
    const nanos = Number(totalNanos % billionBigInt);
    return new _Duration(seconds, nanos);
  }
  addDuration(other) {
    const nanos = this.#nanos + other.nanos;
    return new _Duration(
      this.#seconds + other.seconds + BigInt(Math.floor(nanos / billion)),
      nanos % billion
    );
  }
  subtractDuration(other) {
    const nanos = this.#nanos - other.nanos;
    return new _Duration(
      this.#seconds - other.seconds + BigInt(Math.floor(nanos / billion)),
      (nanos + billion) % billion
    );
  }
  extendTimestamp(ts) {
    return new Date(
      ts.getTime() + Number(this.#seconds) * 1e3 + Math.floor(this.#nanos / 1e6)
    );
  }
  subtractTimestamp(ts) {
    return new Date(
      ts.getTime() - Number(this.#seconds) * 1e3 - Math.floor(this.#nanos / 1e6)
    );
  }
  toString() {
    const nanos = this.#nanos ? (this.#nanos / billion).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 9 }).slice(1) : "";
    return `${this.#seconds}${nanos}s`;
  }
  getHours() {
    return this.#seconds / 3600n;
  }
  getMinutes() {
    return this.#seconds / 60n;
  }
  getSeconds() {
    return this.#seconds;
  }
  getMilliseconds() {
    return this.#seconds * 1000n + BigInt(Math.floor(this.#nanos / 1e6));
  }
  get [Symbol.toStringTag]() {
    return "google.protobuf.Duration";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `google.protobuf.Duration { seconds: ${this.#seconds}, nanos: ${this.#nanos} }`;
  }
};
function registerFunctions(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const identity2 = (v) => v;
  functionOverload("dyn(dyn): dyn", identity2);
  for (const _t in TYPES) {
    const type = TYPES[_t];
    if (!(type instanceof Type)) continue;
    functionOverload(`type(${type.name}): type`, () => type);
  }
  functionOverload("bool(bool): bool", identity2);
  functionOverload("bool(string): bool", (v) => {
    switch (v) {
      case "1":
      case "t":
      case "true":
      case "TRUE":
      case "True":
        return true;
      case "0":
      case "f":
      case "false":
      case "FALSE":
      case "False":
        return false;
      default:
        throw evaluationError(
          "bool_conversion_error",
          `bool() conversion error: invalid string value "${v}"`
        );
    }
  });
  functionOverload("size(string): int", (v) => BigInt(stringSize(v)));
  functionOverload("size(bytes): int", (v) => BigInt(v.length));
  functionOverload("size(list): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("size(map): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("string.size(): int", (v) => BigInt(stringSize(v)));
  functionOverload("bytes.size(): int", (v) => BigInt(v.length));
  functionOverload("list.size(): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("map.size(): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("bytes(string): bytes", (v) => ByteOpts.fromString(v));
  functionOverload("bytes(bytes): bytes", identity2);
  functionOverload("double(double): double", identity2);
  functionOverload("double(int): double", (v) => Number(v));
  functionOverload("double(uint): double", (v) => Number(v));
  functionOverload("double(string): double", (v) => {
    if (!v || v !== v.trim())
      throw evaluationError(
        "double_conversion_error",
        "double() type error: cannot convert to double"
      );
    const s = v.toLowerCase();
    switch (s) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Number.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Number.NEGATIVE_INFINITY;
      case "nan":
        return Number.NaN;
      default: {
        const parsed = Number(v);
        if (!Number.isNaN(parsed)) return parsed;
        throw evaluationError(
          "double_conversion_error",
          "double() type error: cannot convert to double"
        );
      }
    }
  });
  functionOverload("int(int): int", identity2);
  functionOverload("int(double): int", (v) => {
    if (Number.isFinite(v)) return BigInt(Math.trunc(v));
    throw evaluationError("numeric_overflow", "int() type error: integer overflow");
  });
  functionOverload("int(string): int", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
    }
    try {
      const num = BigInt(v);
      if (num <= MAX_INT && num >= MIN_INT) return num;
    } catch (_e) {
    }
    throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
  });
  functionOverload("uint(uint): uint", identity2);
  functionOverload("uint(int): uint", (v) => {
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("uint(double): uint", (v) => {
    try {
      return new UnsignedInt(Math.trunc(v));
    } catch (e) {
      throw evaluationError("numeric_overflow", "uint() type error: unsigned integer overflow");
    }
  });
  functionOverload("uint(string): uint", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("string(string): string", identity2);
  functionOverload("string(bool): string", (v) => `${v}`);
  functionOverload("string(int): string", (v) => `${v}`);
  functionOverload("string(uint): string", (v) => `${v}`);
  functionOverload("string(bytes): string", (v) => ByteOpts.toUtf8(v));
  functionOverload("string(double): string", (v) => {
    if (v === Infinity) return "+Inf";
    if (v === -Infinity) return "-Inf";
    return `${v}`;
  });
  functionOverload("string.startsWith(string): bool", (a, b) => a.startsWith(b));
  functionOverload("string.endsWith(string): bool", (a, b) => a.endsWith(b));
  functionOverload("string.contains(string): bool", (a, b) => a.includes(b));
  functionOverload("string.lowerAscii(): string", (a) => a.toLowerCase());
  functionOverload("string.upperAscii(): string", (a) => a.toUpperCase());
  functionOverload("string.trim(): string", (a) => a.trim());
  functionOverload(
    "string.indexOf(string): int",
    (string, search) => BigInt(string.indexOf(search))
  );
  functionOverload("string.indexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.indexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.indexOf(search, fromIndex));
  });
  functionOverload(
    "string.lastIndexOf(string): int",
    (string, search) => BigInt(string.lastIndexOf(search))
  );
  functionOverload("string.lastIndexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.lastIndexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.lastIndexOf(search, fromIndex));
  });
  functionOverload("string.substring(int): string", (string, start) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    return string.substring(start);
  });
  functionOverload("string.substring(int, int): string", (string, start, end) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    end = Number(end);
    if (end < start || end > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): end index out of range"
      );
    }
    return string.substring(start, end);
  });
  functionOverload("string.matches(string): bool", (a, b) => {
    try {
      return new RegExp(b).test(a);
    } catch (_err) {
      throw evaluationError("invalid_regular_expression", `Invalid regular expression: ${b}`);
    }
  });
  functionOverload("string.split(string): list<string>", (s, sep2) => s.split(sep2));
  functionOverload("string.split(string, int): list<string>", (s, sep2, l) => {
    l = Number(l);
    if (l === 0) return [];
    const parts = s.split(sep2);
    if (l < 0 || parts.length <= l) return parts;
    const limited = parts.slice(0, l - 1);
    limited.push(parts.slice(l - 1).join(sep2));
    return limited;
  });
  functionOverload("list<string>.join(): string", (v) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(): list must contain only strings"
        );
      }
    }
    return v.join("");
  });
  functionOverload("list<string>.join(string): string", (v, sep2) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(separator): list must contain only strings"
        );
      }
    }
    return v.join(sep2);
  });
  const textEncoder = new TextEncoder("utf8");
  const textDecoder = new TextDecoder("utf8");
  const ByteOpts = typeof Buffer !== "undefined" ? {
    byteLength: (v) => Buffer.byteLength(v),
    fromString: (str) => Buffer.from(str, "utf8"),
    toHex: (b) => Buffer.prototype.hexSlice.call(b, 0, b.length),
    toBase64: (b) => Buffer.prototype.base64Slice.call(b, 0, b.length),
    toUtf8: (b) => Buffer.prototype.utf8Slice.call(b, 0, b.length),
    jsonParse: (b) => JSON.parse(b)
  } : {
    textEncoder: new TextEncoder("utf8"),
    byteLength: (v) => textEncoder.encode(v).length,
    fromString: (str) => textEncoder.encode(str),
    toHex: Uint8Array.prototype.toHex ? (b) => b.toHex() : (b) => arrayFrom(b, (i) => i.toString(16).padStart(2, "0")).join(""),
    toBase64: Uint8Array.prototype.toBase64 ? (b) => b.toBase64() : (b) => btoa(arrayFrom(b, (i) => String.fromCodePoint(i)).join("")),
    toUtf8: (b) => textDecoder.decode(b),
    jsonParse: (b) => JSON.parse(textEncoder.decode(b))
  };
  functionOverload("bytes.json(): map", ByteOpts.jsonParse);
  functionOverload("bytes.hex(): string", ByteOpts.toHex);
  functionOverload("bytes.string(): string", ByteOpts.toUtf8);
  functionOverload("bytes.base64(): string", ByteOpts.toBase64);
  functionOverload("bytes.at(int): int", (b, index) => {
    if (index < 0 || index >= b.length) {
      throw evaluationError("index_out_of_range", "Bytes index out of range");
    }
    return BigInt(b[index]);
  });
  const TS = "google.protobuf.Timestamp";
  const GPD = "google.protobuf.Duration";
  const TimestampType = registry.registerType(TS, Date).typeType;
  const DurationType = registry.registerType(GPD, Duration).typeType;
  registry.registerConstant("google", "map<string, map<string, type>>", {
    protobuf: { Duration: DurationType, Timestamp: TimestampType }
  });
  function tzDate(d, timeZone) {
    return new Date(d.toLocaleString("en-US", { timeZone }));
  }
  function getDayOfYear(d, tz) {
    const workingDate = tz ? tzDate(d, tz) : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const start = new Date(workingDate.getFullYear(), 0, 0);
    return BigInt(Math.floor((workingDate - start) / 864e5) - 1);
  }
  functionOverload(`timestamp(string): ${TS}`, (v) => {
    if (v.length < 20 || v.length > 30) {
      throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
    }
    const d = new Date(v);
    if (d <= 253402300799999 && d >= -621355968e5) return d;
    throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
  });
  functionOverload(`timestamp(int): ${TS}`, (i) => {
    i = Number(i) * 1e3;
    if (i <= 253402300799999 && i >= -621355968e5) return new Date(i);
    throw evaluationError(
      "invalid_timestamp",
      "timestamp() requires a valid integer unix timestamp"
    );
  });
  functionOverload(`${TS}.getDate(): int`, (d) => BigInt(d.getUTCDate()));
  functionOverload(`${TS}.getDate(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDate()));
  functionOverload(`${TS}.getDayOfMonth(): int`, (d) => BigInt(d.getUTCDate() - 1));
  functionOverload(
    `${TS}.getDayOfMonth(string): int`,
    (d, tz) => BigInt(tzDate(d, tz).getDate() - 1)
  );
  functionOverload(`${TS}.getDayOfWeek(): int`, (d) => BigInt(d.getUTCDay()));
  functionOverload(`${TS}.getDayOfWeek(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDay()));
  functionOverload(`${TS}.getDayOfYear(): int`, getDayOfYear);
  functionOverload(`${TS}.getDayOfYear(string): int`, getDayOfYear);
  functionOverload(`${TS}.getFullYear(): int`, (d) => BigInt(d.getUTCFullYear()));
  functionOverload(`${TS}.getFullYear(string): int`, (d, tz) => BigInt(tzDate(d, tz).getFullYear()));
  functionOverload(`${TS}.getHours(): int`, (d) => BigInt(d.getUTCHours()));
  functionOverload(`${TS}.getHours(string): int`, (d, tz) => BigInt(tzDate(d, tz).getHours()));
  functionOverload(`${TS}.getMilliseconds(): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMilliseconds(string): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMinutes(): int`, (d) => BigInt(d.getUTCMinutes()));
  functionOverload(`${TS}.getMinutes(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMinutes()));
  functionOverload(`${TS}.getMonth(): int`, (d) => BigInt(d.getUTCMonth()));
  functionOverload(`${TS}.getMonth(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMonth()));
  functionOverload(`${TS}.getSeconds(): int`, (d) => BigInt(d.getUTCSeconds()));
  functionOverload(`${TS}.getSeconds(string): int`, (d, tz) => BigInt(tzDate(d, tz).getSeconds()));
  const parseDurationPattern = /(\d*\.?\d*)(ns|us|µs|ms|s|m|h)/;
  function parseDuration(string) {
    if (!string) throw evaluationError("invalid_duration", `Invalid duration string: ''`);
    const isNegative = string[0] === "-";
    if (string[0] === "-" || string[0] === "+") string = string.slice(1);
    let nanoseconds = BigInt(0);
    while (true) {
      const match = parseDurationPattern.exec(string);
      if (!match) throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      if (match.index !== 0)
        throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      string = string.slice(match[0].length);
      const unitNanos = UNIT_NANOSECONDS[match[2]];
      const [intPart = "0", fracPart = ""] = match[1].split(".");
      const intVal = BigInt(intPart) * unitNanos;
      const fracNanos = fracPart ? BigInt(fracPart.slice(0, 13).padEnd(13, "0")) * unitNanos / 10000000000000n : 0n;
      nanoseconds += intVal + fracNanos;
      if (string === "") break;
    }
    const seconds = nanoseconds >= billionBigInt ? nanoseconds / billionBigInt : 0n;
    const nanos = Number(nanoseconds % billionBigInt);
    if (isNegative) return new Duration(-seconds, -nanos);
    return new Duration(seconds, nanos);
  }
  functionOverload(`duration(string): google.protobuf.Duration`, (s) => parseDuration(s));
  functionOverload(`google.protobuf.Duration.getHours(): int`, (d) => d.getHours());
  functionOverload(`google.protobuf.Duration.getMinutes(): int`, (d) => d.getMinutes());
  functionOverload(`google.protobuf.Duration.getSeconds(): int`, (d) => d.getSeconds());
  functionOverload(`google.protobuf.Duration.getMilliseconds(): int`, (d) => d.getMilliseconds());
  register(registry);
}
function stringSize(str) {
  let count = 0;
  for (const c of str) count++;
  return count;
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/registry.js
var Type = class {
  #name;
  constructor(name) {
    this.#name = name;
    objFreeze(this);
  }
  get name() {
    return this.#name;
  }
  get [Symbol.toStringTag]() {
    return `Type<${this.#name}>`;
  }
  toString() {
    return `Type<${this.#name}>`;
  }
};
var TYPES = {
  string: new Type("string"),
  bool: new Type("bool"),
  int: new Type("int"),
  uint: new Type("uint"),
  double: new Type("double"),
  map: new Type("map"),
  list: new Type("list"),
  bytes: new Type("bytes"),
  null_type: new Type("null"),
  type: new Type("type")
};
var optionalType = new Type("optional");
var valueTypeMatchers = {
  dyn(v, ev) {
    switch (typeof v) {
      case "string":
      case "bigint":
      case "number":
      case "boolean":
        return true;
      case "object":
        switch (v ? v.constructor : v) {
          case null:
          case void 0:
          case Object:
          case Map:
          case Array:
          case Set:
            return true;
          default:
            if (ev.objectTypesByConstructor.get(v.constructor)) return true;
        }
    }
    return !!ev.debugType(v);
  },
  string(v) {
    return typeof v === "string";
  },
  int(v) {
    return typeof v === "bigint";
  },
  double(v) {
    return typeof v === "number";
  },
  bool(v) {
    return typeof v === "boolean";
  },
  null(v) {
    return v === null;
  },
  bytes(v) {
    return v instanceof Uint8Array;
  },
  uint(v) {
    return v instanceof UnsignedInt;
  },
  type(v) {
    return v instanceof Type;
  },
  list(v) {
    switch (v?.constructor) {
      case Array:
      case Set:
        return true;
      default:
        return false;
    }
  },
  map(v) {
    switch (typeof v === "object" && v ? v.constructor : null) {
      case void 0:
      case Object:
      case Map:
        return true;
      default:
        return false;
    }
  },
  optional(v) {
    return v instanceof Optional;
  },
  message(v, ev) {
    return this === ev.debugType(v);
  }
};
valueTypeMatchers.param = valueTypeMatchers.dyn;
var TypeDeclaration = class {
  #matchesCache = /* @__PURE__ */ new WeakMap();
  constructor({ kind, type, name, keyType, valueType }) {
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.keyType = keyType;
    this.valueType = valueType;
    this.unwrappedType = kind === "dyn" && valueType ? valueType.unwrappedType : this;
    this.wrappedType = kind === "dyn" ? this : _createDynType(this.unwrappedType);
    this.hasDynType = this.kind === "dyn" || this.valueType?.hasDynType || this.keyType?.hasDynType || false;
    this.hasPlaceholderType = this.kind === "param" || this.keyType?.hasPlaceholderType || this.valueType?.hasPlaceholderType || false;
    if (kind === "list") this.fieldLazy = this.#getListField;
    else if (kind === "map") this.fieldLazy = this.#getMapField;
    else if (kind === "message") this.fieldLazy = this.#getMessageField;
    else if (kind === "optional") this.fieldLazy = this.#getOptionalField;
    this.matchesValueType = valueTypeMatchers[name] || valueTypeMatchers[kind];
    objFreeze(this);
  }
  isDynOrBool() {
    return this.type === "bool" || this.kind === "dyn";
  }
  isEmpty() {
    return this.valueType && this.valueType.kind === "param";
  }
  unify(r, t2) {
    const t1 = this;
    if (t1 === t2 || t1.kind === "dyn" || t2.kind === "param") return t1;
    if (t2.kind === "dyn" || t1.kind === "param") return t2;
    if (t1.kind !== t2.kind) return null;
    if (!(t1.hasPlaceholderType || t2.hasPlaceholderType || t1.hasDynType || t2.hasDynType))
      return null;
    const valueType = t1.valueType.unify(r, t2.valueType);
    if (!valueType) return null;
    switch (t1.kind) {
      case "optional":
        return r.getOptionalType(valueType);
      case "list":
        return r.getListType(valueType);
      case "map":
        const keyType = t1.keyType.unify(r, t2.keyType);
        return keyType ? r.getMapType(keyType, valueType) : null;
    }
  }
  templated(r, bind) {
    if (!this.hasPlaceholderType) return this;
    switch (this.kind) {
      case "dyn":
        return this.valueType.templated(r, bind);
      case "param":
        return bind?.get(this.name) || this;
      case "map":
        return r.getMapType(this.keyType.templated(r, bind), this.valueType.templated(r, bind));
      case "list":
        return r.getListType(this.valueType.templated(r, bind));
      case "optional":
        return r.getOptionalType(this.valueType.templated(r, bind));
      default:
        return this;
    }
  }
  toString() {
    return this.name;
  }
  #getOptionalField(obj, key, ast, ev) {
    obj = obj instanceof Optional ? obj.orValue() : obj;
    if (obj === void 0) return OPTIONAL_NONE;
    const type = ev.debugType(obj);
    try {
      return Optional.of(type.fieldLazy(obj, key, ast, ev));
    } catch (e) {
      if (e instanceof EvaluationError) return OPTIONAL_NONE;
      throw e;
    }
  }
  #getMessageField(obj, key, ast, ev) {
    const message = obj ? ev.objectTypesByConstructor.get(obj.constructor) : void 0;
    if (!message) return;
    const type = message.fields ? message.fields[key] : dynType;
    if (!type) return void 0;
    const value = obj instanceof Map ? obj.get(key) : obj[key];
    if (value === void 0) return;
    if (type.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${type}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getMapField(obj, key, ast, ev) {
    const value = obj instanceof Map ? obj.get(key) : obj && hasOwn(obj, key) ? obj[key] : void 0;
    if (value === void 0) return;
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getListElementAtIndex(list, pos) {
    switch (list?.constructor) {
      case Array:
        return list[pos];
      case Set: {
        let i = 0;
        for (const item of list) {
          if (i++ !== pos) continue;
          return item;
        }
      }
    }
  }
  #getListField(obj, key, ast, ev) {
    if (typeof key === "bigint") key = Number(key);
    else if (typeof key !== "number") return;
    const value = this.#getListElementAtIndex(obj, key);
    if (value === void 0) {
      if (!obj) return;
      throw evaluationError(
        "index_out_of_bounds",
        `No such key: index out of bounds, index ${key} ${key < 0 ? "< 0" : `>= size ${obj.length || obj.size}`}`,
        ast
      );
    }
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "list_item_type_mismatch",
      `List item with index '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  fieldLazy() {
  }
  field(obj, key, ast, ev) {
    const v = this.fieldLazy(obj, key, ast, ev);
    if (v !== void 0) return v;
    throw evaluationError("no_such_key", `No such key: ${key}`, ast);
  }
  matchesBoth(other) {
    return this.matches(other) && other.matches(this);
  }
  matches(o) {
    const s = this.unwrappedType;
    o = o.unwrappedType;
    if (s === o || s.kind === "dyn" || o.kind === "dyn" || o.kind === "param") return true;
    return this.#matchesCache.get(o) ?? this.#matchesCache.set(o, this.#matches(s, o)).get(o);
  }
  #matches(s, o) {
    switch (s.kind) {
      case "dyn":
      case "param":
        return true;
      case "list":
        return o.kind === "list" && s.valueType.matches(o.valueType);
      case "map":
        return o.kind === "map" && s.keyType.matches(o.keyType) && s.valueType.matches(o.valueType);
      case "optional":
        return o.kind === "optional" && s.valueType.matches(o.valueType);
      default:
        return s.name === o.name;
    }
  }
};
var macroEvaluateErr = `have a .callAst property or .evaluate(checker, macro, ctx) method.`;
var macroTypeCheckErr = `have a .callAst property or .typeCheck(checker, macro, ctx) method.`;
function wrapMacroExpander(name, handler) {
  const p = `Macro '${name}' must`;
  return function macroExpander(opts) {
    const macro = handler(opts);
    if (!macro || typeof macro !== "object") throw new Error(`${p} return an object.`);
    if (macro.callAst) return macro;
    if (!macro.evaluate) throw new Error(`${p} ${macroEvaluateErr}`);
    if (!macro.typeCheck) throw new Error(`${p} ${macroTypeCheckErr}`);
    return macro;
  };
}
var VariableDeclaration = class {
  constructor(name, type, description, value) {
    this.name = name;
    this.type = type;
    this.description = description ?? null;
    this.constant = value !== void 0;
    this.value = value;
    objFreeze(this);
  }
};
var FunctionDeclaration = class {
  constructor({ name, receiverType, returnType, handler, description, params, async }) {
    if (typeof name !== "string") throw new Error("name must be a string");
    if (typeof handler !== "function") throw new Error("handler must be a function");
    this.name = name;
    this.async = isAsync(handler, async);
    this.receiverType = receiverType ?? null;
    this.returnType = returnType;
    this.description = description ?? null;
    this.params = params;
    this.argTypes = params.map((p) => p.type);
    this.macro = this.argTypes.includes(astType);
    const receiverString = receiverType ? `${receiverType}.` : "";
    this.signature = `${receiverString}${name}(${this.argTypes.join(", ")}): ${returnType}`;
    this.handler = this.macro ? wrapMacroExpander(this.signature, handler) : handler;
    this.partitionKey = `${receiverType ? "rcall" : "call"}:${name}:${params.length}`;
    this.hasPlaceholderType = this.returnType.hasPlaceholderType || this.receiverType?.hasPlaceholderType || this.argTypes.some((t) => t.hasPlaceholderType) || false;
    objFreeze(this);
  }
  matchesArgs(argTypes) {
    return argTypes.length === this.argTypes.length && this.argTypes.every((t, i) => t.matches(argTypes[i])) ? this : null;
  }
};
var OperatorDeclaration = class {
  constructor({ op, leftType, rightType, handler, returnType, async }) {
    this.operator = op;
    this.leftType = leftType;
    this.rightType = rightType || null;
    this.handler = handler;
    this.async = isAsync(handler, async);
    this.returnType = returnType;
    if (rightType) this.signature = `${leftType} ${op} ${rightType}: ${returnType}`;
    else this.signature = `${op}${leftType}: ${returnType}`;
    this.hasPlaceholderType = this.leftType.hasPlaceholderType || this.rightType?.hasPlaceholderType || false;
    objFreeze(this);
  }
  equals(other) {
    return this.operator === other.operator && this.leftType === other.leftType && this.rightType === other.rightType;
  }
};
function _createListType(valueType) {
  return new TypeDeclaration({
    kind: "list",
    name: `list<${valueType}>`,
    type: "list",
    valueType
  });
}
function _createPrimitiveType(name) {
  return new TypeDeclaration({ kind: "primitive", name, type: name });
}
function _createMessageType(name) {
  return new TypeDeclaration({ kind: "message", name, type: name });
}
function _createDynType(valueType) {
  const name = valueType ? `dyn<${valueType}>` : "dyn";
  return new TypeDeclaration({ kind: "dyn", name, type: name, valueType });
}
function _createOptionalType(valueType) {
  const name = `optional<${valueType}>`;
  return new TypeDeclaration({ kind: "optional", name, type: "optional", valueType });
}
function _createMapType(keyType, valueType) {
  return new TypeDeclaration({
    kind: "map",
    name: `map<${keyType}, ${valueType}>`,
    type: "map",
    keyType,
    valueType
  });
}
function _createPlaceholderType(name) {
  return new TypeDeclaration({ kind: "param", name, type: name });
}
var dynType = _createDynType();
var astType = _createPrimitiveType("ast");
var listType = _createListType(dynType);
var mapType = _createMapType(dynType, dynType);
var celTypes = {
  string: _createPrimitiveType("string"),
  bool: _createPrimitiveType("bool"),
  int: _createPrimitiveType("int"),
  uint: _createPrimitiveType("uint"),
  double: _createPrimitiveType("double"),
  bytes: _createPrimitiveType("bytes"),
  dyn: dynType,
  null: _createPrimitiveType("null"),
  type: _createPrimitiveType("type"),
  optional: _createOptionalType(dynType),
  list: listType,
  "list<dyn>": listType,
  map: mapType,
  "map<dyn, dyn>": mapType
};
for (const t of [celTypes.string, celTypes.double, celTypes.int]) {
  const list = _createListType(t);
  const map = _createMapType(celTypes.string, t);
  celTypes[list.name] = list;
  celTypes[map.name] = map;
}
Object.freeze(celTypes);
var Candidates = class {
  returnType = null;
  async = false;
  macro = false;
  #matchCache = null;
  #checkCache = null;
  /** @type {Array<FunctionDeclaration>|Array<OperatorDeclaration>} */
  declarations = [];
  constructor(registry) {
    this.registry = registry;
  }
  [Symbol.iterator]() {
    return this.declarations[Symbol.iterator]();
  }
  add(decl) {
    this.returnType = (this.returnType || decl.returnType).unify(this.registry, decl.returnType) || dynType;
    if (decl.macro) this.macro = decl;
    if (decl.async && !this.async) this.async = true;
    this.declarations.push(decl);
    this.#matchCache?.clear();
    this.#checkCache?.clear();
  }
  findFunction(argTypes, receiverType = null) {
    for (let i = 0; i < this.declarations.length; i++) {
      const match = this.#matchesFunction(this.declarations[i], argTypes, receiverType);
      if (match) return match;
    }
    return null;
  }
  findUnaryOverload(left) {
    const cached = (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left);
    if (cached !== void 0) return cached;
    let value = false;
    for (const decl of this.declarations) {
      if (decl.leftType !== left) continue;
      value = decl;
      break;
    }
    this.#matchCache.set(left, value);
    return value;
  }
  findBinaryOverload(left, right) {
    if (left.kind === "dyn" && left.valueType) right = right.wrappedType;
    else if (right.kind === "dyn" && right.valueType) left = left.wrappedType;
    return (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#matchCache, left, right, this.#findBinaryUncached(left, right));
  }
  checkBinaryOverload(left, right) {
    return (this.#checkCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#checkCache, left, right, this.#checkBinaryUncached(left, right));
  }
  #cacheBinary(c, l, r, v) {
    return (c.get(l) || c.set(l, /* @__PURE__ */ new Map()).get(l)).set(r, v), v;
  }
  #findBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    if (ops.length === 1) return ops[0];
    throw new Error(`Operator overload '${ops[0].signature}' overlaps with '${ops[1].signature}'.`);
  }
  #checkBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    let rt = ops[0].returnType;
    for (let i = 1; i < ops.length; i++) rt = rt.unify(this.registry, ops[i].returnType) || dynType;
    return rt;
  }
  #findBinaryOverloads(leftType, rightType) {
    const nonexactMatches = [];
    for (const decl of this.declarations) {
      if (decl.leftType === leftType && decl.rightType === rightType) return [decl];
      const secondary = this.#matchBinaryOverload(decl, leftType, rightType);
      if (secondary) nonexactMatches.push(secondary);
    }
    if (nonexactMatches.length === 0) {
      const op = this.declarations[0]?.operator;
      if ((op === "==" || op === "!=") && leftType.kind === "dyn") {
        return fallbackDynEqualityMatchers[op];
      }
    }
    return nonexactMatches;
  }
  #matchBinaryOverload(decl, actualLeft, actualRight) {
    const bindings = decl.hasPlaceholderType ? /* @__PURE__ */ new Map() : null;
    const leftType = this.#matchTypeWithPlaceholders(decl.leftType, actualLeft, bindings);
    if (!leftType) return;
    const rightType = this.#matchTypeWithPlaceholders(decl.rightType, actualRight, bindings);
    if (!rightType) return;
    if ((decl.operator === "==" || decl.operator === "!=") && decl.leftType.kind === "dyn" && decl.leftType.valueType && actualLeft.kind !== "dyn" && actualRight.kind !== "dyn")
      return false;
    return decl.hasPlaceholderType ? {
      async: decl.async,
      signature: decl.signature,
      handler: decl.handler,
      leftType,
      rightType,
      returnType: decl.returnType.templated(this.registry, bindings)
    } : decl;
  }
  #matchesFunction(fn, argTypes, receiverType) {
    if (fn.hasPlaceholderType) return this.#matchWithPlaceholders(fn, argTypes, receiverType);
    if (receiverType && fn.receiverType && !receiverType.matches(fn.receiverType)) return;
    return fn.matchesArgs(argTypes);
  }
  #matchWithPlaceholders(fn, argTypes, receiverType) {
    const bindings = /* @__PURE__ */ new Map();
    if (receiverType && fn.receiverType) {
      if (!this.#matchTypeWithPlaceholders(fn.receiverType, receiverType, bindings)) {
        return null;
      }
    }
    for (let i = 0; i < argTypes.length; i++) {
      if (!this.#matchTypeWithPlaceholders(fn.argTypes[i], argTypes[i], bindings)) {
        return null;
      }
    }
    return {
      async: fn.async,
      handler: fn.handler,
      signature: fn.signature,
      returnType: fn.returnType.templated(this.registry, bindings)
    };
  }
  #matchTypeWithPlaceholders(declared, actual, bindings) {
    if (!declared.hasPlaceholderType) return actual.matches(declared) ? actual : null;
    const treatAsDyn = actual.kind === "dyn";
    if (!this.#collectPlaceholderBindings(declared, actual, bindings, treatAsDyn)) return null;
    if (treatAsDyn) return actual;
    return actual.matches(declared.templated(this.registry, bindings)) ? actual : null;
  }
  #collectPlaceholderBindings(dec, act, bind, fromDyn = false) {
    if (!dec.hasPlaceholderType) return true;
    if (!act) return false;
    const asDyn = fromDyn || act.kind === "dyn";
    act = act.unwrappedType;
    switch (dec.kind) {
      case "param": {
        const type = asDyn ? dynType : act;
        const existing = bind.get(dec.name);
        if (!existing) return bind.set(dec.name, type) && true;
        return existing.kind === "dyn" || type.kind === "dyn" ? true : existing.matchesBoth(type);
      }
      case "list": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "list") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "map": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "map") return false;
        return this.#collectPlaceholderBindings(dec.keyType, act.keyType, bind, asDyn) && this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "optional": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "optional") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
    }
    return true;
  }
};
function splitByComma(str) {
  const parts = [];
  let current = "";
  let depth = 0;
  for (const char of str) {
    if (char === "<") depth++;
    else if (char === ">") depth--;
    else if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current) parts.push(current.trim());
  return parts;
}
var objTypesDecls = [
  [UnsignedInt, "uint", TYPES.uint, celTypes.uint],
  [Type, "type", TYPES.type, celTypes.type],
  [Optional, "optional", optionalType, celTypes.optional],
  [Uint8Array, "bytes", TYPES.bytes, celTypes.bytes],
  ...typeof Buffer !== "undefined" ? [[Buffer, "bytes", TYPES.bytes, celTypes.bytes]] : []
].map(([ctor, name, typeType, type]) => Object.freeze({ name, typeType, type, ctor }));
var objTypes = objTypesDecls.map((t) => [t.name, t]);
var objTypesCtor = objTypesDecls.map((t) => [t.ctor, t]);
var invalidVar = (postfix) => new Error(`Invalid variable declaration: ${postfix}`);
var invalidType = (postfix) => new Error(`Invalid type declaration: ${postfix}`);
var fallbackDynEqualityMatchers = {
  "==": [{ handler: (a, b) => a === b, returnType: celTypes.bool }],
  "!=": [{ handler: (a, b) => a !== b, returnType: celTypes.bool }]
};
var Registry = class _Registry {
  #parent = null;
  #typeDeclarations;
  #ownsVariables = true;
  #operators = null;
  #functions = null;
  #operatorsByOp = null;
  #functionsByKey = null;
  #listTypes = null;
  #mapTypes = null;
  #optionalTypes = null;
  #others = null;
  #locked = false;
  constructor(opts = {}) {
    this.enableOptionalTypes = opts.enableOptionalTypes ?? false;
    this.unlistedVariablesAreDyn = opts.unlistedVariablesAreDyn ?? false;
    const parent = opts.parent instanceof _Registry ? opts.parent : null;
    if (parent) {
      this.#parent = parent;
      let opParent = parent;
      while (opParent && !opParent.#operators) opParent = opParent.#parent;
      let fnParent = parent;
      while (fnParent && !fnParent.#functions) fnParent = fnParent.#parent;
      this.#operatorsByOp = parent.#operatorsByOp;
      this.#functionsByKey = parent.#functionsByKey;
      this.#others = { operators: opParent.#operators, functions: fnParent.#functions };
      this.objectTypes = new Map(parent.objectTypes);
      this.objectTypesByConstructor = new Map(parent.objectTypesByConstructor);
      this.variables = parent.variables;
      this.#ownsVariables = false;
      this.#typeDeclarations = parent.#typeDeclarations;
      this.#listTypes = parent.#listTypes;
      this.#mapTypes = parent.#mapTypes;
      this.#optionalTypes = parent.#optionalTypes;
      if (this.enableOptionalTypes !== parent.enableOptionalTypes || this.unlistedVariablesAreDyn !== parent.unlistedVariablesAreDyn) {
        toggleOptionalTypes(this, this.enableOptionalTypes);
      }
    } else {
      this.#operators = [];
      this.#functions = [];
      this.objectTypes = new Map(objTypes);
      this.objectTypesByConstructor = new Map(objTypesCtor);
      this.#typeDeclarations = new Map(objEntries(celTypes));
      this.#listTypes = /* @__PURE__ */ new Map();
      this.#mapTypes = /* @__PURE__ */ new Map();
      this.#optionalTypes = /* @__PURE__ */ new Map();
      this.variables = /* @__PURE__ */ new Map();
      this.variables.dyn = this.unlistedVariablesAreDyn;
      for (const n in TYPES) this.registerConstant(n, "type", TYPES[n]);
    }
  }
  #ensureOwnVariables() {
    if (this.#ownsVariables) return;
    this.variables = new Map(this.variables);
    this.variables.dyn = this.unlistedVariablesAreDyn;
    this.#ownsVariables = true;
  }
  // Used by toggleOptionalTypes in optional.js to clear a variable before re-registering it
  deleteVariable(name) {
    this.#ensureOwnVariables();
    this.variables.delete(name);
  }
  #pushOperator(decl) {
    if (!this.#operators) this.#operatorsByOp = null;
    this.operatorCandidates(decl.operator).add(decl);
    this.#operators.push(decl);
  }
  #pushFunction(decl) {
    if (!this.#functions) this.#functionsByKey = null;
    this.#functionCandidates(decl.partitionKey).add(decl);
    this.#functions.push(decl);
  }
  #ensureCandiate(c, key) {
    return c.get(key) || c.set(key, new Candidates(this)).get(key);
  }
  #getOperators() {
    if (this.#operators) return this.#operators;
    return this.#operators = [...this.#others.operators];
  }
  #getFunctions() {
    if (this.#functions) return this.#functions;
    return this.#functions = [...this.#others.functions];
  }
  operatorCandidates(op) {
    if (this.#operatorsByOp) return this.#ensureCandiate(this.#operatorsByOp, op);
    const c = this.#operatorsByOp = /* @__PURE__ */ new Map();
    for (const decl of this.#getOperators()) this.#ensureCandiate(c, decl.operator).add(decl);
    return this.#ensureCandiate(c, op);
  }
  functionCandidates(rec, name, argLen) {
    return this.#functionCandidates(`${rec ? "rcall" : "call"}:${name}:${argLen}`);
  }
  #functionCandidates(key) {
    if (this.#functionsByKey) return this.#ensureCandiate(this.#functionsByKey, key);
    const c = this.#functionsByKey = /* @__PURE__ */ new Map();
    for (const decl of this.#getFunctions()) this.#ensureCandiate(c, decl.partitionKey).add(decl);
    return this.#ensureCandiate(c, key);
  }
  registerVariable(name, type, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    let description = opts?.description;
    let value;
    if (typeof name === "string" && typeof type === "object" && !(type instanceof TypeDeclaration)) {
      description = type.description;
      value = type.value;
      if (type.schema) type = this.registerType({ name: `$${name}`, schema: type.schema }).type;
      else type = type.type;
    } else if (typeof name === "object") {
      if (name.schema) type = this.registerType({ name: `$${name.name}`, schema: name.schema }).type;
      else type = name.type;
      description = name.description;
      value = name.value;
      name = name.name;
    }
    if (typeof name !== "string" || !name) throw invalidVar(`name must be a string`);
    if (RESERVED.has(name)) throw invalidVar(`'${name}' is a reserved name`);
    if (this.variables.get(name) !== void 0) throw invalidVar(`'${name}' is already registered`);
    if (typeof type === "string") type = this.getType(type);
    else if (!(type instanceof TypeDeclaration)) throw invalidVar(`type is required`);
    this.#ensureOwnVariables();
    this.variables.set(name, new VariableDeclaration(name, type, description, value));
    return this;
  }
  #registerSchemaAsType(name, schema) {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const key of objKeys(schema)) {
      const def = schema[key];
      if (typeof def === "object" && def) {
        fields[key] = this.registerType({ name: `${name}.${key}`, schema: def }).type.name;
      } else if (typeof def === "string") {
        fields[key] = def;
      } else {
        throw new Error(`Invalid field definition for '${name}.${key}'`);
      }
    }
    return fields;
  }
  registerConstant(name, type, value) {
    if (typeof name === "object") this.registerVariable(name);
    else this.registerVariable({ name, type, value });
    return this;
  }
  getType(typename) {
    return this.#parseTypeString(typename, true);
  }
  getListType(type) {
    return this.#listTypes.get(type) || this.#listTypes.set(type, this.#parseTypeString(`list<${type}>`, true)).get(type);
  }
  getMapType(a, b) {
    return this.#mapTypes.get(a)?.get(b) || (this.#mapTypes.get(a) || this.#mapTypes.set(a, /* @__PURE__ */ new Map()).get(a)).set(b, this.#parseTypeString(`map<${a}, ${b}>`, true)).get(b);
  }
  getOptionalType(type) {
    return this.#optionalTypes.get(type) || this.#optionalTypes.set(type, this.#parseTypeString(`optional<${type}>`, true)).get(type);
  }
  assertType(typename, type, signature2) {
    try {
      return this.#parseTypeString(typename, true);
    } catch (e) {
      e.message = `Invalid ${type} '${e.unknownType || typename}' in '${signature2}'`;
      throw e;
    }
  }
  getFunctionType(typename) {
    if (typename === "ast") return astType;
    const t = this.#parseTypeString(typename, true);
    if (t.kind === "dyn" && t.valueType) throw new Error(`type '${t.name}' is not supported`);
    return t;
  }
  registerType(name, _d) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof name === "object") _d = name, name = _d.fullName || _d.name || _d.ctor?.name;
    if (typeof name === "string" && name[0] === ".") name = name.slice(1);
    if (typeof name !== "string" || name.length < 2 || RESERVED.has(name)) {
      throw invalidType(`name '${name}' is not valid`);
    }
    if (this.objectTypes.has(name)) throw invalidType(`type '${name}' already registered`);
    const type = this.#parseTypeString(name, false);
    if (type.kind !== "message") throw invalidType(`type '${name}' is not valid`);
    const decl = {
      name,
      typeType: new Type(name),
      type,
      ctor: typeof _d === "function" ? _d : _d?.ctor,
      convert: typeof _d === "function" ? void 0 : _d?.convert,
      fields: typeof _d?.schema === "object" ? this.#normalizeFields(name, this.#registerSchemaAsType(name, _d.schema)) : this.#normalizeFields(name, typeof _d === "function" ? void 0 : _d?.fields)
    };
    if (typeof decl.ctor !== "function") {
      if (!decl.fields) throw invalidType(`type '${name}' requires a constructor or fields`);
      Object.assign(decl, this.#createDefaultConvert(name, decl.fields));
    }
    this.objectTypes.set(name, Object.freeze(decl));
    this.objectTypesByConstructor.set(decl.ctor, decl);
    this.registerFunctionOverload(`type(${name}): type`, () => decl.typeType, { async: false });
    return decl;
  }
  /** @returns {TypeDeclaration} */
  #parseTypeString(typeStr, requireKnownTypes = true) {
    let match = this.#typeDeclarations.get(typeStr);
    if (match) return match;
    if (typeof typeStr !== "string" || !typeStr.length) {
      throw new Error(`Invalid type: must be a string`);
    }
    match = typeStr.match(/^[A-Z]$/);
    if (match) return this.#createDeclaration(_createPlaceholderType, typeStr, typeStr);
    match = typeStr.match(/^(dyn|list|map|optional)<(.+)>$/);
    if (!match) {
      if (requireKnownTypes) {
        const err = new Error(`Unknown type: ${typeStr}`);
        err.unknownType = typeStr;
        throw err;
      }
      return this.#createDeclaration(_createMessageType, typeStr, typeStr);
    }
    const kind = match[1];
    const inner = match[2].trim();
    switch (kind) {
      case "dyn": {
        const type = this.#parseTypeString(inner, requireKnownTypes).wrappedType;
        this.#typeDeclarations.set(type.name, type);
        return type;
      }
      case "list": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createListType, `list<${vType}>`, vType);
      }
      case "map": {
        const parts = splitByComma(inner);
        if (parts.length !== 2) throw new Error(`Invalid map type: ${typeStr}`);
        const kType = this.#parseTypeString(parts[0], requireKnownTypes);
        const vType = this.#parseTypeString(parts[1], requireKnownTypes);
        return this.#createDeclaration(_createMapType, `map<${kType}, ${vType}>`, kType, vType);
      }
      case "optional": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createOptionalType, `optional<${vType}>`, vType);
      }
    }
  }
  #createDeclaration(creator, key, ...args) {
    return this.#typeDeclarations.get(key) || this.#typeDeclarations.set(key, creator(...args)).get(key);
  }
  findMacro(name, hasReceiver, argLen) {
    return this.functionCandidates(hasReceiver, name, argLen).macro;
  }
  findUnaryOverload(op, left) {
    return this.operatorCandidates(op).findUnaryOverload(left);
  }
  findBinaryOverload(op, left, right) {
    return this.operatorCandidates(op).findBinaryOverload(left, right);
  }
  #toCelFieldType(field) {
    if (typeof field === "string") return { type: field };
    if (field.id) return protobufjsFieldToCelType(field);
    return field;
  }
  #toCelFieldDeclaration(typename, fields, k, requireKnownTypes = false) {
    try {
      const field = this.#toCelFieldType(fields[k]);
      if (typeof field?.type !== "string") throw new Error(`unsupported declaration`);
      return this.#parseTypeString(field.type, requireKnownTypes);
    } catch (e) {
      e.message = `Field '${k}' in type '${typename}' has unsupported declaration: ${JSON.stringify(fields[k])}`;
      throw e;
    }
  }
  #normalizeFields(typename, fields) {
    if (!fields) return;
    const all = /* @__PURE__ */ Object.create(null);
    for (const k of objKeys(fields)) all[k] = this.#toCelFieldDeclaration(typename, fields, k);
    return all;
  }
  #createDefaultConvert(name, fields) {
    const keys = objKeys(fields);
    const conversions = /* @__PURE__ */ Object.create(null);
    for (const k of keys) {
      const type = fields[k];
      const decl = type.kind === "message" && this.objectTypes.get(type.name);
      if (decl === false) conversions[k] = false;
      else conversions[k] = decl.convert ? decl : false;
    }
    const Ctor = {
      [name]: class extends Map {
        #raw;
        constructor(v) {
          super();
          this.#raw = v;
        }
        [Symbol.iterator]() {
          if (this.size !== keys.length) for (const k of keys) this.get(k);
          return super[Symbol.iterator]();
        }
        get(field) {
          let v = super.get(field);
          if (v !== void 0 || this.has(field)) return v;
          const dec = conversions[field];
          if (dec === void 0) return;
          v = this.#raw instanceof Map ? this.#raw.get(field) : this.#raw?.[field];
          if (dec && v && typeof v === "object") {
            switch (v.constructor) {
              case void 0:
              case Object:
              case Map:
                v = dec.convert(v);
            }
          }
          return super.set(field, v), v;
        }
      }
    }[name];
    return {
      ctor: Ctor,
      convert(v) {
        if (!v) return;
        if (v.constructor === Ctor) return v;
        return new Ctor(v);
      }
    };
  }
  clone(opts) {
    this.#locked = true;
    return new _Registry({
      parent: this,
      unlistedVariablesAreDyn: opts.unlistedVariablesAreDyn,
      enableOptionalTypes: opts.enableOptionalTypes
    });
  }
  getDefinitions() {
    const variables = [];
    const functions = [];
    for (const [, varDecl] of this.variables) {
      if (!varDecl) continue;
      variables.push({
        name: varDecl.name,
        description: varDecl.description || null,
        type: varDecl.type.name
      });
    }
    for (const decl of this.#getFunctions()) {
      functions.push({
        signature: decl.signature,
        name: decl.name,
        description: decl.description,
        receiverType: decl.receiverType ? decl.receiverType.name : null,
        returnType: decl.returnType.name,
        params: decl.params.map((p) => ({
          name: p.name,
          type: p.type.name,
          description: p.description
        }))
      });
    }
    return { variables, functions };
  }
  #parseSignature(signature2) {
    if (typeof signature2 !== "string") throw new Error("Invalid signature: must be a string");
    const match = signature2.match(/^(?:([a-zA-Z0-9.<>]+)\.)?(\w+)\(([^)]*)\):(.*)$/);
    if (!match) throw new Error(`Invalid signature: ${signature2}`);
    const returnType = match[4].trim();
    if (!returnType) throw new Error(`Invalid signature: ${signature2}`);
    return {
      receiverType: match[1] || null,
      name: match[2],
      argTypes: splitByComma(match[3]),
      returnType
    };
  }
  /**
   * @param {FunctionDeclaration} a
   * @param {FunctionDeclaration} b
   */
  #functionSignatureOverlaps(a, b) {
    if (a.name !== b.name) return false;
    if (a.argTypes.length !== b.argTypes.length) return false;
    if ((a.receiverType || b.receiverType) && (!a.receiverType || !b.receiverType)) return false;
    const isDifferentReceiver = a.receiverType !== b.receiverType && a.receiverType !== dynType && b.receiverType !== dynType;
    return !isDifferentReceiver && (b.macro || a.macro || b.argTypes.every((t, i) => {
      const o = a.argTypes[i];
      return t === o || t === dynType || o === dynType;
    }));
  }
  /** @param {FunctionDeclaration} newDec */
  #checkOverlappingSignatures(newDec) {
    for (const decl of this.#functionCandidates(newDec.partitionKey)) {
      if (!this.#functionSignatureOverlaps(decl, newDec)) continue;
      throw new Error(
        `Function signature '${newDec.signature}' overlaps with existing overload '${decl.signature}'.`
      );
    }
  }
  #normalizeParam(i, aType, param) {
    if (!param) return { type: this.getFunctionType(aType), name: `arg${i}`, description: null };
    const type = param.type || aType;
    if (!type) throw new Error(`params[${i}].type is required`);
    if (aType && type !== aType) throw new Error(`params[${i}].type not equal to signature type`);
    return {
      name: param.name || `arg${i}`,
      type: this.getFunctionType(type),
      description: param.description ?? null
    };
  }
  registerFunctionOverload(s, handler, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof s === "object") opts = s;
    else if (typeof handler === "object") opts = handler;
    else if (!opts) opts = {};
    const sig = typeof s === "string" ? s : opts.signature ?? void 0;
    const parsed = sig !== void 0 ? this.#parseSignature(sig) : void 0;
    const name = parsed?.name || opts.name;
    const receiverType = parsed?.receiverType || opts.receiverType;
    const argTypes = parsed?.argTypes;
    const returnType = parsed?.returnType || opts.returnType;
    const params = opts.params;
    handler = typeof handler === "function" ? handler : opts.handler;
    let dec;
    try {
      if (!name) throw new Error(`signature or name are required`);
      if (!returnType) throw new Error(`must have a returnType`);
      if (params) {
        if (argTypes && params.length !== argTypes.length) {
          throw new Error(`mismatched length in params and args in signature`);
        }
      } else if (!argTypes) throw new Error(`signature or params are required`);
      dec = new FunctionDeclaration({
        name,
        async: opts?.async,
        receiverType: receiverType ? this.getType(receiverType) : null,
        returnType: this.getType(returnType),
        handler,
        description: opts.description,
        params: (argTypes || params).map(
          (_, i) => this.#normalizeParam(i, argTypes?.[i], params?.[i])
        )
      });
    } catch (e) {
      if (typeof sig === "string") e.message = `Invalid function declaration '${sig}': ${e.message}`;
      else if (name) e.message = `Invalid function declaration '${name}': ${e.message}`;
      else e.message = `Invalid function declaration: ${e.message}`;
      throw e;
    }
    this.#checkOverlappingSignatures(dec);
    this.#pushFunction(dec);
  }
  registerOperatorOverload(string, handler, opts) {
    const unaryParts = string.match(/^([-!])([\w.<>]+)(?::\s*([\w.<>]+))?$/);
    if (unaryParts) {
      const [, op2, operandType, returnType2] = unaryParts;
      return this.unaryOverload(op2, operandType, handler, returnType2, opts?.async);
    }
    const parts = string.match(
      /^([\w.<>]+) ([-+*%/]|==|!=|<|<=|>|>=|in) ([\w.<>]+)(?::\s*([\w.<>]+))?$/
    );
    if (!parts) throw new Error(`Operator overload invalid: ${string}`);
    const [, leftType, op, rightType, returnType] = parts;
    return this.binaryOverload(leftType, op, rightType, handler, returnType);
  }
  unaryOverload(op, typeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    const leftType = this.assertType(typeStr, "type", `${op}${typeStr}`);
    const returnType = this.assertType(
      returnTypeStr || typeStr,
      "return type",
      `${op}${typeStr}: ${returnTypeStr || typeStr}`
    );
    const d = new OperatorDeclaration({ op: `${op}_`, leftType, returnType, handler, async });
    this.#pushOperator(this.#assertOverload(d));
  }
  #hasOverload(d) {
    for (const o of this.operatorCandidates(d.operator)) if (d.equals(o)) return true;
    return false;
  }
  #assertOverload(decl) {
    if (!this.#hasOverload(decl)) return decl;
    throw new Error(`Operator overload already registered: ${decl.signature}`);
  }
  binaryOverload(leftTypeStr, op, rightTypeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    returnTypeStr ??= isRelational.has(op) ? "bool" : leftTypeStr;
    const sig = `${leftTypeStr} ${op} ${rightTypeStr}: ${returnTypeStr}`;
    let leftType = this.assertType(leftTypeStr, "left type", sig);
    let rightType = this.assertType(rightTypeStr, "right type", sig);
    const returnType = this.assertType(returnTypeStr, "return type", sig);
    if (leftType.kind === "dyn" && leftType.valueType) rightType = rightType.wrappedType;
    else if (rightType.kind === "dyn" && rightType.valueType) leftType = leftType.wrappedType;
    if (isRelational.has(op) && returnType.type !== "bool") {
      throw new Error(`Comparison operator '${op}' must return 'bool', got '${returnType.type}'`);
    }
    const dec = new OperatorDeclaration({ op, leftType, rightType, returnType, handler, async });
    if (dec.hasPlaceholderType && !(rightType.hasPlaceholderType && leftType.hasPlaceholderType)) {
      throw new Error(
        `Operator overload with placeholders must use them in both left and right types: ${sig}`
      );
    }
    this.#assertOverload(dec);
    if (op === "==") {
      const declarations = [
        new OperatorDeclaration({
          op: "!=",
          leftType,
          rightType,
          handler(a, b, ast, ev) {
            return !handler(a, b, ast, ev);
          },
          returnType,
          async
        })
      ];
      if (leftType !== rightType) {
        declarations.push(
          new OperatorDeclaration({
            op: "==",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return handler(b, a, ast, ev);
            },
            returnType,
            async
          }),
          new OperatorDeclaration({
            op: "!=",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return !handler(b, a, ast, ev);
            },
            returnType,
            async
          })
        );
      }
      for (const decl of declarations) this.#assertOverload(decl);
      for (const decl of declarations) this.#pushOperator(decl);
    }
    this.#pushOperator(dec);
  }
};
var isRelational = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "==", "!=", "in"]);
function createRegistry(opts) {
  return new Registry(opts);
}
var RootContext = class {
  #vars;
  #contextObj;
  #contextMap;
  #convertCache;
  constructor(registry, context) {
    this.#vars = registry.variables;
    if (context === void 0 || context === null) return;
    if (typeof context !== "object") {
      throw evaluationError("invalid_context", "Context must be an object");
    }
    if (context instanceof Map) this.#contextMap = context;
    else this.#contextObj = context;
  }
  getValue(key) {
    return this.#convertCache?.get(key) || (this.#contextObj ? this.#contextObj[key] : this.#contextMap?.get(key));
  }
  getVariable(name) {
    return this.#vars.get(name) ?? (this.#vars.dyn && !RESERVED.has(name) ? new VariableDeclaration(name, dynType) : void 0);
  }
  getCheckedValue(ev, ast) {
    const v = this.getValue(ast.args);
    if (v === void 0) throw ev.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
    if (ast.checkedType.matchesValueType(v, ev)) return v;
    const type = ast.checkedType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return (this.#convertCache ??= /* @__PURE__ */ new Map()).set(ast.args, c), c;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${ast.args}' is not of type '${type}', got '${valueType}'`,
      ast
    );
  }
  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType);
  }
};
var OverlayContext = class _OverlayContext {
  #parent;
  accuType;
  accuValue;
  iterValue;
  constructor(parent, iterVar, iterType) {
    this.#parent = parent;
    this.iterVar = iterVar;
    this.iterType = iterType;
  }
  forkWithVariable(iterVar, iterType) {
    return new _OverlayContext(this, iterVar, iterType);
  }
  reuse(parent) {
    if (!this.async) return this.#parent = parent, this;
    const ctx = new _OverlayContext(parent, this.iterVar, this.iterType);
    ctx.accuType = this.accuType;
    return ctx;
  }
  setIterValue(v, ev) {
    if (this.iterType.matchesValueType(v, ev)) return this.iterValue = v, this;
    const type = this.iterType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return this.iterValue = c, this;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${this.iterVar}' is not of type '${type}', got '${valueType}'`
    );
  }
  setAccuType(type) {
    return this.accuType = type, this;
  }
  setAccuValue(v) {
    return this.accuValue = v, this;
  }
  getValue(key) {
    return this.iterVar === key ? this.iterValue : this.#parent.getValue(key);
  }
  getCheckedValue(ev, ast) {
    if (this.iterVar === ast.args) return this.iterValue;
    return this.#parent.getCheckedValue(ev, ast);
  }
  getVariable(name) {
    if (this.iterVar === name) return new VariableDeclaration(name, this.iterType);
    return this.#parent.getVariable(name);
  }
};
function protobufjsFieldToCelType(field) {
  let fieldType;
  if (field.map) {
    const keyType = protobufjsTypeToCelType(field.keyType, field.resolvedKeyType);
    const valueType = protobufjsTypeToCelType(field.type, field.resolvedType);
    fieldType = `map<${keyType}, ${valueType}>`;
  } else {
    fieldType = protobufjsTypeToCelType(field.type, field.resolvedType);
  }
  return { type: field.repeated ? `list<${fieldType}>` : fieldType };
}
function protobufjsTypeToCelType(protoType, resolvedType) {
  switch (protoType) {
    case "string":
      return "string";
    case "bytes":
      return "bytes";
    case "bool":
      return "bool";
    // protobufjs uses JavaScript numbers for all numeric types
    case "double":
    case "float":
    case "int32":
    case "int64":
    case "sint32":
    case "sint64":
    case "sfixed32":
    case "sfixed64":
    case "uint32":
    case "uint64":
    case "fixed32":
    case "fixed64":
      return "double";
    default:
      switch (resolvedType?.constructor.name) {
        case "Type":
          return resolvedType.fullName.slice(1);
        case "Enum":
          return "int";
      }
      if (protoType?.includes(".")) return protoType;
      return "dyn";
  }
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/operators.js
var dynType2 = celTypes.dyn;
var Base = class {
  dynType = celTypes.dyn;
  optionalType = celTypes.optional;
  stringType = celTypes.string;
  intType = celTypes.int;
  doubleType = celTypes.double;
  boolType = celTypes.bool;
  nullType = celTypes.null;
  listType = celTypes.list;
  mapType = celTypes.map;
  constructor(opts) {
    this.opts = opts.opts;
    this.registry = opts.registry;
    this.objectTypes = this.registry.objectTypes;
    this.objectTypesByConstructor = this.registry.objectTypesByConstructor;
  }
  /**
   * Get a TypeDeclaration instance for a type name
   * @param {string} typeName - The type name (e.g., 'string', 'int', 'dyn')
   * @returns {TypeDeclaration} The type declaration instance
   */
  getType(typeName) {
    return this.registry.getType(typeName);
  }
  debugType(v) {
    switch (typeof v) {
      case "string":
        return this.stringType;
      case "bigint":
        return this.intType;
      case "number":
        return this.doubleType;
      case "boolean":
        return this.boolType;
      case "object":
        if (v === null) return this.nullType;
        switch (v.constructor) {
          case void 0:
          case Object:
          case Map:
            return this.mapType;
          case Array:
          case Set:
            return this.listType;
          default:
            return this.objectTypesByConstructor.get(v.constructor)?.type || unsupportedType(this, v.constructor?.name || typeof v);
        }
      default:
        unsupportedType(this, typeof v);
    }
  }
};
function unsupportedType(self, type) {
  throw self.createError("unsupported_type", `Unsupported type: ${type}`);
}
var maybeAsyncArray = (a) => Array.isArray(a) ? a.some((n) => n.maybeAsync) : false;
function maybeAsync(l, r, h) {
  if (r === true || r && (r?.maybeAsync || maybeAsyncArray(r))) return maybeAsyncBoth(h);
  if (l === true || l && (l?.maybeAsync || maybeAsyncArray(l))) return maybeAsyncFirst(h);
  return h;
}
function maybeAsyncBoth(handler) {
  return handler.__asyncBoth ??= function handle(a, b, c, d) {
    if (!(a instanceof Promise || b instanceof Promise)) return handler(a, b, c, d);
    if (!(b instanceof Promise)) return a.then((_a) => handler(_a, b, c, d));
    if (!(a instanceof Promise)) return b.then((_b) => handler(a, _b, c, d));
    return Promise.all([a, b]).then((p) => handler(p[0], p[1], c, d));
  };
}
function maybeAsyncFirst(handler) {
  return handler.__asyncFirst ??= function handle(a, b, c, d) {
    if (a instanceof Promise) return a.then((_a) => handler(_a, b, c, d));
    return handler(a, b, c, d);
  };
}
function checkAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(
    ast.left,
    ast.op === "[]" ? ast.right : false,
    leftType !== dynType2 ? fieldAccessStatic : fieldAccess
  );
  if (leftType.kind !== "optional") return chk.checkAccessOnType(ast, ctx, leftType);
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, leftType.valueType, true));
}
function checkOptionalAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[?]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(ast.left, ast.op === "[?]" ? ast.right : false, oFieldAccess);
  const actualType = leftType.kind === "optional" ? leftType.valueType : leftType;
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, actualType, true));
}
var HOMOGENEOUS_PREFIX = {
  heterogeneous_list_element: "List elements must have the same type,",
  heterogeneous_map_key: "Map key uses wrong type,",
  heterogeneous_map_value: "Map value uses wrong type,"
};
function checkElementHomogenous(chk, ctx, expected, el, code) {
  const type = chk.check(el, ctx);
  if (type === expected || expected.isEmpty()) return type;
  if (type.isEmpty()) return expected;
  throw chk.createError(
    code,
    `${HOMOGENEOUS_PREFIX[code]} expected type '${chk.formatType(expected)}' but found '${chk.formatType(type)}'`,
    el
  );
}
function checkElement(chk, ctx, expected, el) {
  return expected.unify(chk.registry, chk.check(el, ctx)) || dynType2;
}
function ternaryConditionError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_condition_type",
    `${node.meta.label || "Ternary condition must be bool"}, got '${type}'`,
    node
  );
}
function handleTernary(c, ev, ast, ctx) {
  if (c === true) return ev.run(ast.left, ctx);
  if (c === false) return ev.run(ast.right, ctx);
  throw ternaryConditionError(ev, c, ast.condition);
}
function logicalOperandError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_logical_operand",
    `Logical operator requires bool operands, got '${type}'`,
    node
  );
}
function logicalValueOrErr(ev, v, node) {
  if (v instanceof Error) return v;
  return logicalOperandError(ev, v, node);
}
function _logicalOp(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (right === !exp) {
    if (left === right) return right;
    throw logicalValueOrErr(ev, left, ast.left);
  }
  if (right instanceof Promise) return right.then((r) => _logicalOpAsync(exp, ev, ast, left, r));
  throw logicalOperandError(ev, right, ast.left);
}
function _logicalOpAsync(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (typeof right !== "boolean") throw logicalOperandError(ev, right, ast.right);
  if (typeof left !== "boolean") throw logicalValueOrErr(ev, left, ast.left);
  return !exp;
}
function checkLogicalOp(chk, ast, ctx) {
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  const rightType = chk.check(ast.right = ast.args[1], ctx);
  if (!leftType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(leftType)}'`,
      ast
    );
  }
  if (!rightType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(rightType)}'`,
      ast
    );
  }
  return chk.boolType;
}
function checkUnary(chk, ast, ctx) {
  const op = ast.op;
  const right = chk.check(ast.args, ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  if (right.kind === "dyn") {
    ast.handle = maybeAsync(ast.args, false, handleUnary);
    return ast.candidates.returnType;
  }
  const overload = ast.candidates.findUnaryOverload(right);
  if (!overload) {
    throw chk.createError(
      "no_such_overload",
      `no such overload: ${op[0]}${chk.formatType(right)}`,
      ast
    );
  }
  ast.handle = maybeAsync(ast.args, false, overload.handler);
  return overload.returnType;
}
function handleUnary(left, ast, ev) {
  const leftType = ev.debugRuntimeType(left, ast.args.checkedType);
  const overload = ast.candidates.findUnaryOverload(leftType);
  if (overload) return overload.handler(left);
  throw ev.createError("no_such_overload", `no such overload: ${ast.op[0]}${leftType}`, ast);
}
function evaluateUnary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.args, ctx), ast, ev);
}
function checkBinary(chk, ast, ctx) {
  const op = ast.op;
  const left = chk.check(ast.left = ast.args[0], ctx);
  const right = chk.check(ast.right = ast.args[1], ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  const overload = left.hasDynType || right.hasDynType ? void 0 : ast.candidates.findBinaryOverload(left, right);
  ast.handle = maybeAsync(ast.left, ast.right, overload?.handler || handleBinary);
  if (overload) return overload.returnType;
  const type = ast.candidates.checkBinaryOverload(left, right);
  if (!left.hasDynType) ast.leftStaticType = left;
  if (!right.hasDynType) ast.rightStaticType = right;
  if (type) return type;
  throw chk.createError(
    "no_such_overload",
    `no such overload: ${chk.formatType(left)} ${op} ${chk.formatType(right)}`,
    ast
  );
}
function evaluateBinary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ev.run(ast.right, ctx), ast, ev);
}
function evaluateBinaryFirst(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ast.right, ast, ev);
}
function handleBinary(left, right, ast, ev) {
  const leftType = ast.leftStaticType || ev.debugTypeDeep(left).wrappedType;
  const rightType = ast.rightStaticType || ev.debugTypeDeep(right).wrappedType;
  const overload = ast.candidates.findBinaryOverload(leftType, rightType);
  if (overload) return overload.handler(left, right, ast, ev);
  throw ev.createError(
    "no_such_overload",
    `no such overload: ${leftType} ${ast.op} ${rightType}`,
    ast
  );
}
function callFunctionHandler(handler, ev, args, ast) {
  try {
    const result = handler.apply(ev, args);
    if (result instanceof Promise) {
      return result.catch((error) => {
        throw attachErrorAst(error, ast);
      });
    }
    return result;
  } catch (error) {
    throw attachErrorAst(error, ast);
  }
}
function callFn(args, ast, ev) {
  const argAst = ast.args[1];
  const types = ast.argTypes;
  let i = argAst.length;
  while (i--) types[i] = ev.debugRuntimeType(args[i], argAst[i].checkedType);
  const decl = ast.candidates.findFunction(types);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function callRecFn(args, ev, ast) {
  const [, receiverAst, argAst] = ast.args;
  const types = ast.argTypes;
  for (let i = 0; i < types.length; i++)
    types[i] = ev.debugRuntimeType(args[i + 1], argAst[i].checkedType);
  const receiverType = ev.debugRuntimeType(args[0], receiverAst.checkedType);
  const decl = ast.candidates.findFunction(types, receiverType);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${receiverType.type}.${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function resolveAstArray(ev, astArray, ctx, i = astArray.length) {
  if (i === 0) return [];
  let async;
  const results = new Array(i);
  while (i--) if ((results[i] = ev.run(astArray[i], ctx)) instanceof Promise) async ??= true;
  return async ? Promise.all(results) : results;
}
function safeFromEntries(entries) {
  const obj = {};
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    obj[k] = v;
  }
  return obj;
}
function comprehensionElementType(chk, iterable, ctx) {
  const iterType = chk.check(iterable, ctx);
  if (iterType.kind === "dyn") return iterType;
  if (iterType.kind === "list") return iterType.valueType;
  if (iterType.kind === "map") return iterType.keyType;
  throw chk.createError(
    "invalid_comprehension_range",
    `Expression of type '${chk.formatType(
      iterType
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    iterable
  );
}
function toIterable(ev, args, coll) {
  if (coll instanceof Set) return [...coll];
  if (coll instanceof Map) return [...coll.keys()];
  if (coll && typeof coll === "object") return objKeys(coll);
  throw ev.createError(
    "invalid_comprehension_range",
    `Expression of type '${ev.debugType(
      coll
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    args.iterable
  );
}
function runQualifier(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateQuantifier(ev, ctx, args, items, accu, 0);
  return continueQuantifier(ev, ctx, args, items, accu, 0);
}
function runComprehension(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateLoop(ev, ctx, args, items, accu, 0);
  return continueLoop(ev, ctx, args, items, accu, 0);
}
function iterateLoop(ev, ctx, args, items, accu, i) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (condition && !condition(accu)) break;
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) return continueLoop(ev, ctx, args, items, accu, i);
  }
  return args.result(accu);
}
async function continueLoop(ev, ctx, args, items, accu, i) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  accu = await accu;
  while (i < len) {
    if (condition && !condition(accu)) return args.result(accu);
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) accu = await accu;
  }
  return args.result(accu);
}
function iterateQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) return continueQuantifier(ev, ctx, args, items, accu, i, error, stp);
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
async function continueQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  stp = await stp;
  if (stp instanceof Error) error ??= stp;
  else accu = stp;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) stp = await stp;
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
function oFieldAccess(left, right, ast, ev) {
  return ev.optionalType.field(left, right, ast, ev);
}
function fieldAccessStatic(left, right, ast, ev) {
  return ast.left.checkedType.field(left, right, ast, ev);
}
var empty = /* @__PURE__ */ Object.create(null);
function fieldAccess(left, right, ast, ev) {
  switch (left?.constructor) {
    case void 0:
    case Object: {
      const v = hasOwn(left || empty, right) ? left[right] : void 0;
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Map: {
      const v = left.get(right);
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Array:
    case Set:
      return ev.listType.field(left, right, ast, ev);
    default:
      const t = ev.objectTypesByConstructor.get(left.constructor);
      if (t) return t.type.field(left, right, ast, ev);
      else if (typeof left === "object") unsupportedType(ev, left.constructor.name);
  }
  throw ev.createError("no_such_key", `No such key: ${right}`, ast);
}
var emptyList = () => [];
var emptyMap = () => ({});
var OPERATORS = {
  value: {
    check(chk, ast) {
      return chk.debugType(ast.args);
    },
    evaluate(_ev, ast) {
      return ast.args;
    }
  },
  id: {
    check(chk, ast, ctx) {
      const variable = ctx.getVariable(ast.args);
      if (!variable) throw chk.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
      if (variable.constant) {
        const alternate = ast.clone(OPERATORS.value, variable.value);
        ast.setMeta("alternate", alternate);
        return chk.check(alternate, ctx);
      }
      return variable.type;
    },
    evaluate(ev, ast, ctx) {
      return ctx.getCheckedValue(ev, ast);
    }
  },
  ".": {
    alias: "fieldAccess",
    check: checkAccessNode,
    evaluate: evaluateBinaryFirst
  },
  ".?": {
    alias: "optionalFieldAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinaryFirst
  },
  "[]": {
    alias: "bracketAccess",
    check: checkAccessNode,
    evaluate: evaluateBinary
  },
  "[?]": {
    alias: "optionalBracketAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinary
  },
  call: {
    check(chk, ast, ctx) {
      const [functionName, args] = ast.args;
      const candidates = ast.candidates = chk.registry.functionCandidates(
        false,
        functionName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      const decl = candidates.findFunction(argTypes);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${functionName}(${chk.formatTypeList(argTypes)})'`,
          ast
        );
      }
      const handle = argTypes.some((t) => t.hasDynType) ? callFn : decl.handler.__handle ??= (l, _ast, e) => callFunctionHandler(decl.handler, e, l, _ast);
      ast.handle = maybeAsync(args, false, handle);
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.args[1], ctx), ast, ev);
    }
  },
  rcall: {
    check(chk, ast, ctx) {
      const [methodName, receiver, args] = ast.args;
      const receiverType = chk.check(receiver, ctx);
      const candidates = ast.candidates = chk.registry.functionCandidates(
        true,
        methodName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      ast.receiverWithArgs = [receiver, ...args];
      ast.handle = maybeAsync(ast.receiverWithArgs, false, callRecFn);
      if (receiverType.kind === "dyn" && candidates.returnType) return candidates.returnType;
      const decl = candidates.findFunction(argTypes, receiverType);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${receiverType.type}.${methodName}(${chk.formatTypeList(
            argTypes
          )})'`,
          ast
        );
      }
      if (!receiverType.hasPlaceholderType && !argTypes.some((t) => t.hasDynType)) {
        const fn = decl.handler;
        const handle = fn.__handle ??= (a, ev, _ast) => callFunctionHandler(fn, ev, a, _ast);
        ast.handle = maybeAsync(ast.receiverWithArgs, false, handle);
      }
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.receiverWithArgs, ctx), ev, ast);
    }
  },
  list: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyList) && chk.getType("list<T>");
      let valueType = chk.check(arr[0], ctx);
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      for (let i = 1; i < arrLen; i++)
        valueType = check2(chk, ctx, valueType, arr[i], "heterogeneous_list_element");
      return chk.registry.getListType(valueType);
    },
    evaluate(ev, ast, ctx) {
      return resolveAstArray(ev, ast.args, ctx);
    }
  },
  map: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyMap) && chk.getType("map<K, V>");
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      let keyType = chk.check(arr[0][0], ctx);
      let valueType = chk.check(arr[0][1], ctx);
      for (let i = 1; i < arrLen; i++) {
        const e = arr[i];
        keyType = check2(chk, ctx, keyType, e[0], "heterogeneous_map_key");
        valueType = check2(chk, ctx, valueType, e[1], "heterogeneous_map_value");
      }
      return chk.registry.getMapType(keyType, valueType);
    },
    evaluate(ev, ast, ctx) {
      const astEntries = ast.args;
      const len = astEntries.length;
      const results = new Array(len);
      let async;
      for (let i = 0; i < len; i++) {
        const e = astEntries[i];
        const k = ev.run(e[0], ctx);
        const v = ev.run(e[1], ctx);
        if (k instanceof Promise || v instanceof Promise) {
          results[i] = Promise.all([k, v]);
          async ??= true;
        } else {
          results[i] = [k, v];
        }
      }
      if (async) return Promise.all(results).then(safeFromEntries);
      return safeFromEntries(results);
    }
  },
  comprehension: {
    check(chk, ast, ctx) {
      const args = ast.args;
      args.iterCtx = ctx.forkWithVariable(args.iterVarName, comprehensionElementType(chk, args.iterable, ctx)).setAccuType(chk.check(args.init, ctx));
      const stepType = chk.check(args.step, args.iterCtx);
      const handler = args.errorsAreFatal ? runComprehension : runQualifier;
      ast.handle = maybeAsync(args.iterable, false, handler);
      if (args.kind === "quantifier") return chk.boolType;
      return stepType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.args.iterable, ctx), ast.args, ev, ctx);
    }
  },
  accuValue: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue;
    }
  },
  accuInc: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue += 1;
    }
  },
  accuPush: {
    check(chk, ast, ctx) {
      const listType2 = ctx.accuType;
      const itemType = chk.check(ast.args, ctx);
      if (!ast.args.maybeAsync) ast.setMeta("evaluate", OPERATORS.accuPush.evaluateSync);
      if (listType2.kind === "list" && listType2.valueType.kind !== "param") return listType2;
      return chk.registry.getListType(itemType);
    },
    evaluateSync(ev, ast, ctx) {
      return ctx.accuValue.push(ev.run(ast.args, ctx)), ctx.accuValue;
    },
    evaluate(ev, ast, ctx) {
      const arr = ctx.accuValue;
      const el = ev.run(ast.args, ctx);
      if (el instanceof Promise) return el.then((_e) => arr.push(_e) && arr);
      arr.push(el);
      return arr;
    }
  },
  "?:": {
    alias: "ternary",
    check(chk, ast, ctx) {
      const condast = ast.condition = ast.args[0];
      const leftast = ast.left = ast.args[1];
      const rightast = ast.right = ast.args[2];
      const condType = chk.check(condast, ctx);
      if (!condType.isDynOrBool()) {
        throw chk.createError(
          "invalid_condition_type",
          `${condast.meta.label || "Ternary condition must be bool"}, got '${chk.formatType(condType)}'`,
          condast
        );
      }
      const leftType = chk.check(leftast, ctx);
      const rightType = chk.check(rightast, ctx);
      const unified = leftType.unify(chk.registry, rightType);
      ast.handle = maybeAsync(condast, false, handleTernary);
      if (unified) return unified;
      throw chk.createError(
        "incompatible_ternary_branches",
        `Ternary branches must have the same type, got '${chk.formatType(
          leftType
        )}' and '${chk.formatType(rightType)}'`,
        ast
      );
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.condition, ctx), ev, ast, ctx);
    }
  },
  "||": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === true) return true;
      if (l === false) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(true, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === true ? _l : _logicalOp(true, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(true, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "&&": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === false) return false;
      if (l === true) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(false, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === false ? _l : _logicalOp(false, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(false, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "!_": { alias: "unaryNot", check: checkUnary, evaluate: evaluateUnary },
  "-_": { alias: "unaryMinus", check: checkUnary, evaluate: evaluateUnary }
};
var binaryOperators = ["!=", "==", "in", "+", "-", "*", "/", "%", "<", "<=", ">", ">="];
for (const op of binaryOperators) OPERATORS[op] = { check: checkBinary, evaluate: evaluateBinary };
for (const op of objKeys(OPERATORS)) {
  const obj = OPERATORS[op];
  obj.name = op;
  if (obj.alias) OPERATORS[obj.alias] = obj;
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/macros.js
var identity = (x) => x;
function assertIdentifier(node, message) {
  if (node.op === "id") return node.args;
  throw parseError("invalid_macro_argument", message, node);
}
function createMapExpander(hasFilter) {
  const functionDesc = hasFilter ? "map(var, filter, transform)" : "map(var, transform)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} filter predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const [iterVar, predicate, transform] = hasFilter ? args : [args[0], null, args[1]];
    let step = transform.clone(OPERATORS.accuPush, transform);
    if (predicate) {
      const accuValue = predicate.clone(OPERATORS.accuValue);
      step = predicate.clone(OPERATORS.ternary, [predicate.setMeta("label", label), step, accuValue]);
    }
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName: assertIdentifier(iterVar, invalidMsg),
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createFilterExpander() {
  const functionDesc = "filter(var, predicate)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const iterVarName = assertIdentifier(args[0], invalidMsg);
    const accuValue = callAst.clone(OPERATORS.accuValue);
    const predicate = args[1].setMeta("label", label);
    const appendItem = callAst.clone(OPERATORS.accuPush, callAst.clone(OPERATORS.id, iterVarName));
    const step = predicate.clone(OPERATORS.ternary, [predicate, appendItem, accuValue]);
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName,
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createQuantifierExpander(opts) {
  const invalidMsg = `${opts.name}(var, predicate) invalid predicate iteration variable`;
  const label = `${opts.name}(var, predicate) predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const predicate = args[1].setMeta("label", label);
    const transform = opts.transform({ args, ast: callAst, predicate, opts });
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        kind: "quantifier",
        errorsAreFatal: opts.errorsAreFatal || false,
        iterable: receiver,
        iterVarName: assertIdentifier(args[0], invalidMsg),
        init: transform.init,
        condition: transform.condition,
        step: transform.step,
        result: transform.result || identity
      })
    };
  };
}
function createHasExpander() {
  const invalidHasArgument = "has() invalid argument";
  function evaluate2(ev, macro, ctx) {
    const nodes = macro.macroHasProps;
    let i = nodes.length;
    let obj = ev.run(nodes[--i], ctx);
    let inOptionalContext;
    while (i--) {
      const node = nodes[i];
      if (node.op === ".?") inOptionalContext ??= true;
      obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev);
      if (obj !== void 0) continue;
      if (!(!inOptionalContext && i && node.op === ".")) break;
      throw evaluationError("no_such_key", `No such key: ${node.args[1]}`, node);
    }
    return obj !== void 0;
  }
  function typeCheck(checker, macro, ctx) {
    let node = macro.args[0];
    if (node.op !== ".") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
    if (!macro.macroHasProps) {
      const props = [];
      while (node.op === "." || node.op === ".?") node = props.push(node) && node.args[0];
      if (node.op !== "id") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
      checker.check(node, ctx);
      props.push(node);
      macro.macroHasProps = props;
    }
    return checker.getType("bool");
  }
  return function({ args }) {
    return { args, evaluate: evaluate2, typeCheck, async: false };
  };
}
function registerMacros(registry) {
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler);
  functionOverload("has(ast): bool", createHasExpander());
  functionOverload(
    "list.all(ast, ast): bool",
    createQuantifierExpander({
      name: "all",
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, true),
          condition: identity,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists(ast, ast): bool",
    createQuantifierExpander({
      name: "exists",
      condition(accu) {
        return !accu;
      },
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, false),
          condition: opts.condition,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists_one(ast, ast): bool",
    createQuantifierExpander({
      name: "exists_one",
      errorsAreFatal: true,
      result(accu) {
        return accu === 1;
      },
      transform({ ast: callAst, predicate, opts }) {
        const accuValue = callAst.clone(OPERATORS.accuValue);
        return {
          init: callAst.clone(OPERATORS.value, 0),
          step: predicate.clone(OPERATORS.ternary, [predicate, callAst.clone(OPERATORS.accuInc), accuValue]),
          result: opts.result
        };
      }
    })
  );
  functionOverload("list.map(ast, ast): list<dyn>", createMapExpander(false));
  functionOverload("list.map(ast, ast, ast): list<dyn>", createMapExpander(true));
  functionOverload("list.filter(ast, ast): list<dyn>", createFilterExpander());
  class CelNamespace {
  }
  const celNamespace = new CelNamespace();
  registry.registerType("CelNamespace", CelNamespace);
  registry.registerConstant("cel", "CelNamespace", celNamespace);
  function bindTypeCheck(checker, m, ctx) {
    m.bindCtx = ctx.forkWithVariable(m.var, checker.check(m.val, ctx));
    const type = checker.check(m.exp, m.bindCtx);
    if (m.val.maybeAsync || m.exp.maybeAsync) return type;
    m.ast.setMeta("async", false);
    m.evaluate = bindEvaluateSync;
    return type;
  }
  function bindOptionalEvaluate(ev, exp, bindCtx, ctx, boundValue) {
    const res = ev.run(exp, ctx = bindCtx.reuse(ctx).setIterValue(boundValue, ev));
    if (res instanceof Promise && ctx === bindCtx) ctx.async = true;
    return res;
  }
  function bindEvaluate(ev, { val, exp, bindCtx }, ctx) {
    const v = ev.run(val, ctx);
    if (v instanceof Promise) return v.then((_v) => bindOptionalEvaluate(ev, exp, bindCtx, ctx, _v));
    return bindOptionalEvaluate(ev, exp, bindCtx, ctx, v);
  }
  function bindEvaluateSync(ev, { val, exp, bindCtx }, ctx) {
    return ev.run(exp, bindCtx.reuse(ctx).setIterValue(ev.run(val, ctx), ev));
  }
  functionOverload("CelNamespace.bind(ast, dyn, ast): dyn", ({ ast, args }) => {
    return {
      ast,
      var: assertIdentifier(args[0], "invalid variable argument"),
      val: args[1],
      exp: args[2],
      bindCtx: void 0,
      typeCheck: bindTypeCheck,
      evaluate: bindEvaluate
    };
  });
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/overloads.js
function registerOverloads(registry) {
  const unaryOverload = (op, t, h, ret) => registry.unaryOverload(op, t, h, ret, false);
  const binaryOverload = (l, op, r, h, ret) => registry.binaryOverload(l, op, r, h, ret, false);
  function verifyInteger(v, ast) {
    if (v <= MAX_INT && v >= MIN_INT) return v;
    throw evaluationError("numeric_overflow", `integer overflow: ${v}`, ast);
  }
  function throwDivisionByZero(ast) {
    throw evaluationError("division_by_zero", "division by zero", ast);
  }
  function throwModuloByZero(ast) {
    throw evaluationError("modulo_by_zero", "modulo by zero", ast);
  }
  unaryOverload("!", "bool", (a) => !a);
  unaryOverload("-", "int", (a) => -a);
  binaryOverload("dyn<int>", `==`, `double`, (a, b) => a == b);
  binaryOverload("dyn<int>", `==`, `uint`, (a, b) => a == b.valueOf());
  binaryOverload("int", "*", "int", (a, b, ast) => verifyInteger(a * b, ast));
  binaryOverload("int", "+", "int", (a, b, ast) => verifyInteger(a + b, ast));
  binaryOverload("int", "-", "int", (a, b, ast) => verifyInteger(a - b, ast));
  binaryOverload("int", "/", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwDivisionByZero(ast);
    return a / b;
  });
  binaryOverload("int", "%", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwModuloByZero(ast);
    return a % b;
  });
  unaryOverload("-", "double", (a) => -a);
  binaryOverload("double", "*", "double", (a, b) => a * b);
  binaryOverload("double", "+", "double", (a, b) => a + b);
  binaryOverload("double", "-", "double", (a, b) => a - b);
  binaryOverload("double", "/", "double", (a, b) => a / b);
  binaryOverload("string", "+", "string", (a, b) => a + b);
  binaryOverload("list<V>", "+", "list<V>", (a, b) => [...a, ...b]);
  binaryOverload("bytes", "+", "bytes", (a, b) => {
    if (!a.length) return b;
    if (!b.length) return a;
    const result = new Uint8Array(a.length + b.length);
    result.set(a, 0);
    result.set(b, a.length);
    return result;
  });
  const GPD = "google.protobuf.Duration";
  binaryOverload(GPD, "+", GPD, (a, b) => a.addDuration(b));
  binaryOverload(GPD, "-", GPD, (a, b) => a.subtractDuration(b));
  binaryOverload(GPD, "==", GPD, (a, b) => a.seconds === b.seconds && a.nanos === b.nanos);
  const GPT = "google.protobuf.Timestamp";
  binaryOverload(GPT, "==", GPT, (a, b) => a.getTime() === b.getTime());
  binaryOverload(GPT, "-", GPT, (a, b) => Duration.fromMilliseconds(a.getTime() - b.getTime()), GPD);
  binaryOverload(GPT, "-", GPD, (a, b) => b.subtractTimestamp(a));
  binaryOverload(GPT, "+", GPD, (a, b) => b.extendTimestamp(a));
  binaryOverload(GPD, "+", GPT, (a, b) => a.extendTimestamp(b));
  function listIncludes(value, list, ast, ev) {
    if (list instanceof Set && list.has(value)) return true;
    for (const v of list) if (isEqual(value, v, ast, ev)) return true;
    return false;
  }
  function mapIncludes(a, b) {
    if (b instanceof Map) return b.get(a) !== void 0;
    return hasOwn(b, a) ? b[a] !== void 0 : false;
  }
  function listMembership(value, list, ast, ev) {
    return listIncludes(value, list, ast, ev);
  }
  binaryOverload("V", "in", "list<V>", listMembership);
  binaryOverload("K", "in", "map<K, V>", mapIncludes);
  for (const t of ["type", "null", "bool", "string", "int", "double"]) {
    binaryOverload(t, "==", t, (a, b) => a === b);
  }
  binaryOverload("bytes", `==`, "bytes", (a, b) => {
    if (a === b) return true;
    let i = a.length;
    if (i !== b.length) return false;
    while (i--) if (a[i] !== b[i]) return false;
    return true;
  });
  binaryOverload("list<V>", `==`, "list<V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (isArray(a) && isArray(b)) {
      const length = a.length;
      if (length !== b.length) return false;
      for (let i = 0; i < length; i++) {
        if (!isEqual(a[i], b[i], ast, ev)) return false;
      }
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const value of a) if (!b.has(value)) return false;
      return true;
    }
    const arr = a instanceof Set ? b : a;
    const set = a instanceof Set ? a : b;
    if (!isArray(arr)) return false;
    if (arr.length !== set?.size) return false;
    for (let i = 0; i < arr.length; i++) if (!set.has(arr[i])) return false;
    return true;
  });
  binaryOverload("map<K, V>", `==`, "map<K, V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a)
        if (!(b.has(key) && isEqual(value, b.get(key), ast, ev))) return false;
      return true;
    }
    if (a instanceof Map || b instanceof Map) {
      const obj = a instanceof Map ? b : a;
      const map = a instanceof Map ? a : b;
      const keysObj = objKeys(obj);
      if (map.size !== keysObj.length) return false;
      for (const [key, value] of map) {
        if (!(key in obj && isEqual(value, obj[key], ast, ev))) return false;
      }
      return true;
    }
    const keysA = objKeys(a);
    const keysB = objKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i];
      if (!(key in b && isEqual(a[key], b[key], ast, ev))) return false;
    }
    return true;
  });
  binaryOverload("uint", "==", "uint", (a, b) => a.valueOf() === b.valueOf());
  binaryOverload("dyn<uint>", `==`, `double`, (a, b) => a.valueOf() == b);
  binaryOverload("uint", "+", "uint", (a, b) => new UnsignedInt(a.valueOf() + b.valueOf()));
  binaryOverload("uint", "-", "uint", (a, b) => new UnsignedInt(a.valueOf() - b.valueOf()));
  binaryOverload("uint", "*", "uint", (a, b) => new UnsignedInt(a.valueOf() * b.valueOf()));
  binaryOverload("uint", "/", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwDivisionByZero(ast);
    return new UnsignedInt(a.valueOf() / b.valueOf());
  });
  binaryOverload("uint", "%", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwModuloByZero(ast);
    return new UnsignedInt(a.valueOf() % b.valueOf());
  });
  for (const [left, right] of [
    ["bool", "bool"],
    ["int", "int"],
    ["uint", "uint"],
    ["double", "double"],
    ["string", "string"],
    ["google.protobuf.Timestamp", "google.protobuf.Timestamp"],
    ["google.protobuf.Duration", "google.protobuf.Duration"],
    ["int", "uint"],
    ["int", "double"],
    ["double", "int"],
    ["double", "uint"],
    ["uint", "int"],
    ["uint", "double"]
  ]) {
    binaryOverload(left, "<", right, (a, b) => a < b);
    binaryOverload(left, "<=", right, (a, b) => a <= b);
    binaryOverload(left, ">", right, (a, b) => a > b);
    binaryOverload(left, ">=", right, (a, b) => a >= b);
  }
}
function isEqual(a, b, ast, ev) {
  if (a === b) return true;
  switch (typeof a) {
    case "undefined":
    case "string":
    case "boolean":
      return false;
    case "bigint":
      if (typeof b === "number") return a == b;
      return false;
    case "number":
      if (typeof b === "bigint") return a == b;
      return false;
    case "object":
      if (typeof b !== "object") return false;
      const leftType = ev.debugType(a);
      const rightType = ev.debugType(b);
      if (leftType !== rightType) return false;
      const overload = ev.registry.findBinaryOverload("==", leftType, rightType);
      if (!overload) return false;
      return overload.handler(a, b, ast, ev);
  }
  throw evaluationError("invalid_comparison_type", `Cannot compare values of type ${typeof a}`, ast);
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/type-checker.js
var toDynTypeBinding = (/* @__PURE__ */ new Map()).set("A", "dyn").set("T", "dyn").set("K", "dyn").set("V", "dyn");
var TypeChecker = class extends Base {
  constructor(opts, isEvaluating) {
    super(opts);
    this.createError = isEvaluating ? evaluationError : typeError;
  }
  /**
   * Check an expression and return its inferred type
   * @param {Array|any} ast - The AST node to check
   * @returns {Object} The inferred type declaration
   * @throws {TypeError} If type checking fails
   */
  check(ast, ctx) {
    try {
      return ast.checkedType ??= ast.check(this, ast, ctx);
    } catch (error) {
      throw attachErrorAst(error, ast);
    }
  }
  checkAccessOnType(ast, ctx, leftType, allowMissingField = false) {
    if (leftType === this.dynType) return leftType;
    const indexTypeName = (ast.op === "[]" || ast.op === "[?]" ? this.check(ast.args[1], ctx) : this.stringType).type;
    if (leftType.kind === "list") {
      if (indexTypeName === "int" || indexTypeName === "dyn") return leftType.valueType;
      throw this.createError("invalid_index_type", `List index must be int, got '${indexTypeName}'`, ast);
    }
    if (leftType.kind === "map") return leftType.valueType;
    const customType = this.objectTypes.get(leftType.name);
    if (customType) {
      if (!(indexTypeName === "string" || indexTypeName === "dyn")) {
        throw this.createError(
          "invalid_index_type",
          `Cannot index type '${leftType.name}' with type '${indexTypeName}'`,
          ast
        );
      }
      if (customType.fields) {
        let keyName;
        if (ast.op === "." || ast.op === ".?") keyName = ast.args[1];
        else if (ast.args[1].op === "value") keyName = ast.args[1].args;
        if (typeof keyName === "string") {
          const fieldType = customType.fields[keyName];
          if (fieldType) return fieldType;
          if (allowMissingField) return this.dynType;
          throw this.createError("no_such_key", `No such key: ${keyName}`, ast);
        }
      }
      return this.dynType;
    }
    throw this.createError("cannot_index_type", `Cannot index type '${this.formatType(leftType)}'`, ast);
  }
  formatType(type) {
    if (!type.hasPlaceholderType) return type.name;
    return type.templated(this.registry, toDynTypeBinding).name;
  }
  formatTypeList(types) {
    return types.map((t) => this.formatType(t)).join(", ");
  }
};

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/parser.js
var TOKEN = {
  EOF: 0,
  NUMBER: 1,
  STRING: 2,
  BOOLEAN: 3,
  NULL: 4,
  IDENTIFIER: 5,
  PLUS: 6,
  MINUS: 7,
  MULTIPLY: 8,
  DIVIDE: 9,
  MODULO: 10,
  EQ: 11,
  NE: 12,
  LT: 13,
  LE: 14,
  GT: 15,
  GE: 16,
  AND: 17,
  OR: 18,
  NOT: 19,
  IN: 20,
  LPAREN: 21,
  RPAREN: 22,
  LBRACKET: 23,
  RBRACKET: 24,
  LBRACE: 25,
  RBRACE: 26,
  DOT: 27,
  COMMA: 28,
  COLON: 29,
  QUESTION: 30,
  BYTES: 31
};
var OP_FOR_TOKEN = {
  [TOKEN.EQ]: OPERATORS["=="],
  [TOKEN.PLUS]: OPERATORS["+"],
  [TOKEN.MINUS]: OPERATORS["-"],
  [TOKEN.MULTIPLY]: OPERATORS["*"],
  [TOKEN.DIVIDE]: OPERATORS["/"],
  [TOKEN.MODULO]: OPERATORS["%"],
  [TOKEN.LE]: OPERATORS["<="],
  [TOKEN.LT]: OPERATORS["<"],
  [TOKEN.GE]: OPERATORS[">="],
  [TOKEN.GT]: OPERATORS[">"],
  [TOKEN.NE]: OPERATORS["!="],
  [TOKEN.IN]: OPERATORS["in"]
};
var TOKEN_BY_NUMBER = {};
for (const key in TOKEN) TOKEN_BY_NUMBER[TOKEN[key]] = key;
var HEX_CODES = new Uint8Array(128);
for (const ch of "0123456789abcdefABCDEF") HEX_CODES[ch.charCodeAt(0)] = 1;
var ESCAPE_ERRORS = {
  bytes_unicode_escape: (e) => `\\${e} not allowed in bytes literals`,
  invalid_unicode_escape: (e) => `Invalid Unicode escape: \\${e}`,
  invalid_unicode_surrogate: (e) => `Invalid Unicode surrogate: \\${e}`,
  invalid_hex_escape: (e) => `Invalid hex escape: \\${e}`,
  invalid_octal_escape: () => "Octal escape must be 3 digits",
  octal_escape_out_of_range: (e) => `Octal escape out of range: \\${e}`,
  invalid_escape_sequence: (e) => `Invalid escape sequence: \\${e}`
};
var STRING_ESCAPES = {
  "\\": "\\",
  "?": "?",
  '"': '"',
  "'": "'",
  "`": "`",
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
var ASTNode = class _ASTNode {
  #meta;
  #input;
  constructor(input, pos, start, end, op, args) {
    this.#meta = { check: op.check, evaluate: op.evaluate };
    this.#input = input;
    this.op = op.name;
    this.args = args;
    this.pos = pos;
    this.start = start;
    this.end = end;
  }
  clone(op, args) {
    return new _ASTNode(this.#input, this.pos, this.start, this.end, op, args);
  }
  get meta() {
    return this.#meta;
  }
  get input() {
    return this.#input;
  }
  #computeIsAsync() {
    const ast = this.#meta.alternate ?? this;
    switch (ast.op) {
      case "value":
      case "id":
      case "accuValue":
      case "accuInc":
        return false;
      case "accuPush":
        return ast.args.maybeAsync;
      case "!_":
      case "-_":
        if (ast.candidates?.async !== false) return true;
        return ast.args.maybeAsync;
      case "!=":
      case "==":
      case "in":
      case "+":
      case "-":
      case "*":
      case "/":
      case "%":
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (ast.candidates?.async !== false) return true;
        return ast.args.some((a) => a.maybeAsync);
      case "call":
      case "rcall":
        if (ast.candidates?.async !== false) return true;
        return (ast.receiverWithArgs || ast.args[1]).some((a) => a.maybeAsync);
      case "comprehension":
        return ast.args.iterable.maybeAsync || ast.args.step.maybeAsync;
      case ".":
      case ".?":
        return ast.args[0].maybeAsync;
      case "?:":
      case "list":
      case "[]":
      case "[?]":
        return ast.args.some((a) => a.maybeAsync);
      case "||":
      case "&&":
        return ast.args.some((a) => a.maybeAsync);
      case "map":
        return ast.args.some((a) => a[0].maybeAsync || a[1].maybeAsync);
      default:
        return true;
    }
  }
  /**
   * Check whether we can optimize away async calling
   * If no ast members includes a function, we can optimize the call
   * for which we want to return true here.
   * @returns {boolean}
   */
  get maybeAsync() {
    return this.#meta.async ??= this.#computeIsAsync();
  }
  check(chk, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) return chk.check(meta.alternate, ctx);
    else if (meta.macro) return meta.macro.typeCheck(chk, meta.macro, ctx);
    return meta.check(chk, ast, ctx);
  }
  evaluate(ev, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) this.evaluate = this.#evaluateAlternate;
    else if (meta.macro) this.evaluate = this.#evaluateMacro;
    else this.evaluate = meta.evaluate;
    return this.evaluate(ev, ast, ctx);
  }
  #evaluateAlternate(ev, ast, ctx) {
    return (ast = this.#meta.alternate).evaluate(ev, ast, ctx);
  }
  #evaluateMacro(ev, ast, ctx) {
    return (ast = this.#meta.macro).evaluate(ev, ast, ctx);
  }
  setMeta(key, value) {
    return this.#meta[key] = value, this;
  }
  get range() {
    return { start: this.start, end: this.end };
  }
  toOldStructure() {
    const args = Array.isArray(this.args) ? this.args : [this.args];
    return [this.op, ...args.map((a) => a instanceof _ASTNode ? a.toOldStructure() : a)];
  }
};
var Lexer = class {
  input;
  pos;
  length;
  tokenPos;
  tokenType;
  tokenValue;
  reset(input) {
    this.pos = 0;
    this.input = input;
    this.length = input.length;
    return input;
  }
  token(pos, type, value) {
    this.tokenPos = pos;
    this.tokenType = type;
    this.tokenValue = value;
    return this;
  }
  // Read next token
  nextToken() {
    while (true) {
      const { pos, input, length } = this;
      if (pos >= length) return this.token(pos, TOKEN.EOF);
      const ch = input[pos];
      switch (ch) {
        // Whitespaces
        case " ":
        case "	":
        case "\n":
        case "\r":
          this.pos++;
          continue;
        // Operators
        case "=":
          if (input[pos + 1] !== "=") break;
          return this.token((this.pos += 2) - 2, TOKEN.EQ);
        case "&":
          if (input[pos + 1] !== "&") break;
          return this.token((this.pos += 2) - 2, TOKEN.AND);
        case "|":
          if (input[pos + 1] !== "|") break;
          return this.token((this.pos += 2) - 2, TOKEN.OR);
        case "+":
          return this.token(this.pos++, TOKEN.PLUS);
        case "-":
          return this.token(this.pos++, TOKEN.MINUS);
        case "*":
          return this.token(this.pos++, TOKEN.MULTIPLY);
        case "/":
          if (input[pos + 1] === "/") {
            while (this.pos < length && this.input[this.pos] !== "\n") this.pos++;
            continue;
          }
          return this.token(this.pos++, TOKEN.DIVIDE);
        case "%":
          return this.token(this.pos++, TOKEN.MODULO);
        case "<":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.LE);
          return this.token(this.pos++, TOKEN.LT);
        case ">":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.GE);
          return this.token(this.pos++, TOKEN.GT);
        case "!":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.NE);
          return this.token(this.pos++, TOKEN.NOT);
        case "(":
          return this.token(this.pos++, TOKEN.LPAREN);
        case ")":
          return this.token(this.pos++, TOKEN.RPAREN);
        case "[":
          return this.token(this.pos++, TOKEN.LBRACKET);
        case "]":
          return this.token(this.pos++, TOKEN.RBRACKET);
        case "{":
          return this.token(this.pos++, TOKEN.LBRACE);
        case "}":
          return this.token(this.pos++, TOKEN.RBRACE);
        case ".":
          return this.token(this.pos++, TOKEN.DOT);
        case ",":
          return this.token(this.pos++, TOKEN.COMMA);
        case ":":
          return this.token(this.pos++, TOKEN.COLON);
        case "?":
          return this.token(this.pos++, TOKEN.QUESTION);
        case `"`:
        case `'`:
          return this.readString(ch);
        // Check for string prefixes (b, B, r, R followed by quote)
        case "b":
        case "B":
        case "r":
        case "R": {
          const next = input[pos + 1];
          if (next === '"' || next === "'") return ++this.pos && this.readString(next, ch);
          return this.readIdentifier();
        }
        default: {
          const code = ch.charCodeAt(0);
          if (code <= 57 && code >= 48) return this.readNumber();
          if (this._isIdentifierCharCode(code)) return this.readIdentifier();
        }
      }
      throw parseError("unexpected_character", `Unexpected character: ${ch}`, {
        pos,
        start: pos,
        end: pos + 1,
        input
      });
    }
  }
  // Characters: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_
  _isIdentifierCharCode(c) {
    if (c < 48 || c > 122) return false;
    return c >= 97 || c >= 65 && c <= 90 || c <= 57 || c === 95;
  }
  _parseAsDouble(start, end) {
    const value = Number(this.input.substring(start, end));
    if (Number.isFinite(value)) return this.token(start, TOKEN.NUMBER, value);
    throw parseError("invalid_number", `Invalid number: ${value}`, {
      pos: start,
      start,
      end,
      input: this.input
    });
  }
  _parseAsBigInt(start, end, isHex, unsigned) {
    const string = this.input.substring(start, end);
    if (unsigned === "u" || unsigned === "U") {
      this.pos++;
      try {
        return this.token(start, TOKEN.NUMBER, new UnsignedInt(string));
      } catch (_err) {
      }
    } else {
      try {
        return this.token(start, TOKEN.NUMBER, BigInt(string));
      } catch (_err) {
      }
    }
    throw parseError(
      isHex ? "invalid_hex_integer" : "invalid_integer",
      isHex ? `Invalid hex integer: ${string}` : `Invalid integer: ${string}`,
      { pos: start, start, end: this.pos, input: this.input }
    );
  }
  _readDigits(input, length, pos, code) {
    while (pos < length && (code = input.charCodeAt(pos)) && !(code > 57 || code < 48)) pos++;
    return pos;
  }
  _readExponent(input, length, pos) {
    let ch = pos < length && input[pos];
    if (ch === "e" || ch === "E") {
      ch = ++pos < length && input[pos];
      if (ch === "-" || ch === "+") pos++;
      const start = pos;
      pos = this._readDigits(input, length, pos);
      if (start === pos)
        throw parseError("invalid_exponent", "Invalid exponent", {
          pos,
          start: pos,
          end: Math.min(pos + 1, input.length),
          input
        });
    }
    return pos;
  }
  readNumber() {
    const { input, length, pos: start } = this;
    let pos = start;
    if (input[pos] === "0" && (input[pos + 1] === "x" || input[pos + 1] === "X")) {
      pos += 2;
      while (pos < length && HEX_CODES[input[pos].charCodeAt(0)]) pos++;
      return this._parseAsBigInt(start, this.pos = pos, true, input[pos]);
    }
    pos = this._readDigits(input, length, pos);
    if (pos + 1 < length) {
      let isDouble = false;
      let afterpos = input[pos] === "." ? this._readDigits(input, length, pos + 1) : pos + 1;
      if (afterpos !== pos + 1) (isDouble = true) && (pos = afterpos);
      afterpos = this._readExponent(input, length, pos);
      if (afterpos !== pos) (isDouble = true) && (pos = afterpos);
      if (isDouble) return this._parseAsDouble(start, this.pos = pos);
    }
    return this._parseAsBigInt(start, this.pos = pos, false, input[pos]);
  }
  readString(del, prefix) {
    const { input: i, pos: s } = this;
    if (i[s + 1] === del && i[s + 2] === del) return this.readTripleQuotedString(del, prefix);
    return this.readSingleQuotedString(del, prefix);
  }
  _closeQuotedString(rawStart, rawValue, prefix, pos) {
    switch (prefix) {
      case "b":
      case "B": {
        const processed = this.processEscapes(rawStart, rawValue, true);
        const bytes = new Uint8Array(processed.length);
        for (let i = 0; i < processed.length; i++) bytes[i] = processed.charCodeAt(i) & 255;
        return this.token(pos - 1, TOKEN.BYTES, bytes);
      }
      case "r":
      case "R": {
        return this.token(pos - 1, TOKEN.STRING, rawValue);
      }
      default: {
        const value = this.processEscapes(rawStart, rawValue, false);
        return this.token(pos, TOKEN.STRING, value);
      }
    }
  }
  readSingleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 1;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          const rawStart = start + 1;
          const rawValue = input.slice(rawStart, pos);
          this.pos = ++pos;
          return this._closeQuotedString(rawStart, rawValue, prefix, start);
        case "\n":
        case "\r":
          throw parseError("newline_in_string", "Newlines not allowed in single-quoted strings", {
            pos,
            start: pos,
            end: pos + 1,
            input
          });
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_string", "Unterminated string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  readTripleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 3;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          if (input[pos + 1] === delimiter && input[pos + 2] === delimiter) {
            const rawStart = start + 3;
            const rawValue = input.slice(rawStart, pos);
            this.pos = pos + 3;
            return this._closeQuotedString(rawStart, rawValue, prefix, start);
          }
          break;
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_triple_quoted_string", "Unterminated triple-quoted string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  #escapeErr(code, offset, len, i, chars, extra) {
    const start = offset + i;
    return parseError(code, ESCAPE_ERRORS[code](extra), {
      input: this.input,
      pos: start,
      start,
      end: Math.min(start + chars, offset + len)
    });
  }
  processEscapes(offset, str, isBytes) {
    if (!str.includes("\\")) return str;
    const len = str.length;
    let result = "";
    let i = 0;
    while (i < len) {
      if (str[i] !== "\\" || i + 1 >= len) {
        result += str[i++];
        continue;
      }
      const next = str[i + 1];
      if (STRING_ESCAPES[next]) {
        result += STRING_ESCAPES[next];
        i += 2;
      } else if (next === "u" || next === "U") {
        if (isBytes) throw this.#escapeErr("bytes_unicode_escape", offset, len, i, 2, next);
        const hexLen = next === "u" ? 4 : 8;
        const hex = str.substring(i + 2, i + 2 + hexLen);
        const c = Number.parseInt(hex, 16);
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex) || c > 1114111)
          throw this.#escapeErr("invalid_unicode_escape", offset, len, i, 2 + hexLen, next + hex);
        if (c >= 55296 && c <= 57343)
          throw this.#escapeErr("invalid_unicode_surrogate", offset, len, i, 2 + hexLen, next + hex);
        result += String.fromCodePoint(c);
        i += 2 + hexLen;
      } else if (next === "x" || next === "X") {
        const h = str.substring(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw this.#escapeErr("invalid_hex_escape", offset, len, i, 4, next + h);
        result += String.fromCharCode(Number.parseInt(h, 16));
        i += 4;
      } else if (next >= "0" && next <= "7") {
        const o = str.substring(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(o)) throw this.#escapeErr("invalid_octal_escape", offset, len, i, 4);
        const value = Number.parseInt(o, 8);
        if (value > 255) throw this.#escapeErr("octal_escape_out_of_range", offset, len, i, 4, o);
        result += String.fromCharCode(value);
        i += 4;
      } else {
        throw this.#escapeErr("invalid_escape_sequence", offset, len, i, 2, next);
      }
    }
    return result;
  }
  readIdentifier() {
    const { pos, input, length } = this;
    let p = pos;
    while (p < length && this._isIdentifierCharCode(input[p].charCodeAt(0))) p++;
    const value = input.substring(pos, this.pos = p);
    switch (value) {
      case "true":
        return this.token(pos, TOKEN.BOOLEAN, true);
      case "false":
        return this.token(pos, TOKEN.BOOLEAN, false);
      case "null":
        return this.token(pos, TOKEN.NULL, null);
      case "in":
        return this.token(pos, TOKEN.IN);
      default:
        return this.token(pos, TOKEN.IDENTIFIER, value);
    }
  }
};
var globalLexer = new Lexer();
var Parser = class {
  lexer = globalLexer;
  input = null;
  maxDepthRemaining = null;
  astNodesRemaining = null;
  type = null;
  pos = null;
  constructor(limits, registry) {
    this.limits = limits;
    this.registry = registry;
  }
  #limitExceeded(limitKey, pos = this.pos) {
    throw parseError("limit_exceeded", `Exceeded ${limitKey} (${this.limits[limitKey]})`, {
      pos,
      start: pos,
      end: pos,
      input: this.input
    });
  }
  #node(start, end, op, args, pos = start) {
    const node = new ASTNode(this.input, pos, start, end, op, args);
    if (!this.astNodesRemaining--) this.#limitExceeded("maxAstNodes", pos);
    return node;
  }
  #infixNode(op, left, right) {
    return this.#node(left.start, right.end, op, [left, right]);
  }
  #ternaryNode(expression, consequent, alternate) {
    return this.#node(expression.start, alternate.end, OPERATORS.ternary, [
      expression,
      consequent,
      alternate
    ]);
  }
  #unaryNode(pos, op, arg) {
    return this.#node(pos, arg.end, op, arg);
  }
  #accessNode(op, left, right, end, pos = left.start) {
    return this.#node(left.start, end, op, [left, right], pos);
  }
  #advanceToken(returnValue = this.pos) {
    const l = this.lexer.nextToken();
    this.pos = l.tokenPos;
    this.type = l.tokenType;
    return returnValue;
  }
  // The value of the current token is accessed less regularly,
  // so we use a getter to reduce assignment overhead
  get value() {
    return this.lexer.tokenValue;
  }
  consume(expectedType) {
    if (this.type === expectedType) return this.#advanceToken();
    throw parseError(
      "expected_token",
      `Expected ${TOKEN_BY_NUMBER[expectedType]}, got ${TOKEN_BY_NUMBER[this.type]}`,
      { pos: this.pos, start: this.pos, end: this.lexer.pos, input: this.input }
    );
  }
  match(type) {
    return this.type === type;
  }
  // Parse entry point
  parse(input) {
    if (typeof input !== "string") {
      throw parseError("expression_must_be_string", "Expression must be a string");
    }
    this.input = this.lexer.reset(input);
    this.#advanceToken();
    this.maxDepthRemaining = this.limits.maxDepth;
    this.astNodesRemaining = this.limits.maxAstNodes;
    const result = this.parseExpression();
    if (this.match(TOKEN.EOF)) return result;
    throw parseError(
      "unexpected_character",
      `Unexpected character: '${this.input[this.lexer.pos - 1]}'`,
      {
        pos: this.pos,
        start: this.pos,
        end: this.lexer.pos,
        input: this.input
      }
    );
  }
  #expandMacro(start, end, op, args) {
    const methodName = args[0];
    const receiver = op === OPERATORS.rcall ? args[1] : null;
    const fnArgs = op === OPERATORS.rcall ? args[2] : args[1];
    const decl = this.registry.findMacro(methodName, !!receiver, fnArgs.length);
    const ast = this.#node(start, end, op, args);
    if (!decl) return ast;
    const macro = decl.handler({ ast, args: fnArgs, receiver, methodName, parser: this });
    if (macro.callAst) return ast.setMeta("alternate", macro.callAst);
    return ast.setMeta("macro", macro).setMeta("async", isAsync(macro.evaluate, macro.async));
  }
  // Expression ::= LogicalOr ('?' Expression ':' Expression)?
  parseExpression() {
    if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth");
    const expr = this.parseLogicalOr();
    if (!this.match(TOKEN.QUESTION)) return ++this.maxDepthRemaining && expr;
    this.#advanceToken();
    const consequent = this.parseExpression();
    this.consume(TOKEN.COLON);
    const alternate = this.parseExpression();
    this.maxDepthRemaining++;
    return this.#ternaryNode(expr, consequent, alternate);
  }
  // LogicalOr ::= LogicalAnd ('||' LogicalAnd)*
  parseLogicalOr() {
    let expr = this.parseLogicalAnd();
    while (this.match(TOKEN.OR)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["||"], expr, this.parseLogicalAnd());
    }
    return expr;
  }
  // LogicalAnd ::= Equality ('&&' Equality)*
  parseLogicalAnd() {
    let expr = this.parseEquality();
    while (this.match(TOKEN.AND)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["&&"], expr, this.parseEquality());
    }
    return expr;
  }
  // Equality ::= Relational (('==' | '!=') Relational)*
  parseEquality() {
    let expr = this.parseRelational();
    while (this.match(TOKEN.EQ) || this.match(TOKEN.NE)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseRelational());
    }
    return expr;
  }
  // Relational ::= Additive (('<' | '<=' | '>' | '>=' | 'in') Additive)*
  parseRelational() {
    let expr = this.parseAdditive();
    while (this.match(TOKEN.LT) || this.match(TOKEN.LE) || this.match(TOKEN.GT) || this.match(TOKEN.GE) || this.match(TOKEN.IN)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseAdditive());
    }
    return expr;
  }
  // Additive ::= Multiplicative (('+' | '-') Multiplicative)*
  parseAdditive() {
    let expr = this.parseMultiplicative();
    while (this.match(TOKEN.PLUS) || this.match(TOKEN.MINUS)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseMultiplicative());
    }
    return expr;
  }
  // Multiplicative ::= Unary (('*' | '/' | '%') Unary)*
  parseMultiplicative() {
    let expr = this.parseUnary();
    while (this.match(TOKEN.MULTIPLY) || this.match(TOKEN.DIVIDE) || this.match(TOKEN.MODULO)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseUnary());
    }
    return expr;
  }
  // Unary ::= ('!' | '-')* Postfix
  parseUnary() {
    if (this.type === TOKEN.NOT) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryNot, this.parseUnary());
    }
    if (this.type === TOKEN.MINUS) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryMinus, this.parseUnary());
    }
    return this.parsePostfix();
  }
  // Postfix ::= Primary (('.' IDENTIFIER ('(' ArgumentList ')')? | '[' Expression ']'))*
  parsePostfix() {
    let expr = this.parsePrimary();
    const depth = this.maxDepthRemaining;
    while (true) {
      if (this.match(TOKEN.DOT)) {
        const dot = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", dot);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalFieldAccess : OPERATORS.fieldAccess;
        const propertyValue = this.value;
        const start = this.pos;
        const end = this.lexer.pos;
        this.consume(TOKEN.IDENTIFIER);
        if (op === OPERATORS.fieldAccess && this.match(TOKEN.LPAREN) && this.#advanceToken()) {
          const args = this.parseArgumentList();
          const closeEnd = this.lexer.pos;
          this.consume(TOKEN.RPAREN);
          expr = this.#expandMacro(expr.start, closeEnd, OPERATORS.rcall, [propertyValue, expr, args]);
        } else {
          expr = this.#accessNode(op, expr, propertyValue, end, start);
        }
        continue;
      }
      if (this.match(TOKEN.LBRACKET)) {
        const bracket = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", bracket);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalBracketAccess : OPERATORS.bracketAccess;
        const index = this.parseExpression();
        const closeEnd = this.lexer.pos;
        this.consume(TOKEN.RBRACKET);
        expr = this.#accessNode(op, expr, index, closeEnd);
        continue;
      }
      break;
    }
    this.maxDepthRemaining = depth;
    return expr;
  }
  // Primary ::= NUMBER | STRING | BOOLEAN | NULL | IDENTIFIER | '(' Expression ')' | Array | Object
  parsePrimary() {
    switch (this.type) {
      case TOKEN.NUMBER:
      case TOKEN.STRING:
      case TOKEN.BYTES:
      case TOKEN.BOOLEAN:
      case TOKEN.NULL:
        return this.#consumeLiteral();
      case TOKEN.IDENTIFIER:
        return this.#parseIdentifierPrimary();
      case TOKEN.LPAREN:
        return this.#parseParenthesizedExpression();
      case TOKEN.LBRACKET:
        return this.parseList();
      case TOKEN.LBRACE:
        return this.parseMap();
    }
    throw parseError("unexpected_token", `Unexpected token: ${TOKEN_BY_NUMBER[this.type]}`, {
      pos: this.pos,
      start: this.pos,
      end: this.lexer.pos,
      input: this.input
    });
  }
  #consumeLiteral() {
    return this.#advanceToken(this.#node(this.pos, this.lexer.pos, OPERATORS.value, this.value));
  }
  #parseIdentifierPrimary() {
    const value = this.value;
    const end = this.lexer.pos;
    const start = this.consume(TOKEN.IDENTIFIER);
    if (RESERVED.has(value)) {
      throw parseError("reserved_identifier", `Reserved identifier: ${value}`, {
        pos: start,
        start,
        end,
        input: this.input
      });
    }
    if (!this.match(TOKEN.LPAREN)) return this.#node(start, end, OPERATORS.id, value);
    this.#advanceToken();
    const args = this.parseArgumentList();
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RPAREN);
    return this.#expandMacro(start, closeEnd, OPERATORS.call, [value, args]);
  }
  #parseParenthesizedExpression() {
    this.consume(TOKEN.LPAREN);
    const expr = this.parseExpression();
    this.consume(TOKEN.RPAREN);
    return expr;
  }
  parseList() {
    const start = this.consume(TOKEN.LBRACKET);
    const elements = [];
    let remainingElements = this.limits.maxListElements;
    if (!this.match(TOKEN.RBRACKET)) {
      elements.push(this.parseExpression());
      if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACKET)) break;
        elements.push(this.parseExpression());
        if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACKET);
    return this.#node(start, closeEnd, OPERATORS.list, elements);
  }
  parseMap() {
    const start = this.consume(TOKEN.LBRACE);
    const props = [];
    let remainingEntries = this.limits.maxMapEntries;
    if (!this.match(TOKEN.RBRACE)) {
      props.push(this.parseProperty());
      if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACE)) break;
        props.push(this.parseProperty());
        if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACE);
    return this.#node(start, closeEnd, OPERATORS.map, props);
  }
  parseProperty() {
    return [this.parseExpression(), (this.consume(TOKEN.COLON), this.parseExpression())];
  }
  parseArgumentList() {
    const args = [];
    let remainingArgs = this.limits.maxCallArguments;
    if (!this.match(TOKEN.RPAREN)) {
      args.push(this.parseExpression());
      if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RPAREN)) break;
        args.push(this.parseExpression());
        if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      }
    }
    return args;
  }
};

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/options.js
var DEFAULT_LIMITS = objFreeze({
  maxAstNodes: 1e5,
  maxDepth: 250,
  maxListElements: 1e3,
  maxMapEntries: 1e3,
  maxCallArguments: 32
});
var LIMIT_KEYS = new Set(objKeys(DEFAULT_LIMITS));
function createLimits(overrides, base = DEFAULT_LIMITS) {
  const keys = overrides ? objKeys(overrides) : void 0;
  if (!keys?.length) return base;
  const merged = { ...base };
  for (const key of keys) {
    if (!LIMIT_KEYS.has(key)) throw new TypeError(`Unknown limits option: ${key}`);
    const value = overrides[key];
    if (typeof value !== "number") continue;
    merged[key] = value;
  }
  return objFreeze(merged);
}
var DEFAULT_OPTIONS = objFreeze({
  unlistedVariablesAreDyn: false,
  homogeneousAggregateLiterals: true,
  enableOptionalTypes: false,
  limits: DEFAULT_LIMITS
});
function bool(a, b, key) {
  const value = a?.[key] ?? b?.[key];
  if (typeof value !== "boolean") throw new TypeError(`Invalid option: ${key}`);
  return value;
}
function createOptions(opts, base = DEFAULT_OPTIONS) {
  if (!opts) return base;
  return objFreeze({
    unlistedVariablesAreDyn: bool(opts, base, "unlistedVariablesAreDyn"),
    homogeneousAggregateLiterals: bool(opts, base, "homogeneousAggregateLiterals"),
    enableOptionalTypes: bool(opts, base, "enableOptionalTypes"),
    limits: createLimits(opts.limits, base.limits)
  });
}

// ../../work/main/node_modules/@marcbachmann/cel-js/lib/evaluator.js
var globalRegistry = createRegistry({ enableOptionalTypes: false });
registerFunctions(globalRegistry);
registerOverloads(globalRegistry);
registerMacros(globalRegistry);
var Environment = class _Environment {
  #registry;
  #evaluator;
  #typeChecker;
  #evalTypeChecker;
  #parser;
  constructor(opts, inherited) {
    this.opts = createOptions(opts, inherited?.opts);
    this.#registry = (inherited instanceof _Environment ? inherited.#registry : globalRegistry).clone(this.opts);
    const childOpts = { registry: this.#registry, opts: this.opts };
    this.#typeChecker = new TypeChecker(childOpts);
    this.#evalTypeChecker = new TypeChecker(childOpts, true);
    this.#evaluator = new Evaluator(childOpts);
    this.#parser = new Parser(this.opts.limits, this.#registry);
    Object.freeze(this);
  }
  clone(opts) {
    return new _Environment(opts, this);
  }
  registerFunction(signature2, handler, opts) {
    this.#registry.registerFunctionOverload(signature2, handler, opts);
    return this;
  }
  registerOperator(string, handler, opts) {
    this.#registry.registerOperatorOverload(string, handler, opts);
    return this;
  }
  registerType(typename, constructor) {
    this.#registry.registerType(typename, constructor);
    return this;
  }
  registerVariable(name, type, opts) {
    this.#registry.registerVariable(name, type, opts);
    return this;
  }
  registerConstant(name, type, value) {
    this.#registry.registerConstant(name, type, value);
    return this;
  }
  hasVariable(name) {
    return this.#registry.variables.has(name);
  }
  getDefinitions() {
    return this.#registry.getDefinitions();
  }
  check(expression) {
    try {
      return this.#checkAST(this.#parser.parse(expression));
    } catch (error) {
      return { valid: false, error };
    }
  }
  #checkAST(ast) {
    try {
      const typeDecl = this.#typeChecker.check(ast, new RootContext(this.#registry));
      return { valid: true, type: this.#formatTypeForCheck(typeDecl) };
    } catch (error) {
      return { valid: false, error };
    }
  }
  #formatTypeForCheck(typeDecl) {
    if (typeDecl.name === `list<dyn>`) return "list";
    if (typeDecl.name === `map<dyn, dyn>`) return "map";
    return typeDecl.name;
  }
  parse(expression) {
    const ast = this.#parser.parse(expression);
    const evaluateParsed = this.#evaluateAST.bind(this, ast);
    evaluateParsed.check = this.#checkAST.bind(this, ast);
    evaluateParsed.ast = ast;
    return evaluateParsed;
  }
  evaluate(expression, context) {
    return this.#evaluateAST(this.#parser.parse(expression), context);
  }
  #evaluateAST(ast, ctx) {
    if (ast.checkedType) {
      return ast.evaluate(this.#evaluator, ast, new RootContext(this.#registry, ctx));
    } else {
      this.#evalTypeChecker.check(ast, ctx = new RootContext(this.#registry, ctx));
      return ast.evaluate(this.#evaluator, ast, ctx);
    }
  }
};
var Evaluator = class extends Base {
  constructor(opts) {
    super(opts);
    this.createError = evaluationError;
  }
  #firstMapElement(coll) {
    if (coll instanceof Map) return coll.entries().next().value;
    for (const key in coll) return [key, coll[key]];
  }
  debugRuntimeType(value, checkedType) {
    return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value);
  }
  debugTypeDeep(value) {
    const runtimeType = this.debugType(value);
    switch (runtimeType.kind) {
      case "list": {
        const first = value instanceof Array ? value[0] : value.values().next().value;
        if (first === void 0) return runtimeType;
        return this.registry.getListType(this.debugTypeDeep(first));
      }
      case "map": {
        const first = this.#firstMapElement(value);
        if (!first) return runtimeType;
        return this.registry.getMapType(
          runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType,
          runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType
        );
      }
      default:
        return runtimeType;
    }
  }
  tryEval(ast, ctx) {
    try {
      const res = this.run(ast, ctx);
      if (res instanceof Promise) return res.catch((err) => err);
      return res;
    } catch (err) {
      return err;
    }
  }
  run(ast, ctx) {
    return ast.evaluate(this, ast, ctx);
  }
};
var globalEnvironment = new Environment({
  unlistedVariablesAreDyn: true
});

// src/analyze/cel/parse-cel.ts
var kubernetesCel = new Environment({
  enableOptionalTypes: true,
  unlistedVariablesAreDyn: true,
  homogeneousAggregateLiterals: false
});
var parseCel = (expression) => {
  try {
    return { ok: true, ast: kubernetesCel.parse(expression).ast };
  } catch (error) {
    const shape = typeof error === "object" && error !== null ? error : {};
    const firstLine = typeof shape.message === "string" ? shape.message.split("\n", 1)[0] ?? "" : String(error);
    const start = typeof shape.range?.start === "number" ? shape.range.start : 0;
    const end = typeof shape.range?.end === "number" ? shape.range.end : expression.length;
    return { ok: false, reason: `CEL parse error: ${firstLine}`, start, end: Math.max(start, end) };
  }
};

// src/analyze/cel/read-expression.ts
var MAX_NESTING = 400;
var COMPREHENSIONS = /* @__PURE__ */ new Map([
  ["all", "bool"],
  ["exists", "bool"],
  ["exists_one", "bool"],
  ["existsOne", "bool"],
  ["filter", "subset"],
  ["sortBy", "subset"],
  ["map", "mapped"],
  ["transformList", "mapped"]
]);
var SUBSET_METHODS = /* @__PURE__ */ new Set(["slice", "distinct", "reverse", "sort"]);
var SCALAR_RESULTS = /* @__PURE__ */ new Set([
  "size",
  "contains",
  "startsWith",
  "endsWith",
  "matches",
  "join",
  "indexOf",
  "lastIndexOf",
  "lowerAscii",
  "upperAscii",
  "replace",
  "split",
  "substring",
  "trim",
  "charAt",
  "format",
  "quote",
  "isSorted",
  "sum",
  "min",
  "max",
  "hasValue",
  "string",
  "int",
  "uint",
  "double",
  "bool",
  "bytes",
  "type",
  "duration",
  "timestamp",
  "has",
  "isSemver",
  "semver",
  "quantity",
  "isQuantity",
  "url",
  "isURL",
  "ip",
  "isIP",
  "cidr",
  "isCIDR",
  "getHost",
  "getPort",
  "getScheme",
  "getPath",
  "compareTo",
  "isGreaterThan",
  "isLessThan",
  "add",
  "sub",
  "asInteger",
  "asApproximateFloat",
  "sign"
]);
var STRING_MATCHERS = /* @__PURE__ */ new Set(["startsWith", "endsWith", "matches", "contains"]);
var EXEMPTION_NAME = /exempt/i;
var MAX_EXEMPTION_SCAN = 256;
var lookup = (scope, name) => {
  for (let s = scope; s !== void 0; s = s.parent) if (s.name === name) return s.value;
  return void 0;
};
var isContainerList = (name) => CONTAINER_LISTS.includes(name);
var stringLiteral = (node) => node.op === "value" && typeof node.args === "string" ? node.args : void 0;
var isRequestField = (node, field) => (node.op === "." || node.op === ".?") && node.args[1] === field && node.args[0].op === "id" && node.args[0].args === "request";
var isStringList = (node) => node.op === "list" && node.args.every((element) => stringLiteral(element) !== void 0);
var mentionsExemption = (root) => {
  const stack = [root];
  for (let visited = 0; stack.length > 0 && visited < MAX_EXEMPTION_SCAN; visited++) {
    const node = stack.pop();
    if (node === void 0) break;
    if (node.op === "id" && EXEMPTION_NAME.test(node.args)) return true;
    if ((node.op === "." || node.op === ".?") && EXEMPTION_NAME.test(node.args[1])) return true;
    for (const child of childrenOf(node)) stack.push(child);
  }
  return false;
};
var childrenOf = (node) => {
  switch (node.op) {
    case "value":
    case "id":
      return [];
    case ".":
    case ".?":
      return [node.args[0]];
    case "call":
      return node.args[1];
    case "rcall":
      return [node.args[1], ...node.args[2]];
    case "list":
      return node.args;
    case "map":
      return node.args.flat();
    case "!_":
    case "-_":
      return [node.args];
    default:
      return node.args;
  }
};
var readExpression = (ast, id, variableValueOf, role = "check") => {
  const reads = {
    lists: [],
    fields: [],
    unknowns: [],
    variableRefs: [],
    subResourceReads: [],
    value: OPAQUE
  };
  let tooDeep = false;
  const evidence = (node) => ({ id, start: node.start, end: node.end });
  const unknown = (node, reason) => {
    reads.unknowns.push({ reason, at: evidence(node) });
    return LOST;
  };
  const recordField = (field, lists, role2, node) => {
    const path = field.filter((segment) => segment !== "[]");
    if (path.length === 0) return;
    const joined = path.join(".");
    const podLevel = lists.length === 0;
    reads.fields.push({
      field: joined,
      category: podLevel ? "pod-level" : containerFieldCategory(joined),
      role: !podLevel && role2 === "check" && joined === "name" ? "identity" : role2,
      lists,
      at: evidence(node)
    });
  };
  const joinAt = (a, b, node) => {
    const joined = join(a, b);
    if (joined.k === "lost" && a.k !== "lost" && b.k !== "lost") {
      return unknown(node, "too many alternative values to follow");
    }
    return joined;
  };
  const elementOf = (value, node) => {
    switch (value.k) {
      case "list":
        return value.elem;
      case "alt":
        return value.of.reduce((acc, each) => joinAt(acc, elementOf(each, node), node), EMPTY);
      case "lost":
        return LOST;
      case "object":
        if (leadsToPodSpec(value.path)) {
          return unknown(node, `iterates over object${value.path.map((s) => `.${s}`).join("")}, whose elements cannot be bound to a container list`);
        }
        return { k: "object", path: [...value.path, "[]"] };
      case "container":
        return value.path.length === 0 ? OPAQUE : value;
      default:
        return OPAQUE;
    }
  };
  const select = (receiver, key, node, role2) => {
    switch (receiver.k) {
      case "variables": {
        if (!reads.variableRefs.includes(key)) reads.variableRefs.push(key);
        const value = variableValueOf(key, evidence(node));
        return value ?? unknown(node, `variables.${key} is not defined`);
      }
      case "request":
        if (key === "object") return { k: "object", path: [] };
        if (key === "operation") return unknown(node, "request.operation is used in a form the analysis does not follow");
        if (key === "subResource") {
          reads.subResourceReads.push(evidence(node));
          return unknown(node, "request.subResource is used in a form the analysis does not follow");
        }
        return OPAQUE;
      case "object": {
        const path = [...receiver.path, key];
        const podSpec = podSpecOf2(receiver.path);
        if (podSpec !== void 0 && podSpec.path.length === receiver.path.length && isContainerList(key)) {
          reads.lists.push({ list: key, scope: podSpec.scope, at: evidence(node) });
          return { k: "list", elem: { k: "container", lists: [key], path: [] } };
        }
        if (!leadsToPodSpec(path) && podSpecOf2(path) !== void 0) recordField(path, [], role2, node);
        return { k: "object", path };
      }
      case "container": {
        const path = [...receiver.path, key];
        recordField(path, receiver.lists, role2, node);
        return { k: "container", lists: receiver.lists, path };
      }
      case "map":
        return receiver.entries.get(key) ?? OPAQUE;
      case "alt":
        return receiver.of.reduce((acc, each) => joinAt(acc, select(each, key, node, role2), node), EMPTY);
      case "lost":
        return LOST;
      default:
        return OPAQUE;
    }
  };
  const index = (receiver, node, role2) => {
    switch (receiver.k) {
      case "list":
        return receiver.elem;
      case "alt":
        return receiver.of.reduce((acc, each) => joinAt(acc, index(each, node, role2), node), EMPTY);
      case "lost":
        return LOST;
      case "variables":
        return unknown(node, "variables are selected with a computed name");
      case "object":
        if (leadsToPodSpec(receiver.path)) {
          return unknown(node, `a computed key selects from object${receiver.path.map((s) => `.${s}`).join("")}`);
        }
        if (podSpecOf2(receiver.path) !== void 0) recordField(receiver.path, [], role2, node);
        return { k: "object", path: [...receiver.path, "[]"] };
      case "container":
        if (receiver.path.length === 0) return unknown(node, "a computed key selects a container field");
        recordField(receiver.path, receiver.lists, role2, node);
        return receiver;
      case "map":
        return [...receiver.entries.values()].reduce((acc, each) => joinAt(acc, each, node), EMPTY);
      default:
        return OPAQUE;
    }
  };
  const requestTest = (node) => {
    if (node.op === "==" || node.op === "!=") {
      const [left, right] = node.args;
      const field = ["operation", "subResource"].find(
        (name) => isRequestField(left, name) && stringLiteral(right) !== void 0 || isRequestField(right, name) && stringLiteral(left) !== void 0
      );
      if (field === void 0) return false;
      if (field === "subResource") reads.subResourceReads.push(evidence(isRequestField(left, field) ? left : right));
      return true;
    }
    if (node.op === "in") {
      const [left, right] = node.args;
      const field = ["operation", "subResource"].find((name) => isRequestField(left, name));
      if (field === void 0 || !isStringList(right)) return false;
      if (field === "subResource") reads.subResourceReads.push(evidence(left));
      return true;
    }
    if (node.op === "call" && node.args[0] === "has" && node.args[1].length === 1) {
      const [argument] = node.args[1];
      if (argument === void 0) return false;
      const field = ["operation", "subResource"].find((name) => isRequestField(argument, name));
      if (field === void 0) return false;
      if (field === "subResource") reads.subResourceReads.push(evidence(argument));
      return true;
    }
    return false;
  };
  const visitAll = (nodes, scope, role2, depth) => nodes.map((each) => visit(each, scope, role2, depth + 1));
  const callResult = (name, inputs, node) => {
    if (SCALAR_RESULTS.has(name)) return OPAQUE;
    if (inputs.some(holdsContainers)) return unknown(node, `${name}() on container data is not followed`);
    return inputs.some((input) => input.k === "lost") ? LOST : OPAQUE;
  };
  const visitMethod = (node, scope, role2, depth) => {
    const [name, receiverNode, argumentNodes] = node.args;
    if (receiverNode.op === "id" && lookup(scope, receiverNode.args) === void 0) {
      if (receiverNode.args === "cel" && name === "bind" && argumentNodes.length === 3) {
        const [variable, init, body] = argumentNodes;
        if (variable?.op === "id" && init !== void 0 && body !== void 0) {
          const bound = visit(init, scope, role2, depth + 1);
          return visit(body, { name: variable.args, value: bound, parent: scope }, role2, depth + 1);
        }
      }
      if (receiverNode.args === "optional") {
        const values2 = visitAll(argumentNodes, scope, role2, depth);
        if (name === "none") return EMPTY;
        if (name === "of" || name === "ofNonZeroValue") return values2[0] ?? OPAQUE;
      }
    }
    const shape = COMPREHENSIONS.get(name);
    const [first] = argumentNodes;
    if (shape !== void 0 && first?.op === "id" && argumentNodes.length >= 2) {
      const receiver2 = visit(receiverNode, scope, role2, depth + 1);
      const element = elementOf(receiver2, receiverNode);
      const second = argumentNodes[1];
      const twoVariables = argumentNodes.length === 3 && name !== "map" && second?.op === "id";
      let inner = { name: first.args, value: twoVariables ? OPAQUE : element, parent: scope };
      if (twoVariables && second?.op === "id") inner = { name: second.args, value: element, parent: inner };
      const bodies = argumentNodes.slice(twoVariables ? 2 : 1);
      const values2 = visitAll(bodies, inner, role2, depth);
      if (shape === "bool") return OPAQUE;
      if (shape === "subset") return receiver2;
      return { k: "list", elem: values2[values2.length - 1] ?? OPAQUE };
    }
    const matcherRole = STRING_MATCHERS.has(name) && argumentNodes.some(mentionsExemption) ? "exemption" : role2;
    const receiver = visit(receiverNode, scope, matcherRole, depth + 1);
    const values = visitAll(argumentNodes, scope, role2, depth);
    switch (name) {
      case "orValue":
        return joinAt(receiver, values[0] ?? OPAQUE, node);
      case "value":
        return receiver;
      case "first":
      case "last":
        return elementOf(receiver, receiverNode);
      case "flatten": {
        const element = elementOf(receiver, receiverNode);
        return element.k === "list" || element.k === "alt" || element.k === "lost" ? element : receiver;
      }
      default:
        if (SUBSET_METHODS.has(name)) return receiver;
        return callResult(name, [receiver, ...values], node);
    }
  };
  const visit = (node, scope, role2, depth) => {
    if (depth > MAX_NESTING) {
      if (tooDeep) return LOST;
      tooDeep = true;
      return unknown(node, "expression nests too deeply to analyse");
    }
    switch (node.op) {
      case "value":
        return OPAQUE;
      case "id": {
        const bound = lookup(scope, node.args);
        if (bound !== void 0) return bound;
        if (node.args === "object") return { k: "object", path: [] };
        if (node.args === "request") return { k: "request" };
        if (node.args === "variables") return { k: "variables" };
        return OPAQUE;
      }
      case ".":
      case ".?":
        return select(visit(node.args[0], scope, role2, depth + 1), node.args[1], node, role2);
      case "[]":
      case "[?]": {
        const receiver = visit(node.args[0], scope, role2, depth + 1);
        visit(node.args[1], scope, "check", depth + 1);
        const key = stringLiteral(node.args[1]);
        return key !== void 0 ? select(receiver, key, node, role2) : index(receiver, node, role2);
      }
      case "call": {
        if (requestTest(node)) return OPAQUE;
        const [name, argumentNodes] = node.args;
        const values = visitAll(argumentNodes, scope, role2, depth);
        if (name === "dyn") return values[0] ?? OPAQUE;
        return callResult(name, values, node);
      }
      case "rcall":
        return visitMethod(node, scope, role2, depth);
      case "list": {
        if (node.args.length === 0) return EMPTY;
        return visitAll(node.args, scope, role2, depth).reduce(
          (acc, each) => ({ k: "list", elem: joinAt(acc.k === "list" ? acc.elem : EMPTY, each, node) }),
          { k: "list", elem: EMPTY }
        );
      }
      case "map": {
        const entries = /* @__PURE__ */ new Map();
        for (const [keyNode, valueNode] of node.args) {
          visit(keyNode, scope, role2, depth + 1);
          const value = visit(valueNode, scope, role2, depth + 1);
          const key = stringLiteral(keyNode);
          if (key !== void 0) entries.set(key, value);
        }
        return { k: "map", entries };
      }
      case "?:": {
        visit(node.args[0], scope, "check", depth + 1);
        return joinAt(visit(node.args[1], scope, role2, depth + 1), visit(node.args[2], scope, role2, depth + 1), node);
      }
      case "!_":
      case "-_":
        visit(node.args, scope, role2, depth + 1);
        return OPAQUE;
      case "+": {
        const [left, right] = visitAll(node.args, scope, role2, depth);
        if (left === void 0 || right === void 0) return OPAQUE;
        if (left.k === "opaque" && right.k === "opaque") return OPAQUE;
        return joinAt(left, right, node);
      }
      case "in": {
        if (requestTest(node)) return OPAQUE;
        const [left, right] = node.args;
        visit(left, scope, mentionsExemption(right) ? "exemption" : role2, depth + 1);
        visit(right, scope, role2, depth + 1);
        return OPAQUE;
      }
      default:
        if (requestTest(node)) return OPAQUE;
        visitAll(node.args, scope, role2, depth);
        return OPAQUE;
    }
  };
  reads.value = visit(ast, void 0, role, 0);
  return reads;
};

// src/analyze/cel/update-scenario.ts
var PLAIN_UPDATE = { subResource: "" };
var EPHEMERAL_CONTAINERS_UPDATE = { subResource: "ephemeralcontainers" };
var UNKNOWN = { is: "unknown" };
var MAX_NESTING2 = 400;
var stringLiteral2 = (node) => node.op === "value" && typeof node.args === "string" ? node.args : void 0;
var integerLiteral = (node) => node.op === "value" && typeof node.args === "bigint" ? node.args : void 0;
var sizeOperand = (node) => {
  if (node.op === "call" && node.args[0] === "size" && node.args[1].length === 1) return node.args[1][0];
  if (node.op === "rcall" && node.args[0] === "size" && node.args[2].length === 0) return node.args[1];
  return void 0;
};
var compareSizes = (op, size, other) => {
  switch (op) {
    case "==":
      return size === other;
    case "!=":
      return size !== other;
    case "<":
      return size < other;
    case "<=":
      return size <= other;
    case ">":
      return size > other;
    case ">=":
      return size >= other;
    default:
      return void 0;
  }
};
var MIRRORED = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };
var outcomeUnder = (scenario, ast, id, variableOutcomeOf) => {
  const known = (is, node) => ({ is, at: { id, start: node.start, end: node.end } });
  const fromBoolean = (value, node) => known(value ? "true" : "false", node);
  const requestValue = (field) => field === "operation" ? "UPDATE" : field === "subResource" ? scenario.subResource : void 0;
  const requestFieldOf = (node) => ["operation", "subResource"].find((field) => isRequestField(node, field));
  const comparison = (node, depth) => {
    const [left, right] = node.args;
    if (node.op === "==" || node.op === "!=") {
      const field = requestFieldOf(left) ?? requestFieldOf(right);
      const literal = requestFieldOf(left) !== void 0 ? stringLiteral2(right) : stringLiteral2(left);
      const actual = field === void 0 ? void 0 : requestValue(field);
      if (actual !== void 0 && literal !== void 0) return fromBoolean(actual === literal === (node.op === "=="), node);
      const oldObjectAgainstNull = left.op === "id" && left.args === "oldObject" && right.op === "value" && right.args === null || right.op === "id" && right.args === "oldObject" && left.op === "value" && left.args === null;
      if (oldObjectAgainstNull) return fromBoolean(node.op === "!=", node);
    }
    const leftList = sizeOperand(left);
    const rightList = sizeOperand(right);
    const sized = leftList ?? rightList;
    const bound = leftList !== void 0 ? integerLiteral(right) : integerLiteral(left);
    if (sized === void 0 || bound === void 0) return UNKNOWN;
    const list = evaluate2(sized, depth + 1);
    if (list.is !== "empty") return UNKNOWN;
    const op = leftList !== void 0 ? node.op : MIRRORED[node.op] ?? node.op;
    const result = compareSizes(op, 0n, bound);
    return result === void 0 ? UNKNOWN : { is: result ? "true" : "false", at: list.at };
  };
  const macro = (node, depth) => {
    const [name, receiverNode, argumentNodes] = node.args;
    const receiver = evaluate2(receiverNode, depth + 1);
    const body = argumentNodes[argumentNodes.length - 1];
    const predicate = name === "map" && argumentNodes.length === 3 ? argumentNodes[1] : body;
    const bodyOutcome = (target) => target === void 0 ? UNKNOWN : evaluate2(target, depth + 1);
    switch (name) {
      case "all": {
        if (receiver.is === "empty") return { is: "true", at: receiver.at };
        const p = bodyOutcome(body);
        return p.is === "true" ? p : UNKNOWN;
      }
      case "exists":
      case "exists_one":
      case "existsOne": {
        if (receiver.is === "empty") return { is: "false", at: receiver.at };
        const p = bodyOutcome(body);
        return p.is === "false" ? p : UNKNOWN;
      }
      case "filter":
      case "map": {
        if (receiver.is === "empty") return receiver;
        if (name === "map" && argumentNodes.length !== 3) return UNKNOWN;
        const p = bodyOutcome(predicate);
        return p.is === "false" ? { is: "empty", at: p.at } : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  };
  const evaluate2 = (node, depth) => {
    if (depth > MAX_NESTING2) return UNKNOWN;
    switch (node.op) {
      case "value":
        return typeof node.args === "boolean" ? fromBoolean(node.args, node) : UNKNOWN;
      case "list":
        return node.args.length === 0 ? known("empty", node) : UNKNOWN;
      case ".":
      case ".?": {
        const [receiver, name] = node.args;
        if (receiver.op !== "id" || receiver.args !== "variables") return UNKNOWN;
        const outcome = variableOutcomeOf(name);
        return outcome.is === "unknown" ? outcome : known(outcome.is, node);
      }
      case "||": {
        const a = evaluate2(node.args[0], depth + 1);
        if (a.is === "true") return a;
        const b = evaluate2(node.args[1], depth + 1);
        if (b.is === "true") return b;
        return a.is === "false" && b.is === "false" ? known("false", node) : UNKNOWN;
      }
      case "&&": {
        const a = evaluate2(node.args[0], depth + 1);
        if (a.is === "false") return a;
        const b = evaluate2(node.args[1], depth + 1);
        if (b.is === "false") return b;
        return a.is === "true" && b.is === "true" ? known("true", node) : UNKNOWN;
      }
      case "!_": {
        const a = evaluate2(node.args, depth + 1);
        if (a.is === "true") return { is: "false", at: a.at };
        if (a.is === "false") return { is: "true", at: a.at };
        return UNKNOWN;
      }
      case "?:": {
        const condition = evaluate2(node.args[0], depth + 1);
        if (condition.is === "true" || condition.is === "false") {
          const branch = evaluate2(node.args[condition.is === "true" ? 1 : 2], depth + 1);
          return branch.is === "unknown" ? branch : { is: branch.is, at: condition.at };
        }
        const a = evaluate2(node.args[1], depth + 1);
        const b = evaluate2(node.args[2], depth + 1);
        return a.is !== "unknown" && a.is === b.is ? a : UNKNOWN;
      }
      case "==":
      case "!=":
      case "<":
      case "<=":
      case ">":
      case ">=":
        return comparison(node, depth);
      case "in": {
        const [left, right] = node.args;
        const field = requestFieldOf(left);
        const actual = field === void 0 ? void 0 : requestValue(field);
        if (actual === void 0 || right.op !== "list") return UNKNOWN;
        const options = right.args.map(stringLiteral2);
        if (options.some((option) => option === void 0)) return UNKNOWN;
        return fromBoolean(options.includes(actual), node);
      }
      case "call": {
        const [name, argumentNodes] = node.args;
        const [argument] = argumentNodes;
        if (name !== "has" || argument === void 0) return UNKNOWN;
        if (isRequestField(argument, "operation")) return known("true", node);
        if (isRequestField(argument, "subResource") && scenario.subResource !== "") return known("true", node);
        return UNKNOWN;
      }
      case "rcall":
        return macro(node, depth);
      case "+": {
        const a = evaluate2(node.args[0], depth + 1);
        const b = evaluate2(node.args[1], depth + 1);
        return a.is === "empty" && b.is === "empty" ? a : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  };
  return evaluate2(ast, 0);
};

// src/analyze/cel/cel-policy.ts
var MAX_VARIABLE_CHAIN = 64;
var BUILT_IN_VARIABLES = /* @__PURE__ */ new Map([
  ["anyObject", { k: "object", path: [] }],
  ["params", OPAQUE]
]);
var CelProgram = class {
  parsed = /* @__PURE__ */ new Map();
  variables = /* @__PURE__ */ new Map();
  variableReads = /* @__PURE__ */ new Map();
  outcomes = /* @__PURE__ */ new Map();
  /** Unknowns found while resolving variables (cycles, depth), by variable name. */
  resolutionUnknowns = /* @__PURE__ */ new Map();
  chainDepth = 0;
  constructor(variables) {
    for (const variable of variables) if (!this.variables.has(variable.name)) this.variables.set(variable.name, variable);
  }
  parse(input) {
    let result = this.parsed.get(input.id);
    if (result === void 0) {
      result = parseCel(input.expression);
      this.parsed.set(input.id, result);
    }
    return result;
  }
  parseUnknown(input) {
    const result = this.parse(input);
    return result.ok ? void 0 : { reason: result.reason, at: { id: input.id, start: result.start, end: result.end } };
  }
  read(input, role = "check") {
    const parsed = this.parse(input);
    if (!parsed.ok) {
      return {
        lists: [],
        fields: [],
        unknowns: [{ reason: parsed.reason, at: { id: input.id, start: parsed.start, end: parsed.end } }],
        variableRefs: [],
        subResourceReads: [],
        value: LOST
      };
    }
    return readExpression(parsed.ast, input.id, (name, at2) => this.variableValue(name, at2), role);
  }
  variableRead(name) {
    const state = this.variableReads.get(name);
    return state === "pending" ? void 0 : state;
  }
  unknownsResolving(name) {
    return this.resolutionUnknowns.get(name) ?? [];
  }
  noteResolutionUnknown(name, unknown) {
    const list = this.resolutionUnknowns.get(name) ?? [];
    list.push(unknown);
    this.resolutionUnknowns.set(name, list);
  }
  variableValue(name, at2) {
    const variable = this.variables.get(name);
    if (variable === void 0) return BUILT_IN_VARIABLES.get(name);
    const state = this.variableReads.get(name);
    if (state === "pending") {
      this.noteResolutionUnknown(name, { reason: `variables.${name} refers to itself`, at: at2 });
      return LOST;
    }
    if (state !== void 0) return state.value;
    if (this.chainDepth >= MAX_VARIABLE_CHAIN) {
      this.noteResolutionUnknown(name, { reason: "variables refer to each other too deeply to follow", at: at2 });
      return LOST;
    }
    this.variableReads.set(name, "pending");
    this.chainDepth++;
    const reads = this.read(variable, EXEMPTION_NAME.test(name) ? "exemption" : "check");
    this.chainDepth--;
    this.variableReads.set(name, reads);
    return reads.value;
  }
  outcome(scenario, input) {
    const parsed = this.parse(input);
    if (!parsed.ok) return { is: "unknown" };
    return outcomeUnder(scenario, parsed.ast, input.id, (name) => this.variableOutcome(scenario, name));
  }
  variableOutcome(scenario, name) {
    let memo = this.outcomes.get(scenario);
    if (memo === void 0) {
      memo = /* @__PURE__ */ new Map();
      this.outcomes.set(scenario, memo);
    }
    const state = memo.get(name);
    if (state === "pending") return { is: "unknown" };
    if (state !== void 0) return state;
    const variable = this.variables.get(name);
    if (variable === void 0 || this.chainDepth >= MAX_VARIABLE_CHAIN) return { is: "unknown" };
    memo.set(name, "pending");
    this.chainDepth++;
    const outcome = this.outcome(scenario, variable);
    this.chainDepth--;
    memo.set(name, outcome);
    return outcome;
  }
};
var dedupeLists = (reads) => {
  const seen = /* @__PURE__ */ new Set();
  return reads.filter((read) => {
    const key = `${read.list}\0${read.scope}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
var dedupeFields = (reads) => {
  const byKey = /* @__PURE__ */ new Map();
  for (const read of reads) {
    const key = `${read.role}\0${read.category === "pod-level" ? "pod" : "container"}\0${read.field}`;
    const existing = byKey.get(key);
    if (existing === void 0) {
      byKey.set(key, read);
      continue;
    }
    const lists = [...existing.lists];
    for (const list of read.lists) if (!lists.includes(list)) lists.push(list);
    if (lists.length !== existing.lists.length) byKey.set(key, { ...existing, lists });
  }
  const kept = [...byKey.values()];
  const kindOf = (read) => `${read.role}\0${read.category === "pod-level" ? "pod" : "container"}`;
  const parents = /* @__PURE__ */ new Set();
  for (const read of kept) {
    for (let dot = read.field.indexOf("."); dot !== -1; dot = read.field.indexOf(".", dot + 1)) {
      parents.add(`${kindOf(read)}\0${read.field.slice(0, dot)}`);
    }
  }
  return kept.filter((read) => !parents.has(`${kindOf(read)}\0${read.field}`));
};
var dedupeUnknowns = (unknowns) => {
  const seen = /* @__PURE__ */ new Set();
  return unknowns.filter((unknown) => {
    const key = `${unknown.at.id}\0${unknown.at.start}\0${unknown.at.end}\0${unknown.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
var validationExemption = (program, validation) => {
  const ephemeral = program.outcome(EPHEMERAL_CONTAINERS_UPDATE, validation);
  if (ephemeral.is === "true") return { at: ephemeral.at, subresourceHandled: false };
  const plain = program.outcome(PLAIN_UPDATE, validation);
  if (plain.is === "true") return { at: plain.at, subresourceHandled: true };
  return void 0;
};
var conditionExemption = (program, condition) => {
  const ephemeral = program.outcome(EPHEMERAL_CONTAINERS_UPDATE, condition);
  if (ephemeral.is === "false") return { at: ephemeral.at, subresourceHandled: false };
  const plain = program.outcome(PLAIN_UPDATE, condition);
  if (plain.is === "false") return { at: plain.at, subresourceHandled: true };
  return void 0;
};
var analyzeConditions = (program, conditions) => {
  const unknowns = [];
  let readsSubResource;
  let skipping;
  let handled;
  for (const condition of conditions) {
    const reads = program.read(condition);
    unknowns.push(...reads.unknowns);
    readsSubResource ??= reads.subResourceReads[0];
    const exemption = conditionExemption(program, condition);
    if (exemption === void 0) continue;
    if (!exemption.subresourceHandled) skipping ??= exemption;
    else handled ??= exemption;
  }
  const updateExemption = skipping ?? handled;
  return {
    ...updateExemption === void 0 ? {} : { updateExemption },
    ...readsSubResource === void 0 ? {} : { readsSubResource },
    unknowns: dedupeUnknowns(unknowns)
  };
};
var analyzeValidation = (program, validation) => {
  const own = program.read(validation);
  const lists = [...own.lists];
  const fields = [...own.fields];
  const unknowns = [...own.unknowns];
  const subResourceReads = [...own.subResourceReads];
  const visited = /* @__PURE__ */ new Set();
  const queue = [...own.variableRefs];
  for (let name = queue.shift(); name !== void 0; name = queue.shift()) {
    if (visited.has(name)) continue;
    visited.add(name);
    unknowns.push(...program.unknownsResolving(name));
    const reads = program.variableRead(name);
    if (reads === void 0) continue;
    lists.push(...reads.lists);
    fields.push(...reads.fields);
    unknowns.push(...reads.unknowns);
    subResourceReads.push(...reads.subResourceReads);
    queue.push(...reads.variableRefs);
  }
  const updateExemption = validationExemption(program, validation);
  return {
    id: validation.id,
    lists: dedupeLists(lists),
    fields: dedupeFields(fields),
    ...updateExemption === void 0 ? {} : { updateExemption },
    unknowns: dedupeUnknowns(unknowns),
    subResourceReads
  };
};
var analyzeCelPolicy = (input) => {
  const program = new CelProgram(input.variables);
  const analysed = input.validations.map((validation) => analyzeValidation(program, validation));
  const matchConditions = analyzeConditions(program, input.matchConditions);
  const parseUnknowns = input.variables.flatMap((variable) => program.parseUnknown(variable) ?? []);
  const readsSubResource = analysed.flatMap((validation) => validation.subResourceReads)[0] ?? matchConditions.readsSubResource;
  const validations = analysed.map(({ subResourceReads: _, ...validation }) => validation);
  return {
    validations,
    lists: dedupeLists(validations.flatMap((validation) => validation.lists)),
    fields: dedupeFields(validations.flatMap((validation) => validation.fields)),
    matchConditions,
    ...readsSubResource === void 0 ? {} : { readsSubResource },
    unknowns: dedupeUnknowns([
      ...parseUnknowns,
      ...validations.flatMap((validation) => validation.unknowns),
      ...matchConditions.unknowns
    ])
  };
};

// src/analyze/rego/lexer.ts
var PUNCTUATION = [":=", "==", "!=", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%", "&", "|", "(", ")", "[", "]", "{", "}", ",", ";", ":", "."];
var isIdentStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
var isDigit = (c) => c >= 48 && c <= 57;
var isIdentPart = (c) => isIdentStart(c) || isDigit(c);
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var tokenize = (source, errors) => {
  const tokens = [];
  const length = source.length;
  let i = 0;
  let newlineBefore = true;
  let lineStart = 0;
  const push = (kind, text, start, end) => {
    tokens.push({ kind, text, start, end, newlineBefore, atLineStart: start === lineStart });
    newlineBefore = false;
  };
  while (i < length) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      newlineBefore = true;
      i++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 35) {
      while (i < length && source.charCodeAt(i) !== 10) i++;
      continue;
    }
    const start = i;
    if (isIdentStart(c)) {
      while (i < length && isIdentPart(source.charCodeAt(i))) i++;
      push("ident", source.slice(start, i), start, i);
      continue;
    }
    if (isDigit(c)) {
      i = scanNumber(source, i);
      push("number", source.slice(start, i), start, i);
      continue;
    }
    if (c === 34) {
      i = scanString(source, i, errors, (value, end) => push("string", value, start, end));
      continue;
    }
    if (c === 96) {
      const close = source.indexOf("`", i + 1);
      if (close < 0) {
        errors.push({ message: "unterminated raw string", start, end: length });
        i = length;
        continue;
      }
      push("string", source.slice(i + 1, close), start, close + 1);
      for (let j = i + 1; j < close; j++) if (source.charCodeAt(j) === 10) lineStart = j + 1;
      i = close + 1;
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
    if (punct !== void 0) {
      i += punct.length;
      push("punct", punct, start, i);
      continue;
    }
    errors.push({ message: `unexpected character ${JSON.stringify(source[i])}`, start, end: start + 1 });
    i++;
  }
  tokens.push({ kind: "eof", text: "", start: length, end: length, newlineBefore: true, atLineStart: true });
  return tokens;
};
var scanNumber = (source, from) => {
  let i = from;
  const digits = () => {
    while (i < source.length && isDigit(source.charCodeAt(i))) i++;
  };
  digits();
  if (source[i] === "." && isDigit(source.charCodeAt(i + 1))) {
    i++;
    digits();
  }
  if (source[i] === "e" || source[i] === "E") {
    const sign = source[i + 1] === "+" || source[i + 1] === "-" ? 1 : 0;
    if (isDigit(source.charCodeAt(i + 1 + sign))) {
      i += 1 + sign;
      digits();
    }
  }
  return i;
};
var scanString = (source, from, errors, emit) => {
  let i = from + 1;
  let value = "";
  let chunk = i;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 34) {
      emit(value + source.slice(chunk, i), i + 1);
      return i + 1;
    }
    if (c === 10) break;
    if (c === 92) {
      value += source.slice(chunk, i);
      const next = source[i + 1] ?? "";
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (ESCAPES[next] !== void 0) {
        value += ESCAPES[next];
        i += 2;
      } else {
        errors.push({ message: `invalid escape \\${next}`, start: i, end: i + 2 });
        i += 2;
      }
      chunk = i;
      continue;
    }
    i++;
  }
  errors.push({ message: "unterminated string", start: from, end: i });
  emit(value + source.slice(chunk, i), i);
  return i;
};

// src/analyze/rego/parser.ts
var MAX_DEPTH = 200;
var MAX_ERRORS = 50;
var SyntaxProblem = class extends Error {
  constructor(problem, fatal = false) {
    super(problem.message);
    this.problem = problem;
    this.fatal = fatal;
  }
  problem;
  fatal;
};
var RELATION_OPS = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var parseRego = (source) => {
  const errors = [];
  const tokens = tokenize(source, errors);
  errors.length = Math.min(errors.length, MAX_ERRORS);
  const parser = new Parser2(tokens, errors);
  const module = parser.parseModule();
  return module === void 0 ? { errors } : { module, errors };
};
var Parser2 = class {
  constructor(tokens, errors) {
    this.tokens = tokens;
    this.errors = errors;
  }
  tokens;
  errors;
  pos = 0;
  depth = 0;
  /** Whether a line break ends the current construct (true in queries, false inside brackets). */
  newlineEnds = [true];
  parseModule() {
    let pkg;
    try {
      pkg = this.parsePackage();
    } catch (e) {
      this.record(e);
      if (this.errors.length >= MAX_ERRORS || e instanceof SyntaxProblem && e.fatal) return void 0;
      this.resync();
    }
    const imports = [];
    const rules = [];
    while (this.tok.kind !== "eof" && this.errors.length < MAX_ERRORS) {
      const before = this.pos;
      try {
        if (this.isIdent("import")) imports.push(this.parseImport());
        else if (this.isIdent("package")) throw this.problem("unexpected second package clause", this.tok);
        else rules.push(this.parseRule());
      } catch (e) {
        this.record(e);
        if (e instanceof SyntaxProblem && e.fatal) break;
        if (this.pos === before) this.pos++;
        this.resync();
      }
    }
    if (pkg === void 0) return void 0;
    const last = this.tokens[this.tokens.length - 1];
    return { package: pkg, imports, rules, start: pkg.start, end: last?.end ?? pkg.end };
  }
  // ---- tokens ----
  get tok() {
    return this.tokens[this.pos];
  }
  peek(offset) {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }
  get prevEnd() {
    return this.pos > 0 ? this.tokens[this.pos - 1].end : 0;
  }
  next() {
    const t = this.tok;
    if (t.kind !== "eof") this.pos++;
    return t;
  }
  isPunct(text) {
    return this.tok.kind === "punct" && this.tok.text === text;
  }
  isIdent(text) {
    return this.tok.kind === "ident" && this.tok.text === text;
  }
  expectPunct(text) {
    if (!this.isPunct(text)) throw this.problem(`expected ${text}`, this.tok);
    return this.next();
  }
  problem(message, at2) {
    const found = this.tok.kind === "eof" ? "end of input" : JSON.stringify(this.tok.text);
    return new SyntaxProblem({ message: `${message}, found ${found}`, start: at2.start, end: at2.end });
  }
  record(e) {
    if (e instanceof SyntaxProblem) this.errors.push(e.problem);
    else this.errors.push({ message: `internal parser error: ${String(e)}`, start: this.tok.start, end: this.tok.end });
  }
  /** Skips to the next identifier at the start of a line: where the next rule most likely begins. */
  resync() {
    while (this.tok.kind !== "eof" && !(this.tok.atLineStart && this.tok.kind === "ident" && this.tok.text !== "else")) this.pos++;
    this.newlineEnds = [true];
    this.depth = 0;
  }
  /** A line break before the current token ends the construct being parsed. */
  get stopsAtNewline() {
    return this.tok.newlineBefore && this.newlineEnds[this.newlineEnds.length - 1] === true;
  }
  nested(newlineEnds, parse2) {
    this.newlineEnds.push(newlineEnds);
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new SyntaxProblem({ message: "nesting too deep", start: this.tok.start, end: this.tok.end }, true);
    try {
      return parse2();
    } finally {
      this.newlineEnds.pop();
      this.depth--;
    }
  }
  // ---- module level ----
  parsePackage() {
    const start = this.tok.start;
    if (!this.isIdent("package")) throw this.problem("expected package clause", this.tok);
    this.next();
    const ref = this.parsePostfix();
    const path = refToPath(ref);
    if (path === void 0) throw this.problem("invalid package path", ref);
    return { path: path[0] === "data" ? path.slice(1) : path, start, end: ref.end };
  }
  parseImport() {
    const start = this.next().start;
    const ref = this.parsePostfix();
    const path = refToPath(ref);
    if (path === void 0) throw this.problem("invalid import path", ref);
    if (this.isIdent("as") && !this.tok.newlineBefore) {
      this.next();
      if (this.tok.kind !== "ident") throw this.problem("expected import alias", this.tok);
      const alias = this.next();
      return { path, alias: alias.text, start, end: alias.end };
    }
    return { path, start, end: ref.end };
  }
  parseRule() {
    const start = this.tok.start;
    const isDefault = this.isIdent("default");
    if (isDefault) this.next();
    const head = this.parseRuleHead();
    const bodies = [];
    const elses = [];
    const first = this.parseOptionalBody();
    if (first !== void 0) {
      bodies.push(first);
      while (this.isPunct("{")) bodies.push(this.parseBracedBody());
      while (this.isIdent("else")) elses.push(this.parseElse());
    }
    return { type: "rule", isDefault, head, bodies, elses, start, end: this.prevEnd };
  }
  parseRuleHead() {
    const start = this.tok.start;
    if (this.tok.kind !== "ident") throw this.problem("expected rule name", this.tok);
    const target = this.parsePostfix();
    let name;
    let nameSpan = { start: target.start, end: target.end };
    let args;
    let key;
    if (target.type === "call") {
      name = refToPath(target.callee)?.join(".");
      nameSpan = { start: target.callee.start, end: target.callee.end };
      args = target.args;
    } else if (target.type === "var") {
      name = target.name;
    } else if (target.type === "ref") {
      const last = target.path[target.path.length - 1];
      if (last?.kind === "index" && last.term.type !== "string") {
        key = last.term;
        const base = target.path.length === 1 ? target.head : { ...target, path: target.path.slice(0, -1), end: target.path[target.path.length - 2]?.end ?? target.head.end };
        name = refToPath(base)?.join(".");
        nameSpan = { start: base.start, end: base.end };
      } else {
        name = refToPath(target)?.join(".");
      }
    }
    if (name === void 0) throw this.problem("invalid rule head", target);
    let value;
    let assign;
    if (this.isIdent("contains") && !this.stopsAtNewline) {
      this.next();
      key = this.parseExpr(false);
      return { name, nameSpan, kind: "partial-set", key, start, end: this.prevEnd };
    }
    if ((this.isPunct(":=") || this.isPunct("=")) && !this.stopsAtNewline) {
      assign = this.next().text;
      value = this.parseExpr(true);
    }
    const kind = args !== void 0 ? "function" : key === void 0 ? "complete" : value === void 0 ? "partial-set" : "partial-object";
    return { name, nameSpan, kind, ...args && { args }, ...key && { key }, ...value && { value }, ...assign && { assign }, start, end: this.prevEnd };
  }
  /** `if { ... }`, `if literal`, `{ ... }`, or nothing (a rule without body). */
  parseOptionalBody() {
    if (this.isIdent("if")) {
      this.next();
      if (this.isPunct("{")) return this.parseBracedBody();
      const start = this.tok.start;
      const literal = this.nested(true, () => this.parseLiteral());
      return { literals: [literal], start, end: literal.end };
    }
    if (this.isPunct("{")) return this.parseBracedBody();
    return void 0;
  }
  parseElse() {
    const start = this.next().start;
    let value;
    if (this.isPunct("=") || this.isPunct(":=")) {
      this.next();
      value = this.parseExpr(true);
    }
    const body = this.parseOptionalBody();
    return { ...value && { value }, ...body && { body }, start, end: this.prevEnd };
  }
  parseBracedBody() {
    const open = this.expectPunct("{");
    const literals = this.parseQuery("}");
    const close = this.expectPunct("}");
    return { literals, start: open.start, end: close.end };
  }
  /** Literals separated by `;` or line breaks, up to (not including) `closer`. */
  parseQuery(closer) {
    return this.nested(true, () => {
      const literals = [];
      while (!this.isPunct(closer)) {
        if (this.tok.kind === "eof") throw this.problem(`expected ${closer}`, this.tok);
        literals.push(this.parseLiteral());
        if (this.isPunct(";")) this.next();
        else if (!this.isPunct(closer) && !this.tok.newlineBefore) throw this.problem("expected ; or line break between expressions", this.tok);
      }
      return literals;
    });
  }
  parseLiteral() {
    const start = this.tok.start;
    if (this.isIdent("some") && this.peek(1).kind === "ident") return this.parseSome();
    if (this.isIdent("every") && this.peek(1).kind === "ident" && !this.peek(1).newlineBefore) return this.parseEvery();
    const negated = this.isIdent("not") && !this.peek(1).newlineBefore;
    if (negated) this.next();
    const expr = this.parseExpr(true, true);
    const withs = [];
    while (this.isIdent("with") && !this.stopsAtNewline) {
      const withStart = this.next().start;
      const target = this.parsePostfix();
      if (!this.isIdent("as")) throw this.problem("expected as", this.tok);
      this.next();
      const value = this.parseExpr(false);
      withs.push({ target, value, start: withStart, end: value.end });
    }
    return { type: "expr", negated, expr, with: withs, start, end: this.prevEnd };
  }
  parseSome() {
    const start = this.next().start;
    const terms = [this.parseRelation()];
    while (this.isPunct(",")) {
      this.next();
      terms.push(this.parseRelation());
    }
    if (this.isIdent("in")) {
      this.next();
      const collection = this.parseRelation();
      if (terms.length > 2) throw this.problem("some ... in takes one or two variables", terms[2]);
      const [first, second] = terms;
      return second === void 0 ? { type: "some-in", value: first, collection, start, end: collection.end } : { type: "some-in", key: first, value: second, collection, start, end: collection.end };
    }
    const vars = [];
    for (const t of terms) {
      if (t.type !== "var") throw this.problem("some declares variables", t);
      vars.push(t);
    }
    return { type: "some", vars, start, end: this.prevEnd };
  }
  parseEvery() {
    const start = this.next().start;
    const first = this.parsePostfix();
    let key;
    let value = first;
    if (this.isPunct(",")) {
      this.next();
      key = first;
      value = this.parsePostfix();
    }
    if (!this.isIdent("in")) throw this.problem("expected in", this.tok);
    this.next();
    const domain = this.parseRelation();
    const body = this.parseBracedBody();
    return { type: "every", ...key && { key }, value, domain, body, start, end: body.end };
  }
  // ---- expressions, loosest binding first ----
  /**
   * assignment (`:=`, `=`) > membership (`in`, and `k, v in xs` at literal level) > relation >
   * `|` > `&` > `+ -` > `* / %` > unary minus > postfix (refs, calls) > primary.
   */
  parseExpr(allowIn, literalLevel = false) {
    const left = allowIn ? this.parseMembership(literalLevel) : this.parseRelation();
    if ((this.isPunct(":=") || this.isPunct("=")) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = allowIn ? this.parseMembership(false) : this.parseRelation();
      return { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseMembership(literalLevel) {
    let left = this.parseRelation();
    if (literalLevel && this.isPunct(",") && !this.stopsAtNewline) {
      this.next();
      const value = this.parseRelation();
      if (!this.isIdent("in")) throw this.problem("expected in", this.tok);
      this.next();
      const collection = this.parseRelation();
      left = { type: "membership", key: left, value, collection, start: left.start, end: collection.end };
    }
    while (this.isIdent("in") && !this.stopsAtNewline) {
      this.next();
      const collection = this.parseRelation();
      left = { type: "membership", value: left, collection, start: left.start, end: collection.end };
    }
    return left;
  }
  parseRelation() {
    let left = this.parseOr(true);
    while (this.tok.kind === "punct" && RELATION_OPS.has(this.tok.text) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = this.parseOr(true);
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  /** `allowOr` is false for the first term of a collection, where `|` starts a comprehension. */
  parseOr(allowOr) {
    let left = this.parseAnd();
    while (allowOr && this.isPunct("|") && !this.stopsAtNewline) {
      this.next();
      const right = this.parseAnd();
      left = { type: "binary", op: "|", left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseAnd() {
    let left = this.parseArith();
    while (this.isPunct("&") && !this.stopsAtNewline) {
      this.next();
      const right = this.parseArith();
      left = { type: "binary", op: "&", left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseArith() {
    let left = this.parseFactor();
    while ((this.isPunct("+") || this.isPunct("-")) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = this.parseFactor();
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseFactor() {
    let left = this.parseUnary();
    while ((this.isPunct("*") || this.isPunct("/") || this.isPunct("%")) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = this.parseUnary();
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseUnary() {
    if (this.isPunct("-")) {
      const start = this.next().start;
      const operand = this.nested(false, () => this.parseUnary());
      return { type: "unary-minus", operand, start, end: operand.end };
    }
    return this.parsePostfix();
  }
  /** A primary term followed by `.name`, `[term]` and `(args)` on the same line. */
  parsePostfix() {
    let term = this.parsePrimary();
    const path = [];
    const closeRef = () => {
      if (path.length === 0) return;
      term = { type: "ref", head: term, path: [...path], start: term.start, end: path[path.length - 1]?.end ?? term.end };
      path.length = 0;
    };
    for (; ; ) {
      if (this.tok.newlineBefore) break;
      if (this.isPunct(".") && this.peek(1).kind === "ident" && !this.peek(1).newlineBefore) {
        const dot = this.next();
        const name = this.next();
        path.push({ kind: "dot", name: name.text, start: dot.start, end: name.end });
      } else if (this.isPunct("[")) {
        const open = this.next();
        const inner = this.nested(false, () => this.parseExpr(true));
        const close = this.expectPunct("]");
        path.push({ kind: "index", term: inner, start: open.start, end: close.end });
      } else if (this.isPunct("(")) {
        closeRef();
        if (term.type !== "var" && !(term.type === "ref" && term.path.every((s) => s.kind === "dot"))) break;
        const callee = term;
        this.next();
        const args = this.nested(false, () => this.parseList(")"));
        const close = this.expectPunct(")");
        const call = { type: "call", callee, args, start: callee.start, end: close.end };
        term = call;
      } else break;
    }
    closeRef();
    return term;
  }
  parseList(closer) {
    const items = [];
    while (!this.isPunct(closer)) {
      items.push(this.parseExpr(true));
      if (!this.isPunct(",")) break;
      this.next();
    }
    return items;
  }
  parsePrimary() {
    const t = this.tok;
    if (t.kind === "number") {
      this.next();
      return { type: "number", text: t.text, start: t.start, end: t.end };
    }
    if (t.kind === "string") {
      this.next();
      return { type: "string", value: t.text, start: t.start, end: t.end };
    }
    if (t.kind === "ident") {
      this.next();
      if (t.text === "true" || t.text === "false") return { type: "boolean", value: t.text === "true", start: t.start, end: t.end };
      if (t.text === "null") return { type: "null", start: t.start, end: t.end };
      return { type: "var", name: t.text, start: t.start, end: t.end };
    }
    if (t.kind === "punct") {
      if (t.text === "(") {
        this.next();
        const inner = this.nested(false, () => this.parseExpr(true));
        const close = this.expectPunct(")");
        return { type: "paren", inner, start: t.start, end: close.end };
      }
      if (t.text === "[") return this.nested(false, () => this.parseArray());
      if (t.text === "{") return this.nested(false, () => this.parseBrace());
    }
    throw this.problem("expected a term", t);
  }
  parseArray() {
    const start = this.next().start;
    if (this.isPunct("]")) return { type: "array", items: [], start, end: this.next().end };
    const first = this.parseCollectionItem();
    if (this.isPunct("|")) {
      this.next();
      const body = this.parseComprehensionBody("]");
      return { type: "array-comprehension", head: first, body, start, end: this.prevEnd };
    }
    const items = this.parseRestOfList(first, "]");
    return { type: "array", items, start, end: this.expectPunct("]").end };
  }
  parseBrace() {
    const start = this.next().start;
    if (this.isPunct("}")) return { type: "object", items: [], start, end: this.next().end };
    const first = this.parseCollectionItem();
    if (this.isPunct(":")) {
      this.next();
      const value = this.parseCollectionItem();
      if (this.isPunct("|")) {
        this.next();
        const body = this.parseComprehensionBody("}");
        return { type: "object-comprehension", key: first, value, body, start, end: this.prevEnd };
      }
      const items2 = [{ key: first, value, start: first.start, end: value.end }];
      while (this.isPunct(",")) {
        this.next();
        if (this.isPunct("}")) break;
        const key = this.parseExpr(true);
        this.expectPunct(":");
        const itemValue = this.parseExpr(true);
        items2.push({ key, value: itemValue, start: key.start, end: itemValue.end });
      }
      return { type: "object", items: items2, start, end: this.expectPunct("}").end };
    }
    if (this.isPunct("|")) {
      this.next();
      const body = this.parseComprehensionBody("}");
      return { type: "set-comprehension", head: first, body, start, end: this.prevEnd };
    }
    const items = this.parseRestOfList(first, "}");
    return { type: "set", items, start, end: this.expectPunct("}").end };
  }
  /** The first item of a collection: `|` there starts a comprehension body, not a set union. */
  parseCollectionItem() {
    const left = this.parseOrFirst();
    if (this.isIdent("in")) {
      this.next();
      const collection = this.parseRelation();
      return { type: "membership", value: left, collection, start: left.start, end: collection.end };
    }
    return left;
  }
  parseOrFirst() {
    let left = this.parseOr(false);
    while (this.tok.kind === "punct" && RELATION_OPS.has(this.tok.text)) {
      const op = this.next().text;
      const right = this.parseOr(false);
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseRestOfList(first, closer) {
    const items = [first];
    while (this.isPunct(",")) {
      this.next();
      if (this.isPunct(closer)) break;
      items.push(this.parseExpr(true));
    }
    return items;
  }
  parseComprehensionBody(closer) {
    const start = this.tok.start;
    const literals = this.parseQuery(closer);
    const end = this.prevEnd;
    this.expectPunct(closer);
    return { literals, start, end };
  }
};
var refToPath = (term) => {
  if (term.type === "var") return [term.name];
  if (term.type !== "ref" || term.head.type !== "var") return void 0;
  const path = [term.head.name];
  for (const segment of term.path) {
    if (segment.kind === "dot") path.push(segment.name);
    else if (segment.term.type === "string") path.push(segment.term.value);
    else return void 0;
  }
  return path;
};

// src/analyze/rego/analysis.ts
var ENTRY_RULES = /* @__PURE__ */ new Set(["violation", "deny"]);
var MAX_CALL_DEPTH = 40;
var MAX_ALTERNATIVES2 = 64;
var DATA_NOT_CODE = /* @__PURE__ */ new Set(["inventory"]);
var ANY = "\0any";
var FREE = "\0free";
var EMPTY2 = { paths: [], strings: [], reads: [] };
var merge = (...values) => {
  const present = values.filter((v) => v !== void 0 && v !== EMPTY2);
  if (present.length === 0) return EMPTY2;
  if (present.length === 1) return present[0];
  const paths = present.flatMap((v) => v.paths).slice(0, MAX_ALTERNATIVES2);
  const strings2 = present.flatMap((v) => v.strings).slice(0, MAX_ALTERNATIVES2);
  const reads = present.flatMap((v) => v.reads).slice(0, MAX_ALTERNATIVES2);
  const elementValues = present.map((v) => v.elements).filter((e) => e !== void 0);
  const fields = /* @__PURE__ */ new Map();
  for (const v of present) for (const [k, f] of v.fields ?? []) fields.set(k, merge(fields.get(k), f));
  return {
    paths,
    strings: strings2,
    reads,
    ...elementValues.length > 0 && { elements: merge(...elementValues) },
    ...fields.size > 0 && { fields }
  };
};
var withReads = (value, reads) => reads.length === 0 ? value : { ...value, reads: [...value.reads, ...reads].slice(0, MAX_ALTERNATIVES2) };
var and = (a, b) => a === "false" || b === "false" ? "false" : a === "true" && b === "true" ? "true" : "maybe";
var or = (a, b) => a === "true" || b === "true" ? "true" : a === "false" && b === "false" ? "false" : "maybe";
var negate = (a) => a === "true" ? "false" : a === "false" ? "true" : "maybe";
var samePath = (path, ...expected) => path.length === expected.length && path.every((s, i) => s === expected[i]);
var POD_SPEC = ["review", "object", "spec"];
var isPodSpecPrefix = (path) => path.length <= POD_SPEC.length && path.every((s, i) => s === POD_SPEC[i] || s === ANY || s === FREE);
var analyzeRegoPolicy = (modules) => {
  const parseErrors = [];
  const unknowns = [];
  const infos = [];
  for (const source of modules) {
    const parsed = parseRego(source.source);
    for (const e of parsed.errors) parseErrors.push({ module: source.id, start: e.start, end: e.end, message: e.message });
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0];
      unknowns.push({ reason: "the Rego module does not parse; rules in it may be missing from the analysis", at: { module: source.id, start: first?.start ?? 0, end: first?.end ?? 0 } });
    }
    if (parsed.module !== void 0) infos.push(indexModule(source.id, parsed.module));
  }
  const main = infos[0];
  const entries = [];
  if (main !== void 0 && main.id === modules[0]?.id) {
    for (const rule of main.module.rules) {
      if (ENTRY_RULES.has(rule.head.name) && !rule.isDefault) entries.push(new EntryAnalyzer(infos).analyze(main, rule));
    }
  }
  if (entries.length === 0 && modules[0] !== void 0) {
    unknowns.push({ reason: "no violation or deny rule found", at: { module: modules[0].id, start: 0, end: 0 } });
  }
  return { entries, parseErrors, unknowns };
};
var indexModule = (id, module) => {
  const rules = /* @__PURE__ */ new Map();
  for (const rule of module.rules) {
    const list = rules.get(rule.head.name);
    if (list === void 0) rules.set(rule.head.name, [rule]);
    else list.push(rule);
  }
  const imports = /* @__PURE__ */ new Map();
  for (const imp of module.imports) {
    const root = imp.path[0];
    if (root !== "data" && root !== "input") continue;
    const alias = imp.alias ?? imp.path[imp.path.length - 1];
    if (alias !== void 0) imports.set(alias, imp.path);
  }
  return { id, module, rules, imports };
};
var EntryAnalyzer = class {
  lists = /* @__PURE__ */ new Map();
  checks = /* @__PURE__ */ new Map();
  unknowns = /* @__PURE__ */ new Map();
  subresourceAware = false;
  dynamicKeys = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  depth = 0;
  packages = /* @__PURE__ */ new Map();
  constructor(modules) {
    for (const m of modules) this.packages.set(m.module.package.path.join("."), m);
  }
  analyze(mod, rule) {
    let exemption;
    for (const body of rule.bodies) {
      const frame = { mod, env: /* @__PURE__ */ new Map(), truth: "true", decided: false, exempting: false };
      this.bindHead(rule, frame, void 0, void 0);
      const falseAt = this.evalBody(body, frame);
      this.evalHeadOutputs(rule, frame);
      if (falseAt !== void 0 && exemption === void 0) {
        exemption = {
          at: { module: mod.id, start: falseAt.start, end: falseAt.end },
          note: this.subresourceAware ? "the rule cannot fire for UPDATE of the ephemeralcontainers subresource" : "the rule skips UPDATE requests, and adding an ephemeral container is an UPDATE"
        };
      }
    }
    const reads = {};
    for (const list of CONTAINER_LISTS) {
      const at2 = this.lists.get(list);
      if (at2 !== void 0) reads[list] = at2;
    }
    return {
      rule: rule.head.name,
      at: { module: mod.id, start: rule.head.start, end: rule.head.end },
      reads,
      checks: [...this.checks.values()],
      ...exemption && { updateExemption: exemption },
      subresourceAware: this.subresourceAware,
      dynamicKeys: [...this.dynamicKeys.values()],
      unknowns: [...this.unknowns.values()]
    };
  }
  // ---- evidence ----
  unknown(reason, at2) {
    const key = `${reason}@${at2.module}:${at2.start}`;
    if (!this.unknowns.has(key)) this.unknowns.set(key, { reason, at: at2 });
  }
  noteList(list, at2) {
    const known = this.lists.get(list);
    if (known === void 0) this.lists.set(list, [at2]);
    else if (!known.some((p) => p.module === at2.module && p.start === at2.start && p.end === at2.end)) known.push(at2);
  }
  /** The value is used as a condition: its pending reads become checks. */
  commit(value, frame, nested = true) {
    for (const read of nested ? nestedReads(value) : value.reads) {
      const check2 = classifyRead(read, frame.exempting);
      if (check2 === void 0) continue;
      const key = `${check2.field}@${read.at.module}:${read.at.start}:${read.at.end}`;
      const known = this.checks.get(key);
      if (known === void 0 || known.role === "exemption" && check2.role === "check") this.checks.set(key, check2);
    }
  }
  // ---- bodies and literals ----
  /** Evaluates a body; returns the first literal that is false for an ephemeral-container UPDATE. */
  evalBody(body, frame) {
    let falseAt;
    for (const literal of body.literals) {
      frame.truth = "true";
      frame.decided = false;
      const truth = this.evalLiteral(literal, frame);
      if (truth === "false" && falseAt === void 0) falseAt = literal;
    }
    return falseAt;
  }
  bodyTruth(body, frame) {
    let truth = "true";
    for (const literal of body.literals) {
      frame.truth = "true";
      frame.decided = false;
      truth = and(truth, this.evalLiteral(literal, frame));
    }
    return truth;
  }
  evalLiteral(literal, frame) {
    switch (literal.type) {
      case "some":
        for (const v of literal.vars) frame.env.delete(v.name);
        return "true";
      case "some-in": {
        const collection = this.evalTerm(literal.collection, frame);
        this.bindPattern(literal.value, this.iterate(collection, literal.collection, frame), frame);
        if (literal.key !== void 0) this.bindPattern(literal.key, keysOf(collection), frame);
        return frame.truth;
      }
      case "every": {
        const domain = this.evalTerm(literal.domain, frame);
        const inner = { ...frame, env: new Map(frame.env), truth: "true", decided: false };
        this.bindPattern(literal.value, this.iterate(domain, literal.domain, frame), inner);
        if (literal.key !== void 0) this.bindPattern(literal.key, keysOf(domain), inner);
        this.bodyTruth(literal.body, inner);
        return "maybe";
      }
      case "expr": {
        for (const w of literal.with) this.evalTerm(w.value, frame);
        if (literal.negated) {
          const inner = { ...frame, truth: "true", decided: false, exempting: frame.exempting || this.callsExemptionHelper(literal.expr, frame) };
          const truth = this.evalCondition(literal.expr, inner);
          return negate(truth);
        }
        return this.evalCondition(literal.expr, frame);
      }
    }
  }
  /** A `not` around a call to a helper named like an exemption (`is_exempt`, `exempt_container`). */
  callsExemptionHelper(term, frame) {
    if (term.type !== "call" && term.type !== "ref" && term.type !== "var") return false;
    const callee = term.type === "call" ? term.callee : term;
    const name = callee.type === "var" ? callee.name : callee.head.type === "var" ? callee.head.name : "";
    const resolved = frame.mod.imports.get(name)?.join(".") ?? name;
    return /exempt/i.test(resolved) || callee.type === "ref" && callee.path.some((s) => s.kind === "dot" && /exempt/i.test(s.name));
  }
  /** A literal's expression: an assignment binds, anything else is a condition. */
  evalCondition(expr, frame) {
    if (expr.type === "binary" && (expr.op === ":=" || expr.op === "=")) {
      const leftFree = expr.op === ":=" || this.isUnboundPattern(expr.left, frame);
      if (leftFree) {
        this.bindPattern(expr.left, this.evalTerm(expr.right, frame), frame);
        return frame.truth;
      }
      if (this.isUnboundPattern(expr.right, frame)) {
        this.bindPattern(expr.right, this.evalTerm(expr.left, frame), frame);
        return frame.truth;
      }
      return this.compare(expr.left, expr.right, "==", frame);
    }
    const value = this.evalTerm(expr, frame);
    this.commit(value, frame, false);
    const fieldTruth = this.requestFieldTruth(value);
    if (fieldTruth !== void 0) return and(frame.truth, fieldTruth);
    return frame.decided ? frame.truth : and(frame.truth, "maybe");
  }
  isUnboundPattern(term, frame) {
    if (term.type === "var") {
      const bound = frame.env.get(term.name);
      return term.name === "_" || (bound === void 0 ? !this.isGlobal(term.name, frame) : bound.free !== void 0);
    }
    if (term.type === "array") return term.items.some((t) => this.isUnboundPattern(t, frame));
    if (term.type === "object") return term.items.some((i) => this.isUnboundPattern(i.value, frame));
    return false;
  }
  isGlobal(name, frame) {
    return name === "input" || name === "data" || frame.mod.rules.has(name) || frame.mod.imports.has(name);
  }
  /** A bare `input.review.operation` / `subResource` as a condition: both are set on that request. */
  requestFieldTruth(value) {
    for (const path of value.paths) {
      if (samePath(path, "review", "subResource")) {
        this.subresourceAware = true;
        return "true";
      }
      if (samePath(path, "review", "operation")) return "true";
    }
    return void 0;
  }
  bindPattern(pattern, value, frame) {
    switch (pattern.type) {
      case "var":
        if (pattern.name === "_") return;
        if (value.free !== void 0) frame.env.delete(pattern.name);
        else frame.env.set(pattern.name, value);
        return;
      case "array":
        for (const item of pattern.items) this.bindPattern(item, value.elements ?? EMPTY2, frame);
        return;
      case "object":
        for (const item of pattern.items) {
          const key = item.key.type === "string" ? item.key.value : void 0;
          this.bindPattern(item.value, (key !== void 0 ? value.fields?.get(key) : void 0) ?? EMPTY2, frame);
        }
        return;
      default:
        this.commit(this.evalTerm(pattern, frame), frame);
    }
  }
  // ---- terms ----
  evalTerm(term, frame) {
    switch (term.type) {
      case "string":
        return { paths: [], strings: [{ value: term.value, at: this.pos(frame, term) }], reads: [] };
      case "number":
      case "boolean":
      case "null":
        return EMPTY2;
      case "var":
        return this.evalVar(term.name, term, frame);
      case "ref":
        return this.evalRef(term, frame);
      case "call":
        return this.evalCall(term.callee, term.args, term, frame);
      case "paren":
        return this.evalTerm(term.inner, frame);
      case "unary-minus":
        return this.evalTerm(term.operand, frame);
      case "array":
      case "set": {
        const items = term.items.map((t) => this.evalTerm(t, frame));
        return { paths: [], strings: [], reads: [], elements: merge(...items) };
      }
      case "object": {
        const fields = /* @__PURE__ */ new Map();
        const values = [];
        for (const item of term.items) {
          const value = this.evalTerm(item.value, frame);
          values.push(value);
          if (item.key.type === "string") fields.set(item.key.value, value);
          else this.evalTerm(item.key, frame);
        }
        return { paths: [], strings: [], reads: [], elements: merge(...values), fields };
      }
      case "array-comprehension":
      case "set-comprehension":
      case "object-comprehension": {
        const inner = { ...frame, env: new Map(frame.env), truth: "true", decided: false };
        this.bodyTruth(term.body, inner);
        const element = term.type === "object-comprehension" ? this.evalTerm(term.value, inner) : this.evalTerm(term.head, inner);
        return { paths: [], strings: [], reads: [], elements: element };
      }
      case "binary": {
        if (RELATIONS.has(term.op)) {
          frame.truth = and(frame.truth, this.compare(term.left, term.right, term.op, frame));
          return EMPTY2;
        }
        const left = this.evalTerm(term.left, frame);
        const right = this.evalTerm(term.right, frame);
        if (term.op === "|") return merge(left, right);
        return { paths: [], strings: [], reads: [...nestedReads(left), ...nestedReads(right)].slice(0, MAX_ALTERNATIVES2) };
      }
      case "membership":
        frame.truth = and(frame.truth, this.membership(term.value, term.collection, frame));
        if (term.key !== void 0) this.commit(this.evalTerm(term.key, frame), frame);
        return EMPTY2;
    }
  }
  pos(frame, span) {
    return { module: frame.mod.id, start: span.start, end: span.end };
  }
  evalVar(name, at2, frame) {
    const local = frame.env.get(name);
    if (local !== void 0) return local;
    if (name === "input") return { paths: [[]], strings: [], reads: [] };
    const imported = frame.mod.imports.get(name);
    if (imported !== void 0) return this.evalGlobalPath(imported, [], at2, frame, void 0);
    if (frame.mod.rules.has(name)) return this.applyRuleRef(frame.mod, name, [], at2, frame);
    return { ...EMPTY2, free: name };
  }
  evalRef(ref, frame) {
    const head = ref.head;
    if (head.type === "var" && !frame.env.has(head.name)) {
      const imported = frame.mod.imports.get(head.name);
      if (head.name === "data") return this.evalGlobalPath(["data"], ref.path, ref, frame, void 0);
      if (imported !== void 0) return this.evalGlobalPath(imported, ref.path, ref, frame, void 0);
      if (frame.mod.rules.has(head.name)) return this.applyRuleRef(frame.mod, head.name, ref.path, ref, frame);
    }
    return this.applySegments(this.evalTerm(head, frame), ref.path, ref, frame);
  }
  /** `data.a.b.rule...` or an import's path followed by `segments`. */
  evalGlobalPath(prefix, segments, ref, frame, args) {
    if (prefix[0] === "input") {
      const base = { paths: [prefix.slice(1)], strings: [], reads: [] };
      return this.applySegments(base, segments, ref, frame);
    }
    const names = [...prefix.slice(1)];
    let consumed = 0;
    for (const s of segments) {
      const name = s.kind === "dot" ? s.name : s.term.type === "string" ? s.term.value : void 0;
      if (name === void 0) break;
      names.push(name);
      consumed++;
    }
    if (names[0] !== void 0 && DATA_NOT_CODE.has(names[0])) return EMPTY2;
    for (let split = names.length - 1; split >= 0; split--) {
      const mod = this.packages.get(names.slice(0, split).join("."));
      const ruleName = names[split];
      if (mod === void 0 || ruleName === void 0 || !mod.rules.has(ruleName)) continue;
      const rest = segments.slice(consumed - (names.length - 1 - split));
      if (args !== void 0) return this.callRule(mod, ruleName, args, ref, frame);
      return this.applyRuleRef(mod, ruleName, rest, ref, frame);
    }
    this.unknown(`cannot resolve data.${names.join(".")}: no module given defines it`, this.pos(frame, ref));
    for (const a of args ?? []) this.evalTerm(a, frame);
    return EMPTY2;
  }
  /** A rule referred to by name, with the rest of the ref applied. */
  applyRuleRef(mod, name, segments, ref, frame) {
    const kind = mod.rules.get(name)?.[0]?.head.kind;
    const first = segments[0];
    if ((kind === "partial-set" || kind === "partial-object") && first?.kind === "index") {
      const keyPattern = first.term;
      const keyValue = this.evalTerm(keyPattern, frame);
      const result2 = this.ruleValue(mod, name, frame, ref, keyValue);
      if (this.isUnboundPattern(keyPattern, frame)) this.bindPattern(keyPattern, result2.key, frame);
      return this.applySegments(result2.out, segments.slice(1), ref, frame);
    }
    const result = this.ruleValue(mod, name, frame, ref);
    return this.applySegments(kind === "partial-set" ? { ...EMPTY2, elements: result.out } : result.out, segments, ref, frame);
  }
  applySegments(base, segments, ref, frame) {
    let value = base;
    for (const segment of segments) {
      const segmentAt = segment.kind === "dot" ? { module: frame.mod.id, start: segment.start + 1, end: segment.end } : this.pos(frame, segment.term);
      const reachedAt = { module: frame.mod.id, start: ref.start, end: segment.end };
      if (segment.kind === "dot") {
        value = this.extend(value, [{ key: segment.name, at: segmentAt }], reachedAt, frame);
        continue;
      }
      const index = segment.term;
      const key = this.evalTerm(index, frame);
      if (key.strings.length > 0) {
        value = this.extend(value, key.strings.map((s) => ({ key: s.value, at: s.at })), reachedAt, frame);
        continue;
      }
      const unbound = index.type === "var" && (index.name === "_" || key.free !== void 0);
      if (!unbound && key.paths.length > 0) this.noteDynamicKey(value, key, this.pos(frame, index), frame);
      const wildcard = index.type === "var" && index.name === "_" ? ANY : FREE;
      const element = this.extend(value, [{ key: unbound ? wildcard : ANY, at: segmentAt }], reachedAt, frame);
      if (unbound && index.type === "var" && index.name !== "_") this.bindPattern(index, keysOf(value), frame);
      value = withReads(element, key.reads);
    }
    return value;
  }
  /** `value[key]` for each key alternative: paths grow, literal collections yield elements/fields. */
  extend(value, keys, reachedAt, frame) {
    const paths = [];
    const reads = [];
    const parts = [];
    for (const path of value.paths) {
      for (const { key, at: at2 } of keys) {
        const next = [...path, key];
        this.noteListRead(path, key, at2, reachedAt);
        if (paths.length < MAX_ALTERNATIVES2) {
          paths.push(next);
          reads.push({ path: next, at: reachedAt });
        }
      }
    }
    for (const { key } of keys) {
      const field = key === ANY || key === FREE ? void 0 : value.fields?.get(key);
      if (field !== void 0) parts.push(field);
      else if (value.elements !== void 0) parts.push(value.elements);
    }
    void frame;
    return merge({ paths, strings: [], reads }, ...parts);
  }
  /** A computed key into a container (`ctr[probe]`): which field it names is not in the source. */
  noteDynamicKey(container, key, at2, frame) {
    for (const path of container.paths) {
      if (path.length < 5 || !POD_SPEC.every((s, i) => path[i] === s)) continue;
      const list = path[3];
      if (!CONTAINER_LISTS.includes(list) && list !== ANY) continue;
      if (path[4] !== ANY && path[4] !== FREE) continue;
      const prefix = path.slice(5);
      if (prefix.some((s) => s === ANY || s === FREE)) continue;
      const fromParameters = key.paths.every((p) => p[0] === "parameters");
      const parameter = fromParameters ? upToWildcard(key.paths[0]?.slice(1) ?? []) : void 0;
      const dynamic = { at: at2, prefix, ...parameter !== void 0 && parameter.length > 0 && { parameter }, role: frame.exempting ? "exemption" : "check" };
      const id = `${at2.module}:${at2.start}:${prefix.join(".")}`;
      if (!this.dynamicKeys.has(id)) this.dynamicKeys.set(id, dynamic);
      return;
    }
  }
  noteListRead(parent, key, keyAt, reachedAt) {
    if (!samePath(parent, ...POD_SPEC)) return;
    if (CONTAINER_LISTS.includes(key)) this.noteList(key, keyAt);
    else if (key === ANY) for (const list of CONTAINER_LISTS) this.noteList(list, keyAt);
    else if (key === FREE) this.unknown("a variable key selects which pod spec fields are read; it may or may not include the container lists", reachedAt);
  }
  /** What `x[_]` / `some v in x` yields. */
  iterate(collection, at2, frame) {
    const anyAt = this.pos(frame, at2);
    const fromPaths = this.extend({ ...collection, elements: void 0, fields: void 0 }, [{ key: ANY, at: anyAt }], anyAt, frame);
    return merge(fromPaths, collection.elements);
  }
  // ---- calls ----
  evalCall(callee, args, call, frame) {
    const name = callee.type === "var" ? callee.name : void 0;
    const path = callee.type === "ref" && callee.head.type === "var" ? [callee.head.name, ...callee.path.map((s) => s.kind === "dot" ? s.name : "")] : void 0;
    const dotted = name ?? path?.join(".") ?? "";
    if (name !== void 0 && !frame.env.has(name)) {
      if (frame.mod.rules.has(name)) return this.callRule(frame.mod, name, args, call, frame);
      const imported = frame.mod.imports.get(name);
      if (imported !== void 0) return this.evalGlobalPath(imported, [], call, frame, args);
    }
    if (path !== void 0 && callee.type === "ref") {
      const imported = frame.mod.imports.get(path[0] ?? "");
      if (path[0] === "data") return this.evalGlobalPath(["data"], callee.path, call, frame, args);
      if (imported !== void 0 && !frame.env.has(path[0] ?? "")) return this.evalGlobalPath(imported, callee.path, call, frame, args);
    }
    const values = args.map((a) => this.evalTerm(a, frame));
    if (dotted === "object.get") return this.objectGet(values, args, call, frame);
    if (dotted === "walk") {
      if ((values[0]?.paths ?? []).some(isPodSpecPrefix)) {
        this.unknown("walk over the Pod (or its spec) may visit the container lists; which ones cannot be told", this.pos(frame, call));
      }
      return EMPTY2;
    }
    if (dotted === "array.concat" || dotted === "union") {
      return { ...EMPTY2, elements: merge(...values.map((v, i) => this.iterate(v, args[i], frame))) };
    }
    return { ...EMPTY2, reads: values.flatMap((v) => nestedReads(v)).slice(0, MAX_ALTERNATIVES2) };
  }
  /** `object.get(x, "k", d)` is `x.k` (or `d`); `object.get(x, ["a", "b"], d)` is `x.a.b`. */
  objectGet(values, args, call, frame) {
    const [objectValue, keyValue, defaultValue] = values;
    const keyTerm = args[1];
    if (objectValue === void 0 || keyValue === void 0 || keyTerm === void 0) return EMPTY2;
    const at2 = this.pos(frame, call);
    let value = { ...objectValue, reads: [] };
    if (keyTerm.type === "array") {
      for (const item of keyTerm.items) {
        const k = this.evalTerm(item, frame);
        value = this.extend(value, k.strings.length > 0 ? k.strings.map((s) => ({ key: s.value, at: s.at })) : [{ key: FREE, at: at2 }], at2, frame);
      }
    } else {
      value = this.extend(value, keyValue.strings.length > 0 ? keyValue.strings.map((s) => ({ key: s.value, at: s.at })) : [{ key: FREE, at: at2 }], at2, frame);
    }
    return merge(value, defaultValue);
  }
  callRule(mod, name, args, at2, frame) {
    const values = args.map((a) => this.evalTerm(a, frame));
    return this.ruleValue(mod, name, frame, at2, void 0, values).out;
  }
  // ---- rules ----
  /** Evaluates every definition of a rule under the caller's arguments or key; memoised per entry. */
  ruleValue(mod, name, caller, at2, key, args) {
    const memoKey = `${mod.id}\0${name}\0${signature(key)}\0${(args ?? []).map(signature).join("")}\0${caller.exempting}`;
    const cached = this.memo.get(memoKey);
    if (cached !== void 0) {
      caller.decided = true;
      caller.truth = and(caller.truth, cached.truth);
      return cached;
    }
    if (this.inProgress.has(memoKey)) return { out: EMPTY2, key: EMPTY2, truth: "maybe" };
    if (this.depth >= MAX_CALL_DEPTH) {
      this.unknown(`helper rules nest deeper than ${MAX_CALL_DEPTH} calls`, this.pos(caller, at2));
      return { out: EMPTY2, key: EMPTY2, truth: "maybe" };
    }
    this.inProgress.add(memoKey);
    this.depth++;
    const outs = [];
    const keys = [];
    let truth = "false";
    for (const rule of mod.rules.get(name) ?? []) {
      if (rule.isDefault) {
        truth = or(truth, "maybe");
        continue;
      }
      const clauses = rule.bodies.length === 0 ? [{}] : rule.bodies.map((body) => ({ body }));
      for (const e of rule.elses) clauses.push({ ...e.body && { body: e.body }, ...e.value && { value: e.value } });
      for (const clause of clauses) {
        const frame = { mod, env: /* @__PURE__ */ new Map(), truth: "true", decided: false, exempting: caller.exempting };
        this.bindHead(rule, frame, key, args);
        const bodyTruth = clause.body === void 0 ? "true" : this.bodyTruth(clause.body, frame);
        truth = or(truth, bodyTruth);
        const valueTerm = clause.value ?? rule.head.value;
        outs.push(rule.head.kind === "partial-set" ? this.evalOptional(rule.head.key, frame) : this.evalOptional(valueTerm, frame));
        keys.push(this.evalOptional(rule.head.key, frame));
      }
    }
    this.depth--;
    this.inProgress.delete(memoKey);
    const result = { out: merge(...outs), key: merge(...keys), truth };
    this.memo.set(memoKey, result);
    caller.decided = true;
    caller.truth = and(caller.truth, truth);
    return result;
  }
  evalOptional(term, frame) {
    return term === void 0 ? EMPTY2 : this.evalTerm(term, frame);
  }
  /** Binds function parameters to the call's arguments, and a partial rule's key to the caller's key. */
  bindHead(rule, frame, key, args) {
    const params = rule.head.args ?? [];
    params.forEach((param, i) => {
      const arg = args?.[i];
      if (param.type === "var" || param.type === "object" || param.type === "array") this.bindPattern(param, arg ?? EMPTY2, frame);
    });
    if (key !== void 0 && key.free === void 0 && rule.head.key !== void 0) this.bindPattern(rule.head.key, key, frame);
  }
  /** The entry rule's own output (`msg`): evaluated so that helper calls in it are followed. */
  evalHeadOutputs(rule, frame) {
    this.evalOptional(rule.head.key, frame);
    this.evalOptional(rule.head.value, frame);
  }
  // ---- the request under test: UPDATE of pods/ephemeralcontainers ----
  compare(leftTerm, rightTerm, op, frame) {
    const left = this.evalTerm(leftTerm, frame);
    const right = this.evalTerm(rightTerm, frame);
    this.commit(left, frame);
    this.commit(right, frame);
    frame.decided = true;
    const truth = this.requestComparison(left, right, op) ?? this.requestComparison(right, left, op) ?? "maybe";
    return and(frame.truth, truth);
  }
  /** `operation == "UPDATE"`, `subResource != "ephemeralcontainers"`... on the request under test. */
  requestComparison(field, constant, op) {
    const actual = this.requestFieldValue(field);
    if (actual === void 0 || constant.strings.length === 0 || op !== "==" && op !== "!=") return void 0;
    const equal = constant.strings.every((s) => s.value === actual) ? "true" : constant.strings.some((s) => s.value === actual) ? "maybe" : "false";
    return op === "==" ? equal : negate(equal);
  }
  membership(valueTerm, collectionTerm, frame) {
    const value = this.evalTerm(valueTerm, frame);
    const collection = this.evalTerm(collectionTerm, frame);
    this.commit(value, frame);
    this.commit(collection, frame);
    this.commit(this.iterate(collection, collectionTerm, frame), frame);
    frame.decided = true;
    const actual = this.requestFieldValue(value);
    const options = collection.elements?.strings ?? [];
    if (actual === void 0 || options.length === 0) return "maybe";
    return options.some((s) => s.value === actual) ? "maybe" : "false";
  }
  requestFieldValue(value) {
    if (value.paths.length !== 1) return void 0;
    const [path] = value.paths;
    if (path === void 0) return void 0;
    if (samePath(path, "review", "operation")) return "UPDATE";
    if (samePath(path, "review", "subResource")) {
      this.subresourceAware = true;
      return "ephemeralcontainers";
    }
    return void 0;
  }
};
var RELATIONS = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var nestedReads = (value, depth = 0) => {
  if (depth > 8 || value.elements === void 0 && value.fields === void 0) return value.reads;
  const reads = [...value.reads];
  if (value.elements !== void 0) reads.push(...nestedReads(value.elements, depth + 1));
  for (const field of value.fields?.values() ?? []) reads.push(...nestedReads(field, depth + 1));
  return reads;
};
var keysOf = (collection) => withReads(EMPTY2, collection.reads);
var signature = (value) => {
  if (value === void 0) return "";
  const parts = [
    value.paths.map((p) => p.join(".")).join(","),
    value.strings.map((s) => `${s.value}@${s.at.module}:${s.at.start}`).join(","),
    value.elements === void 0 ? "" : `[${signature(value.elements)}]`,
    value.fields === void 0 ? "" : `{${[...value.fields].map(([k, v]) => `${k}:${signature(v)}`).join(",")}}`
  ];
  return parts.join("|");
};
var classifyRead = (read, exempting) => {
  const path = read.path;
  if (path.length < 4 || !POD_SPEC.every((s, i) => path[i] === s)) return void 0;
  const specField = path[3];
  const role = exempting ? "exemption" : "check";
  if (CONTAINER_LISTS.includes(specField) || specField === ANY) {
    const rest = upToWildcard(path.slice(5));
    if (rest.length === 0) return void 0;
    const field2 = rest.join(".");
    return { field: field2, category: containerFieldCategory(field2), role, at: read.at };
  }
  if (specField === FREE) return void 0;
  const field = ["spec", ...upToWildcard(path.slice(3))].join(".");
  return { field, category: "pod-level", role, at: read.at };
};
var upToWildcard = (segments) => {
  const out = [];
  for (const s of segments) {
    if (s === ANY || s === FREE) break;
    out.push(s);
  }
  return out;
};

// src/analyze/gatekeeper/logic.ts
var listNote = (list) => `reads spec.${list}`;
var regoLogic = (analysis, locate, parameters, label, options = { reportParseErrors: true }) => {
  const problems = [];
  const unknowns = [];
  const parseSpans = /* @__PURE__ */ new Set();
  for (const error of analysis.parseErrors) {
    parseSpans.add(`${error.module}:${error.start}`);
    if (options.reportParseErrors) {
      problems.push({ ruleId: "EG003", at: locate(error), message: `${label}: Rego syntax error: ${error.message}. Its ephemeral-container coverage is unknown.` });
    }
  }
  const unknown = (reason, at2) => {
    const ref = locate(at2);
    unknowns.push({ at: ref, note: reason });
    if (!parseSpans.has(`${at2.module}:${at2.start}`)) {
      problems.push({ ruleId: "EG003", at: ref, message: `${label}: ${reason}; its ephemeral-container coverage is unknown.` });
    }
  };
  const brokenModules = new Set(analysis.parseErrors.map((e) => e.module));
  for (const u of analysis.unknowns) {
    if (brokenModules.size > 0) unknowns.push({ at: locate(u.at), note: u.reason });
    else unknown(u.reason, u.at);
  }
  const perEntry = analysis.entries.map((entry) => entryChecks(entry, locate, parameters, unknown));
  const relevant = perEntry.filter((e) => ephemeralRelevantChecks(e.checks).length > 0);
  const readers = relevant.length > 0 ? relevant : perEntry;
  const reads = {};
  for (const { entry } of readers) {
    for (const list of CONTAINER_LISTS) {
      const first = entry.reads[list]?.[0];
      if (first !== void 0 && reads[list] === void 0) reads[list] = { at: locate(first), note: listNote(list) };
    }
  }
  const skipping = relevant.find((e) => e.entry.updateExemption !== void 0)?.entry.updateExemption;
  return {
    reads,
    checks: perEntry.flatMap((e) => e.checks),
    ...skipping && { updateExemption: { at: locate(skipping.at), note: skipping.note } },
    unknowns,
    problems
  };
};
var entryChecks = (entry, locate, parameters, unknown) => {
  const lists = CONTAINER_LISTS.filter((list) => entry.reads[list] !== void 0);
  const checks = entry.checks.map((check2) => ({
    field: check2.field,
    category: check2.category,
    role: check2.role,
    ...check2.category === "pod-level" ? {} : { lists },
    at: locate(check2.at)
  }));
  for (const dynamic of entry.dynamicKeys) {
    const values = dynamic.parameter === void 0 ? void 0 : parameters(dynamic.parameter);
    if (values === void 0) {
      const from = dynamic.parameter === void 0 ? "a computed key" : `the constraint parameter ${dynamic.parameter.join(".")}`;
      unknown(`${from} selects which container field is read${dynamic.parameter === void 0 ? "" : ", and no Constraint in scope gives its values"}`, dynamic.at);
      continue;
    }
    for (const value of values) {
      const field = [...dynamic.prefix, value].join(".");
      checks.push({ field, category: containerFieldCategory(field), role: dynamic.role, lists, at: locate(dynamic.at) });
    }
  }
  for (const u of entry.unknowns) unknown(u.reason, u.at);
  return { entry, checks };
};
var celLogic = (analysis, locate, label) => {
  const reads = {};
  for (const read of analysis.lists) {
    if (read.scope === "pod" && reads[read.list] === void 0) reads[read.list] = { at: locate(read.at), note: listNote(read.list) };
  }
  const checks = analysis.fields.map((field) => ({
    field: field.field,
    category: field.category,
    role: field.role,
    ...field.category === "pod-level" ? {} : { lists: field.lists },
    at: locate(field.at)
  }));
  const conditions = analysis.matchConditions.updateExemption;
  const validation = analysis.validations.find(
    (v) => v.updateExemption !== void 0 && !v.updateExemption.subresourceHandled && ephemeralRelevantChecks(v.fields.map((f) => ({ ...f, at: locate(f.at) }))).length > 0
  )?.updateExemption;
  const skipping = conditions !== void 0 && !conditions.subresourceHandled ? { at: conditions.at, note: "a matchCondition drops UPDATE requests, and adding an ephemeral container is an UPDATE" } : validation ? { at: validation.at, note: "the validation passes every UPDATE request without checking, and adding an ephemeral container is an UPDATE" } : void 0;
  const unknowns = [];
  const problems = [];
  for (const u of analysis.unknowns) {
    const at2 = locate(u.at);
    unknowns.push({ at: at2, note: u.reason });
    problems.push({ ruleId: "EG003", at: at2, message: `${label}: ${u.reason}; its ephemeral-container coverage is unknown.` });
  }
  return {
    reads,
    checks,
    ...skipping && { updateExemption: { at: locate(skipping.at), note: skipping.note } },
    unknowns,
    problems
  };
};

// src/analyze/gatekeeper/template.ts
var TEMPLATE_API_VERSIONS = /* @__PURE__ */ new Set([
  "templates.gatekeeper.sh/v1",
  "templates.gatekeeper.sh/v1beta1",
  "templates.gatekeeper.sh/v1alpha1"
]);
var isConstraintTemplate = (object) => object.kind === "ConstraintTemplate" && TEMPLATE_API_VERSIONS.has(object.apiVersion);
var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var at = (value, ...path) => {
  let current = value;
  for (const key of path) {
    if (typeof key === "number") current = Array.isArray(current) ? current[key] : void 0;
    else current = isRecord2(current) ? current[key] : void 0;
  }
  return current;
};
var ADMISSION_TARGET = "admission.k8s.gatekeeper.sh";
var templateCode = (template) => {
  const rego = [];
  const cel = [];
  const targets = at(template.body, "spec", "targets");
  if (!Array.isArray(targets)) return { rego, cel };
  const targetsRef = childRef(template.ref.at, "spec", "targets");
  targets.forEach((target, t) => {
    if (!isRecord2(target)) return;
    if (target["target"] !== void 0 && target["target"] !== ADMISSION_TARGET) return;
    const targetRef = childRef(targetsRef, t);
    if (typeof target["rego"] === "string") rego.push(regoCode(target["rego"], target["libs"], childRef(targetRef, "rego"), childRef(targetRef, "libs"), true));
    const code = target["code"];
    if (!Array.isArray(code)) return;
    code.forEach((entry, c) => {
      if (!isRecord2(entry) || !isRecord2(entry["source"])) return;
      const sourceRef = childRef(targetRef, "code", c, "source");
      const source = entry["source"];
      if (entry["engine"] === "Rego" && typeof source["rego"] === "string") {
        rego.push(regoCode(source["rego"], source["libs"], childRef(sourceRef, "rego"), childRef(sourceRef, "libs"), false));
      } else if (entry["engine"] === "K8sNativeValidation") {
        cel.push(celCode(source, sourceRef));
      }
    });
  });
  return { rego, cel };
};
var regoCode = (main, libs, mainRef, libsRef, legacy) => {
  const modules = [{ id: "rego", source: main }];
  const refs = /* @__PURE__ */ new Map([["rego", mainRef]]);
  if (Array.isArray(libs)) {
    libs.forEach((lib, i) => {
      if (typeof lib !== "string") return;
      modules.push({ id: `libs[${i}]`, source: lib });
      refs.set(`libs[${i}]`, childRef(libsRef, i));
    });
  }
  return { modules, refs, legacy };
};
var celCode = (source, sourceRef) => {
  const refs = /* @__PURE__ */ new Map();
  const expressions = (key, make) => {
    const items = source[key];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item, i) => {
      if (!isRecord2(item) || typeof item["expression"] !== "string") return [];
      const id = `${key}[${i}]`;
      const made = make(item, id);
      if (made === void 0) return [];
      refs.set(id, childRef(sourceRef, key, i, "expression"));
      return [made];
    });
  };
  const variables = expressions(
    "variables",
    (item, id) => typeof item["name"] === "string" ? { id, name: item["name"], expression: item["expression"] } : void 0
  );
  const validations = expressions("validations", (item, id) => ({ id, expression: item["expression"] }));
  const matchConditions = expressions("matchConditions", (item, id) => ({
    id,
    expression: item["expression"],
    ...typeof item["name"] === "string" && { name: item["name"] }
  }));
  return { variables, validations, matchConditions, refs };
};
var located = (refs, fallback) => (pos) => {
  const ref = refs.get(pos.module ?? pos.id ?? "");
  return ref === void 0 ? fallback : spanRef(ref, pos.start, pos.end);
};
var analyzeConstraintTemplate = (template, constraints) => {
  const label = objectLabel(template.ref);
  const code = templateCode(template);
  const parameters = (path) => parameterStrings(constraints, path);
  const rego = code.rego.map((program) => ({
    program,
    logic: regoLogic(
      analyzeRegoPolicy(program.modules),
      located(program.refs, template.ref.at),
      parameters,
      label
    )
  }));
  const cel = code.cel.map((program) => ({
    program,
    logic: celLogic(analyzeCelPolicy(program), located(program.refs, template.ref.at), label)
  }));
  const problems = [...rego.flatMap((r) => r.logic.problems), ...cel.flatMap((c) => c.logic.problems)];
  const regoDeciding = rego.find((r) => r.program.legacy) ?? rego[0];
  const deciding = cel[0]?.logic ?? regoDeciding?.logic;
  const kind = at(template.body, "spec", "crd", "spec", "names", "kind");
  const scope = constraintScope(constraints, typeof kind === "string" ? kind : template.name);
  const activatedBy = constraints.map((c) => c.ref);
  if (deciding === void 0) {
    const where = childRef(template.ref.at, "spec", "targets");
    const note = "has no Rego or K8sNativeValidation code for the admission target";
    problems.push({ ruleId: "EG003", at: where, message: `${label} ${note}; its ephemeral-container coverage is unknown.` });
    return { fact: factOf(template, { reads: {}, checks: [], unknowns: [{ at: where, note }], problems: [] }, scope, activatedBy, []), problems };
  }
  const extra = [];
  if (constraints.length === 0) extra.push({ text: "no constraint in scope: the template alone decides nothing; taken to match Pod" });
  if (cel[0] !== void 0 && regoDeciding !== void 0) {
    const celVerdict = factOf(template, cel[0].logic, scope, activatedBy, []).verdict;
    const regoVerdict = factOf(template, regoDeciding.logic, scope, activatedBy, []).verdict;
    if (celVerdict !== regoVerdict) {
      extra.push({ text: `the K8sNativeValidation (CEL) code decides; the Rego code, which runs when Gatekeeper's CEL driver is off, would be ${regoVerdict}` });
    }
  }
  return { fact: factOf(template, deciding, scope, activatedBy, extra), problems };
};
var factOf = (template, logic, scope, activatedBy, extra) => {
  const handlesUpdate = logic.updateExemption ? "no" : "yes";
  const decided = decideVerdict({
    reads: logic.reads,
    checks: logic.checks,
    receivesSubresource: scope.receivesSubresource,
    ...scope.subresourceEvidence && { subresourceEvidence: scope.subresourceEvidence },
    handlesUpdate,
    ...logic.updateExemption && { updateEvidence: logic.updateExemption },
    enforces: scope.enforces,
    ...scope.controllersOnly && { controllersOnly: scope.controllersOnly },
    unknowns: logic.unknowns
  });
  const enforcement = scope.enforces === "no" && decided.verdict !== "not-applicable" && !decided.reasons.some((r) => r.text.startsWith("audit or warn")) ? [{ text: `${scope.enforcementEvidence?.note ?? "dryrun or warn"} on every Constraint: violations are reported, not denied`, ...scope.enforcementEvidence && { at: scope.enforcementEvidence.at } }] : [];
  return {
    engine: "gatekeeper",
    policy: template.ref,
    reads: logic.reads,
    checks: logic.checks,
    receivesSubresource: scope.receivesSubresource,
    ...scope.subresourceEvidence && { subresourceEvidence: scope.subresourceEvidence },
    handlesUpdate,
    ...logic.updateExemption && { updateEvidence: logic.updateExemption },
    enforces: scope.enforces,
    verdict: decided.verdict,
    reasons: [...decided.reasons, ...enforcement, ...extra],
    ...activatedBy.length > 0 && { activatedBy },
    ...scope.controllersOnly && { controllersOnly: scope.controllersOnly }
  };
};

// src/analyze/gatekeeper/rego-modules.ts
var ENTRY_RULES2 = /* @__PURE__ */ new Set(["violation", "deny"]);
var analyzeRegoSources = (sources) => {
  const facts = [];
  const problems = [];
  const parsed = [];
  const byPackage = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const result = parseRego(source.text);
    for (const error of result.errors) {
      problems.push({ ruleId: "EG003", at: { file: source.file, start: error.start, end: error.end }, message: `Rego syntax error: ${error.message}. Policies in this file are not analysed past it.` });
    }
    const scan2 = result.module === void 0 ? { dataRefs: [], readsReview: false } : scanModule(result.module);
    const packageName = result.module?.package.path.join(".") ?? "";
    const entry = { file: source.file, text: source.text, ...result.module && { module: result.module }, packageName, ...scan2 };
    parsed.push(entry);
    const list = byPackage.get(packageName);
    if (list === void 0) byPackage.set(packageName, [entry]);
    else list.push(entry);
  }
  for (const main of parsed) {
    if (main.module === void 0) continue;
    if (!main.module.rules.some((rule) => ENTRY_RULES2.has(rule.head.name) && !rule.isDefault)) continue;
    const { libs, unresolved } = librariesOf(main, byPackage);
    const gatekeeperEntry = main.module.rules.some((rule) => rule.head.name === "violation");
    if (!main.readsReview && !libs.some((lib) => lib.readsReview) && !(gatekeeperEntry && unresolved)) continue;
    const analysis = analyzeRegoPolicy([main, ...libs].map((s) => ({ id: s.file, source: s.text })));
    const locate = (pos) => ({ file: pos.module, start: pos.start, end: pos.end });
    const logic = regoLogic(analysis, locate, () => void 0, `Rego module ${main.packageName} (${main.file})`, { reportParseErrors: false });
    problems.push(...logic.problems);
    const policy = { kind: "RegoModule", apiVersion: "", name: main.packageName, at: { file: main.file, doc: 0, path: [] } };
    const handlesUpdate = logic.updateExemption ? "no" : "yes";
    const decided = decideVerdict({
      reads: logic.reads,
      checks: logic.checks,
      receivesSubresource: "yes",
      handlesUpdate,
      ...logic.updateExemption && { updateEvidence: logic.updateExemption },
      enforces: "unknown",
      unknowns: logic.unknowns
    });
    facts.push({
      engine: "gatekeeper",
      policy,
      reads: logic.reads,
      checks: logic.checks,
      receivesSubresource: "yes",
      handlesUpdate,
      ...logic.updateExemption && { updateEvidence: logic.updateExemption },
      enforces: "unknown",
      verdict: decided.verdict,
      reasons: [...decided.reasons, { text: "standalone Rego module: no constraint in scope, taken to match Pod" }]
    });
  }
  return { facts, problems };
};
var dirOf = (file) => file.slice(0, file.lastIndexOf("/") + 1);
var nearest = (candidates, file) => {
  let best;
  let bestScore = -1;
  for (const candidate of candidates) {
    if (candidate.file.endsWith("_test.rego")) continue;
    const a = dirOf(candidate.file);
    const b = dirOf(file);
    let shared = 0;
    while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
    const score = a === b ? Number.MAX_SAFE_INTEGER : shared;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
};
var librariesOf = (main, byPackage) => {
  const out = [];
  let unresolved = false;
  const seen = /* @__PURE__ */ new Set([main]);
  const queue = [main];
  for (let current = queue.shift(); current !== void 0; current = queue.shift()) {
    for (const ref of current.dataRefs) {
      let found = false;
      for (let n = ref.length; n >= 1; n--) {
        const target = nearest(byPackage.get(ref.slice(0, n).join(".")) ?? [], main.file);
        if (target !== void 0) {
          found = true;
          if (seen.has(target)) continue;
          seen.add(target);
          out.push(target);
          queue.push(target);
        }
      }
      if (!found && ref[0] !== "inventory") unresolved = true;
    }
  }
  return { libs: out, unresolved };
};
var scanModule = (module) => {
  const dataRefs = [];
  let readsReview = false;
  for (const imp of module.imports) {
    if (imp.path[0] === "data") dataRefs.push(imp.path.slice(1));
    if (imp.path[0] === "input" && imp.path[1] === "review") readsReview = true;
  }
  const inputAliases = new Set(module.imports.filter((i) => i.path.length === 1 && i.path[0] === "input").map((i) => i.alias ?? "input"));
  inputAliases.add("input");
  const stack = [module.rules];
  let visited = 0;
  while (stack.length > 0 && visited < 1e6) {
    const node = stack.pop();
    visited++;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const record = node;
    if (record["type"] === "ref") {
      const head = record["head"];
      const path = record["path"];
      const names = [];
      for (const segment of path) {
        const name = segment.kind === "dot" ? segment.name : segment.term?.type === "string" ? segment.term.value : void 0;
        if (name === void 0) break;
        names.push(name);
      }
      if (head?.type === "var" && head.name === "data" && names.length > 0) dataRefs.push(names);
      if (head?.type === "var" && inputAliases.has(head.name ?? "") && names[0] === "review") readsReview = true;
    }
    for (const value of Object.values(record)) if (typeof value === "object" && value !== null) stack.push(value);
  }
  return { dataRefs, readsReview };
};

// src/analyze/gatekeeper/library-versions.ts
var SKIPS_UPDATE = /* @__PURE__ */ new Map([
  ["k8spspprivilegedcontainer", ["1.0.1", "1.1.0", "1.1.1", "1.1.2", "1.1.3"]],
  ["k8spspcapabilities", ["1.0.1", "1.0.2", "1.1.0", "1.1.1", "1.1.2", "1.1.3"]],
  ["k8spspallowprivilegeescalationcontainer", ["1.0.1", "1.1.0", "1.1.1"]],
  ["k8spspallowedusers", ["1.0.1", "1.0.2", "1.0.3"]],
  ["k8spspselinuxv2", ["1.0.1", "1.0.2", "1.0.3", "1.0.4"]],
  ["k8spspreadonlyrootfilesystem", ["1.0.1", "1.1.0", "1.1.1"]],
  ["k8spsphostfilesystem", ["1.0.1", "1.0.2", "1.1.0", "1.1.1", "1.1.2"]],
  ["k8spspprocmount", ["1.0.2", "1.0.3", "1.1.0", "1.1.1", "1.1.2", "1.1.3"]],
  ["k8spsphostprocess", ["1.0.0", "1.0.1"]]
]);
var LIBRARY_VERSION_ANNOTATION = "metadata.gatekeeper.sh/version";
var libraryVersionSkippingUpdate = (template) => {
  const metadata = template.body["metadata"];
  const annotations = typeof metadata === "object" && metadata !== null ? metadata["annotations"] : void 0;
  const version = typeof annotations === "object" && annotations !== null ? annotations[LIBRARY_VERSION_ANNOTATION] : void 0;
  if (typeof version !== "string") return void 0;
  return SKIPS_UPDATE.get(template.name)?.includes(version) ? version : void 0;
};

// src/analyze/gatekeeper/index.ts
var isRecord3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var analyzeGatekeeper = (workspace) => {
  const facts = [];
  const problems = [];
  for (const template of workspace.byKind("ConstraintTemplate")) {
    if (!isConstraintTemplate(template)) continue;
    const spec = template.body["spec"];
    const names = isRecord3(spec) && isRecord3(spec["crd"]) && isRecord3(spec["crd"]["spec"]) ? spec["crd"]["spec"]["names"] : void 0;
    const kind = isRecord3(names) && typeof names["kind"] === "string" ? names["kind"] : void 0;
    const result = analyzeConstraintTemplate(template, kind === void 0 ? [] : constraintsOf(workspace, kind));
    facts.push(result.fact);
    problems.push(...result.problems);
  }
  const modules = analyzeRegoSources(workspace.textSources);
  facts.push(...modules.facts);
  problems.push(...modules.problems);
  return { facts, problems };
};

// src/rules/eg102-policy-exempts-update.ts
var FIX2 = 'Exempt only plain updates: skip a request when `operation == "UPDATE"` and `subResource != "ephemeralcontainers"` (Rego: `review.operation == "UPDATE"` plus `object.get(review, "subResource", "") != "ephemeralcontainers"` in `is_update`; CEL: `request.operation == "UPDATE" && request.subResource != "ephemeralcontainers"`; Kyverno: keep UPDATE in the operations and preconditions).';
var eg102_policy_exempts_update_default = defineRule({
  meta: {
    id: "EG102",
    name: "policy-exempts-update",
    short: "A policy skips every UPDATE request, and adding an ephemeral container is an UPDATE.",
    level: "error",
    securitySeverity: 8.1,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      skipsUpdate: "{{policy}} skips every UPDATE request here, and adding an ephemeral container (kubectl debug) is an UPDATE of pods/ephemeralcontainers: its {{fields}} checks never run on one at admission, so anyone who may add one can break them. {{fix}}",
      librarySkipsUpdate: "{{policy}} skips every UPDATE request here, and adding an ephemeral container (kubectl debug) is an UPDATE of pods/ephemeralcontainers: its {{fields}} checks never run on one at admission, so anyone who may add one can break them. gatekeeper-library version {{version}} of this template is known to do this (the exemption arrived in Sept 2023 and every later release keeps it), so updating the library does not help; only audit reports the Pod later. {{fix}}"
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== "not-covered") continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== "EG102") continue;
        const template = fact.engine === "gatekeeper" ? facts.workspace.find(fact.policy.kind, fact.policy.namespace, fact.policy.name) : void 0;
        const version = template ? libraryVersionSkippingUpdate(template) : void 0;
        const data = { policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields, fix: FIX2 };
        yield {
          messageId: version ? "librarySkipsUpdate" : "skipsUpdate",
          data: version ? { ...data, version } : data,
          at: reason.at ?? fact.updateEvidence?.at ?? fact.policy.at,
          object: fact.policy,
          related: activatorsOf(fact)
        };
      }
    }
  }
});

// src/rules/eg104-policy-matches-controllers-only.ts
var ownerOf = (at2, candidates) => isTextRef(at2) ? void 0 : candidates.find((object) => object.at.file === at2.file && object.at.doc === at2.doc && at2.path.length >= object.at.path.length && object.at.path.every((p, i) => at2.path[i] === p));
var eg104_policy_matches_controllers_only_default = defineRule({
  meta: {
    id: "EG104",
    name: "policy-matches-controllers-only",
    short: "A container-security policy matches only pod controllers, never Pod, so it never sees ephemeral containers.",
    level: "warning",
    securitySeverity: 5.5,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      controllersOnly: '{{object}} matches only pod controllers here, never Pod, so the {{fields}} checks of {{policy}} never see an ephemeral container: those are added to running Pods (kind Pod, pods/ephemeralcontainers), and pod templates cannot hold them. Match Pod as well (Gatekeeper: `{apiGroups: [""], kinds: ["Pod"]}` in match.kinds; Kyverno: `Pod` in match kinds).'
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== "not-covered") continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== "EG104") continue;
        const at2 = reason.at ?? fact.controllersOnly?.at ?? fact.policy.at;
        const owner = ownerOf(at2, [...fact.activatedBy ?? [], fact.policy]) ?? fact.policy;
        const related = [];
        if (owner !== fact.policy) related.push({ at: fact.policy.at, note: `${objectLabel(fact.policy)}: the policy whose checks this activates` });
        for (const other of fact.activatedBy ?? []) {
          if (other !== owner) related.push({ at: other.at, note: `${objectLabel(other)} also activates ${objectLabel(fact.policy)}` });
        }
        yield {
          messageId: "controllersOnly",
          data: { object: objectLabel(owner), policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields },
          at: at2,
          object: owner,
          related
        };
      }
    }
  }
});

// src/rules/eg107-podsecuritypolicy-ignores-ephemeral.ts
var otherControls = (engine, verdict) => engine !== "pod-security-policy" && verdict !== "not-applicable" && !(engine === "pod-security" && verdict === "not-covered");
var eg107_podsecuritypolicy_ignores_ephemeral_default = defineRule({
  meta: {
    id: "EG107",
    name: "podsecuritypolicy-ignores-ephemeral",
    short: "A PodSecurityPolicy is present: PSP never evaluates ephemeral containers and was removed in Kubernetes 1.25.",
    level: "warning",
    securitySeverity: 6,
    tags: ["security", "pod-security-policy", "ephemeral-containers"],
    messages: {
      alongside: "PodSecurityPolicy {{name}} never sees ephemeral containers: PSP ignores the pods/ephemeralcontainers subresource (and was removed in Kubernetes 1.25). Make sure the other controls in this repository cover ephemeral containers, then remove it.",
      only: "PodSecurityPolicy {{name}} is the only pod-security control here, and it never sees ephemeral containers: anyone who can patch pods/ephemeralcontainers can add a privileged container. Enforce Pod Security Admission (baseline or restricted) on every namespace, or a policy engine that reads ephemeralContainers."
    }
  },
  *check(facts) {
    const policies = facts.coverage.filter((fact) => fact.engine === "pod-security-policy");
    const alone = !facts.coverage.some((fact) => otherControls(fact.engine, fact.verdict));
    for (const fact of policies) {
      yield alone ? { messageId: "only", data: { name: fact.policy.name }, at: fact.policy.at, object: fact.policy, level: "error", securitySeverity: 8.1 } : { messageId: "alongside", data: { name: fact.policy.name }, at: fact.policy.at, object: fact.policy };
    }
  }
});

// src/rules/eg302-privileged-ephemeral-container.ts
var objectAt = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
var eg302_privileged_ephemeral_container_default = defineRule({
  meta: {
    id: "EG302",
    name: "privileged-ephemeral-container",
    short: "A Pod manifest contains an ephemeral container that is privileged, may escalate, adds capabilities or runs as root.",
    level: "error",
    securitySeverity: 8.1,
    tags: ["security", "ephemeral-containers", "pod"],
    messages: {
      privileged: 'Ephemeral container "{{container}}" of {{pod}} is privileged: it has full access to the node. Remove privileged: true (kubectl debug --profile=general or restricted does not set it).',
      escalation: 'Ephemeral container "{{container}}" of {{pod}} allows privilege escalation: a setuid binary in its image becomes root. Set allowPrivilegeEscalation: false.',
      capabilities: 'Ephemeral container "{{container}}" of {{pod}} adds capabilities {{capabilities}}. Drop the add list (restricted allows only NET_BIND_SERVICE).',
      root: 'Ephemeral container "{{container}}" of {{pod}} runs as root (runAsUser: 0). Set runAsNonRoot: true and a non-zero runAsUser.'
    }
  },
  *check(facts) {
    for (const pod of facts.workspace.byKind("Pod")) {
      const site = podSpecOf(pod);
      if (!site) continue;
      const podContext = objectAt(site.spec.securityContext);
      for (const container of containersOf(site)) {
        if (container.list !== "ephemeralContainers") continue;
        const security = objectAt(container.container.securityContext);
        const securityAt = childRef(container.at, "securityContext");
        const data = { container: String(container.container.name ?? container.index), pod: `Pod/${pod.namespace ? `${pod.namespace}/` : ""}${pod.name}` };
        const draft = (messageId, at2, extra = {}) => ({
          messageId,
          data: { ...data, ...extra },
          at: at2,
          object: pod.ref
        });
        if (security?.privileged === true) yield draft("privileged", childRef(securityAt, "privileged"));
        if (security?.allowPrivilegeEscalation === true) yield draft("escalation", childRef(securityAt, "allowPrivilegeEscalation"));
        const added = objectAt(security?.capabilities)?.add;
        if (Array.isArray(added) && added.length > 0) {
          yield draft("capabilities", childRef(securityAt, "capabilities", "add"), { capabilities: added.map(String).join(", ") });
        }
        if (security?.runAsUser === 0) yield draft("root", childRef(securityAt, "runAsUser"));
        else if (security?.runAsUser === void 0 && podContext?.runAsUser === 0) {
          yield draft("root", childRef(site.at, "securityContext", "runAsUser"));
        }
      }
    }
  }
});

// src/rules/index.ts
var RULES = [eg001_invalid_manifest_default, eg002_unrendered_template_default, eg003_policy_not_analyzable_default, eg101_policy_skips_ephemeral_containers_default, eg102_policy_exempts_update_default, eg104_policy_matches_controllers_only_default, eg107_podsecuritypolicy_ignores_ephemeral_default, eg302_privileged_ephemeral_container_default];

// ../../work/main/node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "";
    case 95:
      return " ";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

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
var SCHEMA = CORE_SCHEMA.withTags(mergeTag);
var MAX_DEPTH2 = 256;
var MAX_EXPANDED_NODES = 1e6;
var parseYaml = (text) => {
  const problems = [];
  const segments = [];
  const whole = tryParseEvents(text, 0);
  if ("events" in whole) segments.push(whole);
  else {
    for (const piece of splitAtDocumentMarkers(text)) {
      const parsed = tryParseEvents(piece.text, piece.base);
      if ("events" in parsed) segments.push(parsed);
      else problems.push(parsed);
    }
  }
  const documents = [];
  const docStarts = [];
  for (const [segmentIndex, segment] of segments.entries()) {
    const events = segment.events;
    let index = 0;
    while (index < events.length) {
      const end = documentEnd(events, index);
      docStarts.push({ segment: segmentIndex, event: index });
      documents.push(constructDocument(segment, index, end, problems));
      index = end;
    }
  }
  return { documents, problems, source: new YamlSource(text, segments, docStarts) };
};
var tryParseEvents = (text, base) => {
  let patched = text;
  const inserted = [];
  let firstError;
  for (let attempt = 0; attempt <= MAX_INDENT_PATCHES; attempt++) {
    try {
      const events = parseEvents(patched, { maxDepth: MAX_DEPTH2 });
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
    const doubles = (content.replace(/\\./g, "").match(/"/g) ?? []).length;
    const singles = (content.replace(/''/g, "").match(/'/g) ?? []).length;
    if (doubles % 2 === 1 || singles % 2 === 1) return /:\s+["']/.test(content) || /^\s*-\s+["']/.test(content) ? lineStart : void 0;
    if (doubles > 0 || singles > 0 || content.trim() === "") return void 0;
    end = start - 1;
  }
  return void 0;
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
    return constructFromEvents(events, options)[0];
  } catch (error) {
    const problem = problemOf(error, segment.base);
    if (/duplicated mapping key/.test(problem.message)) {
      problems.push({ ...problem, message: `${problem.message} (the last value is used)` });
      try {
        return constructFromEvents(events, { ...options, json: true })[0];
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
  const add = (size) => {
    const top = open[open.length - 1];
    top.size = Math.min(top.size + size, Number.MAX_SAFE_INTEGER);
  };
  for (const event of events) {
    if (event.type === EVENT.MAPPING || event.type === EVENT.SEQUENCE) {
      open.push({ size: 1, anchor: event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : void 0 });
    } else if (event.type === EVENT.SCALAR) {
      if (event.anchorStart >= 0) anchorSizes.set(text.slice(event.anchorStart, event.anchorEnd), 1);
      add(1);
    } else if (event.type === EVENT.ALIAS) {
      add(anchorSizes.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1);
    } else if (event.type === EVENT.POP && open.length > 1) {
      const closed = open.pop();
      if (closed.anchor !== void 0) anchorSizes.set(closed.anchor, closed.size);
      add(closed.size);
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
  constructor(text, segments, docStarts) {
    this.text = text;
    this.segments = segments;
    this.docStarts = docStarts;
    this.lines = new LineIndex(text);
  }
  text;
  segments;
  docStarts;
  lines;
  /** The region a ref points at, or undefined when its document does not exist. */
  regionOf(ref) {
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
  /** Absolute offset where the node at a ref starts (for callers that map their own text). */
  childOf(node, step) {
    const { segment } = node;
    const events = segment.events;
    const target = this.deref(segment, node.index);
    const event = events[target];
    if (!event) return void 0;
    const after = this.afterOf(segment);
    if (event.type === EVENT.SEQUENCE) {
      if (typeof step !== "number") return void 0;
      let i2 = target + 1;
      for (let n = 0; events[i2] && events[i2].type !== EVENT.POP; n++) {
        if (n === step) return { value: i2 };
        i2 = after[i2];
      }
      return void 0;
    }
    if (event.type !== EVENT.MAPPING) return void 0;
    const wanted = String(step);
    let found;
    const merges = [];
    let i = target + 1;
    while (events[i] && events[i].type !== EVENT.POP) {
      const keyIndex = i;
      const valueIndex = after[i];
      const key = events[keyIndex];
      if (key.type === EVENT.SCALAR) {
        const name = getScalarValue(segment.text, key);
        if (name === wanted) found = { key: keyIndex, value: valueIndex };
        else if (name === "<<" && key.style === 1) merges.push(valueIndex);
      }
      i = after[valueIndex] ?? valueIndex + 1;
    }
    if (found) return found;
    for (const merge2 of merges) {
      const source = this.deref(segment, merge2);
      const sources = events[source]?.type === EVENT.SEQUENCE ? this.itemsOf(segment, source) : [source];
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
    for (let i = sequence + 1; segment.events[i] && segment.events[i].type !== EVENT.POP; i = after[i]) items.push(i);
    return items;
  }
  /** Follows an alias to the node its anchor names (the last definition before it). */
  deref(segment, index) {
    const event = segment.events[index];
    if (!event || event.type !== EVENT.ALIAS) return index;
    const name = segment.text.slice(event.anchorStart, event.anchorEnd);
    const definitions = this.anchorsOf(segment).get(name) ?? [];
    let target = index;
    for (const definition of definitions) if (definition < index) target = definition;
    return target;
  }
  anchorsOf(segment) {
    if (segment.anchors) return segment.anchors;
    const anchors = /* @__PURE__ */ new Map();
    segment.events.forEach((event, index) => {
      if (event.type === EVENT.MAPPING || event.type === EVENT.SEQUENCE || event.type === EVENT.SCALAR) {
        if (event.anchorStart >= 0) {
          const name = segment.text.slice(event.anchorStart, event.anchorEnd);
          const list = anchors.get(name);
          if (list) list.push(index);
          else anchors.set(name, [index]);
        }
      }
    });
    segment.anchors = anchors;
    return anchors;
  }
  afterOf(segment) {
    if (segment.after) return segment.after;
    const events = segment.events;
    const after = new Int32Array(events.length + 1);
    const open = [];
    for (let i = 0; i < events.length; i++) {
      const type = events[i].type;
      if (type === EVENT.DOCUMENT || type === EVENT.MAPPING || type === EVENT.SEQUENCE) open.push(i);
      else if (type === EVENT.POP) {
        after[i] = i + 1;
        const opened = open.pop();
        if (opened !== void 0) after[opened] = i + 1;
      } else after[i] = i + 1;
    }
    after[events.length] = events.length;
    segment.after = after;
    return after;
  }
  nodeRegion(node) {
    const event = node.segment.events[node.index];
    if (!event) return this.lines.region(this.absolute(node.segment, 0), this.absolute(node.segment, 0));
    if (event.type === EVENT.SCALAR) {
      if (event.style === STYLE.LITERAL || event.style === STYLE.FOLDED) {
        return this.lines.restOfLine(this.absolute(node.segment, firstNonSpace(node.segment.text, event.valueStart)));
      }
      return this.scalarRegion(node);
    }
    if (event.type === EVENT.ALIAS) return this.lines.region(this.absolute(node.segment, event.anchorStart - 1), this.absolute(node.segment, event.anchorEnd));
    if (event.type === EVENT.MAPPING || event.type === EVENT.SEQUENCE) {
      const start = event.anchorStart >= 0 ? Math.min(event.anchorStart - 1, event.start) : event.start;
      return this.lines.restOfLine(this.absolute(node.segment, start));
    }
    return this.lines.region(this.absolute(node.segment, 0), this.absolute(node.segment, 0));
  }
  scalarRegion(node) {
    const event = node.segment.events[node.index];
    const quoted = event.style === STYLE.SINGLE_QUOTED || event.style === STYLE.DOUBLE_QUOTED;
    const start = this.absolute(node.segment, event.valueStart - (quoted ? 1 : 0));
    const end = this.absolute(node.segment, event.valueEnd + (quoted ? 1 : 0));
    return this.lines.region(start, end);
  }
  /**
   * Maps a range of a scalar's decoded text back to the file. Exact for single-line scalars
   * and literal blocks (each decoded line is a source line less its indentation); folded and
   * multi-line flow scalars fold line breaks into spaces, which keeps the lengths equal.
   */
  spanRegion(node, start, end) {
    const event = node.segment.events[this.deref(node.segment, node.index)];
    if (!event || event.type !== EVENT.SCALAR) return this.nodeRegion(node);
    const from = this.decodedToSource(node.segment, event, start);
    const to = this.decodedToSource(node.segment, event, Math.max(start, end - 1)) + (end > start ? 1 : 0);
    return this.lines.region(from, Math.max(from, to));
  }
  decodedToSource(segment, event, offset) {
    const raw = segment.text.slice(event.valueStart, event.valueEnd);
    const block = event.style === STYLE.LITERAL || event.style === STYLE.FOLDED;
    if (!block && !raw.includes("\n")) return this.absolute(segment, event.valueStart + Math.min(offset, raw.length));
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
        return this.absolute(segment, event.valueStart + lineStart + skip + Math.min(remaining, Math.max(length, 0)));
      }
      remaining -= length + 1;
      lineStart = lineEnd + 1;
      first = false;
    }
    return this.absolute(segment, event.valueEnd);
  }
  /** An offset in a segment's text → an offset in the file. */
  absolute(segment, offset) {
    let shift = 0;
    for (const at2 of segment.inserted ?? []) if (at2 < offset) shift++;
    return segment.base + offset - shift;
  }
};
var firstNonSpace = (text, offset) => {
  let i = offset;
  while (text[i] === " " || text[i] === "	") i++;
  return i;
};

// src/config/config.ts
var CONFIG_FILE_NAMES = [".ephemeral-guard.yaml", ".ephemeral-guard.yml"];
var RULE_SETTINGS = /* @__PURE__ */ new Set(["off", "error", "warning", "note"]);
var parseConfig = (file, text, knownRules) => {
  const parsed = parseYaml(text);
  const firstProblem = parsed.problems[0];
  if (firstProblem) {
    const { startLine, startColumn } = parsed.source.lines.region(firstProblem.offset, firstProblem.offset);
    throw new UserError(`${file}:${startLine}:${startColumn}: not valid YAML: ${firstProblem.message}.`);
  }
  const value = parsed.documents[0] ?? {};
  const where = (path, key = false) => {
    const region = parsed.source.regionOf({ file, doc: 0, path, key });
    return region ? `${file}:${region.startLine}:${region.startColumn}` : file;
  };
  if (!isObject2(value)) throw new UserError(`${where([])}: the config must be a mapping of keys (include, exclude, maxFileSize, rules).`);
  const config = {};
  for (const [key, setting] of Object.entries(value)) {
    switch (key) {
      case "include":
      case "exclude":
        if (!Array.isArray(setting) || !setting.every((glob) => typeof glob === "string" && glob !== "")) {
          throw new UserError(`${where([key])}: ${key} must be a list of glob patterns, e.g. ["policies/**/*.yaml"].`);
        }
        config[key] = setting;
        break;
      case "maxFileSize":
        if (typeof setting !== "number" || !Number.isInteger(setting) || setting <= 0) {
          throw new UserError(`${where([key])}: maxFileSize must be a positive whole number of bytes.`);
        }
        config.maxFileSize = setting;
        break;
      case "rules": {
        if (!isObject2(setting)) throw new UserError(`${where([key])}: rules must map rule ids or names to off, error, warning or note.`);
        const rules = {};
        for (const [rule, level] of Object.entries(setting)) {
          if (!knownRules.has(rule)) throw new UserError(`${where([key, rule], true)}: unknown rule "${rule}" (use an id such as EG201 or its name).`);
          if (typeof level !== "string" || !RULE_SETTINGS.has(level)) {
            throw new UserError(`${where([key, rule])}: rule ${rule} must be set to off, error, warning or note.`);
          }
          rules[rule] = level;
        }
        config.rules = rules;
        break;
      }
      default:
        throw new UserError(`${where([key], true)}: unknown key "${key}" (expected include, exclude, maxFileSize or rules).`);
    }
  }
  return config;
};
var isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// src/config/resolve.ts
var KNOWN_RULES = new Set(RULES.flatMap((rule) => [rule.meta.id, rule.meta.name]));
var resolveScanRequest = async (options, readText, cwd) => {
  let config = {};
  let configFile;
  if (options.configPath) {
    configFile = isAbsolute(options.configPath) ? options.configPath : resolve(cwd, options.configPath);
    const text = await readText(configFile);
    if (text === void 0) throw new UserError(`Config file ${options.configPath} does not exist. Check the path, or leave it out to use ${CONFIG_FILE_NAMES[0]} at the scan root.`);
    config = parseConfig(options.configPath, text, KNOWN_RULES);
  } else {
    for (const name of CONFIG_FILE_NAMES) {
      const path = resolve(options.root, name);
      const text = await readText(path);
      if (text !== void 0) {
        configFile = path;
        config = parseConfig(name, text, KNOWN_RULES);
        break;
      }
    }
  }
  for (const glob of [...options.include ?? [], ...options.exclude ?? []]) validateGlob(glob);
  const include = options.include && options.include.length > 0 ? options.include : config.include;
  const exclude = [...config.exclude ?? [], ...options.exclude ?? []];
  const request = {
    root: options.root,
    ...include ? { include } : {},
    ...exclude.length > 0 ? { exclude } : {},
    ...config.maxFileSize !== void 0 ? { maxFileSize: config.maxFileSize } : {},
    ...config.rules ? { ruleLevels: config.rules } : {}
  };
  return { request, config, ...configFile ? { configFile } : {} };
};
var validateGlob = (glob) => {
  if (glob.trim() === "") throw new UserError("An empty glob pattern was given; remove it.");
  if (isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob)) throw new UserError(`Glob "${glob}" is absolute; globs are relative to the scanned folder.`);
  if (glob.split("/").includes("..")) throw new UserError(`Glob "${glob}" leaves the scanned folder (".."); scan the parent folder instead.`);
  let depth = 0;
  for (const char of glob) {
    if (char === "{") depth++;
    else if (char === "}") depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) throw new UserError(`Glob "${glob}" has unbalanced braces.`);
};

// src/analyze/access.ts
var emptyAccessGraph = {
  roles: [],
  bindings: [],
  roleGrants: [],
  grants: [],
  escalations: [],
  lookalikes: [],
  unresolvedBindings: [],
  problems: []
};

// src/model/pod-security.ts
var LEVELS = /* @__PURE__ */ new Set(["privileged", "baseline", "restricted"]);
var LABEL_PREFIX = "pod-security.kubernetes.io/";
var podSecurityOfNamespace = (namespace) => {
  const metadata = namespace.body.metadata;
  const labels = typeof metadata?.labels === "object" && metadata.labels !== null ? metadata.labels : {};
  const labelsAt = childRef(namespace.ref.at, "metadata", "labels");
  const value = labels[`${LABEL_PREFIX}enforce`];
  if (value === void 0) return { namespace };
  const at2 = childRef(labelsAt, `${LABEL_PREFIX}enforce`);
  if (typeof value !== "string" || !LEVELS.has(value)) return { namespace, invalid: { mode: "enforce", value: String(value), at: at2 } };
  const version = labels[`${LABEL_PREFIX}enforce-version`];
  return {
    namespace,
    enforce: { level: value, ...typeof version === "string" ? { version } : {}, at: at2 }
  };
};
var deniesPrivilegedContainers = (level) => level !== "privileged";

// src/analyze/pod-security-admission.ts
var coverageOfNamespace = (namespace) => {
  const security = podSecurityOfNamespace(namespace);
  if (!security.enforce) return void 0;
  const covered = deniesPrivilegedContainers(security.enforce.level);
  const evidence = { at: security.enforce.at, note: `enforce: ${security.enforce.level}` };
  return {
    engine: "pod-security",
    policy: namespace.ref,
    reads: covered ? { containers: evidence, initContainers: evidence, ephemeralContainers: evidence } : {},
    checks: [],
    receivesSubresource: "yes",
    handlesUpdate: "yes",
    enforces: "yes",
    verdict: covered ? "covered" : "not-covered",
    reasons: covered ? [{ text: `Pod Security enforces ${security.enforce.level} in this namespace, ephemeral containers included` }] : [{ ruleId: "EG108", text: "Pod Security enforce level is privileged: nothing is denied", at: security.enforce.at }]
  };
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

// src/analyze/analyze.ts
var analyzeWorkspace = (workspace, loadProblems) => {
  const coverage = [];
  const problems = [...loadProblems];
  for (const policy of workspace.byKind("PodSecurityPolicy")) {
    if (isPodSecurityPolicy(policy)) coverage.push(coverageOfPodSecurityPolicy(policy));
  }
  for (const namespace of workspace.byKind("Namespace")) {
    const fact = coverageOfNamespace(namespace);
    if (fact) coverage.push(fact);
  }
  const gatekeeper = analyzeGatekeeper(workspace);
  coverage.push(...gatekeeper.facts);
  problems.push(...gatekeeper.problems);
  return { workspace, coverage, exemptions: [], access: emptyAccessGraph, problems };
};

// src/discover/discover.ts
import { posix } from "node:path";
var DEFAULT_INCLUDE = ["**/*.{yaml,yml,json,rego}"];
var BUILTIN_EXCLUDE = ["**/.git/**", "**/node_modules/**"];
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
var KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
var discover = async (fs, options) => {
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const exclude = [...BUILTIN_EXCLUDE, ...options.exclude ?? []];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let files = await fs.list(options.root, include, exclude);
  const tracked = await fs.gitFiles(options.root);
  if (tracked) {
    const known = new Set(tracked);
    files = files.filter((file) => known.has(file));
  }
  files.sort();
  const chartFiles = (await fs.list(options.root, ["**/Chart.yaml"], exclude)).sort();
  const chartDirs = chartFiles.map((file) => posix.dirname(file)).map((dir) => dir === "." ? "" : dir);
  const templatesOf = new Map(chartDirs.map((dir) => [dir, []]));
  const chartOf = (file) => {
    let owner;
    for (const dir of chartDirs) {
      const prefix = dir === "" ? "templates/" : `${dir}/templates/`;
      if (file.startsWith(prefix) && (owner === void 0 || dir.length > owner.length)) owner = dir;
    }
    return owner;
  };
  const manifests = [];
  const regoFiles = [];
  const skipped = [];
  const kustomizations = [];
  for (const file of files) {
    const chart = chartOf(file);
    if (chart !== void 0) {
      templatesOf.get(chart).push(file);
      continue;
    }
    let info;
    try {
      info = await fs.inspect(options.root, file);
    } catch (error) {
      skipped.push({ file, reason: `could not be read (${errorCode(error)})` });
      continue;
    }
    if (!info.isFile) {
      if (!info.link) continue;
      if (info.insideRoot) continue;
    }
    if (info.link && !info.insideRoot) {
      skipped.push({ file, reason: "is a symbolic link to a file outside the scanned folder" });
      continue;
    }
    if (info.size > maxFileSize) {
      skipped.push({
        file,
        reason: `is ${formatBytes(info.size)}, over the ${formatBytes(maxFileSize)} limit (raise maxFileSize in the config to scan it)`
      });
      continue;
    }
    if (KUSTOMIZATION.test(file)) kustomizations.push(file);
    if (file.endsWith(".rego")) regoFiles.push(file);
    else manifests.push(file);
  }
  const charts = chartDirs.map((dir, i) => ({ dir, chartFile: chartFiles[i], templates: templatesOf.get(dir) }));
  return { manifests, regoFiles, charts, kustomizations, skipped, gitAware: tracked !== void 0 };
};
var errorCode = (error) => error.code ?? (error instanceof Error ? error.message : String(error));
var formatBytes = (bytes) => bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

// src/load/load-manifests.ts
var BOM = 65279;
var decodeText = (bytes) => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
};
var looksBinary = (bytes) => bytes.subarray(0, 8192).includes(0);
var mayHoldManifests = (text) => text.includes("apiVersion") && text.includes("kind");
var loadManifests = (file, text) => {
  if (!mayHoldManifests(text)) return { file, text, objects: [], problems: [], otherDocuments: 1 };
  const parsed = parseYaml(text);
  const problems = parsed.problems.map((problem) => ({
    ruleId: "EG001",
    at: { file, start: problem.offset, end: problem.offset },
    message: `Not valid YAML: ${problem.message}. The rest of the file was read where possible; fix the syntax so that every document is checked.`
  }));
  const objects = [];
  let otherDocuments = 0;
  parsed.documents.forEach((value, doc) => {
    const at2 = { file, doc, path: [] };
    if (value === void 0 || value === null) return;
    if (!isPlainObject2(value)) {
      if (parsed.documents.length > 1 || typeof value !== "string") {
        problems.push({
          ruleId: "EG001",
          at: at2,
          message: `Document ${doc + 1} is ${describe(value)}, not an object: it was not read as a Kubernetes manifest.`
        });
      } else otherDocuments++;
      return;
    }
    const added = objectsOf(value, at2, problems);
    if (added.length === 0 && !isKubernetesShaped(value)) otherDocuments++;
    objects.push(...added);
  });
  return { file, text, objects, problems, otherDocuments, source: parsed.source };
};
var isPlainObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isKubernetesShaped = (value) => typeof value.apiVersion === "string" && typeof value.kind === "string";
var describe = (value) => Array.isArray(value) ? "a list" : typeof value === "string" ? "a string" : `a ${typeof value}`;
var objectsOf = (value, at2, problems) => {
  if (!isKubernetesShaped(value)) return [];
  const kind = value.kind;
  if (kind.endsWith("List") && Array.isArray(value.items)) {
    const objects = [];
    value.items.forEach((item, index) => {
      const itemAt = { file: at2.file, doc: at2.doc, path: [...at2.path, "items", index] };
      if (isPlainObject2(item) && isKubernetesShaped(item)) objects.push(...objectsOf(item, itemAt, problems));
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
  const metadata = isPlainObject2(body.metadata) ? body.metadata : {};
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

// src/load/source-index.ts
var SourceIndex = class {
  files = /* @__PURE__ */ new Map();
  add(file, text, yaml) {
    this.files.set(file, { text, lines: yaml ? yaml.lines : new LineIndex(text), ...yaml ? { yaml } : {} });
  }
  textOf(file) {
    return this.files.get(file)?.text;
  }
  locate(ref) {
    const indexed = this.files.get(ref.file);
    if (!indexed) return { file: ref.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    if ("start" in ref) return { file: ref.file, ...indexed.lines.region(ref.start, ref.end) };
    const region = indexed.yaml?.regionOf(ref) ?? indexed.lines.region(0, 0);
    return { file: ref.file, ...region };
  }
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
      const list = this.kinds.get(object.kind);
      if (list) list.push(object);
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

// src/report/fingerprint.ts
var BLOCK_SIZE = 100;
var BASE = 37;
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var END_OF_FILE = 65535;
var TWO_POW_32 = 4294967296;
var INVERSE_TWO_POW_32 = 1 / TWO_POW_32;
var LEAVING_WEIGHT = BigInt.asUintN(64, BigInt(BASE) ** BigInt(BLOCK_SIZE));
var LEAVING_WEIGHT_HIGH = Number(LEAVING_WEIGHT >> 32n);
var LEAVING_WEIGHT_LOW = Number(LEAVING_WEIGHT & 0xffffffffn);
function lineHashes(text) {
  let maxLines = 1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === LF || unit === CR) maxLines++;
  }
  const hashes = [];
  const occurrences = new OccurrenceCounter(maxLines);
  const window2 = new Uint16Array(BLOCK_SIZE);
  const lineStartsAt = new Uint8Array(BLOCK_SIZE);
  let high = 0;
  let low = 0;
  let slot = 0;
  let atLineStart = true;
  let afterCarriageReturn = false;
  const end = text.length + 1 + BLOCK_SIZE;
  for (let position = 0; position < end; position++) {
    let unit;
    if (position < text.length) {
      unit = text.charCodeAt(position);
      if (unit === SPACE || unit === TAB || afterCarriageReturn && unit === LF) {
        afterCarriageReturn = false;
        continue;
      }
      afterCarriageReturn = unit === CR;
      if (afterCarriageReturn) unit = LF;
    } else {
      unit = position === text.length ? END_OF_FILE : 0;
    }
    if (lineStartsAt[slot] === 1) {
      hashes.push(`${hexOfUint64(high, low)}:${occurrences.increment(high, low)}`);
      lineStartsAt[slot] = 0;
    }
    if (atLineStart && position <= text.length) {
      atLineStart = false;
      lineStartsAt[slot] = 1;
    }
    if (unit === LF) atLineStart = true;
    const leaving = window2[slot] ?? 0;
    window2[slot] = unit;
    let nextLow = low * BASE + unit - LEAVING_WEIGHT_LOW * leaving;
    const carry = Math.floor(nextLow * INVERSE_TWO_POW_32);
    nextLow -= carry * TWO_POW_32;
    let nextHigh = high * BASE - LEAVING_WEIGHT_HIGH * leaving + carry;
    nextHigh -= Math.floor(nextHigh * INVERSE_TWO_POW_32) * TWO_POW_32;
    high = nextHigh;
    low = nextLow;
    slot = slot === BLOCK_SIZE - 1 ? 0 : slot + 1;
  }
  return hashes;
}
function primaryLocationLineHash(hashes, startLine) {
  if (startLine === void 0 || !Number.isInteger(startLine) || startLine < 1) return void 0;
  return hashes[startLine - 1];
}
var OccurrenceCounter = class {
  highs;
  lows;
  /** 0 marks an empty slot; a used slot has counted at least once. */
  counts;
  shift;
  mask;
  constructor(maxKeys) {
    let bits = 1;
    while (1 << bits < maxKeys * 2) bits++;
    this.highs = new Uint32Array(1 << bits);
    this.lows = new Uint32Array(1 << bits);
    this.counts = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
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

// src/rules/finding.ts
var LEVEL_RANK = { error: 3, warning: 2, note: 1 };
var reaches = (level, threshold) => threshold !== "none" && LEVEL_RANK[level] >= LEVEL_RANK[threshold];
var compareFindings = (a, b) => compareText(a.location.file, b.location.file) || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/engine.ts
var READ_BATCH = 64;
var scan = async (request, deps) => {
  const notifications = [];
  const discovered = await discover(deps.fs, {
    root: request.root,
    ...request.include ? { include: request.include } : {},
    ...request.exclude ? { exclude: request.exclude } : {},
    ...request.maxFileSize !== void 0 ? { maxFileSize: request.maxFileSize } : {}
  });
  for (const skipped of discovered.skipped) {
    notifications.push({ level: "warning", message: `Skipped ${skipped.file}: it ${skipped.reason}.`, file: skipped.file });
  }
  const sources = new SourceIndex();
  const problems = [];
  const objects = [];
  const textSources = [];
  let otherDocuments = 0;
  const files = [...discovered.manifests, ...discovered.regoFiles];
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.all(
      batch.map((file) => deps.fs.read(request.root, file).then((bytes) => ({ bytes }), (error) => ({ error })))
    );
    batch.forEach((file, i) => {
      const content = contents[i];
      if ("error" in content) {
        sources.add(file, "");
        problems.push({ ruleId: "EG001", at: { file, start: 0, end: 0 }, message: `Could not read this file (${errorCode2(content.error)}); it was not scanned.` });
        return;
      }
      if (looksBinary(content.bytes)) {
        sources.add(file, "");
        problems.push({ ruleId: "EG001", at: { file, start: 0, end: 0 }, message: "This file is binary, not YAML or JSON; it was not scanned. Exclude it or rename it." });
        return;
      }
      if (file.endsWith(".rego")) {
        const text = decodeText(content.bytes);
        sources.add(file, text);
        textSources.push({ file, text });
        return;
      }
      const loaded = loadManifests(file, decodeText(content.bytes));
      sources.add(file, loaded.text, loaded.source);
      problems.push(...loaded.problems);
      objects.push(...loaded.objects);
      otherDocuments += loaded.otherDocuments;
    });
  }
  for (const chart of discovered.charts) {
    problems.push({
      ruleId: "EG002",
      at: { file: chart.chartFile, start: 0, end: 0 },
      message: `Helm chart ${chart.dir || "."} was not rendered: its ${chart.templates.length} template file(s) were not analysed. Render it (helm template) and scan the output.`
    });
  }
  for (const kustomization of discovered.kustomizations) {
    problems.push({
      ruleId: "EG002",
      at: { file: kustomization, start: 0, end: 0 },
      message: "Kustomization was not rendered: its resources were scanned as plain files, but its patches and generators were not applied. Scan the output of kustomize build as well."
    });
  }
  const workspace = new Workspace(objects, textSources);
  const facts = deepFreeze(analyzeWorkspace(workspace, problems));
  const rules = activeRules(request.rules ?? RULES, request.ruleLevels ?? {});
  const findings = runRules(rules, facts, sources, notifications);
  return {
    findings,
    coverage: coverageRows(facts.coverage, sources),
    notifications,
    stats: {
      filesScanned: files.length,
      objects: objects.length,
      otherDocuments,
      filesSkipped: discovered.skipped.length + discovered.charts.reduce((sum, chart) => sum + chart.templates.length, 0),
      gitAware: discovered.gitAware
    },
    rules: rules.map((active) => active.rule),
    sources
  };
};
var activeRules = (rules, levels) => [...rules].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1).flatMap((rule) => {
  const level = levels[rule.meta.id] ?? levels[rule.meta.name];
  if (level === "off") return [];
  return [level ? { rule: withLevel(rule, level), level } : { rule }];
});
var withLevel = (rule, level) => ({ ...rule, meta: { ...rule.meta, level } });
var runRules = (rules, facts, sources, notifications) => {
  const findings = [];
  const hashes = /* @__PURE__ */ new Map();
  const hashOf = (location) => {
    let fileHashes = hashes.get(location.file);
    if (!fileHashes) {
      fileHashes = lineHashes(sources.textOf(location.file) ?? "");
      hashes.set(location.file, fileHashes);
    }
    return primaryLocationLineHash(fileHashes, location.startLine);
  };
  for (const { rule, level } of rules) {
    try {
      for (const draft of rule.check(facts)) {
        const location = sources.locate(draft.at);
        const data = draft.data ?? {};
        const lineHash = hashOf(location);
        findings.push({
          ruleId: rule.meta.id,
          ruleName: rule.meta.name,
          level: level ?? draft.level ?? rule.meta.level,
          ...securitySeverityOf(rule, draft.securitySeverity),
          message: interpolate(rule.meta.messages[draft.messageId] ?? draft.messageId, data),
          messageId: draft.messageId,
          data,
          location,
          ...draft.object ? { object: objectLabel(draft.object) } : {},
          related: (draft.related ?? []).map((related) => ({ location: sources.locate(related.at), note: related.note })),
          ...lineHash ? { lineHash } : {}
        });
      }
    } catch (error) {
      notifications.push({
        level: "error",
        message: `Internal error in rule ${rule.meta.id} (${rule.meta.name}): ${error instanceof Error ? error.message : String(error)}. Its findings are incomplete; please report this.`
      });
    }
  }
  return dedupe(findings.sort(compareFindings));
};
var securitySeverityOf = (rule, override) => {
  if (!rule.meta.tags.includes("security")) return {};
  const value = override ?? rule.meta.securitySeverity;
  return value === void 0 ? {} : { securitySeverity: value };
};
var interpolate = (template, data) => template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name) => name in data ? String(data[name]) : whole);
var dedupe = (findings) => findings.filter((finding, i) => {
  const previous = findings[i - 1];
  return !previous || compareFindings(previous, finding) !== 0;
});
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
  ruleIds: [...new Set(fact.reasons.flatMap((reason) => reason.ruleId ? [reason.ruleId] : []))].sort()
})).sort(
  (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.startLine - b.location.startLine || (a.rule ?? "").localeCompare(b.rule ?? "", "en")
);
var errorCode2 = (error) => error.code ?? (error instanceof Error ? error.message : String(error));
var deepFreeze = (value, seen = /* @__PURE__ */ new WeakSet()) => {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Workspace) {
    Object.freeze(value.objects);
    return value;
  }
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
};

// package.json
var package_default = {
  name: "ephemeral-guard",
  version: "0.1.0",
  private: true,
  type: "module",
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@jmespath-community/jmespath": "^1.3.0",
    "@kubernetes/client-node": "^1.4.0",
    "@marcbachmann/cel-js": "^8.0.0",
    "fast-glob": "^3.3.3",
    "js-yaml": "^5.5.0",
    "kubernetes-types": "^1.30.0",
    picomatch: "^4.0.7"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    tsx: "^4.23.15",
    typescript: "~6.0",
    "typescript-eslint": "^8.74.0"
  },
  description: "Proves where an ephemeral container (kubectl debug) slips past your Kubernetes admission policies, and who can add one.",
  license: "MIT",
  bin: {
    "ephemeral-guard": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "npm run typecheck && npm run bundle",
    bundle: "node scripts/generate-rule-docs.mjs && node scripts/bundle.mjs",
    typecheck: "tsc -p tsconfig.json",
    lint: "eslint .",
    test: "node scripts/run-tests.mjs",
    start: "node dist/cli.js scan examples",
    bench: "node --import tsx bench/run.ts",
    generate: "node scripts/generate-rule-docs.mjs"
  },
  homepage: "https://github.com/ephemeral-guard/ephemeral-guard",
  repository: {
    type: "git",
    url: "https://github.com/ephemeral-guard/ephemeral-guard.git"
  }
};

// src/version.ts
var TOOL_NAME = "ephemeral-guard";
var TOOL_VERSION = package_default.version;
var TOOL_URI = package_default.homepage;
var ruleDocUri = (id) => `${TOOL_URI}/blob/v${TOOL_VERSION}/docs/rules/${id}.md`;

// src/report/json.ts
var toJson = (result) => `${JSON.stringify(
  {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: result.findings.map(({ data: _data, ...finding }) => finding),
    coverage: result.coverage,
    notifications: result.notifications,
    stats: result.stats
  },
  null,
  2
)}
`;

// src/rules/rule-docs.generated.ts
var RULE_DOCS = {
  "EG001": "# EG001 invalid-manifest\n\nA file in scope is not valid YAML or JSON, or one of its documents is not an object.\n\n## Why it matters\nA policy or role in a file that does not parse is invisible to the scan, and usually to\n`kubectl apply` as well. ephemeral-guard never guesses what such a file contains: it reports it,\nreads every other document of the file that does parse, and goes on with the other files.\n\n## What triggers it\n- A YAML or JSON syntax error (reported at the parser's line and column).\n- A duplicated mapping key (the last value is used, as kubectl's reader does).\n- A document that is a list or a scalar where a Kubernetes object belongs, or a `List` item\n  without `apiVersion` and `kind`.\n- A binary or unreadable file matched by the include globs.\n- A document whose YAML aliases would expand to more than a million nodes (an alias bomb).\n\nFiles without the words `apiVersion` and `kind` (CI workflows, Helm values, package.json) are\nnot Kubernetes manifests: they are skipped quietly and never reported.\n\n## Examples\n### Failing\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\n  labels: [unclosed\n```\n### Fixed\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: fixed\n  labels: {app: web}\n```\n\n## How to fix\nCorrect the syntax at the reported position, or exclude the file (`exclude` in the config,\n`--exclude` on the command line) when it is not a manifest.\n\n## How to suppress\nExclude the file, or turn the rule off in `.ephemeral-guard.yaml`: `rules: {EG001: off}`.\n\n## Engine facts\nYAML 1.2 as read by js-yaml 5 (merge keys enabled, as Kubernetes' YAML reader accepts them).\n",
  "EG002": "# EG002 unrendered-template\n\nA Helm chart or a kustomization was found but not rendered, so what it deploys was not analysed.\n\n## Why it matters\nHelm templates are not YAML until rendered, and a kustomization's patches change the objects\nits bases declare. A role that gains `pods/ephemeralcontainers` through a patch, or a policy\nwritten in a chart, is invisible until the chart or overlay is rendered. ephemeral-guard says so\ninstead of reporting a clean result it cannot stand behind.\n\n## What triggers it\n- A folder with a `Chart.yaml`: its `templates/` are not parsed (one note per chart).\n- A `kustomization.yaml`: its resources are scanned as plain files, but patches and generators\n  are not applied.\n\n## Examples\n### Failing\n```yaml\n# file: kustomization.yaml\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - role.yaml\n```\n### Fixed\n```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rendered-output\n```\n\n## How to fix\nRender the chart (`helm template`) or overlay (`kustomize build`) into a folder and scan it,\nor exclude the chart when its output is scanned elsewhere.\n\n## How to suppress\n`rules: {EG002: off}` in `.ephemeral-guard.yaml`, or exclude the chart folder.\n\n## Engine facts\nHelm renders `templates/` with the chart's values; kustomize applies patches to its\nresources (kubernetes-sigs/kustomize).\n",
  "EG003": '# EG003 policy-not-analyzable\n\nA policy\'s logic (Rego, CEL, JMESPath) could not be parsed or followed, so its ephemeral-container\ncoverage is unknown.\n\n## Why it matters\nephemeral-guard never assumes a policy covers ephemeral containers. When it cannot follow a\npolicy\'s logic, the coverage matrix says "unknown" and this note says where it stopped, so a\nreviewer can check that policy by hand.\n\n## What triggers it\nA syntax error in embedded Rego or CEL, a reference it cannot resolve (a library that is not in\nthe repository), or a construct it cannot follow to the container lists.\n\n## Examples\n### Failing\n```yaml\napiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: unparseable\nspec:\n  matchConstraints:\n    resourceRules:\n      - apiGroups: [""]\n        apiVersions: [v1]\n        operations: [CREATE, UPDATE]\n        resources: [pods, pods/ephemeralcontainers]\n  validations:\n    - expression: "object.spec.containers.all(c, "\n```\n### Fixed\n```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nothing-to-analyse\n```\n\n## How to fix\nFix the syntax at the reported position; for an unresolved library, add it to the scanned\nfolder. Otherwise review the policy by hand and record the result with a suppression.\n\n## How to suppress\n`rules: {EG003: off}` in `.ephemeral-guard.yaml`.\n\n## Engine facts\nRego v0 and v1 syntax (open-policy-agent/opa), CEL as parsed by `@marcbachmann/cel-js`,\nJMESPath as parsed by `@jmespath-community/jmespath`.\n',
  "EG101": '# EG101 policy-skips-ephemeral-containers\n\nA policy checks container fields on `containers` and `initContainers` but never on\n`ephemeralContainers`.\n\n## Why it matters\nAn ephemeral container (`kubectl debug`) can set its image, command, environment, volume mounts\nand its whole `securityContext`, privileged included (`kubectl debug --profile=sysadmin`). A\npolicy that only walks `spec.containers` and `spec.initContainers` never looks at it, so anyone\nallowed to patch `pods/ephemeralcontainers` can run a container in any Pod that this policy was\nmeant to forbid.\n\n## What triggers it\nA Gatekeeper ConstraintTemplate (Rego, its libs, or K8sNativeValidation CEL), a Kyverno\npolicy rule, or a ValidatingAdmissionPolicy whose logic checks a field that ephemeral containers\ncan set (securityContext.*, image, env, volumeMounts, command...) on `containers` and/or\n`initContainers`, and never reads `ephemeralContainers`. Rego is followed through aliases,\nhelper rules (`input_containers`), libs imported as `data.lib.*`, literal dynamic keys and\n`object.get`. Level **error** (security-severity 8.1) when a `securityContext` field is checked,\n**warning** (6.5) otherwise. Not raised for fields the API forbids on ephemeral containers\n(resources, probes, ports, lifecycle) or for pod-level fields. The finding points at the line that\nreads `containers`; the policy\'s Constraints are related locations.\n\n## Examples\n### Failing\n```yaml\napiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: k8sprivileged\nspec:\n  crd:\n    spec:\n      names:\n        kind: K8sPrivileged\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n        package k8sprivileged\n\n        violation[{"msg": msg}] {\n          c := input_containers[_]\n          c.securityContext.privileged\n          msg := sprintf("privileged container %v", [c.name])\n        }\n\n        input_containers[c] {\n          c := input.review.object.spec.containers[_]\n        }\n\n        input_containers[c] {\n          c := input.review.object.spec.initContainers[_]\n        }\n```\n### Fixed\n```yaml\napiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: k8sprivileged\nspec:\n  crd:\n    spec:\n      names:\n        kind: K8sPrivileged\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n        package k8sprivileged\n\n        violation[{"msg": msg}] {\n          c := input_containers[_]\n          c.securityContext.privileged\n          msg := sprintf("privileged container %v", [c.name])\n        }\n\n        input_containers[c] {\n          c := input.review.object.spec.containers[_]\n        }\n\n        input_containers[c] {\n          c := input.review.object.spec.initContainers[_]\n        }\n\n        input_containers[c] {\n          c := input.review.object.spec.ephemeralContainers[_]\n        }\n```\n\n## How to fix\nCheck `spec.ephemeralContainers` with the same logic. In Gatekeeper Rego, the gatekeeper-library\nidiom is a third `input_containers` clause (above); in CEL, add\n`variables.anyObject.spec.?ephemeralContainers.orValue([])` to the lists checked. In Kyverno, add\nan `=(ephemeralContainers)` branch to the pattern or name `ephemeralContainers` in the foreach\nlist. Then make sure the policy does not skip UPDATE requests (EG102).\n\n## How to suppress\n`rules: {EG101: off}` in `.ephemeral-guard.yaml`, or a suppression comment on the template.\n\n## Engine facts\nEphemeral containers are added with an UPDATE of `pods/ephemeralcontainers`, and admission sees\nthe whole Pod in `object` (Kubernetes docs, "Ephemeral Containers"; `EphemeralContainerCommon`\nin k8s.io/api core/v1 lists the fields they may set). Gatekeeper passes that request to Rego as\n`input.review` (gatekeeper `pkg/target`); gatekeeper-library added `ephemeralContainers` to its\ntemplates\' `input_containers` helper in May 2022 (commit 408222b6).\n',
  "EG102": '# EG102 policy-exempts-update\n\nA policy skips every UPDATE request, and adding an ephemeral container is an UPDATE.\n\n## Why it matters\n`kubectl debug` adds an ephemeral container with a PATCH of the `pods/ephemeralcontainers`\nsubresource, which admission sees as operation **UPDATE**. A policy that returns early on UPDATE\n(to spare fields that are immutable on a running Pod) also lets every ephemeral container\nthrough, even when its logic reads `ephemeralContainers`. Only audit reports the Pod, later.\n\n## What triggers it\nA policy whose container checks can never fire for `UPDATE pods/ephemeralcontainers`, and that\nhas no exception for `subResource == "ephemeralcontainers"`: a Rego `not is_update(input.review)`\nor `input.review.operation != "UPDATE"` (directly, through helpers or libs); a CEL\n`variables.isUpdate || ...` short-circuit or `request.operation == "CREATE"` matchCondition;\nKyverno preconditions or operations limited to CREATE. The finding points at the exemption.\nWhen the template is a gatekeeper-library pod-security template whose\n`metadata.gatekeeper.sh/version` is known to skip UPDATE (privileged-containers, capabilities,\nallow-privilege-escalation, users, selinux, read-only-root-filesystem, host-filesystem,\nproc-mount, host-process; from version 1.0.1, proc-mount 1.0.2, to this day), the message says\nso.\n\n## Examples\n### Failing\n```yaml\napiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: k8sprivileged\nspec:\n  crd:\n    spec:\n      names:\n        kind: K8sPrivileged\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n        package k8sprivileged\n\n        violation[{"msg": msg}] {\n          input.review.operation != "UPDATE"\n          c := input.review.object.spec[_][_]\n          c.securityContext.privileged\n          msg := sprintf("privileged container %v", [c.name])\n        }\n```\n### Fixed\n```yaml\napiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: k8sprivileged\nspec:\n  crd:\n    spec:\n      names:\n        kind: K8sPrivileged\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n        package k8sprivileged\n\n        violation[{"msg": msg}] {\n          not plain_update\n          c := input.review.object.spec[_][_]\n          c.securityContext.privileged\n          msg := sprintf("privileged container %v", [c.name])\n        }\n\n        plain_update {\n          input.review.operation == "UPDATE"\n          object.get(input.review, "subResource", "") != "ephemeralcontainers"\n        }\n```\n\n## How to fix\nExempt only plain updates: skip a request when `operation == "UPDATE"` **and**\n`subResource != "ephemeralcontainers"`. In the gatekeeper-library `lib.exclude_update` helper,\nadd `object.get(review, "subResource", "") != "ephemeralcontainers"` to `is_update`; in CEL,\n`variables.isUpdate` becomes `request.operation == "UPDATE" && request.subResource !=\n"ephemeralcontainers"`.\n\n## How to suppress\n`rules: {EG102: off}` in `.ephemeral-guard.yaml`, or a suppression comment on the template.\n\n## Engine facts\nAdmission attributes of `kubectl debug`: operation UPDATE, resource pods, subresource\nephemeralcontainers (Kubernetes `staging/src/k8s.io/kubectl/pkg/cmd/debug/debug.go` patches\n`ephemeralcontainers`; `pkg/registry/core/pod/storage` EphemeralContainersREST). The\ngatekeeper-library exemption: commit bd942ad8 (Sept 2023, "exclude update"), kept in every\nlater version of the templates listed above (library git history).\n',
  "EG104": '# EG104 policy-matches-controllers-only\n\nA container-security policy matches only pod controllers, never Pod, so it never sees ephemeral\ncontainers.\n\n## Why it matters\nEphemeral containers are added to running Pods: the admission request is kind `Pod`,\nsubresource `ephemeralcontainers`. Pod templates in a Deployment, StatefulSet, DaemonSet, Job or\nCronJob cannot hold one. A policy that matches only controllers checks the templates it was\nwritten for and never the debug container added later.\n\n## What triggers it\nA policy that checks a container field ephemeral containers can set, whose match names only pod\ncontrollers: every Gatekeeper Constraint of a ConstraintTemplate with `match.kinds` listing\nDeployment, StatefulSet... and no Pod (nor an empty or `*` kinds list); a Kyverno rule matching\nonly controllers. The finding points at the controller kind in the Constraint\'s `match.kinds`;\nthe ConstraintTemplate is a related location.\n\n## Examples\n### Failing\n```yaml\napiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: k8sprivileged\nspec:\n  crd:\n    spec:\n      names:\n        kind: K8sPrivileged\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n        package k8sprivileged\n\n        violation[{"msg": msg}] {\n          c := input.review.object.spec[_][_]\n          c.securityContext.privileged\n          msg := sprintf("privileged container %v", [c.name])\n        }\n---\napiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sPrivileged\nmetadata:\n  name: no-privileged\nspec:\n  match:\n    kinds:\n      - apiGroups: ["apps"]\n        kinds: ["Deployment"]\n```\n### Fixed\n```yaml\napiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: k8sprivileged\nspec:\n  crd:\n    spec:\n      names:\n        kind: K8sPrivileged\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n        package k8sprivileged\n\n        violation[{"msg": msg}] {\n          c := input.review.object.spec[_][_]\n          c.securityContext.privileged\n          msg := sprintf("privileged container %v", [c.name])\n        }\n---\napiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sPrivileged\nmetadata:\n  name: no-privileged\nspec:\n  match:\n    kinds:\n      - apiGroups: [""]\n        kinds: ["Pod"]\n```\n\n## How to fix\nMatch `Pod` as well (Gatekeeper: `{apiGroups: [""], kinds: ["Pod"]}` in `match.kinds`; Kyverno:\n`Pod` in the rule\'s match kinds). Keep the controller kinds if you want early feedback on\ntemplates.\n\n## How to suppress\n`rules: {EG104: off}` in `.ephemeral-guard.yaml`, or a suppression comment on the Constraint.\n\n## Engine facts\nGatekeeper\'s `kindsMatch` (gatekeeper `pkg/mutation/match/match.go`) compares the request\'s kind\nwith `match.kinds`; the `pods/ephemeralcontainers` request has kind Pod (DOMAIN.md section 1),\nand Gatekeeper\'s webhook receives it from v3.9.0.\n',
  "EG107": "# EG107 podsecuritypolicy-ignores-ephemeral\n\nA PodSecurityPolicy is present: PSP never evaluates ephemeral containers and was removed in\nKubernetes 1.25.\n\n## Why it matters\nPodSecurityPolicy admission ignores every subresource request, and an ephemeral container is\nadded through the `pods/ephemeralcontainers` subresource. A cluster that relies on PSP lets\nanyone who may patch that subresource add a privileged container to any running Pod, whatever\nthe PSP says. PSP was deprecated in 1.21 and removed in 1.25.\n\n## What triggers it\nAny `PodSecurityPolicy` (policy/v1beta1 or extensions/v1beta1). Level **error** when no other\npod-security control is in scope (no Pod Security Admission `enforce` label at baseline or\nrestricted, no Gatekeeper, Kyverno or ValidatingAdmissionPolicy policy); **warning** otherwise.\n\n## Examples\n### Failing\n```yaml\napiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec:\n  privileged: false\n  allowPrivilegeEscalation: false\n  runAsUser: {rule: MustRunAsNonRoot}\n  seLinux: {rule: RunAsAny}\n  supplementalGroups: {rule: RunAsAny}\n  fsGroup: {rule: RunAsAny}\n```\n### Fixed\n```yaml\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n```\n\n## How to fix\nReplace PSP with Pod Security Admission (`pod-security.kubernetes.io/enforce: baseline` or\n`restricted` on every namespace), which re-checks the whole Pod, ephemeral containers included,\nwhen one is added; or with a policy engine whose policies read `ephemeralContainers`.\n\n## How to suppress\n`rules: {EG107: off}` in `.ephemeral-guard.yaml`.\n\n## Engine facts\nkubernetes `plugin/pkg/admission/security/podsecuritypolicy/admission.go`, `shouldIgnore`:\nrequests with a subresource are ignored. Removal: Kubernetes 1.25 release notes.\nPod Security Admission evaluates `ephemeralcontainers` updates\n(kubernetes `staging/src/k8s.io/pod-security-admission/admission/admission.go`).\n",
  "EG302": "# EG302 privileged-ephemeral-container\n\nA Pod manifest contains an ephemeral container that is privileged, may escalate privileges, adds\ncapabilities or runs as root.\n\n## Why it matters\nEphemeral containers can carry any security context. A Pod exported from a cluster, a test\nfixture or a subresource request body with such a container shows a debug session that had (or\nwould have) root on the node. `kubectl debug --profile=sysadmin` sets `privileged: true`.\n\n## What triggers it\nIn `spec.ephemeralContainers[]` of a `Pod`: `securityContext.privileged: true`,\n`allowPrivilegeEscalation: true`, a non-empty `capabilities.add`, or `runAsUser: 0` (on the\ncontainer, or on the Pod when the container does not set its own).\n\n## Examples\n### Failing\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n  ephemeralContainers:\n    - name: debugger\n      image: busybox:1.36\n      securityContext:\n        privileged: true\n```\n### Fixed\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n  ephemeralContainers:\n    - name: debugger\n      image: busybox:1.36\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        runAsUser: 1000\n        capabilities: {drop: [ALL]}\n```\n\n## How to fix\nDebug with `kubectl debug --profile=restricted` (or `general`), and deny privileged ephemeral\ncontainers at admission: Pod Security Admission baseline or restricted, or a policy that reads\n`ephemeralContainers`.\n\n## How to suppress\n`rules: {EG302: off}` in `.ephemeral-guard.yaml`.\n\n## Engine facts\nKubernetes API `EphemeralContainerCommon` accepts a full `securityContext`\n(kubernetes `pkg/apis/core/validation/validation.go`, `validateEphemeralContainers`);\nkubectl debug profiles: kubernetes `staging/src/k8s.io/kubectl/pkg/cmd/debug/profiles.go`.\n"
};

// src/report/sarif.ts
var SCHEMA2 = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_DESCRIPTION = 1024;
var toSarif = (result, context = {}) => {
  const ruleIndex = new Map(result.rules.map((rule, index) => [rule.meta.id, index]));
  return {
    $schema: SCHEMA2,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            informationUri: TOOL_URI,
            rules: result.rules.map(ruleDescriptor)
          }
        },
        automationDetails: { id: `${context.category ?? TOOL_NAME}/` },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository." } } },
        columnKind: "utf16CodeUnits",
        results: result.findings.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId))),
        invocations: [
          {
            executionSuccessful: !result.notifications.some((notification) => notification.level === "error"),
            toolExecutionNotifications: result.notifications.map(
              (notification) => ({
                level: notification.level,
                message: { text: notification.message },
                ...notification.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(notification.file), uriBaseId: "%SRCROOT%" } } }] } : {}
              })
            )
          }
        ]
      }
    ]
  };
};
var ruleDescriptor = (rule) => {
  const doc = RULE_DOCS[rule.meta.id] ?? `# ${rule.meta.id} ${rule.meta.name}

${rule.meta.short}
`;
  const markdown = `${doc.trimEnd()}

[Full documentation](${ruleDocUri(rule.meta.id)})
`;
  const security = rule.meta.tags.includes("security") && rule.meta.securitySeverity !== void 0;
  return {
    id: rule.meta.id,
    name: rule.meta.name,
    shortDescription: { text: rule.meta.short },
    fullDescription: { text: truncate(firstParagraphAfterTitle(doc) || rule.meta.short, MAX_DESCRIPTION) },
    help: { text: doc, markdown },
    helpUri: ruleDocUri(rule.meta.id),
    defaultConfiguration: { level: rule.meta.level },
    properties: {
      tags: [...rule.meta.tags].slice(0, 20),
      precision: "high",
      ...security ? { "security-severity": rule.meta.securitySeverity.toFixed(1) } : {}
    }
  };
};
var sarifResult = (finding, ruleIndex) => {
  const related = finding.related.map((related2, i) => ({
    id: i + 1,
    physicalLocation: physical(related2.location),
    message: { text: related2.note }
  }));
  const links = related.length > 0 ? ` Related: ${related.map((location) => `[${escapeLinkText(location.message.text)}](${location.id})`).join(", ")}.` : "";
  return {
    ruleId: finding.ruleId,
    ...ruleIndex !== void 0 ? { ruleIndex } : {},
    level: finding.level,
    message: { text: finding.message + links },
    locations: [{ physicalLocation: physical(finding.location) }],
    ...related.length > 0 ? { relatedLocations: related } : {},
    ...finding.lineHash ? { partialFingerprints: { primaryLocationLineHash: finding.lineHash } } : {},
    ...finding.object || finding.securitySeverity !== void 0 ? {
      properties: {
        ...finding.object ? { object: finding.object } : {},
        ...finding.securitySeverity !== void 0 ? { "security-severity": finding.securitySeverity.toFixed(1) } : {}
      }
    } : {}
  };
};
var physical = (location) => ({
  artifactLocation: { uri: encodeUri(location.file), uriBaseId: "%SRCROOT%" },
  region: {
    startLine: location.startLine,
    startColumn: location.startColumn,
    endLine: location.endLine,
    endColumn: location.endColumn
  }
});
var encodeUri = (file) => file.split("/").map(encodeURIComponent).join("/");
var escapeLinkText = (text) => text.replace(/[[\]]/g, "\\$&");
var firstParagraphAfterTitle = (markdown) => markdown.replace(/^# .*\n+/, "").split(/\n\s*\n/, 1)[0]?.replace(/\s*\n\s*/g, " ").trim() ?? "";
var truncate = (text, max) => text.length <= max ? text : `${text.slice(0, max - 1)}…`;

// src/report/text.ts
var COLORS = {
  error: ["\x1B[31m", "\x1B[39m"],
  warning: ["\x1B[33m", "\x1B[39m"],
  note: ["\x1B[36m", "\x1B[39m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  bold: ["\x1B[1m", "\x1B[22m"]
};
var toText = (result, context) => {
  const paint = (style, text) => context.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const lines = [];
  let currentFile;
  for (const finding of result.findings) {
    if (finding.location.file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      currentFile = finding.location.file;
      lines.push(paint("bold", currentFile));
    }
    const position = `${finding.location.startLine}:${finding.location.startColumn}`;
    lines.push(`  ${position.padEnd(8)} ${paint(finding.level, finding.level.padEnd(7))} ${finding.ruleId}  ${finding.message}`);
    for (const related of finding.related) {
      lines.push(paint("dim", `  ${"".padEnd(8)} ${"".padEnd(7)}        ↳ ${related.note}: ${related.location.file}:${related.location.startLine}:${related.location.startColumn}`));
    }
  }
  if (result.coverage.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(paint("bold", "Coverage of ephemeral containers"), ...coverageTable(result.coverage));
  }
  if (result.notifications.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(paint("bold", "Notices"));
    for (const notification of result.notifications) lines.push(`  ${paint(notification.level, notification.level.padEnd(7))} ${notification.message}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryLine(result.findings, result.stats.filesScanned));
  return `${lines.join("\n")}
`;
};
var coverageTable = (rows) => {
  const mark = (value) => value ? "yes" : "no";
  const table = [
    ["verdict", "engine", "policy", "containers", "init", "ephemeral", "subresource", "UPDATE", "where", "why"],
    ...rows.map((row) => [
      row.verdict,
      row.engine,
      `${row.kind}/${row.namespace ? `${row.namespace}/` : ""}${row.name}${row.rule ? ` (${row.rule})` : ""}`,
      mark(row.reads.containers),
      mark(row.reads.initContainers),
      mark(row.reads.ephemeralContainers),
      row.receivesSubresource,
      row.handlesUpdate,
      `${row.location.file}:${row.location.startLine}`,
      [...row.ruleIds].join(",") || "-"
    ])
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
  return table.map((cells) => `  ${cells.map((cell, column) => column === cells.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")}`.trimEnd());
};
var summaryLine = (findings, filesScanned) => {
  const count = (level) => findings.filter((finding) => finding.level === level).length;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const files = plural(filesScanned, "file");
  if (findings.length === 0) return `No findings in ${files}.`;
  return `${plural(findings.length, "finding")} (${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("note"), "note")}) in ${files}.`;
};

// src/cli/run-cli.ts
var FORMATS = ["text", "json", "sarif"];
var FAIL_ON = ["error", "warning", "note", "none"];
var USAGE = `Usage: ${TOOL_NAME} scan [folder | glob...] [options]

Finds where an ephemeral container (kubectl debug) would slip past the Kubernetes admission
policies in a repository, and who may add one.

Options:
  --format <text|json|sarif>   report format (default: text)
  --output <file>              write the report to a file instead of standard output
  --fail-on <level>            exit 1 on findings at or above: error, warning, note, none (default: error)
  --config <file>              config file (default: .ephemeral-guard.yaml in the scanned folder)
  --exclude <glob>             leave matching files out (repeatable)
  --category <name>            SARIF category (runAutomationDetails.id)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;
var runCli = async (argv, io, deps) => {
  try {
    return await run(argv, io, deps);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${TOOL_NAME}: ${error.message}
`);
      return 2;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr(`${TOOL_NAME}: internal error, please report it with this text:
${detail}
`);
    return 2;
  }
};
var run = async (argv, io, deps) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", default: "text" },
        output: { type: "string" },
        "fail-on": { type: "string", default: "error" },
        config: { type: "string" },
        exclude: { type: "string", multiple: true },
        category: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UserError(`${error instanceof Error ? error.message : String(error)}

${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  const [command, ...targets] = positionals;
  if (command !== "scan") throw new UserError(command === void 0 ? `no command given.

${USAGE}` : `unknown command "${command}".

${USAGE}`);
  const format = oneOf(values.format, FORMATS, "--format");
  const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on");
  const { root, include } = await rootAndGlobs(targets, io.cwd);
  const { request } = await resolveScanRequest(
    { root, ...include ? { include } : {}, ...values.exclude ? { exclude: values.exclude } : {}, ...values.config ? { configPath: values.config } : {} },
    io.readText,
    io.cwd
  );
  const result = await scan(request, deps);
  const color = io.isTTY && values.output === void 0;
  const report = format === "json" ? toJson(result) : format === "sarif" ? `${JSON.stringify(toSarif(result, values.category ? { category: values.category } : {}), null, 2)}
` : toText(result, { color });
  if (values.output) {
    await io.writeFile(resolve2(io.cwd, values.output), report).catch((error) => {
      throw new UserError(`cannot write ${values.output}: ${error.code ?? String(error)}.`);
    });
  } else io.stdout(report);
  if (result.notifications.some((notification) => notification.level === "error")) return 2;
  return result.findings.some((finding) => reaches(finding.level, failOn)) ? 1 : 0;
};
var oneOf = (value, allowed, flag) => {
  if (value !== void 0 && allowed.includes(value)) return value;
  throw new UserError(`${flag} must be one of ${allowed.join(", ")} (got "${value}").`);
};
var rootAndGlobs = async (targets, cwd) => {
  if (targets.length === 0) return { root: cwd };
  if (targets.length === 1) {
    const path = resolve2(cwd, targets[0]);
    const info = await stat(path).catch(() => void 0);
    if (info?.isDirectory()) return { root: path };
    if (info?.isFile()) return { root: cwd, include: [relative(cwd, path).split("\\").join("/")] };
  }
  for (const target of targets) {
    if (!/[*?[{]/.test(target) && !await stat(resolve2(cwd, target)).catch(() => void 0)) {
      throw new UserError(`${target} does not exist (give a folder, a file or a glob).`);
    }
  }
  return { root: cwd, include: targets.map((target) => target.split("\\").join("/").replace(/^\.\//, "")) };
};

// src/discover/file-system.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { lstat, readFile, realpath } from "node:fs/promises";
import { execFile } from "node:child_process";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve3, sep } from "node:path";
var nodeFileSystem = {
  list: (root, include, exclude) => (0, import_fast_glob.default)([...include], {
    cwd: root,
    ignore: [...exclude],
    dot: true,
    // Symbolic links are listed (not followed) and judged one by one in `inspect`.
    onlyFiles: false,
    followSymbolicLinks: false,
    unique: true,
    suppressErrors: true
  }),
  gitFiles: (root) => new Promise((done) => {
    execFile(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => done(error ? void 0 : stdout.split("\0").filter((file) => file !== ""))
    );
  }),
  inspect: async (root, file) => {
    const path = resolve3(root, file);
    const stats = await lstat(path);
    if (!stats.isSymbolicLink()) return { size: stats.size, isFile: stats.isFile(), link: false, insideRoot: true };
    const target = await realpath(path).catch(() => void 0);
    const realRoot = await realpath(root);
    const rel = target === void 0 ? ".." : relative2(realRoot, target);
    const insideRoot = rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute2(rel);
    const targetStats = target === void 0 ? void 0 : await lstat(target).catch(() => void 0);
    return { size: targetStats?.size ?? 0, isFile: targetStats?.isFile() === true, link: true, insideRoot };
  },
  read: (root, file) => readFile(resolve3(root, file))
};

// src/cli.ts
var exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === void 0,
    cwd: process.cwd(),
    readText: (path) => readFile2(path, "utf8").catch(
      (error) => error.code === "ENOENT" ? void 0 : Promise.reject(new UserError(`cannot read ${path} (${error.code ?? String(error)}).`))
    ),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  },
  { fs: nodeFileSystem }
);
process.exitCode = exitCode;
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

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
