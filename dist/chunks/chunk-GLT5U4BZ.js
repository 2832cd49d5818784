import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-X4YENOAG.js";
import {
  __commonJS,
  __require
} from "./chunk-D7W4NH5G.js";

// node_modules/@babel/runtime/helpers/interopRequireDefault.js
var require_interopRequireDefault = __commonJS({
  "node_modules/@babel/runtime/helpers/interopRequireDefault.js"(exports, module) {
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : {
        "default": e
      };
    }
    module.exports = _interopRequireDefault, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/core-js/modules/_global.js
var require_global = __commonJS({
  "node_modules/core-js/modules/_global.js"(exports, module) {
    var global = module.exports = typeof window != "undefined" && window.Math == Math ? window : typeof self != "undefined" && self.Math == Math ? self : Function("return this")();
    if (typeof __g == "number") __g = global;
  }
});

// node_modules/core-js/modules/_core.js
var require_core = __commonJS({
  "node_modules/core-js/modules/_core.js"(exports, module) {
    var core = module.exports = { version: "2.6.12" };
    if (typeof __e == "number") __e = core;
  }
});

// node_modules/core-js/modules/_is-object.js
var require_is_object = __commonJS({
  "node_modules/core-js/modules/_is-object.js"(exports, module) {
    module.exports = function(it) {
      return typeof it === "object" ? it !== null : typeof it === "function";
    };
  }
});

// node_modules/core-js/modules/_an-object.js
var require_an_object = __commonJS({
  "node_modules/core-js/modules/_an-object.js"(exports, module) {
    var isObject = require_is_object();
    module.exports = function(it) {
      if (!isObject(it)) throw TypeError(it + " is not an object!");
      return it;
    };
  }
});

// node_modules/core-js/modules/_fails.js
var require_fails = __commonJS({
  "node_modules/core-js/modules/_fails.js"(exports, module) {
    module.exports = function(exec) {
      try {
        return !!exec();
      } catch (e) {
        return true;
      }
    };
  }
});

// node_modules/core-js/modules/_descriptors.js
var require_descriptors = __commonJS({
  "node_modules/core-js/modules/_descriptors.js"(exports, module) {
    module.exports = !require_fails()(function() {
      return Object.defineProperty({}, "a", { get: function() {
        return 7;
      } }).a != 7;
    });
  }
});

// node_modules/core-js/modules/_dom-create.js
var require_dom_create = __commonJS({
  "node_modules/core-js/modules/_dom-create.js"(exports, module) {
    var isObject = require_is_object();
    var document = require_global().document;
    var is = isObject(document) && isObject(document.createElement);
    module.exports = function(it) {
      return is ? document.createElement(it) : {};
    };
  }
});

// node_modules/core-js/modules/_ie8-dom-define.js
var require_ie8_dom_define = __commonJS({
  "node_modules/core-js/modules/_ie8-dom-define.js"(exports, module) {
    module.exports = !require_descriptors() && !require_fails()(function() {
      return Object.defineProperty(require_dom_create()("div"), "a", { get: function() {
        return 7;
      } }).a != 7;
    });
  }
});

// node_modules/core-js/modules/_to-primitive.js
var require_to_primitive = __commonJS({
  "node_modules/core-js/modules/_to-primitive.js"(exports, module) {
    var isObject = require_is_object();
    module.exports = function(it, S) {
      if (!isObject(it)) return it;
      var fn, val;
      if (S && typeof (fn = it.toString) == "function" && !isObject(val = fn.call(it))) return val;
      if (typeof (fn = it.valueOf) == "function" && !isObject(val = fn.call(it))) return val;
      if (!S && typeof (fn = it.toString) == "function" && !isObject(val = fn.call(it))) return val;
      throw TypeError("Can't convert object to primitive value");
    };
  }
});

// node_modules/core-js/modules/_object-dp.js
var require_object_dp = __commonJS({
  "node_modules/core-js/modules/_object-dp.js"(exports) {
    var anObject = require_an_object();
    var IE8_DOM_DEFINE = require_ie8_dom_define();
    var toPrimitive = require_to_primitive();
    var dP = Object.defineProperty;
    exports.f = require_descriptors() ? Object.defineProperty : function defineProperty(O, P, Attributes) {
      anObject(O);
      P = toPrimitive(P, true);
      anObject(Attributes);
      if (IE8_DOM_DEFINE) try {
        return dP(O, P, Attributes);
      } catch (e) {
      }
      if ("get" in Attributes || "set" in Attributes) throw TypeError("Accessors not supported!");
      if ("value" in Attributes) O[P] = Attributes.value;
      return O;
    };
  }
});

// node_modules/core-js/modules/_property-desc.js
var require_property_desc = __commonJS({
  "node_modules/core-js/modules/_property-desc.js"(exports, module) {
    module.exports = function(bitmap, value) {
      return {
        enumerable: !(bitmap & 1),
        configurable: !(bitmap & 2),
        writable: !(bitmap & 4),
        value
      };
    };
  }
});

// node_modules/core-js/modules/_hide.js
var require_hide = __commonJS({
  "node_modules/core-js/modules/_hide.js"(exports, module) {
    var dP = require_object_dp();
    var createDesc = require_property_desc();
    module.exports = require_descriptors() ? function(object, key, value) {
      return dP.f(object, key, createDesc(1, value));
    } : function(object, key, value) {
      object[key] = value;
      return object;
    };
  }
});

// node_modules/core-js/modules/_has.js
var require_has = __commonJS({
  "node_modules/core-js/modules/_has.js"(exports, module) {
    var hasOwnProperty = {}.hasOwnProperty;
    module.exports = function(it, key) {
      return hasOwnProperty.call(it, key);
    };
  }
});

// node_modules/core-js/modules/_uid.js
var require_uid = __commonJS({
  "node_modules/core-js/modules/_uid.js"(exports, module) {
    var id = 0;
    var px = Math.random();
    module.exports = function(key) {
      return "Symbol(".concat(key === void 0 ? "" : key, ")_", (++id + px).toString(36));
    };
  }
});

// node_modules/core-js/modules/_library.js
var require_library = __commonJS({
  "node_modules/core-js/modules/_library.js"(exports, module) {
    module.exports = false;
  }
});

// node_modules/core-js/modules/_shared.js
var require_shared = __commonJS({
  "node_modules/core-js/modules/_shared.js"(exports, module) {
    var core = require_core();
    var global = require_global();
    var SHARED = "__core-js_shared__";
    var store = global[SHARED] || (global[SHARED] = {});
    (module.exports = function(key, value) {
      return store[key] || (store[key] = value !== void 0 ? value : {});
    })("versions", []).push({
      version: core.version,
      mode: require_library() ? "pure" : "global",
      copyright: "© 2020 Denis Pushkarev (zloirock.ru)"
    });
  }
});

// node_modules/core-js/modules/_function-to-string.js
var require_function_to_string = __commonJS({
  "node_modules/core-js/modules/_function-to-string.js"(exports, module) {
    module.exports = require_shared()("native-function-to-string", Function.toString);
  }
});

// node_modules/core-js/modules/_redefine.js
var require_redefine = __commonJS({
  "node_modules/core-js/modules/_redefine.js"(exports, module) {
    var global = require_global();
    var hide = require_hide();
    var has = require_has();
    var SRC = require_uid()("src");
    var $toString = require_function_to_string();
    var TO_STRING = "toString";
    var TPL = ("" + $toString).split(TO_STRING);
    require_core().inspectSource = function(it) {
      return $toString.call(it);
    };
    (module.exports = function(O, key, val, safe) {
      var isFunction = typeof val == "function";
      if (isFunction) has(val, "name") || hide(val, "name", key);
      if (O[key] === val) return;
      if (isFunction) has(val, SRC) || hide(val, SRC, O[key] ? "" + O[key] : TPL.join(String(key)));
      if (O === global) {
        O[key] = val;
      } else if (!safe) {
        delete O[key];
        hide(O, key, val);
      } else if (O[key]) {
        O[key] = val;
      } else {
        hide(O, key, val);
      }
    })(Function.prototype, TO_STRING, function toString() {
      return typeof this == "function" && this[SRC] || $toString.call(this);
    });
  }
});

// node_modules/core-js/modules/_a-function.js
var require_a_function = __commonJS({
  "node_modules/core-js/modules/_a-function.js"(exports, module) {
    module.exports = function(it) {
      if (typeof it != "function") throw TypeError(it + " is not a function!");
      return it;
    };
  }
});

// node_modules/core-js/modules/_ctx.js
var require_ctx = __commonJS({
  "node_modules/core-js/modules/_ctx.js"(exports, module) {
    var aFunction = require_a_function();
    module.exports = function(fn, that, length) {
      aFunction(fn);
      if (that === void 0) return fn;
      switch (length) {
        case 1:
          return function(a) {
            return fn.call(that, a);
          };
        case 2:
          return function(a, b) {
            return fn.call(that, a, b);
          };
        case 3:
          return function(a, b, c) {
            return fn.call(that, a, b, c);
          };
      }
      return function() {
        return fn.apply(that, arguments);
      };
    };
  }
});

// node_modules/core-js/modules/_export.js
var require_export = __commonJS({
  "node_modules/core-js/modules/_export.js"(exports, module) {
    var global = require_global();
    var core = require_core();
    var hide = require_hide();
    var redefine = require_redefine();
    var ctx = require_ctx();
    var PROTOTYPE = "prototype";
    var $export = function(type, name, source) {
      var IS_FORCED = type & $export.F;
      var IS_GLOBAL = type & $export.G;
      var IS_STATIC = type & $export.S;
      var IS_PROTO = type & $export.P;
      var IS_BIND = type & $export.B;
      var target = IS_GLOBAL ? global : IS_STATIC ? global[name] || (global[name] = {}) : (global[name] || {})[PROTOTYPE];
      var exports2 = IS_GLOBAL ? core : core[name] || (core[name] = {});
      var expProto = exports2[PROTOTYPE] || (exports2[PROTOTYPE] = {});
      var key, own, out, exp;
      if (IS_GLOBAL) source = name;
      for (key in source) {
        own = !IS_FORCED && target && target[key] !== void 0;
        out = (own ? target : source)[key];
        exp = IS_BIND && own ? ctx(out, global) : IS_PROTO && typeof out == "function" ? ctx(Function.call, out) : out;
        if (target) redefine(target, key, out, type & $export.U);
        if (exports2[key] != out) hide(exports2, key, exp);
        if (IS_PROTO && expProto[key] != out) expProto[key] = out;
      }
    };
    global.core = core;
    $export.F = 1;
    $export.G = 2;
    $export.S = 4;
    $export.P = 8;
    $export.B = 16;
    $export.W = 32;
    $export.U = 64;
    $export.R = 128;
    module.exports = $export;
  }
});

// node_modules/core-js/modules/es6.object.define-property.js
var require_es6_object_define_property = __commonJS({
  "node_modules/core-js/modules/es6.object.define-property.js"() {
    var $export = require_export();
    $export($export.S + $export.F * !require_descriptors(), "Object", { defineProperty: require_object_dp().f });
  }
});

// node_modules/core-js/modules/_defined.js
var require_defined = __commonJS({
  "node_modules/core-js/modules/_defined.js"(exports, module) {
    module.exports = function(it) {
      if (it == void 0) throw TypeError("Can't call method on  " + it);
      return it;
    };
  }
});

// node_modules/core-js/modules/_to-object.js
var require_to_object = __commonJS({
  "node_modules/core-js/modules/_to-object.js"(exports, module) {
    var defined = require_defined();
    module.exports = function(it) {
      return Object(defined(it));
    };
  }
});

// node_modules/core-js/modules/_to-integer.js
var require_to_integer = __commonJS({
  "node_modules/core-js/modules/_to-integer.js"(exports, module) {
    var ceil = Math.ceil;
    var floor = Math.floor;
    module.exports = function(it) {
      return isNaN(it = +it) ? 0 : (it > 0 ? floor : ceil)(it);
    };
  }
});

// node_modules/core-js/modules/_to-length.js
var require_to_length = __commonJS({
  "node_modules/core-js/modules/_to-length.js"(exports, module) {
    var toInteger = require_to_integer();
    var min = Math.min;
    module.exports = function(it) {
      return it > 0 ? min(toInteger(it), 9007199254740991) : 0;
    };
  }
});

// node_modules/core-js/modules/_string-at.js
var require_string_at = __commonJS({
  "node_modules/core-js/modules/_string-at.js"(exports, module) {
    var toInteger = require_to_integer();
    var defined = require_defined();
    module.exports = function(TO_STRING) {
      return function(that, pos) {
        var s = String(defined(that));
        var i = toInteger(pos);
        var l = s.length;
        var a, b;
        if (i < 0 || i >= l) return TO_STRING ? "" : void 0;
        a = s.charCodeAt(i);
        return a < 55296 || a > 56319 || i + 1 === l || (b = s.charCodeAt(i + 1)) < 56320 || b > 57343 ? TO_STRING ? s.charAt(i) : a : TO_STRING ? s.slice(i, i + 2) : (a - 55296 << 10) + (b - 56320) + 65536;
      };
    };
  }
});

// node_modules/core-js/modules/_advance-string-index.js
var require_advance_string_index = __commonJS({
  "node_modules/core-js/modules/_advance-string-index.js"(exports, module) {
    "use strict";
    var at = require_string_at()(true);
    module.exports = function(S, index, unicode) {
      return index + (unicode ? at(S, index).length : 1);
    };
  }
});

// node_modules/core-js/modules/_cof.js
var require_cof = __commonJS({
  "node_modules/core-js/modules/_cof.js"(exports, module) {
    var toString = {}.toString;
    module.exports = function(it) {
      return toString.call(it).slice(8, -1);
    };
  }
});

// node_modules/core-js/modules/_wks.js
var require_wks = __commonJS({
  "node_modules/core-js/modules/_wks.js"(exports, module) {
    var store = require_shared()("wks");
    var uid = require_uid();
    var Symbol2 = require_global().Symbol;
    var USE_SYMBOL = typeof Symbol2 == "function";
    var $exports = module.exports = function(name) {
      return store[name] || (store[name] = USE_SYMBOL && Symbol2[name] || (USE_SYMBOL ? Symbol2 : uid)("Symbol." + name));
    };
    $exports.store = store;
  }
});

// node_modules/core-js/modules/_classof.js
var require_classof = __commonJS({
  "node_modules/core-js/modules/_classof.js"(exports, module) {
    var cof = require_cof();
    var TAG = require_wks()("toStringTag");
    var ARG = cof(/* @__PURE__ */ (function() {
      return arguments;
    })()) == "Arguments";
    var tryGet = function(it, key) {
      try {
        return it[key];
      } catch (e) {
      }
    };
    module.exports = function(it) {
      var O, T, B;
      return it === void 0 ? "Undefined" : it === null ? "Null" : typeof (T = tryGet(O = Object(it), TAG)) == "string" ? T : ARG ? cof(O) : (B = cof(O)) == "Object" && typeof O.callee == "function" ? "Arguments" : B;
    };
  }
});

// node_modules/core-js/modules/_regexp-exec-abstract.js
var require_regexp_exec_abstract = __commonJS({
  "node_modules/core-js/modules/_regexp-exec-abstract.js"(exports, module) {
    "use strict";
    var classof = require_classof();
    var builtinExec = RegExp.prototype.exec;
    module.exports = function(R, S) {
      var exec = R.exec;
      if (typeof exec === "function") {
        var result = exec.call(R, S);
        if (typeof result !== "object") {
          throw new TypeError("RegExp exec method returned something other than an Object or null");
        }
        return result;
      }
      if (classof(R) !== "RegExp") {
        throw new TypeError("RegExp#exec called on incompatible receiver");
      }
      return builtinExec.call(R, S);
    };
  }
});

// node_modules/core-js/modules/_flags.js
var require_flags = __commonJS({
  "node_modules/core-js/modules/_flags.js"(exports, module) {
    "use strict";
    var anObject = require_an_object();
    module.exports = function() {
      var that = anObject(this);
      var result = "";
      if (that.global) result += "g";
      if (that.ignoreCase) result += "i";
      if (that.multiline) result += "m";
      if (that.unicode) result += "u";
      if (that.sticky) result += "y";
      return result;
    };
  }
});

// node_modules/core-js/modules/_regexp-exec.js
var require_regexp_exec = __commonJS({
  "node_modules/core-js/modules/_regexp-exec.js"(exports, module) {
    "use strict";
    var regexpFlags = require_flags();
    var nativeExec = RegExp.prototype.exec;
    var nativeReplace = String.prototype.replace;
    var patchedExec = nativeExec;
    var LAST_INDEX = "lastIndex";
    var UPDATES_LAST_INDEX_WRONG = (function() {
      var re1 = /a/, re2 = /b*/g;
      nativeExec.call(re1, "a");
      nativeExec.call(re2, "a");
      return re1[LAST_INDEX] !== 0 || re2[LAST_INDEX] !== 0;
    })();
    var NPCG_INCLUDED = /()??/.exec("")[1] !== void 0;
    var PATCH = UPDATES_LAST_INDEX_WRONG || NPCG_INCLUDED;
    if (PATCH) {
      patchedExec = function exec(str) {
        var re = this;
        var lastIndex, reCopy, match, i;
        if (NPCG_INCLUDED) {
          reCopy = new RegExp("^" + re.source + "$(?!\\s)", regexpFlags.call(re));
        }
        if (UPDATES_LAST_INDEX_WRONG) lastIndex = re[LAST_INDEX];
        match = nativeExec.call(re, str);
        if (UPDATES_LAST_INDEX_WRONG && match) {
          re[LAST_INDEX] = re.global ? match.index + match[0].length : lastIndex;
        }
        if (NPCG_INCLUDED && match && match.length > 1) {
          nativeReplace.call(match[0], reCopy, function() {
            for (i = 1; i < arguments.length - 2; i++) {
              if (arguments[i] === void 0) match[i] = void 0;
            }
          });
        }
        return match;
      };
    }
    module.exports = patchedExec;
  }
});

// node_modules/core-js/modules/es6.regexp.exec.js
var require_es6_regexp_exec = __commonJS({
  "node_modules/core-js/modules/es6.regexp.exec.js"() {
    "use strict";
    var regexpExec = require_regexp_exec();
    require_export()({
      target: "RegExp",
      proto: true,
      forced: regexpExec !== /./.exec
    }, {
      exec: regexpExec
    });
  }
});

// node_modules/core-js/modules/_fix-re-wks.js
var require_fix_re_wks = __commonJS({
  "node_modules/core-js/modules/_fix-re-wks.js"(exports, module) {
    "use strict";
    require_es6_regexp_exec();
    var redefine = require_redefine();
    var hide = require_hide();
    var fails = require_fails();
    var defined = require_defined();
    var wks = require_wks();
    var regexpExec = require_regexp_exec();
    var SPECIES = wks("species");
    var REPLACE_SUPPORTS_NAMED_GROUPS = !fails(function() {
      var re = /./;
      re.exec = function() {
        var result = [];
        result.groups = { a: "7" };
        return result;
      };
      return "".replace(re, "$<a>") !== "7";
    });
    var SPLIT_WORKS_WITH_OVERWRITTEN_EXEC = (function() {
      var re = /(?:)/;
      var originalExec = re.exec;
      re.exec = function() {
        return originalExec.apply(this, arguments);
      };
      var result = "ab".split(re);
      return result.length === 2 && result[0] === "a" && result[1] === "b";
    })();
    module.exports = function(KEY, length, exec) {
      var SYMBOL = wks(KEY);
      var DELEGATES_TO_SYMBOL = !fails(function() {
        var O = {};
        O[SYMBOL] = function() {
          return 7;
        };
        return ""[KEY](O) != 7;
      });
      var DELEGATES_TO_EXEC = DELEGATES_TO_SYMBOL ? !fails(function() {
        var execCalled = false;
        var re = /a/;
        re.exec = function() {
          execCalled = true;
          return null;
        };
        if (KEY === "split") {
          re.constructor = {};
          re.constructor[SPECIES] = function() {
            return re;
          };
        }
        re[SYMBOL]("");
        return !execCalled;
      }) : void 0;
      if (!DELEGATES_TO_SYMBOL || !DELEGATES_TO_EXEC || KEY === "replace" && !REPLACE_SUPPORTS_NAMED_GROUPS || KEY === "split" && !SPLIT_WORKS_WITH_OVERWRITTEN_EXEC) {
        var nativeRegExpMethod = /./[SYMBOL];
        var fns = exec(
          defined,
          SYMBOL,
          ""[KEY],
          function maybeCallNative(nativeMethod, regexp, str, arg2, forceStringMethod) {
            if (regexp.exec === regexpExec) {
              if (DELEGATES_TO_SYMBOL && !forceStringMethod) {
                return { done: true, value: nativeRegExpMethod.call(regexp, str, arg2) };
              }
              return { done: true, value: nativeMethod.call(str, regexp, arg2) };
            }
            return { done: false };
          }
        );
        var strfn = fns[0];
        var rxfn = fns[1];
        redefine(String.prototype, KEY, strfn);
        hide(
          RegExp.prototype,
          SYMBOL,
          length == 2 ? function(string, arg) {
            return rxfn.call(string, this, arg);
          } : function(string) {
            return rxfn.call(string, this);
          }
        );
      }
    };
  }
});

// node_modules/core-js/modules/es6.regexp.replace.js
var require_es6_regexp_replace = __commonJS({
  "node_modules/core-js/modules/es6.regexp.replace.js"() {
    "use strict";
    var anObject = require_an_object();
    var toObject = require_to_object();
    var toLength = require_to_length();
    var toInteger = require_to_integer();
    var advanceStringIndex = require_advance_string_index();
    var regExpExec = require_regexp_exec_abstract();
    var max = Math.max;
    var min = Math.min;
    var floor = Math.floor;
    var SUBSTITUTION_SYMBOLS = /\$([$&`']|\d\d?|<[^>]*>)/g;
    var SUBSTITUTION_SYMBOLS_NO_NAMED = /\$([$&`']|\d\d?)/g;
    var maybeToString = function(it) {
      return it === void 0 ? it : String(it);
    };
    require_fix_re_wks()("replace", 2, function(defined, REPLACE, $replace, maybeCallNative) {
      return [
        // `String.prototype.replace` method
        // https://tc39.github.io/ecma262/#sec-string.prototype.replace
        function replace(searchValue, replaceValue) {
          var O = defined(this);
          var fn = searchValue == void 0 ? void 0 : searchValue[REPLACE];
          return fn !== void 0 ? fn.call(searchValue, O, replaceValue) : $replace.call(String(O), searchValue, replaceValue);
        },
        // `RegExp.prototype[@@replace]` method
        // https://tc39.github.io/ecma262/#sec-regexp.prototype-@@replace
        function(regexp, replaceValue) {
          var res = maybeCallNative($replace, regexp, this, replaceValue);
          if (res.done) return res.value;
          var rx = anObject(regexp);
          var S = String(this);
          var functionalReplace = typeof replaceValue === "function";
          if (!functionalReplace) replaceValue = String(replaceValue);
          var global = rx.global;
          if (global) {
            var fullUnicode = rx.unicode;
            rx.lastIndex = 0;
          }
          var results = [];
          while (true) {
            var result = regExpExec(rx, S);
            if (result === null) break;
            results.push(result);
            if (!global) break;
            var matchStr = String(result[0]);
            if (matchStr === "") rx.lastIndex = advanceStringIndex(S, toLength(rx.lastIndex), fullUnicode);
          }
          var accumulatedResult = "";
          var nextSourcePosition = 0;
          for (var i = 0; i < results.length; i++) {
            result = results[i];
            var matched = String(result[0]);
            var position = max(min(toInteger(result.index), S.length), 0);
            var captures = [];
            for (var j = 1; j < result.length; j++) captures.push(maybeToString(result[j]));
            var namedCaptures = result.groups;
            if (functionalReplace) {
              var replacerArgs = [matched].concat(captures, position, S);
              if (namedCaptures !== void 0) replacerArgs.push(namedCaptures);
              var replacement = String(replaceValue.apply(void 0, replacerArgs));
            } else {
              replacement = getSubstitution(matched, S, position, captures, namedCaptures, replaceValue);
            }
            if (position >= nextSourcePosition) {
              accumulatedResult += S.slice(nextSourcePosition, position) + replacement;
              nextSourcePosition = position + matched.length;
            }
          }
          return accumulatedResult + S.slice(nextSourcePosition);
        }
      ];
      function getSubstitution(matched, str, position, captures, namedCaptures, replacement) {
        var tailPos = position + matched.length;
        var m = captures.length;
        var symbols = SUBSTITUTION_SYMBOLS_NO_NAMED;
        if (namedCaptures !== void 0) {
          namedCaptures = toObject(namedCaptures);
          symbols = SUBSTITUTION_SYMBOLS;
        }
        return $replace.call(replacement, symbols, function(match, ch) {
          var capture;
          switch (ch.charAt(0)) {
            case "$":
              return "$";
            case "&":
              return matched;
            case "`":
              return str.slice(0, position);
            case "'":
              return str.slice(tailPos);
            case "<":
              capture = namedCaptures[ch.slice(1, -1)];
              break;
            default:
              var n = +ch;
              if (n === 0) return match;
              if (n > m) {
                var f = floor(n / 10);
                if (f === 0) return match;
                if (f <= m) return captures[f - 1] === void 0 ? ch.charAt(1) : captures[f - 1] + ch.charAt(1);
                return match;
              }
              capture = captures[n - 1];
          }
          return capture === void 0 ? "" : capture;
        });
      }
    });
  }
});

// node_modules/core-js/modules/_iobject.js
var require_iobject = __commonJS({
  "node_modules/core-js/modules/_iobject.js"(exports, module) {
    var cof = require_cof();
    module.exports = Object("z").propertyIsEnumerable(0) ? Object : function(it) {
      return cof(it) == "String" ? it.split("") : Object(it);
    };
  }
});

// node_modules/core-js/modules/_to-iobject.js
var require_to_iobject = __commonJS({
  "node_modules/core-js/modules/_to-iobject.js"(exports, module) {
    var IObject = require_iobject();
    var defined = require_defined();
    module.exports = function(it) {
      return IObject(defined(it));
    };
  }
});

// node_modules/core-js/modules/_to-absolute-index.js
var require_to_absolute_index = __commonJS({
  "node_modules/core-js/modules/_to-absolute-index.js"(exports, module) {
    var toInteger = require_to_integer();
    var max = Math.max;
    var min = Math.min;
    module.exports = function(index, length) {
      index = toInteger(index);
      return index < 0 ? max(index + length, 0) : min(index, length);
    };
  }
});

// node_modules/core-js/modules/_array-includes.js
var require_array_includes = __commonJS({
  "node_modules/core-js/modules/_array-includes.js"(exports, module) {
    var toIObject = require_to_iobject();
    var toLength = require_to_length();
    var toAbsoluteIndex = require_to_absolute_index();
    module.exports = function(IS_INCLUDES) {
      return function($this, el, fromIndex) {
        var O = toIObject($this);
        var length = toLength(O.length);
        var index = toAbsoluteIndex(fromIndex, length);
        var value;
        if (IS_INCLUDES && el != el) while (length > index) {
          value = O[index++];
          if (value != value) return true;
        }
        else for (; length > index; index++) if (IS_INCLUDES || index in O) {
          if (O[index] === el) return IS_INCLUDES || index || 0;
        }
        return !IS_INCLUDES && -1;
      };
    };
  }
});

// node_modules/core-js/modules/_strict-method.js
var require_strict_method = __commonJS({
  "node_modules/core-js/modules/_strict-method.js"(exports, module) {
    "use strict";
    var fails = require_fails();
    module.exports = function(method, arg) {
      return !!method && fails(function() {
        arg ? method.call(null, function() {
        }, 1) : method.call(null);
      });
    };
  }
});

// node_modules/core-js/modules/es6.array.index-of.js
var require_es6_array_index_of = __commonJS({
  "node_modules/core-js/modules/es6.array.index-of.js"() {
    "use strict";
    var $export = require_export();
    var $indexOf = require_array_includes()(false);
    var $native = [].indexOf;
    var NEGATIVE_ZERO = !!$native && 1 / [1].indexOf(1, -0) < 0;
    $export($export.P + $export.F * (NEGATIVE_ZERO || !require_strict_method()($native)), "Array", {
      // 22.1.3.11 / 15.4.4.14 Array.prototype.indexOf(searchElement [, fromIndex])
      indexOf: function indexOf(searchElement) {
        return NEGATIVE_ZERO ? $native.apply(this, arguments) || 0 : $indexOf(this, searchElement, arguments[1]);
      }
    });
  }
});

// node_modules/twitter-text/dist/regexp/cashtag.js
var require_cashtag = __commonJS({
  "node_modules/twitter-text/dist/regexp/cashtag.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var cashtag = /[a-z]{1,6}(?:[._][a-z]{1,2})?/i;
    var _default = cashtag;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/punct.js
var require_punct = __commonJS({
  "node_modules/twitter-text/dist/regexp/punct.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var punct = /\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$/;
    var _default = punct;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_object-pie.js
var require_object_pie = __commonJS({
  "node_modules/core-js/modules/_object-pie.js"(exports) {
    exports.f = {}.propertyIsEnumerable;
  }
});

// node_modules/core-js/modules/_object-gopd.js
var require_object_gopd = __commonJS({
  "node_modules/core-js/modules/_object-gopd.js"(exports) {
    var pIE = require_object_pie();
    var createDesc = require_property_desc();
    var toIObject = require_to_iobject();
    var toPrimitive = require_to_primitive();
    var has = require_has();
    var IE8_DOM_DEFINE = require_ie8_dom_define();
    var gOPD = Object.getOwnPropertyDescriptor;
    exports.f = require_descriptors() ? gOPD : function getOwnPropertyDescriptor(O, P) {
      O = toIObject(O);
      P = toPrimitive(P, true);
      if (IE8_DOM_DEFINE) try {
        return gOPD(O, P);
      } catch (e) {
      }
      if (has(O, P)) return createDesc(!pIE.f.call(O, P), O[P]);
    };
  }
});

// node_modules/core-js/modules/_set-proto.js
var require_set_proto = __commonJS({
  "node_modules/core-js/modules/_set-proto.js"(exports, module) {
    var isObject = require_is_object();
    var anObject = require_an_object();
    var check = function(O, proto) {
      anObject(O);
      if (!isObject(proto) && proto !== null) throw TypeError(proto + ": can't set as prototype!");
    };
    module.exports = {
      set: Object.setPrototypeOf || ("__proto__" in {} ? (
        // eslint-disable-line
        (function(test, buggy, set) {
          try {
            set = require_ctx()(Function.call, require_object_gopd().f(Object.prototype, "__proto__").set, 2);
            set(test, []);
            buggy = !(test instanceof Array);
          } catch (e) {
            buggy = true;
          }
          return function setPrototypeOf(O, proto) {
            check(O, proto);
            if (buggy) O.__proto__ = proto;
            else set(O, proto);
            return O;
          };
        })({}, false)
      ) : void 0),
      check
    };
  }
});

// node_modules/core-js/modules/_inherit-if-required.js
var require_inherit_if_required = __commonJS({
  "node_modules/core-js/modules/_inherit-if-required.js"(exports, module) {
    var isObject = require_is_object();
    var setPrototypeOf = require_set_proto().set;
    module.exports = function(that, target, C) {
      var S = target.constructor;
      var P;
      if (S !== C && typeof S == "function" && (P = S.prototype) !== C.prototype && isObject(P) && setPrototypeOf) {
        setPrototypeOf(that, P);
      }
      return that;
    };
  }
});

// node_modules/core-js/modules/_shared-key.js
var require_shared_key = __commonJS({
  "node_modules/core-js/modules/_shared-key.js"(exports, module) {
    var shared = require_shared()("keys");
    var uid = require_uid();
    module.exports = function(key) {
      return shared[key] || (shared[key] = uid(key));
    };
  }
});

// node_modules/core-js/modules/_object-keys-internal.js
var require_object_keys_internal = __commonJS({
  "node_modules/core-js/modules/_object-keys-internal.js"(exports, module) {
    var has = require_has();
    var toIObject = require_to_iobject();
    var arrayIndexOf = require_array_includes()(false);
    var IE_PROTO = require_shared_key()("IE_PROTO");
    module.exports = function(object, names) {
      var O = toIObject(object);
      var i = 0;
      var result = [];
      var key;
      for (key in O) if (key != IE_PROTO) has(O, key) && result.push(key);
      while (names.length > i) if (has(O, key = names[i++])) {
        ~arrayIndexOf(result, key) || result.push(key);
      }
      return result;
    };
  }
});

// node_modules/core-js/modules/_enum-bug-keys.js
var require_enum_bug_keys = __commonJS({
  "node_modules/core-js/modules/_enum-bug-keys.js"(exports, module) {
    module.exports = "constructor,hasOwnProperty,isPrototypeOf,propertyIsEnumerable,toLocaleString,toString,valueOf".split(",");
  }
});

// node_modules/core-js/modules/_object-gopn.js
var require_object_gopn = __commonJS({
  "node_modules/core-js/modules/_object-gopn.js"(exports) {
    var $keys = require_object_keys_internal();
    var hiddenKeys = require_enum_bug_keys().concat("length", "prototype");
    exports.f = Object.getOwnPropertyNames || function getOwnPropertyNames(O) {
      return $keys(O, hiddenKeys);
    };
  }
});

// node_modules/core-js/modules/_is-regexp.js
var require_is_regexp = __commonJS({
  "node_modules/core-js/modules/_is-regexp.js"(exports, module) {
    var isObject = require_is_object();
    var cof = require_cof();
    var MATCH = require_wks()("match");
    module.exports = function(it) {
      var isRegExp;
      return isObject(it) && ((isRegExp = it[MATCH]) !== void 0 ? !!isRegExp : cof(it) == "RegExp");
    };
  }
});

// node_modules/core-js/modules/_set-species.js
var require_set_species = __commonJS({
  "node_modules/core-js/modules/_set-species.js"(exports, module) {
    "use strict";
    var global = require_global();
    var dP = require_object_dp();
    var DESCRIPTORS = require_descriptors();
    var SPECIES = require_wks()("species");
    module.exports = function(KEY) {
      var C = global[KEY];
      if (DESCRIPTORS && C && !C[SPECIES]) dP.f(C, SPECIES, {
        configurable: true,
        get: function() {
          return this;
        }
      });
    };
  }
});

// node_modules/core-js/modules/es6.regexp.constructor.js
var require_es6_regexp_constructor = __commonJS({
  "node_modules/core-js/modules/es6.regexp.constructor.js"() {
    var global = require_global();
    var inheritIfRequired = require_inherit_if_required();
    var dP = require_object_dp().f;
    var gOPN = require_object_gopn().f;
    var isRegExp = require_is_regexp();
    var $flags = require_flags();
    var $RegExp = global.RegExp;
    var Base = $RegExp;
    var proto = $RegExp.prototype;
    var re1 = /a/g;
    var re2 = /a/g;
    var CORRECT_NEW = new $RegExp(re1) !== re1;
    if (require_descriptors() && (!CORRECT_NEW || require_fails()(function() {
      re2[require_wks()("match")] = false;
      return $RegExp(re1) != re1 || $RegExp(re2) == re2 || $RegExp(re1, "i") != "/a/i";
    }))) {
      $RegExp = function RegExp2(p, f) {
        var tiRE = this instanceof $RegExp;
        var piRE = isRegExp(p);
        var fiU = f === void 0;
        return !tiRE && piRE && p.constructor === $RegExp && fiU ? p : inheritIfRequired(
          CORRECT_NEW ? new Base(piRE && !fiU ? p.source : p, f) : Base((piRE = p instanceof $RegExp) ? p.source : p, piRE && fiU ? $flags.call(p) : f),
          tiRE ? this : proto,
          $RegExp
        );
      };
      proxy = function(key) {
        key in $RegExp || dP($RegExp, key, {
          configurable: true,
          get: function() {
            return Base[key];
          },
          set: function(it) {
            Base[key] = it;
          }
        });
      };
      for (keys = gOPN(Base), i = 0; keys.length > i; ) proxy(keys[i++]);
      proto.constructor = $RegExp;
      $RegExp.prototype = proto;
      require_redefine()(global, "RegExp", $RegExp);
    }
    var proxy;
    var keys;
    var i;
    require_set_species()("RegExp");
  }
});

// node_modules/twitter-text/dist/lib/regexSupplant.js
var require_regexSupplant = __commonJS({
  "node_modules/twitter-text/dist/lib/regexSupplant.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_replace();
    require_es6_regexp_constructor();
    require_es6_array_index_of();
    function _default(regex, map, flags) {
      flags = flags || "";
      if (typeof regex !== "string") {
        if (regex.global && flags.indexOf("g") < 0) {
          flags += "g";
        }
        if (regex.ignoreCase && flags.indexOf("i") < 0) {
          flags += "i";
        }
        if (regex.multiline && flags.indexOf("m") < 0) {
          flags += "m";
        }
        regex = regex.source;
      }
      return new RegExp(regex.replace(/#\{(\w+)\}/g, function(match, name) {
        var newRegex = map[name] || "";
        if (typeof newRegex !== "string") {
          newRegex = newRegex.source;
        }
        return newRegex;
      }), flags);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/spacesGroup.js
var require_spacesGroup = __commonJS({
  "node_modules/twitter-text/dist/regexp/spacesGroup.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var spacesGroup = /\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000/;
    var _default = spacesGroup;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/spaces.js
var require_spaces = __commonJS({
  "node_modules/twitter-text/dist/regexp/spaces.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _spacesGroup = _interopRequireDefault(require_spacesGroup());
    var _default = (0, _regexSupplant["default"])(/[#{spacesGroup}]/, {
      spacesGroup: _spacesGroup["default"]
    });
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validCashtag.js
var require_validCashtag = __commonJS({
  "node_modules/twitter-text/dist/regexp/validCashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _cashtag = _interopRequireDefault(require_cashtag());
    var _punct = _interopRequireDefault(require_punct());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _spaces = _interopRequireDefault(require_spaces());
    var validCashtag = (0, _regexSupplant["default"])("(^|#{spaces})(\\$)(#{cashtag})(?=$|\\s|[#{punct}])", {
      cashtag: _cashtag["default"],
      spaces: _spaces["default"],
      punct: _punct["default"]
    }, "gi");
    var _default = validCashtag;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractCashtagsWithIndices.js
var require_extractCashtagsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractCashtagsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_replace();
    require_es6_array_index_of();
    var _validCashtag = _interopRequireDefault(require_validCashtag());
    function _default(text) {
      if (!text || text.indexOf("$") === -1) {
        return [];
      }
      var tags = [];
      text.replace(_validCashtag["default"], function(match, before, dollar, cashtag, offset, chunk) {
        var startPosition = offset + before.length;
        var endPosition = startPosition + cashtag.length + 1;
        tags.push({
          cashtag,
          indices: [startPosition, endPosition]
        });
      });
      return tags;
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.regexp.match.js
var require_es6_regexp_match = __commonJS({
  "node_modules/core-js/modules/es6.regexp.match.js"() {
    "use strict";
    var anObject = require_an_object();
    var toLength = require_to_length();
    var advanceStringIndex = require_advance_string_index();
    var regExpExec = require_regexp_exec_abstract();
    require_fix_re_wks()("match", 1, function(defined, MATCH, $match, maybeCallNative) {
      return [
        // `String.prototype.match` method
        // https://tc39.github.io/ecma262/#sec-string.prototype.match
        function match(regexp) {
          var O = defined(this);
          var fn = regexp == void 0 ? void 0 : regexp[MATCH];
          return fn !== void 0 ? fn.call(regexp, O) : new RegExp(regexp)[MATCH](String(O));
        },
        // `RegExp.prototype[@@match]` method
        // https://tc39.github.io/ecma262/#sec-regexp.prototype-@@match
        function(regexp) {
          var res = maybeCallNative($match, regexp, this);
          if (res.done) return res.value;
          var rx = anObject(regexp);
          var S = String(this);
          if (!rx.global) return regExpExec(rx, S);
          var fullUnicode = rx.unicode;
          rx.lastIndex = 0;
          var A = [];
          var n = 0;
          var result;
          while ((result = regExpExec(rx, S)) !== null) {
            var matchStr = String(result[0]);
            A[n] = matchStr;
            if (matchStr === "") rx.lastIndex = advanceStringIndex(S, toLength(rx.lastIndex), fullUnicode);
            n++;
          }
          return n === 0 ? null : A;
        }
      ];
    });
  }
});

// node_modules/twitter-text/dist/regexp/hashSigns.js
var require_hashSigns = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashSigns.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var hashSigns = /[#＃]/;
    var _default = hashSigns;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/endHashtagMatch.js
var require_endHashtagMatch = __commonJS({
  "node_modules/twitter-text/dist/regexp/endHashtagMatch.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var endHashtagMatch = (0, _regexSupplant["default"])(/^(?:#{hashSigns}|:\/\/)/, {
      hashSigns: _hashSigns["default"]
    });
    var _default = endHashtagMatch;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validCCTLD.js
var require_validCCTLD = __commonJS({
  "node_modules/twitter-text/dist/regexp/validCCTLD.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_constructor();
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validCCTLD = (0, _regexSupplant["default"])(RegExp("(?:(?:한국|香港|澳門|新加坡|台灣|台湾|中國|中国|გე|ລາວ|ไทย|ලංකා|ഭാരതം|ಭಾರತ|భారత్|சிங்கப்பூர்|இலங்கை|இந்தியா|ଭାରତ|ભારત|ਭਾਰਤ|ভাৰত|ভারত|বাংলা|भारोत|भारतम्|भारत|ڀارت|پاکستان|موريتانيا|مليسيا|مصر|قطر|فلسطين|عمان|عراق|سورية|سودان|تونس|بھارت|بارت|ایران|امارات|المغرب|السعودية|الجزائر|البحرين|الاردن|հայ|қаз|укр|срб|рф|мон|мкд|ею|бел|бг|ευ|ελ|zw|zm|za|yt|ye|ws|wf|vu|vn|vi|vg|ve|vc|va|uz|uy|us|um|uk|ug|ua|tz|tw|tv|tt|tr|tp|to|tn|tm|tl|tk|tj|th|tg|tf|td|tc|sz|sy|sx|sv|su|st|ss|sr|so|sn|sm|sl|sk|sj|si|sh|sg|se|sd|sc|sb|sa|rw|ru|rs|ro|re|qa|py|pw|pt|ps|pr|pn|pm|pl|pk|ph|pg|pf|pe|pa|om|nz|nu|nr|np|no|nl|ni|ng|nf|ne|nc|na|mz|my|mx|mw|mv|mu|mt|ms|mr|mq|mp|mo|mn|mm|ml|mk|mh|mg|mf|me|md|mc|ma|ly|lv|lu|lt|ls|lr|lk|li|lc|lb|la|kz|ky|kw|kr|kp|kn|km|ki|kh|kg|ke|jp|jo|jm|je|it|is|ir|iq|io|in|im|il|ie|id|hu|ht|hr|hn|hm|hk|gy|gw|gu|gt|gs|gr|gq|gp|gn|gm|gl|gi|gh|gg|gf|ge|gd|gb|ga|fr|fo|fm|fk|fj|fi|eu|et|es|er|eh|eg|ee|ec|dz|do|dm|dk|dj|de|cz|cy|cx|cw|cv|cu|cr|co|cn|cm|cl|ck|ci|ch|cg|cf|cd|cc|ca|bz|by|bw|bv|bt|bs|br|bq|bo|bn|bm|bl|bj|bi|bh|bg|bf|be|bd|bb|ba|az|ax|aw|au|at|as|ar|aq|ao|an|am|al|ai|ag|af|ae|ad|ac)(?=[^0-9a-zA-Z@+-]|$))"));
    var _default = validCCTLD;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/directionalMarkersGroup.js
var require_directionalMarkersGroup = __commonJS({
  "node_modules/twitter-text/dist/regexp/directionalMarkersGroup.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var directionalMarkersGroup = /\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069/;
    var _default = directionalMarkersGroup;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/invalidCharsGroup.js
var require_invalidCharsGroup = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidCharsGroup.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var invalidCharsGroup = /\uFFFE\uFEFF\uFFFF/;
    var _default = invalidCharsGroup;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/stringSupplant.js
var require_stringSupplant = __commonJS({
  "node_modules/twitter-text/dist/lib/stringSupplant.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_replace();
    function _default(str, map) {
      return str.replace(/#\{(\w+)\}/g, function(match, name) {
        return map[name] || "";
      });
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/invalidDomainChars.js
var require_invalidDomainChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidDomainChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _directionalMarkersGroup = _interopRequireDefault(require_directionalMarkersGroup());
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _punct = _interopRequireDefault(require_punct());
    var _spacesGroup = _interopRequireDefault(require_spacesGroup());
    var _stringSupplant = _interopRequireDefault(require_stringSupplant());
    var invalidDomainChars = (0, _stringSupplant["default"])("#{punct}#{spacesGroup}#{invalidCharsGroup}#{directionalMarkersGroup}", {
      punct: _punct["default"],
      spacesGroup: _spacesGroup["default"],
      invalidCharsGroup: _invalidCharsGroup["default"],
      directionalMarkersGroup: _directionalMarkersGroup["default"]
    });
    var _default = invalidDomainChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validDomainChars.js
var require_validDomainChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validDomainChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _invalidDomainChars = _interopRequireDefault(require_invalidDomainChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validDomainChars = (0, _regexSupplant["default"])(/[^#{invalidDomainChars}]/, {
      invalidDomainChars: _invalidDomainChars["default"]
    });
    var _default = validDomainChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validDomainName.js
var require_validDomainName = __commonJS({
  "node_modules/twitter-text/dist/regexp/validDomainName.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validDomainChars = _interopRequireDefault(require_validDomainChars());
    var validDomainName = (0, _regexSupplant["default"])(/(?:(?:#{validDomainChars}(?:-|#{validDomainChars})*)?#{validDomainChars}\.)/, {
      validDomainChars: _validDomainChars["default"]
    });
    var _default = validDomainName;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validGTLD.js
var require_validGTLD = __commonJS({
  "node_modules/twitter-text/dist/regexp/validGTLD.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_constructor();
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validGTLD = (0, _regexSupplant["default"])(RegExp("(?:(?:삼성|닷컴|닷넷|香格里拉|餐厅|食品|飞利浦|電訊盈科|集团|通販|购物|谷歌|诺基亚|联通|网络|网站|网店|网址|组织机构|移动|珠宝|点看|游戏|淡马锡|机构|書籍|时尚|新闻|政府|政务|招聘|手表|手机|我爱你|慈善|微博|广东|工行|家電|娱乐|天主教|大拿|大众汽车|在线|嘉里大酒店|嘉里|商标|商店|商城|公益|公司|八卦|健康|信息|佛山|企业|中文网|中信|世界|ポイント|ファッション|セール|ストア|コム|グーグル|クラウド|みんな|คอม|संगठन|नेट|कॉम|همراه|موقع|موبايلي|كوم|كاثوليك|عرب|شبكة|بيتك|بازار|العليان|ارامكو|اتصالات|ابوظبي|קום|сайт|рус|орг|онлайн|москва|ком|католик|дети|zuerich|zone|zippo|zip|zero|zara|zappos|yun|youtube|you|yokohama|yoga|yodobashi|yandex|yamaxun|yahoo|yachts|xyz|xxx|xperia|xin|xihuan|xfinity|xerox|xbox|wtf|wtc|wow|world|works|work|woodside|wolterskluwer|wme|winners|wine|windows|win|williamhill|wiki|wien|whoswho|weir|weibo|wedding|wed|website|weber|webcam|weatherchannel|weather|watches|watch|warman|wanggou|wang|walter|walmart|wales|vuelos|voyage|voto|voting|vote|volvo|volkswagen|vodka|vlaanderen|vivo|viva|vistaprint|vista|vision|visa|virgin|vip|vin|villas|viking|vig|video|viajes|vet|versicherung|vermögensberatung|vermögensberater|verisign|ventures|vegas|vanguard|vana|vacations|ups|uol|uno|university|unicom|uconnect|ubs|ubank|tvs|tushu|tunes|tui|tube|trv|trust|travelersinsurance|travelers|travelchannel|travel|training|trading|trade|toys|toyota|town|tours|total|toshiba|toray|top|tools|tokyo|today|tmall|tkmaxx|tjx|tjmaxx|tirol|tires|tips|tiffany|tienda|tickets|tiaa|theatre|theater|thd|teva|tennis|temasek|telefonica|telecity|tel|technology|tech|team|tdk|tci|taxi|tax|tattoo|tatar|tatamotors|target|taobao|talk|taipei|tab|systems|symantec|sydney|swiss|swiftcover|swatch|suzuki|surgery|surf|support|supply|supplies|sucks|style|study|studio|stream|store|storage|stockholm|stcgroup|stc|statoil|statefarm|statebank|starhub|star|staples|stada|srt|srl|spreadbetting|spot|sport|spiegel|space|soy|sony|song|solutions|solar|sohu|software|softbank|social|soccer|sncf|smile|smart|sling|skype|sky|skin|ski|site|singles|sina|silk|shriram|showtime|show|shouji|shopping|shop|shoes|shiksha|shia|shell|shaw|sharp|shangrila|sfr|sexy|sex|sew|seven|ses|services|sener|select|seek|security|secure|seat|search|scot|scor|scjohnson|science|schwarz|schule|school|scholarships|schmidt|schaeffler|scb|sca|sbs|sbi|saxo|save|sas|sarl|sapo|sap|sanofi|sandvikcoromant|sandvik|samsung|samsclub|salon|sale|sakura|safety|safe|saarland|ryukyu|rwe|run|ruhr|rugby|rsvp|room|rogers|rodeo|rocks|rocher|rmit|rip|rio|ril|rightathome|ricoh|richardli|rich|rexroth|reviews|review|restaurant|rest|republican|report|repair|rentals|rent|ren|reliance|reit|reisen|reise|rehab|redumbrella|redstone|red|recipes|realty|realtor|realestate|read|raid|radio|racing|qvc|quest|quebec|qpon|pwc|pub|prudential|pru|protection|property|properties|promo|progressive|prof|productions|prod|pro|prime|press|praxi|pramerica|post|porn|politie|poker|pohl|pnc|plus|plumbing|playstation|play|place|pizza|pioneer|pink|ping|pin|pid|pictures|pictet|pics|piaget|physio|photos|photography|photo|phone|philips|phd|pharmacy|pfizer|pet|pccw|pay|passagens|party|parts|partners|pars|paris|panerai|panasonic|pamperedchef|page|ovh|ott|otsuka|osaka|origins|orientexpress|organic|org|orange|oracle|open|ooo|onyourside|online|onl|ong|one|omega|ollo|oldnavy|olayangroup|olayan|okinawa|office|off|observer|obi|nyc|ntt|nrw|nra|nowtv|nowruz|now|norton|northwesternmutual|nokia|nissay|nissan|ninja|nikon|nike|nico|nhk|ngo|nfl|nexus|nextdirect|next|news|newholland|new|neustar|network|netflix|netbank|net|nec|nba|navy|natura|nationwide|name|nagoya|nadex|nab|mutuelle|mutual|museum|mtr|mtpc|mtn|msd|movistar|movie|mov|motorcycles|moto|moscow|mortgage|mormon|mopar|montblanc|monster|money|monash|mom|moi|moe|moda|mobily|mobile|mobi|mma|mls|mlb|mitsubishi|mit|mint|mini|mil|microsoft|miami|metlife|merckmsd|meo|menu|men|memorial|meme|melbourne|meet|media|med|mckinsey|mcdonalds|mcd|mba|mattel|maserati|marshalls|marriott|markets|marketing|market|map|mango|management|man|makeup|maison|maif|madrid|macys|luxury|luxe|lupin|lundbeck|ltda|ltd|lplfinancial|lpl|love|lotto|lotte|london|lol|loft|locus|locker|loans|loan|llp|llc|lixil|living|live|lipsy|link|linde|lincoln|limo|limited|lilly|like|lighting|lifestyle|lifeinsurance|life|lidl|liaison|lgbt|lexus|lego|legal|lefrak|leclerc|lease|lds|lawyer|law|latrobe|latino|lat|lasalle|lanxess|landrover|land|lancome|lancia|lancaster|lamer|lamborghini|ladbrokes|lacaixa|kyoto|kuokgroup|kred|krd|kpn|kpmg|kosher|komatsu|koeln|kiwi|kitchen|kindle|kinder|kim|kia|kfh|kerryproperties|kerrylogistics|kerryhotels|kddi|kaufen|juniper|juegos|jprs|jpmorgan|joy|jot|joburg|jobs|jnj|jmp|jll|jlc|jio|jewelry|jetzt|jeep|jcp|jcb|java|jaguar|iwc|iveco|itv|itau|istanbul|ist|ismaili|iselect|irish|ipiranga|investments|intuit|international|intel|int|insure|insurance|institute|ink|ing|info|infiniti|industries|inc|immobilien|immo|imdb|imamat|ikano|iinet|ifm|ieee|icu|ice|icbc|ibm|hyundai|hyatt|hughes|htc|hsbc|how|house|hotmail|hotels|hoteles|hot|hosting|host|hospital|horse|honeywell|honda|homesense|homes|homegoods|homedepot|holiday|holdings|hockey|hkt|hiv|hitachi|hisamitsu|hiphop|hgtv|hermes|here|helsinki|help|healthcare|health|hdfcbank|hdfc|hbo|haus|hangout|hamburg|hair|guru|guitars|guide|guge|gucci|guardian|group|grocery|gripe|green|gratis|graphics|grainger|gov|got|gop|google|goog|goodyear|goodhands|goo|golf|goldpoint|gold|godaddy|gmx|gmo|gmbh|gmail|globo|global|gle|glass|glade|giving|gives|gifts|gift|ggee|george|genting|gent|gea|gdn|gbiz|gay|garden|gap|games|game|gallup|gallo|gallery|gal|fyi|futbol|furniture|fund|fun|fujixerox|fujitsu|ftr|frontier|frontdoor|frogans|frl|fresenius|free|fox|foundation|forum|forsale|forex|ford|football|foodnetwork|food|foo|fly|flsmidth|flowers|florist|flir|flights|flickr|fitness|fit|fishing|fish|firmdale|firestone|fire|financial|finance|final|film|fido|fidelity|fiat|ferrero|ferrari|feedback|fedex|fast|fashion|farmers|farm|fans|fan|family|faith|fairwinds|fail|fage|extraspace|express|exposed|expert|exchange|everbank|events|eus|eurovision|etisalat|esurance|estate|esq|erni|ericsson|equipment|epson|epost|enterprises|engineering|engineer|energy|emerck|email|education|edu|edeka|eco|eat|earth|dvr|dvag|durban|dupont|duns|dunlop|duck|dubai|dtv|drive|download|dot|doosan|domains|doha|dog|dodge|doctor|docs|dnp|diy|dish|discover|discount|directory|direct|digital|diet|diamonds|dhl|dev|design|desi|dentist|dental|democrat|delta|deloitte|dell|delivery|degree|deals|dealer|deal|dds|dclk|day|datsun|dating|date|data|dance|dad|dabur|cyou|cymru|cuisinella|csc|cruises|cruise|crs|crown|cricket|creditunion|creditcard|credit|cpa|courses|coupons|coupon|country|corsica|coop|cool|cookingchannel|cooking|contractors|contact|consulting|construction|condos|comsec|computer|compare|company|community|commbank|comcast|com|cologne|college|coffee|codes|coach|clubmed|club|cloud|clothing|clinique|clinic|click|cleaning|claims|cityeats|city|citic|citi|citadel|cisco|circle|cipriani|church|chrysler|chrome|christmas|chloe|chintai|cheap|chat|chase|charity|channel|chanel|cfd|cfa|cern|ceo|center|ceb|cbs|cbre|cbn|cba|catholic|catering|cat|casino|cash|caseih|case|casa|cartier|cars|careers|career|care|cards|caravan|car|capitalone|capital|capetown|canon|cancerresearch|camp|camera|cam|calvinklein|call|cal|cafe|cab|bzh|buzz|buy|business|builders|build|bugatti|budapest|brussels|brother|broker|broadway|bridgestone|bradesco|box|boutique|bot|boston|bostik|bosch|boots|booking|book|boo|bond|bom|bofa|boehringer|boats|bnpparibas|bnl|bmw|bms|blue|bloomberg|blog|blockbuster|blanco|blackfriday|black|biz|bio|bingo|bing|bike|bid|bible|bharti|bet|bestbuy|best|berlin|bentley|beer|beauty|beats|bcn|bcg|bbva|bbt|bbc|bayern|bauhaus|basketball|baseball|bargains|barefoot|barclays|barclaycard|barcelona|bar|bank|band|bananarepublic|banamex|baidu|baby|azure|axa|aws|avianca|autos|auto|author|auspost|audio|audible|audi|auction|attorney|athleta|associates|asia|asda|arte|art|arpa|army|archi|aramco|arab|aquarelle|apple|app|apartments|aol|anz|anquan|android|analytics|amsterdam|amica|amfam|amex|americanfamily|americanexpress|alstom|alsace|ally|allstate|allfinanz|alipay|alibaba|alfaromeo|akdn|airtel|airforce|airbus|aigo|aig|agency|agakhan|africa|afl|afamilycompany|aetna|aero|aeg|adult|ads|adac|actor|active|aco|accountants|accountant|accenture|academy|abudhabi|abogado|able|abc|abbvie|abbott|abb|abarth|aarp|aaa|onion)(?=[^0-9a-zA-Z@+-]|$))"));
    var _default = validGTLD;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validPunycode.js
var require_validPunycode = __commonJS({
  "node_modules/twitter-text/dist/regexp/validPunycode.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validPunycode = /(?:xn--[\-0-9a-z]+)/;
    var _default = validPunycode;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validSubdomain.js
var require_validSubdomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validSubdomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validDomainChars = _interopRequireDefault(require_validDomainChars());
    var validSubdomain = (0, _regexSupplant["default"])(/(?:(?:#{validDomainChars}(?:[_-]|#{validDomainChars})*)?#{validDomainChars}\.)/, {
      validDomainChars: _validDomainChars["default"]
    });
    var _default = validSubdomain;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validDomain.js
var require_validDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validCCTLD = _interopRequireDefault(require_validCCTLD());
    var _validDomainName = _interopRequireDefault(require_validDomainName());
    var _validGTLD = _interopRequireDefault(require_validGTLD());
    var _validPunycode = _interopRequireDefault(require_validPunycode());
    var _validSubdomain = _interopRequireDefault(require_validSubdomain());
    var validDomain = (0, _regexSupplant["default"])(/(?:#{validSubdomain}*#{validDomainName}(?:#{validGTLD}|#{validCCTLD}|#{validPunycode}))/, {
      validDomainName: _validDomainName["default"],
      validSubdomain: _validSubdomain["default"],
      validGTLD: _validGTLD["default"],
      validCCTLD: _validCCTLD["default"],
      validPunycode: _validPunycode["default"]
    });
    var _default = validDomain;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validPortNumber.js
var require_validPortNumber = __commonJS({
  "node_modules/twitter-text/dist/regexp/validPortNumber.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validPortNumber = /[0-9]+/;
    var _default = validPortNumber;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/cyrillicLettersAndMarks.js
var require_cyrillicLettersAndMarks = __commonJS({
  "node_modules/twitter-text/dist/regexp/cyrillicLettersAndMarks.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var cyrillicLettersAndMarks = /\u0400-\u04FF/;
    var _default = cyrillicLettersAndMarks;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/latinAccentChars.js
var require_latinAccentChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/latinAccentChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var latinAccentChars = /\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF/;
    var _default = latinAccentChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validGeneralUrlPathChars.js
var require_validGeneralUrlPathChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validGeneralUrlPathChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _cyrillicLettersAndMarks = _interopRequireDefault(require_cyrillicLettersAndMarks());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validGeneralUrlPathChars = (0, _regexSupplant["default"])(/[a-z#{cyrillicLettersAndMarks}0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&#{latinAccentChars}]/i, {
      cyrillicLettersAndMarks: _cyrillicLettersAndMarks["default"],
      latinAccentChars: _latinAccentChars["default"]
    });
    var _default = validGeneralUrlPathChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlBalancedParens.js
var require_validUrlBalancedParens = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlBalancedParens.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validGeneralUrlPathChars = _interopRequireDefault(require_validGeneralUrlPathChars());
    var validUrlBalancedParens = (0, _regexSupplant["default"])("\\((?:#{validGeneralUrlPathChars}+|(?:#{validGeneralUrlPathChars}*\\(#{validGeneralUrlPathChars}+\\)#{validGeneralUrlPathChars}*))\\)", {
      validGeneralUrlPathChars: _validGeneralUrlPathChars["default"]
    }, "i");
    var _default = validUrlBalancedParens;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlPathEndingChars.js
var require_validUrlPathEndingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlPathEndingChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _cyrillicLettersAndMarks = _interopRequireDefault(require_cyrillicLettersAndMarks());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validUrlBalancedParens = _interopRequireDefault(require_validUrlBalancedParens());
    var validUrlPathEndingChars = (0, _regexSupplant["default"])(/[\+\-a-z#{cyrillicLettersAndMarks}0-9=_#\/#{latinAccentChars}]|(?:#{validUrlBalancedParens})/i, {
      cyrillicLettersAndMarks: _cyrillicLettersAndMarks["default"],
      latinAccentChars: _latinAccentChars["default"],
      validUrlBalancedParens: _validUrlBalancedParens["default"]
    });
    var _default = validUrlPathEndingChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlPath.js
var require_validUrlPath = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlPath.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validGeneralUrlPathChars = _interopRequireDefault(require_validGeneralUrlPathChars());
    var _validUrlBalancedParens = _interopRequireDefault(require_validUrlBalancedParens());
    var _validUrlPathEndingChars = _interopRequireDefault(require_validUrlPathEndingChars());
    var validUrlPath = (0, _regexSupplant["default"])("(?:(?:#{validGeneralUrlPathChars}*(?:#{validUrlBalancedParens}#{validGeneralUrlPathChars}*)*#{validUrlPathEndingChars})|(?:@#{validGeneralUrlPathChars}+/))", {
      validGeneralUrlPathChars: _validGeneralUrlPathChars["default"],
      validUrlBalancedParens: _validUrlBalancedParens["default"],
      validUrlPathEndingChars: _validUrlPathEndingChars["default"]
    }, "i");
    var _default = validUrlPath;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlPrecedingChars.js
var require_validUrlPrecedingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlPrecedingChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _directionalMarkersGroup = _interopRequireDefault(require_directionalMarkersGroup());
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validUrlPrecedingChars = (0, _regexSupplant["default"])(/(?:[^A-Za-z0-9@＠$#＃#{invalidCharsGroup}]|[#{directionalMarkersGroup}]|^)/, {
      invalidCharsGroup: _invalidCharsGroup["default"],
      directionalMarkersGroup: _directionalMarkersGroup["default"]
    });
    var _default = validUrlPrecedingChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlQueryChars.js
var require_validUrlQueryChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlQueryChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validUrlQueryChars = /[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]/i;
    var _default = validUrlQueryChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlQueryEndingChars.js
var require_validUrlQueryEndingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlQueryEndingChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validUrlQueryEndingChars = /[a-z0-9\-_&=#\/]/i;
    var _default = validUrlQueryEndingChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/extractUrl.js
var require_extractUrl = __commonJS({
  "node_modules/twitter-text/dist/regexp/extractUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validDomain = _interopRequireDefault(require_validDomain());
    var _validPortNumber = _interopRequireDefault(require_validPortNumber());
    var _validUrlPath = _interopRequireDefault(require_validUrlPath());
    var _validUrlPrecedingChars = _interopRequireDefault(require_validUrlPrecedingChars());
    var _validUrlQueryChars = _interopRequireDefault(require_validUrlQueryChars());
    var _validUrlQueryEndingChars = _interopRequireDefault(require_validUrlQueryEndingChars());
    var extractUrl = (0, _regexSupplant["default"])("((#{validUrlPrecedingChars})((https?:\\/\\/)?(#{validDomain})(?::(#{validPortNumber}))?(\\/#{validUrlPath}*)?(\\?#{validUrlQueryChars}*#{validUrlQueryEndingChars})?))", {
      validUrlPrecedingChars: _validUrlPrecedingChars["default"],
      validDomain: _validDomain["default"],
      validPortNumber: _validPortNumber["default"],
      validUrlPath: _validUrlPath["default"],
      validUrlQueryChars: _validUrlQueryChars["default"],
      validUrlQueryEndingChars: _validUrlQueryEndingChars["default"]
    }, "gi");
    var _default = extractUrl;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/invalidUrlWithoutProtocolPrecedingChars.js
var require_invalidUrlWithoutProtocolPrecedingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidUrlWithoutProtocolPrecedingChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var invalidUrlWithoutProtocolPrecedingChars = /[-_.\/]$/;
    var _default = invalidUrlWithoutProtocolPrecedingChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_species-constructor.js
var require_species_constructor = __commonJS({
  "node_modules/core-js/modules/_species-constructor.js"(exports, module) {
    var anObject = require_an_object();
    var aFunction = require_a_function();
    var SPECIES = require_wks()("species");
    module.exports = function(O, D) {
      var C = anObject(O).constructor;
      var S;
      return C === void 0 || (S = anObject(C)[SPECIES]) == void 0 ? D : aFunction(S);
    };
  }
});

// node_modules/core-js/modules/es6.regexp.split.js
var require_es6_regexp_split = __commonJS({
  "node_modules/core-js/modules/es6.regexp.split.js"() {
    "use strict";
    var isRegExp = require_is_regexp();
    var anObject = require_an_object();
    var speciesConstructor = require_species_constructor();
    var advanceStringIndex = require_advance_string_index();
    var toLength = require_to_length();
    var callRegExpExec = require_regexp_exec_abstract();
    var regexpExec = require_regexp_exec();
    var fails = require_fails();
    var $min = Math.min;
    var $push = [].push;
    var $SPLIT = "split";
    var LENGTH = "length";
    var LAST_INDEX = "lastIndex";
    var MAX_UINT32 = 4294967295;
    var SUPPORTS_Y = !fails(function() {
      RegExp(MAX_UINT32, "y");
    });
    require_fix_re_wks()("split", 2, function(defined, SPLIT, $split, maybeCallNative) {
      var internalSplit;
      if ("abbc"[$SPLIT](/(b)*/)[1] == "c" || "test"[$SPLIT](/(?:)/, -1)[LENGTH] != 4 || "ab"[$SPLIT](/(?:ab)*/)[LENGTH] != 2 || "."[$SPLIT](/(.?)(.?)/)[LENGTH] != 4 || "."[$SPLIT](/()()/)[LENGTH] > 1 || ""[$SPLIT](/.?/)[LENGTH]) {
        internalSplit = function(separator, limit) {
          var string = String(this);
          if (separator === void 0 && limit === 0) return [];
          if (!isRegExp(separator)) return $split.call(string, separator, limit);
          var output = [];
          var flags = (separator.ignoreCase ? "i" : "") + (separator.multiline ? "m" : "") + (separator.unicode ? "u" : "") + (separator.sticky ? "y" : "");
          var lastLastIndex = 0;
          var splitLimit = limit === void 0 ? MAX_UINT32 : limit >>> 0;
          var separatorCopy = new RegExp(separator.source, flags + "g");
          var match, lastIndex, lastLength;
          while (match = regexpExec.call(separatorCopy, string)) {
            lastIndex = separatorCopy[LAST_INDEX];
            if (lastIndex > lastLastIndex) {
              output.push(string.slice(lastLastIndex, match.index));
              if (match[LENGTH] > 1 && match.index < string[LENGTH]) $push.apply(output, match.slice(1));
              lastLength = match[0][LENGTH];
              lastLastIndex = lastIndex;
              if (output[LENGTH] >= splitLimit) break;
            }
            if (separatorCopy[LAST_INDEX] === match.index) separatorCopy[LAST_INDEX]++;
          }
          if (lastLastIndex === string[LENGTH]) {
            if (lastLength || !separatorCopy.test("")) output.push("");
          } else output.push(string.slice(lastLastIndex));
          return output[LENGTH] > splitLimit ? output.slice(0, splitLimit) : output;
        };
      } else if ("0"[$SPLIT](void 0, 0)[LENGTH]) {
        internalSplit = function(separator, limit) {
          return separator === void 0 && limit === 0 ? [] : $split.call(this, separator, limit);
        };
      } else {
        internalSplit = $split;
      }
      return [
        // `String.prototype.split` method
        // https://tc39.github.io/ecma262/#sec-string.prototype.split
        function split(separator, limit) {
          var O = defined(this);
          var splitter = separator == void 0 ? void 0 : separator[SPLIT];
          return splitter !== void 0 ? splitter.call(separator, O, limit) : internalSplit.call(String(O), separator, limit);
        },
        // `RegExp.prototype[@@split]` method
        // https://tc39.github.io/ecma262/#sec-regexp.prototype-@@split
        //
        // NOTE: This cannot be properly polyfilled in engines that don't support
        // the 'y' flag.
        function(regexp, limit) {
          var res = maybeCallNative(internalSplit, regexp, this, limit, internalSplit !== $split);
          if (res.done) return res.value;
          var rx = anObject(regexp);
          var S = String(this);
          var C = speciesConstructor(rx, RegExp);
          var unicodeMatching = rx.unicode;
          var flags = (rx.ignoreCase ? "i" : "") + (rx.multiline ? "m" : "") + (rx.unicode ? "u" : "") + (SUPPORTS_Y ? "y" : "g");
          var splitter = new C(SUPPORTS_Y ? rx : "^(?:" + rx.source + ")", flags);
          var lim = limit === void 0 ? MAX_UINT32 : limit >>> 0;
          if (lim === 0) return [];
          if (S.length === 0) return callRegExpExec(splitter, S) === null ? [S] : [];
          var p = 0;
          var q = 0;
          var A = [];
          while (q < S.length) {
            splitter.lastIndex = SUPPORTS_Y ? q : 0;
            var z = callRegExpExec(splitter, SUPPORTS_Y ? S : S.slice(q));
            var e;
            if (z === null || (e = $min(toLength(splitter.lastIndex + (SUPPORTS_Y ? 0 : q)), S.length)) === p) {
              q = advanceStringIndex(S, q, unicodeMatching);
            } else {
              A.push(S.slice(p, q));
              if (A.length === lim) return A;
              for (var i = 1; i <= z.length - 1; i++) {
                A.push(z[i]);
                if (A.length === lim) return A;
              }
              q = p = e;
            }
          }
          A.push(S.slice(p));
          return A;
        }
      ];
    });
  }
});

// node_modules/twitter-text/dist/regexp/validAsciiDomain.js
var require_validAsciiDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validAsciiDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validCCTLD = _interopRequireDefault(require_validCCTLD());
    var _validGTLD = _interopRequireDefault(require_validGTLD());
    var _validPunycode = _interopRequireDefault(require_validPunycode());
    var validAsciiDomain = (0, _regexSupplant["default"])(/(?:(?:[\-a-z0-9#{latinAccentChars}]+)\.)+(?:#{validGTLD}|#{validCCTLD}|#{validPunycode})/gi, {
      latinAccentChars: _latinAccentChars["default"],
      validGTLD: _validGTLD["default"],
      validCCTLD: _validCCTLD["default"],
      validPunycode: _validPunycode["default"]
    });
    var _default = validAsciiDomain;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/idna.js
var require_idna = __commonJS({
  "node_modules/twitter-text/dist/lib/idna.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_split();
    require_es6_regexp_match();
    var _punycode = _interopRequireDefault(__require("punycode"));
    var _validAsciiDomain = _interopRequireDefault(require_validAsciiDomain());
    var MAX_DOMAIN_LABEL_LENGTH = 63;
    var PUNYCODE_ENCODED_DOMAIN_PREFIX = "xn--";
    var idna = {
      toAscii: function toAscii(domain) {
        if (domain.substring(0, 4) === PUNYCODE_ENCODED_DOMAIN_PREFIX && !domain.match(_validAsciiDomain["default"])) {
          return;
        }
        var labels = domain.split(".");
        for (var i = 0; i < labels.length; i++) {
          var label = labels[i];
          var punycodeEncodedLabel = _punycode["default"].toASCII(label);
          if (punycodeEncodedLabel.length < 1 || punycodeEncodedLabel.length > MAX_DOMAIN_LABEL_LENGTH) {
            return;
          }
        }
        return labels.join(".");
      }
    };
    var _default = idna;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validTcoUrl.js
var require_validTcoUrl = __commonJS({
  "node_modules/twitter-text/dist/regexp/validTcoUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validUrlQueryChars = _interopRequireDefault(require_validUrlQueryChars());
    var _validUrlQueryEndingChars = _interopRequireDefault(require_validUrlQueryEndingChars());
    var validTcoUrl = (0, _regexSupplant["default"])(/^https?:\/\/t\.co\/([a-z0-9]+)(?:\?#{validUrlQueryChars}*#{validUrlQueryEndingChars})?/, {
      validUrlQueryChars: _validUrlQueryChars["default"],
      validUrlQueryEndingChars: _validUrlQueryEndingChars["default"]
    }, "i");
    var _default = validTcoUrl;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractUrlsWithIndices.js
var require_extractUrlsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractUrlsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_index_of();
    require_es6_regexp_replace();
    require_es6_regexp_constructor();
    require_es6_regexp_match();
    var _extractUrl = _interopRequireDefault(require_extractUrl());
    var _invalidUrlWithoutProtocolPrecedingChars = _interopRequireDefault(require_invalidUrlWithoutProtocolPrecedingChars());
    var _idna = _interopRequireDefault(require_idna());
    var _validAsciiDomain = _interopRequireDefault(require_validAsciiDomain());
    var _validTcoUrl = _interopRequireDefault(require_validTcoUrl());
    var DEFAULT_PROTOCOL = "https://";
    var DEFAULT_PROTOCOL_OPTIONS = {
      extractUrlsWithoutProtocol: true
    };
    var MAX_URL_LENGTH = 4096;
    var MAX_TCO_SLUG_LENGTH = 40;
    var extractUrlsWithIndices = function extractUrlsWithIndices2(text) {
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : DEFAULT_PROTOCOL_OPTIONS;
      if (!text || (options.extractUrlsWithoutProtocol ? !text.match(/\./) : !text.match(/:/))) {
        return [];
      }
      var urls = [];
      var _loop = function _loop2() {
        var before = RegExp.$2;
        var url = RegExp.$3;
        var protocol = RegExp.$4;
        var domain = RegExp.$5;
        var path2 = RegExp.$7;
        var endPosition = _extractUrl["default"].lastIndex;
        var startPosition = endPosition - url.length;
        if (!isValidUrl(url, protocol || DEFAULT_PROTOCOL, domain)) {
          return "continue";
        }
        if (!protocol) {
          if (!options.extractUrlsWithoutProtocol || before.match(_invalidUrlWithoutProtocolPrecedingChars["default"])) {
            return "continue";
          }
          var lastUrl = null;
          var asciiEndPosition = 0;
          domain.replace(_validAsciiDomain["default"], function(asciiDomain) {
            var asciiStartPosition = domain.indexOf(asciiDomain, asciiEndPosition);
            asciiEndPosition = asciiStartPosition + asciiDomain.length;
            lastUrl = {
              url: asciiDomain,
              indices: [startPosition + asciiStartPosition, startPosition + asciiEndPosition]
            };
            urls.push(lastUrl);
          });
          if (lastUrl == null) {
            return "continue";
          }
          if (path2) {
            lastUrl.url = url.replace(domain, lastUrl.url);
            lastUrl.indices[1] = endPosition;
          }
        } else {
          if (url.match(_validTcoUrl["default"])) {
            var tcoUrlSlug = RegExp.$1;
            if (tcoUrlSlug && tcoUrlSlug.length > MAX_TCO_SLUG_LENGTH) {
              return "continue";
            } else {
              url = RegExp.lastMatch;
              endPosition = startPosition + url.length;
            }
          }
          urls.push({
            url,
            indices: [startPosition, endPosition]
          });
        }
      };
      while (_extractUrl["default"].exec(text)) {
        var _ret = _loop();
        if (_ret === "continue") continue;
      }
      return urls;
    };
    var isValidUrl = function isValidUrl2(url, protocol, domain) {
      var urlLength = url.length;
      var punycodeEncodedDomain = _idna["default"].toAscii(domain);
      if (!punycodeEncodedDomain || !punycodeEncodedDomain.length) {
        return false;
      }
      urlLength = urlLength + punycodeEncodedDomain.length - domain.length;
      return protocol.length + urlLength <= MAX_URL_LENGTH;
    };
    var _default = extractUrlsWithIndices;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.array.sort.js
var require_es6_array_sort = __commonJS({
  "node_modules/core-js/modules/es6.array.sort.js"() {
    "use strict";
    var $export = require_export();
    var aFunction = require_a_function();
    var toObject = require_to_object();
    var fails = require_fails();
    var $sort = [].sort;
    var test = [1, 2, 3];
    $export($export.P + $export.F * (fails(function() {
      test.sort(void 0);
    }) || !fails(function() {
      test.sort(null);
    }) || !require_strict_method()($sort)), "Array", {
      // 22.1.3.25 Array.prototype.sort(comparefn)
      sort: function sort(comparefn) {
        return comparefn === void 0 ? $sort.call(toObject(this)) : $sort.call(toObject(this), aFunction(comparefn));
      }
    });
  }
});

// node_modules/twitter-text/dist/removeOverlappingEntities.js
var require_removeOverlappingEntities = __commonJS({
  "node_modules/twitter-text/dist/removeOverlappingEntities.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_array_sort();
    function _default(entities) {
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var prev = entities[0];
      for (var i = 1; i < entities.length; i++) {
        if (prev.indices[1] > entities[i].indices[0]) {
          entities.splice(i, 1);
          i--;
        } else {
          prev = entities[i];
        }
      }
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/astralLetterAndMarks.js
var require_astralLetterAndMarks = __commonJS({
  "node_modules/twitter-text/dist/regexp/astralLetterAndMarks.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var astralLetterAndMarks = /\ud800[\udc00-\udc0b\udc0d-\udc26\udc28-\udc3a\udc3c\udc3d\udc3f-\udc4d\udc50-\udc5d\udc80-\udcfa\uddfd\ude80-\ude9c\udea0-\uded0\udee0\udf00-\udf1f\udf30-\udf40\udf42-\udf49\udf50-\udf7a\udf80-\udf9d\udfa0-\udfc3\udfc8-\udfcf]|\ud801[\udc00-\udc9d\udd00-\udd27\udd30-\udd63\ude00-\udf36\udf40-\udf55\udf60-\udf67]|\ud802[\udc00-\udc05\udc08\udc0a-\udc35\udc37\udc38\udc3c\udc3f-\udc55\udc60-\udc76\udc80-\udc9e\udd00-\udd15\udd20-\udd39\udd80-\uddb7\uddbe\uddbf\ude00-\ude03\ude05\ude06\ude0c-\ude13\ude15-\ude17\ude19-\ude33\ude38-\ude3a\ude3f\ude60-\ude7c\ude80-\ude9c\udec0-\udec7\udec9-\udee6\udf00-\udf35\udf40-\udf55\udf60-\udf72\udf80-\udf91]|\ud803[\udc00-\udc48]|\ud804[\udc00-\udc46\udc7f-\udcba\udcd0-\udce8\udd00-\udd34\udd50-\udd73\udd76\udd80-\uddc4\uddda\ude00-\ude11\ude13-\ude37\udeb0-\udeea\udf01-\udf03\udf05-\udf0c\udf0f\udf10\udf13-\udf28\udf2a-\udf30\udf32\udf33\udf35-\udf39\udf3c-\udf44\udf47\udf48\udf4b-\udf4d\udf57\udf5d-\udf63\udf66-\udf6c\udf70-\udf74]|\ud805[\udc80-\udcc5\udcc7\udd80-\uddb5\uddb8-\uddc0\ude00-\ude40\ude44\ude80-\udeb7]|\ud806[\udca0-\udcdf\udcff\udec0-\udef8]|\ud808[\udc00-\udf98]|\ud80c[\udc00-\udfff]|\ud80d[\udc00-\udc2e]|\ud81a[\udc00-\ude38\ude40-\ude5e\uded0-\udeed\udef0-\udef4\udf00-\udf36\udf40-\udf43\udf63-\udf77\udf7d-\udf8f]|\ud81b[\udf00-\udf44\udf50-\udf7e\udf8f-\udf9f]|\ud82c[\udc00\udc01]|\ud82f[\udc00-\udc6a\udc70-\udc7c\udc80-\udc88\udc90-\udc99\udc9d\udc9e]|\ud834[\udd65-\udd69\udd6d-\udd72\udd7b-\udd82\udd85-\udd8b\uddaa-\uddad\ude42-\ude44]|\ud835[\udc00-\udc54\udc56-\udc9c\udc9e\udc9f\udca2\udca5\udca6\udca9-\udcac\udcae-\udcb9\udcbb\udcbd-\udcc3\udcc5-\udd05\udd07-\udd0a\udd0d-\udd14\udd16-\udd1c\udd1e-\udd39\udd3b-\udd3e\udd40-\udd44\udd46\udd4a-\udd50\udd52-\udea5\udea8-\udec0\udec2-\udeda\udedc-\udefa\udefc-\udf14\udf16-\udf34\udf36-\udf4e\udf50-\udf6e\udf70-\udf88\udf8a-\udfa8\udfaa-\udfc2\udfc4-\udfcb]|\ud83a[\udc00-\udcc4\udcd0-\udcd6]|\ud83b[\ude00-\ude03\ude05-\ude1f\ude21\ude22\ude24\ude27\ude29-\ude32\ude34-\ude37\ude39\ude3b\ude42\ude47\ude49\ude4b\ude4d-\ude4f\ude51\ude52\ude54\ude57\ude59\ude5b\ude5d\ude5f\ude61\ude62\ude64\ude67-\ude6a\ude6c-\ude72\ude74-\ude77\ude79-\ude7c\ude7e\ude80-\ude89\ude8b-\ude9b\udea1-\udea3\udea5-\udea9\udeab-\udebb]|\ud840[\udc00-\udfff]|\ud841[\udc00-\udfff]|\ud842[\udc00-\udfff]|\ud843[\udc00-\udfff]|\ud844[\udc00-\udfff]|\ud845[\udc00-\udfff]|\ud846[\udc00-\udfff]|\ud847[\udc00-\udfff]|\ud848[\udc00-\udfff]|\ud849[\udc00-\udfff]|\ud84a[\udc00-\udfff]|\ud84b[\udc00-\udfff]|\ud84c[\udc00-\udfff]|\ud84d[\udc00-\udfff]|\ud84e[\udc00-\udfff]|\ud84f[\udc00-\udfff]|\ud850[\udc00-\udfff]|\ud851[\udc00-\udfff]|\ud852[\udc00-\udfff]|\ud853[\udc00-\udfff]|\ud854[\udc00-\udfff]|\ud855[\udc00-\udfff]|\ud856[\udc00-\udfff]|\ud857[\udc00-\udfff]|\ud858[\udc00-\udfff]|\ud859[\udc00-\udfff]|\ud85a[\udc00-\udfff]|\ud85b[\udc00-\udfff]|\ud85c[\udc00-\udfff]|\ud85d[\udc00-\udfff]|\ud85e[\udc00-\udfff]|\ud85f[\udc00-\udfff]|\ud860[\udc00-\udfff]|\ud861[\udc00-\udfff]|\ud862[\udc00-\udfff]|\ud863[\udc00-\udfff]|\ud864[\udc00-\udfff]|\ud865[\udc00-\udfff]|\ud866[\udc00-\udfff]|\ud867[\udc00-\udfff]|\ud868[\udc00-\udfff]|\ud869[\udc00-\uded6\udf00-\udfff]|\ud86a[\udc00-\udfff]|\ud86b[\udc00-\udfff]|\ud86c[\udc00-\udfff]|\ud86d[\udc00-\udf34\udf40-\udfff]|\ud86e[\udc00-\udc1d]|\ud87e[\udc00-\ude1d]|\udb40[\udd00-\uddef]/;
    var _default = astralLetterAndMarks;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/bmpLetterAndMarks.js
var require_bmpLetterAndMarks = __commonJS({
  "node_modules/twitter-text/dist/regexp/bmpLetterAndMarks.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var bmpLetterAndMarks = /A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0300-\u0374\u0376\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u0483-\u052f\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u05d0-\u05ea\u05f0-\u05f2\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06ef\u06fa-\u06fc\u06ff\u0710-\u074a\u074d-\u07b1\u07ca-\u07f5\u07fa\u0800-\u082d\u0840-\u085b\u08a0-\u08b2\u08e4-\u0963\u0971-\u0983\u0985-\u098c\u098f\u0990\u0993-\u09a8\u09aa-\u09b0\u09b2\u09b6-\u09b9\u09bc-\u09c4\u09c7\u09c8\u09cb-\u09ce\u09d7\u09dc\u09dd\u09df-\u09e3\u09f0\u09f1\u0a01-\u0a03\u0a05-\u0a0a\u0a0f\u0a10\u0a13-\u0a28\u0a2a-\u0a30\u0a32\u0a33\u0a35\u0a36\u0a38\u0a39\u0a3c\u0a3e-\u0a42\u0a47\u0a48\u0a4b-\u0a4d\u0a51\u0a59-\u0a5c\u0a5e\u0a70-\u0a75\u0a81-\u0a83\u0a85-\u0a8d\u0a8f-\u0a91\u0a93-\u0aa8\u0aaa-\u0ab0\u0ab2\u0ab3\u0ab5-\u0ab9\u0abc-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ad0\u0ae0-\u0ae3\u0b01-\u0b03\u0b05-\u0b0c\u0b0f\u0b10\u0b13-\u0b28\u0b2a-\u0b30\u0b32\u0b33\u0b35-\u0b39\u0b3c-\u0b44\u0b47\u0b48\u0b4b-\u0b4d\u0b56\u0b57\u0b5c\u0b5d\u0b5f-\u0b63\u0b71\u0b82\u0b83\u0b85-\u0b8a\u0b8e-\u0b90\u0b92-\u0b95\u0b99\u0b9a\u0b9c\u0b9e\u0b9f\u0ba3\u0ba4\u0ba8-\u0baa\u0bae-\u0bb9\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd0\u0bd7\u0c00-\u0c03\u0c05-\u0c0c\u0c0e-\u0c10\u0c12-\u0c28\u0c2a-\u0c39\u0c3d-\u0c44\u0c46-\u0c48\u0c4a-\u0c4d\u0c55\u0c56\u0c58\u0c59\u0c60-\u0c63\u0c81-\u0c83\u0c85-\u0c8c\u0c8e-\u0c90\u0c92-\u0ca8\u0caa-\u0cb3\u0cb5-\u0cb9\u0cbc-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd\u0cd5\u0cd6\u0cde\u0ce0-\u0ce3\u0cf1\u0cf2\u0d01-\u0d03\u0d05-\u0d0c\u0d0e-\u0d10\u0d12-\u0d3a\u0d3d-\u0d44\u0d46-\u0d48\u0d4a-\u0d4e\u0d57\u0d60-\u0d63\u0d7a-\u0d7f\u0d82\u0d83\u0d85-\u0d96\u0d9a-\u0db1\u0db3-\u0dbb\u0dbd\u0dc0-\u0dc6\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2\u0df3\u0e01-\u0e3a\u0e40-\u0e4e\u0e81\u0e82\u0e84\u0e87\u0e88\u0e8a\u0e8d\u0e94-\u0e97\u0e99-\u0e9f\u0ea1-\u0ea3\u0ea5\u0ea7\u0eaa\u0eab\u0ead-\u0eb9\u0ebb-\u0ebd\u0ec0-\u0ec4\u0ec6\u0ec8-\u0ecd\u0edc-\u0edf\u0f00\u0f18\u0f19\u0f35\u0f37\u0f39\u0f3e-\u0f47\u0f49-\u0f6c\u0f71-\u0f84\u0f86-\u0f97\u0f99-\u0fbc\u0fc6\u1000-\u103f\u1050-\u108f\u109a-\u109d\u10a0-\u10c5\u10c7\u10cd\u10d0-\u10fa\u10fc-\u1248\u124a-\u124d\u1250-\u1256\u1258\u125a-\u125d\u1260-\u1288\u128a-\u128d\u1290-\u12b0\u12b2-\u12b5\u12b8-\u12be\u12c0\u12c2-\u12c5\u12c8-\u12d6\u12d8-\u1310\u1312-\u1315\u1318-\u135a\u135d-\u135f\u1380-\u138f\u13a0-\u13f4\u1401-\u166c\u166f-\u167f\u1681-\u169a\u16a0-\u16ea\u16f1-\u16f8\u1700-\u170c\u170e-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176c\u176e-\u1770\u1772\u1773\u1780-\u17d3\u17d7\u17dc\u17dd\u180b-\u180d\u1820-\u1877\u1880-\u18aa\u18b0-\u18f5\u1900-\u191e\u1920-\u192b\u1930-\u193b\u1950-\u196d\u1970-\u1974\u1980-\u19ab\u19b0-\u19c9\u1a00-\u1a1b\u1a20-\u1a5e\u1a60-\u1a7c\u1a7f\u1aa7\u1ab0-\u1abe\u1b00-\u1b4b\u1b6b-\u1b73\u1b80-\u1baf\u1bba-\u1bf3\u1c00-\u1c37\u1c4d-\u1c4f\u1c5a-\u1c7d\u1cd0-\u1cd2\u1cd4-\u1cf6\u1cf8\u1cf9\u1d00-\u1df5\u1dfc-\u1f15\u1f18-\u1f1d\u1f20-\u1f45\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fcc\u1fd0-\u1fd3\u1fd6-\u1fdb\u1fe0-\u1fec\u1ff2-\u1ff4\u1ff6-\u1ffc\u2071\u207f\u2090-\u209c\u20d0-\u20f0\u2102\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u212f-\u2139\u213c-\u213f\u2145-\u2149\u214e\u2183\u2184\u2c00-\u2c2e\u2c30-\u2c5e\u2c60-\u2ce4\u2ceb-\u2cf3\u2d00-\u2d25\u2d27\u2d2d\u2d30-\u2d67\u2d6f\u2d7f-\u2d96\u2da0-\u2da6\u2da8-\u2dae\u2db0-\u2db6\u2db8-\u2dbe\u2dc0-\u2dc6\u2dc8-\u2dce\u2dd0-\u2dd6\u2dd8-\u2dde\u2de0-\u2dff\u2e2f\u3005\u3006\u302a-\u302f\u3031-\u3035\u303b\u303c\u3041-\u3096\u3099\u309a\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312d\u3131-\u318e\u31a0-\u31ba\u31f0-\u31ff\u3400-\u4db5\u4e00-\u9fcc\ua000-\ua48c\ua4d0-\ua4fd\ua500-\ua60c\ua610-\ua61f\ua62a\ua62b\ua640-\ua672\ua674-\ua67d\ua67f-\ua69d\ua69f-\ua6e5\ua6f0\ua6f1\ua717-\ua71f\ua722-\ua788\ua78b-\ua78e\ua790-\ua7ad\ua7b0\ua7b1\ua7f7-\ua827\ua840-\ua873\ua880-\ua8c4\ua8e0-\ua8f7\ua8fb\ua90a-\ua92d\ua930-\ua953\ua960-\ua97c\ua980-\ua9c0\ua9cf\ua9e0-\ua9ef\ua9fa-\ua9fe\uaa00-\uaa36\uaa40-\uaa4d\uaa60-\uaa76\uaa7a-\uaac2\uaadb-\uaadd\uaae0-\uaaef\uaaf2-\uaaf6\uab01-\uab06\uab09-\uab0e\uab11-\uab16\uab20-\uab26\uab28-\uab2e\uab30-\uab5a\uab5c-\uab5f\uab64\uab65\uabc0-\uabea\uabec\uabed\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uf870-\uf87f\uf882\uf884-\uf89f\uf8b8\uf8c1-\uf8d6\uf900-\ufa6d\ufa70-\ufad9\ufb00-\ufb06\ufb13-\ufb17\ufb1d-\ufb28\ufb2a-\ufb36\ufb38-\ufb3c\ufb3e\ufb40\ufb41\ufb43\ufb44\ufb46-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdfb\ufe00-\ufe0f\ufe20-\ufe2d\ufe70-\ufe74\ufe76-\ufefc\uff21-\uff3a\uff41-\uff5a\uff66-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc/;
    var _default = bmpLetterAndMarks;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/nonBmpCodePairs.js
var require_nonBmpCodePairs = __commonJS({
  "node_modules/twitter-text/dist/regexp/nonBmpCodePairs.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var nonBmpCodePairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/gm;
    var _default = nonBmpCodePairs;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagAlpha.js
var require_hashtagAlpha = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagAlpha.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _astralLetterAndMarks = _interopRequireDefault(require_astralLetterAndMarks());
    var _bmpLetterAndMarks = _interopRequireDefault(require_bmpLetterAndMarks());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var hashtagAlpha = (0, _regexSupplant["default"])(/(?:[#{bmpLetterAndMarks}]|(?=#{nonBmpCodePairs})(?:#{astralLetterAndMarks}))/, {
      bmpLetterAndMarks: _bmpLetterAndMarks["default"],
      nonBmpCodePairs: _nonBmpCodePairs["default"],
      astralLetterAndMarks: _astralLetterAndMarks["default"]
    });
    var _default = hashtagAlpha;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/astralNumerals.js
var require_astralNumerals = __commonJS({
  "node_modules/twitter-text/dist/regexp/astralNumerals.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var astralNumerals = /\ud801[\udca0-\udca9]|\ud804[\udc66-\udc6f\udcf0-\udcf9\udd36-\udd3f\uddd0-\uddd9\udef0-\udef9]|\ud805[\udcd0-\udcd9\ude50-\ude59\udec0-\udec9]|\ud806[\udce0-\udce9]|\ud81a[\ude60-\ude69\udf50-\udf59]|\ud835[\udfce-\udfff]/;
    var _default = astralNumerals;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/bmpNumerals.js
var require_bmpNumerals = __commonJS({
  "node_modules/twitter-text/dist/regexp/bmpNumerals.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var bmpNumerals = /0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19/;
    var _default = bmpNumerals;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagSpecialChars.js
var require_hashtagSpecialChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagSpecialChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var hashtagSpecialChars = /_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\xb7/;
    var _default = hashtagSpecialChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagAlphaNumeric.js
var require_hashtagAlphaNumeric = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagAlphaNumeric.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _astralLetterAndMarks = _interopRequireDefault(require_astralLetterAndMarks());
    var _astralNumerals = _interopRequireDefault(require_astralNumerals());
    var _bmpLetterAndMarks = _interopRequireDefault(require_bmpLetterAndMarks());
    var _bmpNumerals = _interopRequireDefault(require_bmpNumerals());
    var _hashtagSpecialChars = _interopRequireDefault(require_hashtagSpecialChars());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var hashtagAlphaNumeric = (0, _regexSupplant["default"])(/(?:[#{bmpLetterAndMarks}#{bmpNumerals}#{hashtagSpecialChars}]|(?=#{nonBmpCodePairs})(?:#{astralLetterAndMarks}|#{astralNumerals}))/, {
      bmpLetterAndMarks: _bmpLetterAndMarks["default"],
      bmpNumerals: _bmpNumerals["default"],
      hashtagSpecialChars: _hashtagSpecialChars["default"],
      nonBmpCodePairs: _nonBmpCodePairs["default"],
      astralLetterAndMarks: _astralLetterAndMarks["default"],
      astralNumerals: _astralNumerals["default"]
    });
    var _default = hashtagAlphaNumeric;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/codePoint.js
var require_codePoint = __commonJS({
  "node_modules/twitter-text/dist/regexp/codePoint.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var codePoint = /(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])/;
    var _default = codePoint;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagBoundary.js
var require_hashtagBoundary = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagBoundary.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _codePoint = _interopRequireDefault(require_codePoint());
    var _hashtagAlphaNumeric = _interopRequireDefault(require_hashtagAlphaNumeric());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var hashtagBoundary = (0, _regexSupplant["default"])(/(?:^|\uFE0E|\uFE0F|$|(?!#{hashtagAlphaNumeric}|&)#{codePoint})/, {
      codePoint: _codePoint["default"],
      hashtagAlphaNumeric: _hashtagAlphaNumeric["default"]
    });
    var _default = hashtagBoundary;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validHashtag.js
var require_validHashtag = __commonJS({
  "node_modules/twitter-text/dist/regexp/validHashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _hashtagAlpha = _interopRequireDefault(require_hashtagAlpha());
    var _hashtagAlphaNumeric = _interopRequireDefault(require_hashtagAlphaNumeric());
    var _hashtagBoundary = _interopRequireDefault(require_hashtagBoundary());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validHashtag = (0, _regexSupplant["default"])(/(#{hashtagBoundary})(#{hashSigns})(?!\uFE0F|\u20E3)(#{hashtagAlphaNumeric}*#{hashtagAlpha}#{hashtagAlphaNumeric}*)/gi, {
      hashtagBoundary: _hashtagBoundary["default"],
      hashSigns: _hashSigns["default"],
      hashtagAlphaNumeric: _hashtagAlphaNumeric["default"],
      hashtagAlpha: _hashtagAlpha["default"]
    });
    var _default = validHashtag;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractHashtagsWithIndices.js
var require_extractHashtagsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractHashtagsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_replace();
    require_es6_regexp_match();
    var _endHashtagMatch = _interopRequireDefault(require_endHashtagMatch());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _removeOverlappingEntities = _interopRequireDefault(require_removeOverlappingEntities());
    var _validHashtag = _interopRequireDefault(require_validHashtag());
    var extractHashtagsWithIndices = function extractHashtagsWithIndices2(text, options) {
      if (!options) {
        options = {
          checkUrlOverlap: true
        };
      }
      if (!text || !text.match(_hashSigns["default"])) {
        return [];
      }
      var tags = [];
      text.replace(_validHashtag["default"], function(match, before, hash, hashText, offset, chunk) {
        var after = chunk.slice(offset + match.length);
        if (after.match(_endHashtagMatch["default"])) {
          return;
        }
        var startPosition = offset + before.length;
        var endPosition = startPosition + hashText.length + 1;
        tags.push({
          hashtag: hashText,
          indices: [startPosition, endPosition]
        });
      });
      if (options.checkUrlOverlap) {
        var urls = (0, _extractUrlsWithIndices["default"])(text);
        if (urls.length > 0) {
          var entities = tags.concat(urls);
          (0, _removeOverlappingEntities["default"])(entities);
          tags = [];
          for (var i = 0; i < entities.length; i++) {
            if (entities[i].hashtag) {
              tags.push(entities[i]);
            }
          }
        }
      }
      return tags;
    };
    var _default = extractHashtagsWithIndices;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/atSigns.js
var require_atSigns = __commonJS({
  "node_modules/twitter-text/dist/regexp/atSigns.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var atSigns = /[@＠]/;
    var _default = atSigns;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/endMentionMatch.js
var require_endMentionMatch = __commonJS({
  "node_modules/twitter-text/dist/regexp/endMentionMatch.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var endMentionMatch = (0, _regexSupplant["default"])(/^(?:#{atSigns}|[#{latinAccentChars}]|:\/\/)/, {
      atSigns: _atSigns["default"],
      latinAccentChars: _latinAccentChars["default"]
    });
    var _default = endMentionMatch;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validMentionPrecedingChars.js
var require_validMentionPrecedingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validMentionPrecedingChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validMentionPrecedingChars = /(?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)/;
    var _default = validMentionPrecedingChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validMentionOrList.js
var require_validMentionOrList = __commonJS({
  "node_modules/twitter-text/dist/regexp/validMentionOrList.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validMentionPrecedingChars = _interopRequireDefault(require_validMentionPrecedingChars());
    var validMentionOrList = (0, _regexSupplant["default"])(
      "(#{validMentionPrecedingChars})(#{atSigns})([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?",
      // $4: List (optional)
      {
        validMentionPrecedingChars: _validMentionPrecedingChars["default"],
        atSigns: _atSigns["default"]
      },
      "g"
    );
    var _default = validMentionOrList;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractMentionsOrListsWithIndices.js
var require_extractMentionsOrListsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractMentionsOrListsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_replace();
    require_es6_regexp_match();
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _endMentionMatch = _interopRequireDefault(require_endMentionMatch());
    var _validMentionOrList = _interopRequireDefault(require_validMentionOrList());
    function _default(text) {
      if (!text || !text.match(_atSigns["default"])) {
        return [];
      }
      var possibleNames = [];
      text.replace(_validMentionOrList["default"], function(match, before, atSign, screenName, slashListname, offset, chunk) {
        var after = chunk.slice(offset + match.length);
        if (!after.match(_endMentionMatch["default"])) {
          slashListname = slashListname || "";
          var startPosition = offset + before.length;
          var endPosition = startPosition + screenName.length + slashListname.length + 1;
          possibleNames.push({
            screenName,
            listSlug: slashListname,
            indices: [startPosition, endPosition]
          });
        }
      });
      return possibleNames;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractEntitiesWithIndices.js
var require_extractEntitiesWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractEntitiesWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _removeOverlappingEntities = _interopRequireDefault(require_removeOverlappingEntities());
    function _default(text, options) {
      var entities = (0, _extractUrlsWithIndices["default"])(text, options).concat((0, _extractMentionsOrListsWithIndices["default"])(text)).concat((0, _extractHashtagsWithIndices["default"])(text, {
        checkUrlOverlap: false
      })).concat((0, _extractCashtagsWithIndices["default"])(text));
      if (entities.length == 0) {
        return [];
      }
      (0, _removeOverlappingEntities["default"])(entities);
      return entities;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/clone.js
var require_clone = __commonJS({
  "node_modules/twitter-text/dist/lib/clone.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    function _default(o) {
      var r = {};
      for (var k in o) {
        if (o.hasOwnProperty(k)) {
          r[k] = o[k];
        }
      }
      return r;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractHtmlAttrsFromOptions.js
var require_extractHtmlAttrsFromOptions = __commonJS({
  "node_modules/twitter-text/dist/extractHtmlAttrsFromOptions.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var BOOLEAN_ATTRIBUTES = {
      disabled: true,
      readonly: true,
      multiple: true,
      checked: true
    };
    var OPTIONS_NOT_ATTRIBUTES = {
      urlClass: true,
      listClass: true,
      usernameClass: true,
      hashtagClass: true,
      cashtagClass: true,
      usernameUrlBase: true,
      listUrlBase: true,
      hashtagUrlBase: true,
      cashtagUrlBase: true,
      usernameUrlBlock: true,
      listUrlBlock: true,
      hashtagUrlBlock: true,
      linkUrlBlock: true,
      usernameIncludeSymbol: true,
      suppressLists: true,
      suppressNoFollow: true,
      targetBlank: true,
      suppressDataScreenName: true,
      urlEntities: true,
      symbolTag: true,
      textWithSymbolTag: true,
      urlTarget: true,
      invisibleTagAttrs: true,
      linkAttributeBlock: true,
      linkTextBlock: true,
      htmlEscapeNonEntities: true
    };
    function _default(options) {
      var htmlAttrs = {};
      for (var k in options) {
        var v = options[k];
        if (OPTIONS_NOT_ATTRIBUTES[k]) {
          continue;
        }
        if (BOOLEAN_ATTRIBUTES[k]) {
          v = v ? k : null;
        }
        if (v == null) {
          continue;
        }
        htmlAttrs[k] = v;
      }
      return htmlAttrs;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/htmlEscape.js
var require_htmlEscape = __commonJS({
  "node_modules/twitter-text/dist/htmlEscape.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_replace();
    var HTML_ENTITIES = {
      "&": "&amp;",
      ">": "&gt;",
      "<": "&lt;",
      '"': "&quot;",
      "'": "&#39;"
    };
    function _default(text) {
      return text && text.replace(/[&"'><]/g, function(character) {
        return HTML_ENTITIES[character];
      });
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.regexp.flags.js
var require_es6_regexp_flags = __commonJS({
  "node_modules/core-js/modules/es6.regexp.flags.js"() {
    if (require_descriptors() && /./g.flags != "g") require_object_dp().f(RegExp.prototype, "flags", {
      configurable: true,
      get: require_flags()
    });
  }
});

// node_modules/core-js/modules/es6.regexp.to-string.js
var require_es6_regexp_to_string = __commonJS({
  "node_modules/core-js/modules/es6.regexp.to-string.js"() {
    "use strict";
    require_es6_regexp_flags();
    var anObject = require_an_object();
    var $flags = require_flags();
    var DESCRIPTORS = require_descriptors();
    var TO_STRING = "toString";
    var $toString = /./[TO_STRING];
    var define = function(fn) {
      require_redefine()(RegExp.prototype, TO_STRING, fn, true);
    };
    if (require_fails()(function() {
      return $toString.call({ source: "a", flags: "b" }) != "/a/b";
    })) {
      define(function toString() {
        var R = anObject(this);
        return "/".concat(
          R.source,
          "/",
          "flags" in R ? R.flags : !DESCRIPTORS && R instanceof RegExp ? $flags.call(R) : void 0
        );
      });
    } else if ($toString.name != TO_STRING) {
      define(function toString() {
        return $toString.call(this);
      });
    }
  }
});

// node_modules/core-js/modules/es6.date.to-string.js
var require_es6_date_to_string = __commonJS({
  "node_modules/core-js/modules/es6.date.to-string.js"() {
    var DateProto = Date.prototype;
    var INVALID_DATE = "Invalid Date";
    var TO_STRING = "toString";
    var $toString = DateProto[TO_STRING];
    var getTime = DateProto.getTime;
    if (/* @__PURE__ */ new Date(NaN) + "" != INVALID_DATE) {
      require_redefine()(DateProto, TO_STRING, function toString() {
        var value = getTime.call(this);
        return value === value ? $toString.call(this) : INVALID_DATE;
      });
    }
  }
});

// node_modules/core-js/modules/es6.object.to-string.js
var require_es6_object_to_string = __commonJS({
  "node_modules/core-js/modules/es6.object.to-string.js"() {
    "use strict";
    var classof = require_classof();
    var test = {};
    test[require_wks()("toStringTag")] = "z";
    if (test + "" != "[object z]") {
      require_redefine()(Object.prototype, "toString", function toString() {
        return "[object " + classof(this) + "]";
      }, true);
    }
  }
});

// node_modules/twitter-text/dist/tagAttrs.js
var require_tagAttrs = __commonJS({
  "node_modules/twitter-text/dist/tagAttrs.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_to_string();
    require_es6_date_to_string();
    require_es6_object_to_string();
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var BOOLEAN_ATTRIBUTES = {
      disabled: true,
      readonly: true,
      multiple: true,
      checked: true
    };
    function _default(attributes) {
      var htmlAttrs = "";
      for (var k in attributes) {
        var v = attributes[k];
        if (BOOLEAN_ATTRIBUTES[k]) {
          v = v ? k : null;
        }
        if (v == null) {
          continue;
        }
        htmlAttrs += " ".concat((0, _htmlEscape["default"])(k), '="').concat((0, _htmlEscape["default"])(v.toString()), '"');
      }
      return htmlAttrs;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToText.js
var require_linkToText = __commonJS({
  "node_modules/twitter-text/dist/linkToText.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _stringSupplant = _interopRequireDefault(require_stringSupplant());
    var _tagAttrs = _interopRequireDefault(require_tagAttrs());
    function _default(entity, text, attributes, options) {
      if (!options.suppressNoFollow) {
        attributes.rel = "nofollow";
      }
      if (options.linkAttributeBlock) {
        options.linkAttributeBlock(entity, attributes);
      }
      if (options.linkTextBlock) {
        text = options.linkTextBlock(entity, text);
      }
      var d = {
        text,
        attr: (0, _tagAttrs["default"])(attributes)
      };
      return (0, _stringSupplant["default"])("<a#{attr}>#{text}</a>", d);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToTextWithSymbol.js
var require_linkToTextWithSymbol = __commonJS({
  "node_modules/twitter-text/dist/linkToTextWithSymbol.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_match();
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToText = _interopRequireDefault(require_linkToText());
    function _default(entity, symbol, text, attributes, options) {
      var taggedSymbol = options.symbolTag ? "<".concat(options.symbolTag, ">").concat(symbol, "</").concat(options.symbolTag, ">") : symbol;
      text = (0, _htmlEscape["default"])(text);
      var taggedText = options.textWithSymbolTag ? "<".concat(options.textWithSymbolTag, ">").concat(text, "</").concat(options.textWithSymbolTag, ">") : text;
      if (options.usernameIncludeSymbol || !symbol.match(_atSigns["default"])) {
        return (0, _linkToText["default"])(entity, taggedSymbol + taggedText, attributes, options);
      } else {
        return taggedSymbol + (0, _linkToText["default"])(entity, taggedText, attributes, options);
      }
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToCashtag.js
var require_linkToCashtag = __commonJS({
  "node_modules/twitter-text/dist/linkToCashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    function _default(entity, text, options) {
      var cashtag = (0, _htmlEscape["default"])(entity.cashtag);
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      attrs.href = options.cashtagUrlBase + cashtag;
      attrs.title = "$".concat(cashtag);
      attrs["class"] = options.cashtagClass;
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      return (0, _linkToTextWithSymbol["default"])(entity, "$", cashtag, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/rtlChars.js
var require_rtlChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/rtlChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var rtlChars = /[\u0600-\u06FF]|[\u0750-\u077F]|[\u0590-\u05FF]|[\uFE70-\uFEFF]/gm;
    var _default = rtlChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToHashtag.js
var require_linkToHashtag = __commonJS({
  "node_modules/twitter-text/dist/linkToHashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_match();
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _rtlChars = _interopRequireDefault(require_rtlChars());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    function _default(entity, text, options) {
      var hash = text.substring(entity.indices[0], entity.indices[0] + 1);
      var hashtag = (0, _htmlEscape["default"])(entity.hashtag);
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      attrs.href = options.hashtagUrlBase + hashtag;
      attrs.title = "#".concat(hashtag);
      attrs["class"] = options.hashtagClass;
      if (hashtag.charAt(0).match(_rtlChars["default"])) {
        attrs["class"] += " rtl";
      }
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      return (0, _linkToTextWithSymbol["default"])(entity, hash, hashtag, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkTextWithEntity.js
var require_linkTextWithEntity = __commonJS({
  "node_modules/twitter-text/dist/linkTextWithEntity.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_match();
    require_es6_array_index_of();
    require_es6_regexp_replace();
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _stringSupplant = _interopRequireDefault(require_stringSupplant());
    function _default(entity, options) {
      var displayUrl = entity.display_url;
      var expandedUrl = entity.expanded_url;
      var displayUrlSansEllipses = displayUrl.replace(/…/g, "");
      if (expandedUrl.indexOf(displayUrlSansEllipses) != -1) {
        var displayUrlIndex = expandedUrl.indexOf(displayUrlSansEllipses);
        var v = {
          displayUrlSansEllipses,
          // Portion of expandedUrl that precedes the displayUrl substring
          beforeDisplayUrl: expandedUrl.substr(0, displayUrlIndex),
          // Portion of expandedUrl that comes after displayUrl
          afterDisplayUrl: expandedUrl.substr(displayUrlIndex + displayUrlSansEllipses.length),
          precedingEllipsis: displayUrl.match(/^…/) ? "…" : "",
          followingEllipsis: displayUrl.match(/…$/) ? "…" : ""
        };
        for (var k in v) {
          if (v.hasOwnProperty(k)) {
            v[k] = (0, _htmlEscape["default"])(v[k]);
          }
        }
        v["invisible"] = options.invisibleTagAttrs;
        return (0, _stringSupplant["default"])("<span class='tco-ellipsis'>#{precedingEllipsis}<span #{invisible}>&nbsp;</span></span><span #{invisible}>#{beforeDisplayUrl}</span><span class='js-display-url'>#{displayUrlSansEllipses}</span><span #{invisible}>#{afterDisplayUrl}</span><span class='tco-ellipsis'><span #{invisible}>&nbsp;</span>#{followingEllipsis}</span>", v);
      }
      return displayUrl;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/urlHasProtocol.js
var require_urlHasProtocol = __commonJS({
  "node_modules/twitter-text/dist/regexp/urlHasProtocol.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var urlHasProtocol = /^https?:\/\//i;
    var _default = urlHasProtocol;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToUrl.js
var require_linkToUrl = __commonJS({
  "node_modules/twitter-text/dist/linkToUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_match();
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToText = _interopRequireDefault(require_linkToText());
    var _linkTextWithEntity = _interopRequireDefault(require_linkTextWithEntity());
    var _urlHasProtocol = _interopRequireDefault(require_urlHasProtocol());
    function _default(entity, text, options) {
      var url = entity.url;
      var displayUrl = url;
      var linkText = (0, _htmlEscape["default"])(displayUrl);
      var urlEntity = options.urlEntities && options.urlEntities[url] || entity;
      if (urlEntity.display_url) {
        linkText = (0, _linkTextWithEntity["default"])(urlEntity, options);
      }
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      if (!url.match(_urlHasProtocol["default"])) {
        url = "http://".concat(url);
      }
      attrs.href = url;
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      if (options.urlClass) {
        attrs["class"] = options.urlClass;
      }
      if (options.urlTarget) {
        attrs.target = options.urlTarget;
      }
      if (!options.title && urlEntity.display_url) {
        attrs.title = urlEntity.expanded_url;
      }
      return (0, _linkToText["default"])(entity, linkText, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToMentionAndList.js
var require_linkToMentionAndList = __commonJS({
  "node_modules/twitter-text/dist/linkToMentionAndList.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    function _default(entity, text, options) {
      var at = text.substring(entity.indices[0], entity.indices[0] + 1);
      var user = (0, _htmlEscape["default"])(entity.screenName);
      var slashListname = (0, _htmlEscape["default"])(entity.listSlug);
      var isList = entity.listSlug && !options.suppressLists;
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      attrs["class"] = isList ? options.listClass : options.usernameClass;
      attrs.href = isList ? options.listUrlBase + user + slashListname : options.usernameUrlBase + user;
      if (!isList && !options.suppressDataScreenName) {
        attrs["data-screen-name"] = user;
      }
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      return (0, _linkToTextWithSymbol["default"])(entity, at, isList ? user + slashListname : user, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkEntities.js
var require_autoLinkEntities = __commonJS({
  "node_modules/twitter-text/dist/autoLinkEntities.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_array_sort();
    var _clone = _interopRequireDefault(require_clone());
    var _extractHtmlAttrsFromOptions = _interopRequireDefault(require_extractHtmlAttrsFromOptions());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToCashtag = _interopRequireDefault(require_linkToCashtag());
    var _linkToHashtag = _interopRequireDefault(require_linkToHashtag());
    var _linkToUrl = _interopRequireDefault(require_linkToUrl());
    var _linkToMentionAndList = _interopRequireDefault(require_linkToMentionAndList());
    var DEFAULT_LIST_CLASS = "tweet-url list-slug";
    var DEFAULT_USERNAME_CLASS = "tweet-url username";
    var DEFAULT_HASHTAG_CLASS = "tweet-url hashtag";
    var DEFAULT_CASHTAG_CLASS = "tweet-url cashtag";
    function _default(text, entities, options) {
      var options = (0, _clone["default"])(options || {});
      options.hashtagClass = options.hashtagClass || DEFAULT_HASHTAG_CLASS;
      options.hashtagUrlBase = options.hashtagUrlBase || "https://twitter.com/search?q=%23";
      options.cashtagClass = options.cashtagClass || DEFAULT_CASHTAG_CLASS;
      options.cashtagUrlBase = options.cashtagUrlBase || "https://twitter.com/search?q=%24";
      options.listClass = options.listClass || DEFAULT_LIST_CLASS;
      options.usernameClass = options.usernameClass || DEFAULT_USERNAME_CLASS;
      options.usernameUrlBase = options.usernameUrlBase || "https://twitter.com/";
      options.listUrlBase = options.listUrlBase || "https://twitter.com/";
      options.htmlAttrs = (0, _extractHtmlAttrsFromOptions["default"])(options);
      options.invisibleTagAttrs = options.invisibleTagAttrs || "style='position:absolute;left:-9999px;'";
      var urlEntities, i, len;
      if (options.urlEntities) {
        urlEntities = {};
        for (i = 0, len = options.urlEntities.length; i < len; i++) {
          urlEntities[options.urlEntities[i].url] = options.urlEntities[i];
        }
        options.urlEntities = urlEntities;
      }
      var result = "";
      var beginIndex = 0;
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var nonEntity = options.htmlEscapeNonEntities ? _htmlEscape["default"] : function(text2) {
        return text2;
      };
      for (var i = 0; i < entities.length; i++) {
        var entity = entities[i];
        result += nonEntity(text.substring(beginIndex, entity.indices[0]));
        if (entity.url) {
          result += (0, _linkToUrl["default"])(entity, text, options);
        } else if (entity.hashtag) {
          result += (0, _linkToHashtag["default"])(entity, text, options);
        } else if (entity.screenName) {
          result += (0, _linkToMentionAndList["default"])(entity, text, options);
        } else if (entity.cashtag) {
          result += (0, _linkToCashtag["default"])(entity, text, options);
        }
        beginIndex = entity.indices[1];
      }
      result += nonEntity(text.substring(beginIndex, text.length));
      return result;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLink.js
var require_autoLink = __commonJS({
  "node_modules/twitter-text/dist/autoLink.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractEntitiesWithIndices = _interopRequireDefault(require_extractEntitiesWithIndices());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    function _default(text, options) {
      var entities = (0, _extractEntitiesWithIndices["default"])(text, {
        extractUrlsWithoutProtocol: false
      });
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkCashtags.js
var require_autoLinkCashtags = __commonJS({
  "node_modules/twitter-text/dist/autoLinkCashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    function _default(text, options) {
      var entities = (0, _extractCashtagsWithIndices["default"])(text);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkHashtags.js
var require_autoLinkHashtags = __commonJS({
  "node_modules/twitter-text/dist/autoLinkHashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    function _default(text, options) {
      var entities = (0, _extractHashtagsWithIndices["default"])(text);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkUrlsCustom.js
var require_autoLinkUrlsCustom = __commonJS({
  "node_modules/twitter-text/dist/autoLinkUrlsCustom.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    function _default(text, options) {
      var entities = (0, _extractUrlsWithIndices["default"])(text, {
        extractUrlsWithoutProtocol: false
      });
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkUsernamesOrLists.js
var require_autoLinkUsernamesOrLists = __commonJS({
  "node_modules/twitter-text/dist/autoLinkUsernamesOrLists.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    function _default(text, options) {
      var entities = (0, _extractMentionsOrListsWithIndices["default"])(text);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/convertUnicodeIndices.js
var require_convertUnicodeIndices = __commonJS({
  "node_modules/twitter-text/dist/lib/convertUnicodeIndices.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_sort();
    var convertUnicodeIndices = function convertUnicodeIndices2(text, entities, indicesInUTF16) {
      if (entities.length === 0) {
        return;
      }
      var charIndex = 0;
      var codePointIndex = 0;
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var entityIndex = 0;
      var entity = entities[0];
      while (charIndex < text.length) {
        if (entity.indices[0] === (indicesInUTF16 ? charIndex : codePointIndex)) {
          var len = entity.indices[1] - entity.indices[0];
          entity.indices[0] = indicesInUTF16 ? codePointIndex : charIndex;
          entity.indices[1] = entity.indices[0] + len;
          entityIndex++;
          if (entityIndex === entities.length) {
            break;
          }
          entity = entities[entityIndex];
        }
        var c = text.charCodeAt(charIndex);
        if (c >= 55296 && c <= 56319 && charIndex < text.length - 1) {
          c = text.charCodeAt(charIndex + 1);
          if (c >= 56320 && c <= 57343) {
            charIndex++;
          }
        }
        codePointIndex++;
        charIndex++;
      }
    };
    var _default = convertUnicodeIndices;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/modifyIndicesFromUnicodeToUTF16.js
var require_modifyIndicesFromUnicodeToUTF16 = __commonJS({
  "node_modules/twitter-text/dist/modifyIndicesFromUnicodeToUTF16.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _convertUnicodeIndices = _interopRequireDefault(require_convertUnicodeIndices());
    function _default(text, entities) {
      (0, _convertUnicodeIndices["default"])(text, entities, false);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkWithJSON.js
var require_autoLinkWithJSON = __commonJS({
  "node_modules/twitter-text/dist/autoLinkWithJSON.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _modifyIndicesFromUnicodeToUTF = _interopRequireDefault(require_modifyIndicesFromUnicodeToUTF16());
    function _default(text, json, options) {
      if (json.user_mentions) {
        for (var i = 0; i < json.user_mentions.length; i++) {
          json.user_mentions[i].screenName = json.user_mentions[i].screen_name;
        }
      }
      if (json.hashtags) {
        for (var i = 0; i < json.hashtags.length; i++) {
          json.hashtags[i].hashtag = json.hashtags[i].text;
        }
      }
      if (json.symbols) {
        for (var i = 0; i < json.symbols.length; i++) {
          json.symbols[i].cashtag = json.symbols[i].text;
        }
      }
      var entities = [];
      for (var key in json) {
        entities = entities.concat(json[key]);
      }
      (0, _modifyIndicesFromUnicodeToUTF["default"])(text, entities);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/configs.js
var require_configs = __commonJS({
  "node_modules/twitter-text/dist/configs.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _default = {
      version1: {
        version: 1,
        maxWeightedTweetLength: 140,
        scale: 1,
        defaultWeight: 1,
        transformedURLLength: 23,
        ranges: []
      },
      version2: {
        version: 2,
        maxWeightedTweetLength: 280,
        scale: 100,
        defaultWeight: 200,
        transformedURLLength: 23,
        ranges: [{
          start: 0,
          end: 4351,
          weight: 100
        }, {
          start: 8192,
          end: 8205,
          weight: 100
        }, {
          start: 8208,
          end: 8223,
          weight: 100
        }, {
          start: 8242,
          end: 8247,
          weight: 100
        }]
      },
      version3: {
        version: 3,
        maxWeightedTweetLength: 280,
        scale: 100,
        defaultWeight: 200,
        emojiParsingEnabled: true,
        transformedURLLength: 23,
        ranges: [{
          start: 0,
          end: 4351,
          weight: 100
        }, {
          start: 8192,
          end: 8205,
          weight: 100
        }, {
          start: 8208,
          end: 8223,
          weight: 100
        }, {
          start: 8242,
          end: 8247,
          weight: 100
        }]
      },
      defaults: {
        version: 3,
        maxWeightedTweetLength: 280,
        scale: 100,
        defaultWeight: 200,
        emojiParsingEnabled: true,
        transformedURLLength: 23,
        ranges: [{
          start: 0,
          end: 4351,
          weight: 100
        }, {
          start: 8192,
          end: 8205,
          weight: 100
        }, {
          start: 8208,
          end: 8223,
          weight: 100
        }, {
          start: 8242,
          end: 8247,
          weight: 100
        }]
      }
    };
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/convertUnicodeIndices.js
var require_convertUnicodeIndices2 = __commonJS({
  "node_modules/twitter-text/dist/convertUnicodeIndices.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_array_sort();
    function _default(text, entities, indicesInUTF16) {
      if (entities.length == 0) {
        return;
      }
      var charIndex = 0;
      var codePointIndex = 0;
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var entityIndex = 0;
      var entity = entities[0];
      while (charIndex < text.length) {
        if (entity.indices[0] == (indicesInUTF16 ? charIndex : codePointIndex)) {
          var len = entity.indices[1] - entity.indices[0];
          entity.indices[0] = indicesInUTF16 ? codePointIndex : charIndex;
          entity.indices[1] = entity.indices[0] + len;
          entityIndex++;
          if (entityIndex == entities.length) {
            break;
          }
          entity = entities[entityIndex];
        }
        var c = text.charCodeAt(charIndex);
        if (c >= 55296 && c <= 56319 && charIndex < text.length - 1) {
          c = text.charCodeAt(charIndex + 1);
          if (c >= 56320 && c <= 57343) {
            charIndex++;
          }
        }
        codePointIndex++;
        charIndex++;
      }
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractCashtags.js
var require_extractCashtags = __commonJS({
  "node_modules/twitter-text/dist/extractCashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    function _default(text) {
      var cashtagsOnly = [], cashtagsWithIndices = (0, _extractCashtagsWithIndices["default"])(text);
      for (var i = 0; i < cashtagsWithIndices.length; i++) {
        cashtagsOnly.push(cashtagsWithIndices[i].cashtag);
      }
      return cashtagsOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractHashtags.js
var require_extractHashtags = __commonJS({
  "node_modules/twitter-text/dist/extractHashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    function _default(text) {
      var hashtagsOnly = [];
      var hashtagsWithIndices = (0, _extractHashtagsWithIndices["default"])(text);
      for (var i = 0; i < hashtagsWithIndices.length; i++) {
        hashtagsOnly.push(hashtagsWithIndices[i].hashtag);
      }
      return hashtagsOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractMentionsWithIndices.js
var require_extractMentionsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractMentionsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    function _default(text) {
      var mentions = [];
      var mentionOrList;
      var mentionsOrLists = (0, _extractMentionsOrListsWithIndices["default"])(text);
      for (var i = 0; i < mentionsOrLists.length; i++) {
        mentionOrList = mentionsOrLists[i];
        if (mentionOrList.listSlug === "") {
          mentions.push({
            screenName: mentionOrList.screenName,
            indices: mentionOrList.indices
          });
        }
      }
      return mentions;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractMentions.js
var require_extractMentions = __commonJS({
  "node_modules/twitter-text/dist/extractMentions.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractMentionsWithIndices = _interopRequireDefault(require_extractMentionsWithIndices());
    function _default(text) {
      var screenNamesOnly = [], screenNamesWithIndices = (0, _extractMentionsWithIndices["default"])(text);
      for (var i = 0; i < screenNamesWithIndices.length; i++) {
        var screenName = screenNamesWithIndices[i].screenName;
        screenNamesOnly.push(screenName);
      }
      return screenNamesOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validReply.js
var require_validReply = __commonJS({
  "node_modules/twitter-text/dist/regexp/validReply.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _spaces = _interopRequireDefault(require_spaces());
    var validReply = (0, _regexSupplant["default"])(/^(?:#{spaces})*#{atSigns}([a-zA-Z0-9_]{1,20})/, {
      atSigns: _atSigns["default"],
      spaces: _spaces["default"]
    });
    var _default = validReply;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractReplies.js
var require_extractReplies = __commonJS({
  "node_modules/twitter-text/dist/extractReplies.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_constructor();
    require_es6_regexp_match();
    var _endMentionMatch = _interopRequireDefault(require_endMentionMatch());
    var _validReply = _interopRequireDefault(require_validReply());
    function _default(text) {
      if (!text) {
        return null;
      }
      var possibleScreenName = text.match(_validReply["default"]);
      if (!possibleScreenName || RegExp.rightContext.match(_endMentionMatch["default"])) {
        return null;
      }
      return possibleScreenName[1];
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractUrls.js
var require_extractUrls = __commonJS({
  "node_modules/twitter-text/dist/extractUrls.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    function _default(text, options) {
      var urlsOnly = [];
      var urlsWithIndices = (0, _extractUrlsWithIndices["default"])(text, options);
      for (var i = 0; i < urlsWithIndices.length; i++) {
        urlsOnly.push(urlsWithIndices[i].url);
      }
      return urlsOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_is-array.js
var require_is_array = __commonJS({
  "node_modules/core-js/modules/_is-array.js"(exports, module) {
    var cof = require_cof();
    module.exports = Array.isArray || function isArray(arg) {
      return cof(arg) == "Array";
    };
  }
});

// node_modules/core-js/modules/es6.array.is-array.js
var require_es6_array_is_array = __commonJS({
  "node_modules/core-js/modules/es6.array.is-array.js"() {
    var $export = require_export();
    $export($export.S, "Array", { isArray: require_is_array() });
  }
});

// node_modules/twitter-text/dist/lib/getCharacterWeight.js
var require_getCharacterWeight = __commonJS({
  "node_modules/twitter-text/dist/lib/getCharacterWeight.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_is_array();
    var getCharacterWeight = function getCharacterWeight2(ch, options) {
      var defaultWeight = options.defaultWeight, ranges = options.ranges;
      var weight = defaultWeight;
      var chCodePoint = ch.charCodeAt(0);
      if (Array.isArray(ranges)) {
        for (var i = 0, length = ranges.length; i < length; i++) {
          var currRange = ranges[i];
          if (chCodePoint >= currRange.start && chCodePoint <= currRange.end) {
            weight = currRange.weight;
            break;
          }
        }
      }
      return weight;
    };
    var _default = getCharacterWeight;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/modifyIndicesFromUTF16ToUnicode.js
var require_modifyIndicesFromUTF16ToUnicode = __commonJS({
  "node_modules/twitter-text/dist/modifyIndicesFromUTF16ToUnicode.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _convertUnicodeIndices = _interopRequireDefault(require_convertUnicodeIndices());
    function _default(text, entities) {
      (0, _convertUnicodeIndices["default"])(text, entities, true);
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_array-reduce.js
var require_array_reduce = __commonJS({
  "node_modules/core-js/modules/_array-reduce.js"(exports, module) {
    var aFunction = require_a_function();
    var toObject = require_to_object();
    var IObject = require_iobject();
    var toLength = require_to_length();
    module.exports = function(that, callbackfn, aLen, memo, isRight) {
      aFunction(callbackfn);
      var O = toObject(that);
      var self2 = IObject(O);
      var length = toLength(O.length);
      var index = isRight ? length - 1 : 0;
      var i = isRight ? -1 : 1;
      if (aLen < 2) for (; ; ) {
        if (index in self2) {
          memo = self2[index];
          index += i;
          break;
        }
        index += i;
        if (isRight ? index < 0 : length <= index) {
          throw TypeError("Reduce of empty array with no initial value");
        }
      }
      for (; isRight ? index >= 0 : length > index; index += i) if (index in self2) {
        memo = callbackfn(memo, self2[index], index, O);
      }
      return memo;
    };
  }
});

// node_modules/core-js/modules/es6.array.reduce.js
var require_es6_array_reduce = __commonJS({
  "node_modules/core-js/modules/es6.array.reduce.js"() {
    "use strict";
    var $export = require_export();
    var $reduce = require_array_reduce();
    $export($export.P + $export.F * !require_strict_method()([].reduce, true), "Array", {
      // 22.1.3.18 / 15.4.4.21 Array.prototype.reduce(callbackfn [, initialValue])
      reduce: function reduce(callbackfn) {
        return $reduce(this, callbackfn, arguments.length, arguments[1], false);
      }
    });
  }
});

// node_modules/core-js/modules/_add-to-unscopables.js
var require_add_to_unscopables = __commonJS({
  "node_modules/core-js/modules/_add-to-unscopables.js"(exports, module) {
    var UNSCOPABLES = require_wks()("unscopables");
    var ArrayProto = Array.prototype;
    if (ArrayProto[UNSCOPABLES] == void 0) require_hide()(ArrayProto, UNSCOPABLES, {});
    module.exports = function(key) {
      ArrayProto[UNSCOPABLES][key] = true;
    };
  }
});

// node_modules/core-js/modules/_iter-step.js
var require_iter_step = __commonJS({
  "node_modules/core-js/modules/_iter-step.js"(exports, module) {
    module.exports = function(done, value) {
      return { value, done: !!done };
    };
  }
});

// node_modules/core-js/modules/_iterators.js
var require_iterators = __commonJS({
  "node_modules/core-js/modules/_iterators.js"(exports, module) {
    module.exports = {};
  }
});

// node_modules/core-js/modules/_object-keys.js
var require_object_keys = __commonJS({
  "node_modules/core-js/modules/_object-keys.js"(exports, module) {
    var $keys = require_object_keys_internal();
    var enumBugKeys = require_enum_bug_keys();
    module.exports = Object.keys || function keys(O) {
      return $keys(O, enumBugKeys);
    };
  }
});

// node_modules/core-js/modules/_object-dps.js
var require_object_dps = __commonJS({
  "node_modules/core-js/modules/_object-dps.js"(exports, module) {
    var dP = require_object_dp();
    var anObject = require_an_object();
    var getKeys = require_object_keys();
    module.exports = require_descriptors() ? Object.defineProperties : function defineProperties(O, Properties) {
      anObject(O);
      var keys = getKeys(Properties);
      var length = keys.length;
      var i = 0;
      var P;
      while (length > i) dP.f(O, P = keys[i++], Properties[P]);
      return O;
    };
  }
});

// node_modules/core-js/modules/_html.js
var require_html = __commonJS({
  "node_modules/core-js/modules/_html.js"(exports, module) {
    var document = require_global().document;
    module.exports = document && document.documentElement;
  }
});

// node_modules/core-js/modules/_object-create.js
var require_object_create = __commonJS({
  "node_modules/core-js/modules/_object-create.js"(exports, module) {
    var anObject = require_an_object();
    var dPs = require_object_dps();
    var enumBugKeys = require_enum_bug_keys();
    var IE_PROTO = require_shared_key()("IE_PROTO");
    var Empty = function() {
    };
    var PROTOTYPE = "prototype";
    var createDict = function() {
      var iframe = require_dom_create()("iframe");
      var i = enumBugKeys.length;
      var lt = "<";
      var gt = ">";
      var iframeDocument;
      iframe.style.display = "none";
      require_html().appendChild(iframe);
      iframe.src = "javascript:";
      iframeDocument = iframe.contentWindow.document;
      iframeDocument.open();
      iframeDocument.write(lt + "script" + gt + "document.F=Object" + lt + "/script" + gt);
      iframeDocument.close();
      createDict = iframeDocument.F;
      while (i--) delete createDict[PROTOTYPE][enumBugKeys[i]];
      return createDict();
    };
    module.exports = Object.create || function create(O, Properties) {
      var result;
      if (O !== null) {
        Empty[PROTOTYPE] = anObject(O);
        result = new Empty();
        Empty[PROTOTYPE] = null;
        result[IE_PROTO] = O;
      } else result = createDict();
      return Properties === void 0 ? result : dPs(result, Properties);
    };
  }
});

// node_modules/core-js/modules/_set-to-string-tag.js
var require_set_to_string_tag = __commonJS({
  "node_modules/core-js/modules/_set-to-string-tag.js"(exports, module) {
    var def = require_object_dp().f;
    var has = require_has();
    var TAG = require_wks()("toStringTag");
    module.exports = function(it, tag, stat) {
      if (it && !has(it = stat ? it : it.prototype, TAG)) def(it, TAG, { configurable: true, value: tag });
    };
  }
});

// node_modules/core-js/modules/_iter-create.js
var require_iter_create = __commonJS({
  "node_modules/core-js/modules/_iter-create.js"(exports, module) {
    "use strict";
    var create = require_object_create();
    var descriptor = require_property_desc();
    var setToStringTag = require_set_to_string_tag();
    var IteratorPrototype = {};
    require_hide()(IteratorPrototype, require_wks()("iterator"), function() {
      return this;
    });
    module.exports = function(Constructor, NAME, next) {
      Constructor.prototype = create(IteratorPrototype, { next: descriptor(1, next) });
      setToStringTag(Constructor, NAME + " Iterator");
    };
  }
});

// node_modules/core-js/modules/_object-gpo.js
var require_object_gpo = __commonJS({
  "node_modules/core-js/modules/_object-gpo.js"(exports, module) {
    var has = require_has();
    var toObject = require_to_object();
    var IE_PROTO = require_shared_key()("IE_PROTO");
    var ObjectProto = Object.prototype;
    module.exports = Object.getPrototypeOf || function(O) {
      O = toObject(O);
      if (has(O, IE_PROTO)) return O[IE_PROTO];
      if (typeof O.constructor == "function" && O instanceof O.constructor) {
        return O.constructor.prototype;
      }
      return O instanceof Object ? ObjectProto : null;
    };
  }
});

// node_modules/core-js/modules/_iter-define.js
var require_iter_define = __commonJS({
  "node_modules/core-js/modules/_iter-define.js"(exports, module) {
    "use strict";
    var LIBRARY = require_library();
    var $export = require_export();
    var redefine = require_redefine();
    var hide = require_hide();
    var Iterators = require_iterators();
    var $iterCreate = require_iter_create();
    var setToStringTag = require_set_to_string_tag();
    var getPrototypeOf = require_object_gpo();
    var ITERATOR = require_wks()("iterator");
    var BUGGY = !([].keys && "next" in [].keys());
    var FF_ITERATOR = "@@iterator";
    var KEYS = "keys";
    var VALUES = "values";
    var returnThis = function() {
      return this;
    };
    module.exports = function(Base, NAME, Constructor, next, DEFAULT, IS_SET, FORCED) {
      $iterCreate(Constructor, NAME, next);
      var getMethod = function(kind) {
        if (!BUGGY && kind in proto) return proto[kind];
        switch (kind) {
          case KEYS:
            return function keys() {
              return new Constructor(this, kind);
            };
          case VALUES:
            return function values() {
              return new Constructor(this, kind);
            };
        }
        return function entries() {
          return new Constructor(this, kind);
        };
      };
      var TAG = NAME + " Iterator";
      var DEF_VALUES = DEFAULT == VALUES;
      var VALUES_BUG = false;
      var proto = Base.prototype;
      var $native = proto[ITERATOR] || proto[FF_ITERATOR] || DEFAULT && proto[DEFAULT];
      var $default = $native || getMethod(DEFAULT);
      var $entries = DEFAULT ? !DEF_VALUES ? $default : getMethod("entries") : void 0;
      var $anyNative = NAME == "Array" ? proto.entries || $native : $native;
      var methods, key, IteratorPrototype;
      if ($anyNative) {
        IteratorPrototype = getPrototypeOf($anyNative.call(new Base()));
        if (IteratorPrototype !== Object.prototype && IteratorPrototype.next) {
          setToStringTag(IteratorPrototype, TAG, true);
          if (!LIBRARY && typeof IteratorPrototype[ITERATOR] != "function") hide(IteratorPrototype, ITERATOR, returnThis);
        }
      }
      if (DEF_VALUES && $native && $native.name !== VALUES) {
        VALUES_BUG = true;
        $default = function values() {
          return $native.call(this);
        };
      }
      if ((!LIBRARY || FORCED) && (BUGGY || VALUES_BUG || !proto[ITERATOR])) {
        hide(proto, ITERATOR, $default);
      }
      Iterators[NAME] = $default;
      Iterators[TAG] = returnThis;
      if (DEFAULT) {
        methods = {
          values: DEF_VALUES ? $default : getMethod(VALUES),
          keys: IS_SET ? $default : getMethod(KEYS),
          entries: $entries
        };
        if (FORCED) for (key in methods) {
          if (!(key in proto)) redefine(proto, key, methods[key]);
        }
        else $export($export.P + $export.F * (BUGGY || VALUES_BUG), NAME, methods);
      }
      return methods;
    };
  }
});

// node_modules/core-js/modules/es6.array.iterator.js
var require_es6_array_iterator = __commonJS({
  "node_modules/core-js/modules/es6.array.iterator.js"(exports, module) {
    "use strict";
    var addToUnscopables = require_add_to_unscopables();
    var step = require_iter_step();
    var Iterators = require_iterators();
    var toIObject = require_to_iobject();
    module.exports = require_iter_define()(Array, "Array", function(iterated, kind) {
      this._t = toIObject(iterated);
      this._i = 0;
      this._k = kind;
    }, function() {
      var O = this._t;
      var kind = this._k;
      var index = this._i++;
      if (!O || index >= O.length) {
        this._t = void 0;
        return step(1);
      }
      if (kind == "keys") return step(0, index);
      if (kind == "values") return step(0, O[index]);
      return step(0, [index, O[index]]);
    }, "values");
    Iterators.Arguments = Iterators.Array;
    addToUnscopables("keys");
    addToUnscopables("values");
    addToUnscopables("entries");
  }
});

// node_modules/core-js/modules/web.dom.iterable.js
var require_web_dom_iterable = __commonJS({
  "node_modules/core-js/modules/web.dom.iterable.js"() {
    var $iterators = require_es6_array_iterator();
    var getKeys = require_object_keys();
    var redefine = require_redefine();
    var global = require_global();
    var hide = require_hide();
    var Iterators = require_iterators();
    var wks = require_wks();
    var ITERATOR = wks("iterator");
    var TO_STRING_TAG = wks("toStringTag");
    var ArrayValues = Iterators.Array;
    var DOMIterables = {
      CSSRuleList: true,
      // TODO: Not spec compliant, should be false.
      CSSStyleDeclaration: false,
      CSSValueList: false,
      ClientRectList: false,
      DOMRectList: false,
      DOMStringList: false,
      DOMTokenList: true,
      DataTransferItemList: false,
      FileList: false,
      HTMLAllCollection: false,
      HTMLCollection: false,
      HTMLFormElement: false,
      HTMLSelectElement: false,
      MediaList: true,
      // TODO: Not spec compliant, should be false.
      MimeTypeArray: false,
      NamedNodeMap: false,
      NodeList: true,
      PaintRequestList: false,
      Plugin: false,
      PluginArray: false,
      SVGLengthList: false,
      SVGNumberList: false,
      SVGPathSegList: false,
      SVGPointList: false,
      SVGStringList: false,
      SVGTransformList: false,
      SourceBufferList: false,
      StyleSheetList: true,
      // TODO: Not spec compliant, should be false.
      TextTrackCueList: false,
      TextTrackList: false,
      TouchList: false
    };
    for (collections = getKeys(DOMIterables), i = 0; i < collections.length; i++) {
      NAME = collections[i];
      explicit = DOMIterables[NAME];
      Collection = global[NAME];
      proto = Collection && Collection.prototype;
      if (proto) {
        if (!proto[ITERATOR]) hide(proto, ITERATOR, ArrayValues);
        if (!proto[TO_STRING_TAG]) hide(proto, TO_STRING_TAG, NAME);
        Iterators[NAME] = ArrayValues;
        if (explicit) {
          for (key in $iterators) if (!proto[key]) redefine(proto, key, $iterators[key], true);
        }
      }
    }
    var NAME;
    var explicit;
    var Collection;
    var proto;
    var key;
    var collections;
    var i;
  }
});

// node_modules/core-js/modules/_object-sap.js
var require_object_sap = __commonJS({
  "node_modules/core-js/modules/_object-sap.js"(exports, module) {
    var $export = require_export();
    var core = require_core();
    var fails = require_fails();
    module.exports = function(KEY, exec) {
      var fn = (core.Object || {})[KEY] || Object[KEY];
      var exp = {};
      exp[KEY] = exec(fn);
      $export($export.S + $export.F * fails(function() {
        fn(1);
      }), "Object", exp);
    };
  }
});

// node_modules/core-js/modules/es6.object.keys.js
var require_es6_object_keys = __commonJS({
  "node_modules/core-js/modules/es6.object.keys.js"() {
    var toObject = require_to_object();
    var $keys = require_object_keys();
    require_object_sap()("keys", function() {
      return function keys(it) {
        return $keys(toObject(it));
      };
    });
  }
});

// node_modules/twitter-text/dist/regexp/invalidChars.js
var require_invalidChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var invalidChars = (0, _regexSupplant["default"])(/[#{invalidCharsGroup}]/, {
      invalidCharsGroup: _invalidCharsGroup["default"]
    });
    var _default = invalidChars;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/hasInvalidCharacters.js
var require_hasInvalidCharacters = __commonJS({
  "node_modules/twitter-text/dist/hasInvalidCharacters.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _invalidChars = _interopRequireDefault(require_invalidChars());
    function _default(text) {
      return _invalidChars["default"].test(text);
    }
    module.exports = exports.default;
  }
});

// node_modules/twemoji-parser/dist/lib/regex.js
var require_regex = __commonJS({
  "node_modules/twemoji-parser/dist/lib/regex.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = /(?:\ud83d[\udc68\udc69])(?:\ud83c[\udffb-\udfff])?\u200d(?:\u2695\ufe0f|\u2696\ufe0f|\u2708\ufe0f|\ud83c[\udf3e\udf73\udf93\udfa4\udfa8\udfeb\udfed]|\ud83d[\udcbb\udcbc\udd27\udd2c\ude80\ude92]|\ud83e[\uddb0-\uddb3])|(?:\ud83c[\udfcb\udfcc]|\ud83d[\udd74\udd75]|\u26f9)((?:\ud83c[\udffb-\udfff]|\ufe0f)\u200d[\u2640\u2642]\ufe0f)|(?:\ud83c[\udfc3\udfc4\udfca]|\ud83d[\udc6e\udc71\udc73\udc77\udc81\udc82\udc86\udc87\ude45-\ude47\ude4b\ude4d\ude4e\udea3\udeb4-\udeb6]|\ud83e[\udd26\udd35\udd37-\udd39\udd3d\udd3e\uddb8\uddb9\uddd6-\udddd])(?:\ud83c[\udffb-\udfff])?\u200d[\u2640\u2642]\ufe0f|(?:\ud83d\udc68\u200d\u2764\ufe0f\u200d\ud83d\udc8b\u200d\ud83d\udc68|\ud83d\udc68\u200d\ud83d\udc68\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc68\u200d\ud83d\udc68\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\u2764\ufe0f\u200d\ud83d\udc8b\u200d\ud83d[\udc68\udc69]|\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\u2764\ufe0f\u200d\ud83d\udc68|\ud83d\udc68\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc68\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\ud83d\udc68\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\u2764\ufe0f\u200d\ud83d[\udc68\udc69]|\ud83d\udc69\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d[\udc66\udc67]|\ud83c\udff3\ufe0f\u200d\ud83c\udf08|\ud83c\udff4\u200d\u2620\ufe0f|\ud83d\udc41\u200d\ud83d\udde8|\ud83d\udc68\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\ud83d[\udc66\udc67]|\ud83d\udc6f\u200d\u2640\ufe0f|\ud83d\udc6f\u200d\u2642\ufe0f|\ud83e\udd3c\u200d\u2640\ufe0f|\ud83e\udd3c\u200d\u2642\ufe0f|\ud83e\uddde\u200d\u2640\ufe0f|\ud83e\uddde\u200d\u2642\ufe0f|\ud83e\udddf\u200d\u2640\ufe0f|\ud83e\udddf\u200d\u2642\ufe0f)|[#*0-9]\ufe0f?\u20e3|(?:[©®\u2122\u265f]\ufe0f)|(?:\ud83c[\udc04\udd70\udd71\udd7e\udd7f\ude02\ude1a\ude2f\ude37\udf21\udf24-\udf2c\udf36\udf7d\udf96\udf97\udf99-\udf9b\udf9e\udf9f\udfcd\udfce\udfd4-\udfdf\udff3\udff5\udff7]|\ud83d[\udc3f\udc41\udcfd\udd49\udd4a\udd6f\udd70\udd73\udd76-\udd79\udd87\udd8a-\udd8d\udda5\udda8\uddb1\uddb2\uddbc\uddc2-\uddc4\uddd1-\uddd3\udddc-\uddde\udde1\udde3\udde8\uddef\uddf3\uddfa\udecb\udecd-\udecf\udee0-\udee5\udee9\udef0\udef3]|[\u203c\u2049\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23ed-\u23ef\u23f1\u23f2\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u2604\u260e\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262a\u262e\u262f\u2638-\u263a\u2640\u2642\u2648-\u2653\u2660\u2663\u2665\u2666\u2668\u267b\u267f\u2692-\u2697\u2699\u269b\u269c\u26a0\u26a1\u26aa\u26ab\u26b0\u26b1\u26bd\u26be\u26c4\u26c5\u26c8\u26cf\u26d1\u26d3\u26d4\u26e9\u26ea\u26f0-\u26f5\u26f8\u26fa\u26fd\u2702\u2708\u2709\u270f\u2712\u2714\u2716\u271d\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u2764\u27a1\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299])(?:\ufe0f|(?!\ufe0e))|(?:(?:\ud83c[\udfcb\udfcc]|\ud83d[\udd74\udd75\udd90]|[\u261d\u26f7\u26f9\u270c\u270d])(?:\ufe0f|(?!\ufe0e))|(?:\ud83c[\udf85\udfc2-\udfc4\udfc7\udfca]|\ud83d[\udc42\udc43\udc46-\udc50\udc66-\udc69\udc6e\udc70-\udc78\udc7c\udc81-\udc83\udc85-\udc87\udcaa\udd7a\udd95\udd96\ude45-\ude47\ude4b-\ude4f\udea3\udeb4-\udeb6\udec0\udecc]|\ud83e[\udd18-\udd1c\udd1e\udd1f\udd26\udd30-\udd39\udd3d\udd3e\uddb5\uddb6\uddb8\uddb9\uddd1-\udddd]|[\u270a\u270b]))(?:\ud83c[\udffb-\udfff])?|(?:\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f|\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc73\udb40\udc63\udb40\udc74\udb40\udc7f|\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc77\udb40\udc6c\udb40\udc73\udb40\udc7f|\ud83c\udde6\ud83c[\udde8-\uddec\uddee\uddf1\uddf2\uddf4\uddf6-\uddfa\uddfc\uddfd\uddff]|\ud83c\udde7\ud83c[\udde6\udde7\udde9-\uddef\uddf1-\uddf4\uddf6-\uddf9\uddfb\uddfc\uddfe\uddff]|\ud83c\udde8\ud83c[\udde6\udde8\udde9\uddeb-\uddee\uddf0-\uddf5\uddf7\uddfa-\uddff]|\ud83c\udde9\ud83c[\uddea\uddec\uddef\uddf0\uddf2\uddf4\uddff]|\ud83c\uddea\ud83c[\udde6\udde8\uddea\uddec\udded\uddf7-\uddfa]|\ud83c\uddeb\ud83c[\uddee-\uddf0\uddf2\uddf4\uddf7]|\ud83c\uddec\ud83c[\udde6\udde7\udde9-\uddee\uddf1-\uddf3\uddf5-\uddfa\uddfc\uddfe]|\ud83c\udded\ud83c[\uddf0\uddf2\uddf3\uddf7\uddf9\uddfa]|\ud83c\uddee\ud83c[\udde8-\uddea\uddf1-\uddf4\uddf6-\uddf9]|\ud83c\uddef\ud83c[\uddea\uddf2\uddf4\uddf5]|\ud83c\uddf0\ud83c[\uddea\uddec-\uddee\uddf2\uddf3\uddf5\uddf7\uddfc\uddfe\uddff]|\ud83c\uddf1\ud83c[\udde6-\udde8\uddee\uddf0\uddf7-\uddfb\uddfe]|\ud83c\uddf2\ud83c[\udde6\udde8-\udded\uddf0-\uddff]|\ud83c\uddf3\ud83c[\udde6\udde8\uddea-\uddec\uddee\uddf1\uddf4\uddf5\uddf7\uddfa\uddff]|\ud83c\uddf4\ud83c\uddf2|\ud83c\uddf5\ud83c[\udde6\uddea-\udded\uddf0-\uddf3\uddf7-\uddf9\uddfc\uddfe]|\ud83c\uddf6\ud83c\udde6|\ud83c\uddf7\ud83c[\uddea\uddf4\uddf8\uddfa\uddfc]|\ud83c\uddf8\ud83c[\udde6-\uddea\uddec-\uddf4\uddf7-\uddf9\uddfb\uddfd-\uddff]|\ud83c\uddf9\ud83c[\udde6\udde8\udde9\uddeb-\udded\uddef-\uddf4\uddf7\uddf9\uddfb\uddfc\uddff]|\ud83c\uddfa\ud83c[\udde6\uddec\uddf2\uddf3\uddf8\uddfe\uddff]|\ud83c\uddfb\ud83c[\udde6\udde8\uddea\uddec\uddee\uddf3\uddfa]|\ud83c\uddfc\ud83c[\uddeb\uddf8]|\ud83c\uddfd\ud83c\uddf0|\ud83c\uddfe\ud83c[\uddea\uddf9]|\ud83c\uddff\ud83c[\udde6\uddf2\uddfc]|\ud83c[\udccf\udd8e\udd91-\udd9a\udde6-\uddff\ude01\ude32-\ude36\ude38-\ude3a\ude50\ude51\udf00-\udf20\udf2d-\udf35\udf37-\udf7c\udf7e-\udf84\udf86-\udf93\udfa0-\udfc1\udfc5\udfc6\udfc8\udfc9\udfcf-\udfd3\udfe0-\udff0\udff4\udff8-\udfff]|\ud83d[\udc00-\udc3e\udc40\udc44\udc45\udc51-\udc65\udc6a-\udc6d\udc6f\udc79-\udc7b\udc7d-\udc80\udc84\udc88-\udca9\udcab-\udcfc\udcff-\udd3d\udd4b-\udd4e\udd50-\udd67\udda4\uddfb-\ude44\ude48-\ude4a\ude80-\udea2\udea4-\udeb3\udeb7-\udebf\udec1-\udec5\uded0-\uded2\udeeb\udeec\udef4-\udef9]|\ud83e[\udd10-\udd17\udd1d\udd20-\udd25\udd27-\udd2f\udd3a\udd3c\udd40-\udd45\udd47-\udd70\udd73-\udd76\udd7a\udd7c-\udda2\uddb4\uddb7\uddc0-\uddc2\uddd0\uddde-\uddff]|[\u23e9-\u23ec\u23f0\u23f3\u267e\u26ce\u2705\u2728\u274c\u274e\u2753-\u2755\u2795-\u2797\u27b0\u27bf\ue50a])|\ufe0f/g;
  }
});

// node_modules/twemoji-parser/dist/index.js
var require_dist = __commonJS({
  "node_modules/twemoji-parser/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.TypeName = void 0;
    exports.parse = parse;
    exports.toCodePoints = toCodePoints;
    var _regex = require_regex();
    var _regex2 = _interopRequireDefault(_regex);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var TypeName = exports.TypeName = "emoji";
    function parse(text, options) {
      var assetType = options && options.assetType ? options.assetType : "svg";
      var getTwemojiUrl = options && options.buildUrl ? options.buildUrl : function(codepoints2, assetType2) {
        return assetType2 === "png" ? "https://twemoji.maxcdn.com/2/72x72/" + codepoints2 + ".png" : "https://twemoji.maxcdn.com/2/svg/" + codepoints2 + ".svg";
      };
      var entities = [];
      _regex2.default.lastIndex = 0;
      while (true) {
        var result = _regex2.default.exec(text);
        if (!result) {
          break;
        }
        var emojiText = result[0];
        var codepoints = toCodePoints(removeVS16s(emojiText)).join("-");
        entities.push({
          url: codepoints ? getTwemojiUrl(codepoints, assetType) : "",
          indices: [result.index, _regex2.default.lastIndex],
          text: emojiText,
          type: TypeName
        });
      }
      return entities;
    }
    var vs16RegExp = /\uFE0F/g;
    var zeroWidthJoiner = String.fromCharCode(8205);
    var removeVS16s = function removeVS16s2(rawEmoji) {
      return rawEmoji.indexOf(zeroWidthJoiner) < 0 ? rawEmoji.replace(vs16RegExp, "") : rawEmoji;
    };
    function toCodePoints(unicodeSurrogates) {
      var points = [];
      var char = 0;
      var previous = 0;
      var i = 0;
      while (i < unicodeSurrogates.length) {
        char = unicodeSurrogates.charCodeAt(i++);
        if (previous) {
          points.push((65536 + (previous - 55296 << 10) + (char - 56320)).toString(16));
          previous = 0;
        } else if (char > 55296 && char <= 56319) {
          previous = char;
        } else {
          points.push(char.toString(16));
        }
      }
      return points;
    }
  }
});

// node_modules/twitter-text/dist/regexp/urlHasHttps.js
var require_urlHasHttps = __commonJS({
  "node_modules/twitter-text/dist/regexp/urlHasHttps.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var urlHasHttps = /^https:\/\//i;
    var _default = urlHasHttps;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/parseTweet.js
var require_parseTweet = __commonJS({
  "node_modules/twitter-text/dist/parseTweet.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_reduce();
    require_web_dom_iterable();
    require_es6_array_iterator();
    require_es6_object_to_string();
    require_es6_object_keys();
    var _configs = _interopRequireDefault(require_configs());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _getCharacterWeight = _interopRequireDefault(require_getCharacterWeight());
    var _hasInvalidCharacters = _interopRequireDefault(require_hasInvalidCharacters());
    var _modifyIndicesFromUTF16ToUnicode = _interopRequireDefault(require_modifyIndicesFromUTF16ToUnicode());
    var _twemojiParser = require_dist();
    var _urlHasHttps = _interopRequireDefault(require_urlHasHttps());
    var parseTweet = function parseTweet2() {
      var text = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "";
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : _configs["default"].defaults;
      var mergedOptions = Object.keys(options).length ? options : _configs["default"].defaults;
      var defaultWeight = mergedOptions.defaultWeight, emojiParsingEnabled = mergedOptions.emojiParsingEnabled, scale = mergedOptions.scale, maxWeightedTweetLength = mergedOptions.maxWeightedTweetLength, transformedURLLength = mergedOptions.transformedURLLength;
      var normalizedText = typeof String.prototype.normalize === "function" ? text.normalize() : text;
      var urlEntitiesMap = transformEntitiesToHash((0, _extractUrlsWithIndices["default"])(normalizedText));
      var emojiEntitiesMap = emojiParsingEnabled ? transformEntitiesToHash((0, _twemojiParser.parse)(normalizedText)) : [];
      var tweetLength = normalizedText.length;
      var weightedLength = 0;
      var validDisplayIndex = 0;
      var valid = true;
      for (var charIndex = 0; charIndex < tweetLength; charIndex++) {
        if (urlEntitiesMap[charIndex]) {
          var _urlEntitiesMap$charI = urlEntitiesMap[charIndex], url = _urlEntitiesMap$charI.url, indices = _urlEntitiesMap$charI.indices;
          weightedLength += transformedURLLength * scale;
          charIndex += url.length - 1;
        } else if (emojiParsingEnabled && emojiEntitiesMap[charIndex]) {
          var _emojiEntitiesMap$cha = emojiEntitiesMap[charIndex], emoji = _emojiEntitiesMap$cha.text, _indices = _emojiEntitiesMap$cha.indices;
          weightedLength += defaultWeight;
          charIndex += emoji.length - 1;
        } else {
          charIndex += isSurrogatePair(normalizedText, charIndex) ? 1 : 0;
          weightedLength += (0, _getCharacterWeight["default"])(normalizedText.charAt(charIndex), mergedOptions);
        }
        if (valid) {
          valid = !(0, _hasInvalidCharacters["default"])(normalizedText.substring(charIndex, charIndex + 1));
        }
        if (valid && weightedLength <= maxWeightedTweetLength * scale) {
          validDisplayIndex = charIndex;
        }
      }
      weightedLength = weightedLength / scale;
      valid = valid && weightedLength > 0 && weightedLength <= maxWeightedTweetLength;
      var permillage = Math.floor(weightedLength / maxWeightedTweetLength * 1e3);
      var normalizationOffset = text.length - normalizedText.length;
      validDisplayIndex += normalizationOffset;
      return {
        weightedLength,
        valid,
        permillage,
        validRangeStart: 0,
        validRangeEnd: validDisplayIndex,
        displayRangeStart: 0,
        displayRangeEnd: text.length > 0 ? text.length - 1 : 0
      };
    };
    var transformEntitiesToHash = function transformEntitiesToHash2(entities) {
      return entities.reduce(function(map, entity) {
        map[entity.indices[0]] = entity;
        return map;
      }, {});
    };
    var isSurrogatePair = function isSurrogatePair2(text, cIndex) {
      if (cIndex < text.length - 1) {
        var c = text.charCodeAt(cIndex);
        var cNext = text.charCodeAt(cIndex + 1);
        return 55296 <= c && c <= 56319 && 56320 <= cNext && cNext <= 57343;
      }
      return false;
    };
    var _default = parseTweet;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/getTweetLength.js
var require_getTweetLength = __commonJS({
  "node_modules/twitter-text/dist/getTweetLength.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _configs = _interopRequireDefault(require_configs());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _getCharacterWeight = _interopRequireDefault(require_getCharacterWeight());
    var _modifyIndicesFromUTF16ToUnicode = _interopRequireDefault(require_modifyIndicesFromUTF16ToUnicode());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _parseTweet = _interopRequireDefault(require_parseTweet());
    var _urlHasHttps = _interopRequireDefault(require_urlHasHttps());
    var getTweetLength = function getTweetLength2(text) {
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : _configs["default"].defaults;
      return (0, _parseTweet["default"])(text, options).weightedLength;
    };
    var _default = getTweetLength;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/getUnicodeTextLength.js
var require_getUnicodeTextLength = __commonJS({
  "node_modules/twitter-text/dist/getUnicodeTextLength.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_replace();
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    function _default(text) {
      return text.replace(_nonBmpCodePairs["default"], " ").length;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/splitTags.js
var require_splitTags = __commonJS({
  "node_modules/twitter-text/dist/splitTags.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_split();
    function _default(text) {
      var firstSplits = text.split("<"), secondSplits, allSplits = [], split;
      for (var i = 0; i < firstSplits.length; i += 1) {
        split = firstSplits[i];
        if (!split) {
          allSplits.push("");
        } else {
          secondSplits = split.split(">");
          for (var j = 0; j < secondSplits.length; j += 1) {
            allSplits.push(secondSplits[j]);
          }
        }
      }
      return allSplits;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/hitHighlight.js
var require_hitHighlight = __commonJS({
  "node_modules/twitter-text/dist/hitHighlight.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _splitTags = _interopRequireDefault(require_splitTags());
    function _default(text, hits, options) {
      var defaultHighlightTag = "em";
      hits = hits || [];
      options = options || {};
      if (hits.length === 0) {
        return text;
      }
      var tagName = options.tag || defaultHighlightTag, tags = ["<".concat(tagName, ">"), "</".concat(tagName, ">")], chunks = (0, _splitTags["default"])(text), i, j, result = "", chunkIndex = 0, chunk = chunks[0], prevChunksLen = 0, chunkCursor = 0, startInChunk = false, chunkChars = chunk, flatHits = [], index, hit, tag, placed, hitSpot;
      for (i = 0; i < hits.length; i += 1) {
        for (j = 0; j < hits[i].length; j += 1) {
          flatHits.push(hits[i][j]);
        }
      }
      for (index = 0; index < flatHits.length; index += 1) {
        hit = flatHits[index];
        tag = tags[index % 2];
        placed = false;
        while (chunk != null && hit >= prevChunksLen + chunk.length) {
          result += chunkChars.slice(chunkCursor);
          if (startInChunk && hit === prevChunksLen + chunkChars.length) {
            result += tag;
            placed = true;
          }
          if (chunks[chunkIndex + 1]) {
            result += "<".concat(chunks[chunkIndex + 1], ">");
          }
          prevChunksLen += chunkChars.length;
          chunkCursor = 0;
          chunkIndex += 2;
          chunk = chunks[chunkIndex];
          chunkChars = chunk;
          startInChunk = false;
        }
        if (!placed && chunk != null) {
          hitSpot = hit - prevChunksLen;
          result += chunkChars.slice(chunkCursor, hitSpot) + tag;
          chunkCursor = hitSpot;
          if (index % 2 === 0) {
            startInChunk = true;
          } else {
            startInChunk = false;
          }
        } else if (!placed) {
          placed = true;
          result += tag;
        }
      }
      if (chunk != null) {
        if (chunkCursor < chunkChars.length) {
          result += chunkChars.slice(chunkCursor);
        }
        for (index = chunkIndex + 1; index < chunks.length; index += 1) {
          result += index % 2 === 0 ? chunks[index] : "<".concat(chunks[index], ">");
        }
      }
      return result;
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.object.define-properties.js
var require_es6_object_define_properties = __commonJS({
  "node_modules/core-js/modules/es6.object.define-properties.js"() {
    var $export = require_export();
    $export($export.S + $export.F * !require_descriptors(), "Object", { defineProperties: require_object_dps() });
  }
});

// node_modules/core-js/modules/_object-gops.js
var require_object_gops = __commonJS({
  "node_modules/core-js/modules/_object-gops.js"(exports) {
    exports.f = Object.getOwnPropertySymbols;
  }
});

// node_modules/core-js/modules/_own-keys.js
var require_own_keys = __commonJS({
  "node_modules/core-js/modules/_own-keys.js"(exports, module) {
    var gOPN = require_object_gopn();
    var gOPS = require_object_gops();
    var anObject = require_an_object();
    var Reflect = require_global().Reflect;
    module.exports = Reflect && Reflect.ownKeys || function ownKeys(it) {
      var keys = gOPN.f(anObject(it));
      var getSymbols = gOPS.f;
      return getSymbols ? keys.concat(getSymbols(it)) : keys;
    };
  }
});

// node_modules/core-js/modules/_create-property.js
var require_create_property = __commonJS({
  "node_modules/core-js/modules/_create-property.js"(exports, module) {
    "use strict";
    var $defineProperty = require_object_dp();
    var createDesc = require_property_desc();
    module.exports = function(object, index, value) {
      if (index in object) $defineProperty.f(object, index, createDesc(0, value));
      else object[index] = value;
    };
  }
});

// node_modules/core-js/modules/es7.object.get-own-property-descriptors.js
var require_es7_object_get_own_property_descriptors = __commonJS({
  "node_modules/core-js/modules/es7.object.get-own-property-descriptors.js"() {
    var $export = require_export();
    var ownKeys = require_own_keys();
    var toIObject = require_to_iobject();
    var gOPD = require_object_gopd();
    var createProperty = require_create_property();
    $export($export.S, "Object", {
      getOwnPropertyDescriptors: function getOwnPropertyDescriptors(object) {
        var O = toIObject(object);
        var getDesc = gOPD.f;
        var keys = ownKeys(O);
        var result = {};
        var i = 0;
        var key, desc;
        while (keys.length > i) {
          desc = getDesc(O, key = keys[i++]);
          if (desc !== void 0) createProperty(result, key, desc);
        }
        return result;
      }
    });
  }
});

// node_modules/core-js/modules/_array-species-constructor.js
var require_array_species_constructor = __commonJS({
  "node_modules/core-js/modules/_array-species-constructor.js"(exports, module) {
    var isObject = require_is_object();
    var isArray = require_is_array();
    var SPECIES = require_wks()("species");
    module.exports = function(original) {
      var C;
      if (isArray(original)) {
        C = original.constructor;
        if (typeof C == "function" && (C === Array || isArray(C.prototype))) C = void 0;
        if (isObject(C)) {
          C = C[SPECIES];
          if (C === null) C = void 0;
        }
      }
      return C === void 0 ? Array : C;
    };
  }
});

// node_modules/core-js/modules/_array-species-create.js
var require_array_species_create = __commonJS({
  "node_modules/core-js/modules/_array-species-create.js"(exports, module) {
    var speciesConstructor = require_array_species_constructor();
    module.exports = function(original, length) {
      return new (speciesConstructor(original))(length);
    };
  }
});

// node_modules/core-js/modules/_array-methods.js
var require_array_methods = __commonJS({
  "node_modules/core-js/modules/_array-methods.js"(exports, module) {
    var ctx = require_ctx();
    var IObject = require_iobject();
    var toObject = require_to_object();
    var toLength = require_to_length();
    var asc = require_array_species_create();
    module.exports = function(TYPE, $create) {
      var IS_MAP = TYPE == 1;
      var IS_FILTER = TYPE == 2;
      var IS_SOME = TYPE == 3;
      var IS_EVERY = TYPE == 4;
      var IS_FIND_INDEX = TYPE == 6;
      var NO_HOLES = TYPE == 5 || IS_FIND_INDEX;
      var create = $create || asc;
      return function($this, callbackfn, that) {
        var O = toObject($this);
        var self2 = IObject(O);
        var f = ctx(callbackfn, that, 3);
        var length = toLength(self2.length);
        var index = 0;
        var result = IS_MAP ? create($this, length) : IS_FILTER ? create($this, 0) : void 0;
        var val, res;
        for (; length > index; index++) if (NO_HOLES || index in self2) {
          val = self2[index];
          res = f(val, index, O);
          if (TYPE) {
            if (IS_MAP) result[index] = res;
            else if (res) switch (TYPE) {
              case 3:
                return true;
              // some
              case 5:
                return val;
              // find
              case 6:
                return index;
              // findIndex
              case 2:
                result.push(val);
            }
            else if (IS_EVERY) return false;
          }
        }
        return IS_FIND_INDEX ? -1 : IS_SOME || IS_EVERY ? IS_EVERY : result;
      };
    };
  }
});

// node_modules/core-js/modules/es6.array.for-each.js
var require_es6_array_for_each = __commonJS({
  "node_modules/core-js/modules/es6.array.for-each.js"() {
    "use strict";
    var $export = require_export();
    var $forEach = require_array_methods()(0);
    var STRICT = require_strict_method()([].forEach, true);
    $export($export.P + $export.F * !STRICT, "Array", {
      // 22.1.3.10 / 15.4.4.18 Array.prototype.forEach(callbackfn [, thisArg])
      forEach: function forEach(callbackfn) {
        return $forEach(this, callbackfn, arguments[1]);
      }
    });
  }
});

// node_modules/core-js/modules/es6.array.filter.js
var require_es6_array_filter = __commonJS({
  "node_modules/core-js/modules/es6.array.filter.js"() {
    "use strict";
    var $export = require_export();
    var $filter = require_array_methods()(2);
    $export($export.P + $export.F * !require_strict_method()([].filter, true), "Array", {
      // 22.1.3.7 / 15.4.4.20 Array.prototype.filter(callbackfn [, thisArg])
      filter: function filter(callbackfn) {
        return $filter(this, callbackfn, arguments[1]);
      }
    });
  }
});

// node_modules/core-js/modules/_meta.js
var require_meta = __commonJS({
  "node_modules/core-js/modules/_meta.js"(exports, module) {
    var META = require_uid()("meta");
    var isObject = require_is_object();
    var has = require_has();
    var setDesc = require_object_dp().f;
    var id = 0;
    var isExtensible = Object.isExtensible || function() {
      return true;
    };
    var FREEZE = !require_fails()(function() {
      return isExtensible(Object.preventExtensions({}));
    });
    var setMeta = function(it) {
      setDesc(it, META, { value: {
        i: "O" + ++id,
        // object ID
        w: {}
        // weak collections IDs
      } });
    };
    var fastKey = function(it, create) {
      if (!isObject(it)) return typeof it == "symbol" ? it : (typeof it == "string" ? "S" : "P") + it;
      if (!has(it, META)) {
        if (!isExtensible(it)) return "F";
        if (!create) return "E";
        setMeta(it);
      }
      return it[META].i;
    };
    var getWeak = function(it, create) {
      if (!has(it, META)) {
        if (!isExtensible(it)) return true;
        if (!create) return false;
        setMeta(it);
      }
      return it[META].w;
    };
    var onFreeze = function(it) {
      if (FREEZE && meta.NEED && isExtensible(it) && !has(it, META)) setMeta(it);
      return it;
    };
    var meta = module.exports = {
      KEY: META,
      NEED: false,
      fastKey,
      getWeak,
      onFreeze
    };
  }
});

// node_modules/core-js/modules/_wks-ext.js
var require_wks_ext = __commonJS({
  "node_modules/core-js/modules/_wks-ext.js"(exports) {
    exports.f = require_wks();
  }
});

// node_modules/core-js/modules/_wks-define.js
var require_wks_define = __commonJS({
  "node_modules/core-js/modules/_wks-define.js"(exports, module) {
    var global = require_global();
    var core = require_core();
    var LIBRARY = require_library();
    var wksExt = require_wks_ext();
    var defineProperty = require_object_dp().f;
    module.exports = function(name) {
      var $Symbol = core.Symbol || (core.Symbol = LIBRARY ? {} : global.Symbol || {});
      if (name.charAt(0) != "_" && !(name in $Symbol)) defineProperty($Symbol, name, { value: wksExt.f(name) });
    };
  }
});

// node_modules/core-js/modules/_enum-keys.js
var require_enum_keys = __commonJS({
  "node_modules/core-js/modules/_enum-keys.js"(exports, module) {
    var getKeys = require_object_keys();
    var gOPS = require_object_gops();
    var pIE = require_object_pie();
    module.exports = function(it) {
      var result = getKeys(it);
      var getSymbols = gOPS.f;
      if (getSymbols) {
        var symbols = getSymbols(it);
        var isEnum = pIE.f;
        var i = 0;
        var key;
        while (symbols.length > i) if (isEnum.call(it, key = symbols[i++])) result.push(key);
      }
      return result;
    };
  }
});

// node_modules/core-js/modules/_object-gopn-ext.js
var require_object_gopn_ext = __commonJS({
  "node_modules/core-js/modules/_object-gopn-ext.js"(exports, module) {
    var toIObject = require_to_iobject();
    var gOPN = require_object_gopn().f;
    var toString = {}.toString;
    var windowNames = typeof window == "object" && window && Object.getOwnPropertyNames ? Object.getOwnPropertyNames(window) : [];
    var getWindowNames = function(it) {
      try {
        return gOPN(it);
      } catch (e) {
        return windowNames.slice();
      }
    };
    module.exports.f = function getOwnPropertyNames(it) {
      return windowNames && toString.call(it) == "[object Window]" ? getWindowNames(it) : gOPN(toIObject(it));
    };
  }
});

// node_modules/core-js/modules/es6.symbol.js
var require_es6_symbol = __commonJS({
  "node_modules/core-js/modules/es6.symbol.js"() {
    "use strict";
    var global = require_global();
    var has = require_has();
    var DESCRIPTORS = require_descriptors();
    var $export = require_export();
    var redefine = require_redefine();
    var META = require_meta().KEY;
    var $fails = require_fails();
    var shared = require_shared();
    var setToStringTag = require_set_to_string_tag();
    var uid = require_uid();
    var wks = require_wks();
    var wksExt = require_wks_ext();
    var wksDefine = require_wks_define();
    var enumKeys = require_enum_keys();
    var isArray = require_is_array();
    var anObject = require_an_object();
    var isObject = require_is_object();
    var toObject = require_to_object();
    var toIObject = require_to_iobject();
    var toPrimitive = require_to_primitive();
    var createDesc = require_property_desc();
    var _create = require_object_create();
    var gOPNExt = require_object_gopn_ext();
    var $GOPD = require_object_gopd();
    var $GOPS = require_object_gops();
    var $DP = require_object_dp();
    var $keys = require_object_keys();
    var gOPD = $GOPD.f;
    var dP = $DP.f;
    var gOPN = gOPNExt.f;
    var $Symbol = global.Symbol;
    var $JSON = global.JSON;
    var _stringify = $JSON && $JSON.stringify;
    var PROTOTYPE = "prototype";
    var HIDDEN = wks("_hidden");
    var TO_PRIMITIVE = wks("toPrimitive");
    var isEnum = {}.propertyIsEnumerable;
    var SymbolRegistry = shared("symbol-registry");
    var AllSymbols = shared("symbols");
    var OPSymbols = shared("op-symbols");
    var ObjectProto = Object[PROTOTYPE];
    var USE_NATIVE = typeof $Symbol == "function" && !!$GOPS.f;
    var QObject = global.QObject;
    var setter = !QObject || !QObject[PROTOTYPE] || !QObject[PROTOTYPE].findChild;
    var setSymbolDesc = DESCRIPTORS && $fails(function() {
      return _create(dP({}, "a", {
        get: function() {
          return dP(this, "a", { value: 7 }).a;
        }
      })).a != 7;
    }) ? function(it, key, D) {
      var protoDesc = gOPD(ObjectProto, key);
      if (protoDesc) delete ObjectProto[key];
      dP(it, key, D);
      if (protoDesc && it !== ObjectProto) dP(ObjectProto, key, protoDesc);
    } : dP;
    var wrap = function(tag) {
      var sym = AllSymbols[tag] = _create($Symbol[PROTOTYPE]);
      sym._k = tag;
      return sym;
    };
    var isSymbol = USE_NATIVE && typeof $Symbol.iterator == "symbol" ? function(it) {
      return typeof it == "symbol";
    } : function(it) {
      return it instanceof $Symbol;
    };
    var $defineProperty = function defineProperty(it, key, D) {
      if (it === ObjectProto) $defineProperty(OPSymbols, key, D);
      anObject(it);
      key = toPrimitive(key, true);
      anObject(D);
      if (has(AllSymbols, key)) {
        if (!D.enumerable) {
          if (!has(it, HIDDEN)) dP(it, HIDDEN, createDesc(1, {}));
          it[HIDDEN][key] = true;
        } else {
          if (has(it, HIDDEN) && it[HIDDEN][key]) it[HIDDEN][key] = false;
          D = _create(D, { enumerable: createDesc(0, false) });
        }
        return setSymbolDesc(it, key, D);
      }
      return dP(it, key, D);
    };
    var $defineProperties = function defineProperties(it, P) {
      anObject(it);
      var keys = enumKeys(P = toIObject(P));
      var i = 0;
      var l = keys.length;
      var key;
      while (l > i) $defineProperty(it, key = keys[i++], P[key]);
      return it;
    };
    var $create = function create(it, P) {
      return P === void 0 ? _create(it) : $defineProperties(_create(it), P);
    };
    var $propertyIsEnumerable = function propertyIsEnumerable(key) {
      var E = isEnum.call(this, key = toPrimitive(key, true));
      if (this === ObjectProto && has(AllSymbols, key) && !has(OPSymbols, key)) return false;
      return E || !has(this, key) || !has(AllSymbols, key) || has(this, HIDDEN) && this[HIDDEN][key] ? E : true;
    };
    var $getOwnPropertyDescriptor = function getOwnPropertyDescriptor(it, key) {
      it = toIObject(it);
      key = toPrimitive(key, true);
      if (it === ObjectProto && has(AllSymbols, key) && !has(OPSymbols, key)) return;
      var D = gOPD(it, key);
      if (D && has(AllSymbols, key) && !(has(it, HIDDEN) && it[HIDDEN][key])) D.enumerable = true;
      return D;
    };
    var $getOwnPropertyNames = function getOwnPropertyNames(it) {
      var names = gOPN(toIObject(it));
      var result = [];
      var i = 0;
      var key;
      while (names.length > i) {
        if (!has(AllSymbols, key = names[i++]) && key != HIDDEN && key != META) result.push(key);
      }
      return result;
    };
    var $getOwnPropertySymbols = function getOwnPropertySymbols(it) {
      var IS_OP = it === ObjectProto;
      var names = gOPN(IS_OP ? OPSymbols : toIObject(it));
      var result = [];
      var i = 0;
      var key;
      while (names.length > i) {
        if (has(AllSymbols, key = names[i++]) && (IS_OP ? has(ObjectProto, key) : true)) result.push(AllSymbols[key]);
      }
      return result;
    };
    if (!USE_NATIVE) {
      $Symbol = function Symbol2() {
        if (this instanceof $Symbol) throw TypeError("Symbol is not a constructor!");
        var tag = uid(arguments.length > 0 ? arguments[0] : void 0);
        var $set = function(value) {
          if (this === ObjectProto) $set.call(OPSymbols, value);
          if (has(this, HIDDEN) && has(this[HIDDEN], tag)) this[HIDDEN][tag] = false;
          setSymbolDesc(this, tag, createDesc(1, value));
        };
        if (DESCRIPTORS && setter) setSymbolDesc(ObjectProto, tag, { configurable: true, set: $set });
        return wrap(tag);
      };
      redefine($Symbol[PROTOTYPE], "toString", function toString() {
        return this._k;
      });
      $GOPD.f = $getOwnPropertyDescriptor;
      $DP.f = $defineProperty;
      require_object_gopn().f = gOPNExt.f = $getOwnPropertyNames;
      require_object_pie().f = $propertyIsEnumerable;
      $GOPS.f = $getOwnPropertySymbols;
      if (DESCRIPTORS && !require_library()) {
        redefine(ObjectProto, "propertyIsEnumerable", $propertyIsEnumerable, true);
      }
      wksExt.f = function(name) {
        return wrap(wks(name));
      };
    }
    $export($export.G + $export.W + $export.F * !USE_NATIVE, { Symbol: $Symbol });
    for (es6Symbols = // 19.4.2.2, 19.4.2.3, 19.4.2.4, 19.4.2.6, 19.4.2.8, 19.4.2.9, 19.4.2.10, 19.4.2.11, 19.4.2.12, 19.4.2.13, 19.4.2.14
    "hasInstance,isConcatSpreadable,iterator,match,replace,search,species,split,toPrimitive,toStringTag,unscopables".split(","), j = 0; es6Symbols.length > j; ) wks(es6Symbols[j++]);
    var es6Symbols;
    var j;
    for (wellKnownSymbols = $keys(wks.store), k = 0; wellKnownSymbols.length > k; ) wksDefine(wellKnownSymbols[k++]);
    var wellKnownSymbols;
    var k;
    $export($export.S + $export.F * !USE_NATIVE, "Symbol", {
      // 19.4.2.1 Symbol.for(key)
      "for": function(key) {
        return has(SymbolRegistry, key += "") ? SymbolRegistry[key] : SymbolRegistry[key] = $Symbol(key);
      },
      // 19.4.2.5 Symbol.keyFor(sym)
      keyFor: function keyFor(sym) {
        if (!isSymbol(sym)) throw TypeError(sym + " is not a symbol!");
        for (var key in SymbolRegistry) if (SymbolRegistry[key] === sym) return key;
      },
      useSetter: function() {
        setter = true;
      },
      useSimple: function() {
        setter = false;
      }
    });
    $export($export.S + $export.F * !USE_NATIVE, "Object", {
      // 19.1.2.2 Object.create(O [, Properties])
      create: $create,
      // 19.1.2.4 Object.defineProperty(O, P, Attributes)
      defineProperty: $defineProperty,
      // 19.1.2.3 Object.defineProperties(O, Properties)
      defineProperties: $defineProperties,
      // 19.1.2.6 Object.getOwnPropertyDescriptor(O, P)
      getOwnPropertyDescriptor: $getOwnPropertyDescriptor,
      // 19.1.2.7 Object.getOwnPropertyNames(O)
      getOwnPropertyNames: $getOwnPropertyNames,
      // 19.1.2.8 Object.getOwnPropertySymbols(O)
      getOwnPropertySymbols: $getOwnPropertySymbols
    });
    var FAILS_ON_PRIMITIVES = $fails(function() {
      $GOPS.f(1);
    });
    $export($export.S + $export.F * FAILS_ON_PRIMITIVES, "Object", {
      getOwnPropertySymbols: function getOwnPropertySymbols(it) {
        return $GOPS.f(toObject(it));
      }
    });
    $JSON && $export($export.S + $export.F * (!USE_NATIVE || $fails(function() {
      var S = $Symbol();
      return _stringify([S]) != "[null]" || _stringify({ a: S }) != "{}" || _stringify(Object(S)) != "{}";
    })), "JSON", {
      stringify: function stringify(it) {
        var args = [it];
        var i = 1;
        var replacer, $replacer;
        while (arguments.length > i) args.push(arguments[i++]);
        $replacer = replacer = args[1];
        if (!isObject(replacer) && it === void 0 || isSymbol(it)) return;
        if (!isArray(replacer)) replacer = function(key, value) {
          if (typeof $replacer == "function") value = $replacer.call(this, key, value);
          if (!isSymbol(value)) return value;
        };
        args[1] = replacer;
        return _stringify.apply($JSON, args);
      }
    });
    $Symbol[PROTOTYPE][TO_PRIMITIVE] || require_hide()($Symbol[PROTOTYPE], TO_PRIMITIVE, $Symbol[PROTOTYPE].valueOf);
    setToStringTag($Symbol, "Symbol");
    setToStringTag(Math, "Math", true);
    setToStringTag(global.JSON, "JSON", true);
  }
});

// node_modules/@babel/runtime/helpers/typeof.js
var require_typeof = __commonJS({
  "node_modules/@babel/runtime/helpers/typeof.js"(exports, module) {
    function _typeof(o) {
      "@babel/helpers - typeof";
      return module.exports = _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, module.exports.__esModule = true, module.exports["default"] = module.exports, _typeof(o);
    }
    module.exports = _typeof, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/toPrimitive.js
var require_toPrimitive = __commonJS({
  "node_modules/@babel/runtime/helpers/toPrimitive.js"(exports, module) {
    var _typeof = require_typeof()["default"];
    function toPrimitive(t2, e) {
      if ("object" != _typeof(t2) || !t2) return t2;
      var r;
      if ("undefined" != typeof Symbol && void 0 !== (r = t2[Symbol.toPrimitive])) {
        var i = r.call(t2, e || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === e ? String : Number)(t2);
    }
    module.exports = toPrimitive, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/toPropertyKey.js
var require_toPropertyKey = __commonJS({
  "node_modules/@babel/runtime/helpers/toPropertyKey.js"(exports, module) {
    var _typeof = require_typeof()["default"];
    var toPrimitive = require_toPrimitive();
    function toPropertyKey(t2) {
      var i = toPrimitive(t2, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    module.exports = toPropertyKey, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/defineProperty.js
var require_defineProperty = __commonJS({
  "node_modules/@babel/runtime/helpers/defineProperty.js"(exports, module) {
    var toPropertyKey = require_toPropertyKey();
    function _defineProperty(e, r, t2) {
      return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t2,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t2, e;
    }
    module.exports = _defineProperty, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/twitter-text/dist/isInvalidTweet.js
var require_isInvalidTweet = __commonJS({
  "node_modules/twitter-text/dist/isInvalidTweet.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_object_define_property();
    require_es6_object_define_properties();
    require_es7_object_get_own_property_descriptors();
    require_es6_array_for_each();
    require_es6_array_filter();
    require_es6_symbol();
    require_web_dom_iterable();
    require_es6_array_iterator();
    require_es6_object_to_string();
    require_es6_object_keys();
    var _defineProperty2 = _interopRequireDefault(require_defineProperty());
    var _configs = _interopRequireDefault(require_configs());
    var _getTweetLength = _interopRequireDefault(require_getTweetLength());
    var _hasInvalidCharacters = _interopRequireDefault(require_hasInvalidCharacters());
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        if (enumerableOnly) symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        });
        keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i] != null ? arguments[i] : {};
        if (i % 2) {
          ownKeys(source, true).forEach(function(key) {
            (0, _defineProperty2["default"])(target, key, source[key]);
          });
        } else if (Object.getOwnPropertyDescriptors) {
          Object.defineProperties(target, Object.getOwnPropertyDescriptors(source));
        } else {
          ownKeys(source).forEach(function(key) {
            Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
          });
        }
      }
      return target;
    }
    function _default(text) {
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : _configs["default"].defaults;
      if (!text) {
        return "empty";
      }
      var mergedOptions = _objectSpread({}, _configs["default"].defaults, {}, options);
      var maxLength = mergedOptions.maxWeightedTweetLength;
      if ((0, _getTweetLength["default"])(text, mergedOptions) > maxLength) {
        return "too_long";
      }
      if ((0, _hasInvalidCharacters["default"])(text)) {
        return "invalid_characters";
      }
      return false;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidHashtag.js
var require_isValidHashtag = __commonJS({
  "node_modules/twitter-text/dist/isValidHashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractHashtags = _interopRequireDefault(require_extractHashtags());
    function _default(hashtag) {
      if (!hashtag) {
        return false;
      }
      var extracted = (0, _extractHashtags["default"])(hashtag);
      return extracted.length === 1 && extracted[0] === hashtag.slice(1);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidList.js
var require_isValidList = __commonJS({
  "node_modules/twitter-text/dist/isValidList.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_match();
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validMentionOrList = _interopRequireDefault(require_validMentionOrList());
    var VALID_LIST_RE = (0, _regexSupplant["default"])(/^#{validMentionOrList}$/, {
      validMentionOrList: _validMentionOrList["default"]
    });
    function _default(usernameList) {
      var match = usernameList.match(VALID_LIST_RE);
      return !!(match && match[1] == "" && match[4]);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidTweetText.js
var require_isValidTweetText = __commonJS({
  "node_modules/twitter-text/dist/isValidTweetText.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _isInvalidTweet = _interopRequireDefault(require_isInvalidTweet());
    function _default(text, options) {
      return !(0, _isInvalidTweet["default"])(text, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnreserved.js
var require_validateUrlUnreserved = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnreserved.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnreserved = /[a-z\u0400-\u04FF0-9\-._~]/i;
    var _default = validateUrlUnreserved;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPctEncoded.js
var require_validateUrlPctEncoded = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPctEncoded.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlPctEncoded = /(?:%[0-9a-f]{2})/i;
    var _default = validateUrlPctEncoded;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlSubDelims.js
var require_validateUrlSubDelims = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlSubDelims.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlSubDelims = /[!$&'()*+,;=]/i;
    var _default = validateUrlSubDelims;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUserinfo.js
var require_validateUrlUserinfo = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUserinfo.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUnreserved = _interopRequireDefault(require_validateUrlUnreserved());
    var _validateUrlPctEncoded = _interopRequireDefault(require_validateUrlPctEncoded());
    var _validateUrlSubDelims = _interopRequireDefault(require_validateUrlSubDelims());
    var validateUrlUserinfo = (0, _regexSupplant["default"])("(?:#{validateUrlUnreserved}|#{validateUrlPctEncoded}|#{validateUrlSubDelims}|:)*", {
      validateUrlUnreserved: _validateUrlUnreserved["default"],
      validateUrlPctEncoded: _validateUrlPctEncoded["default"],
      validateUrlSubDelims: _validateUrlSubDelims["default"]
    }, "i");
    var _default = validateUrlUserinfo;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDomainSegment.js
var require_validateUrlDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlDomainSegment = /(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)/i;
    var _default = validateUrlDomainSegment;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDomainTld.js
var require_validateUrlDomainTld = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDomainTld.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlDomainTld = /(?:[a-z](?:[a-z0-9\-]*[a-z0-9])?)/i;
    var _default = validateUrlDomainTld;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlSubDomainSegment.js
var require_validateUrlSubDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlSubDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlSubDomainSegment = /(?:[a-z0-9](?:[a-z0-9_\-]*[a-z0-9])?)/i;
    var _default = validateUrlSubDomainSegment;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDomain.js
var require_validateUrlDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlDomainSegment = _interopRequireDefault(require_validateUrlDomainSegment());
    var _validateUrlDomainTld = _interopRequireDefault(require_validateUrlDomainTld());
    var _validateUrlSubDomainSegment = _interopRequireDefault(require_validateUrlSubDomainSegment());
    var validateUrlDomain = (0, _regexSupplant["default"])(/(?:(?:#{validateUrlSubDomainSegment}\.)*(?:#{validateUrlDomainSegment}\.)#{validateUrlDomainTld})/i, {
      validateUrlSubDomainSegment: _validateUrlSubDomainSegment["default"],
      validateUrlDomainSegment: _validateUrlDomainSegment["default"],
      validateUrlDomainTld: _validateUrlDomainTld["default"]
    });
    var _default = validateUrlDomain;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDecOctet.js
var require_validateUrlDecOctet = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDecOctet.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlDecOctet = /(?:[0-9]|(?:[1-9][0-9])|(?:1[0-9]{2})|(?:2[0-4][0-9])|(?:25[0-5]))/i;
    var _default = validateUrlDecOctet;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlIpv4.js
var require_validateUrlIpv4 = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlIpv4.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlDecOctet = _interopRequireDefault(require_validateUrlDecOctet());
    var validateUrlIpv4 = (0, _regexSupplant["default"])(/(?:#{validateUrlDecOctet}(?:\.#{validateUrlDecOctet}){3})/i, {
      validateUrlDecOctet: _validateUrlDecOctet["default"]
    });
    var _default = validateUrlIpv4;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlIpv6.js
var require_validateUrlIpv6 = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlIpv6.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlIpv6 = /(?:\[[a-f0-9:\.]+\])/i;
    var _default = validateUrlIpv6;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlIp.js
var require_validateUrlIp = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlIp.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlIpv = _interopRequireDefault(require_validateUrlIpv4());
    var _validateUrlIpv2 = _interopRequireDefault(require_validateUrlIpv6());
    var validateUrlIp = (0, _regexSupplant["default"])("(?:#{validateUrlIpv4}|#{validateUrlIpv6})", {
      validateUrlIpv4: _validateUrlIpv["default"],
      validateUrlIpv6: _validateUrlIpv2["default"]
    }, "i");
    var _default = validateUrlIp;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlHost.js
var require_validateUrlHost = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlHost.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlDomain = _interopRequireDefault(require_validateUrlDomain());
    var _validateUrlIp = _interopRequireDefault(require_validateUrlIp());
    var validateUrlHost = (0, _regexSupplant["default"])("(?:#{validateUrlIp}|#{validateUrlDomain})", {
      validateUrlIp: _validateUrlIp["default"],
      validateUrlDomain: _validateUrlDomain["default"]
    }, "i");
    var _default = validateUrlHost;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPort.js
var require_validateUrlPort = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPort.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlPort = /[0-9]{1,5}/;
    var _default = validateUrlPort;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlAuthority.js
var require_validateUrlAuthority = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlAuthority.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUserinfo = _interopRequireDefault(require_validateUrlUserinfo());
    var _validateUrlHost = _interopRequireDefault(require_validateUrlHost());
    var _validateUrlPort = _interopRequireDefault(require_validateUrlPort());
    var validateUrlAuthority = (0, _regexSupplant["default"])(
      // $1 userinfo
      "(?:(#{validateUrlUserinfo})@)?(#{validateUrlHost})(?::(#{validateUrlPort}))?",
      {
        validateUrlUserinfo: _validateUrlUserinfo["default"],
        validateUrlHost: _validateUrlHost["default"],
        validateUrlPort: _validateUrlPort["default"]
      },
      "i"
    );
    var _default = validateUrlAuthority;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPchar.js
var require_validateUrlPchar = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPchar.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUnreserved = _interopRequireDefault(require_validateUrlUnreserved());
    var _validateUrlPctEncoded = _interopRequireDefault(require_validateUrlPctEncoded());
    var _validateUrlSubDelims = _interopRequireDefault(require_validateUrlSubDelims());
    var validateUrlPchar = (0, _regexSupplant["default"])("(?:#{validateUrlUnreserved}|#{validateUrlPctEncoded}|#{validateUrlSubDelims}|[:|@])", {
      validateUrlUnreserved: _validateUrlUnreserved["default"],
      validateUrlPctEncoded: _validateUrlPctEncoded["default"],
      validateUrlSubDelims: _validateUrlSubDelims["default"]
    }, "i");
    var _default = validateUrlPchar;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlFragment.js
var require_validateUrlFragment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlFragment.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var validateUrlFragment = (0, _regexSupplant["default"])(/(#{validateUrlPchar}|\/|\?)*/i, {
      validateUrlPchar: _validateUrlPchar["default"]
    });
    var _default = validateUrlFragment;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPath.js
var require_validateUrlPath = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPath.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var validateUrlPath = (0, _regexSupplant["default"])(/(\/#{validateUrlPchar}*)*/i, {
      validateUrlPchar: _validateUrlPchar["default"]
    });
    var _default = validateUrlPath;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlQuery.js
var require_validateUrlQuery = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlQuery.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var validateUrlQuery = (0, _regexSupplant["default"])(/(#{validateUrlPchar}|\/|\?)*/i, {
      validateUrlPchar: _validateUrlPchar["default"]
    });
    var _default = validateUrlQuery;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlScheme.js
var require_validateUrlScheme = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlScheme.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlScheme = /(?:[a-z][a-z0-9+\-.]*)/i;
    var _default = validateUrlScheme;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnencoded.js
var require_validateUrlUnencoded = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnencoded.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validateUrlUnencoded = (0, _regexSupplant["default"])("^(?:([^:/?#]+):\\/\\/)?([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", "i");
    var _default = validateUrlUnencoded;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeSubDomainSegment.js
var require_validateUrlUnicodeSubDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeSubDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnicodeSubDomainSegment = /(?:(?:[a-z0-9]|[^\u0000-\u007f])(?:(?:[a-z0-9_\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)/i;
    var _default = validateUrlUnicodeSubDomainSegment;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainSegment.js
var require_validateUrlUnicodeDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnicodeDomainSegment = /(?:(?:[a-z0-9]|[^\u0000-\u007f])(?:(?:[a-z0-9\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)/i;
    var _default = validateUrlUnicodeDomainSegment;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainTld.js
var require_validateUrlUnicodeDomainTld = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainTld.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnicodeDomainTld = /(?:(?:[a-z]|[^\u0000-\u007f])(?:(?:[a-z0-9\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)/i;
    var _default = validateUrlUnicodeDomainTld;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomain.js
var require_validateUrlUnicodeDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUnicodeSubDomainSegment = _interopRequireDefault(require_validateUrlUnicodeSubDomainSegment());
    var _validateUrlUnicodeDomainSegment = _interopRequireDefault(require_validateUrlUnicodeDomainSegment());
    var _validateUrlUnicodeDomainTld = _interopRequireDefault(require_validateUrlUnicodeDomainTld());
    var validateUrlUnicodeDomain = (0, _regexSupplant["default"])(/(?:(?:#{validateUrlUnicodeSubDomainSegment}\.)*(?:#{validateUrlUnicodeDomainSegment}\.)#{validateUrlUnicodeDomainTld})/i, {
      validateUrlUnicodeSubDomainSegment: _validateUrlUnicodeSubDomainSegment["default"],
      validateUrlUnicodeDomainSegment: _validateUrlUnicodeDomainSegment["default"],
      validateUrlUnicodeDomainTld: _validateUrlUnicodeDomainTld["default"]
    });
    var _default = validateUrlUnicodeDomain;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeHost.js
var require_validateUrlUnicodeHost = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeHost.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlIp = _interopRequireDefault(require_validateUrlIp());
    var _validateUrlUnicodeDomain = _interopRequireDefault(require_validateUrlUnicodeDomain());
    var validateUrlUnicodeHost = (0, _regexSupplant["default"])("(?:#{validateUrlIp}|#{validateUrlUnicodeDomain})", {
      validateUrlIp: _validateUrlIp["default"],
      validateUrlUnicodeDomain: _validateUrlUnicodeDomain["default"]
    }, "i");
    var _default = validateUrlUnicodeHost;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeAuthority.js
var require_validateUrlUnicodeAuthority = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeAuthority.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUserinfo = _interopRequireDefault(require_validateUrlUserinfo());
    var _validateUrlUnicodeHost = _interopRequireDefault(require_validateUrlUnicodeHost());
    var _validateUrlPort = _interopRequireDefault(require_validateUrlPort());
    var validateUrlUnicodeAuthority = (0, _regexSupplant["default"])(
      // $1 userinfo
      "(?:(#{validateUrlUserinfo})@)?(#{validateUrlUnicodeHost})(?::(#{validateUrlPort}))?",
      {
        validateUrlUserinfo: _validateUrlUserinfo["default"],
        validateUrlUnicodeHost: _validateUrlUnicodeHost["default"],
        validateUrlPort: _validateUrlPort["default"]
      },
      "i"
    );
    var _default = validateUrlUnicodeAuthority;
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidUrl.js
var require_isValidUrl = __commonJS({
  "node_modules/twitter-text/dist/isValidUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    require_es6_regexp_constructor();
    require_es6_regexp_match();
    var _validateUrlAuthority = _interopRequireDefault(require_validateUrlAuthority());
    var _validateUrlFragment = _interopRequireDefault(require_validateUrlFragment());
    var _validateUrlPath = _interopRequireDefault(require_validateUrlPath());
    var _validateUrlQuery = _interopRequireDefault(require_validateUrlQuery());
    var _validateUrlScheme = _interopRequireDefault(require_validateUrlScheme());
    var _validateUrlUnencoded = _interopRequireDefault(require_validateUrlUnencoded());
    var _validateUrlUnicodeAuthority = _interopRequireDefault(require_validateUrlUnicodeAuthority());
    function isValidMatch(string, regex, optional) {
      if (!optional) {
        return typeof string === "string" && string.match(regex) && RegExp["$&"] === string;
      }
      return !string || string.match(regex) && RegExp["$&"] === string;
    }
    function _default(url, unicodeDomains, requireProtocol) {
      if (unicodeDomains == null) {
        unicodeDomains = true;
      }
      if (requireProtocol == null) {
        requireProtocol = true;
      }
      if (!url) {
        return false;
      }
      var urlParts = url.match(_validateUrlUnencoded["default"]);
      if (!urlParts || urlParts[0] !== url) {
        return false;
      }
      var scheme = urlParts[1], authority = urlParts[2], path2 = urlParts[3], query = urlParts[4], fragment = urlParts[5];
      if (!((!requireProtocol || isValidMatch(scheme, _validateUrlScheme["default"]) && scheme.match(/^https?$/i)) && isValidMatch(path2, _validateUrlPath["default"]) && isValidMatch(query, _validateUrlQuery["default"], true) && isValidMatch(fragment, _validateUrlFragment["default"], true))) {
        return false;
      }
      return unicodeDomains && isValidMatch(authority, _validateUrlUnicodeAuthority["default"]) || !unicodeDomains && isValidMatch(authority, _validateUrlAuthority["default"]);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidUsername.js
var require_isValidUsername = __commonJS({
  "node_modules/twitter-text/dist/isValidUsername.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default;
    var _extractMentions = _interopRequireDefault(require_extractMentions());
    function _default(username) {
      if (!username) {
        return false;
      }
      var extracted = (0, _extractMentions["default"])(username);
      return extracted.length === 1 && extracted[0] === username.slice(1);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/index.js
var require_regexp = __commonJS({
  "node_modules/twitter-text/dist/regexp/index.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _astralLetterAndMarks = _interopRequireDefault(require_astralLetterAndMarks());
    var _astralNumerals = _interopRequireDefault(require_astralNumerals());
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _bmpLetterAndMarks = _interopRequireDefault(require_bmpLetterAndMarks());
    var _bmpNumerals = _interopRequireDefault(require_bmpNumerals());
    var _cashtag = _interopRequireDefault(require_cashtag());
    var _codePoint = _interopRequireDefault(require_codePoint());
    var _cyrillicLettersAndMarks = _interopRequireDefault(require_cyrillicLettersAndMarks());
    var _endHashtagMatch = _interopRequireDefault(require_endHashtagMatch());
    var _endMentionMatch = _interopRequireDefault(require_endMentionMatch());
    var _extractUrl = _interopRequireDefault(require_extractUrl());
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _hashtagAlpha = _interopRequireDefault(require_hashtagAlpha());
    var _hashtagAlphaNumeric = _interopRequireDefault(require_hashtagAlphaNumeric());
    var _hashtagBoundary = _interopRequireDefault(require_hashtagBoundary());
    var _hashtagSpecialChars = _interopRequireDefault(require_hashtagSpecialChars());
    var _invalidChars = _interopRequireDefault(require_invalidChars());
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _invalidDomainChars = _interopRequireDefault(require_invalidDomainChars());
    var _invalidUrlWithoutProtocolPrecedingChars = _interopRequireDefault(require_invalidUrlWithoutProtocolPrecedingChars());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _punct = _interopRequireDefault(require_punct());
    var _rtlChars = _interopRequireDefault(require_rtlChars());
    var _spaces = _interopRequireDefault(require_spaces());
    var _spacesGroup = _interopRequireDefault(require_spacesGroup());
    var _urlHasHttps = _interopRequireDefault(require_urlHasHttps());
    var _urlHasProtocol = _interopRequireDefault(require_urlHasProtocol());
    var _validAsciiDomain = _interopRequireDefault(require_validAsciiDomain());
    var _validateUrlAuthority = _interopRequireDefault(require_validateUrlAuthority());
    var _validateUrlDecOctet = _interopRequireDefault(require_validateUrlDecOctet());
    var _validateUrlDomain = _interopRequireDefault(require_validateUrlDomain());
    var _validateUrlDomainSegment = _interopRequireDefault(require_validateUrlDomainSegment());
    var _validateUrlDomainTld = _interopRequireDefault(require_validateUrlDomainTld());
    var _validateUrlFragment = _interopRequireDefault(require_validateUrlFragment());
    var _validateUrlHost = _interopRequireDefault(require_validateUrlHost());
    var _validateUrlIp = _interopRequireDefault(require_validateUrlIp());
    var _validateUrlIpv = _interopRequireDefault(require_validateUrlIpv4());
    var _validateUrlIpv2 = _interopRequireDefault(require_validateUrlIpv6());
    var _validateUrlPath = _interopRequireDefault(require_validateUrlPath());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var _validateUrlPctEncoded = _interopRequireDefault(require_validateUrlPctEncoded());
    var _validateUrlPort = _interopRequireDefault(require_validateUrlPort());
    var _validateUrlQuery = _interopRequireDefault(require_validateUrlQuery());
    var _validateUrlScheme = _interopRequireDefault(require_validateUrlScheme());
    var _validateUrlSubDelims = _interopRequireDefault(require_validateUrlSubDelims());
    var _validateUrlSubDomainSegment = _interopRequireDefault(require_validateUrlSubDomainSegment());
    var _validateUrlUnencoded = _interopRequireDefault(require_validateUrlUnencoded());
    var _validateUrlUnicodeAuthority = _interopRequireDefault(require_validateUrlUnicodeAuthority());
    var _validateUrlUnicodeDomain = _interopRequireDefault(require_validateUrlUnicodeDomain());
    var _validateUrlUnicodeDomainSegment = _interopRequireDefault(require_validateUrlUnicodeDomainSegment());
    var _validateUrlUnicodeDomainTld = _interopRequireDefault(require_validateUrlUnicodeDomainTld());
    var _validateUrlUnicodeHost = _interopRequireDefault(require_validateUrlUnicodeHost());
    var _validateUrlUnicodeSubDomainSegment = _interopRequireDefault(require_validateUrlUnicodeSubDomainSegment());
    var _validateUrlUnreserved = _interopRequireDefault(require_validateUrlUnreserved());
    var _validateUrlUserinfo = _interopRequireDefault(require_validateUrlUserinfo());
    var _validCashtag = _interopRequireDefault(require_validCashtag());
    var _validCCTLD = _interopRequireDefault(require_validCCTLD());
    var _validDomain = _interopRequireDefault(require_validDomain());
    var _validDomainChars = _interopRequireDefault(require_validDomainChars());
    var _validDomainName = _interopRequireDefault(require_validDomainName());
    var _validGeneralUrlPathChars = _interopRequireDefault(require_validGeneralUrlPathChars());
    var _validGTLD = _interopRequireDefault(require_validGTLD());
    var _validHashtag = _interopRequireDefault(require_validHashtag());
    var _validMentionOrList = _interopRequireDefault(require_validMentionOrList());
    var _validMentionPrecedingChars = _interopRequireDefault(require_validMentionPrecedingChars());
    var _validPortNumber = _interopRequireDefault(require_validPortNumber());
    var _validPunycode = _interopRequireDefault(require_validPunycode());
    var _validReply = _interopRequireDefault(require_validReply());
    var _validSubdomain = _interopRequireDefault(require_validSubdomain());
    var _validTcoUrl = _interopRequireDefault(require_validTcoUrl());
    var _validUrlBalancedParens = _interopRequireDefault(require_validUrlBalancedParens());
    var _validUrlPath = _interopRequireDefault(require_validUrlPath());
    var _validUrlPathEndingChars = _interopRequireDefault(require_validUrlPathEndingChars());
    var _validUrlPrecedingChars = _interopRequireDefault(require_validUrlPrecedingChars());
    var _validUrlQueryChars = _interopRequireDefault(require_validUrlQueryChars());
    var _validUrlQueryEndingChars = _interopRequireDefault(require_validUrlQueryEndingChars());
    var _default = {
      astralLetterAndMarks: _astralLetterAndMarks["default"],
      astralNumerals: _astralNumerals["default"],
      atSigns: _atSigns["default"],
      bmpLetterAndMarks: _bmpLetterAndMarks["default"],
      bmpNumerals: _bmpNumerals["default"],
      cashtag: _cashtag["default"],
      codePoint: _codePoint["default"],
      cyrillicLettersAndMarks: _cyrillicLettersAndMarks["default"],
      endHashtagMatch: _endHashtagMatch["default"],
      endMentionMatch: _endMentionMatch["default"],
      extractUrl: _extractUrl["default"],
      hashSigns: _hashSigns["default"],
      hashtagAlpha: _hashtagAlpha["default"],
      hashtagAlphaNumeric: _hashtagAlphaNumeric["default"],
      hashtagBoundary: _hashtagBoundary["default"],
      hashtagSpecialChars: _hashtagSpecialChars["default"],
      invalidChars: _invalidChars["default"],
      invalidCharsGroup: _invalidCharsGroup["default"],
      invalidDomainChars: _invalidDomainChars["default"],
      invalidUrlWithoutProtocolPrecedingChars: _invalidUrlWithoutProtocolPrecedingChars["default"],
      latinAccentChars: _latinAccentChars["default"],
      nonBmpCodePairs: _nonBmpCodePairs["default"],
      punct: _punct["default"],
      rtlChars: _rtlChars["default"],
      spaces: _spaces["default"],
      spacesGroup: _spacesGroup["default"],
      urlHasHttps: _urlHasHttps["default"],
      urlHasProtocol: _urlHasProtocol["default"],
      validAsciiDomain: _validAsciiDomain["default"],
      validateUrlAuthority: _validateUrlAuthority["default"],
      validateUrlDecOctet: _validateUrlDecOctet["default"],
      validateUrlDomain: _validateUrlDomain["default"],
      validateUrlDomainSegment: _validateUrlDomainSegment["default"],
      validateUrlDomainTld: _validateUrlDomainTld["default"],
      validateUrlFragment: _validateUrlFragment["default"],
      validateUrlHost: _validateUrlHost["default"],
      validateUrlIp: _validateUrlIp["default"],
      validateUrlIpv4: _validateUrlIpv["default"],
      validateUrlIpv6: _validateUrlIpv2["default"],
      validateUrlPath: _validateUrlPath["default"],
      validateUrlPchar: _validateUrlPchar["default"],
      validateUrlPctEncoded: _validateUrlPctEncoded["default"],
      validateUrlPort: _validateUrlPort["default"],
      validateUrlQuery: _validateUrlQuery["default"],
      validateUrlScheme: _validateUrlScheme["default"],
      validateUrlSubDelims: _validateUrlSubDelims["default"],
      validateUrlSubDomainSegment: _validateUrlSubDomainSegment["default"],
      validateUrlUnencoded: _validateUrlUnencoded["default"],
      validateUrlUnicodeAuthority: _validateUrlUnicodeAuthority["default"],
      validateUrlUnicodeDomain: _validateUrlUnicodeDomain["default"],
      validateUrlUnicodeDomainSegment: _validateUrlUnicodeDomainSegment["default"],
      validateUrlUnicodeDomainTld: _validateUrlUnicodeDomainTld["default"],
      validateUrlUnicodeHost: _validateUrlUnicodeHost["default"],
      validateUrlUnicodeSubDomainSegment: _validateUrlUnicodeSubDomainSegment["default"],
      validateUrlUnreserved: _validateUrlUnreserved["default"],
      validateUrlUserinfo: _validateUrlUserinfo["default"],
      validCashtag: _validCashtag["default"],
      validCCTLD: _validCCTLD["default"],
      validDomain: _validDomain["default"],
      validDomainChars: _validDomainChars["default"],
      validDomainName: _validDomainName["default"],
      validGeneralUrlPathChars: _validGeneralUrlPathChars["default"],
      validGTLD: _validGTLD["default"],
      validHashtag: _validHashtag["default"],
      validMentionOrList: _validMentionOrList["default"],
      validMentionPrecedingChars: _validMentionPrecedingChars["default"],
      validPortNumber: _validPortNumber["default"],
      validPunycode: _validPunycode["default"],
      validReply: _validReply["default"],
      validSubdomain: _validSubdomain["default"],
      validTcoUrl: _validTcoUrl["default"],
      validUrlBalancedParens: _validUrlBalancedParens["default"],
      validUrlPath: _validUrlPath["default"],
      validUrlPathEndingChars: _validUrlPathEndingChars["default"],
      validUrlPrecedingChars: _validUrlPrecedingChars["default"],
      validUrlQueryChars: _validUrlQueryChars["default"],
      validUrlQueryEndingChars: _validUrlQueryEndingChars["default"]
    };
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.string.iterator.js
var require_es6_string_iterator = __commonJS({
  "node_modules/core-js/modules/es6.string.iterator.js"() {
    "use strict";
    var $at = require_string_at()(true);
    require_iter_define()(String, "String", function(iterated) {
      this._t = String(iterated);
      this._i = 0;
    }, function() {
      var O = this._t;
      var index = this._i;
      var point;
      if (index >= O.length) return { value: void 0, done: true };
      point = $at(O, index);
      this._i += point.length;
      return { value: point, done: false };
    });
  }
});

// node_modules/core-js/modules/_iter-call.js
var require_iter_call = __commonJS({
  "node_modules/core-js/modules/_iter-call.js"(exports, module) {
    var anObject = require_an_object();
    module.exports = function(iterator, fn, value, entries) {
      try {
        return entries ? fn(anObject(value)[0], value[1]) : fn(value);
      } catch (e) {
        var ret = iterator["return"];
        if (ret !== void 0) anObject(ret.call(iterator));
        throw e;
      }
    };
  }
});

// node_modules/core-js/modules/_is-array-iter.js
var require_is_array_iter = __commonJS({
  "node_modules/core-js/modules/_is-array-iter.js"(exports, module) {
    var Iterators = require_iterators();
    var ITERATOR = require_wks()("iterator");
    var ArrayProto = Array.prototype;
    module.exports = function(it) {
      return it !== void 0 && (Iterators.Array === it || ArrayProto[ITERATOR] === it);
    };
  }
});

// node_modules/core-js/modules/core.get-iterator-method.js
var require_core_get_iterator_method = __commonJS({
  "node_modules/core-js/modules/core.get-iterator-method.js"(exports, module) {
    var classof = require_classof();
    var ITERATOR = require_wks()("iterator");
    var Iterators = require_iterators();
    module.exports = require_core().getIteratorMethod = function(it) {
      if (it != void 0) return it[ITERATOR] || it["@@iterator"] || Iterators[classof(it)];
    };
  }
});

// node_modules/core-js/modules/_iter-detect.js
var require_iter_detect = __commonJS({
  "node_modules/core-js/modules/_iter-detect.js"(exports, module) {
    var ITERATOR = require_wks()("iterator");
    var SAFE_CLOSING = false;
    try {
      riter = [7][ITERATOR]();
      riter["return"] = function() {
        SAFE_CLOSING = true;
      };
      Array.from(riter, function() {
        throw 2;
      });
    } catch (e) {
    }
    var riter;
    module.exports = function(exec, skipClosing) {
      if (!skipClosing && !SAFE_CLOSING) return false;
      var safe = false;
      try {
        var arr = [7];
        var iter = arr[ITERATOR]();
        iter.next = function() {
          return { done: safe = true };
        };
        arr[ITERATOR] = function() {
          return iter;
        };
        exec(arr);
      } catch (e) {
      }
      return safe;
    };
  }
});

// node_modules/core-js/modules/es6.array.from.js
var require_es6_array_from = __commonJS({
  "node_modules/core-js/modules/es6.array.from.js"() {
    "use strict";
    var ctx = require_ctx();
    var $export = require_export();
    var toObject = require_to_object();
    var call = require_iter_call();
    var isArrayIter = require_is_array_iter();
    var toLength = require_to_length();
    var createProperty = require_create_property();
    var getIterFn = require_core_get_iterator_method();
    $export($export.S + $export.F * !require_iter_detect()(function(iter) {
      Array.from(iter);
    }), "Array", {
      // 22.1.2.1 Array.from(arrayLike, mapfn = undefined, thisArg = undefined)
      from: function from(arrayLike) {
        var O = toObject(arrayLike);
        var C = typeof this == "function" ? this : Array;
        var aLen = arguments.length;
        var mapfn = aLen > 1 ? arguments[1] : void 0;
        var mapping = mapfn !== void 0;
        var index = 0;
        var iterFn = getIterFn(O);
        var length, result, step, iterator;
        if (mapping) mapfn = ctx(mapfn, aLen > 2 ? arguments[2] : void 0, 2);
        if (iterFn != void 0 && !(C == Array && isArrayIter(iterFn))) {
          for (iterator = iterFn.call(O), result = new C(); !(step = iterator.next()).done; index++) {
            createProperty(result, index, mapping ? call(iterator, mapfn, [step.value, index], true) : step.value);
          }
        } else {
          length = toLength(O.length);
          for (result = new C(length); length > index; index++) {
            createProperty(result, index, mapping ? mapfn(O[index], index) : O[index]);
          }
        }
        result.length = index;
        return result;
      }
    });
  }
});

// node_modules/twitter-text/dist/standardizeIndices.js
var require_standardizeIndices = __commonJS({
  "node_modules/twitter-text/dist/standardizeIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = standardizeIndices;
    require_es6_string_iterator();
    require_es6_array_from();
    var _getUnicodeTextLength = _interopRequireDefault(require_getUnicodeTextLength());
    function standardizeIndices(text, startIndex, endIndex) {
      var totalUnicodeTextLength = (0, _getUnicodeTextLength["default"])(text);
      var encodingDiff = text.length - totalUnicodeTextLength;
      if (encodingDiff > 0) {
        var byCodePair = Array.from(text);
        var beforeText = startIndex === 0 ? "" : byCodePair.slice(0, startIndex).join("");
        var actualText = byCodePair.slice(startIndex, endIndex).join("");
        return [beforeText.length, beforeText.length + actualText.length];
      }
      return [startIndex, endIndex];
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/twitter-text/dist/index.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _autoLink = _interopRequireDefault(require_autoLink());
    var _autoLinkCashtags = _interopRequireDefault(require_autoLinkCashtags());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _autoLinkHashtags = _interopRequireDefault(require_autoLinkHashtags());
    var _autoLinkUrlsCustom = _interopRequireDefault(require_autoLinkUrlsCustom());
    var _autoLinkUsernamesOrLists = _interopRequireDefault(require_autoLinkUsernamesOrLists());
    var _autoLinkWithJSON = _interopRequireDefault(require_autoLinkWithJSON());
    var _configs = _interopRequireDefault(require_configs());
    var _convertUnicodeIndices = _interopRequireDefault(require_convertUnicodeIndices2());
    var _extractCashtags = _interopRequireDefault(require_extractCashtags());
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    var _extractEntitiesWithIndices = _interopRequireDefault(require_extractEntitiesWithIndices());
    var _extractHashtags = _interopRequireDefault(require_extractHashtags());
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    var _extractHtmlAttrsFromOptions = _interopRequireDefault(require_extractHtmlAttrsFromOptions());
    var _extractMentions = _interopRequireDefault(require_extractMentions());
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    var _extractMentionsWithIndices = _interopRequireDefault(require_extractMentionsWithIndices());
    var _extractReplies = _interopRequireDefault(require_extractReplies());
    var _extractUrls = _interopRequireDefault(require_extractUrls());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _getTweetLength = _interopRequireDefault(require_getTweetLength());
    var _getUnicodeTextLength = _interopRequireDefault(require_getUnicodeTextLength());
    var _hasInvalidCharacters = _interopRequireDefault(require_hasInvalidCharacters());
    var _hitHighlight = _interopRequireDefault(require_hitHighlight());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _isInvalidTweet = _interopRequireDefault(require_isInvalidTweet());
    var _isValidHashtag = _interopRequireDefault(require_isValidHashtag());
    var _isValidList = _interopRequireDefault(require_isValidList());
    var _isValidTweetText = _interopRequireDefault(require_isValidTweetText());
    var _isValidUrl = _interopRequireDefault(require_isValidUrl());
    var _isValidUsername = _interopRequireDefault(require_isValidUsername());
    var _linkTextWithEntity = _interopRequireDefault(require_linkTextWithEntity());
    var _linkToCashtag = _interopRequireDefault(require_linkToCashtag());
    var _linkToHashtag = _interopRequireDefault(require_linkToHashtag());
    var _linkToMentionAndList = _interopRequireDefault(require_linkToMentionAndList());
    var _linkToText = _interopRequireDefault(require_linkToText());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    var _linkToUrl = _interopRequireDefault(require_linkToUrl());
    var _modifyIndicesFromUTF16ToUnicode = _interopRequireDefault(require_modifyIndicesFromUTF16ToUnicode());
    var _modifyIndicesFromUnicodeToUTF = _interopRequireDefault(require_modifyIndicesFromUnicodeToUTF16());
    var _index = _interopRequireDefault(require_regexp());
    var _removeOverlappingEntities = _interopRequireDefault(require_removeOverlappingEntities());
    var _parseTweet = _interopRequireDefault(require_parseTweet());
    var _splitTags = _interopRequireDefault(require_splitTags());
    var _standardizeIndices = _interopRequireDefault(require_standardizeIndices());
    var _tagAttrs = _interopRequireDefault(require_tagAttrs());
    var _default = {
      autoLink: _autoLink["default"],
      autoLinkCashtags: _autoLinkCashtags["default"],
      autoLinkEntities: _autoLinkEntities["default"],
      autoLinkHashtags: _autoLinkHashtags["default"],
      autoLinkUrlsCustom: _autoLinkUrlsCustom["default"],
      autoLinkUsernamesOrLists: _autoLinkUsernamesOrLists["default"],
      autoLinkWithJSON: _autoLinkWithJSON["default"],
      configs: _configs["default"],
      convertUnicodeIndices: _convertUnicodeIndices["default"],
      extractCashtags: _extractCashtags["default"],
      extractCashtagsWithIndices: _extractCashtagsWithIndices["default"],
      extractEntitiesWithIndices: _extractEntitiesWithIndices["default"],
      extractHashtags: _extractHashtags["default"],
      extractHashtagsWithIndices: _extractHashtagsWithIndices["default"],
      extractHtmlAttrsFromOptions: _extractHtmlAttrsFromOptions["default"],
      extractMentions: _extractMentions["default"],
      extractMentionsOrListsWithIndices: _extractMentionsOrListsWithIndices["default"],
      extractMentionsWithIndices: _extractMentionsWithIndices["default"],
      extractReplies: _extractReplies["default"],
      extractUrls: _extractUrls["default"],
      extractUrlsWithIndices: _extractUrlsWithIndices["default"],
      getTweetLength: _getTweetLength["default"],
      getUnicodeTextLength: _getUnicodeTextLength["default"],
      hasInvalidCharacters: _hasInvalidCharacters["default"],
      hitHighlight: _hitHighlight["default"],
      htmlEscape: _htmlEscape["default"],
      isInvalidTweet: _isInvalidTweet["default"],
      isValidHashtag: _isValidHashtag["default"],
      isValidList: _isValidList["default"],
      isValidTweetText: _isValidTweetText["default"],
      isValidUrl: _isValidUrl["default"],
      isValidUsername: _isValidUsername["default"],
      linkTextWithEntity: _linkTextWithEntity["default"],
      linkToCashtag: _linkToCashtag["default"],
      linkToHashtag: _linkToHashtag["default"],
      linkToMentionAndList: _linkToMentionAndList["default"],
      linkToText: _linkToText["default"],
      linkToTextWithSymbol: _linkToTextWithSymbol["default"],
      linkToUrl: _linkToUrl["default"],
      modifyIndicesFromUTF16ToUnicode: _modifyIndicesFromUTF16ToUnicode["default"],
      modifyIndicesFromUnicodeToUTF16: _modifyIndicesFromUnicodeToUTF["default"],
      regexen: _index["default"],
      removeOverlappingEntities: _removeOverlappingEntities["default"],
      parseTweet: _parseTweet["default"],
      splitTags: _splitTags["default"],
      standardizeIndices: _standardizeIndices["default"],
      tagAttrs: _tagAttrs["default"]
    };
    exports["default"] = _default;
    module.exports = exports.default;
  }
});

// src/model/diagnostic.ts
function wording(message) {
  return typeof message === "string" ? { message } : { message: message.message, text: message.text };
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
function mergeDiagnostics(content, log, plan) {
  const errorPlaces = new Set(content.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column}`));
  return sortDiagnostics([...content, ...log, ...plan.filter((d) => !errorPlaces.has(`${d.file}:${d.line}:${d.column}`))]);
}
function errorsByFile(diagnostics) {
  const map = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.severity !== "error") continue;
    const list = map.get(d.file) ?? [];
    list.push(d);
    map.set(d.file, list);
  }
  return map;
}
function positionOf(positions, keys) {
  for (const key of keys) {
    const pos = positions?.[key];
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
}
function diagnostic(file, positions, keys, severity, rule, message) {
  const { line, column } = positionOf(positions, keys);
  return { file, line, column, severity, rule, ...wording(message) };
}

// src/model/log.ts
var isSentEntry = (entry) => (entry.event === "published" || entry.event === "reconciled" && entry.found === true) && entry.tweet_id !== void 0;
function replyLogId(answerId, targetId) {
  return `reply/${answerId}/${targetId}`;
}
var REPLY_LOG_ID = /^reply\/(.+)\/([0-9]{1,19})$/;
function parseReplyLogId(post) {
  const match = REPLY_LOG_ID.exec(post);
  return match ? { answer: match[1], to: match[2] } : void 0;
}

// src/i18n/messages/en.ts
var en = {
  // How a message names a part of a post.
  "part.post": "the post",
  "part.thread": "part {n} of the thread",
  "time-key": "{key}: {detail}",
  // Lead-ins for messages that are still English in every language (schema details, the rest).
  "lead.schema": "{detail}",
  "lead.yaml-syntax": "{detail}",
  "lead.untranslated": "{detail}",
  // Content rules.
  "empty-text.part": "{part} is empty; write its text, or remove the extra `---` line",
  "empty-text.post": "the post has no text; write it below the closing `---` of the front matter",
  "too-long": "{part} is {length} characters as X counts them (links count 23, emoji and CJK characters 2); the limit is {max}: shorten it by {over} or split it into a thread with a line holding only `---`",
  "too-long.answer": "{part} is {length} characters as X counts them (links count 23, emoji and CJK characters 2); the limit is {max}: shorten it by {over}",
  "too-long.answer-placeholders": "{part} is {length} characters as X counts them with every placeholder at its `max` (filled with characters X counts 2, like 字); the limit is {max}: shorten it by {over}, or lower a placeholder’s `max`",
  "invalid-character": "{part} has {code} at line {line}, column {column}: {what}{more}; delete it (your editor may show it as nothing: delete the character before and after and retype them)",
  "invalid-character.more": { one: " (and {n} more such character)", other: " (and {n} more such characters)" },
  "invalid-character.bom": "an invisible zero-width no-break space (a byte-order mark), which X refuses",
  "invalid-character.noncharacter": "a noncharacter, which X refuses",
  "invalid-character.tag": "an invisible tag character: it carries hidden text nobody reviewing the post can see",
  "invalid-character.bidi": "an invisible bidi control that reorders how the text is shown",
  "invalid-character.control": "an invisible control character, never meant to be published",
  "reply-restricted": "this replies to a post of {target}, but it is published as {handle}: X (since 2026-02) lets API apps reply only to the account's own posts and to posts that mention it, so unless that post mentions {handle}, X refuses the reply and it fails. Reply on x.com by hand, or mention the post's link in a post of your own",
  "quote-unavailable": "X removed quote posts from self-serve API plans (2026-04), so herald cannot quote. Remove `quote:`; to point at that post, put its link in the text",
  "hashtag-count": "{count} hashtags in {part}; keep at most {max}, the ones people actually search for",
  "bare-link.post-only": "the post is only a link; say in your own words why it matters (at least {min} words), e.g. “Our winter release is out: faster search and dark mode.”",
  "bare-link.thread-only": "the thread opens with only a link; say in your own words why it matters (at least {min} words), e.g. “Our winter release is out: faster search and dark mode.”",
  "bare-link.few-words": {
    one: "the link comes with only {words} word of comment; write at least {min} saying why it matters to the reader",
    other: "the link comes with only {words} words of comment; write at least {min} saying why it matters to the reader"
  },
  "first-person-singular": "“{word}” speaks for one person; the brand speaks as “we”: write “{instead}”",
  "first-person-singular.signoff": "“{word}” speaks for one person; the brand speaks as “we”: write “{instead}”, or sign the post at the end like “– MJ”",
  "missing-alt-text": "`{file}` has no alt text; describe what it shows for people using screen readers, e.g. `alt: Our new dashboard showing weekly totals`",
  "media-not-found.missing": "`{file}` does not exist (looked for {looked}); check the name, which is relative to the post file",
  "media-not-found.not-regular": "`{file}` is not a regular file; check the name, which is relative to the post file",
  "media-not-found.unreadable": "`{file}` is not a readable file; point at an image or video file",
  "media-outside-repo": "{problem}; put the file in the repository next to the post and write `{suggestion}`",
  "media-path.nul": "`{file}` contains a NUL byte",
  "media-path.absolute": "`{file}` is an absolute path or a URL",
  "media-path.outside": "`{file}` points outside the repository",
  "media-path.link-outside": "`{file}` is a link to a file outside the repository",
  "media-path.link-git": "`{file}` is a link into .git/",
  "media-path.bad": "`{file}`: {why}",
  "path.empty": "the path is empty",
  "path.nul": "the path contains a NUL byte",
  "path.absolute": "the path is absolute",
  "path.backslash": "the path contains a backslash",
  "path.dot-segment": "the path has an empty or `.` segment",
  "path.dot-dot": "the path leaves its folder with `..`",
  "path.git": "the path goes into `.git`",
  "media-type": "X does not accept `{ext}` files as media; use an image (png, jpg, webp), a gif, or a video (mp4, mov)",
  "media-too-large": "`{file}` is {size}; X takes {what} up to {limit}: make it smaller",
  "media-kind.videos": "videos",
  "media-kind.gifs": "GIFs",
  "media-kind.images": "images",
  "media-content": "`{file}` is named as {mime} but its content is not: {fix}",
  "media-content.really": "it is really {really}: rename it to `{renamed}` (and the `file:` line), or export it again as {format}",
  "media-content.empty": "the file is empty; export it again as a real {format} file",
  "media-content.starts": 'it starts with "{start}"; export it again as a real {format} file',
  "media-mix": "X takes up to four images, or one video or GIF alone; this post has {count} files with {moving} video or GIF: keep the video or GIF alone, or split the post into a thread",
  "unknown-account": "there is no account `{account}` (no schedules/{account}.yaml) Accounts: {known}.",
  "unknown-account.suggest": "there is no account `{account}` (no schedules/{account}.yaml); did you mean `account: {suggestion}`? Accounts: {known}.",
  "unknown-account.none": "none yet",
  "unknown-key.suggest": "`{key}` is not a setting of {where}; did you mean `{suggestion}`? Allowed here: {allowed}.",
  "unknown-key.remove": "`{key}` is not a setting of {where}; remove it or check its spelling. Allowed here: {allowed}.",
  "where.front-matter": "the front matter",
  "where.account-file": "the account file",
  "duplicate-text.content": "{part} has the same text as {where} on account {account}; X rejects duplicates, so change the wording",
  "duplicate-id.explicit": 'the id "{id}" is also the id of {others} on account {account}; two posts with one id share one history in the log, so neither is published until one changes: write another id, e.g. `id: {id}-2`, or remove id: to use the file name',
  "duplicate-id.reserved": 'the id "{id}" is how `herald reply` names its replies in the log (reply/<answer>/<post id>), so this post would share the history of a reply and is not published: write another id, e.g. `id: {suggestion}`, or move the file out of posts/reply/',
  "duplicate-id.from-file": 'the id taken from the file name, "{id}" is also the id of {others} on account {account}; two posts with one id share one history in the log, so neither is published until one changes: rename the file, or write `id: {stem}-2`',
  "executable-front-matter": "front matter in `{language}` is never run or read, for safety; write it in YAML: a first line holding only `---`, then {firstKey}",
  "part-time.zero": "{line}: part {n} would go out 0 minutes after part {previous}. To send it right after the previous part, use a plain `---`; else write how long after, like `--- +45m`",
  "part-time.too-long": '{line}: "{value}" is longer than {max}, so part {n} has no time. A timed part goes out at most {max} after the previous one; write a shorter time like `--- +45m` or `--- +2d`, or make it a post of its own',
  "part-time.not-duration": '{line}: "{value}" is not a duration, so part {n} has no time. Write `--- +45m` (minutes, hours or days after the previous part: 45m, 2h, 1h30m, 1d) or `--- at 2026-12-01 14:30` (in the post’s zone); a line holding only `---` sends it right after the previous part',
  "poll.not-object": "a poll is its options and how long it runs; write {example}",
  "poll.unknown-key": "`poll.{key}` is not a poll setting{hint}; a poll has `options` and `duration`, like {example}",
  "poll.hint-duration": " (write the time as `duration: 1d`)",
  "poll.hint-options": " (write `options:`)",
  "poll.with-media": "X takes a poll or media on a post, not both; remove `media:` from this post, or put the poll in a post of its own",
  "poll.no-options": "the poll has no options; add `options: [Dark mode, Offline sync]` ({min} to {max} choices)",
  "poll.options-not-list": "`poll.options` must be a list of {min} to {max} choices, like `options: [Dark mode, Offline sync]`",
  "poll.option-count": {
    one: "the poll has {count} option; X takes {min} to {max}: {fix}",
    other: "the poll has {count} options; X takes {min} to {max}: {fix}"
  },
  "poll.fix-add": "add {n} more",
  "poll.fix-remove": "remove {n}",
  "poll.option-empty": "option {n} is empty; write its text, or remove it",
  "poll.option-type": 'option {n} (`{value}`) is read as a {type}, not as text; write it in quotes, like `"{value}"`',
  "poll.type.list": "list",
  "poll.type.setting": "setting",
  "poll.type.yes-no": "yes/no value",
  "poll.type.number": "number",
  "poll.option-too-long": "option {n} `{text}` is {length} characters; X allows {max}: shorten it by {over}",
  "poll.option-same": "option {n} `{text}` is the same as option {other}; each option must differ",
  "poll.range": "{min} to {max}",
  "poll.no-duration": "the poll has no `duration`; say how long it runs, like `duration: 1d` ({range})",
  "poll.duration-unit": "`poll.duration` needs a unit: write {choices} ({range})",
  "poll.unit.minutes": "`duration: {n}m` for minutes",
  "poll.unit.hours": "`duration: {n}h` for hours",
  "poll.unit.days": "`duration: {n}d` for days",
  "poll.unit.any": "a duration like `duration: 1d`",
  "poll.or": "{a} or {b}",
  "poll.not-duration": "`poll.duration` must be a duration like 90m, 2h or 1d — you wrote `{value}`. For example: `duration: 1d`",
  "poll.too-short": "a poll runs {range} on X; `{value}` is shorter: write at least `duration: {min}`",
  "poll.too-long": "a poll runs {range} on X; `{value}` is longer: write at most `duration: {max}`",
  // Time and plan rules.
  "invalid-zone": 'zone "{zone}" is not a time zone herald knows. {advice}',
  "invalid-zone.audience": 'audience zone "{zone}" is not a time zone herald knows. {advice}',
  "zone-advice.suggest": "Write {zone} instead.",
  "zone-advice.generic": "Write an IANA time-zone name such as America/New_York, Europe/London or UTC.",
  "nonexistent-local-time": "{time} does not exist in {zone}: clocks jump from {from} to {to}. Write {instead} instead.",
  "ambiguous-local-time": "{time} happens twice in {zone} (clocks go back from {from} to {to}); herald uses the first, {first}. To mean the second, write {second}; to keep the first without this warning, write {first}.",
  "invalid-time": '"{text}" is not a valid {what}. Write a date and time like {example}, or an ISO time with an offset like 2026-12-01T09:00-05:00.',
  "invalid-time.examples": "{date} or {time}",
  "what.date-and-time": "date and time",
  "what.date-or-time": "date or time",
  "what.time": "time",
  "what.date": "date",
  "what.clock": "time of day (00:00 to 23:59)",
  "what.time-of-day": "time: a time of day is needed",
  "invalid-duration": 'window "{value}" is not a duration. Write minutes, hours or days like 90m, 2h, 1d or 1h30m.',
  "invalid-duration.post-too-long": 'window "{value}" is longer than {max}: a post may go out at most {max} after its time. Write a shorter window like 2h or 1d, or give the post a later `at`.',
  "invalid-duration.account-too-long": 'window "{value}" is longer than {max}: a post may go out at most {max} after its time. Write a shorter window like 2h or 1d.',
  "window-closed": "this post's window ({start} + {window}) closed at {end}, so it will never be sent: herald does not post late. Move publish.at to a time still ahead, or delete the post.",
  "audience-night": "this post goes out at night for the audience in {zones}: quiet hours are {quiet}. Pick a time when they are awake, or set rules: { audience-night: off } in {file}.",
  "blackout.resumes": "this post starts inside blackout {blackout} of account {account}, when nothing is sent. It will go out when the blackout ends, {end}, as its window is open until {windowEnd}.",
  "blackout.cut": "this post starts inside blackout {blackout} of account {account}, when nothing is sent. Its window closes at {windowEnd}, before the blackout ends, so it will not go out: move publish.at to {end} or later.",
  "blackout.part-resumes": "part {n} of this thread is timed for {start}, inside blackout {blackout} of account {account}, when nothing is sent; it goes out when the blackout ends, {end}.",
  "blackout.part-cut": "part {n} of this thread is timed for {start}, inside blackout {blackout} of account {account}, when nothing is sent; its window closes at {windowEnd}, before the blackout ends, so it and every part after it will not go out: move it to {end} or later.",
  "daily-cap": "account {account} already has {cap} posts on {day} ({zone}), its daily_cap, so this one would not be sent. Move it to another day, or raise daily_cap in {file}.",
  "content-mix": "with this post, {promo} of the {total} posts of account {account} in the {days} days up to {when} are promotional (tagged {tags}): {share}, above the {max} maximum. Mix in posts that help or inform, or move this one to a quieter week.",
  "duplicate-text.sent": 'this text already went out on {when} as post "{post}"{planned}, whose file is gone; this post is planned for another time, so herald sends it as a new post. If that is meant, leave it; if it is the old post renamed, give it the old time (then it counts as sent); else change the wording.',
  "duplicate-text.planned": " (planned for {when})",
  "duplicate-text.queued-rename": 'this text already went out{sent} as post "{post}", whose file is gone, so herald counts this queued post as that one renamed and does not send it; if it is a new post, change the wording, or give it `not_before:` after that date',
  "edited-after-publish": "this post already went out{sent} with other text, and editing the file does not change what X shows; to replace it, add `retract: true` to this file (the next publish run deletes what went out) and put the new text in a new file; to keep the old one and post the new text as well, give this one a new id (`id: {id}-2`)",
  "sent-on": " on {when}",
  "queue-unschedulable": "this queued post gets {reason}. Add slots to {file}, widen not_before/not_after, or give it a fixed publish.at.",
  "queue-reason.no-slots": "no slots: add slots: to {file}, or give the post a fixed publish.at",
  "queue-reason.not-after": "no free slot before {time} (its not_after)",
  "queue-reason.horizon": "no free slot in the next {days} days",
  "where.its-account-file": "its account file",
  // Counts. `count.file` is only said after "in" (validate.found): languages with cases use that case.
  "guide.new-post-link": "To write a post in GitHub's web editor, open **[✏️ New post]({link})** (bookmark it), then commit it to a new branch and start a pull request.",
  "count.error": { one: "{n} error", other: "{n} errors" },
  "count.warning": { one: "{n} warning", other: "{n} warnings" },
  "count.file": { one: "{n} file", other: "{n} files" },
  "count.post": { one: "{n} post", other: "{n} posts" },
  "count.answer": { one: "{n} answer", other: "{n} answers" },
  "count.account": { one: "{n} account", other: "{n} accounts" },
  "count.changed-file": { one: "{n} changed file", other: "{n} changed files" },
  // herald validate's last line.
  "validate.none": "No problems found{checked}.",
  "validate.found": "{errors} and {warnings} in {files}{checked}.",
  "validate.checked": " ({posts}, {accounts} checked)",
  "validate.checked-answers": " ({posts}, {accounts}, {answers} checked)",
  // Job summaries and the review.
  "summary.validate.title": "herald validate",
  "summary.validate.valid": "Every post and account file is valid.",
  "summary.validate.counts": "{errors}, {warnings}.",
  "summary.validate.counts-annotated": "{errors}, {warnings}; the first {annotated} are annotated on their lines, all are listed here.",
  "summary.validate.failed": "{errors} in the content; see the annotations and the job summary",
  "summary.publish.title": "herald publish — {at}",
  "summary.publish.title-dry": "herald publish — {at} (dry run)",
  "summary.publish.would-delete": "Would delete (retract)",
  "summary.publish.deleted": "Deleted from X (retract)",
  "summary.publish.would-send": "Would send",
  "summary.publish.sent": "Sent",
  "summary.publish.reconciled": "Reconciled",
  "summary.publish.expired": "Expired (never sent late)",
  "summary.publish.failed": "Failed",
  "summary.publish.stopped": "Accounts stopped for this run",
  "summary.publish.skipped": "Skipped",
  "summary.publish.schedule": "Schedule",
  "review.title": "herald review",
  "review.compared": "Compared {head} with {base}, planned at {at}: {changed} · {errors} · {warnings}",
  "review.errors": "❌ {errors}",
  "review.no-errors": "✅ no errors",
  "review.warnings": "⚠️ {warnings}",
  "review.no-warnings": "no warnings",
  "review.no-changes": "This change touches no posts, answers or account files.",
  "review.validation": "Validation",
  "review.no-findings": "No errors or warnings in the changed files.",
  "review.calendar": "Calendar changes",
  "review.calendar.added": "Added",
  "review.calendar.moved": "Moved",
  "review.calendar.removed": "Removed",
  "review.calendar.unreadable": "Cannot be planned",
  "review.calendar.expiring": "Expired or expiring",
  "review.calendar.status": "Status changed",
  "review.calendar.unchanged": "The calendar is unchanged.",
  "review.previews": "Previews",
  "review.no-post-files": "No post files changed.",
  "review.deleted-files": "Deleted post files: {files}",
  // herald new.
  "new.past": "{at} ({zone}) is in the past; the post will expire unless you change publish.at",
  "new.slot-comment": 'the next free slot in the account queue; or write at: "2026-12-01 09:00"',
  "new.tags-comment": "labels such as product, event, tip: the content-mix check reads them",
  "new.draft-comment": "delete this line when the text below is ready to go out",
  "new.guide": 'Write the post below, replacing the title line. This comment is never published.\n- Speak as the brand ("we"), keep each part within 280 characters.\n- A line holding only --- starts the next part of a thread.\n- Images: add under the front matter `media:` with `- file: picture.png` and `alt: what it shows`.\n- Sharing a link? Say why it matters; a bare link gets a warning.'
};

// src/i18n/messages/ru.ts
var ru = {
  "part.post": "пост",
  "part.thread": "часть {n} треда",
  "time-key": "{key}: {detail}",
  "lead.schema": "Ошибка в настройках (подробности на английском): {detail}",
  "lead.yaml-syntax": "Ошибка синтаксиса YAML (подробности на английском): {detail}",
  "lead.untranslated": "(на английском) {detail}",
  "empty-text.part": "{part}: текста нет; напишите его или удалите лишнюю строку `---`",
  "empty-text.post": "в посте нет текста; напишите его под закрывающей строкой `---` блока настроек",
  "too-long": "{part}: {length} символов по подсчёту X (ссылка считается за 23, эмодзи и символы CJK — за 2); предел — {max}. Сократите текст на {over} или разбейте его на тред строкой, в которой только `---`",
  "too-long.answer": "{part}: {length} символов по подсчёту X (ссылка считается за 23, эмодзи и символы CJK — за 2); предел — {max}. Сократите текст на {over}",
  "too-long.answer-placeholders": "{part}: {length} символов по подсчёту X, если каждый заполнитель заполнен до `max` (символами, которые X считает за 2, например 字); предел — {max}. Сократите текст на {over} или уменьшите `max` у заполнителя",
  "invalid-character": "{part}: символ {code} в строке {line}, столбце {column} — {what}{more}. Удалите его (редактор может его не показывать: удалите символы до и после него и наберите их заново)",
  "invalid-character.more": {
    one: " (и ещё {n} такой символ)",
    few: " (и ещё {n} таких символа)",
    many: " (и ещё {n} таких символов)",
    other: " (и ещё {n} таких символа)"
  },
  "invalid-character.bom": "невидимый неразрывный пробел нулевой ширины (метка порядка байтов), X его не принимает",
  "invalid-character.noncharacter": "несимвол Юникода, X его не принимает",
  "invalid-character.tag": "невидимый символ-тег: он прячет текст, который никто при проверке поста не увидит",
  "invalid-character.bidi": "невидимый управляющий символ направления текста: он меняет порядок, в котором показан текст",
  "invalid-character.control": "невидимый управляющий символ, который не предназначен для публикации",
  "reply-restricted": "пост отвечает на пост {target}, но публикуется от {handle}. С 2026-02 X разрешает приложениям отвечать только на собственные посты аккаунта и на посты, где он упомянут: если тот пост не упоминает {handle}, X откажет и ответ не выйдет. Ответьте вручную на x.com или дайте ссылку на пост в своём посте",
  "quote-unavailable": "X убрал цитирование постов из самостоятельных тарифов API (2026-04), поэтому herald не может цитировать. Удалите `quote:`; чтобы сослаться на пост, вставьте его ссылку в текст",
  "hashtag-count": {
    one: "{part} содержит {count} хештег; оставьте не больше {max}, только те, которые действительно ищут",
    few: "{part} содержит {count} хештега; оставьте не больше {max}, только те, которые действительно ищут",
    many: "{part} содержит {count} хештегов; оставьте не больше {max}, только те, которые действительно ищут",
    other: "{part} содержит {count} хештега; оставьте не больше {max}, только те, которые действительно ищут"
  },
  "bare-link.post-only": "в посте только ссылка; объясните своими словами, чем она полезна (не меньше {min} слов), например: «Our winter release is out: faster search and dark mode.»",
  "bare-link.thread-only": "тред начинается только со ссылки; объясните своими словами, чем она полезна (не меньше {min} слов), например: «Our winter release is out: faster search and dark mode.»",
  "bare-link.few-words": {
    one: "к ссылке всего {words} слово комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна",
    few: "к ссылке всего {words} слова комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна",
    many: "к ссылке всего {words} слов комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна",
    other: "к ссылке всего {words} слова комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна"
  },
  "first-person-singular": "«{word}» — речь от одного человека. Пишите от имени бренда — «we», а не «I»: замените на «{instead}»",
  "first-person-singular.signoff": "«{word}» — речь от одного человека. Пишите от имени бренда — «we», а не «I»: замените на «{instead}» или подпишите пост в конце, например «– MJ»",
  "missing-alt-text": "у `{file}` нет альтернативного текста; опишите, что изображено, для тех, кто пользуется экранным диктором, например `alt: Our new dashboard showing weekly totals`",
  "media-not-found.missing": "`{file}` не существует (искали {looked}); проверьте имя файла: путь указывается относительно файла поста",
  "media-not-found.not-regular": "`{file}` — не обычный файл; проверьте имя файла: путь указывается относительно файла поста",
  "media-outside-repo": "{problem}; положите файл в репозиторий рядом с постом и напишите `{suggestion}`",
  "media-path.nul": "`{file}` содержит байт NUL",
  "media-path.absolute": "`{file}` — абсолютный путь или URL",
  "media-path.outside": "`{file}` указывает за пределы репозитория",
  "media-path.link-outside": "`{file}` — ссылка на файл вне репозитория",
  "media-path.link-git": "`{file}` — ссылка внутрь .git/",
  "media-path.bad": "`{file}`: {why}",
  "path.empty": "путь пустой",
  "path.nul": "путь содержит байт NUL",
  "path.absolute": "путь абсолютный",
  "path.backslash": "путь содержит обратную косую черту",
  "path.dot-segment": "в пути есть пустая часть или часть `.`",
  "path.dot-dot": "путь выходит из своей папки через `..`",
  "path.git": "путь ведёт в `.git`",
  "media-type": "X не принимает файлы `{ext}` как медиа; используйте изображение (png, jpg, webp), gif или видео (mp4, mov)",
  "media-too-large": "`{file}` весит {size}; X принимает {what} не больше {limit}: уменьшите файл",
  "media-kind.videos": "видео",
  "media-kind.gifs": "GIF",
  "media-kind.images": "изображения",
  "media-content": "`{file}` назван как {mime}, но его содержимое другое: {fix}",
  "media-content.really": "на самом деле это {really}: переименуйте его в `{renamed}` (и строку `file:`) или экспортируйте заново в {format}",
  "media-content.empty": "файл пустой; экспортируйте его заново как настоящий файл {format}",
  "media-content.starts": 'он начинается с "{start}"; экспортируйте его заново как настоящий файл {format}',
  "media-mix": {
    one: "X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файл, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред",
    few: "X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файла, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред",
    many: "X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файлов, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред",
    other: "X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файла, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред"
  },
  "media-not-found.unreadable": "`{file}` не удаётся прочитать как файл; укажите файл изображения или видео",
  "unknown-account": "аккаунта `{account}` нет (нет файла schedules/{account}.yaml). Аккаунты: {known}.",
  "unknown-account.suggest": "аккаунта `{account}` нет (нет файла schedules/{account}.yaml); возможно, вы имели в виду `account: {suggestion}`? Аккаунты: {known}.",
  "unknown-account.none": "пока нет",
  "unknown-key.suggest": "`{key}` — не настройка {where}; возможно, вы имели в виду `{suggestion}`? Здесь допустимы: {allowed}.",
  "unknown-key.remove": "`{key}` — не настройка {where}; удалите её или проверьте написание. Здесь допустимы: {allowed}.",
  "where.front-matter": "поста",
  "where.account-file": "файла аккаунта",
  "duplicate-text.content": "{part} повторяет текст из {where} на аккаунте {account}; X отклоняет повторы, измените формулировку",
  "invalid-zone": 'часовой пояс "{zone}" herald не знает. {advice}',
  "invalid-zone.audience": 'часовой пояс аудитории "{zone}" herald не знает. {advice}',
  "zone-advice.suggest": "Напишите {zone}.",
  "zone-advice.generic": "Укажите название пояса IANA, например America/New_York, Europe/London или UTC.",
  "nonexistent-local-time": "времени {time} в поясе {zone} не существует: часы переводятся с {from} на {to}. Напишите {instead}.",
  "ambiguous-local-time": "время {time} в поясе {zone} наступает дважды (часы переводятся назад с {from} на {to}); herald берёт первое, {first}. Чтобы выбрать второе, напишите {second}; чтобы оставить первое без этого предупреждения, напишите {first}.",
  "invalid-time": '"{text}": неверное значение ({what}). Напишите дату и время, например {example}, или время ISO со смещением, например 2026-12-01T09:00-05:00.',
  "invalid-time.examples": "{date} или {time}",
  "what.date-and-time": "дата и время",
  "what.date-or-time": "дата или время",
  "what.time": "время",
  "what.date": "дата",
  "what.clock": "время суток (от 00:00 до 23:59)",
  "what.time-of-day": "время: нужно время суток",
  "invalid-duration": 'window "{value}" — это не длительность. Укажите минуты, часы или дни, например 90m, 2h, 1d или 1h30m.',
  "invalid-duration.post-too-long": 'window "{value}" длиннее {max}: пост может выйти не позже чем через {max} после своего времени. Укажите окно короче, например 2h или 1d, или задайте посту более позднее `at`.',
  "invalid-duration.account-too-long": 'window "{value}" длиннее {max}: пост может выйти не позже чем через {max} после своего времени. Укажите окно короче, например 2h или 1d.',
  "window-closed": "окно этого поста ({start} + {window}) закрылось в {end}, поэтому он не будет отправлен: herald не публикует с опозданием. Перенесите publish.at на время, которое ещё не наступило, или удалите пост.",
  "audience-night": "этот пост выйдет ночью для аудитории в {zones}: тихие часы — {quiet}. Выберите время, когда аудитория не спит, или укажите rules: { audience-night: off } в {file}.",
  "blackout.resumes": "этот пост начинается во время паузы {blackout} аккаунта {account}, когда ничего не отправляется. Он выйдет, когда пауза закончится, {end}: его окно открыто до {windowEnd}.",
  "blackout.cut": "этот пост начинается во время паузы {blackout} аккаунта {account}, когда ничего не отправляется. Его окно закрывается в {windowEnd}, до конца паузы, поэтому он не выйдет: перенесите publish.at на {end} или позже.",
  "blackout.part-resumes": "часть {n} этого треда запланирована на {start}, во время паузы {blackout} аккаунта {account}, когда ничего не отправляется; она выйдет, когда пауза закончится, {end}.",
  "blackout.part-cut": "часть {n} этого треда запланирована на {start}, во время паузы {blackout} аккаунта {account}, когда ничего не отправляется; её окно закрывается в {windowEnd}, до конца паузы, поэтому ни она, ни следующие части не выйдут: перенесите её на {end} или позже.",
  "daily-cap": "у аккаунта {account} уже {cap} постов на {day} ({zone}) — это его daily_cap, поэтому этот пост не будет отправлен. Перенесите его на другой день или увеличьте daily_cap в {file}.",
  "content-mix": {
    one: "за {days} день до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю.",
    few: "за {days} дня до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю.",
    many: "за {days} дней до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю.",
    other: "за {days} дня до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю."
  },
  "duplicate-text.sent": 'этот текст уже выходил {when} как пост "{post}"{planned}, файла которого больше нет; этот пост запланирован на другое время, поэтому herald отправит его как новый. Если так и задумано, ничего не меняйте; если это старый пост под новым именем, верните ему прежнее время (тогда он считается отправленным); иначе измените формулировку.',
  "duplicate-text.planned": " (был запланирован на {when})",
  "guide.new-post-link": "Чтобы написать пост в веб-редакторе GitHub, откройте **[✏️ Новый пост]({link})** (сохраните ссылку в закладках), затем сохраните файл в новую ветку и откройте pull request.",
  "count.error": { one: "{n} ошибка", few: "{n} ошибки", many: "{n} ошибок", other: "{n} ошибки" },
  "count.warning": { one: "{n} предупреждение", few: "{n} предупреждения", many: "{n} предупреждений", other: "{n} предупреждения" },
  "count.file": { one: "{n} файле", few: "{n} файлах", many: "{n} файлах", other: "{n} файлах" },
  "count.post": { one: "{n} пост", few: "{n} поста", many: "{n} постов", other: "{n} поста" },
  "count.answer": { one: "{n} ответ", few: "{n} ответа", many: "{n} ответов", other: "{n} ответа" },
  "count.account": { one: "{n} аккаунт", few: "{n} аккаунта", many: "{n} аккаунтов", other: "{n} аккаунта" },
  "count.changed-file": { one: "{n} изменённый файл", few: "{n} изменённых файла", many: "{n} изменённых файлов", other: "{n} изменённого файла" },
  "validate.none": "Проблем не найдено{checked}.",
  "validate.found": "{errors} и {warnings} в {files}{checked}.",
  "validate.checked": " (проверено: {posts}, {accounts})",
  "validate.checked-answers": " (проверено: {posts}, {accounts}, {answers})",
  "summary.validate.title": "herald: проверка",
  "summary.validate.valid": "Все посты и файлы аккаунтов в порядке.",
  "summary.validate.counts": "{errors}, {warnings}.",
  "summary.validate.counts-annotated": "{errors}, {warnings}; первые {annotated} отмечены в строках файлов, здесь перечислены все.",
  "summary.validate.failed": "{errors} в контенте; см. пометки в файлах и сводку задания",
  "summary.publish.title": "herald: публикация — {at}",
  "summary.publish.title-dry": "herald: публикация — {at} (пробный запуск)",
  "summary.publish.would-delete": "Будет удалено (отзыв)",
  "summary.publish.deleted": "Удалено из X (отзыв)",
  "summary.publish.would-send": "Будет отправлено",
  "summary.publish.sent": "Отправлено",
  "summary.publish.reconciled": "Сверено",
  "summary.publish.expired": "Просрочено (с опозданием не отправляется)",
  "summary.publish.failed": "Ошибки отправки",
  "summary.publish.stopped": "Аккаунты, остановленные в этом запуске",
  "summary.publish.skipped": "Пропущено",
  "summary.publish.schedule": "Расписание",
  "review.title": "herald: обзор изменений",
  "review.compared": "Сравнение {head} с {base}, план на {at}: {changed} · {errors} · {warnings}",
  "review.errors": "❌ {errors}",
  "review.no-errors": "✅ ошибок нет",
  "review.warnings": "⚠️ {warnings}",
  "review.no-warnings": "предупреждений нет",
  "review.no-changes": "Это изменение не затрагивает ни постов, ни ответов, ни файлов аккаунтов.",
  "review.validation": "Проверка",
  "review.no-findings": "В изменённых файлах нет ни ошибок, ни предупреждений.",
  "review.calendar": "Изменения в календаре",
  "review.calendar.added": "Добавлено",
  "review.calendar.moved": "Перенесено",
  "review.calendar.removed": "Убрано",
  "review.calendar.unreadable": "Невозможно запланировать",
  "review.calendar.expiring": "Просрочено или скоро истечёт",
  "review.calendar.status": "Изменился статус",
  "review.calendar.unchanged": "Календарь не изменился.",
  "review.previews": "Предпросмотр",
  "review.no-post-files": "Файлы постов не менялись.",
  "review.deleted-files": "Удалённые файлы постов: {files}",
  "new.past": "{at} ({zone}) уже в прошлом; пост истечёт, если не изменить publish.at",
  "new.slot-comment": 'ближайшее свободное место в очереди аккаунта; или напишите at: "2026-12-01 09:00"',
  "new.tags-comment": "метки, например product, event, tip: их читает проверка content-mix",
  "new.draft-comment": "удалите эту строку, когда текст ниже будет готов к публикации",
  "new.guide": "Напишите пост ниже вместо строки с заголовком. Этот комментарий не публикуется.\n- Пишите от имени бренда («мы»), в каждой части не больше 280 символов.\n- Строка, в которой только ---, начинает следующую часть треда.\n- Изображения: добавьте в блок настроек `media:` с `- file: picture.png` и `alt: что изображено`.\n- Делитесь ссылкой? Объясните, чем она полезна; на ссылку без текста будет предупреждение.",
  "duplicate-id.explicit": 'id "{id}" есть и у {others} на аккаунте {account}; у двух постов с одним id одна история в журнале, поэтому ни один не будет опубликован, пока id не изменится: укажите другой id, например `id: {id}-2`, или удалите id:, чтобы id взялся из имени файла',
  "duplicate-id.reserved": 'id "{id}" — так `herald reply` называет свои ответы в журнале (reply/<ответ>/<id поста>), поэтому у этого поста была бы история ответа, и он не публикуется: укажите другой id, например `id: {suggestion}`, или перенесите файл из posts/reply/',
  "duplicate-id.from-file": 'id "{id}", взятый из имени файла, есть и у {others} на аккаунте {account}; у двух постов с одним id одна история в журнале, поэтому ни один не будет опубликован, пока id не изменится: переименуйте файл или напишите `id: {stem}-2`',
  "executable-front-matter": "блок настроек на `{language}` никогда не выполняется и не читается — ради безопасности; пишите его в YAML: первая строка — только `---`, затем {firstKey}",
  "part-time.zero": "{line}: часть {n} вышла бы через 0 минут после части {previous}. Чтобы отправить её сразу после предыдущей части, напишите просто `---`; иначе укажите, через сколько, например `--- +45m`",
  "part-time.too-long": '{line}: "{value}" длиннее {max}, поэтому у части {n} нет времени. Часть со временем выходит не позже чем через {max} после предыдущей; укажите время короче, например `--- +45m` или `--- +2d`, или сделайте её отдельным постом',
  "part-time.not-duration": '{line}: "{value}" — это не длительность, поэтому у части {n} нет времени. Напишите `--- +45m` (минуты, часы или дни после предыдущей части: 45m, 2h, 1h30m, 1d) или `--- at 2026-12-01 14:30` (в поясе поста); строка, в которой только `---`, отправляет часть сразу после предыдущей',
  "duplicate-text.queued-rename": 'этот текст уже выходил{sent} как пост "{post}", файла которого больше нет, поэтому herald считает этот пост из очереди тем же постом под новым именем и не отправляет его; если это новый пост, измените формулировку или задайте ему `not_before:` позже той даты',
  "edited-after-publish": "этот пост уже вышел{sent} с другим текстом, и правка файла не меняет того, что показывает X; чтобы заменить его, добавьте в этот файл `retract: true` (следующий запуск публикации удалит вышедший пост), а новый текст напишите в новом файле; чтобы оставить старый и опубликовать новый текст тоже, задайте этому посту новый id (`id: {id}-2`)",
  "sent-on": " {when}",
  "queue-unschedulable": "пост из очереди не удаётся поставить в расписание — {reason}. Добавьте слоты в {file}, расширьте not_before/not_after или задайте посту точное publish.at.",
  "queue-reason.no-slots": "слотов нет: добавьте slots: в {file} или задайте посту точное publish.at",
  "queue-reason.not-after": "нет свободного слота до {time} (его not_after)",
  "queue-reason.horizon": {
    one: "нет свободного слота в ближайший {days} день",
    few: "нет свободного слота в ближайшие {days} дня",
    many: "нет свободного слота в ближайшие {days} дней",
    other: "нет свободного слота в ближайшие {days} дня"
  },
  "where.its-account-file": "файл его аккаунта",
  "poll.not-object": "опрос — это его варианты и длительность; напишите {example}",
  "poll.unknown-key": "`poll.{key}` — не настройка опроса{hint}; у опроса есть `options` и `duration`, например {example}",
  "poll.hint-duration": " (время пишется как `duration: 1d`)",
  "poll.hint-options": " (напишите `options:`)",
  "poll.with-media": "X принимает в посте либо опрос, либо медиа, но не оба; удалите `media:` из этого поста или вынесите опрос в отдельный пост",
  "poll.no-options": "у опроса нет вариантов; добавьте `options: [Dark mode, Offline sync]` (от {min} до {max} вариантов)",
  "poll.options-not-list": "`poll.options` должен быть списком из {min}–{max} вариантов, например `options: [Dark mode, Offline sync]`",
  "poll.option-count": {
    one: "в опросе {count} вариант; X принимает от {min} до {max}: {fix}",
    few: "в опросе {count} варианта; X принимает от {min} до {max}: {fix}",
    many: "в опросе {count} вариантов; X принимает от {min} до {max}: {fix}",
    other: "в опросе {count} варианта; X принимает от {min} до {max}: {fix}"
  },
  "poll.fix-add": "добавьте ещё {n}",
  "poll.fix-remove": "уберите {n}",
  "poll.option-empty": "вариант {n} пустой; напишите его текст или удалите его",
  "poll.option-type": 'вариант {n} (`{value}`) читается как {type}, а не как текст; возьмите его в кавычки, например `"{value}"`',
  "poll.type.list": "список",
  "poll.type.setting": "настройка",
  "poll.type.yes-no": "значение да/нет",
  "poll.type.number": "число",
  "poll.option-too-long": "вариант {n} `{text}` — {length} символов; X допускает {max}: сократите его на {over}",
  "poll.option-same": "вариант {n} `{text}` совпадает с вариантом {other}; варианты должны различаться",
  "poll.range": "от {min} до {max}",
  "poll.no-duration": "у опроса нет `duration`; укажите, сколько он длится, например `duration: 1d` ({range})",
  "poll.duration-unit": "у `poll.duration` нет единицы: напишите {choices} ({range})",
  "poll.unit.minutes": "`duration: {n}m` для минут",
  "poll.unit.hours": "`duration: {n}h` для часов",
  "poll.unit.days": "`duration: {n}d` для дней",
  "poll.unit.any": "длительность, например `duration: 1d`",
  "poll.or": "{a} или {b}",
  "poll.not-duration": "`poll.duration` должен быть длительностью, например 90m, 2h или 1d, а написано `{value}`. Например: `duration: 1d`",
  "poll.too-short": "опрос в X длится {range}; `{value}` — короче: напишите не меньше `duration: {min}`",
  "poll.too-long": "опрос в X длится {range}; `{value}` — дольше: напишите не больше `duration: {max}`"
};

// src/i18n/messages/th.ts
var th = {
  "part.post": "โพสต์",
  "part.thread": "ส่วนที่ {n} ของเธรด",
  "time-key": "{key}: {detail}",
  "lead.schema": "การตั้งค่าไม่ถูกต้อง (รายละเอียดเป็นภาษาอังกฤษ): {detail}",
  "lead.yaml-syntax": "ไวยากรณ์ YAML ไม่ถูกต้อง (รายละเอียดเป็นภาษาอังกฤษ): {detail}",
  "lead.untranslated": "(ภาษาอังกฤษ) {detail}",
  "empty-text.part": "{part} ไม่มีข้อความ กรุณาเขียนข้อความ หรือลบบรรทัด `---` ที่เกินออก",
  "empty-text.post": "โพสต์นี้ไม่มีข้อความ กรุณาเขียนข้อความใต้บรรทัด `---` ที่ปิดส่วนการตั้งค่า",
  "too-long": "{part} ยาว {length} ตัวอักษรตามการนับของ X (ลิงก์นับเป็น 23 อีโมจิและอักษร CJK นับเป็น 2) เกินขีดจำกัด {max} กรุณาตัดให้สั้นลง {over} ตัวอักษร หรือแบ่งเป็นเธรดด้วยบรรทัดที่มีเพียง `---`",
  "too-long.answer": "{part} ยาว {length} ตัวอักษรตามการนับของ X (ลิงก์นับเป็น 23 อีโมจิและอักษร CJK นับเป็น 2) เกินขีดจำกัด {max} กรุณาตัดให้สั้นลง {over} ตัวอักษร",
  "too-long.answer-placeholders": "{part} ยาว {length} ตัวอักษรตามการนับของ X เมื่อเติมตัวแทนทุกตัวจนถึง `max` (ด้วยอักษรที่ X นับเป็น 2 เช่น 字) เกินขีดจำกัด {max} กรุณาตัดให้สั้นลง {over} ตัวอักษร หรือลดค่า `max` ของตัวแทน",
  "invalid-character": "{part} มีอักขระ {code} ที่บรรทัด {line} คอลัมน์ {column}: {what}{more} กรุณาลบออก (ตัวแก้ไขอาจไม่แสดงอักขระนี้ ให้ลบอักขระก่อนและหลังแล้วพิมพ์ใหม่)",
  "invalid-character.more": { other: " (และอักขระแบบนี้อีก {n} ตัว)" },
  "invalid-character.bom": "ช่องว่างไม่แบ่งบรรทัดความกว้างศูนย์ที่มองไม่เห็น (byte-order mark) ซึ่ง X ไม่รับ",
  "invalid-character.noncharacter": "อักขระที่ไม่ใช่อักขระ (noncharacter) ซึ่ง X ไม่รับ",
  "invalid-character.tag": "อักขระแท็กที่มองไม่เห็น ซึ่งซ่อนข้อความที่ผู้ตรวจโพสต์มองไม่เห็น",
  "invalid-character.bidi": "อักขระควบคุมทิศทางข้อความที่มองไม่เห็น ซึ่งเปลี่ยนลำดับการแสดงข้อความ",
  "invalid-character.control": "อักขระควบคุมที่มองไม่เห็น ซึ่งไม่ได้มีไว้สำหรับเผยแพร่",
  "reply-restricted": "โพสต์นี้ตอบกลับโพสต์ของ {target} แต่เผยแพร่ในนาม {handle} ตั้งแต่ 2026-02 X ให้แอปตอบกลับได้เฉพาะโพสต์ของบัญชีเองและโพสต์ที่กล่าวถึงบัญชีเท่านั้น หากโพสต์นั้นไม่ได้กล่าวถึง {handle} X จะปฏิเสธและการตอบกลับจะล้มเหลว กรุณาตอบกลับด้วยตนเองบน x.com หรือใส่ลิงก์ของโพสต์นั้นในโพสต์ของคุณเอง",
  "quote-unavailable": "X ยกเลิกการโพสต์แบบอ้างอิง (quote) ในแพ็กเกจ API แบบบริการตนเองแล้ว (2026-04) herald จึงอ้างอิงโพสต์ไม่ได้ กรุณาลบ `quote:` หากต้องการอ้างถึงโพสต์นั้น ให้ใส่ลิงก์ไว้ในข้อความ",
  "hashtag-count": "{part} มีแฮชแท็ก {count} รายการ ควรมีไม่เกิน {max} รายการ เลือกเฉพาะที่มีคนค้นหาจริง",
  "bare-link.post-only": "โพสต์นี้มีเพียงลิงก์ กรุณาอธิบายด้วยคำของคุณเองว่าลิงก์นี้สำคัญอย่างไร (อย่างน้อย {min} คำ) เช่น “Our winter release is out: faster search and dark mode.”",
  "bare-link.thread-only": "เธรดนี้เริ่มต้นด้วยลิงก์เพียงอย่างเดียว กรุณาอธิบายด้วยคำของคุณเองว่าลิงก์นี้สำคัญอย่างไร (อย่างน้อย {min} คำ) เช่น “Our winter release is out: faster search and dark mode.”",
  "bare-link.few-words": { other: "ลิงก์นี้มีคำอธิบายเพียง {words} คำ กรุณาเขียนอย่างน้อย {min} คำว่าลิงก์นี้สำคัญต่อผู้อ่านอย่างไร" },
  "first-person-singular": "“{word}” เป็นการพูดในนามบุคคลเดียว แบรนด์ใช้คำว่า “we” กรุณาเขียนว่า “{instead}”",
  "first-person-singular.signoff": "“{word}” เป็นการพูดในนามบุคคลเดียว แบรนด์ใช้คำว่า “we” กรุณาเขียนว่า “{instead}” หรือลงชื่อท้ายโพสต์ เช่น “– MJ”",
  "missing-alt-text": "`{file}` ไม่มีข้อความแทนภาพ (alt) กรุณาอธิบายว่าภาพแสดงอะไรสำหรับผู้ใช้โปรแกรมอ่านหน้าจอ เช่น `alt: Our new dashboard showing weekly totals`",
  "media-not-found.missing": "ไม่มีไฟล์ `{file}` (ค้นหาที่ {looked}) กรุณาตรวจสอบชื่อไฟล์ ซึ่งอ้างอิงจากตำแหน่งของไฟล์โพสต์",
  "media-not-found.not-regular": "`{file}` ไม่ใช่ไฟล์ปกติ กรุณาตรวจสอบชื่อไฟล์ ซึ่งอ้างอิงจากตำแหน่งของไฟล์โพสต์",
  "media-outside-repo": "{problem} กรุณาวางไฟล์ไว้ในรีโพสิทอรีข้างไฟล์โพสต์ แล้วเขียนว่า `{suggestion}`",
  "media-path.nul": "`{file}` มีไบต์ NUL",
  "media-path.absolute": "`{file}` เป็นพาธแบบสัมบูรณ์หรือ URL",
  "media-path.outside": "`{file}` ชี้ไปนอกรีโพสิทอรี",
  "media-path.link-outside": "`{file}` เป็นลิงก์ไปยังไฟล์นอกรีโพสิทอรี",
  "media-path.link-git": "`{file}` เป็นลิงก์เข้าไปใน .git/",
  "media-path.bad": "`{file}`: {why}",
  "path.empty": "พาธว่างเปล่า",
  "path.nul": "พาธมีไบต์ NUL",
  "path.absolute": "พาธเป็นแบบสัมบูรณ์",
  "path.backslash": "พาธมีเครื่องหมายแบ็กสแลช",
  "path.dot-segment": "พาธมีส่วนที่ว่างหรือเป็น `.`",
  "path.dot-dot": "พาธออกนอกโฟลเดอร์ของตัวเองด้วย `..`",
  "path.git": "พาธเข้าไปใน `.git`",
  "media-type": "X ไม่รับไฟล์ `{ext}` เป็นสื่อ กรุณาใช้รูปภาพ (png, jpg, webp) gif หรือวิดีโอ (mp4, mov)",
  "media-too-large": "`{file}` มีขนาด {size} X รับ{what}ได้ไม่เกิน {limit} กรุณาลดขนาดไฟล์",
  "media-kind.videos": "วิดีโอ",
  "media-kind.gifs": "GIF",
  "media-kind.images": "รูปภาพ",
  "media-content": "`{file}` ตั้งชื่อเป็น {mime} แต่เนื้อหาไม่ใช่: {fix}",
  "media-content.really": "ที่จริงเป็น {really} กรุณาเปลี่ยนชื่อเป็น `{renamed}` (รวมถึงบรรทัด `file:`) หรือส่งออกใหม่เป็น {format}",
  "media-content.empty": "ไฟล์ว่างเปล่า กรุณาส่งออกใหม่เป็นไฟล์ {format} จริง",
  "media-content.starts": 'ไฟล์ขึ้นต้นด้วย "{start}" กรุณาส่งออกใหม่เป็นไฟล์ {format} จริง',
  "media-mix": {
    other: "X รับรูปภาพได้สูงสุดสี่รูป หรือวิดีโอหรือ GIF เพียงหนึ่งไฟล์เท่านั้น โพสต์นี้มี {count} ไฟล์ เป็นวิดีโอหรือ GIF {moving} ไฟล์ กรุณาใช้วิดีโอหรือ GIF เพียงไฟล์เดียว หรือแบ่งโพสต์เป็นเธรด"
  },
  "media-not-found.unreadable": "อ่านไฟล์ `{file}` ไม่ได้ กรุณาระบุไฟล์ภาพหรือวิดีโอ",
  "unknown-account": "ไม่มีบัญชี `{account}` (ไม่มีไฟล์ schedules/{account}.yaml) บัญชีที่มี: {known}",
  "unknown-account.suggest": "ไม่มีบัญชี `{account}` (ไม่มีไฟล์ schedules/{account}.yaml) หมายถึง `account: {suggestion}` หรือไม่ บัญชีที่มี: {known}",
  "unknown-account.none": "ยังไม่มี",
  "unknown-key.suggest": "`{key}` ไม่ใช่การตั้งค่าของ{where} หมายถึง `{suggestion}` หรือไม่ ที่ใช้ได้ในตำแหน่งนี้: {allowed}",
  "unknown-key.remove": "`{key}` ไม่ใช่การตั้งค่าของ{where} กรุณาลบออกหรือตรวจสอบการสะกด ที่ใช้ได้ในตำแหน่งนี้: {allowed}",
  "where.front-matter": "โพสต์",
  "where.account-file": "ไฟล์บัญชี",
  "duplicate-text.content": "{part} มีข้อความซ้ำกับ {where} ในบัญชี {account} X ไม่รับข้อความซ้ำ กรุณาเปลี่ยนถ้อยคำ",
  "invalid-zone": 'herald ไม่รู้จักเขตเวลา "{zone}" {advice}',
  "invalid-zone.audience": 'herald ไม่รู้จักเขตเวลาของผู้ชม "{zone}" {advice}',
  "zone-advice.suggest": "กรุณาเขียน {zone} แทน",
  "zone-advice.generic": "กรุณาใช้ชื่อเขตเวลา IANA เช่น America/New_York, Europe/London หรือ UTC",
  "nonexistent-local-time": "เวลา {time} ไม่มีอยู่จริงในเขตเวลา {zone} เพราะนาฬิกาเลื่อนจาก {from} ไปเป็น {to} กรุณาเขียน {instead} แทน",
  "ambiguous-local-time": "เวลา {time} เกิดขึ้นสองครั้งในเขตเวลา {zone} (นาฬิกาถอยจาก {from} กลับไปเป็น {to}) herald ใช้ครั้งแรก คือ {first} หากต้องการครั้งที่สอง กรุณาเขียน {second} หากต้องการครั้งแรกโดยไม่มีคำเตือนนี้ กรุณาเขียน {first}",
  "invalid-time": '"{text}" ไม่ใช่{what}ที่ถูกต้อง กรุณาเขียนวันที่และเวลา เช่น {example} หรือเวลา ISO ที่มีค่าชดเชย เช่น 2026-12-01T09:00-05:00',
  "invalid-time.examples": "{date} หรือ {time}",
  "what.date-and-time": "วันที่และเวลา",
  "what.date-or-time": "วันที่หรือเวลา",
  "what.time": "เวลา",
  "what.date": "วันที่",
  "what.clock": "เวลาของวัน (00:00 ถึง 23:59)",
  "what.time-of-day": "เวลา (ต้องระบุเวลาของวัน)",
  "invalid-duration": 'window "{value}" ไม่ใช่ระยะเวลา กรุณาเขียนเป็นนาที ชั่วโมง หรือวัน เช่น 90m, 2h, 1d หรือ 1h30m',
  "invalid-duration.post-too-long": 'window "{value}" ยาวกว่า {max} โพสต์ออกได้ช้าที่สุด {max} หลังเวลาที่กำหนด กรุณาใช้ช่วงที่สั้นลง เช่น 2h หรือ 1d หรือกำหนด `at` ให้โพสต์ช้าลง',
  "invalid-duration.account-too-long": 'window "{value}" ยาวกว่า {max} โพสต์ออกได้ช้าที่สุด {max} หลังเวลาที่กำหนด กรุณาใช้ช่วงที่สั้นลง เช่น 2h หรือ 1d',
  "window-closed": "ช่วงเวลาเผยแพร่ของโพสต์นี้ ({start} + {window}) ปิดไปแล้วเมื่อ {end} โพสต์นี้จึงจะไม่ถูกส่ง เพราะ herald ไม่โพสต์ล่าช้า กรุณาเลื่อน publish.at ไปเป็นเวลาที่ยังมาไม่ถึง หรือลบโพสต์นี้",
  "audience-night": "โพสต์นี้จะออกในเวลากลางคืนสำหรับผู้ชมใน {zones} ช่วงเวลาเงียบคือ {quiet} กรุณาเลือกเวลาที่ผู้ชมยังตื่นอยู่ หรือตั้งค่า rules: { audience-night: off } ใน {file}",
  "blackout.resumes": "โพสต์นี้เริ่มในช่วงงดโพสต์ {blackout} ของบัญชี {account} ซึ่งไม่มีการส่งใด ๆ โพสต์จะออกเมื่อช่วงงดโพสต์สิ้นสุด คือ {end} เพราะช่วงเวลาเผยแพร่เปิดอยู่ถึง {windowEnd}",
  "blackout.cut": "โพสต์นี้เริ่มในช่วงงดโพสต์ {blackout} ของบัญชี {account} ซึ่งไม่มีการส่งใด ๆ ช่วงเวลาเผยแพร่ปิดเมื่อ {windowEnd} ก่อนช่วงงดโพสต์สิ้นสุด โพสต์จึงจะไม่ถูกส่ง กรุณาเลื่อน publish.at ไปเป็น {end} หรือหลังจากนั้น",
  "blackout.part-resumes": "ส่วนที่ {n} ของเธรดนี้ตั้งเวลาไว้ที่ {start} ซึ่งอยู่ในช่วงงดโพสต์ {blackout} ของบัญชี {account} ที่ไม่มีการส่งใด ๆ ส่วนนี้จะออกเมื่อช่วงงดโพสต์สิ้นสุด คือ {end}",
  "blackout.part-cut": "ส่วนที่ {n} ของเธรดนี้ตั้งเวลาไว้ที่ {start} ซึ่งอยู่ในช่วงงดโพสต์ {blackout} ของบัญชี {account} ที่ไม่มีการส่งใด ๆ ช่วงเวลาเผยแพร่ปิดเมื่อ {windowEnd} ก่อนช่วงงดโพสต์สิ้นสุด ส่วนนี้และทุกส่วนถัดไปจึงจะไม่ถูกส่ง กรุณาเลื่อนไปเป็น {end} หรือหลังจากนั้น",
  "daily-cap": "บัญชี {account} มีโพสต์ {cap} รายการในวันที่ {day} ({zone}) แล้ว ซึ่งเท่ากับ daily_cap โพสต์นี้จึงจะไม่ถูกส่ง กรุณาเลื่อนไปวันอื่น หรือเพิ่ม daily_cap ใน {file}",
  "content-mix": "เมื่อรวมโพสต์นี้ โพสต์ {promo} จาก {total} รายการของบัญชี {account} ในช่วง {days} วันถึง {when} เป็นโพสต์โปรโมต (แท็ก {tags}) คิดเป็น {share} เกินสัดส่วนสูงสุด {max} กรุณาเพิ่มโพสต์ที่ให้ความรู้หรือเป็นประโยชน์ หรือย้ายโพสต์นี้ไปสัปดาห์ที่มีโพสต์น้อยกว่า",
  "duplicate-text.sent": 'ข้อความนี้เคยส่งไปแล้วเมื่อ {when} เป็นโพสต์ "{post}"{planned} ซึ่งไฟล์ถูกลบไปแล้ว โพสต์นี้ตั้งเวลาไว้ต่างกัน herald จึงจะส่งเป็นโพสต์ใหม่ หากตั้งใจเช่นนั้นไม่ต้องแก้ไข หากเป็นโพสต์เดิมที่เปลี่ยนชื่อ กรุณาใช้เวลาเดิม (จะถือว่าส่งแล้ว) มิฉะนั้นกรุณาเปลี่ยนถ้อยคำ',
  "duplicate-text.planned": " (ตั้งเวลาไว้ที่ {when})",
  "guide.new-post-link": "หากต้องการเขียนโพสต์ในตัวแก้ไขบนเว็บของ GitHub ให้เปิด **[✏️ โพสต์ใหม่]({link})** (บันทึกลิงก์ไว้) แล้วคอมมิตลงบรานช์ใหม่และเปิด pull request",
  "count.error": { other: "ข้อผิดพลาด {n} รายการ" },
  "count.warning": { other: "คำเตือน {n} รายการ" },
  "count.file": { other: "{n} ไฟล์" },
  "count.post": { other: "โพสต์ {n} รายการ" },
  "count.answer": { other: "คำตอบ {n} รายการ" },
  "count.account": { other: "บัญชี {n} บัญชี" },
  "count.changed-file": { other: "ไฟล์ที่เปลี่ยน {n} ไฟล์" },
  "validate.none": "ไม่พบปัญหา{checked}",
  "validate.found": "{errors} และ{warnings} ใน {files}{checked}",
  "validate.checked": " (ตรวจแล้ว: {posts}, {accounts})",
  "validate.checked-answers": " (ตรวจแล้ว: {posts}, {accounts}, {answers})",
  "summary.validate.title": "herald: ผลการตรวจสอบ",
  "summary.validate.valid": "โพสต์และไฟล์บัญชีทั้งหมดถูกต้อง",
  "summary.validate.counts": "{errors}, {warnings}",
  "summary.validate.counts-annotated": "{errors}, {warnings} ทำเครื่องหมายไว้ที่บรรทัดแล้ว {annotated} รายการแรก รายการทั้งหมดแสดงอยู่ที่นี่",
  "summary.validate.failed": "พบ{errors}ในเนื้อหา ดูเครื่องหมายที่บรรทัดและสรุปงาน",
  "summary.publish.title": "herald: การเผยแพร่ — {at}",
  "summary.publish.title-dry": "herald: การเผยแพร่ — {at} (ทดลอง)",
  "summary.publish.would-delete": "จะลบ (ถอนโพสต์)",
  "summary.publish.deleted": "ลบจาก X แล้ว (ถอนโพสต์)",
  "summary.publish.would-send": "จะส่ง",
  "summary.publish.sent": "ส่งแล้ว",
  "summary.publish.reconciled": "ตรวจสอบซ้ำแล้ว",
  "summary.publish.expired": "หมดเวลา (ไม่ส่งล่าช้า)",
  "summary.publish.failed": "ส่งไม่สำเร็จ",
  "summary.publish.stopped": "บัญชีที่หยุดในรอบนี้",
  "summary.publish.skipped": "ข้าม",
  "summary.publish.schedule": "กำหนดการ",
  "review.title": "herald: ตรวจการเปลี่ยนแปลง",
  "review.compared": "เปรียบเทียบ {head} กับ {base} วางแผน ณ {at}: {changed} · {errors} · {warnings}",
  "review.errors": "❌ {errors}",
  "review.no-errors": "✅ ไม่มีข้อผิดพลาด",
  "review.warnings": "⚠️ {warnings}",
  "review.no-warnings": "ไม่มีคำเตือน",
  "review.no-changes": "การเปลี่ยนแปลงนี้ไม่เกี่ยวกับโพสต์ คำตอบ หรือไฟล์บัญชี",
  "review.validation": "ผลการตรวจสอบ",
  "review.no-findings": "ไม่มีข้อผิดพลาดหรือคำเตือนในไฟล์ที่เปลี่ยน",
  "review.calendar": "การเปลี่ยนแปลงในปฏิทิน",
  "review.calendar.added": "เพิ่ม",
  "review.calendar.moved": "เลื่อน",
  "review.calendar.removed": "นำออก",
  "review.calendar.unreadable": "วางแผนไม่ได้",
  "review.calendar.expiring": "หมดเวลาแล้วหรือใกล้หมดเวลา",
  "review.calendar.status": "สถานะเปลี่ยน",
  "review.calendar.unchanged": "ปฏิทินไม่เปลี่ยนแปลง",
  "review.previews": "ตัวอย่าง",
  "review.no-post-files": "ไม่มีไฟล์โพสต์ที่เปลี่ยน",
  "review.deleted-files": "ไฟล์โพสต์ที่ลบ: {files}",
  "new.past": "{at} ({zone}) ผ่านไปแล้ว โพสต์จะหมดเวลาหากไม่เปลี่ยน publish.at",
  "new.slot-comment": 'ช่องว่างถัดไปในคิวของบัญชี หรือเขียน at: "2026-12-01 09:00"',
  "new.tags-comment": "ป้ายกำกับ เช่น product, event, tip ซึ่งการตรวจ content-mix ใช้",
  "new.draft-comment": "ลบบรรทัดนี้เมื่อข้อความด้านล่างพร้อมเผยแพร่",
  "new.guide": 'เขียนโพสต์ด้านล่างแทนบรรทัดหัวเรื่อง ความคิดเห็นนี้จะไม่ถูกเผยแพร่\n- เขียนในนามแบรนด์ ("we") แต่ละส่วนไม่เกิน 280 ตัวอักษร\n- บรรทัดที่มีเพียง --- เริ่มส่วนถัดไปของเธรด\n- รูปภาพ: เพิ่ม `media:` ในส่วนการตั้งค่า พร้อม `- file: picture.png` และ `alt: ภาพแสดงอะไร`\n- แชร์ลิงก์? บอกว่าสำคัญอย่างไร ลิงก์ที่ไม่มีคำอธิบายจะได้รับคำเตือน',
  "duplicate-id.explicit": 'id "{id}" ซ้ำกับ id ของ {others} ในบัญชี {account} โพสต์สองรายการที่มี id เดียวกันจะใช้ประวัติในบันทึกร่วมกัน จึงไม่มีโพสต์ใดถูกเผยแพร่จนกว่าจะเปลี่ยน id กรุณาเขียน id อื่น เช่น `id: {id}-2` หรือลบ id: เพื่อใช้ชื่อไฟล์',
  "duplicate-id.reserved": 'id "{id}" คือรูปแบบที่ `herald reply` ใช้ตั้งชื่อการตอบกลับในบันทึก (reply/<คำตอบ>/<id โพสต์>) โพสต์นี้จึงจะใช้ประวัติร่วมกับการตอบกลับและจะไม่ถูกเผยแพร่ กรุณาเขียน id อื่น เช่น `id: {suggestion}` หรือย้ายไฟล์ออกจาก posts/reply/',
  "duplicate-id.from-file": 'id "{id}" ที่ได้จากชื่อไฟล์ ซ้ำกับ id ของ {others} ในบัญชี {account} โพสต์สองรายการที่มี id เดียวกันจะใช้ประวัติในบันทึกร่วมกัน จึงไม่มีโพสต์ใดถูกเผยแพร่จนกว่าจะเปลี่ยน id กรุณาเปลี่ยนชื่อไฟล์ หรือเขียน `id: {stem}-2`',
  "executable-front-matter": "ส่วนการตั้งค่าที่เขียนด้วย `{language}` จะไม่ถูกเรียกใช้หรืออ่านเพื่อความปลอดภัย กรุณาเขียนเป็น YAML โดยบรรทัดแรกมีเพียง `---` แล้วตามด้วย {firstKey}",
  "part-time.zero": "{line}: ส่วนที่ {n} จะออกหลังส่วนที่ {previous} 0 นาที หากต้องการส่งต่อจากส่วนก่อนหน้าทันที ให้ใช้ `---` ธรรมดา หรือระบุระยะเวลา เช่น `--- +45m`",
  "part-time.too-long": '{line}: "{value}" ยาวเกิน {max} ส่วนที่ {n} จึงไม่มีเวลา ส่วนที่กำหนดเวลาจะออกได้ไม่เกิน {max} หลังส่วนก่อนหน้า กรุณาเขียนเวลาที่สั้นลง เช่น `--- +45m` หรือ `--- +2d` หรือแยกเป็นโพสต์ของตัวเอง',
  "part-time.not-duration": '{line}: "{value}" ไม่ใช่ระยะเวลา ส่วนที่ {n} จึงไม่มีเวลา กรุณาเขียน `--- +45m` (นาที ชั่วโมง หรือวันหลังส่วนก่อนหน้า: 45m, 2h, 1h30m, 1d) หรือ `--- at 2026-12-01 14:30` (ตามเขตเวลาของโพสต์) บรรทัดที่มีเพียง `---` จะส่งต่อจากส่วนก่อนหน้าทันที',
  "duplicate-text.queued-rename": 'ข้อความนี้ถูกเผยแพร่ไปแล้ว{sent} ในชื่อโพสต์ "{post}" ซึ่งไฟล์ไม่มีอยู่แล้ว herald จึงถือว่าโพสต์ในคิวนี้คือโพสต์เดิมที่เปลี่ยนชื่อ และจะไม่ส่ง หากเป็นโพสต์ใหม่ กรุณาเปลี่ยนถ้อยคำ หรือกำหนด `not_before:` หลังวันนั้น',
  "edited-after-publish": "โพสต์นี้เผยแพร่ไปแล้ว{sent} ด้วยข้อความอื่น การแก้ไขไฟล์ไม่เปลี่ยนสิ่งที่ X แสดง หากต้องการแทนที่ ให้เพิ่ม `retract: true` ในไฟล์นี้ (การเผยแพร่รอบถัดไปจะลบโพสต์ที่ออกไปแล้ว) และเขียนข้อความใหม่ในไฟล์ใหม่ หากต้องการเก็บโพสต์เดิมและเผยแพร่ข้อความใหม่ด้วย ให้กำหนด id ใหม่ให้โพสต์นี้ (`id: {id}-2`)",
  "sent-on": " เมื่อ {when}",
  "queue-unschedulable": "โพสต์ในคิวนี้ไม่ได้ช่วงเวลา: {reason} กรุณาเพิ่มช่วงเวลาใน {file} ขยาย not_before/not_after หรือกำหนด publish.at ที่แน่นอน",
  "queue-reason.no-slots": "ไม่มีช่วงเวลา (slots) กรุณาเพิ่ม slots: ใน {file} หรือกำหนด publish.at ที่แน่นอนให้โพสต์",
  "queue-reason.not-after": "ไม่มีช่วงเวลาว่างก่อน {time} (not_after ของโพสต์)",
  "queue-reason.horizon": "ไม่มีช่วงเวลาว่างใน {days} วันข้างหน้า",
  "where.its-account-file": "ไฟล์บัญชีของโพสต์",
  "poll.not-object": "โพล (poll) ประกอบด้วยตัวเลือกและระยะเวลา กรุณาเขียน {example}",
  "poll.unknown-key": "`poll.{key}` ไม่ใช่การตั้งค่าของโพล{hint} โพลมี `options` และ `duration` เช่น {example}",
  "poll.hint-duration": " (เขียนเวลาเป็น `duration: 1d`)",
  "poll.hint-options": " (เขียนว่า `options:`)",
  "poll.with-media": "X รับโพลหรือสื่ออย่างใดอย่างหนึ่งในโพสต์ ไม่รับทั้งสองอย่าง กรุณาลบ `media:` ออกจากโพสต์นี้ หรือแยกโพลไปเป็นโพสต์ของตัวเอง",
  "poll.no-options": "โพลไม่มีตัวเลือก กรุณาเพิ่ม `options: [Dark mode, Offline sync]` ({min} ถึง {max} ตัวเลือก)",
  "poll.options-not-list": "`poll.options` ต้องเป็นรายการตัวเลือก {min} ถึง {max} รายการ เช่น `options: [Dark mode, Offline sync]`",
  "poll.option-count": { other: "โพลมี {count} ตัวเลือก X รับ {min} ถึง {max} ตัวเลือก: {fix}" },
  "poll.fix-add": "กรุณาเพิ่มอีก {n} ตัวเลือก",
  "poll.fix-remove": "กรุณาลบออก {n} ตัวเลือก",
  "poll.option-empty": "ตัวเลือกที่ {n} ว่างเปล่า กรุณาเขียนข้อความ หรือลบออก",
  "poll.option-type": 'ตัวเลือกที่ {n} (`{value}`) ถูกอ่านเป็น{type} ไม่ใช่ข้อความ กรุณาใส่เครื่องหมายคำพูด เช่น `"{value}"`',
  "poll.type.list": "รายการ",
  "poll.type.setting": "การตั้งค่า",
  "poll.type.yes-no": "ค่าใช่/ไม่ใช่",
  "poll.type.number": "ตัวเลข",
  "poll.option-too-long": "ตัวเลือกที่ {n} `{text}` ยาว {length} ตัวอักษร X รับได้ {max} กรุณาตัดให้สั้นลง {over} ตัวอักษร",
  "poll.option-same": "ตัวเลือกที่ {n} `{text}` ซ้ำกับตัวเลือกที่ {other} แต่ละตัวเลือกต้องไม่ซ้ำกัน",
  "poll.range": "{min} ถึง {max}",
  "poll.no-duration": "โพลไม่มี `duration` กรุณาระบุระยะเวลา เช่น `duration: 1d` ({range})",
  "poll.duration-unit": "`poll.duration` ต้องมีหน่วย กรุณาเขียน {choices} ({range})",
  "poll.unit.minutes": "`duration: {n}m` สำหรับนาที",
  "poll.unit.hours": "`duration: {n}h` สำหรับชั่วโมง",
  "poll.unit.days": "`duration: {n}d` สำหรับวัน",
  "poll.unit.any": "ระยะเวลา เช่น `duration: 1d`",
  "poll.or": "{a} หรือ {b}",
  "poll.not-duration": "`poll.duration` ต้องเป็นระยะเวลา เช่น 90m, 2h หรือ 1d แต่เขียนไว้ว่า `{value}` ตัวอย่าง: `duration: 1d`",
  "poll.too-short": "โพลบน X เปิดได้ {range} `{value}` สั้นเกินไป กรุณาเขียนอย่างน้อย `duration: {min}`",
  "poll.too-long": "โพลบน X เปิดได้ {range} `{value}` ยาวเกินไป กรุณาเขียนไม่เกิน `duration: {max}`"
};

// src/i18n/messages/vi.ts
var vi = {
  "part.post": "bài đăng",
  "part.thread": "phần {n} của chuỗi",
  "time-key": "{key}: {detail}",
  "lead.schema": "Cài đặt không hợp lệ (chi tiết bằng tiếng Anh): {detail}",
  "lead.yaml-syntax": "Lỗi cú pháp YAML (chi tiết bằng tiếng Anh): {detail}",
  "lead.untranslated": "(tiếng Anh) {detail}",
  "empty-text.part": "{part} trống; bạn hãy viết nội dung, hoặc xoá dòng `---` thừa",
  "empty-text.post": "bài đăng chưa có nội dung; bạn hãy viết bên dưới dòng `---` đóng phần cài đặt",
  "too-long": "{part} dài {length} ký tự theo cách X đếm (liên kết tính 23, emoji và ký tự CJK tính 2); giới hạn là {max}: bạn hãy rút ngắn {over} ký tự hoặc tách thành chuỗi bằng một dòng chỉ có `---`",
  "too-long.answer": "{part} dài {length} ký tự theo cách X đếm (liên kết tính 23, emoji và ký tự CJK tính 2); giới hạn là {max}: bạn hãy rút ngắn {over} ký tự",
  "too-long.answer-placeholders": "{part} dài {length} ký tự theo cách X đếm khi mỗi chỗ điền dài đến `max` (bằng ký tự X tính 2, như 字); giới hạn là {max}: bạn hãy rút ngắn {over} ký tự hoặc giảm `max` của chỗ điền",
  "invalid-character": "{part} có ký tự {code} ở dòng {line}, cột {column}: {what}{more}; bạn hãy xóa nó (trình soạn thảo có thể không hiển thị ký tự này: xóa ký tự trước và sau nó rồi gõ lại)",
  "invalid-character.more": { other: " (và thêm {n} ký tự như vậy)" },
  "invalid-character.bom": "khoảng trắng không ngắt có độ rộng bằng 0, vô hình (dấu thứ tự byte), X không chấp nhận",
  "invalid-character.noncharacter": "một ký tự không hợp lệ (noncharacter), X không chấp nhận",
  "invalid-character.tag": "một ký tự thẻ vô hình: nó mang văn bản ẩn mà người duyệt bài không thấy được",
  "invalid-character.bidi": "một ký tự điều khiển hướng văn bản vô hình, làm thay đổi thứ tự hiển thị",
  "invalid-character.control": "một ký tự điều khiển vô hình, không dùng để đăng",
  "reply-restricted": "bài này trả lời một bài của {target}, nhưng được đăng từ {handle}: từ 2026-02, X chỉ cho ứng dụng trả lời bài của chính tài khoản và bài có nhắc đến tài khoản, nên nếu bài đó không nhắc đến {handle}, X sẽ từ chối và câu trả lời thất bại. Bạn hãy trả lời thủ công trên x.com, hoặc đưa liên kết của bài đó vào một bài của bạn",
  "quote-unavailable": "X đã bỏ tính năng trích dẫn bài khỏi các gói API tự phục vụ (2026-04), nên herald không thể trích dẫn. Bạn hãy xóa `quote:`; để nhắc đến bài đó, hãy đưa liên kết của nó vào nội dung",
  "hashtag-count": "{part} có {count} hashtag; bạn hãy giữ tối đa {max}, chọn những hashtag mọi người thật sự tìm",
  "bare-link.post-only": "bài đăng chỉ có một liên kết; bạn hãy nói bằng lời của mình vì sao nó đáng xem (ít nhất {min} từ), ví dụ “Our winter release is out: faster search and dark mode.”",
  "bare-link.thread-only": "chuỗi mở đầu chỉ bằng một liên kết; bạn hãy nói bằng lời của mình vì sao nó đáng xem (ít nhất {min} từ), ví dụ “Our winter release is out: faster search and dark mode.”",
  "bare-link.few-words": { other: "liên kết chỉ kèm {words} từ bình luận; bạn hãy viết ít nhất {min} từ nói vì sao nó có ích cho người đọc" },
  "first-person-singular": "“{word}” là lời của một người; thương hiệu nói “we”: bạn hãy viết “{instead}”",
  "first-person-singular.signoff": "“{word}” là lời của một người; thương hiệu nói “we”: bạn hãy viết “{instead}”, hoặc ký tên cuối bài như “– MJ”",
  "missing-alt-text": "`{file}` chưa có văn bản thay thế; bạn hãy mô tả hình ảnh cho người dùng trình đọc màn hình, ví dụ `alt: Our new dashboard showing weekly totals`",
  "media-not-found.missing": "`{file}` không tồn tại (đã tìm {looked}); bạn hãy kiểm tra tên tệp, đường dẫn tính từ tệp bài đăng",
  "media-not-found.not-regular": "`{file}` không phải là tệp thông thường; bạn hãy kiểm tra tên tệp, đường dẫn tính từ tệp bài đăng",
  "media-outside-repo": "{problem}; bạn hãy đặt tệp trong kho mã, cạnh bài đăng, và viết `{suggestion}`",
  "media-path.nul": "`{file}` chứa byte NUL",
  "media-path.absolute": "`{file}` là đường dẫn tuyệt đối hoặc URL",
  "media-path.outside": "`{file}` trỏ ra ngoài kho mã",
  "media-path.link-outside": "`{file}` là liên kết tới một tệp ngoài kho mã",
  "media-path.link-git": "`{file}` là liên kết vào .git/",
  "media-path.bad": "`{file}`: {why}",
  "path.empty": "đường dẫn trống",
  "path.nul": "đường dẫn chứa byte NUL",
  "path.absolute": "đường dẫn là tuyệt đối",
  "path.backslash": "đường dẫn chứa dấu gạch chéo ngược",
  "path.dot-segment": "đường dẫn có phần trống hoặc `.`",
  "path.dot-dot": "đường dẫn ra khỏi thư mục của nó bằng `..`",
  "path.git": "đường dẫn đi vào `.git`",
  "media-type": "X không nhận tệp `{ext}` làm phương tiện; bạn hãy dùng ảnh (png, jpg, webp), gif hoặc video (mp4, mov)",
  "media-too-large": "`{file}` nặng {size}; X chỉ nhận {what} tối đa {limit}: bạn hãy giảm dung lượng tệp",
  "media-kind.videos": "video",
  "media-kind.gifs": "GIF",
  "media-kind.images": "ảnh",
  "media-content": "`{file}` được đặt tên là {mime} nhưng nội dung thì không phải: {fix}",
  "media-content.really": "thực ra đây là {really}: bạn hãy đổi tên thành `{renamed}` (cả dòng `file:`), hoặc xuất lại dưới dạng {format}",
  "media-content.empty": "tệp trống; bạn hãy xuất lại thành một tệp {format} thật",
  "media-content.starts": 'tệp bắt đầu bằng "{start}"; bạn hãy xuất lại thành một tệp {format} thật',
  "media-mix": {
    other: "X nhận tối đa bốn ảnh, hoặc chỉ một video hay GIF riêng; bài đăng này có {count} tệp, trong đó {moving} là video hoặc GIF: bạn hãy để video hoặc GIF riêng, hoặc tách bài đăng thành chuỗi"
  },
  "media-not-found.unreadable": "không đọc được tệp `{file}`; bạn hãy chỉ tới một tệp ảnh hoặc video",
  "unknown-account": "không có tài khoản `{account}` (không có schedules/{account}.yaml). Các tài khoản: {known}.",
  "unknown-account.suggest": "không có tài khoản `{account}` (không có schedules/{account}.yaml); có phải ý bạn là `account: {suggestion}`? Các tài khoản: {known}.",
  "unknown-account.none": "chưa có",
  "unknown-key.suggest": "`{key}` không phải là cài đặt của {where}; có phải ý bạn là `{suggestion}`? Được phép ở đây: {allowed}.",
  "unknown-key.remove": "`{key}` không phải là cài đặt của {where}; bạn hãy xoá hoặc kiểm tra chính tả. Được phép ở đây: {allowed}.",
  "where.front-matter": "bài đăng",
  "where.account-file": "tệp tài khoản",
  "duplicate-text.content": "{part} trùng nội dung với {where} trên tài khoản {account}; X từ chối bài trùng lặp, bạn hãy đổi cách viết",
  "invalid-zone": 'herald không biết múi giờ "{zone}". {advice}',
  "invalid-zone.audience": 'herald không biết múi giờ khán giả "{zone}". {advice}',
  "zone-advice.suggest": "Bạn hãy viết {zone}.",
  "zone-advice.generic": "Bạn hãy viết tên múi giờ IANA như America/New_York, Europe/London hoặc UTC.",
  "nonexistent-local-time": "{time} không tồn tại ở {zone}: đồng hồ nhảy từ {from} sang {to}. Bạn hãy viết {instead}.",
  "ambiguous-local-time": "{time} xảy ra hai lần ở {zone} (đồng hồ lùi từ {from} về {to}); herald dùng lần đầu, {first}. Để chọn lần thứ hai, bạn hãy viết {second}; để giữ lần đầu mà không có cảnh báo này, bạn hãy viết {first}.",
  "invalid-time": '"{text}" không phải là {what} hợp lệ. Bạn hãy viết ngày và giờ như {example}, hoặc giờ ISO có độ lệch như 2026-12-01T09:00-05:00.',
  "invalid-time.examples": "{date} hoặc {time}",
  "what.date-and-time": "ngày và giờ",
  "what.date-or-time": "ngày hoặc giờ",
  "what.time": "giờ",
  "what.date": "ngày",
  "what.clock": "giờ trong ngày (00:00 đến 23:59)",
  "what.time-of-day": "giờ (cần có giờ trong ngày)",
  "invalid-duration": 'window "{value}" không phải là một khoảng thời gian. Bạn hãy viết phút, giờ hoặc ngày như 90m, 2h, 1d hoặc 1h30m.',
  "invalid-duration.post-too-long": 'window "{value}" dài hơn {max}: bài chỉ được lên muộn nhất {max} sau thời điểm của nó. Bạn hãy dùng khung ngắn hơn như 2h hoặc 1d, hoặc đặt `at` muộn hơn cho bài.',
  "invalid-duration.account-too-long": 'window "{value}" dài hơn {max}: bài chỉ được lên muộn nhất {max} sau thời điểm của nó. Bạn hãy dùng khung ngắn hơn như 2h hoặc 1d.',
  "window-closed": "khung giờ của bài đăng này ({start} + {window}) đã đóng lúc {end}, nên bài sẽ không bao giờ được gửi: herald không đăng muộn. Bạn hãy dời publish.at tới một thời điểm chưa đến, hoặc xoá bài.",
  "audience-night": "bài đăng này lên vào ban đêm với khán giả ở {zones}: giờ yên tĩnh là {quiet}. Bạn hãy chọn lúc họ còn thức, hoặc đặt rules: { audience-night: off } trong {file}.",
  "blackout.resumes": "bài đăng này bắt đầu trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi. Bài sẽ lên khi thời gian tạm ngưng kết thúc, {end}, vì khung giờ còn mở đến {windowEnd}.",
  "blackout.cut": "bài đăng này bắt đầu trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi. Khung giờ đóng lúc {windowEnd}, trước khi tạm ngưng kết thúc, nên bài sẽ không lên: bạn hãy dời publish.at tới {end} hoặc muộn hơn.",
  "blackout.part-resumes": "phần {n} của chuỗi này hẹn giờ lúc {start}, trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi; phần này sẽ lên khi tạm ngưng kết thúc, {end}.",
  "blackout.part-cut": "phần {n} của chuỗi này hẹn giờ lúc {start}, trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi; khung giờ đóng lúc {windowEnd}, trước khi tạm ngưng kết thúc, nên phần này và mọi phần sau sẽ không lên: bạn hãy dời tới {end} hoặc muộn hơn.",
  "daily-cap": "tài khoản {account} đã có {cap} bài vào ngày {day} ({zone}), bằng daily_cap, nên bài này sẽ không được gửi. Bạn hãy dời sang ngày khác, hoặc tăng daily_cap trong {file}.",
  "content-mix": "tính cả bài này, {promo} trên {total} bài của tài khoản {account} trong {days} ngày tính đến {when} là quảng cáo (thẻ {tags}): {share}, vượt mức tối đa {max}. Bạn hãy xen thêm bài hữu ích hoặc cung cấp thông tin, hoặc dời bài này sang một tuần thưa hơn.",
  "duplicate-text.sent": 'nội dung này đã được đăng lúc {when} với bài "{post}"{planned}, tệp của bài đó đã bị xoá; bài này được hẹn vào thời điểm khác, nên herald sẽ gửi như một bài mới. Nếu đúng ý bạn, hãy giữ nguyên; nếu đây là bài cũ đổi tên, hãy dùng lại thời điểm cũ (khi đó bài được tính là đã gửi); nếu không, hãy đổi cách viết.',
  "duplicate-text.planned": " (đã hẹn lúc {when})",
  "guide.new-post-link": "Để viết bài trong trình soạn thảo web của GitHub, hãy mở **[✏️ Bài đăng mới]({link})** (lưu lại dấu trang), rồi commit vào một nhánh mới và mở pull request.",
  "count.error": { other: "{n} lỗi" },
  "count.warning": { other: "{n} cảnh báo" },
  "count.file": { other: "{n} tệp" },
  "count.post": { other: "{n} bài đăng" },
  "count.answer": { other: "{n} câu trả lời" },
  "count.account": { other: "{n} tài khoản" },
  "count.changed-file": { other: "{n} tệp thay đổi" },
  "validate.none": "Không có vấn đề nào{checked}.",
  "validate.found": "{errors} và {warnings} trong {files}{checked}.",
  "validate.checked": " (đã kiểm tra {posts}, {accounts})",
  "validate.checked-answers": " (đã kiểm tra {posts}, {accounts}, {answers})",
  "summary.validate.title": "herald: kết quả kiểm tra",
  "summary.validate.valid": "Mọi bài đăng và tệp tài khoản đều hợp lệ.",
  "summary.validate.counts": "{errors}, {warnings}.",
  "summary.validate.counts-annotated": "{errors}, {warnings}; {annotated} mục đầu được đánh dấu trên dòng của chúng, tất cả được liệt kê ở đây.",
  "summary.validate.failed": "{errors} trong nội dung; xem các đánh dấu và bản tóm tắt của job",
  "summary.publish.title": "herald: đăng bài — {at}",
  "summary.publish.title-dry": "herald: đăng bài — {at} (chạy thử)",
  "summary.publish.would-delete": "Sẽ xoá (rút bài)",
  "summary.publish.deleted": "Đã xoá khỏi X (rút bài)",
  "summary.publish.would-send": "Sẽ gửi",
  "summary.publish.sent": "Đã gửi",
  "summary.publish.reconciled": "Đã đối chiếu",
  "summary.publish.expired": "Hết hạn (không bao giờ gửi muộn)",
  "summary.publish.failed": "Gửi thất bại",
  "summary.publish.stopped": "Tài khoản dừng trong lần chạy này",
  "summary.publish.skipped": "Bỏ qua",
  "summary.publish.schedule": "Lịch chạy",
  "review.title": "herald: xem xét thay đổi",
  "review.compared": "So sánh {head} với {base}, lập kế hoạch lúc {at}: {changed} · {errors} · {warnings}",
  "review.errors": "❌ {errors}",
  "review.no-errors": "✅ không có lỗi",
  "review.warnings": "⚠️ {warnings}",
  "review.no-warnings": "không có cảnh báo",
  "review.no-changes": "Thay đổi này không động đến bài đăng, câu trả lời hay tệp tài khoản nào.",
  "review.validation": "Kiểm tra",
  "review.no-findings": "Các tệp thay đổi không có lỗi hay cảnh báo.",
  "review.calendar": "Thay đổi lịch",
  "review.calendar.added": "Thêm mới",
  "review.calendar.moved": "Dời lịch",
  "review.calendar.removed": "Gỡ bỏ",
  "review.calendar.unreadable": "Không thể lên lịch",
  "review.calendar.expiring": "Đã hoặc sắp hết hạn",
  "review.calendar.status": "Đổi trạng thái",
  "review.calendar.unchanged": "Lịch không thay đổi.",
  "review.previews": "Xem trước",
  "review.no-post-files": "Không có tệp bài đăng nào thay đổi.",
  "review.deleted-files": "Tệp bài đăng đã xoá: {files}",
  "new.past": "{at} ({zone}) đã qua; bài sẽ hết hạn nếu bạn không đổi publish.at",
  "new.slot-comment": 'chỗ trống kế tiếp trong hàng đợi của tài khoản; hoặc viết at: "2026-12-01 09:00"',
  "new.tags-comment": "nhãn như product, event, tip: kiểm tra content-mix đọc các nhãn này",
  "new.draft-comment": "xoá dòng này khi nội dung bên dưới đã sẵn sàng để đăng",
  "new.guide": 'Viết bài đăng bên dưới, thay cho dòng tiêu đề. Chú thích này không bao giờ được đăng.\n- Nói với tư cách thương hiệu ("we"), mỗi phần không quá 280 ký tự.\n- Một dòng chỉ có --- bắt đầu phần tiếp theo của chuỗi.\n- Hình ảnh: thêm vào phần cài đặt `media:` với `- file: picture.png` và `alt: hình cho thấy gì`.\n- Chia sẻ liên kết? Hãy nói vì sao nó đáng xem; liên kết trơn sẽ bị cảnh báo.',
  "duplicate-id.explicit": 'id "{id}" cũng là id của {others} trên tài khoản {account}; hai bài đăng cùng id dùng chung một lịch sử trong nhật ký, nên không bài nào được đăng cho đến khi một bài đổi id: bạn hãy viết id khác, ví dụ `id: {id}-2`, hoặc xoá id: để dùng tên tệp',
  "duplicate-id.reserved": 'id "{id}" là cách `herald reply` đặt tên các câu trả lời trong nhật ký (reply/<câu trả lời>/<id bài đăng>), nên bài đăng này sẽ dùng chung lịch sử với một câu trả lời và không được đăng: bạn hãy viết id khác, ví dụ `id: {suggestion}`, hoặc chuyển tệp ra khỏi posts/reply/',
  "duplicate-id.from-file": 'id lấy từ tên tệp, "{id}", cũng là id của {others} trên tài khoản {account}; hai bài đăng cùng id dùng chung một lịch sử trong nhật ký, nên không bài nào được đăng cho đến khi một bài đổi id: bạn hãy đổi tên tệp, hoặc viết `id: {stem}-2`',
  "executable-front-matter": "phần cài đặt viết bằng `{language}` không bao giờ được chạy hay đọc, vì lý do an toàn; bạn hãy viết bằng YAML: dòng đầu chỉ có `---`, rồi đến {firstKey}",
  "part-time.zero": "{line}: phần {n} sẽ ra 0 phút sau phần {previous}. Để gửi ngay sau phần trước, bạn hãy dùng `---` đơn thuần; nếu không, hãy viết sau bao lâu, như `--- +45m`",
  "part-time.too-long": '{line}: "{value}" dài hơn {max}, nên phần {n} không có thời gian. Một phần hẹn giờ ra muộn nhất {max} sau phần trước; bạn hãy viết thời gian ngắn hơn như `--- +45m` hoặc `--- +2d`, hoặc tách thành một bài đăng riêng',
  "part-time.not-duration": '{line}: "{value}" không phải là khoảng thời gian, nên phần {n} không có thời gian. Bạn hãy viết `--- +45m` (số phút, giờ hoặc ngày sau phần trước: 45m, 2h, 1h30m, 1d) hoặc `--- at 2026-12-01 14:30` (theo múi giờ của bài đăng); một dòng chỉ có `---` sẽ gửi ngay sau phần trước',
  "duplicate-text.queued-rename": 'nội dung này đã được đăng{sent} dưới bài "{post}", tệp của bài đó không còn, nên herald coi bài trong hàng đợi này là bài cũ được đổi tên và không gửi nó; nếu đây là bài mới, bạn hãy đổi cách viết, hoặc đặt `not_before:` sau ngày đó',
  "edited-after-publish": "bài đăng này đã được đăng{sent} với nội dung khác, và sửa tệp không thay đổi những gì X hiển thị; để thay thế, bạn hãy thêm `retract: true` vào tệp này (lần đăng tiếp theo sẽ xoá bài đã đăng) và viết nội dung mới trong một tệp mới; để giữ bài cũ và đăng thêm nội dung mới, hãy đặt id mới cho bài này (`id: {id}-2`)",
  "sent-on": " vào {when}",
  "queue-unschedulable": "bài đăng trong hàng đợi này không có khung giờ: {reason}. Bạn hãy thêm khung giờ vào {file}, nới rộng not_before/not_after, hoặc đặt publish.at cố định.",
  "queue-reason.no-slots": "không có khung giờ: bạn hãy thêm slots: vào {file}, hoặc đặt publish.at cố định cho bài đăng",
  "queue-reason.not-after": "không còn khung giờ trống trước {time} (not_after của bài)",
  "queue-reason.horizon": "không còn khung giờ trống trong {days} ngày tới",
  "where.its-account-file": "tệp tài khoản của bài",
  "poll.not-object": "một cuộc thăm dò gồm các lựa chọn và thời gian chạy; bạn hãy viết {example}",
  "poll.unknown-key": "`poll.{key}` không phải là cài đặt của cuộc thăm dò{hint}; cuộc thăm dò có `options` và `duration`, như {example}",
  "poll.hint-duration": " (viết thời gian là `duration: 1d`)",
  "poll.hint-options": " (viết `options:`)",
  "poll.with-media": "X chỉ nhận thăm dò hoặc phương tiện trong một bài, không nhận cả hai; bạn hãy xoá `media:` khỏi bài này, hoặc đưa cuộc thăm dò vào một bài riêng",
  "poll.no-options": "cuộc thăm dò chưa có lựa chọn; bạn hãy thêm `options: [Dark mode, Offline sync]` (từ {min} đến {max} lựa chọn)",
  "poll.options-not-list": "`poll.options` phải là danh sách từ {min} đến {max} lựa chọn, như `options: [Dark mode, Offline sync]`",
  "poll.option-count": { other: "cuộc thăm dò có {count} lựa chọn; X nhận từ {min} đến {max}: {fix}" },
  "poll.fix-add": "bạn hãy thêm {n} lựa chọn",
  "poll.fix-remove": "bạn hãy bỏ {n} lựa chọn",
  "poll.option-empty": "lựa chọn {n} trống; bạn hãy viết nội dung, hoặc xoá nó",
  "poll.option-type": 'lựa chọn {n} (`{value}`) được đọc là {type}, không phải văn bản; bạn hãy đặt trong dấu ngoặc kép, như `"{value}"`',
  "poll.type.list": "danh sách",
  "poll.type.setting": "cài đặt",
  "poll.type.yes-no": "giá trị có/không",
  "poll.type.number": "số",
  "poll.option-too-long": "lựa chọn {n} `{text}` dài {length} ký tự; X cho phép {max}: bạn hãy rút ngắn {over} ký tự",
  "poll.option-same": "lựa chọn {n} `{text}` trùng với lựa chọn {other}; mỗi lựa chọn phải khác nhau",
  "poll.range": "từ {min} đến {max}",
  "poll.no-duration": "cuộc thăm dò chưa có `duration`; bạn hãy cho biết nó chạy bao lâu, như `duration: 1d` ({range})",
  "poll.duration-unit": "`poll.duration` cần đơn vị: bạn hãy viết {choices} ({range})",
  "poll.unit.minutes": "`duration: {n}m` cho số phút",
  "poll.unit.hours": "`duration: {n}h` cho số giờ",
  "poll.unit.days": "`duration: {n}d` cho số ngày",
  "poll.unit.any": "một khoảng thời gian như `duration: 1d`",
  "poll.or": "{a} hoặc {b}",
  "poll.not-duration": "`poll.duration` phải là khoảng thời gian như 90m, 2h hoặc 1d — bạn đã viết `{value}`. Ví dụ: `duration: 1d`",
  "poll.too-short": "cuộc thăm dò trên X chạy {range}; `{value}` ngắn hơn: bạn hãy viết ít nhất `duration: {min}`",
  "poll.too-long": "cuộc thăm dò trên X chạy {range}; `{value}` dài hơn: bạn hãy viết tối đa `duration: {max}`"
};

// src/i18n/template.ts
var PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

// src/i18n/say.ts
var CATALOGUES = { en, ru, th, vi };
function phrase(id, ...params) {
  const given = params[0] ?? {};
  const plain = {};
  for (const [name, value] of Object.entries(given)) plain[name] = isSaid(value) ? value.text : value;
  return { id, params: plain };
}
function say(id, ...params) {
  const text = phrase(id, ...params);
  return { message: render("en", text), text };
}
function t(lang, id, ...params) {
  return render(lang, phrase(id, ...params));
}
function render(lang, text) {
  const catalogue = CATALOGUES[lang];
  const template = catalogue[text.id] ?? en[text.id] ?? text.id;
  return fill(pickForm(lang, template, text.params), (name) => {
    const value = text.params[name];
    if (value === void 0) return `{${name}}`;
    return typeof value === "object" ? render(lang, value) : String(value);
  });
}
function fill(template, value) {
  return template.replace(PLACEHOLDER, (_, name) => value(name));
}
function pickForm(lang, template, params) {
  if (typeof template === "string") return template;
  for (const match of template.other.matchAll(PLACEHOLDER)) {
    const value = params[match[1]];
    if (typeof value === "number") return template[new Intl.PluralRules(lang).select(value)] ?? template.other;
  }
  return template.other;
}
function isSaid(value) {
  return typeof value === "object" && "text" in value && "message" in value;
}

// src/model/rules.ts
var option = {
  boolean: (value, text) => ({ default: value, schema: { type: "boolean" }, ...text }),
  integer: (value, text) => numeric("integer", value, text),
  number: (value, text) => numeric("number", value, text),
  string: (value, text) => {
    const { pattern, ...rest } = text;
    return { default: value, schema: pattern === void 0 ? { type: "string" } : { type: "string", pattern }, ...rest };
  },
  strings: (value, text) => ({
    default: value,
    schema: { type: "array", items: { type: "string" } },
    ...text
  })
};
function numeric(type, value, text) {
  const { minimum, maximum, ...rest } = text;
  return {
    default: value,
    schema: { type, ...minimum === void 0 ? {} : { minimum }, ...maximum === void 0 ? {} : { maximum } },
    ...rest
  };
}
function defaultOptions(options) {
  return Object.fromEntries(Object.entries(options).map(([name, o]) => [name, o.default]));
}
function ruleSetting(account, rule) {
  const byRow = settingsOf.get(account ?? NO_ACCOUNT) ?? /* @__PURE__ */ new WeakMap();
  settingsOf.set(account ?? NO_ACCOUNT, byRow);
  const known = byRow.get(rule);
  if (known) return known;
  const setting = computeSetting(account, rule);
  Object.freeze(setting);
  byRow.set(rule, setting);
  return setting;
}
var NO_ACCOUNT = {};
var settingsOf = /* @__PURE__ */ new WeakMap();
function computeSetting(account, rule) {
  const options = defaultOptions(rule.options);
  const raw = account?.rules[rule.id];
  if (raw === void 0) return { ...options, level: rule.level };
  if (typeof raw === "string") return { ...options, level: isLevel(raw) ? raw : rule.level };
  const written = raw;
  for (const [name, spec] of Object.entries(rule.options)) {
    if (name in written && fits(spec.schema, written[name])) options[name] = written[name];
  }
  return { ...options, level: isLevel(raw.level) ? raw.level : rule.level };
}
function isLevel(value) {
  return value === "off" || value === "warning" || value === "error";
}
function fits(schema, value) {
  switch (schema.type) {
    case "boolean":
      return typeof value === "boolean";
    case "integer":
    case "number":
      return typeof value === "number" && Number.isFinite(value) && (schema.type === "number" || Number.isInteger(value)) && (schema.minimum === void 0 || value >= schema.minimum) && (schema.maximum === void 0 || value <= schema.maximum);
    case "string":
      return typeof value === "string" && (schema.pattern === void 0 || new RegExp(schema.pattern).test(value));
    case "array":
      return Array.isArray(value) && value.every((item) => typeof item === "string");
  }
}
var planRule = (row) => ({ ...row, phase: "plan" });
var PLAN_ROWS = [
  planRule({
    id: "audience-night",
    level: "warning",
    options: {
      quiet: option.string("23:00-07:00", {
        pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:[01]\\d|2[0-3]):[0-5]\\d$",
        expect: 'a range of times like "23:00-07:00"'
      })
    },
    settable: true,
    description: "A post that lands in the quiet hours of an audience zone."
  }),
  planRule({
    id: "content-mix",
    level: "warning",
    options: {
      tags: option.strings(["promo", "product", "announcement"], { expect: "a list of tags like [promo, product]" }),
      max_share: option.number(0.6, { minimum: 0, maximum: 1, expect: "a share between 0 and 1 like 0.6" }),
      days: option.integer(7, { minimum: 1, expect: "a whole number of days like 7" })
    },
    settable: true,
    description: "Too large a share of self-promotion (posts with any of tags) within days.",
    expect: "off, warning, error, or { level: warning, tags: [promo, product], max_share: 0.6, days: 7 }"
  }),
  planRule({ id: "daily-cap", level: "error", options: {}, settable: true, description: "More posts in a day than daily_cap." }),
  planRule({
    id: "budget",
    level: "error",
    options: {},
    settable: true,
    description: "Planned posts that would take a UTC month's spend past budget.monthly_usd."
  }),
  planRule({
    id: "prices-below-table",
    level: "warning",
    options: {},
    settable: true,
    description: "A price under prices: below herald's table (or 0): spend and budgets count it, so a budget lets more through."
  }),
  planRule({ id: "blackout", level: "warning", options: {}, settable: true, description: "A post whose window falls inside a blackout." }),
  planRule({ id: "window-closed", level: "warning", options: {}, settable: true, description: "A post whose window closed before it was published." }),
  planRule({
    id: "ambiguous-local-time",
    level: "warning",
    options: {},
    settable: false,
    description: "A local time that occurs twice (clocks fall back): the earlier instant is meant."
  }),
  planRule({
    id: "queue-unschedulable",
    level: "warning",
    options: {},
    settable: false,
    description: "A queued post for which no free slot is left within its bounds."
  }),
  planRule({
    id: "duplicate-text",
    level: "warning",
    options: {},
    settable: false,
    description: "A new post with the text of a deleted post that went out for another time (the same text twice in posts/ is always an error)."
  })
];
var PLAN_RULES = Object.fromEntries(PLAN_ROWS.map((row) => [row.id, row]));

// src/repository/door.ts
import fs from "node:fs";
import path from "node:path";
function doorDiagnostic(problem) {
  return { file: problem.file, line: 1, column: 1, severity: "error", rule: problem.rule, message: problem.message };
}
var SIZE_LIMITS = {
  post: 1024 * 1024,
  account: 256 * 1024
};
var KIB = 1024;
function sizeText(bytes) {
  if (bytes >= KIB * KIB) return `${(bytes / (KIB * KIB)).toFixed(1)} MB`;
  if (bytes >= KIB) return `${Math.round(bytes / KIB)} KB`;
  return `${bytes} bytes`;
}
var ok = (value) => ({ ok: true, value });
var refuse = (file, rule, message, reason) => ({
  ok: false,
  problem: reason ? { file, rule, message, reason } : { file, rule, message }
});
function inside(root, target) {
  return target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function errorCode(error) {
  return error.code ?? "error";
}
function openForReading(abs) {
  try {
    return { fd: fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK) };
  } catch (error) {
    return { code: errorCode(error) };
  }
}
function isRegularFile(abs) {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}
function isFolder(abs) {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
function firstSegment(root, target) {
  return target.slice(root.length + 1).split(path.sep, 1)[0] ?? "";
}
function checkRepositoryPath(rel) {
  const problem = repositoryPathProblem(rel);
  return problem && PATH_PROBLEM_TEXT[problem];
}
var PATH_PROBLEM_TEXT = {
  empty: "the path is empty",
  nul: "the path contains a NUL byte",
  absolute: "the path is absolute",
  backslash: "the path contains a backslash",
  "dot-segment": "the path has an empty or `.` segment",
  "dot-dot": "the path leaves its folder with `..`",
  git: "the path goes into `.git`"
};
function repositoryPathProblem(rel) {
  if (rel === "") return "empty";
  if (rel.includes("\0")) return "nul";
  if (rel.startsWith("/") || path.isAbsolute(rel) || path.win32.isAbsolute(rel)) return "absolute";
  if (rel.includes("\\")) return "backslash";
  for (const segment of rel.split("/")) {
    if (segment === "" || segment === ".") return "dot-segment";
    if (segment === "..") return "dot-dot";
    if (segment.toLowerCase() === ".git") return "git";
  }
  return void 0;
}
var RepositoryDoor = class _RepositoryDoor {
  constructor(root, realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }
  root;
  realRoot;
  /** Open the repository at `root`. A root that does not exist or is not a folder is a usage error (exit 2). */
  static open(root) {
    const absRoot = path.resolve(root);
    let realRoot;
    try {
      realRoot = fs.realpathSync(absRoot);
    } catch {
      throw new UsageError(`${root}: no such folder; give --root the folder that holds posts/ and schedules/`);
    }
    if (!fs.statSync(realRoot).isDirectory()) throw new UsageError(`${root} is not a folder; give --root the folder that holds posts/ and schedules/`);
    return new _RepositoryDoor(absRoot, realRoot);
  }
  /** The absolute path of a repository path, after the pure path checks. Touches nothing. */
  pathOf(rel) {
    const problem = checkRepositoryPath(rel);
    if (problem) return refuse(rel, "bad-path", `${problem}; herald reads and writes only inside the repository`);
    return ok(path.join(this.root, ...rel.split("/")));
  }
  /**
   * A content folder (`posts`, `schedules`): `missing`, `ok`, or a problem when it is a link, not
   * a folder, or cannot be read.
   */
  folder(dir) {
    const abs = path.join(this.root, dir);
    let info;
    try {
      info = fs.lstatSync(abs);
    } catch (error) {
      if (errorCode(error) === "ENOENT") return ok("missing");
      return refuse(dir, "unreadable", `${dir}/ cannot be read (${errorCode(error)}); check its permissions`);
    }
    if (info.isSymbolicLink()) {
      return refuse(
        dir,
        "repository-link",
        `${dir}/ is a link; herald reads only folders that are really in the repository: replace the link with the folder itself`
      );
    }
    if (!info.isDirectory()) return refuse(dir, "not-a-file", `${dir} is not a folder; herald expects the folder ${dir}/ here`);
    return ok("ok");
  }
  /**
   * Files below a content folder, as sorted repository paths, with a problem for every folder that
   * cannot be read and every link that leaves the repository, points into `.git/` or names a folder.
   * A link to a file inside the repository is listed like a file: it is read through its real path.
   */
  listFiles(dir, keep, recursive) {
    const files = [];
    const problems = [];
    const state = this.folder(dir);
    if (!state.ok) return { files, problems: [state.problem] };
    if (state.value === "missing") return { files, problems };
    const pending = [dir];
    while (pending.length > 0) {
      const folder = pending.pop();
      let entries;
      try {
        entries = fs.readdirSync(path.join(this.root, folder), { withFileTypes: true });
      } catch (error) {
        problems.push({
          file: folder,
          rule: "unreadable",
          message: `${folder}/ cannot be read (${errorCode(error)}), so its files were not checked; fix its permissions`
        });
        continue;
      }
      for (const entry of entries) {
        const rel = `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (recursive) pending.push(rel);
        } else if (entry.isSymbolicLink()) {
          const target = this.realTarget(rel);
          const isFolderLink = !target.ok && isFolder(path.join(this.root, rel));
          if (!keep(entry.name) && !(recursive && isFolderLink)) continue;
          if (!target.ok) problems.push(target.problem);
          else files.push(rel);
        } else if (keep(entry.name)) {
          if (entry.isFile()) files.push(rel);
          else problems.push({ file: rel, rule: "not-a-file", message: `${rel} is not a regular file; remove it` });
        }
      }
    }
    files.sort();
    problems.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return { files, problems };
  }
  /**
   * Where a link inside the repository really leads: refused when it leaves the repository, points
   * into `.git/`, dangles, or names a folder (folder links are not followed).
   */
  realTarget(rel) {
    let real;
    try {
      real = fs.realpathSync(path.join(this.root, rel));
    } catch {
      return refuse(rel, "repository-link", `${rel} is a link to nothing (its target does not exist); replace it with the file itself`);
    }
    if (!inside(this.realRoot, real)) {
      return refuse(
        rel,
        "repository-link",
        `${rel} is a link to a file outside the repository; herald never reads outside it: copy the file into the repository instead`
      );
    }
    if (firstSegment(this.realRoot, real).toLowerCase() === ".git") {
      return refuse(rel, "repository-link", `${rel} is a link into .git/; herald never reads git's own files: replace the link with a real file`);
    }
    let info;
    try {
      info = fs.statSync(real);
    } catch {
      return refuse(rel, "repository-link", `${rel} is a link to nothing; replace it with the file itself`);
    }
    if (info.isDirectory()) {
      return refuse(rel, "repository-link", `${rel} is a link to a folder; herald does not follow folder links: move the files into the repository instead`);
    }
    if (!info.isFile()) return refuse(rel, "not-a-file", `${rel} is a link to something that is not a regular file; replace it with the file itself`);
    return ok(real);
  }
  /**
   * Read a repository file, at most `maxBytes`. Synchronous on purpose: for thousands of small
   * files it is several times faster than fs.promises (one round trip through the thread pool per
   * file), and a CLI has nothing else to do meanwhile. The file was listed by `listFiles` or named
   * by herald itself; a link is read only when its real target is inside the repository.
   */
  readFile(rel, maxBytes, what = "file") {
    const where = this.pathOf(rel);
    if (!where.ok) return where;
    let opened = openForReading(where.value);
    if (opened.code === "ELOOP") {
      const target = this.realTarget(rel);
      if (!target.ok) return target;
      opened = openForReading(target.value);
    }
    if (opened.fd === void 0) return refuse(rel, "unreadable", `${rel} cannot be read (${opened.code})`);
    return this.readOpen(rel, opened.fd, maxBytes, what);
  }
  readOpen(rel, fd, maxBytes, what) {
    try {
      const info = fs.fstatSync(fd);
      if (!info.isFile()) return refuse(rel, "not-a-file", `${rel} is not a regular file; remove it`);
      if (info.size > maxBytes) {
        return refuse(
          rel,
          "file-too-large",
          `${rel} is ${sizeText(info.size)}; a ${what} may be at most ${sizeText(maxBytes)}. Is it really a ${what}? Shorten it or move it out of the folder`
        );
      }
      const bytes = Buffer.allocUnsafe(info.size);
      let read = 0;
      while (read < info.size) {
        const n = fs.readSync(fd, bytes, read, info.size - read, read);
        if (n === 0) break;
        read += n;
      }
      return ok(read === info.size ? bytes : bytes.subarray(0, read));
    } catch (error) {
      return refuse(rel, "unreadable", `${rel} cannot be read (${errorCode(error)})`);
    } finally {
      fs.closeSync(fd);
    }
  }
  /**
   * A file that content refers to (media), written relative to the file that names it. Refused
   * when the written path is absolute or a URL, leaves the repository (also through links), or
   * points into `.git/`. Returns the repository path and the real absolute path.
   */
  locate(fromFile, written) {
    if (written.includes("\0")) return refuse(written, "bad-path", `\`${written}\` contains a NUL byte`, { kind: "nul" });
    if (path.isAbsolute(written) || path.win32.isAbsolute(written) || /^[a-z][a-z0-9+.-]*:/i.test(written)) {
      return refuse(written, "bad-path", `\`${written}\` is an absolute path or a URL`, { kind: "absolute" });
    }
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), written.replaceAll("\\", "/")));
    if (rel === ".." || rel.startsWith("../") || rel === "." || rel === "") {
      return refuse(written, "bad-path", `\`${written}\` points outside the repository`, { kind: "outside" });
    }
    const problem = repositoryPathProblem(rel);
    if (problem) return refuse(written, "bad-path", `\`${written}\`: ${PATH_PROBLEM_TEXT[problem]}`, { kind: "path", path: problem });
    let real;
    try {
      real = fs.realpathSync(path.join(this.root, ...rel.split("/")));
    } catch {
      return refuse(rel, "not-a-file", `\`${written}\` does not exist (looked for ${rel})`, { kind: "missing", looked: rel });
    }
    if (!inside(this.realRoot, real)) {
      return refuse(rel, "repository-link", `\`${written}\` is a link to a file outside the repository`, { kind: "link-outside" });
    }
    if (firstSegment(this.realRoot, real).toLowerCase() === ".git") {
      return refuse(rel, "repository-link", `\`${written}\` is a link into .git/`, { kind: "link-git" });
    }
    if (!isRegularFile(real)) return refuse(rel, "not-a-file", `\`${written}\` is not a regular file`, { kind: "not-regular" });
    return ok({ rel, real });
  }
  /** Size and first bytes of a located file, for checks that must not read a whole video. */
  peek(real, bytes) {
    const { fd, code } = openForReading(real);
    if (fd === void 0) return refuse(real, "unreadable", `cannot be read (${code})`);
    try {
      const info = fs.fstatSync(fd);
      if (!info.isFile()) return ok({ size: info.size, head: Buffer.alloc(0), isFile: false });
      const head = Buffer.alloc(Math.min(bytes, info.size));
      fs.readSync(fd, head, 0, head.length, 0);
      return ok({ size: info.size, head, isFile: true });
    } finally {
      fs.closeSync(fd);
    }
  }
  /**
   * A file herald itself writes (the log, an account file, a new post): its folder must be a real
   * folder inside the repository and the file itself must not be a link. Returns the absolute path
   * to open with O_NOFOLLOW.
   */
  writable(rel) {
    const where = this.pathOf(rel);
    if (!where.ok) return where;
    const segments = rel.split("/");
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join("/");
      let info;
      try {
        info = fs.lstatSync(path.join(this.root, folder));
      } catch {
        break;
      }
      if (info.isSymbolicLink())
        return refuse(rel, "repository-link", `${folder}/ is a link; herald writes ${rel} only inside the repository: replace the link with a real folder`);
      if (!info.isDirectory()) return refuse(rel, "not-a-file", `${folder} is not a folder, so ${rel} cannot be written`);
    }
    try {
      const info = fs.lstatSync(where.value);
      if (info.isSymbolicLink())
        return refuse(
          rel,
          "repository-link",
          `${rel} is a link; herald writes it only as a regular file in the repository: replace the link with the file itself`
        );
      if (!info.isFile()) return refuse(rel, "not-a-file", `${rel} is not a regular file`);
    } catch {
    }
    return ok(where.value);
  }
  /** Is there anything at this repository path (a file, a folder, a link, followed or not)? `herald init` keeps what is there. */
  exists(rel) {
    const where = this.pathOf(rel);
    if (!where.ok) return false;
    try {
      fs.lstatSync(where.value);
      return true;
    } catch {
      return false;
    }
  }
  /** Open for appending (O_APPEND, never rewritten), refusing links. */
  async openAppend(rel) {
    const abs = this.mustWrite(rel);
    await fs.promises.mkdir(path.dirname(abs), { recursive: true });
    const { O_WRONLY, O_APPEND, O_CREAT, O_NOFOLLOW } = fs.constants;
    return fs.promises.open(abs, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, 420);
  }
  /** Write a whole file (replacing it, or only creating it with `exclusive`), refusing links. */
  async writeFile(rel, data, options = {}) {
    const abs = this.mustWrite(rel);
    await fs.promises.mkdir(path.dirname(abs), { recursive: true });
    const { O_WRONLY, O_CREAT, O_TRUNC, O_EXCL, O_NOFOLLOW } = fs.constants;
    const flags = O_WRONLY | O_CREAT | O_NOFOLLOW | (options.exclusive ? O_EXCL : O_TRUNC);
    const handle = await fs.promises.open(abs, flags, 420);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  }
  /** Open a file herald writes itself (the log, an account file) for reading, refusing links. */
  async openRead(rel) {
    return fs.promises.open(this.mustWrite(rel), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  }
  /** Read a file herald writes itself (the log, an account file); a missing file is `undefined`. */
  async readOwnFile(rel) {
    let handle;
    try {
      handle = await this.openRead(rel);
    } catch (error) {
      if (error instanceof RepositoryError) throw error;
      if (errorCode(error) === "ENOENT") return void 0;
      throw new RepositoryError(rel, `${rel} cannot be read (${errorCode(error)})`);
    }
    try {
      return await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  }
  mustWrite(rel) {
    const target = this.writable(rel);
    if (!target.ok) throw new RepositoryError(rel, target.problem.message);
    return target.value;
  }
};
var RepositoryError = class extends UsageError {
  constructor(file, message) {
    super(message);
    this.file = file;
  }
  file;
  name = "RepositoryError";
};

// src/model/words.ts
function editDistance(a, b) {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export {
  wording,
  hasErrors,
  sortDiagnostics,
  mergeDiagnostics,
  errorsByFile,
  positionOf,
  diagnostic,
  isSentEntry,
  replyLogId,
  parseReplyLogId,
  say,
  t,
  render,
  editDistance,
  plural,
  option,
  ruleSetting,
  PLAN_RULES,
  require_dist2 as require_dist,
  doorDiagnostic,
  SIZE_LIMITS,
  sizeText,
  checkRepositoryPath,
  RepositoryDoor
};
