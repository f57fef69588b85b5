#!/usr/bin/env node
import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-source";

// src/cli/discover.ts
import { mkdir as mkdir4, writeFile as writeFile4 } from "node:fs/promises";
import { dirname as dirname6, resolve as resolve4 } from "node:path";

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str4) {
  return str4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str4) {
  const units = str4.length;
  if (!highSurrogate.test(str4))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str4.charCodeAt(i) & 64512) === 55296 && (str4.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}

// src/core/triage/reason-kinds.ts
var REASON_KINDS = [
  "system-required",
  "venv-required",
  "managed-only",
  "system-only",
  "not-explicit",
  "version-mismatch",
  "variant-mismatch",
  "query-failed",
  "unknown-os",
  "not-executable",
  "store-shim",
  "python2-unsupported",
  "other"
];
var REASON_KIND_TEXT = {
  "system-required": "the command needs a system interpreter and this one looks like a virtual environment",
  "venv-required": "only virtual environments are allowed here",
  "managed-only": "only tool-managed interpreters are allowed",
  "system-only": "only system (not tool-managed) interpreters are allowed",
  "not-explicit": "a system interpreter was found but not explicitly requested",
  "version-mismatch": "its version does not satisfy the request",
  "variant-mismatch": "its build variant (free-threaded, debug, GIL) does not match the request",
  "query-failed": "running it to read its details failed",
  "unknown-os": "the tool could not recognise the operating system or C library",
  "not-executable": "it cannot be executed (permission denied)",
  "store-shim": "it is a Microsoft Store alias, not an installed interpreter",
  "python2-unsupported": "it is a Python version the tool no longer supports",
  other: "another reason (see the tool\u2019s wording)"
};
function failureKind(text, path = "") {
  const t = text.toLowerCase();
  if (/\\windowsapps\\|\/windowsapps\//i.test(path) && (t.includes("os error 5)") || t.includes("os error 15700") || t.includes("access is denied"))) {
    return "store-shim";
  }
  if (t.includes("no package identity") || t.includes("os error 15700")) return "store-shim";
  if (t.includes("unknown operating system") || t.includes("unknown operation system") || t.includes("could not detect a glibc or a musl") || t.includes("couldn't detect either glibc")) {
    return "unknown-os";
  }
  if (t.includes("does not support `-i` flag") || t.includes("unknown option: -i") || /python 2\.\d+(\.\d+)? is not supported/.test(t)) {
    return "python2-unsupported";
  }
  if (t.includes("permission denied") || t.includes("access is denied") || t.includes("os error 13)"))
    return "not-executable";
  return "query-failed";
}
var PHRASES = [
  [/system interpreter required|is a virtual environment|looks like a venv/i, "system-required"],
  [/not explicitly requested|not explicit/i, "not-explicit"],
  [/only virtual environments|system interpreter not allowed|venv required/i, "venv-required"],
  [/only managed/i, "managed-only"],
  [/only system/i, "system-only"],
  [/free-?threaded|debug build|\+gil|variant/i, "variant-mismatch"],
  [
    /does not satisfy|not supported by the project|version mismatch|does not match/i,
    "version-mismatch"
  ],
  [/windowsapps|store alias|app execution alias/i, "store-shim"],
  [/permission denied|not executable|access is denied/i, "not-executable"],
  [/python 2|does not support `-i`/i, "python2-unsupported"],
  [/unknown operating system|libc/i, "unknown-os"],
  [/exit (?:code|status)|query failed|failed to query/i, "query-failed"]
];
function reasonKindOfText(reason) {
  return PHRASES.find(([re]) => re.test(reason))?.[1] ?? "other";
}

// src/core/tools/model.ts
var VERDICTS = ["selected", "accepted", "rejected", "skipped", "unseen"];
var Verdict = _enum(VERDICTS);
var TOOL_ROLES = ["current", "baseline"];
var str = nullable(string2());
var Decision = object({
  /** The path as the tool printed it, or the inventory path for interpreters it never mentioned. */
  path: string2(),
  /** The inventory entry the path belongs to (by path, executable or resolved path); null if none. */
  interpreterId: str,
  verdict: Verdict,
  /** The tool's own words; null for selected, accepted and unseen. */
  reason: str,
  reasonKind: nullable(_enum(REASON_KINDS))
});
var ScenarioRun = object({
  /** Stable across runs and machines: `<tool>:<command>:<request>[:<context>]`. */
  id: string2(),
  command: string2(),
  request: str,
  context: str,
  outcome: object({ selected: str, error: str }),
  decisions: array(Decision),
  durationMs: number2(),
  exitCode: nullable(int()),
  /** The run's output, bounded: the evidence behind the decisions. */
  log: string2().check(_maxLength(7e4))
});
var ToolRun = object({
  name: string2(),
  version: str,
  role: _enum(TOOL_ROLES),
  /** How it was invoked: a path, `exec:<template>`, or `uv@<version>`. */
  spec: string2(),
  scenarios: array(ScenarioRun)
});

// src/core/model.ts
var REPORT_SCHEMA_ID = "interpreter-guard/report@1";
var INTERPRETER_KINDS = [
  "system",
  "venv",
  "nix-store",
  "nix-env",
  "conda-base",
  "conda-env",
  "pyenv",
  "shim",
  "homebrew",
  "framework",
  "uv-managed",
  "windows-store-shim",
  "registry",
  "unknown"
];
var InterpreterKind = _enum(INTERPRETER_KINDS);
var ERROR_KINDS = [
  "exit",
  "timeout",
  "spawn",
  "not-executable",
  "invalid-output"
];
var ProbeErrorKind = _enum(ERROR_KINDS);
var ProbeError = object({
  kind: ProbeErrorKind,
  detail: string2().check(_maxLength(4e3))
});
var PROVIDER_NAMES = [
  "path",
  "virtual-env",
  "conda-prefix",
  "dot-venv",
  "pyenv",
  "asdf",
  "mise",
  "rye",
  "uv-managed",
  "conda",
  "nix",
  "homebrew",
  "macos-framework",
  "windows-registry",
  "py-launcher",
  "windows-store",
  "explicit"
];
var ProviderName = _enum(PROVIDER_NAMES);
var OS_NAMES = ["linux", "macos", "windows", "freebsd", "other"];
var OsName = _enum(OS_NAMES);
var nullableString = nullable(string2());
var Libc = object({
  name: nullable(_enum(["glibc", "musl"])),
  version: nullableString
});
var PyvenvCfg = object({
  /** Path of the pyvenv.cfg that applies to this interpreter, if any. */
  path: string2(),
  home: nullableString
});
var InterpreterEntry = object({
  /** Shared by every path that reaches the same interpreter (python, python3, a shim, …). */
  id: string2().check(_minLength(1)),
  /** The path as found (absolute, not resolved). */
  path: string2().check(_minLength(1)),
  realpath: nullableString,
  kind: InterpreterKind,
  /** One short sentence saying which rule decided `kind`. */
  why: string2(),
  implementation: nullableString,
  version: nullableString,
  arch: nullableString,
  pointerSize: nullable(int()),
  os: nullableString,
  libc: nullable(Libc),
  executable: nullableString,
  baseExecutable: nullableString,
  prefix: nullableString,
  basePrefix: nullableString,
  execPrefix: nullableString,
  baseExecPrefix: nullableString,
  pyvenvCfg: nullable(PyvenvCfg),
  externallyManaged: boolean2(),
  freeThreaded: boolean2(),
  debug: boolean2(),
  sitePackages: array(string2()),
  providers: array(ProviderName).check(_minLength(1)),
  /** Set when the path was resolved without running it (a pyenv shim read statically). */
  resolvedTo: nullableString,
  error: nullable(ProbeError)
});
var Runner = object({
  os: OsName,
  arch: string2(),
  release: string2(),
  /** Leg name in a matrix; null on a laptop. */
  leg: nullableString,
  nixStoreDir: string2()
});
var Report = object({
  schema: literal(REPORT_SCHEMA_ID),
  generator: object({ name: literal("interpreter-guard"), version: string2() }),
  generatedAt: string2(),
  runner: Runner,
  interpreters: array(InterpreterEntry),
  /** What discovery tools decided about these interpreters (empty when no tool was run). */
  tools: optional(array(ToolRun))
});

// src/core/inventory/report.ts
function assembleReport(parts) {
  return {
    schema: REPORT_SCHEMA_ID,
    generator: { name: "interpreter-guard", version: parts.generatorVersion },
    generatedAt: parts.generatedAt,
    runner: parts.runner,
    interpreters: parts.interpreters,
    tools: parts.tools ?? []
  };
}

// src/core/render/text-table.ts
function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

// src/core/render/inventory-table.ts
function renderInventory(report) {
  const rows = report.interpreters.map((e) => [
    printable(e.path),
    e.kind,
    e.implementation ?? "-",
    e.version ?? "-",
    flagsOf(e),
    e.providers.join(","),
    e.error ? `${e.error.kind}: ${firstLine(e.error.detail)}` : ""
  ]);
  const table = textTable(["PATH", "KIND", "IMPL", "VERSION", "FLAGS", "PROVIDERS", "ERROR"], rows);
  const groups = new Set(report.interpreters.map((e) => e.id)).size;
  const broken = report.interpreters.filter((e) => e.error).length;
  const summary = `${report.interpreters.length} paths, ${groups} distinct interpreters, ${broken} could not be queried (${report.runner.os}/${report.runner.arch})`;
  return `${table}

${summary}
`;
}
function flagsOf(e) {
  const flags = [
    e.externallyManaged ? "externally-managed" : "",
    e.freeThreaded ? "free-threaded" : "",
    e.debug ? "debug" : "",
    e.resolvedTo ? "shim-resolved" : ""
  ].filter(Boolean);
  return flags.join(",") || "-";
}
function firstLine(text) {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 100 ? `${line.slice(0, 100)}\u2026` : line;
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

// src/core/render/tool-table.ts
function renderToolRuns(runs) {
  const out = [];
  for (const run3 of runs) {
    out.push(
      `== ${run3.name}${run3.version ? ` ${run3.version}` : ""} (${run3.role}: ${printable2(run3.spec)})`
    );
    for (const s of run3.scenarios) {
      const outcome = s.outcome.selected ? `selected ${printable2(s.outcome.selected)}` : s.outcome.error ? `error: ${printable2(firstLine2(s.outcome.error))}` : "no answer";
      out.push("", `-- ${s.id}  \u2192  ${outcome}`);
      const shown = s.decisions.filter((d) => d.verdict !== "unseen");
      if (shown.length) {
        out.push(
          textTable(
            ["VERDICT", "PATH", "REASON"],
            shown.map((d) => [
              d.verdict,
              printable2(d.path),
              d.reason ? `${printable2(firstLine2(d.reason))} (${d.reasonKind ?? "other"})` : ""
            ])
          )
        );
      }
      const unseen = s.decisions.length - shown.length;
      if (unseen) out.push(`(${unseen} interpreter path${unseen === 1 ? "" : "s"} not looked at)`);
    }
    out.push("");
  }
  return out.join("\n");
}
function firstLine2(text) {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 120)}\u2026` : line;
}
function printable2(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

// src/discovery/cache.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/core/identity.ts
function stableHash(text) {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = h * prime & mask;
  }
  return h.toString(16).padStart(16, "0");
}
function interpreterId(parts) {
  const key = [
    parts.implementation,
    parts.version,
    parts.prefix,
    parts.basePrefix,
    parts.executableRealpath ?? ""
  ];
  return `py-${stableHash(key.join("\0")).slice(0, 12)}`;
}
function unqueriedId(resolvedPath) {
  return `path-${stableHash(resolvedPath).slice(0, 12)}`;
}

// src/core/inventory/probe-output.ts
var PROBE_MARKER = "@@interpreter-guard-probe@@";
var str2 = nullable(string2());
var ProbeFacts = object({
  implementation: string2().check(_maxLength(64)),
  version: string2().check(_maxLength(64)),
  arch: str2,
  pointerSize: nullable(int()),
  platform: string2().check(_maxLength(64)),
  libc: nullable(Libc),
  executable: str2,
  executableRealpath: str2,
  baseExecutable: str2,
  prefix: string2(),
  basePrefix: string2(),
  execPrefix: string2(),
  baseExecPrefix: string2(),
  prefixRealpath: string2(),
  basePrefixRealpath: string2(),
  realPrefix: str2,
  pyvenvCfg: nullable(PyvenvCfg),
  externallyManagedMarker: boolean2(),
  freeThreaded: boolean2(),
  debug: boolean2(),
  framework: str2,
  condaMeta: boolean2(),
  condaBase: boolean2(),
  sitePackages: array(string2()).check(_maxLength(200))
});
function parseProbeOutput(stdout) {
  const at = stdout.lastIndexOf(PROBE_MARKER);
  if (at < 0) return { ok: false, detail: `no probe result in output: ${excerpt(stdout)}` };
  const end = stdout.indexOf("\n", at);
  const text = stdout.slice(at + PROBE_MARKER.length, end < 0 ? void 0 : end);
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: `probe result is not JSON: ${excerpt(text)}` };
  }
  const parsed = ProbeFacts.safeParse(json);
  if (!parsed.success) {
    const issue2 = parsed.error.issues[0];
    const field = issue2 ? issue2.path.join(".") || "(root)" : "(root)";
    return { ok: false, detail: `probe result field "${field}": ${issue2?.message ?? "invalid"}` };
  }
  return { ok: true, facts: parsed.data };
}
function excerpt(text) {
  const trimmed = text.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 200)}\u2026` : trimmed || "(empty)";
}

// src/discovery/probe-script.ts
var PROBE_SCRIPT = String.raw`
import json, os, sys
def _cfg(path):
    home = None
    try:
        f = open(path)
        try:
            for line in f:
                k, sep, v = line.partition('=')
                if sep and k.strip().lower() == 'home':
                    home = v.strip()
        finally:
            f.close()
    except (IOError, OSError):
        return None
    return {'path': path, 'home': home}
def _libc():
    try:
        v = os.confstr('CS_GNU_LIBC_VERSION')
        if v:
            n, _, ver = v.partition(' ')
            return {'name': 'glibc' if n == 'glibc' else None, 'version': ver or None}
    except (AttributeError, ValueError, OSError):
        pass
    if sys.platform.startswith('linux'):
        for d in ('/lib', '/usr/lib'):
            try:
                if any(n.startswith('ld-musl-') for n in os.listdir(d)):
                    return {'name': 'musl', 'version': None}
            except OSError:
                pass
    return None
def main():
    import sysconfig
    invoked = sys.argv[1] if len(sys.argv) > 1 else ''
    prefix = sys.prefix
    base_prefix = getattr(sys, 'base_prefix', getattr(sys, 'real_prefix', sys.prefix))
    impl = getattr(sys, 'implementation', None)
    impl = impl.name if impl is not None else (sys.subversion[0] if hasattr(sys, 'subversion') else 'cpython')
    cfg = _cfg(os.path.join(prefix, 'pyvenv.cfg'))
    if cfg is None and invoked:
        d = os.path.dirname(invoked)
        cfg = _cfg(os.path.join(d, 'pyvenv.cfg')) or _cfg(os.path.join(os.path.dirname(d), 'pyvenv.cfg'))
    try:
        stdlib = sysconfig.get_path('stdlib')
    except Exception:
        stdlib = None
    cv = sysconfig.get_config_var
    v = sys.version_info
    level = {'alpha': 'a', 'beta': 'b', 'candidate': 'rc'}.get(v[3], '')
    version = '%d.%d.%d%s' % (v[0], v[1], v[2], (level + str(v[4])) if level else '')
    import platform
    out = {
        'implementation': impl.lower(),
        'version': version,
        'arch': platform.machine() or None,
        'pointerSize': 64 if sys.maxsize > 2 ** 32 else 32,
        'platform': sys.platform,
        'libc': _libc(),
        'executable': sys.executable or None,
        'executableRealpath': os.path.realpath(sys.executable) if sys.executable else None,
        'baseExecutable': getattr(sys, '_base_executable', None),
        'prefix': prefix,
        'basePrefix': base_prefix,
        'execPrefix': sys.exec_prefix,
        'baseExecPrefix': getattr(sys, 'base_exec_prefix', getattr(sys, 'real_prefix', sys.exec_prefix)),
        'prefixRealpath': os.path.realpath(prefix),
        'basePrefixRealpath': os.path.realpath(base_prefix),
        'realPrefix': getattr(sys, 'real_prefix', None),
        'pyvenvCfg': cfg,
        'externallyManagedMarker': bool(stdlib) and os.path.isfile(os.path.join(stdlib, 'EXTERNALLY-MANAGED')),
        'freeThreaded': cv('Py_GIL_DISABLED') == 1,
        'debug': cv('Py_DEBUG') == 1 or hasattr(sys, 'gettotalrefcount'),
        'framework': cv('PYTHONFRAMEWORK') or None,
        'condaMeta': os.path.isdir(os.path.join(prefix, 'conda-meta')),
        'condaBase': os.path.isdir(os.path.join(prefix, 'condabin')),
        'sitePackages': [p for p in sys.path if p.endswith('site-packages') or p.endswith('dist-packages')],
    }
    sys.stdout.write('\n@@interpreter-guard-probe@@' + json.dumps(out) + '\n')
main()
`;

// src/discovery/cache.ts
var FILE_NAME = "probe-cache-v1.json";
var PROBE_HASH = stableHash(PROBE_SCRIPT);
function fingerprintOf(path, id) {
  return [PROBE_HASH, path, id.realpath, id.ctimeMs, id.mtimeMs, id.size, id.ino].join("|");
}
var ProbeCache = class _ProbeCache {
  constructor(file, entries) {
    this.file = file;
    this.entries = entries;
  }
  file;
  entries;
  dirty = false;
  /** A cache that remembers nothing (`--no-cache`). */
  static disabled() {
    return new _ProbeCache(null, /* @__PURE__ */ new Map());
  }
  /** Loads the cache; a missing or corrupt file starts an empty one (it is only a cache). */
  static async load(dir) {
    const file = join(dir, FILE_NAME);
    const entries = /* @__PURE__ */ new Map();
    try {
      const data = JSON.parse(await readFile(file, "utf8"));
      for (const [path, entry] of Object.entries(data.entries ?? {})) {
        if (entry && typeof entry.fingerprint === "string") entries.set(path, entry);
      }
    } catch {
    }
    return new _ProbeCache(file, entries);
  }
  get(path, id) {
    const entry = this.entries.get(path);
    if (!entry || entry.fingerprint !== fingerprintOf(path, id)) return null;
    if (entry.facts !== void 0) {
      const facts = ProbeFacts.safeParse(entry.facts);
      return facts.success ? { facts: facts.data, error: null } : null;
    }
    const error = ProbeError.safeParse(entry.error);
    return error.success ? { facts: null, error: error.data } : null;
  }
  set(path, id, outcome) {
    if (!this.file) return;
    const fingerprint = fingerprintOf(path, id);
    this.entries.set(
      path,
      outcome.facts ? { fingerprint, facts: outcome.facts } : { fingerprint, error: outcome.error }
    );
    this.dirty = true;
  }
  async save() {
    if (!this.file || !this.dirty) return;
    await mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) }));
    await rename(tmp, this.file);
    this.dirty = false;
  }
};
function defaultCacheDir(env, os, home) {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "interpreter-guard");
  if (os === "windows")
    return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "interpreter-guard", "Cache");
  if (os === "macos") return join(home, "Library", "Caches", "interpreter-guard");
  return join(home, ".cache", "interpreter-guard");
}

// src/discovery/context.ts
function osFromPlatform(platform) {
  switch (platform) {
    case "linux":
      return "linux";
    case "darwin":
      return "macos";
    case "win32":
      return "windows";
    case "freebsd":
      return "freebsd";
    default:
      return "other";
  }
}

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run3 = async (function_, resolve7, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve7(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve7, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run3.bind(void 0, function_, resolve7, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve7, reject) => {
    enqueue(function_, resolve7, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/core/inventory/paths.ts
function normalizeSeparators(p) {
  return p.replace(/\\/g, "/");
}
function trimTrailing(p) {
  let end = p.length;
  while (end > 1 && p[end - 1] === "/") end--;
  return p.slice(0, end);
}
function isWindowsLike(p) {
  return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}
function isWithin(child, parent) {
  if (!parent) return false;
  let c = trimTrailing(normalizeSeparators(child));
  let p = trimTrailing(normalizeSeparators(parent));
  if (isWindowsLike(child) || isWindowsLike(parent)) {
    c = c.toLowerCase();
    p = p.toLowerCase();
  }
  if (c === p) return true;
  return c.startsWith(p.endsWith("/") ? p : `${p}/`);
}
function baseName(p) {
  const n = trimTrailing(normalizeSeparators(p));
  return n.slice(n.lastIndexOf("/") + 1);
}
function dirName(p) {
  const n = trimTrailing(normalizeSeparators(p));
  const at = n.lastIndexOf("/");
  if (at < 0) return ".";
  return at === 0 ? "/" : n.slice(0, at);
}
function segmentsBelow(child, parent) {
  if (!isWithin(child, parent)) return [];
  const rest = trimTrailing(normalizeSeparators(child)).slice(
    trimTrailing(normalizeSeparators(parent)).length
  );
  return rest.split("/").filter(Boolean);
}

// src/core/inventory/nix-store.ts
var NIX_BASE32 = /^[0-9abcdfghijklmnpqrsvwxyz]{32}$/;
function parseStorePath(path, storeDir) {
  if (!path) return null;
  const first = segmentsBelow(path, storeDir)[0];
  if (!first || first.length < 34 || first[32] !== "-") return null;
  const hash = first.slice(0, 32);
  if (!NIX_BASE32.test(hash)) return null;
  const dir = storeDir.replace(/[\\/]+$/, "");
  return { root: `${dir}/${first}`, hash, name: first.slice(33) };
}
function isPythonEnvName(name) {
  return /^python[0-9.]*-[0-9][0-9a-z.]*-env$/.test(name) || /^python[0-9.]*-env$/.test(name);
}

// src/core/inventory/classify.ts
var sameDir = (a, b) => isWithin(a, b) && isWithin(b, a);
var RULES = [
  {
    // A Microsoft Store "App Execution Alias": a zero-length reparse point that opens the Store
    // or starts the packaged Python. Tools treat it specially, so it is its own kind.
    kind: "windows-store-shim",
    test: ({ path }) => /\/microsoft\/windowsapps\/[^/]+$/i.test(normalizeSeparators(path)) ? "Microsoft Store app execution alias in WindowsApps" : null
  },
  {
    // A version-manager shim runs whichever version is selected when it starts.
    kind: "shim",
    test: ({ path, context }) => {
      const shim = context.shimDirs.find((d) => sameDir(dirName(path), d.dir));
      return shim ? `${shim.manager} shim in ${shim.dir}; runs the version ${shim.manager} selects` : null;
    }
  },
  {
    // Legacy nixpkgs withPackages (2020 to autumn 2025): sitecustomize sets sys.prefix to the env
    // but leaves sys.base_prefix on the bare interpreter, with no pyvenv.cfg: a venv look-alike.
    kind: "nix-env",
    test: ({ facts, context }, view) => {
      if (!facts || !view.isVenvLike || view.cfgAtPrefix) return null;
      const env = parseStorePath(facts.prefixRealpath, context.nixStoreDir);
      if (!env || !isPythonEnvName(env.name)) return null;
      return `legacy nixpkgs withPackages env ${env.name}: sys.prefix is the env but sys.base_prefix is the bare interpreter and there is no pyvenv.cfg (looks like a venv)`;
    }
  },
  {
    kind: "venv",
    test: ({ facts }, view) => {
      if (!facts || !view.isVenvLike) return null;
      if (view.cfgAtPrefix)
        return `sys.prefix differs from sys.base_prefix and ${facts.prefix} holds pyvenv.cfg`;
      if (facts.realPrefix) return "legacy virtualenv (<20): sys.real_prefix is set";
      return null;
    }
  },
  {
    // Current nixpkgs (after NixOS/nixpkgs#442540): the env wrapper lets CPython root itself at
    // the env, so prefix == base_prefix == the -env store path.
    kind: "nix-env",
    test: ({ context }, view) => {
      const env = parseStorePath(view.location, context.nixStoreDir);
      return env && isPythonEnvName(env.name) ? `nixpkgs withPackages env ${env.name} (prefix and base_prefix are the env)` : null;
    }
  },
  {
    kind: "nix-store",
    test: ({ context }, view) => {
      const store = parseStorePath(view.location, context.nixStoreDir);
      return store ? `Nix store interpreter ${store.name}` : null;
    }
  },
  {
    kind: "conda-base",
    test: ({ facts }) => facts?.condaMeta && facts.condaBase ? `conda base environment (${facts.prefix} has conda-meta and condabin)` : null
  },
  {
    kind: "conda-env",
    test: ({ facts }) => facts?.condaMeta ? `conda environment (${facts.prefix} has conda-meta but no condabin)` : null
  },
  {
    kind: "uv-managed",
    test: ({ context }, view) => {
      for (const d of context.managedDirs) {
        const install = segmentsBelow(view.location, d.dir)[0];
        if (install && /^(cpython|pypy|graalpy)[-@][0-9]/.test(install)) {
          return `${d.manager}-managed python-build-standalone install ${install}`;
        }
      }
      return null;
    }
  },
  {
    kind: "pyenv",
    test: ({ context }, view) => {
      const owner = context.versionDirs.find((d) => segmentsBelow(view.location, d.dir).length > 0);
      return owner ? `${owner.manager}-installed version ${segmentsBelow(view.location, owner.dir)[0]}` : null;
    }
  },
  {
    kind: "homebrew",
    test: ({ context, facts, realpath: realpath2 }, view) => {
      const where = [view.location, facts?.executableRealpath ?? realpath2 ?? ""];
      const prefix = context.homebrewPrefixes.find(
        (p) => where.some((w) => isWithin(w, `${p}/Cellar`) || isWithin(w, `${p}/opt`))
      );
      return prefix ? `Homebrew keg under ${prefix}` : null;
    }
  },
  {
    kind: "framework",
    test: ({ facts }, view) => facts?.framework || /\.framework\/Versions\//.test(normalizeSeparators(view.location)) ? `macOS framework build (${facts?.framework ?? "Python"}.framework)` : null
  },
  {
    kind: "registry",
    test: ({ providers }) => providers.includes("windows-registry") || providers.includes("py-launcher") ? "registered under PEP 514 (Windows registry / py launcher)" : null
  },
  {
    // A script that started a different file: some launcher we do not know by name.
    kind: "shim",
    test: ({ facts, isScript, realpath: realpath2 }) => isScript && facts?.executableRealpath && facts.executableRealpath !== realpath2 ? `script that launches ${facts.executableRealpath}` : null
  },
  {
    kind: "unknown",
    test: ({ facts }, view) => facts && view.isVenvLike ? "sys.prefix differs from sys.base_prefix but there is no pyvenv.cfg: a venv look-alike of unknown origin" : null
  },
  {
    kind: "system",
    test: ({ facts }) => facts ? `base interpreter (sys.prefix == sys.base_prefix == ${facts.prefix}) not owned by a known manager` : null
  }
];
function classify(input) {
  const { facts } = input;
  const view = {
    location: facts ? facts.prefixRealpath : input.realpath ?? input.path,
    isVenvLike: !!facts && facts.prefix !== facts.basePrefix,
    cfgAtPrefix: !!facts?.pyvenvCfg && sameDir(dirName(facts.pyvenvCfg.path), facts.prefix)
  };
  for (const rule of RULES) {
    const why = rule.test(input, view);
    if (why) return { kind: rule.kind, why };
  }
  return {
    kind: "unknown",
    why: `could not be queried and ${baseName(input.path)}'s location matches no known layout`
  };
}
function isExternallyManaged(facts) {
  return !!facts && facts.externallyManagedMarker && facts.prefix === facts.basePrefix;
}

// src/discovery/candidate-file.ts
import { constants as constants2 } from "node:fs";
import { access as access2, open, realpath, stat } from "node:fs/promises";
import { dirname as dirname3, join as join5 } from "node:path";

// src/discovery/pyenv-shim.ts
import { basename, dirname as dirname2, join as join4, resolve as resolve2 } from "node:path";

// src/discovery/providers/fs-helpers.ts
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/core/inventory/names.ts
var POSIX_NAME = /^(?:python|pypy|graalpy)(?:[0-9]+(?:\.[0-9]+)?)?[tdm]{0,2}(?:-dbg)?$/;
var WINDOWS_NAME = /^(?:python|pypy|graalpy)(?:[0-9]+(?:\.[0-9]+)?)?t?(?:_d)?\.exe$/i;
function isPythonLikeName(name, os) {
  return os === "windows" ? WINDOWS_NAME.test(name) : POSIX_NAME.test(name);
}

// src/discovery/providers/fs-helpers.ts
async function entriesOf(dir) {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}
async function pythonsIn(dir, os) {
  return (await entriesOf(dir)).filter((name) => isPythonLikeName(name, os)).map((name) => join2(dir, name));
}
function binDirs(prefix, os) {
  return os === "windows" ? [prefix, join2(prefix, "Scripts")] : [join2(prefix, "bin")];
}
async function pythonsOfPrefix(prefix, os) {
  const found = await Promise.all(binDirs(prefix, os).map((d) => pythonsIn(d, os)));
  return found.flat();
}
async function pythonsOfChildren(root, os, binSubdirs = [[]]) {
  const children = await entriesOf(root);
  const found = await Promise.all(
    children.flatMap(
      (child) => binSubdirs.map((sub) => pythonsOfPrefix(join2(root, child, ...sub), os))
    )
  );
  return found.flat();
}
async function readTextOrNull(file, maxBytes = 1024 * 1024) {
  try {
    const text = await readFile2(file, "utf8");
    return text.length > maxBytes ? text.slice(0, maxBytes) : text;
  } catch {
    return null;
  }
}

// src/discovery/which.ts
import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { delimiter as hostDelimiter, join as join3, resolve } from "node:path";
async function isExecutable(file) {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function findOnPath(program, pathVar, options = {}) {
  const delimiter2 = options.windows ? ";" : hostDelimiter;
  const skip = new Set((options.skipDirs ?? []).map((d) => resolve(d)));
  const names = options.windows && !/\.[a-z0-9]+$/i.test(program) ? [`${program}.exe`, `${program}.cmd`, `${program}.bat`, program] : [program];
  for (const dir of pathVar.split(delimiter2)) {
    if (!dir || skip.has(resolve(dir))) continue;
    for (const name of names) {
      const candidate = join3(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

// src/discovery/pyenv-shim.ts
var SHIM_ROOT = /export PYENV_ROOT="([^"\n]+)"/;
function pyenvRootOfShim(head) {
  if (!head.startsWith("#!") || !head.includes('/libexec/pyenv" exec "$program"')) return null;
  return SHIM_ROOT.exec(head)?.[1] ?? null;
}
async function resolvePyenvShim(shimPath, pyenvRoot, ctx) {
  const program = basename(shimPath);
  const { versions, origin } = await selectedVersions(pyenvRoot, ctx);
  for (const requested of versions) {
    if (requested === "system") {
      const found = await findOnPath(program, ctx.env.PATH ?? "", {
        windows: ctx.os === "windows",
        skipDirs: [dirname2(shimPath)]
      });
      if (found) return { kind: "resolved", target: found, version: "system" };
      continue;
    }
    const version2 = await installedVersion(pyenvRoot, requested);
    if (!version2) {
      return {
        kind: "unresolved",
        exitCode: 1,
        detail: `pyenv: version \`${requested}' is not installed (set by ${origin})`
      };
    }
    const target = join4(pyenvRoot, "versions", version2, "bin", program);
    if (await isExecutable(target)) return { kind: "resolved", target, version: version2 };
  }
  return {
    kind: "unresolved",
    exitCode: 127,
    detail: `pyenv: ${program}: command not found (selected: ${versions.join(":")}, set by ${origin})`
  };
}
async function selectedVersions(root, ctx) {
  if (ctx.env.PYENV_VERSION)
    return {
      versions: splitVersions(ctx.env.PYENV_VERSION, /:/),
      origin: "PYENV_VERSION environment variable"
    };
  for (let dir = resolve2(ctx.env.PYENV_DIR ?? ctx.cwd); ; dir = dirname2(dir)) {
    const file = join4(dir, ".python-version");
    const text2 = await readTextOrNull(file, 64 * 1024);
    if (text2 !== null) return { versions: versionsInFile(text2), origin: file };
    if (dirname2(dir) === dir) break;
  }
  const global = join4(root, "version");
  const text = await readTextOrNull(global, 64 * 1024);
  if (text !== null) return { versions: versionsInFile(text), origin: global };
  return { versions: ["system"], origin: "default" };
}
function versionsInFile(text) {
  const lines = text.split(/\r?\n/).filter((l) => !l.trim().startsWith("#"));
  const versions = splitVersions(lines.join(" "), /\s+/);
  return versions.length ? versions : ["system"];
}
function splitVersions(text, separator) {
  return text.split(separator).map((v) => v.trim()).filter(Boolean);
}
async function installedVersion(root, requested) {
  const installed = await entriesOf(join4(root, "versions"));
  if (installed.includes(requested)) return requested;
  const matching = installed.filter((v) => v.startsWith(`${requested}.`) && /^[0-9.]+$/.test(v));
  matching.sort(compareNumeric);
  return matching.at(-1) ?? null;
}
function compareNumeric(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

// src/discovery/candidate-file.ts
async function inspectCandidate(path, os, cfgLookups = /* @__PURE__ */ new Map()) {
  const base = {
    path,
    realpath: null,
    identity: null,
    isScript: false,
    pyenvShimRoot: null,
    shareable: false,
    error: null
  };
  let resolved;
  try {
    resolved = await realpath(path);
  } catch (error) {
    return { ...base, error: fileError(error) };
  }
  let info;
  try {
    info = await stat(resolved);
  } catch (error) {
    return { ...base, realpath: resolved, error: fileError(error) };
  }
  const identity = {
    realpath: resolved,
    ctimeMs: info.ctimeMs,
    mtimeMs: info.mtimeMs,
    size: info.size,
    ino: info.ino
  };
  const found = { ...base, realpath: resolved, identity };
  if (info.isDirectory())
    return { ...found, error: { kind: "not-executable", detail: "is a directory" } };
  if (os !== "windows") {
    try {
      await access2(resolved, constants2.X_OK);
    } catch {
      return {
        ...found,
        error: { kind: "not-executable", detail: `permission denied: ${path} is not executable` }
      };
    }
  }
  const head = await readHead(resolved);
  const isScript = head.startsWith("#!");
  const cfgNearby = await hasCfg(dirname3(path), cfgLookups) || await hasCfg(dirname3(dirname3(path)), cfgLookups);
  return {
    ...found,
    isScript,
    pyenvShimRoot: isScript ? pyenvRootOfShim(head) : null,
    shareable: !isScript && !cfgNearby && os !== "windows"
  };
}
async function readHead(file) {
  let handle;
  try {
    handle = await open(file, "r");
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("latin1");
  } catch {
    return "";
  } finally {
    await handle?.close();
  }
}
function hasCfg(dir, lookups) {
  let known = lookups.get(dir);
  if (!known) {
    known = access2(join5(dir, "pyvenv.cfg")).then(
      () => true,
      () => false
    );
    lookups.set(dir, known);
  }
  return known;
}
function fileError(error) {
  const err = error;
  switch (err.code) {
    case "ELOOP":
      return { kind: "spawn", detail: "symlink loop (ELOOP): the path never resolves to a file" };
    case "ENOENT":
      return { kind: "spawn", detail: "no such file (a dangling symlink?)" };
    case "EACCES":
      return { kind: "not-executable", detail: `permission denied: ${err.message}` };
    default:
      return { kind: "spawn", detail: err.message ?? String(error) };
  }
}

// src/discovery/introspect.ts
var PROBE_ARGS = ["-E", "-s", "-B", "-c", PROBE_SCRIPT];
async function introspect(path, options) {
  const result = await options.runner(path, [...PROBE_ARGS, path], {
    env: options.env,
    cwd: options.cwd,
    timeoutMs: options.timeoutMs,
    maxOutputBytes: 256 * 1024
  });
  return outcomeOf(result, options.timeoutMs);
}
function outcomeOf(result, timeoutMs) {
  switch (result.kind) {
    case "spawn-error":
      return failed(spawnErrorKind(result.code), spawnErrorDetail(result.code, result.message));
    case "timeout":
      return failed("timeout", `no answer within ${timeoutMs} ms; the process was killed`);
    case "exited": {
      if (result.code !== 0) {
        const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
        const tail = lastLines(result.stderr, 5);
        return failed("exit", tail ? `${how}: ${tail}` : how);
      }
      const parsed = parseProbeOutput(result.stdout);
      return parsed.ok ? { facts: parsed.facts, error: null } : failed("invalid-output", parsed.detail);
    }
  }
}
function failed(kind, detail) {
  return { facts: null, error: { kind, detail: detail.slice(0, 4e3) } };
}
function spawnErrorKind(code) {
  return code === "EACCES" || code === "ENOEXEC" ? "not-executable" : "spawn";
}
function spawnErrorDetail(code, message) {
  if (code === "ELOOP") return `symlink loop (ELOOP): ${message}`;
  if (code === "ENOEXEC") return `not a program this system can run (ENOEXEC): ${message}`;
  return message;
}
function lastLines(text, count) {
  return text.trimEnd().split(/\r?\n/).slice(-count).join("\n").trim();
}
function scrubEnvironment(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === void 0) continue;
    if (/^PYTHON/i.test(key) || /^NIX_PYTHON/i.test(key) || key === "__PYVENV_LAUNCHER__") continue;
    clean[key] = value;
  }
  return clean;
}

// src/discovery/locations.ts
import { join as join6 } from "node:path";
function locate(ctx) {
  const { env, home, os } = ctx;
  const dataHome = env.XDG_DATA_HOME || join6(home, ".local", "share");
  const pyenvRoot = env.PYENV_ROOT || (os === "windows" ? join6(home, ".pyenv", "pyenv-win") : join6(home, ".pyenv"));
  const asdfRoot = env.ASDF_DATA_DIR || join6(home, ".asdf");
  const miseRoot = env.MISE_DATA_DIR || join6(dataHome, "mise");
  const ryeRoot = env.RYE_HOME || join6(home, ".rye");
  const uvDir = env.UV_PYTHON_INSTALL_DIR || (os === "windows" ? join6(env.APPDATA || join6(home, "AppData", "Roaming"), "uv", "data", "python") : join6(dataHome, "uv", "python"));
  const shimDirs = [
    { manager: "pyenv", dir: join6(pyenvRoot, "shims") },
    { manager: "asdf", dir: join6(asdfRoot, "shims") },
    { manager: "mise", dir: join6(miseRoot, "shims") }
  ];
  const versionDirs = [
    { manager: "pyenv", dir: join6(pyenvRoot, "versions") },
    { manager: "asdf", dir: join6(asdfRoot, "installs", "python") },
    { manager: "mise", dir: join6(miseRoot, "installs", "python") }
  ];
  const managedDirs = [
    { manager: "uv", dir: uvDir },
    { manager: "rye", dir: join6(ryeRoot, "py") }
  ];
  const homebrewPrefixes = unique([
    ...env.HOMEBREW_PREFIX ? [env.HOMEBREW_PREFIX] : [],
    ...os === "macos" ? ["/opt/homebrew", "/usr/local"] : [],
    ...os === "linux" ? ["/home/linuxbrew/.linuxbrew", join6(home, ".linuxbrew")] : []
  ]);
  const condaRoots = unique([
    ...env.CONDA_ROOT ? [env.CONDA_ROOT] : [],
    ...env._CONDA_ROOT ? [env._CONDA_ROOT] : [],
    ...env.MAMBA_ROOT_PREFIX ? [env.MAMBA_ROOT_PREFIX] : [],
    ...["miniconda3", "anaconda3", "miniforge3", "mambaforge", "micromamba"].map(
      (d) => join6(home, d)
    ),
    ...os === "windows" ? [] : ["/opt/conda", "/opt/miniconda3", "/opt/anaconda3", "/opt/miniforge3"]
  ]);
  const nixProfiles = env.NIX_PROFILES ? env.NIX_PROFILES.split(/\s+/).filter(Boolean) : [
    join6(home, ".nix-profile"),
    join6(dataHome, "..", "state", "nix", "profile"),
    "/nix/var/nix/profiles/default",
    "/run/current-system/sw",
    `/etc/profiles/per-user/${ctx.user}`
  ];
  return {
    os,
    nixStoreDir: env.NIX_STORE_DIR || "/nix/store",
    shimDirs,
    versionDirs,
    managedDirs,
    homebrewPrefixes,
    pyenvRoot,
    condaRoots,
    nixProfiles: unique(nixProfiles)
  };
}
function unique(values) {
  return [...new Set(values)];
}

// src/discovery/providers/conda.ts
import { join as join7 } from "node:path";
var condaProvider = {
  name: "conda",
  os: ["linux", "macos", "windows", "freebsd", "other"],
  async find(ctx, where) {
    const prefixes = /* @__PURE__ */ new Set();
    const envDirs = /* @__PURE__ */ new Set();
    for (const root of where.condaRoots) {
      prefixes.add(root);
      envDirs.add(join7(root, "envs"));
    }
    for (const d of (ctx.env.CONDA_ENVS_PATH ?? ctx.env.CONDA_ENVS_DIRS ?? "").split(
      ctx.os === "windows" ? ";" : ":"
    )) {
      if (d) envDirs.add(d);
    }
    envDirs.add(join7(ctx.home, ".conda", "envs"));
    const listed = await readTextOrNull(join7(ctx.home, ".conda", "environments.txt"));
    for (const line of listed?.split(/\r?\n/) ?? []) {
      if (line.trim() && !line.trim().startsWith("#")) prefixes.add(line.trim());
    }
    for (const dir of envDirs) {
      for (const name of await entriesOf(dir)) prefixes.add(join7(dir, name));
    }
    const found = await Promise.all([...prefixes].map((p) => pythonsOfPrefix(p, ctx.os)));
    return found.flat();
  }
};

// src/discovery/providers/environment.ts
import { access as access3 } from "node:fs/promises";
import { dirname as dirname4, join as join8 } from "node:path";
var ALL = ["linux", "macos", "windows", "freebsd", "other"];
var virtualEnvProvider = {
  name: "virtual-env",
  os: ALL,
  find: (ctx) => ctx.env.VIRTUAL_ENV ? pythonsOfPrefix(ctx.env.VIRTUAL_ENV, ctx.os) : Promise.resolve([])
};
var condaPrefixProvider = {
  name: "conda-prefix",
  os: ALL,
  find: (ctx) => ctx.env.CONDA_PREFIX ? pythonsOfPrefix(ctx.env.CONDA_PREFIX, ctx.os) : Promise.resolve([])
};
var dotVenvProvider = {
  name: "dot-venv",
  os: ALL,
  async find(ctx) {
    for (let dir = ctx.cwd; ; dir = dirname4(dir)) {
      const venv = join8(dir, ".venv");
      try {
        await access3(join8(venv, "pyvenv.cfg"));
        return await pythonsOfPrefix(venv, ctx.os);
      } catch {
      }
      if (dirname4(dir) === dir) return [];
    }
  }
};

// src/discovery/providers/macos.ts
import { join as join9 } from "node:path";
var homebrewProvider = {
  name: "homebrew",
  os: ["macos", "linux"],
  async find(ctx, where) {
    const found = [];
    for (const prefix of where.homebrewPrefixes) {
      found.push(...await pythonsIn(join9(prefix, "bin"), ctx.os));
      const cellar = join9(prefix, "Cellar");
      for (const formula of await entriesOf(cellar)) {
        if (/^python(@[0-9.]+)?$/.test(formula))
          found.push(...await pythonsOfChildren(join9(cellar, formula), ctx.os));
      }
    }
    return found;
  }
};
var macosFrameworkProvider = {
  name: "macos-framework",
  os: ["macos"],
  async find(ctx) {
    const roots = [
      "/Library/Frameworks/Python.framework/Versions",
      join9(ctx.home, "Library/Frameworks/Python.framework/Versions"),
      "/Library/Developer/CommandLineTools/Library/Frameworks/Python3.framework/Versions"
    ];
    const found = await Promise.all(roots.map((r) => pythonsOfChildren(r, ctx.os)));
    return found.flat().filter((p) => !p.includes("/Versions/Current/"));
  }
};

// src/discovery/providers/managers.ts
var POSIX_AND_WINDOWS = ["linux", "macos", "windows", "freebsd", "other"];
function managerProvider(name, os) {
  return {
    name,
    os,
    async find(ctx, where) {
      const versions = where.versionDirs.find((d) => d.manager === name);
      const shims = where.shimDirs.find((d) => d.manager === name);
      const [installed, shimmed] = await Promise.all([
        versions ? pythonsOfChildren(versions.dir, ctx.os) : [],
        shims ? pythonsIn(shims.dir, ctx.os) : []
      ]);
      return [...installed, ...shimmed];
    }
  };
}
var pyenvProvider = managerProvider("pyenv", POSIX_AND_WINDOWS);
var asdfProvider = managerProvider("asdf", ["linux", "macos", "freebsd"]);
var miseProvider = managerProvider("mise", POSIX_AND_WINDOWS);
var ryeProvider = {
  name: "rye",
  os: POSIX_AND_WINDOWS,
  async find(ctx, where) {
    const dir = where.managedDirs.find((d) => d.manager === "rye")?.dir;
    return dir ? pythonsOfChildren(dir, ctx.os, [[], ["install"]]) : [];
  }
};
var uvManagedProvider = {
  name: "uv-managed",
  os: POSIX_AND_WINDOWS,
  async find(ctx, where) {
    const dir = where.managedDirs.find((d) => d.manager === "uv")?.dir;
    return dir ? pythonsOfChildren(dir, ctx.os) : [];
  }
};

// src/discovery/providers/nix.ts
import { join as join10 } from "node:path";
var STORE_INTERPRETER = /^[0-9a-z]{32}-(?:python|pypy)[0-9.]*-[0-9][0-9a-z.]*(?:-env)?$/;
var nixProvider = {
  name: "nix",
  os: ["linux", "macos"],
  async find(ctx, where) {
    const storeEntries = (await entriesOf(where.nixStoreDir)).filter(
      (n) => STORE_INTERPRETER.test(n)
    );
    const dirs = [
      ...where.nixProfiles.map((p) => join10(p, "bin")),
      ...storeEntries.map((n) => join10(where.nixStoreDir, n, "bin"))
    ];
    const found = await Promise.all(dirs.map((d) => pythonsIn(d, ctx.os)));
    return found.flat();
  }
};

// src/discovery/providers/path.ts
import { delimiter as hostDelimiter2 } from "node:path";
var pathProvider = {
  name: "path",
  os: ["linux", "macos", "windows", "freebsd", "other"],
  async find(ctx) {
    const delimiter2 = ctx.os === "windows" ? ";" : hostDelimiter2;
    const dirs = [
      ...new Set((ctx.env.PATH ?? ctx.env.Path ?? "").split(delimiter2).filter(Boolean))
    ];
    const found = await Promise.all(dirs.map((d) => pythonsIn(d, ctx.os)));
    return found.flat();
  }
};

// src/discovery/providers/windows.ts
import { join as join11 } from "node:path";

// src/core/inventory/windows-output.ts
var KEY_LINE = /\\Software\\(?:WOW6432Node\\)?Python\\([^\\]+)\\([^\\]+)(\\InstallPath)?$/i;
var VALUE_LINE = /^\s+(\(Default\)|ExecutablePath|WindowedExecutablePath)\s+REG_(?:EXPAND_)?SZ\s+(.*)$/i;
function parseRegQuery(output) {
  const byKey = /* @__PURE__ */ new Map();
  let current = null;
  for (const raw of output.split(/\r?\n/)) {
    if (raw.startsWith("HKEY_")) {
      const m = KEY_LINE.exec(raw.trim());
      if (!m) {
        current = null;
        continue;
      }
      const company = m[1] ?? "";
      const tag = m[2] ?? "";
      const id = `${company}\\${tag}`.toLowerCase();
      const install = byKey.get(id) ?? { company, tag, installPath: null, executablePath: null };
      byKey.set(id, install);
      current = { install, inInstallPath: !!m[3] };
      continue;
    }
    const v = VALUE_LINE.exec(raw);
    if (!v || !current?.inInstallPath) continue;
    const value = (v[2] ?? "").trim();
    if (!value) continue;
    if (/^\(Default\)$/i.test(v[1] ?? "")) current.install.installPath = value;
    else if (/^ExecutablePath$/i.test(v[1] ?? "")) current.install.executablePath = value;
  }
  return [...byKey.values()].filter((i) => i.installPath || i.executablePath);
}
function registryExecutable(install) {
  if (install.executablePath) return install.executablePath;
  if (!install.installPath) return null;
  return `${install.installPath.replace(/[\\/]+$/, "")}\\python.exe`;
}
function parsePyListPaths(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const m = /^\s*-(?:V:)?(\S+)\s+(\*\s+)?(\S.*)$/.exec(line);
    if (!m) continue;
    let path = (m[3] ?? "").trimEnd();
    const trailingStar = path.endsWith(" *");
    if (trailingStar) path = path.slice(0, -2).trimEnd();
    if (!/\.exe$/i.test(path)) continue;
    found.push({ tag: m[1] ?? "", path, isDefault: !!m[2] || trailingStar });
  }
  return found;
}

// src/discovery/providers/windows.ts
var REGISTRY_ROOTS = [
  "HKCU\\Software\\Python",
  "HKLM\\Software\\Python",
  "HKLM\\Software\\WOW6432Node\\Python"
];
async function commandOutput(ctx, file, args) {
  const result = await ctx.runner(file, args, {
    env: ctx.env,
    timeoutMs: ctx.commandTimeoutMs,
    cwd: ctx.cwd
  });
  return result.kind === "exited" && result.code === 0 ? result.stdout : "";
}
var windowsRegistryProvider = {
  name: "windows-registry",
  os: ["windows"],
  async find(ctx) {
    const outputs = await Promise.all(
      REGISTRY_ROOTS.map((key) => commandOutput(ctx, "reg", ["query", key, "/s"]))
    );
    return outputs.flatMap((out) => parseRegQuery(out).map(registryExecutable)).filter((p) => !!p);
  }
};
var pyLauncherProvider = {
  name: "py-launcher",
  os: ["windows"],
  async find(ctx) {
    return parsePyListPaths(await commandOutput(ctx, "py", ["--list-paths"])).map((e) => e.path);
  }
};
var windowsStoreProvider = {
  name: "windows-store",
  os: ["windows"],
  async find(ctx) {
    const local = ctx.env.LOCALAPPDATA ?? join11(ctx.home, "AppData", "Local");
    return pythonsIn(join11(local, "Microsoft", "WindowsApps"), ctx.os);
  }
};

// src/discovery/providers/index.ts
var ALL_PROVIDERS = [
  pathProvider,
  virtualEnvProvider,
  condaPrefixProvider,
  dotVenvProvider,
  pyenvProvider,
  asdfProvider,
  miseProvider,
  ryeProvider,
  uvManagedProvider,
  condaProvider,
  nixProvider,
  homebrewProvider,
  macosFrameworkProvider,
  windowsRegistryProvider,
  pyLauncherProvider,
  windowsStoreProvider
];

// src/discovery/inventory.ts
async function takeInventory(ctx, options) {
  const where = locate(ctx);
  const candidates = await gatherCandidates(ctx, where, options);
  const files = await Promise.all(
    [...candidates.keys()].map((path) => inspectCandidate(path, ctx.os))
  );
  const prober = new Prober(ctx, options);
  const shims = /* @__PURE__ */ new Map();
  if (!options.runShims) {
    await Promise.all(
      files.map(async (file) => {
        if (file.pyenvShimRoot)
          shims.set(file.path, await resolvePyenvShim(file.path, file.pyenvShimRoot, ctx));
      })
    );
  }
  const outcomes = await prober.probeAll(files, shims, !!options.probeEveryPath);
  const interpreters = files.map(
    (file) => toEntry(
      file,
      candidates.get(file.path) ?? ["explicit"],
      outcomes.get(file.path) ?? missing(),
      shims.get(file.path),
      where
    )
  );
  await options.cache.save();
  return { interpreters, locations: where };
}
async function gatherCandidates(ctx, where, options) {
  const providers = ALL_PROVIDERS.filter(
    (p) => p.os.includes(ctx.os) && (!options.providers || options.providers.includes(p.name))
  );
  const found = await Promise.all(
    providers.map(async (p) => ({ name: p.name, paths: await p.find(ctx, where) }))
  );
  const byPath = /* @__PURE__ */ new Map();
  const add = (path, provider) => {
    const list = byPath.get(path) ?? [];
    if (!list.includes(provider)) list.push(provider);
    byPath.set(path, list);
  };
  for (const path of options.extraPaths ?? []) add(path, "explicit");
  for (const { name, paths } of found) for (const path of paths) add(path, name);
  return byPath;
}
var Prober = class {
  constructor(ctx, options) {
    this.ctx = ctx;
    this.options = options;
    this.limit = pLimit(Math.max(1, options.concurrency));
    this.env = scrubEnvironment(ctx.env);
  }
  ctx;
  options;
  limit;
  env;
  running = /* @__PURE__ */ new Map();
  done = 0;
  total = 0;
  async probeAll(files, shims, everyPath) {
    const outcomes = /* @__PURE__ */ new Map();
    const leaders = /* @__PURE__ */ new Map();
    const followers = [];
    const direct = [];
    const shimTargets = /* @__PURE__ */ new Set();
    for (const file of files) {
      const shim = shims.get(file.path);
      if (file.error) outcomes.set(file.path, { facts: null, error: file.error });
      else if (shim?.kind === "unresolved") outcomes.set(file.path, shimFailure(shim));
      else if (shim?.kind === "resolved") shimTargets.add(shim.target);
      else if (everyPath || !file.shareable || !file.realpath) direct.push(file);
      else {
        const leader = leaders.get(file.realpath);
        if (!leader || file.path === file.realpath) {
          if (leader) followers.push(leader);
          leaders.set(file.realpath, file);
        } else followers.push(file);
      }
    }
    const targetFiles = await Promise.all(
      [...shimTargets].filter((t) => !files.some((f) => f.path === t)).map((t) => inspectCandidate(t, this.ctx.os))
    );
    this.total = direct.length + leaders.size + targetFiles.length;
    const first = [...direct, ...leaders.values(), ...targetFiles];
    const firstOutcomes = await Promise.all(first.map((f) => this.probe(f)));
    first.forEach((f, i) => outcomes.set(f.path, firstOutcomes[i] ?? missing()));
    const second = [];
    for (const file of followers) {
      const leader = leaders.get(file.realpath ?? "");
      const derived = leader ? deriveFollower(outcomes.get(leader.path), leader.path, file.path) : null;
      if (derived) outcomes.set(file.path, derived);
      else second.push(file);
    }
    this.total += second.length;
    const secondOutcomes = await Promise.all(second.map((f) => this.probe(f)));
    second.forEach((f, i) => outcomes.set(f.path, secondOutcomes[i] ?? missing()));
    for (const [path, shim] of shims) {
      if (shim.kind === "resolved")
        outcomes.set(
          path,
          outcomes.get(shim.target) ?? await this.probe(await inspectCandidate(shim.target, this.ctx.os))
        );
    }
    return outcomes;
  }
  probe(file) {
    if (file.error) return Promise.resolve({ facts: null, error: file.error });
    const known = this.running.get(file.path);
    if (known) return known;
    const run3 = this.limit(async () => {
      const cached2 = file.identity ? this.options.cache.get(file.path, file.identity) : null;
      const outcome = cached2 ?? await introspect(file.path, {
        runner: this.ctx.runner,
        env: this.env,
        cwd: this.ctx.cwd,
        timeoutMs: this.options.timeoutMs
      });
      if (!cached2 && file.identity && isCacheable(file, outcome))
        this.options.cache.set(file.path, file.identity, outcome);
      this.done++;
      this.options.onProgress?.({ done: this.done, total: this.total, path: file.path });
      return outcome;
    });
    this.running.set(file.path, run3);
    return run3;
  }
};
function isCacheable(file, outcome) {
  if (file.isScript) return false;
  if (outcome.facts) return outcome.facts.executableRealpath === file.realpath;
  return outcome.error.kind === "exit" || outcome.error.kind === "invalid-output";
}
function deriveFollower(outcome, leaderPath, path) {
  if (!outcome?.facts || outcome.facts.executable !== leaderPath) return null;
  const facts = {
    ...outcome.facts,
    executable: path,
    baseExecutable: outcome.facts.baseExecutable === leaderPath ? path : outcome.facts.baseExecutable
  };
  return { facts, error: null };
}
function shimFailure(shim) {
  return {
    facts: null,
    error: {
      kind: "exit",
      detail: `exit code ${shim.exitCode}: ${shim.detail} [read from pyenv's version files, not run]`
    }
  };
}
function missing() {
  return {
    facts: null,
    error: { kind: "spawn", detail: "internal: no probe result recorded" }
  };
}
function toEntry(file, providers, outcome, shim, where) {
  const { facts } = outcome;
  const { kind, why } = classify({
    path: file.path,
    realpath: file.realpath,
    providers,
    facts,
    isScript: file.isScript,
    context: where
  });
  return {
    id: facts ? interpreterId({
      implementation: facts.implementation,
      version: facts.version,
      prefix: facts.prefix,
      basePrefix: facts.basePrefix,
      executableRealpath: facts.executableRealpath
    }) : unqueriedId(file.realpath ?? file.path),
    path: file.path,
    realpath: file.realpath,
    kind,
    why,
    implementation: facts?.implementation ?? null,
    version: facts?.version ?? null,
    arch: facts?.arch ?? null,
    pointerSize: facts?.pointerSize ?? null,
    os: facts?.platform ?? null,
    libc: facts?.libc ?? null,
    executable: facts?.executable ?? null,
    baseExecutable: facts?.baseExecutable ?? null,
    prefix: facts?.prefix ?? null,
    basePrefix: facts?.basePrefix ?? null,
    execPrefix: facts?.execPrefix ?? null,
    baseExecPrefix: facts?.baseExecPrefix ?? null,
    pyvenvCfg: facts?.pyvenvCfg ?? null,
    externallyManaged: isExternallyManaged(facts),
    freeThreaded: facts?.freeThreaded ?? false,
    debug: facts?.debug ?? false,
    sitePackages: facts?.sitePackages ?? [],
    providers,
    resolvedTo: shim?.kind === "resolved" ? shim.target : null,
    error: outcome.error
  };
}

// src/discovery/process-runner.ts
import { spawn } from "node:child_process";
var DEFAULT_MAX_OUTPUT = 1024 * 1024;
var runProcess = (file, args, options) => new Promise((resolve7) => {
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const stdout = new CappedBuffer(max, "head");
  const stderr = new CappedBuffer(Math.min(max, 64 * 1024), "tail");
  let settled = false;
  const settle = (result) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    resolve7(result);
  };
  let child;
  try {
    child = spawn(file, [...args], {
      env: options.env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      shell: false,
      windowsHide: true,
      // Own process group on POSIX, so a timeout can end the interpreter and anything it started.
      detached: process.platform !== "win32"
    });
  } catch (error) {
    resolve7(spawnError(error));
    return;
  }
  const timer = setTimeout(() => {
    killTree(child.pid);
    settle({ kind: "timeout", stdout: stdout.text(), stderr: stderr.text() });
  }, options.timeoutMs);
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  child.on("error", (error) => settle(spawnError(error)));
  child.on(
    "close",
    (code, signal) => settle({ kind: "exited", code, signal, stdout: stdout.text(), stderr: stderr.text() })
  );
});
function killTree(pid) {
  if (pid === void 0) return;
  try {
    if (process.platform === "win32") process.kill(pid, "SIGKILL");
    else process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function spawnError(error) {
  const err = error;
  return {
    kind: "spawn-error",
    code: err.code ?? "UNKNOWN",
    message: err.message ?? String(error)
  };
}
var CappedBuffer = class {
  constructor(max, keep) {
    this.max = max;
    this.keep = keep;
  }
  max;
  keep;
  chunks = [];
  size = 0;
  dropped = false;
  push(chunk) {
    if (this.keep === "head" && this.size >= this.max) {
      this.dropped = true;
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size <= this.max) return;
    this.dropped = true;
    const all = Buffer.concat(this.chunks);
    const kept = this.keep === "head" ? all.subarray(0, this.max) : all.subarray(all.length - this.max);
    this.chunks = [kept];
    this.size = kept.length;
  }
  text() {
    const body = Buffer.concat(this.chunks).toString("utf8");
    if (!this.dropped) return body;
    return this.keep === "head" ? `${body}
[output truncated]` : `[output truncated]
${body}`;
  }
};

// src/discovery/runner-info.ts
import { arch, release } from "node:os";
var ARCH_NAMES = {
  x64: "x86_64",
  arm64: "aarch64",
  ia32: "i686",
  arm: "armv7"
};
function runnerInfo(os, env, leg) {
  return {
    os,
    arch: ARCH_NAMES[arch()] ?? arch(),
    release: release(),
    leg,
    nixStoreDir: env.NIX_STORE_DIR || "/nix/store"
  };
}

// src/tools/prepare.ts
import { access as access4 } from "node:fs/promises";
import { isAbsolute, resolve as resolve3 } from "node:path";

// src/core/tools/exec-protocol.ts
var ExecLine = object({
  path: string2().check(_minLength(1), _maxLength(4096)),
  verdict: _enum(["selected", "accepted", "rejected", "skipped"]),
  reason: optional(nullable(string2().check(_maxLength(2e3))))
});
function parseExecOutput(stdout) {
  const events = [];
  const problems = [];
  const lines = stdout.split("\n");
  for (let i = 0; i < lines.length && events.length < 5e3; i++) {
    const text = (lines[i] ?? "").trim();
    if (!text) continue;
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      if (problems.length < 20) problems.push(`line ${i + 1}: not JSON`);
      continue;
    }
    const parsed = ExecLine.safeParse(data);
    if (!parsed.success) {
      const issue2 = parsed.error.issues[0];
      if (problems.length < 20)
        problems.push(
          `line ${i + 1}: field "${issue2?.path.join(".") || "(root)"}": ${issue2?.message ?? "invalid"}`
        );
      continue;
    }
    const { path, verdict } = parsed.data;
    const reason = parsed.data.reason ?? null;
    const base = { tool: "exec", line: i + 1 };
    if (verdict === "selected") events.push({ ...base, type: "selected", path, version: null });
    else if (verdict === "accepted")
      events.push({ ...base, type: "found", path, key: null, version: null, source: null });
    else
      events.push({
        ...base,
        type: verdict,
        path,
        reason: reason ?? verdict,
        reasonKind: reasonKindOfText(reason ?? ""),
        source: null
      });
  }
  return { events, problems };
}

// src/core/tools/requests.ts
var IMPLEMENTATIONS = ["cpython", "pypy", "graalpy"];
function parseRequest(text) {
  const t = text.trim();
  if (!t || t === "default") return { kind: "default" };
  if (/^\d+(?:\.\d+){0,2}t?$/.test(t)) return { kind: "version", version: t };
  if (/^(?:[<>=!~]=?|==)\s*\d/.test(t) || /^[<>=!~]/.test(t))
    return /^[<>=!~=,.\d\s*]+$/.test(t) ? { kind: "range", spec: t.replace(/\s+/g, "") } : { error: `"${t}" is not a version range` };
  const impl = /^([a-z]+)(?:@(\d+(?:\.\d+){0,2}))?$/.exec(t);
  if (impl && IMPLEMENTATIONS.includes(impl[1] ?? ""))
    return { kind: "implementation", implementation: impl[1] ?? "", version: impl[2] ?? null };
  if (/[\\/]/.test(t)) return { kind: "path", path: t };
  if (/^(?:python|pypy|graalpy)[\w.-]*$/.test(t)) return { kind: "name", name: t };
  return {
    error: `"${t}" is not a request this tool understands (try 3.12, >=3.9, cpython@3.12, pypy, python, a path, or default)`
  };
}
function requestText(r) {
  switch (r.kind) {
    case "default":
      return "default";
    case "version":
      return r.version;
    case "range":
      return r.spec;
    case "implementation":
      return r.version ? `${r.implementation}@${r.version}` : r.implementation;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
function defaultRequests(inventory, max = 8) {
  const minors = /* @__PURE__ */ new Set();
  let pypy = false;
  for (const e of inventory) {
    if (!e.version || e.error) continue;
    if (e.implementation === "pypy") pypy = true;
    const m = /^(\d+)\.(\d+)/.exec(e.version);
    if (m && e.implementation === "cpython") minors.add(`${m[1]}.${m[2]}`);
  }
  const versions = [...minors].sort((a, b) => compareMinor(b, a)).map((version2) => ({ kind: "version", version: version2 }));
  const requests = [
    { kind: "default" },
    ...versions,
    { kind: "name", name: "python" }
  ];
  if (pypy) requests.push({ kind: "implementation", implementation: "pypy", version: null });
  return requests.slice(0, max);
}
function compareMinor(a, b) {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
function scenarioId(tool, command, request) {
  const part = (s) => s.replace(/[^\w.@>=<!~+-]+/g, "-").replace(/^-+|-+$/g, "");
  return [tool, part(command), request ? part(requestText(request)) : ""].filter(Boolean).join(":");
}

// src/tools/adapters/exec.ts
function execAdapter(templateArgs) {
  return {
    name: "exec",
    versionArgs: null,
    readVersion: () => null,
    plans(requests) {
      return requests.map((r) => ({
        command: "run",
        request: r,
        context: null,
        args: templateArgs.map((a) => a.split("{request}").join(requestText(r)))
      }));
    },
    observe(output) {
      const { events, problems } = parseExecOutput(output.stdout);
      return { events, answer: null, problems };
    }
  };
}

// src/core/triage/grammars/lines.ts
var MAX_LINE = 8192;
function splitLines(text) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? "";
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    lines[i] = line;
  }
  return lines;
}
function backticked(text, from = 0) {
  const start = text.indexOf("`", from);
  if (start < 0) return null;
  const end = text.indexOf("`", start + 1);
  if (end < 0) return null;
  return { value: text.slice(start + 1, end), end: end + 1 };
}
function clip(text, max = 500) {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}
function levelLength(raw) {
  let at = 0;
  while (at < 12 && (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9)) at++;
  switch (raw.charCodeAt(at)) {
    case 84:
      return raw.startsWith("TRACE ", at) ? at + 6 : 0;
    case 68:
      return raw.startsWith("DEBUG ", at) ? at + 6 : 0;
    case 73:
      return raw.startsWith("INFO ", at) ? at + 5 : 0;
    case 87:
      return raw.startsWith("WARN ", at) ? at + 5 : 0;
    case 69:
      return raw.startsWith("ERROR ", at) ? at + 6 : 0;
    default:
      return 0;
  }
}
function firstChar(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return line.charAt(i);
}

// src/core/triage/grammars/pdm.ts
var PATHLIKE = /^(?:\/|~|[A-Za-z]:[\\/]|\.{1,2}[\\/])/;
var PDM_STARTS = new Set("P0123456789[");
function parsePdm(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || !(PDM_STARTS.has(firstChar(line0)) || line0.includes("Using ") || line0.includes(" @ ")))
      continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^PDM, version (\d+\.\d+\S*)/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "pdm", line, version: m[1] ?? "" });
      continue;
    }
    m = /^\d+\. (\S.*) \((\d+\.\d+(?:\.\d+)?)\)$/.exec(raw);
    if (m && PATHLIKE.test(m[1] ?? "")) {
      events.push({
        type: "found",
        tool: "pdm",
        line,
        path: m[1] ?? "",
        key: null,
        version: m[2] ?? null,
        source: null
      });
      continue;
    }
    m = /^\d+\. (\w+)@(\d+\.\d+\.\d+\S*) \((\S.*)\)$/.exec(raw);
    if (m && PATHLIKE.test(m[3] ?? "")) {
      events.push({
        type: "found",
        tool: "pdm",
        line,
        path: m[3] ?? "",
        key: `${m[1]}@${m[2]}`,
        version: m[2] ?? null,
        source: null
      });
      continue;
    }
    m = /(?:^|: )Using (?:Python interpreter|the first matched interpreter): (\S.*?) \((\d+\.\d+(?:\.\d+)?)\)/.exec(
      raw
    );
    if (m) {
      events.push({ type: "selected", tool: "pdm", line, path: m[1] ?? "", version: m[2] ?? null });
      continue;
    }
    m = /^\[(NoPythonVersion|InvalidPyVersion|PdmUsageError)\]: (.+)$/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "pdm",
        line,
        message: m[2] ?? "",
        causes: [],
        hints: []
      });
      continue;
    }
    m = /^(\S+) (\d+\.\d+\.\d+\S*) @ (\S.*)$/.exec(raw);
    if (m && PATHLIKE.test(m[3] ?? "")) {
      events.push({
        type: "found",
        tool: "findpython",
        line,
        path: m[3] ?? "",
        key: m[1] ?? null,
        version: m[2] ?? null,
        source: null
      });
    }
  }
  return events;
}

// src/core/triage/grammars/pipx.ts
var PIPX_STARTS = new Set("p'\u26A0NP");
function parsePipx(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || !PIPX_STARTS.has(firstChar(line0))) continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^pipx >\(\w+:\d+\): pipx version is (\d+\.\d+\S*)/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "pipx", line, version: m[1] ?? "" });
      continue;
    }
    m = /^pipx >\(\w+:\d+\): Default python interpreter is '([^']+)'/.exec(raw);
    if (m) {
      events.push({
        type: "found",
        tool: "pipx",
        line,
        path: m[1] ?? "",
        key: null,
        version: null,
        source: "default"
      });
      continue;
    }
    m = /^pipx >\(\w+:\d+\): running (\S+) -m venv /.exec(raw);
    if (m) {
      events.push({ type: "request", tool: "pipx", line, request: m[1] ?? "", origin: "--python" });
      continue;
    }
    m = /^'(\S+) -m venv [^']*' failed$/.exec(raw);
    if (m) {
      events.push({ type: "final-error", tool: "pipx", line, message: raw, causes: [], hints: [] });
      continue;
    }
    if (/^(?:⚠️\s*)?No executable for the provided Python version '[^']+' found/.test(raw) || /^(?:⚠️\s*)?Python interpreter not found/.test(raw)) {
      events.push({
        type: "final-error",
        tool: "pipx",
        line,
        message: raw.replace(/^⚠️\s*/, ""),
        causes: [],
        hints: []
      });
    }
  }
  return events;
}

// src/core/triage/grammars/poetry.ts
var POETRY_STARTS = new Set("PTFCUNSEV");
function parsePoetry(lines) {
  const events = [];
  let lastFound = null;
  let section = null;
  let awaitingMessage = null;
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0) continue;
    if (!awaitingMessage && !POETRY_STARTS.has(line0.trimStart().charAt(0))) continue;
    const raw = line0.trim();
    const line = i + 1;
    if (awaitingMessage) {
      if (!raw) continue;
      awaitingMessage.message = raw;
      awaitingMessage = null;
      continue;
    }
    let m = /^Poetry \(version (\d+\.\d+\S*)\)/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "poetry", line, version: m[1] ?? "" });
      continue;
    }
    if (raw === "Trying to detect current active python executable as specified in the config.") {
      events.push({
        type: "request",
        tool: "poetry",
        line,
        request: "the active python",
        origin: "virtualenvs.prefer-active-python"
      });
      continue;
    }
    m = /^Found: (\S.*)$/.exec(raw);
    if (m) {
      lastFound = m[1] ?? "";
      events.push({
        type: "found",
        tool: "poetry",
        line,
        path: lastFound,
        key: null,
        version: null,
        source: null
      });
      continue;
    }
    m = /^Trying (python[\d.]*)$/.exec(raw);
    if (m) {
      events.push({ type: "request", tool: "poetry", line, request: m[1] ?? "", origin: null });
      continue;
    }
    m = /^(?:The currently activated|Current) Python version \(?(\d+\.\d+\.\d+)\)? is not (?:supported|allowed) by the project \((.+)\)\.?$/.exec(
      raw
    );
    if (m) {
      events.push({
        type: "skipped",
        tool: "poetry",
        line,
        path: lastFound ?? `Python ${m[1]}`,
        reason: `Python ${m[1]} is not supported by the project (${m[2]})`,
        reasonKind: "version-mismatch",
        source: null
      });
      continue;
    }
    if (raw === "Virtualenv" || raw === "System") {
      section = raw === "System" ? "system" : "virtualenv";
      continue;
    }
    m = /^Executable: +(\S.*)$/.exec(raw);
    if (m) {
      if (section === "system")
        events.push({ type: "selected", tool: "poetry", line, path: m[1] ?? "", version: null });
      continue;
    }
    m = /^Using virtualenv: (\S.*)$/.exec(raw);
    if (m) {
      events.push({ type: "selected", tool: "poetry", line, path: m[1] ?? "", version: null });
      continue;
    }
    m = /^Command '(python[\d.]*) -c "import sys; print\(sys\.executable\)"' returned non-zero exit status (\d+)/.exec(
      raw
    );
    if (m) {
      events.push({
        type: "query-failed",
        tool: "poetry",
        line,
        path: m[1] ?? "",
        detail: `exit status ${m[2]}`,
        reasonKind: "query-failed"
      });
      continue;
    }
    m = /^Could not find the python executable (\S+)/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "poetry",
        line,
        message: raw,
        causes: [],
        hints: []
      });
      continue;
    }
    if (raw === "NoCompatiblePythonVersionFound" || raw.startsWith("NoCompatiblePythonVersionFound")) {
      awaitingMessage = {
        type: "final-error",
        tool: "poetry",
        line,
        message: "NoCompatiblePythonVersionFound",
        causes: [],
        hints: []
      };
      events.push(awaitingMessage);
      continue;
    }
    if (raw.startsWith("Poetry was unable to find a compatible version.")) {
      if (!events.some((e) => e.type === "final-error" && e.tool === "poetry")) {
        events.push({
          type: "final-error",
          tool: "poetry",
          line,
          message: raw,
          causes: [],
          hints: []
        });
      }
    }
  }
  return events;
}

// src/core/triage/grammars/pyenv.ts
function parsePyenv(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || firstChar(line0) !== "p") continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^pyenv: (python[\w.-]*|pypy[\w.-]*): command not found$/.exec(raw);
    if (m) {
      events.push({
        type: "query-failed",
        tool: "pyenv",
        line,
        path: m[1] ?? "",
        detail: raw,
        reasonKind: "query-failed",
        interpreterKind: "shim"
      });
      continue;
    }
    m = /^pyenv: version `([^']+)' is not installed \(set by (.+)\)$/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "pyenv",
        line,
        message: raw.slice(7),
        causes: [],
        hints: []
      });
      continue;
    }
    m = /^pyenv (\d+\.\d+\.\d+\S*)$/.exec(raw);
    if (m) events.push({ type: "tool-version", tool: "pyenv", line, version: m[1] ?? "" });
  }
  return events;
}

// src/core/triage/grammars/tox.ts
var TOX_STARTS = new Set("0123456789tp'SE");
function parseTox(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || !(TOX_STARTS.has(firstChar(line0)) || line0.includes(" uses ") || line0.includes("skipped because")))
      continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^(?:tox )?(\d+\.\d+\.\d+\S*) (?:imported )?from \S*tox/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "tox", line, version: m[1] ?? "" });
      continue;
    }
    m = /^([\w.-]+) uses (\S+)$/.exec(raw);
    if (m) {
      if (m[2] !== "None")
        events.push({ type: "selected", tool: "tox", line, path: m[2] ?? "", version: null });
      continue;
    }
    m = /^python \((\S.*)\) is \{.*'version_info': \[(\d+), (\d+), (\d+)/.exec(raw);
    if (m) {
      events.push({
        type: "found",
        tool: "tox",
        line,
        path: m[1] ?? "",
        key: null,
        version: `${m[2]}.${m[3]}.${m[4]}`,
        source: null
      });
      continue;
    }
    m = /^'exit code (-?\d+)' cmd '([^']+)' out '.*' err (.*)$/.exec(raw);
    if (m) {
      const detail = clip(
        `exit code ${m[1]}: ${(m[3] ?? "").replace(/^"|"$/g, "").replace(/\\n/g, "\n").trim()}`,
        2e3
      );
      events.push({
        type: "query-failed",
        tool: "tox",
        line,
        path: m[2] ?? "",
        detail,
        reasonKind: failureKind(detail, m[2])
      });
      continue;
    }
    m = /^(?:SKIPPED|ERROR):\s+InterpreterNotFound: (\S+)/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "tox",
        line,
        message: `InterpreterNotFound: ${m[1]}`,
        causes: [],
        hints: []
      });
      continue;
    }
    m = /^([\w.-]+): skipped because could not find python interpreter with spec\(s\): (.+)$/.exec(
      raw
    );
    if (m) {
      events.push({
        type: "final-error",
        tool: "tox",
        line,
        message: `could not find python interpreter with spec(s): ${m[2]}`,
        causes: [],
        hints: []
      });
    }
  }
  return events;
}

// src/core/triage/grammars/uv.ts
var HIERARCHICAL = /^\s*\d+\.\d+s +(?:\d+(?:\.\d+)?(?:ms|s|µs|us|ns) +)?(TRACE|DEBUG|INFO|WARN|ERROR) +([A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)*) /;
var USER_LINE = /^\s*(error|warning|hint): /;
var CAUSED_BY = /^\s*Caused by: /;
var MIETTE_TOP = /^\s*[×x] (?=\S)/;
var MIETTE_CAUSE = /^\s*[╰├]─[▶>] /;
var MIETTE_CONT = /^\s*│ ?/;
var REJECTION_REASONS = [
  ["system interpreter required", "system-required"],
  ["system interpreter not explicitly requested", "not-explicit"],
  ["system interpreter not explicit", "not-explicit"],
  ["only virtual environments allowed", "venv-required"],
  ["system interpreter not allowed", "venv-required"],
  ["only managed interpreters allowed", "managed-only"],
  ["only system interpreters allowed", "system-only"]
];
function parseUv(lines) {
  const events = [];
  const records = toRecords(lines, MAX_LOG_RECORDS);
  let lastFoundKey = null;
  let error = null;
  let sawUv = false;
  for (const r of records) {
    if (r.kind === "user") {
      if (r.label === "error" || r.label === "\xD7") {
        error = {
          type: "final-error",
          tool: "uv",
          line: r.line,
          message: joinWrapped(r.message, r.more),
          causes: [],
          hints: []
        };
        events.push(error);
      } else if ((r.label === "caused" || r.label === "cause") && error) {
        error.causes.push(joinWrapped(r.message, r.more));
      } else if (r.label === "hint" && error) {
        error.hints.push(joinWrapped(r.message, r.more));
      } else if (r.label === "using") {
        const selected = parseUsing(r.message, r.line);
        if (selected) events.push(selected);
      }
      continue;
    }
    const event = parseMessage(r.message, r.more, r.line, lastFoundKey);
    if (!event) continue;
    sawUv = true;
    if (event.type === "found") lastFoundKey = { path: event.path, key: event.key };
    events.push(event);
  }
  const kept = events.filter((e) => e.type !== "final-error" || sawUv || isUvError(e.message));
  return [...kept, ...kept.flatMap((e) => e.type === "final-error" ? queryFailureOf(e) : [])];
}
var MAX_LOG_RECORDS = 5e3;
function toRecords(lines, maxLogRecords) {
  const records = [];
  let logRecords = 0;
  let current = null;
  const open2 = (record2) => {
    records.push(record2);
    current = record2;
  };
  const openLog = (level, message, line) => {
    if (logRecords >= maxLogRecords) {
      current = null;
      return;
    }
    logRecords++;
    open2({ kind: "log", level, message, line, more: [] });
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const lineNo = i + 1;
    const level = levelLength(raw);
    if (level > 0) {
      if (logRecords < maxLogRecords && isInteresting(raw, level))
        openLog(raw.slice(0, level - 1).trim(), raw.slice(level), lineNo);
      else current = null;
      continue;
    }
    const first = raw.charCodeAt(0);
    if (first === 32 || first >= 48 && first <= 57) {
      const m = HIERARCHICAL.exec(raw);
      if (m) {
        const message = raw.slice(m[0].length);
        if (isInteresting(message, 0)) openLog(m[1] ?? "", message, lineNo);
        else current = null;
        continue;
      }
    }
    const user = USER_LINE.exec(raw);
    if (user) {
      open2({
        kind: "user",
        label: user[1] ?? "",
        message: raw.slice(user[0].length),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (raw.includes("Caused by: ") && CAUSED_BY.test(raw)) {
      open2({
        kind: "user",
        label: "caused",
        message: raw.replace(CAUSED_BY, ""),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (MIETTE_TOP.test(raw)) {
      open2({
        kind: "user",
        label: "\xD7",
        message: raw.replace(MIETTE_TOP, ""),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (MIETTE_CAUSE.test(raw)) {
      open2({
        kind: "user",
        label: "cause",
        message: raw.replace(MIETTE_CAUSE, ""),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (raw.startsWith("Using ") && raw.includes(" at: ")) {
      records.push({ kind: "user", label: "using", message: raw, line: lineNo, more: [] });
      current = null;
      continue;
    }
    const record2 = current;
    if (record2 && record2.more.length < 40) {
      record2.more.push(MIETTE_CONT.test(raw) ? ` ${raw.replace(MIETTE_CONT, "")}` : raw);
    }
  }
  return records;
}
var INTERESTING = {
  u: ["uv "],
  F: ["Found `", "Found managed", "Found Python interpreter "],
  I: ["Ignoring Python in"],
  S: ["Skipping ", "Searching for ", "Starting "],
  U: ["Using "],
  L: ["Looking for exact"],
  C: ["Checking for Python interpreter "]
};
var OLD_FOUND = /^Found [A-Za-z]+ \d/;
function isInteresting(text, at) {
  const prefixes = INTERESTING[text.charAt(at)];
  if (!prefixes) return false;
  for (const prefix of prefixes) if (text.startsWith(prefix, at)) return true;
  return text.startsWith("Found ", at) && OLD_FOUND.test(text.slice(at, at + 40));
}
function parseMessage(message, more, line, lastFound) {
  const msg = message.trimEnd();
  const c = msg.charCodeAt(0);
  if (c === 117) {
    const v = /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)/.exec(msg);
    return v ? { type: "tool-version", tool: "uv", line, version: v[1] ?? "" } : null;
  }
  if (c === 70) return parseFound(msg, line);
  if (c === 73) return parseIgnoring(msg, line);
  if (c === 83)
    return parseSkipping(msg, more, line, lastFound) ?? parseSearching(msg, line) ?? parseLookingOrChecking(msg, line);
  if (c === 85) return parseUsing(msg, line) ?? parseRequest2(msg, line);
  if (c === 76 || c === 67) return parseLookingOrChecking(msg, line);
  return null;
}
function parseFound(msg, line) {
  if (msg.startsWith("Found `")) {
    const keyEnd = msg.indexOf("` at `", 7);
    const srcStart = msg.lastIndexOf("` (");
    if (keyEnd < 0 || srcStart < keyEnd + 6 || !msg.endsWith(")")) return null;
    const key = msg.slice(7, keyEnd);
    return {
      type: "found",
      tool: "uv",
      line,
      key,
      path: msg.slice(keyEnd + 6, srcStart),
      version: versionOfKey(key),
      source: msg.slice(srcStart + 3, -1)
    };
  }
  const old = /^Found ([A-Za-z]+) (\d+\.\d+\.\d+\S*) at `/.exec(msg);
  if (old) {
    const srcStart = msg.lastIndexOf("` (");
    if (srcStart < old[0].length || !msg.endsWith(")")) return null;
    return {
      type: "found",
      tool: "uv",
      line,
      key: null,
      version: old[2] ?? null,
      path: msg.slice(old[0].length, srcStart),
      source: msg.slice(srcStart + 3, -1)
    };
  }
  const oldest = /^Found Python interpreter [A-Za-z]+ (\d+\.\d+\.\d+\S*) at (.+) from (.+)$/.exec(
    msg
  );
  if (oldest)
    return {
      type: "found",
      tool: "uv",
      line,
      key: null,
      version: oldest[1] ?? null,
      path: oldest[2] ?? "",
      source: oldest[3] ?? null
    };
  if (msg.startsWith("Found managed installation `") || msg.startsWith("Found managed Python `")) {
    const key = backticked(msg)?.value ?? "";
    return key ? {
      type: "found",
      tool: "uv",
      line,
      key,
      path: key,
      version: versionOfKey(key),
      source: "managed installations"
    } : null;
  }
  return null;
}
function parseIgnoring(msg, line) {
  if (!msg.startsWith("Ignoring Python interpreter at `") && !msg.startsWith("Ignoring Python intepreter at `"))
    return null;
  const path = backticked(msg);
  if (!path || msg.slice(path.end, path.end + 2) !== ": ") return null;
  const reason = msg.slice(path.end + 2).trim();
  const known = REJECTION_REASONS.find(([text]) => reason.startsWith(text));
  return {
    type: "rejected",
    tool: "uv",
    line,
    path: path.value,
    reason,
    reasonKind: known?.[1] ?? "other",
    source: null
  };
}
function parseSkipping(msg, more, line, lastFound) {
  if (msg.startsWith("Skipping interpreter at `")) {
    const path = backticked(msg);
    if (!path) return null;
    const rest = msg.slice(path.end);
    const colon = rest.indexOf(": ");
    if (colon < 0) return null;
    const source = rest.startsWith(" from ") ? rest.slice(6, colon) : null;
    const reason = rest.slice(colon + 2).trim();
    const request = backticked(reason)?.value ?? "";
    const key = lastFound?.key ?? "";
    const variant = /\+(freethreaded|debug|gil)|^\d+\.\d+t$|t$/.test(request) || /\+(freethreaded|debug)/.test(key);
    return {
      type: "skipped",
      tool: "uv",
      line,
      path: path.value,
      reason,
      reasonKind: variant ? "variant-mismatch" : "version-mismatch",
      source
    };
  }
  const bad = /^Skipping (bad|unexecutable) interpreter at /.exec(msg);
  if (bad) {
    const rest = msg.slice(bad[0].length);
    const { path, source, detail } = splitPathSourceDetail(rest);
    const body = clip([detail, ...more].join("\n").trim(), 2e3);
    const reasonKind = bad[1] === "unexecutable" && failureKind(body, path) === "query-failed" ? "not-executable" : failureKind(body, path);
    void source;
    return { type: "query-failed", tool: "uv", line, path, detail: body, reasonKind };
  }
  if (msg.startsWith("Skipping missing interpreter at ")) {
    return {
      type: "rejected",
      tool: "uv",
      line,
      path: msg.slice(32).trim(),
      reason: "missing interpreter",
      reasonKind: "other",
      source: null
    };
  }
  if (msg.startsWith("Skipping broken virtualenv at ")) {
    return {
      type: "rejected",
      tool: "uv",
      line,
      path: msg.slice(30).trim(),
      reason: "broken virtualenv (no pyvenv.cfg)",
      reasonKind: "other",
      source: null
    };
  }
  if (msg.startsWith("Skipping managed installation `") || msg.startsWith("Skipping incompatible managed installation `")) {
    const key = backticked(msg);
    if (!key) return null;
    const reason = msg.slice(key.end).replace(/^: /, "").trim() || "incompatible";
    const kind = reason.startsWith("does not satisfy `") ? "version-mismatch" : "other";
    return {
      type: "skipped",
      tool: "uv",
      line,
      path: key.value,
      reason,
      reasonKind: kind,
      source: "managed installations"
    };
  }
  const deferred = /^Skipping (pre-release installation|pre-release|debug installation|alternative implementation) (.+)$/.exec(
    msg
  );
  if (deferred) {
    const what = deferred[1] ?? "";
    const kind = what.startsWith("pre-release") ? "version-mismatch" : what.startsWith("debug") ? "variant-mismatch" : "other";
    return {
      type: "skipped",
      tool: "uv",
      line,
      path: (deferred[2] ?? "").replace(/^`|`$/g, ""),
      reason: what,
      reasonKind: kind,
      source: null
    };
  }
  return null;
}
function splitPathSourceDetail(rest) {
  const from = rest.indexOf(" from ");
  const colon = rest.indexOf(": ", from < 0 ? 0 : from);
  if (from >= 0 && colon > from)
    return {
      path: rest.slice(0, from),
      source: rest.slice(from + 6, colon),
      detail: rest.slice(colon + 2)
    };
  if (colon >= 0)
    return { path: rest.slice(0, colon), source: null, detail: rest.slice(colon + 2) };
  return { path: rest.trim(), source: null, detail: "" };
}
function parseSearching(msg, line) {
  if (!msg.startsWith("Searching for ") || msg.startsWith("Searching for managed installations"))
    return null;
  const body = msg.slice(14);
  const withName = body.indexOf(" with ");
  if (body.startsWith("Python interpreter with ") && withName >= 0) {
    return {
      type: "search",
      tool: "uv",
      line,
      request: body.slice(withName + 6),
      scope: "search path"
    };
  }
  const at = body.lastIndexOf(" in ");
  if (at < 0) return null;
  const request = body.slice(0, at).replace(/^an? /, "").replace(/ interpreter$/, "");
  return {
    type: "search",
    tool: "uv",
    line,
    request: request === "Python" ? null : request,
    scope: body.slice(at + 4)
  };
}
function parseRequest2(msg, line) {
  if (!msg.startsWith("Using Python request ")) return null;
  const body = msg.slice(21);
  const from = body.lastIndexOf(" from ");
  if (from < 0) return null;
  const request = body.slice(0, from).replace(/^`|`$/g, "");
  return { type: "request", tool: "uv", line, request, origin: body.slice(from + 6) };
}
function parseLookingOrChecking(msg, line) {
  const start = /^(?:Starting (?:Python|toolchain|interpreter) discovery for |Checking for Python interpreter (?:at|in) |Looking for exact match for request |Searching for interpreter that fulfills )/.exec(
    msg
  );
  if (!start) return null;
  return {
    type: "request",
    tool: "uv",
    line,
    request: msg.slice(start[0].length).trim(),
    origin: null
  };
}
function parseUsing(msg, line) {
  const m = /^Using (?:[A-Za-z]+ )?(\d+\.\d+\.\d+[0-9A-Za-z.+]*) (?:interpreter|environment) at: ?(.+)$/.exec(
    msg.trim()
  );
  if (!m) return null;
  return { type: "selected", tool: "uv", line, path: (m[2] ?? "").trim(), version: m[1] ?? null };
}
function queryFailureOf(error) {
  const m = /^(?:Failed to inspect Python interpreter from .+? at|Failed to query Python interpreter at|Querying Python at|Can't use Python at) `/.exec(
    error.message
  );
  if (!m) return [];
  const end = error.message.indexOf("`", m[0].length);
  if (end < 0) return [];
  const path = error.message.slice(m[0].length, end);
  const detail = clip([error.message, ...error.causes].join("\n"), 2e3);
  return [
    {
      type: "query-failed",
      tool: "uv",
      line: error.line,
      path,
      detail,
      reasonKind: failureKind(detail, path),
      fromError: true
    }
  ];
}
function versionOfKey(key) {
  return /^[a-z]+-(\d+\.\d+\.\d+[0-9a-z]*)/.exec(key)?.[1] ?? null;
}
function joinWrapped(first, more) {
  const parts = [first.trim()];
  for (const m of more) {
    if (!m.trim()) break;
    if (!/^\s/.test(m)) break;
    parts.push(m.trim());
  }
  return clip(parts.join(" "), 2e3);
}
var UV_ERRORS = [
  "No interpreter found",
  "No Python interpreters found",
  "Failed to inspect Python interpreter",
  "Failed to query Python interpreter",
  "Querying Python at `",
  "No virtual environment found",
  "No system Python installation found",
  "is externally managed",
  "Requested Python executable",
  "Requested interpreter path",
  "Can't use Python at",
  "Interpreter discovery for `",
  "Failed to detect the operating system version"
];
function isUvError(message) {
  return UV_ERRORS.some((s) => message.includes(s));
}

// src/core/triage/grammars/uv-output.ts
var KEY = /^((?:cpython|pypy|graalpy|pyodide)-(\d+\.\d+\.\d+[0-9a-z]*)(?:\+[a-z+]+)?-[a-z0-9_]+-[a-z0-9_]+-(?:gnu|musl|none|[a-z0-9_]+))(?:\s+|$)/;
var VERSION2 = /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)(?: \([0-9a-f]+ \d{4}-\d{2}-\d{2}\))?$/;
var FIND_COMMAND = /(?:^|[$>] )uv(?:\.exe)? (?:-\S+ )*python find\b/;
var PYTHON_PATH = /^(?:\/|~\/|[A-Za-z]:[\\/]|\.{1,2}[\\/]).*[\\/](?:python|pypy|graalpy)[0-9.]*[td]?(?:\.exe)?$/;
var MAX_JSON = 1024 * 1024;
function parseUvOutput(lines) {
  const events = [];
  let findPending = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = i + 1;
    const start = firstChar(raw);
    if (!start) continue;
    const text = raw.trim();
    if (findPending && PYTHON_PATH.test(text)) {
      events.push({ type: "selected", tool: "uv", line, path: text, version: null });
      findPending = false;
      continue;
    }
    findPending = FIND_COMMAND.test(text);
    if (start === "u") {
      const version2 = VERSION2.exec(text);
      if (version2)
        events.push({ type: "tool-version", tool: "uv", line, version: version2[1] ?? "" });
    } else if (start === "[" || start === "{") {
      events.push(...listJson(text, line));
    } else if (start === "c" || start === "p" || start === "g") {
      const key = KEY.exec(text);
      if (key) {
        const rest = text.slice(key[0].length).trim();
        if (rest && !rest.startsWith("<download available>") && !/^https?:\/\//.test(rest)) {
          const path = rest.split(" -> ")[0] ?? rest;
          events.push({
            type: "found",
            tool: "uv",
            line,
            key: key[1] ?? null,
            version: key[2] ?? null,
            path,
            source: "uv python list"
          });
        }
      }
    }
  }
  return events;
}
function listJson(text, line) {
  if (text.length > MAX_JSON || !text.includes('"key"')) return [];
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const entries = Array.isArray(data) ? data : Object.values(data ?? {}).find((v) => Array.isArray(v));
  if (!Array.isArray(entries)) return [];
  const events = [];
  for (const entry of entries.slice(0, 500)) {
    if (typeof entry?.key !== "string" || typeof entry.path !== "string") continue;
    events.push({
      type: "found",
      tool: "uv",
      line,
      key: entry.key,
      version: typeof entry.version === "string" ? entry.version : null,
      path: entry.path,
      source: "uv python list"
    });
  }
  return events;
}

// src/core/triage/grammars/virtualenv.ts
var PREFIX = /^(?:[\w.-]+: )?\d+ (?:[DIWEC] )?/;
var SUFFIX = /^ \[(?:(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET) +)?[\w./\\-]+:\d+\]$/;
var INFO = /^(proposed|accepted) (\w*PythonInfo)\((.*)\)$/;
var SPEC_VERSION = /^([A-Za-z]+)(\d+)\.(\d+)\.(\d+)\.\w+\.\d+(t?)(d?)-/;
function parseVirtualenv(lines) {
  const events = [];
  const proposed = /* @__PURE__ */ new Map();
  const accepted = /* @__PURE__ */ new Set();
  let request = null;
  let failed2 = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (!raw || !(isDigit(raw.charCodeAt(0)) || raw.includes(": ") || raw.startsWith("virtualenv ")))
      continue;
    const lineNo = i + 1;
    const version2 = /^virtualenv (\d+\.\d+(?:\.\d+)?\S*) from /.exec(raw);
    if (version2) {
      events.push({
        type: "tool-version",
        tool: "virtualenv",
        line: lineNo,
        version: version2[1] ?? ""
      });
      continue;
    }
    const runtime = /RuntimeError: failed to find interpreter for (.+)$/.exec(raw);
    if (runtime) {
      failed2 = true;
      const message2 = `failed to find interpreter for ${(runtime[1] ?? "").replace(/ \[ERROR [^\]]*\]$/, "")}`;
      events.push({
        type: "final-error",
        tool: "virtualenv",
        line: lineNo,
        message: message2,
        causes: [],
        hints: []
      });
      continue;
    }
    const message = recordMessage(raw);
    if (message === null) continue;
    if (message.startsWith("find interpreter for spec ")) {
      request = message.slice(26);
      events.push({
        type: "request",
        tool: "virtualenv",
        line: lineNo,
        request: requestOfSpec(request),
        origin: null
      });
      continue;
    }
    const info = INFO.exec(message);
    if (info) {
      const fields = infoFields(info[3] ?? "");
      const path = fields.exe ?? "";
      if (!path) continue;
      const spec = fields.spec ?? "";
      if (info[1] === "proposed") {
        if (!proposed.has(path)) proposed.set(path, { line: lineNo, spec });
        events.push({
          type: "found",
          tool: "virtualenv",
          line: lineNo,
          path,
          key: spec || null,
          version: versionOfSpec(spec),
          source: fields.system ? `system=${fields.system}` : null
        });
      } else {
        accepted.add(path);
        events.push({
          type: "selected",
          tool: "virtualenv",
          line: lineNo,
          path,
          version: versionOfSpec(spec)
        });
      }
      continue;
    }
    const query = /^failed to query (.+?) with code (-?\d+) err: (.*)$/.exec(message);
    if (query) {
      const path = query[1] ?? "";
      const detail = clip(`exit code ${query[2]}: ${unquote(query[3] ?? "")}`, 2e3);
      events.push({
        type: "query-failed",
        tool: "virtualenv",
        line: lineNo,
        path,
        detail,
        reasonKind: failureKind(detail, path)
      });
      continue;
    }
    if (message.startsWith("discover PATH[")) {
      const eq = message.indexOf("]=");
      if (eq > 0)
        events.push({
          type: "search",
          tool: "virtualenv",
          line: lineNo,
          request: request ? requestOfSpec(request) : null,
          scope: `PATH entry ${message.slice(eq + 2)}`
        });
    }
  }
  if (failed2 || accepted.size > 0) {
    for (const [path, { line, spec }] of proposed) {
      if (accepted.has(path)) continue;
      const variant = request !== null && /(free_threaded=True|debug=True)/.test(request);
      events.push({
        type: "skipped",
        tool: "virtualenv",
        line,
        path,
        reason: `${spec || "interpreter"} does not match ${request ?? "the spec"}`,
        reasonKind: variant ? "variant-mismatch" : "version-mismatch",
        source: null
      });
    }
  }
  return events;
}
function recordMessage(raw) {
  const prefix = PREFIX.exec(raw);
  if (!prefix) return null;
  const open2 = raw.lastIndexOf(" [");
  if (open2 < prefix[0].length || !SUFFIX.test(raw.slice(open2))) return null;
  return raw.slice(prefix[0].length, open2);
}
function infoFields(body) {
  const fields = {};
  for (const part of body.split(", ")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (key === "spec" || key === "exe" || key === "system" || key === "original")
      fields[key] = part.slice(eq + 1);
  }
  return fields;
}
function versionOfSpec(spec) {
  const m = SPEC_VERSION.exec(spec);
  return m ? `${m[2]}.${m[3]}.${m[4]}` : null;
}
function requestOfSpec(spec) {
  const impl = /implementation=(\w+)/.exec(spec)?.[1];
  const major = /major=(\d+)/.exec(spec)?.[1];
  const minor = /minor=(\d+)/.exec(spec)?.[1];
  const path = /path=([^,)]+)/.exec(spec)?.[1];
  if (path) return path;
  const version2 = [major, minor].filter(Boolean).join(".");
  const flags = `${/free_threaded=True/.test(spec) ? "t" : ""}${/debug=True/.test(spec) ? "d" : ""}`;
  return [impl, version2 ? `${version2}${flags}` : ""].filter(Boolean).join(" ") || spec;
}
function unquote(text) {
  const t = text.trim();
  const inner = t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
  return inner.replace(/\\n/g, "\n").trim();
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}

// src/core/triage/grammars/index.ts
var PLAIN_GRAMMARS = [
  parseUvOutput,
  parseVirtualenv,
  parsePdm,
  parsePoetry,
  parseTox,
  parsePipx,
  parsePyenv
];
var MAX_EVENTS = 5e3;
function parseLogs(text) {
  const lines = splitLines(text);
  const plain = lines.map((line) => levelLength(line) > 0 ? "" : line);
  const events = [...parseUv(lines), ...PLAIN_GRAMMARS.flatMap((grammar) => grammar(plain))];
  events.sort((a, b) => a.line - b.line);
  return events.length > MAX_EVENTS ? events.slice(0, MAX_EVENTS) : events;
}

// src/tools/adapters/pdm.ts
var PROJECT = '[project]\nname = "interpreter-guard-probe"\nversion = "0"\nrequires-python = ">=2.7"\n';
function pdmRequest(r) {
  switch (r.kind) {
    case "default":
      return null;
    case "version":
      return r.version;
    case "range":
      return null;
    case "implementation":
      return r.version ? `${r.implementation}@${r.version}` : r.implementation;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
var pdmAdapter = {
  name: "pdm",
  versionArgs: ["--version"],
  readVersion: (out) => /version (\d+\.\d+\S*)/.exec(out)?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      if (r.kind === "range") return [];
      const spec = pdmRequest(r);
      return [
        {
          command: "use",
          request: r,
          context: null,
          args: ["use", "-f", "-vv", ...spec === null ? [] : [spec]],
          files: { "pyproject.toml": PROJECT }
        }
      ];
    });
  },
  observe(output) {
    return { events: parseLogs(`${output.stdout}
${output.stderr}`), answer: null };
  }
};

// src/tools/adapters/poetry.ts
var PROJECT2 = '[tool.poetry]\nname = "interpreter-guard-probe"\nversion = "0.1.0"\ndescription = ""\nauthors = ["interpreter-guard <noreply@example.invalid>"]\n\n[tool.poetry.dependencies]\npython = "*"\n';
function poetryRequest(r) {
  switch (r.kind) {
    case "default":
      return "python3";
    case "version":
      return r.version;
    case "range":
    case "implementation":
      return null;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
var poetryAdapter = {
  name: "poetry",
  versionArgs: ["--version"],
  readVersion: (out) => /version (\d+\.\d+\S*?)\)?$/m.exec(out.trim())?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      const spec = poetryRequest(r);
      return spec === null ? [] : [
        {
          command: "env use",
          request: r,
          context: null,
          args: ["env", "use", "-vvv", spec],
          followUp: ["env", "info", "-vvv"],
          files: { "pyproject.toml": PROJECT2 }
        }
      ];
    });
  },
  observe(output) {
    const events = parseLogs(`${output.stdout}
${output.stderr}`).filter(
      (e) => e.type !== "selected" || /(?:python|pypy)[\d.]*(?:\.exe)?$/.test(e.path)
    );
    return { events, answer: null };
  }
};

// src/tools/adapters/uv.ts
function uvRequest(r) {
  switch (r.kind) {
    case "default":
      return null;
    case "version":
      return r.version;
    case "range":
      return r.spec;
    case "implementation":
      return r.version ? `${r.implementation}@${r.version}` : r.implementation;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
function uvAdapter(preference = null) {
  const common = [
    "-v",
    "--color",
    "never",
    ...preference ? ["--python-preference", preference] : []
  ];
  const context = preference ? `python-preference=${preference}` : null;
  return {
    name: "uv",
    versionArgs: ["--version"],
    readVersion: (out) => /^uv (\d+\.\d+\.\d+\S*)/m.exec(out)?.[1] ?? null,
    plans(requests) {
      const plans = [];
      for (const r of requests) {
        const value = uvRequest(r);
        const req = value === null ? [] : [value];
        plans.push({
          command: "python find",
          request: r,
          context,
          args: [...common, "python", "find", "--no-project", ...req]
        });
        plans.push({
          command: "python find --system",
          request: r,
          context,
          args: [...common, "python", "find", "--no-project", "--system", ...req]
        });
        plans.push({
          command: "venv",
          request: r,
          context,
          args: [...common, "venv", ...value === null ? [] : ["--python", value], "venv"]
        });
      }
      plans.push({
        command: "python list",
        request: null,
        context,
        args: [...common, "python", "list", "--only-installed"]
      });
      plans.push({
        command: "python list --output-format json",
        request: null,
        context,
        args: [...common, "python", "list", "--only-installed", "--output-format", "json"]
      });
      return plans;
    },
    observe(output, plan) {
      const events = parseLogs(
        `${output.stderr}
${plan.command === "python find" || plan.command === "python find --system" ? "" : output.stdout}`
      );
      const answer = plan.command.startsWith("python find") && output.exitCode === 0 ? output.stdout.trim().split("\n").pop()?.trim() || null : null;
      return { events, answer };
    }
  };
}

// src/tools/adapters/virtualenv.ts
function virtualenvRequest(r) {
  switch (r.kind) {
    case "default":
      return "python3";
    case "version":
      return r.version;
    case "range":
      return null;
    case "implementation":
      return `${r.implementation}${r.version ?? (r.implementation === "pypy" ? "3" : "")}`;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
var virtualenvAdapter = {
  name: "virtualenv",
  versionArgs: ["--version"],
  readVersion: (out) => /^virtualenv (\d+\.\d+(?:\.\d+)?\S*)/m.exec(out)?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      const spec = virtualenvRequest(r);
      return spec === null ? [] : [
        {
          command: "-p",
          request: r,
          context: null,
          args: ["-vvv", "-p", spec, "--no-seed", "--no-download", "venv"]
        }
      ];
    });
  },
  observe(output) {
    return { events: parseLogs(`${output.stdout}
${output.stderr}`), answer: null };
  }
};

// src/tools/prepare.ts
var ToolSetupError = class extends Error {
};
async function prepareTool(spec, ctx) {
  switch (spec.kind) {
    case "named": {
      const program = spec.program ? resolve3(ctx.cwd, spec.program) : await findOnPath(spec.name, ctx.pathVar, { windows: ctx.windows });
      if (!program)
        throw new ToolSetupError(
          `${spec.name} is not on PATH; install it or pass --tool ${spec.name}=/path/to/${spec.name}`
        );
      await mustExist(program, spec.text);
      return {
        adapter: adapterFor(spec.name, ctx.uvPreference),
        program,
        programArgs: [],
        spec: spec.text
      };
    }
    case "release": {
      const program = await ctx.installUv(spec.version);
      return { adapter: uvAdapter(ctx.uvPreference), program, programArgs: [], spec: spec.text };
    }
    case "exec": {
      const [first = "", ...rest] = spec.argv;
      const program = first.includes("/") || first.includes("\\") ? resolve3(ctx.cwd, first) : await findOnPath(first, ctx.pathVar, { windows: ctx.windows });
      if (!program) throw new ToolSetupError(`${spec.text}: ${first} is not on PATH`);
      await mustExist(program, spec.text);
      const args = await Promise.all(rest.map((a) => absoluteIfFile(a, ctx.cwd)));
      return { adapter: execAdapter(args), program, programArgs: [], spec: spec.text };
    }
  }
}
function adapterFor(name, uvPreference) {
  switch (name) {
    case "uv":
      return uvAdapter(uvPreference);
    case "virtualenv":
      return virtualenvAdapter;
    case "pdm":
      return pdmAdapter;
    case "poetry":
      return poetryAdapter;
  }
}
async function mustExist(program, what) {
  try {
    await access4(program);
  } catch {
    throw new ToolSetupError(`${what}: ${program} does not exist`);
  }
}
async function absoluteIfFile(arg, cwd) {
  if (arg.includes("{request}") || arg.startsWith("-") || isAbsolute(arg)) return arg;
  try {
    await access4(resolve3(cwd, arg));
    return resolve3(cwd, arg);
  } catch {
    return arg;
  }
}

// src/tools/runner.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { join as join12 } from "node:path";

// src/core/tools/decide.ts
var RANK = {
  unseen: 0,
  accepted: 1,
  skipped: 2,
  rejected: 3,
  selected: 4
};
function decide(inventory, observation) {
  const idsOf = pathIndex(inventory, observation.cwd);
  const printed = /* @__PURE__ */ new Map();
  const set = (path, verdict, reason, reasonKind) => {
    const current = printed.get(path);
    if (current && RANK[current.verdict] >= RANK[verdict]) return;
    printed.set(path, { path, interpreterId: idsOf(path)[0] ?? null, verdict, reason, reasonKind });
  };
  let lastFound = null;
  let selected = null;
  let error = null;
  for (const e of observation.events) {
    switch (e.type) {
      case "found":
        set(e.path, "accepted", null, null);
        lastFound = e.path;
        break;
      case "rejected":
      case "skipped":
      case "query-failed": {
        const verdict = e.type === "skipped" ? "skipped" : "rejected";
        const reason = e.type === "query-failed" ? e.detail.split("\n")[0] ?? e.detail : e.reason;
        set(e.path, verdict, reason, e.reasonKind);
        if (lastFound && lastFound !== e.path) set(lastFound, verdict, reason, e.reasonKind);
        lastFound = null;
        break;
      }
      case "selected":
        selected = e.path;
        set(e.path, "selected", null, null);
        break;
      case "final-error":
        error = e.message;
        break;
      default:
        break;
    }
  }
  if (observation.answer) {
    selected = observation.answer;
    set(observation.answer, "selected", null, null);
  }
  if (!selected && !error && observation.exitCode !== 0)
    error = observation.stderrTail || `exit code ${observation.exitCode}`;
  const byId = /* @__PURE__ */ new Map();
  for (const d of printed.values()) {
    for (const id of idsOf(d.path)) {
      const known = byId.get(id);
      if (!known || RANK[known.verdict] < RANK[d.verdict]) byId.set(id, d);
    }
  }
  const decisions = [];
  const covered = /* @__PURE__ */ new Set();
  for (const entry of inventory) {
    const own2 = printed.get(entry.path);
    if (own2) {
      decisions.push({ ...own2, interpreterId: entry.id });
      covered.add(entry.path);
      continue;
    }
    const via = byId.get(entry.id);
    if (via) {
      const verdict = via.verdict === "selected" ? "accepted" : via.verdict;
      decisions.push({
        path: entry.path,
        interpreterId: entry.id,
        verdict,
        reason: via.reason,
        reasonKind: via.reasonKind
      });
    } else {
      decisions.push({
        path: entry.path,
        interpreterId: entry.id,
        verdict: "unseen",
        reason: null,
        reasonKind: null
      });
    }
  }
  for (const d of printed.values())
    if (!covered.has(d.path) && !inventory.some((e) => e.path === d.path)) decisions.push(d);
  return { decisions, outcome: { selected, error } };
}
function pathIndex(inventory, cwd) {
  const index = /* @__PURE__ */ new Map();
  const add = (path, id) => {
    if (!path) return;
    const key = normalizeSeparators(path);
    const ids = index.get(key) ?? /* @__PURE__ */ new Set();
    ids.add(id);
    index.set(key, ids);
  };
  for (const e of inventory) {
    add(e.path, e.id);
    add(e.executable, e.id);
    add(e.realpath, e.id);
  }
  return (path) => {
    const direct = index.get(normalizeSeparators(path));
    if (direct) return [...direct];
    const absolute = index.get(normalizeSeparators(joinPath(cwd, path)));
    return absolute ? [...absolute] : [];
  };
}
function joinPath(cwd, path) {
  if (/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return path;
  const parts = normalizeSeparators(cwd).split("/");
  for (const part of normalizeSeparators(path).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/") || "/";
}

// src/tools/runner.ts
var LOG_KEEP = 32 * 1024;
async function runTool(o) {
  const version2 = o.adapter.versionArgs ? await readVersion(o) : null;
  const plans = o.adapter.plans(o.requests);
  const scenarios = [];
  for (const [i, plan] of plans.entries()) {
    const id = scenarioId(o.adapter.name, plan.command, plan.request) + (plan.context ? `:${plan.context}` : "");
    const cwd = await o.sandbox.workdir(id);
    for (const [name, content] of Object.entries(plan.files ?? {}))
      await writeFile2(join12(cwd, name), content);
    const started = Date.now();
    const first = await run(o, [...o.programArgs ?? [], ...plan.args], cwd);
    const second = first.exitCode === 0 && plan.followUp ? await run(o, plan.followUp, cwd) : null;
    const output = {
      stdout: second ? `${first.stdout}
${second.stdout}` : first.stdout,
      stderr: second ? `${first.stderr}
${second.stderr}` : first.stderr,
      exitCode: first.exitCode
    };
    const observed = o.adapter.observe(output, plan);
    const { decisions, outcome } = decide(o.inventory, {
      events: observed.events,
      cwd,
      answer: observed.answer,
      exitCode: output.exitCode,
      stderrTail: lastLines2(first.failure ?? output.stderr, 3)
    });
    const problems = observed.problems?.length ? `
[interpreter-guard: ${observed.problems.join("; ")}]` : "";
    scenarios.push({
      id,
      command: plan.command,
      request: plan.request ? requestText(plan.request) : null,
      context: plan.context,
      outcome,
      decisions,
      durationMs: Date.now() - started,
      exitCode: output.exitCode,
      log: bounded(
        `$ ${[o.adapter.name, ...plan.args].join(" ")}
${output.stderr}
${output.stdout}${problems}`
      )
    });
    o.onScenario?.(i + 1, plans.length, id);
  }
  return { name: o.adapter.name, version: version2, role: o.role, spec: o.spec, scenarios };
}
async function run(o, args, cwd) {
  const result = await o.runner(o.program, args, {
    env: o.sandbox.env,
    cwd,
    timeoutMs: o.timeoutMs,
    maxOutputBytes: 4 * 1024 * 1024
  });
  switch (result.kind) {
    case "exited":
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.code, failure: null };
    case "timeout":
      return {
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: null,
        failure: `no answer within ${o.timeoutMs} ms; the tool was stopped`
      };
    case "spawn-error":
      return {
        stdout: "",
        stderr: "",
        exitCode: null,
        failure: `cannot run ${o.program}: ${result.message}`
      };
  }
}
async function readVersion(o) {
  const cwd = await o.sandbox.workdir("version");
  const result = await run(o, [...o.programArgs ?? [], ...o.adapter.versionArgs ?? []], cwd);
  return o.adapter.readVersion(`${result.stdout}
${result.stderr}`);
}
function lastLines2(text, count) {
  return text.trimEnd().split("\n").slice(-count).join("\n").trim();
}
function bounded(text) {
  if (text.length <= 2 * LOG_KEEP) return text;
  return `${text.slice(0, LOG_KEEP)}
[\u2026 ${text.length - 2 * LOG_KEEP} characters of the log omitted \u2026]
${text.slice(-LOG_KEEP)}`;
}

// src/tools/sandbox.ts
import { mkdir as mkdir2, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter as hostDelimiter3, dirname as dirname5, join as join13 } from "node:path";
var KEPT = [
  "LANG",
  "LC_ALL",
  "TZ",
  "SYSTEMROOT",
  "SystemRoot",
  "COMSPEC",
  "PATHEXT",
  "WINDIR",
  "PYENV_ROOT",
  "PYENV_VERSION",
  "UV_PYTHON_INSTALL_DIR",
  "NIX_STORE_DIR",
  "LOCALAPPDATA",
  "APPDATA",
  "PROGRAMFILES",
  "ProgramFiles"
];
async function createSandbox(options) {
  const root = await mkdtemp(join13(tmpdir(), "interpreter-guard-run-"));
  const home = join13(root, "home");
  const dirs = {
    home,
    cache: join13(root, "cache"),
    data: join13(root, "data"),
    config: join13(root, "config"),
    state: join13(root, "state")
  };
  await Promise.all(Object.values(dirs).map((d) => mkdir2(d, { recursive: true })));
  const path = pathFromInventory(
    options.inventory,
    options.extraPath ?? defaultExtraPath(options.os)
  );
  const env = {};
  for (const key of KEPT)
    if (options.callerEnv[key] !== void 0) env[key] = options.callerEnv[key];
  Object.assign(env, {
    PATH: path.join(options.os === "windows" ? ";" : hostDelimiter3),
    HOME: home,
    USERPROFILE: home,
    XDG_CACHE_HOME: dirs.cache,
    XDG_DATA_HOME: dirs.data,
    XDG_CONFIG_HOME: dirs.config,
    XDG_STATE_HOME: dirs.state,
    // uv: no downloads, no configuration files, no colour, no wrapping, own cache.
    UV_CACHE_DIR: join13(dirs.cache, "uv"),
    UV_PYTHON_DOWNLOADS: "never",
    UV_NO_CONFIG: "1",
    UV_NO_WRAP: "1",
    UV_PYTHON_INSTALL_DIR: options.callerEnv.UV_PYTHON_INSTALL_DIR ?? options.uvPythonDir,
    NO_COLOR: "1",
    // virtualenv, pdm, poetry: their own data and caches, no update checks.
    VIRTUALENV_OVERRIDE_APP_DATA: join13(dirs.data, "virtualenv"),
    PDM_CHECK_UPDATE: "false",
    PDM_HOME: join13(dirs.data, "pdm"),
    POETRY_CACHE_DIR: join13(dirs.cache, "poetry"),
    POETRY_VIRTUALENVS_PATH: join13(root, "poetry-venvs"),
    POETRY_CONFIG_DIR: join13(dirs.config, "poetry")
  });
  let count = 0;
  return {
    root,
    env,
    path,
    async workdir(name) {
      const dir = join13(
        root,
        "work",
        `${String(++count).padStart(3, "0")}-${name.replace(/[^\w.-]+/g, "_").slice(0, 60)}`
      );
      await mkdir2(dir, { recursive: true });
      return dir;
    },
    dispose: () => rm(root, { recursive: true, force: true })
  };
}
function pathFromInventory(inventory, extra) {
  const dirs = [];
  for (const e of inventory) {
    const dir = dirname5(e.path);
    if (!dirs.includes(dir)) dirs.push(dir);
  }
  for (const d of extra) if (!dirs.includes(d)) dirs.push(d);
  return dirs;
}
function defaultExtraPath(os) {
  return os === "windows" ? [] : ["/usr/local/bin", "/usr/bin", "/bin"];
}

// src/tools/spec.ts
var NAMED_TOOLS = ["uv", "virtualenv", "pdm", "poetry"];
function parseToolSpec(text) {
  const t = text.trim();
  if (t.startsWith("exec:")) {
    const split = splitCommandLine(t.slice(5));
    if ("error" in split) return { error: `${t}: ${split.error}` };
    if (!split.args.length)
      return { error: 'exec: needs a command, e.g. "exec:python3 mytool.py {request}"' };
    if (!split.args.some((a) => a.includes("{request}")))
      return { error: `${t}: the command must contain {request}` };
    return { kind: "exec", argv: split.args, text: t };
  }
  const release2 = /^uv@(\d+\.\d+\.\d+(?:[-.]?[a-z]+\d*)?)$/.exec(t);
  if (release2) return { kind: "release", name: "uv", version: release2[1] ?? "", text: t };
  const [name, program] = t.split(/=(.*)/s);
  if (!NAMED_TOOLS.includes(name ?? "")) {
    return {
      error: `unknown tool "${t}" (expected ${NAMED_TOOLS.join(", ")}, uv@<version>, <tool>=<path>, or exec:<command with {request}>)`
    };
  }
  if (program !== void 0 && !program) return { error: `${t}: the path after = is empty` };
  return { kind: "named", name, program: program ?? null, text: t };
}
function splitCommandLine(line) {
  const args = [];
  let current = "";
  let has = false;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? "";
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] ?? ""))
        current += line[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === "\\" && i + 1 < line.length) {
      current += line[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || current) args.push(current);
      current = "";
      has = false;
    } else {
      current += c;
      has = true;
    }
  }
  if (quote) return { error: `unclosed ${quote} quote` };
  if (has || current) args.push(current);
  return { args };
}

// src/tools/uv-release.ts
import { createHash } from "node:crypto";
import { mkdir as mkdir3, readdir as readdir2, rename as rename2, rm as rm2, stat as stat2, writeFile as writeFile3 } from "node:fs/promises";
import { join as join14 } from "node:path";
var MAX_ARCHIVE = 200 * 1024 * 1024;
function uvTarget(platform, arch2) {
  const cpu = arch2 === "x64" ? "x86_64" : arch2 === "arm64" ? "aarch64" : arch2 === "ia32" ? "i686" : null;
  if (!cpu) throw new ToolSetupError(`no uv release is published for the ${arch2} architecture`);
  if (platform === "linux") return { triple: `${cpu}-unknown-linux-gnu`, archive: "tar.gz" };
  if (platform === "darwin") return { triple: `${cpu}-apple-darwin`, archive: "tar.gz" };
  if (platform === "win32") return { triple: `${cpu}-pc-windows-msvc`, archive: "zip" };
  throw new ToolSetupError(`no uv release is published for ${platform}`);
}
async function installUvRelease(o) {
  const { triple, archive } = uvTarget(o.platform, o.arch);
  const binary = o.platform === "win32" ? "uv.exe" : "uv";
  const home = join14(o.cacheDir, "tools", `uv-${o.version}-${triple}`);
  const installed = join14(home, binary);
  if (await exists(installed)) return installed;
  const fetch = o.fetch ?? globalThis.fetch;
  const asset = `uv-${triple}.${archive}`;
  const url = `${(o.baseUrl ?? "https://github.com").replace(/\/+$/, "")}/astral-sh/uv/releases/download/${o.version}/${asset}`;
  o.onProgress?.(`downloading ${url}`);
  const expected = (await download(fetch, `${url}.sha256`, 4096)).toString("utf8").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!/^[0-9a-f]{64}$/.test(expected))
    throw new ToolSetupError(`${url}.sha256 does not hold a SHA-256 checksum`);
  const data = await download(fetch, url, MAX_ARCHIVE);
  const actual = createHash("sha256").update(data).digest("hex");
  if (actual !== expected)
    throw new ToolSetupError(
      `checksum mismatch for ${asset}: expected ${expected}, got ${actual}; nothing was installed`
    );
  const staging = `${home}.partial-${process.pid}`;
  await rm2(staging, { recursive: true, force: true });
  await mkdir3(staging, { recursive: true });
  try {
    const file = join14(staging, asset);
    await writeFile3(file, data);
    const args = archive === "zip" ? ["-xf", file, "-C", staging] : ["-xzf", file, "-C", staging];
    const result = await o.runner("tar", args, {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
      timeoutMs: 12e4
    });
    if (result.kind !== "exited" || result.code !== 0) {
      throw new ToolSetupError(
        `cannot unpack ${asset}: ${result.kind === "exited" ? result.stderr.trim() : result.kind}`
      );
    }
    const found = await findFile(staging, binary, 3);
    if (!found) throw new ToolSetupError(`${asset} holds no ${binary}`);
    await mkdir3(home, { recursive: true });
    await rename2(found, installed);
    await writeFile3(join14(home, "sha256"), `${expected}  ${asset}
`);
    return installed;
  } finally {
    await rm2(staging, { recursive: true, force: true });
  }
}
async function download(fetch, url, max) {
  let response;
  try {
    response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(3e5) });
  } catch (error) {
    throw new ToolSetupError(`cannot download ${url}: ${error.message}`);
  }
  if (!response.ok) throw new ToolSetupError(`cannot download ${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > max)
    throw new ToolSetupError(`${url} is ${length} bytes, over the ${max}-byte limit`);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > max) throw new ToolSetupError(`${url} is over the ${max}-byte limit`);
  return body;
}
async function findFile(dir, name, depth) {
  for (const entry of await readdir2(dir, { withFileTypes: true })) {
    const path = join14(dir, entry.name);
    if (entry.isFile() && entry.name === name) return path;
    if (entry.isDirectory() && depth > 0) {
      const found = await findFile(path, name, depth - 1);
      if (found) return found;
    }
  }
  return null;
}
async function exists(file) {
  try {
    return (await stat2(file)).isFile();
  } catch {
    return false;
  }
}

// src/tools/plan.ts
var ToolOptionError = class extends Error {
};
var PREFERENCES = ["only-managed", "managed", "system", "only-system"];
function parseToolOptions(o) {
  const spec = (text, flag) => {
    const parsed = parseToolSpec(text);
    if ("error" in parsed) throw new ToolOptionError(`--${flag}: ${parsed.error}`);
    return parsed;
  };
  if (o.uvPreference && !PREFERENCES.includes(o.uvPreference))
    throw new ToolOptionError(`--python-preference must be one of ${PREFERENCES.join(", ")}`);
  const requests = o.requests?.map((r) => {
    const parsed = parseRequest(r);
    if ("error" in parsed) throw new ToolOptionError(`--request: ${parsed.error}`);
    return parsed;
  });
  return {
    current: spec(o.tool, "tool"),
    baseline: o.baselineTool ? spec(o.baselineTool, "baseline-tool") : null,
    requests: requests ?? null
  };
}
async function runTools(parsed, o, env) {
  const { os, inventory, locations, progress } = env;
  const requests = parsed.requests ?? defaultRequests(inventory);
  const context = {
    cwd: env.cwd,
    pathVar: env.callerEnv.PATH ?? "",
    windows: os === "windows",
    uvPreference: o.uvPreference ?? null,
    installUv: (version2) => installUvRelease({
      version: version2,
      cacheDir: o.cacheDir,
      platform: env.platform,
      arch: process.arch,
      runner: runProcess,
      onProgress: progress ?? void 0
    })
  };
  const tools = [
    [await prepareTool(parsed.current, context), "current"]
  ];
  if (parsed.baseline) tools.push([await prepareTool(parsed.baseline, context), "baseline"]);
  const sandbox = await createSandbox({
    os,
    inventory,
    callerEnv: env.callerEnv,
    uvPythonDir: locations.managedDirs.find((d) => d.manager === "uv")?.dir ?? ""
  });
  try {
    const runs = [];
    for (const [tool, role] of tools) {
      runs.push(
        await runTool({
          ...tool,
          role,
          inventory,
          requests,
          sandbox,
          runner: runProcess,
          timeoutMs: o.timeoutMs,
          onScenario: progress ? (done, total, id) => progress(`\r\x1B[K${role} ${tool.adapter.name}: ${done}/${total} ${id}`) : void 0
        })
      );
    }
    if (progress) progress("\r\x1B[K");
    return runs;
  } finally {
    await sandbox.dispose();
  }
}

// src/cli/usage.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
function parseCommandArgs(args, options, command, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(
      `${command}: ${error.message.replace(/\.$/, "")}. See 'interpreter-guard ${command} --help'.`
    );
  }
}
function positiveInt(value, name, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got "${value}"`);
  return n;
}
function listOption(values, allowed, name) {
  if (!values?.length) return void 0;
  const items = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item)) {
      throw new UsageError(
        `--${name}: unknown value "${item}" (expected one of: ${allowed.join(", ")})`
      );
    }
  }
  return items;
}

// src/cli/discover.ts
var DISCOVER_HELP = `Usage: interpreter-guard discover [options]

Finds every Python interpreter on this machine (PATH, active venv/conda, .venv, pyenv, asdf,
mise, rye, uv, conda, Nix, Homebrew, macOS frameworks, the Windows registry, py launcher and
Store aliases), queries each one once and classifies it.

Options:
  --json                 print the report (interpreter-guard/report@1) as JSON on stdout
  --out FILE             also write the JSON report to FILE
  --providers LIST       only these providers (comma-separated): ${PROVIDER_NAMES.join(", ")}
  --python PATH          include this interpreter path too (repeatable)
  --timeout SECONDS      per-interpreter query timeout (default 10)
  --concurrency N        interpreters queried at once (default: CPU count)
  --cache-dir DIR        where query results are cached (default: $XDG_CACHE_HOME/interpreter-guard)
  --no-cache             query every interpreter afresh and write no cache
  --run-shims            run pyenv shims instead of reading pyenv's version files
  --probe-every-path     query every path, even symlinks to a binary already queried
  --leg NAME             name of this machine in a matrix, recorded in the report
  -h, --help             show this help

Running a discovery tool over the inventory (its decisions go into the report's tools[]):
  --tool SPEC            uv | virtualenv | pdm | poetry (found on PATH), TOOL=/path/to/program,
                         uv@VERSION (a uv release, downloaded and checksum-verified), or
                         "exec:COMMAND {request}" (your own tool; see the README's exec protocol)
  --baseline-tool SPEC   a second tool (e.g. an older uv) run the same way, recorded as baseline
  --request R            what to ask for (repeatable): default, 3.12, 3, >=3.9, cpython@3.12,
                         pypy, python, /path/to/python (default: derived from the inventory)
  --python-preference P  uv's --python-preference for its scenarios (only-managed, managed,
                         system, only-system)
  --tool-timeout SECONDS per tool run (default 60)

Broken interpreters are reported with an error, not as a failure: the exit code is 0 unless
the options are wrong (2) or the report cannot be written (1).
`;
async function runDiscover(args, io) {
  const { values } = parseCommandArgs(
    args,
    {
      json: { type: "boolean" },
      out: { type: "string" },
      providers: { type: "string", multiple: true },
      python: { type: "string", multiple: true },
      timeout: { type: "string" },
      concurrency: { type: "string" },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean" },
      "run-shims": { type: "boolean" },
      "probe-every-path": { type: "boolean" },
      leg: { type: "string" },
      tool: { type: "string" },
      "baseline-tool": { type: "string" },
      request: { type: "string", multiple: true },
      "python-preference": { type: "string" },
      "tool-timeout": { type: "string" }
    },
    "discover"
  );
  const os = osFromPlatform(io.platform);
  const timeoutMs = Math.round(positiveInt(values.timeout, "timeout", 10) * 1e3);
  const concurrency = Math.floor(positiveInt(values.concurrency, "concurrency", io.cpus));
  const providers = listOption(values.providers, PROVIDER_NAMES, "providers");
  const cacheDir = resolve4(io.cwd, values["cache-dir"] ?? defaultCacheDir(io.env, os, io.home));
  const toolOptions = values.tool ? {
    tool: values.tool,
    baselineTool: values["baseline-tool"],
    requests: values.request,
    uvPreference: values["python-preference"],
    timeoutMs: Math.round(positiveInt(values["tool-timeout"], "tool-timeout", 60) * 1e3),
    cacheDir
  } : null;
  if (!toolOptions && (values["baseline-tool"] || values.request || values["python-preference"])) {
    throw new UsageError(
      "discover: --baseline-tool, --request and --python-preference need --tool"
    );
  }
  const toolPlan = toolOptions ? parseToolOptionsForCli(toolOptions) : null;
  const ctx = {
    os,
    env: io.env,
    home: io.home,
    cwd: io.cwd,
    user: io.user,
    runner: runProcess,
    commandTimeoutMs: timeoutMs
  };
  const cache = values["no-cache"] ? ProbeCache.disabled() : await ProbeCache.load(cacheDir);
  const progress = io.interactive && !values.json ? io.stderr : null;
  const inventory = await takeInventory(ctx, {
    cache,
    timeoutMs,
    concurrency,
    providers,
    extraPaths: values.python?.map((p) => resolve4(io.cwd, p)),
    runShims: values["run-shims"],
    probeEveryPath: values["probe-every-path"],
    onProgress: progress ? ({ done, total }) => progress(`\rquerying interpreters: ${done}/${total}`) : void 0
  });
  if (progress) progress("\r\x1B[K");
  let tools = [];
  if (toolOptions && toolPlan) {
    try {
      tools = await runTools(toolPlan, toolOptions, {
        os,
        platform: io.platform,
        cwd: io.cwd,
        callerEnv: io.env,
        inventory: inventory.interpreters,
        locations: inventory.locations,
        progress
      });
    } catch (error) {
      if (!(error instanceof ToolSetupError)) throw error;
      io.stderr(`interpreter-guard discover: ${error.message}
`);
      return 1;
    }
  }
  const report = assembleReport({
    generatorVersion: VERSION,
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    runner: runnerInfo(os, io.env, values.leg ?? null),
    interpreters: inventory.interpreters,
    tools
  });
  const json = `${JSON.stringify(report, null, 2)}
`;
  if (values.out) {
    const out = resolve4(io.cwd, values.out);
    try {
      await mkdir4(dirname6(out), { recursive: true });
      await writeFile4(out, json);
    } catch (error) {
      io.stderr(
        `interpreter-guard discover: cannot write the report to ${out}: ${error.message}
`
      );
      return 1;
    }
  }
  io.stdout(
    values.json ? json : `${renderInventory(report)}${tools.length ? `
${renderToolRuns(tools)}` : ""}`
  );
  return 0;
}
function parseToolOptionsForCli(options) {
  try {
    return parseToolOptions(options);
  } catch (error) {
    if (error instanceof ToolOptionError) throw new UsageError(error.message);
    throw error;
  }
}

// src/cli/fixtures.ts
import { delimiter } from "node:path";

// src/fixtures/base-python.ts
import { constants as constants3 } from "node:fs";
import { access as access5 } from "node:fs/promises";
var QUERY = `import json, platform, sys, sysconfig
print(json.dumps({"version": platform.python_version(), "minor": "%d.%d" % sys.version_info[:2],
  "stdlib": sysconfig.get_path("stdlib"), "sysconfigData": sysconfig._get_sysconfigdata_name()}))`;
async function describeBasePython(path) {
  const result = await runProcess(path, ["-E", "-s", "-c", QUERY], {
    env: { PATH: "/usr/bin:/bin" },
    timeoutMs: 2e4
  });
  if (result.kind !== "exited" || result.code !== 0) {
    const why = result.kind === "exited" ? result.stderr.trim() : result.kind;
    throw new Error(`base interpreter ${path} cannot be queried: ${why}`);
  }
  return { path, ...JSON.parse(result.stdout) };
}
async function defaultBasePython() {
  for (let minor = 20; minor >= 6; minor--) {
    const candidate = `/usr/bin/python3.${minor}`;
    try {
      await access5(candidate, constants3.X_OK);
      return candidate;
    } catch {
    }
  }
  return null;
}

// src/fixtures/build.ts
import { chmod as chmod2, mkdir as mkdir8, rm as rm4, symlink as symlink3, writeFile as writeFile8 } from "node:fs/promises";
import { join as join18, resolve as resolve5 } from "node:path";

// src/fixtures/manifest.ts
var FIXTURE_KINDS = [
  "venv",
  "nix",
  "conda",
  "pyenv-shim",
  "broken",
  "hanging",
  "not-executable",
  "symlink-chain",
  "symlink-loop"
];
var FixtureManifest = object({
  schema: literal("interpreter-guard/fixtures@1"),
  dir: string2(),
  basePython: string2(),
  /** `emulated` (a fake store under NIX_STORE_DIR) or `nix` (built by real Nix). */
  nixMode: _enum(["emulated", "nix", "none"]),
  /** Interpreter paths by fixture, e.g. `nix.legacy-env`. */
  paths: record(string2(), string2()),
  /** Directories to put on PATH so discovery sees every fixture. */
  pathDirs: array(string2()),
  /** Variables discovery should run with (NIX_STORE_DIR, PYENV_ROOT, NIX_PROFILES, …). */
  env: record(string2(), string2())
});

// src/fixtures/nix-emulation.ts
import { chmod, mkdir as mkdir6, readdir as readdir4, symlink as symlink2, writeFile as writeFile7 } from "node:fs/promises";
import { join as join16 } from "node:path";

// src/fixtures/c-wrapper.ts
import { writeFile as writeFile5, rm as rm3 } from "node:fs/promises";
var cString = (s) => JSON.stringify(s);
function wrapperSource(spec) {
  const doc = `makeCWrapper ${spec.target} ${spec.argv0 === "inherit-argv0" ? "--inherit-argv0 --resolve-argv0" : ""} ${Object.entries(
    spec.set
  ).map(([k, v]) => `--set ${k} ${v}`).join(" ")}`;
  const puts = Object.entries(spec.set).map(([k, v]) => `    setenv(${cString(k)}, ${cString(v)}, 1);`).join("\n");
  const argv0 = spec.argv0 === "fixed" ? `    argv[0] = (char *)${cString(spec.target)};` : `    if (!strchr(argv[0], '/')) {
        static char buf[PATH_MAX];
        const char *p = getenv("PATH");
        while (p && *p) {
            size_t n = strcspn(p, ":");
            snprintf(buf, sizeof buf, "%.*s/%s", (int)n, p, argv[0]);
            if (access(buf, X_OK) == 0) { argv[0] = buf; break; }
            p += n + (p[n] == ':');
        }
    }`;
  return `#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
const char *DOCSTRING = ${cString(doc)};
int main(int argc, char **argv) {
    (void)argc; (void)DOCSTRING;
${puts}
${argv0}
    execv(${cString(spec.target)}, argv);
    perror("wrapper: execv");
    return 127;
}
`;
}
async function compileWrapper(spec, compiler) {
  const source = `${spec.out}.c`;
  await writeFile5(source, wrapperSource(spec));
  const result = await runProcess(compiler, ["-Os", "-o", spec.out, source], {
    env: { PATH: "/usr/bin:/bin" },
    timeoutMs: 6e4
  });
  await rm3(source, { force: true });
  if (result.kind !== "exited" || result.code !== 0) {
    const detail = result.kind === "exited" ? result.stderr.trim() : result.kind === "timeout" ? "timed out" : result.message;
    throw new Error(`cannot compile the wrapper ${spec.out} with ${compiler}: ${detail}`);
  }
}

// src/fixtures/nix-hash.ts
import { createHash as createHash2 } from "node:crypto";
var ALPHABET = "0123456789abcdfghijklmnpqrsvwxyz";
function emulatedStoreHash(label) {
  let n = BigInt(`0x${createHash2("sha256").update(label).digest("hex").slice(0, 40)}`);
  let out = "";
  for (let i = 0; i < 32; i++) {
    out += ALPHABET[Number(n & 31n)];
    n >>= 5n;
  }
  return out;
}

// src/fixtures/relocate.ts
import { copyFile, mkdir as mkdir5, readdir as readdir3, readFile as readFile3, symlink, writeFile as writeFile6 } from "node:fs/promises";
import { join as join15 } from "node:path";
async function relocateInterpreter(base, prefix, options = {}) {
  const bin = join15(prefix, "bin");
  const lib = join15(prefix, "lib", `python${base.minor}`);
  await mkdir5(bin, { recursive: true });
  await mkdir5(join15(lib, "site-packages"), { recursive: true });
  const exe = join15(bin, `python${base.minor}`);
  await copyFile(base.path, exe);
  await symlink(`python${base.minor}`, join15(bin, "python3"));
  await symlink(options.absolutePythonLink ? join15(bin, "python3") : "python3", join15(bin, "python"));
  const replaced = /* @__PURE__ */ new Set([
    "sitecustomize.py",
    "sysconfig.py",
    "EXTERNALLY-MANAGED",
    `${base.sysconfigData}.py`,
    "site-packages",
    "dist-packages"
  ]);
  for (const entry of await readdir3(base.stdlib)) {
    if (!replaced.has(entry)) await symlink(join15(base.stdlib, entry), join15(lib, entry));
  }
  await symlink("site-packages", join15(lib, "dist-packages"));
  const sysconfig = await readFile3(join15(base.stdlib, "sysconfig.py"), "utf8");
  await writeFile6(
    join15(lib, "sysconfig.py"),
    sysconfig.replace("prefix_scheme = 'posix_local'", "prefix_scheme = 'posix_prefix'")
  );
  const data = await readFile3(join15(base.stdlib, `${base.sysconfigData}.py`), "utf8");
  await writeFile6(
    join15(lib, `${base.sysconfigData}.py`),
    data.replace(/^ 'prefix': '[^']*',$/m, ` 'prefix': '${prefix}',`).replace(/^ 'exec_prefix': '[^']*',$/m, ` 'exec_prefix': '${prefix}',`).replace(/^ 'BINDIR': '[^']*',$/m, ` 'BINDIR': '${bin}',`)
  );
  if (options.externallyManaged)
    await writeFile6(join15(lib, "EXTERNALLY-MANAGED"), options.externallyManaged);
  if (options.sitecustomize)
    await writeFile6(join15(lib, "site-packages", "sitecustomize.py"), options.sitecustomize);
  return exe;
}

// src/fixtures/nix-emulation.ts
var NIX_SITECUSTOMIZE = `# interpreter-guard fixture: behaves like nixpkgs' sitecustomize.py
import functools, os, site, sys
_paths = os.environ.pop("NIX_PYTHONPATH", None)
if _paths:
    functools.reduce(lambda known, d: site.addsitedir(d, known), _paths.split(":"), site._init_pathinfo())
if sys.prefix == sys.base_prefix and not hasattr(sys, "real_prefix"):
    _exe = os.environ.pop("NIX_PYTHONEXECUTABLE", None)
    _prefix = os.environ.pop("NIX_PYTHONPREFIX", None)
    if _exe is not None and "PYTHONEXECUTABLE" not in os.environ:
        sys.executable = _exe
        sys._base_executable = _exe
    if _prefix is not None:
        sys.prefix = sys.exec_prefix = _prefix
        site.PREFIXES.insert(0, _prefix)
`;
async function buildNixEmulation(base, root, storeDir, compiler) {
  const store = (label, name) => join16(storeDir, `${emulatedStoreHash(label)}-${name}`);
  const mm = base.minor;
  await mkdir6(storeDir, { recursive: true });
  const py = store("python", `python3-${base.version}`);
  await relocateInterpreter(base, py, {
    absolutePythonLink: true,
    externallyManaged: "[externally-managed]\nError=This interpreter lives in the (emulated) Nix store and is read-only.\n",
    sitecustomize: NIX_SITECUSTOMIZE
  });
  const pkg = store("nixdemo", `python${mm}-nixdemo-1.0`);
  await mkdir6(join16(pkg, "lib", `python${mm}`, "site-packages", "nixdemo"), { recursive: true });
  await writeFile7(
    join16(pkg, "lib", `python${mm}`, "site-packages", "nixdemo", "__init__.py"),
    "WHERE = __file__\n"
  );
  await mkdir6(join16(pkg, "bin"), { recursive: true });
  await writeFile7(
    join16(pkg, "bin", "nixdemo"),
    `#!${py}/bin/python${mm}
import sys
print("nixdemo on", sys.executable)
`
  );
  await chmod(join16(pkg, "bin", "nixdemo"), 493);
  const envVars = (env) => ({
    NIX_PYTHONPREFIX: env,
    NIX_PYTHONEXECUTABLE: `${env}/bin/python${mm}`,
    NIX_PYTHONPATH: `${env}/lib/python${mm}/site-packages`,
    PYTHONNOUSERSITE: "true"
  });
  const wrappers = [];
  const current = store("env-current", `python3-${base.version}-env`);
  await buildEnvTree(current, py, pkg, mm);
  wrappers.push({
    out: `${current}/bin/python${mm}`,
    target: `${py}/bin/python${mm}`,
    argv0: "inherit-argv0",
    set: { PYTHONNOUSERSITE: "true" }
  });
  await symlink2(`python${mm}`, `${current}/bin/python3`);
  wrappers.push({
    out: `${current}/bin/python`,
    target: `${py}/bin/python`,
    argv0: "fixed",
    set: envVars(current)
  });
  wrappers.push({
    out: `${current}/bin/nixdemo`,
    target: `${pkg}/bin/nixdemo`,
    argv0: "fixed",
    set: envVars(current)
  });
  const legacy = store("env-legacy", `python3-${base.version}-env`);
  await buildEnvTree(legacy, py, pkg, mm);
  for (const name of ["python", "python3", `python${mm}`]) {
    wrappers.push({
      out: `${legacy}/bin/${name}`,
      target: `${py}/bin/${name}`,
      argv0: "fixed",
      set: envVars(legacy)
    });
  }
  wrappers.push({
    out: `${legacy}/bin/nixdemo`,
    target: `${pkg}/bin/nixdemo`,
    argv0: "fixed",
    set: envVars(legacy)
  });
  await Promise.all(wrappers.map((w) => compileWrapper(w, compiler)));
  const userEnv = store("user-env", "user-environment");
  await mkdir6(join16(userEnv, "bin"), { recursive: true });
  for (const name of ["python3", `python${mm}`, "nixdemo"])
    await symlink2(`${current}/bin/${name}`, join16(userEnv, "bin", name));
  const systemPath = store("system-path", "system-path");
  await mkdir6(join16(systemPath, "bin"), { recursive: true });
  await symlink2(`${py}/bin/python3`, join16(systemPath, "bin", "python3"));
  const perUser = join16(root, "nix", "var", "nix", "profiles", "per-user", "alice");
  await mkdir6(perUser, { recursive: true });
  await symlink2(userEnv, join16(perUser, "profile-1-link"));
  await symlink2("profile-1-link", join16(perUser, "profile"));
  const home = join16(root, "home", "alice");
  await mkdir6(home, { recursive: true });
  await symlink2(join16(perUser, "profile"), join16(home, ".nix-profile"));
  await mkdir6(join16(root, "run", "current-system"), { recursive: true });
  await symlink2(systemPath, join16(root, "run", "current-system", "sw"));
  const venvFromCurrent = join16(root, "venv-from-current-env");
  const venvFromLegacy = join16(root, "venv-from-legacy-env");
  await makeVenv(`${current}/bin/python3`, venvFromCurrent);
  await makeVenv(`${legacy}/bin/python3`, venvFromLegacy);
  return {
    storeDir,
    profiles: [join16(home, ".nix-profile"), join16(root, "run", "current-system", "sw")],
    paths: {
      "nix.store-python": `${py}/bin/python3`,
      "nix.current-env": `${current}/bin/python${mm}`,
      "nix.current-env-python3": `${current}/bin/python3`,
      "nix.current-env-python": `${current}/bin/python`,
      "nix.legacy-env": `${legacy}/bin/python3`,
      "nix.profile-python": join16(home, ".nix-profile", "bin", "python3"),
      "nix.system-python": join16(root, "run", "current-system", "sw", "bin", "python3"),
      "nix.venv-from-current-env": join16(venvFromCurrent, "bin", "python"),
      "nix.venv-from-legacy-env": join16(venvFromLegacy, "bin", "python")
    }
  };
}
async function buildEnvTree(env, py, pkg, mm) {
  const lib = join16(env, "lib", `python${mm}`);
  await mkdir6(join16(env, "bin"), { recursive: true });
  await mkdir6(join16(lib, "site-packages"), { recursive: true });
  for (const entry of await readdir4(join16(py, "lib", `python${mm}`))) {
    if (entry !== "site-packages" && entry !== "dist-packages")
      await symlink2(join16(py, "lib", `python${mm}`, entry), join16(lib, entry));
  }
  await symlink2("site-packages", join16(lib, "dist-packages"));
  await symlink2(
    join16(py, "lib", `python${mm}`, "site-packages", "sitecustomize.py"),
    join16(lib, "site-packages", "sitecustomize.py")
  );
  await symlink2(
    join16(pkg, "lib", `python${mm}`, "site-packages", "nixdemo"),
    join16(lib, "site-packages", "nixdemo")
  );
}
async function makeVenv(python, dir) {
  const result = await runProcess(python, ["-E", "-s", "-m", "venv", "--without-pip", dir], {
    env: { PATH: "/usr/bin:/bin" },
    timeoutMs: 6e4
  });
  if (result.kind !== "exited" || result.code !== 0) {
    const detail = result.kind === "exited" ? result.stderr.trim() : result.kind;
    throw new Error(`cannot create a venv with ${python}: ${detail}`);
  }
}

// src/fixtures/nix-real.ts
import { mkdir as mkdir7 } from "node:fs/promises";
import { join as join17 } from "node:path";
var EXPRESSIONS = {
  "nix.store-python": "with import <nixpkgs> {}; python3",
  "nix.env": "with import <nixpkgs> {}; python3.withPackages (ps: [ ps.six ])"
};
async function buildWithRealNix(nixBuild, dir) {
  await mkdir7(dir, { recursive: true });
  const paths = {};
  for (const [name, expression] of Object.entries(EXPRESSIONS)) {
    const outLink = join17(dir, name.replace("nix.", "result-"));
    const result = await runProcess(nixBuild, ["--out-link", outLink, "--expr", expression], {
      env: process.env,
      timeoutMs: 30 * 6e4
    });
    if (result.kind !== "exited" || result.code !== 0) {
      const detail = result.kind === "exited" ? result.stderr.trim().split("\n").slice(-5).join("\n") : result.kind;
      throw new Error(`nix-build of "${expression}" failed: ${detail}`);
    }
    const storePath = result.stdout.trim().split("\n").at(-1) ?? "";
    paths[name] = join17(storePath, "bin", "python3");
  }
  return { paths, pathDirs: [] };
}

// src/fixtures/build.ts
async function buildFixtures(options) {
  const dir = resolve5(options.dir);
  await mkdir8(dir, { recursive: true });
  const manifest = {
    schema: "interpreter-guard/fixtures@1",
    dir,
    basePython: options.base.path,
    nixMode: "none",
    paths: {},
    pathDirs: [],
    env: {}
  };
  for (const kind of FIXTURE_KINDS.filter((k) => options.kinds.includes(k))) {
    options.onStep?.(kind);
    await rm4(join18(dir, kind), { recursive: true, force: true });
    await BUILDERS[kind](join18(dir, kind), options, manifest);
  }
  return manifest;
}
var script = async (file, body, mode = 493) => {
  await writeFile8(file, body);
  await chmod2(file, mode);
};
var BUILDERS = {
  async venv(dir, { base }, m) {
    await makeVenv(base.path, dir);
    m.paths.venv = join18(dir, "bin", "python");
    m.pathDirs.push(join18(dir, "bin"));
  },
  async nix(dir, options, m) {
    if (options.nixBuild) {
      const real = await buildWithRealNix(options.nixBuild, dir);
      Object.assign(m.paths, real.paths);
      m.pathDirs.push(...real.pathDirs);
      m.nixMode = "nix";
      return;
    }
    const storeDir = options.storeDir ?? join18(dir, "nix", "store");
    const nix = await buildNixEmulation(options.base, dir, storeDir, options.compiler);
    Object.assign(m.paths, nix.paths);
    m.env.NIX_STORE_DIR = nix.storeDir;
    m.env.NIX_PROFILES = nix.profiles.join(" ");
    m.nixMode = "emulated";
  },
  async conda(dir, { base }, m) {
    await relocateInterpreter(base, dir);
    await mkdir8(join18(dir, "conda-meta"), { recursive: true });
    await writeFile8(
      join18(dir, "conda-meta", "history"),
      "==> 2026-01-01 00:00:00 <==\n# cmd: fixture\n"
    );
    await mkdir8(join18(dir, "condabin"), { recursive: true });
    const env = join18(dir, "envs", "demo");
    await relocateInterpreter(base, env);
    await mkdir8(join18(env, "conda-meta"), { recursive: true });
    await writeFile8(
      join18(env, "conda-meta", "history"),
      "==> 2026-01-01 00:00:00 <==\n# cmd: fixture\n"
    );
    m.paths["conda.base"] = join18(dir, "bin", "python");
    m.paths["conda.env"] = join18(env, "bin", "python");
    m.env.CONDA_ROOT = dir;
  },
  async "pyenv-shim"(dir, { base }, m) {
    await relocateInterpreter(base, join18(dir, "versions", base.version));
    await writeFile8(join18(dir, "version"), `${base.version}
`);
    await mkdir8(join18(dir, "libexec"), { recursive: true });
    await script(
      join18(dir, "libexec", "pyenv"),
      `#!/bin/sh
# interpreter-guard fixture: the 'exec' subcommand of pyenv, for the global version only.
[ "$1" = exec ] || { echo "pyenv fixture: only 'exec' is supported" >&2; exit 1; }
program=$2; shift 2
version=\${PYENV_VERSION:-$(cat "$PYENV_ROOT/version")}
target="$PYENV_ROOT/versions/$version/bin/$program"
[ -x "$target" ] || { echo "pyenv: $program: command not found" >&2; exit 127; }
exec "$target" "$@"
`
    );
    await mkdir8(join18(dir, "shims"), { recursive: true });
    for (const name of ["python3", "python3.99"]) {
      await script(
        join18(dir, "shims", name),
        `#!/usr/bin/env bash
set -e
[ -n "$PYENV_DEBUG" ] && set -x

program="\${0##*/}"

export PYENV_ROOT="${dir}"
exec "${dir}/libexec/pyenv" exec "$program" "$@"
`
      );
    }
    m.paths["pyenv.shim"] = join18(dir, "shims", "python3");
    m.paths["pyenv.shim-missing"] = join18(dir, "shims", "python3.99");
    m.paths["pyenv.version"] = join18(dir, "versions", base.version, "bin", `python${base.minor}`);
    m.env.PYENV_ROOT = dir;
  },
  async broken(dir, _options, m) {
    await mkdir8(join18(dir, "bin"), { recursive: true });
    await script(
      join18(dir, "bin", "python3"),
      '#!/bin/sh\necho "Fatal Python error: fixture interpreter is broken" >&2\nexit 1\n'
    );
    m.paths.broken = join18(dir, "bin", "python3");
    m.pathDirs.push(join18(dir, "bin"));
  },
  async hanging(dir, _options, m) {
    await mkdir8(join18(dir, "bin"), { recursive: true });
    await script(join18(dir, "bin", "python3"), "#!/bin/sh\nexec sleep 3600\n");
    m.paths.hanging = join18(dir, "bin", "python3");
    m.pathDirs.push(join18(dir, "bin"));
  },
  async "not-executable"(dir, { base }, m) {
    await mkdir8(join18(dir, "bin"), { recursive: true });
    await script(join18(dir, "bin", "python3"), `#!${base.path}
`, 420);
    m.paths["not-executable"] = join18(dir, "bin", "python3");
    m.pathDirs.push(join18(dir, "bin"));
  },
  async "symlink-chain"(dir, { base }, m) {
    for (const d of ["bin", "hop1", "hop2"]) await mkdir8(join18(dir, d), { recursive: true });
    await symlink3(base.path, join18(dir, "hop2", "python"));
    await symlink3("../hop2/python", join18(dir, "hop1", "python"));
    await symlink3("../hop1/python", join18(dir, "bin", "python3"));
    m.paths["symlink-chain"] = join18(dir, "bin", "python3");
    m.pathDirs.push(join18(dir, "bin"));
  },
  async "symlink-loop"(dir, _options, m) {
    await mkdir8(join18(dir, "bin"), { recursive: true });
    await symlink3("python3.98", join18(dir, "bin", "python3"));
    await symlink3("python3", join18(dir, "bin", "python3.98"));
    m.paths["symlink-loop"] = join18(dir, "bin", "python3");
    m.pathDirs.push(join18(dir, "bin"));
  }
};

// src/cli/fixtures.ts
var FIXTURES_HELP = `Usage: interpreter-guard fixtures --dir DIR [options]

Builds real interpreter layouts under DIR, one folder per kind, and prints where they are.

Kinds: ${FIXTURE_KINDS.join(", ")}
  nix  without Nix: an emulated store (NIX_STORE_DIR, else DIR/nix/store) holding a bare
       python3 and python3.withPackages envs in the legacy and current nixpkgs regimes, built
       from a copy of the base interpreter and compiled wrappers (needs a C compiler);
       with nix-build on PATH: the real python3 and python3.withPackages from <nixpkgs>.

Options:
  --dir DIR              where to build (required; created if missing)
  --kinds LIST           comma-separated kinds (default: all)
  --base-python PATH     interpreter to copy (default: /usr/bin/python3.X, the newest present)
  --cc PATH              C compiler for the Nix wrappers (default: cc)
  --emulate-nix          emulate Nix even when nix-build is on PATH
  --json                 print the manifest (paths, PATH dirs, environment) as JSON
  -h, --help             show this help
`;
async function runFixtures(args, io) {
  const { values } = parseCommandArgs(
    args,
    {
      dir: { type: "string" },
      kinds: { type: "string", multiple: true },
      "base-python": { type: "string" },
      cc: { type: "string" },
      "emulate-nix": { type: "boolean" },
      json: { type: "boolean" }
    },
    "fixtures"
  );
  if (!values.dir) throw new UsageError("fixtures: --dir DIR is required");
  const kinds = listOption(values.kinds, FIXTURE_KINDS, "kinds") ?? FIXTURE_KINDS;
  const basePath = values["base-python"] ?? await defaultBasePython();
  if (!basePath)
    throw new UsageError("fixtures: no /usr/bin/python3.X found; pass --base-python PATH");
  const base = await describeBasePython(basePath);
  const nixBuild = values["emulate-nix"] ? null : await findOnPath("nix-build", io.env.PATH ?? "");
  const manifest = await buildFixtures({
    dir: values.dir,
    kinds,
    base,
    compiler: values.cc ?? "cc",
    storeDir: io.env.NIX_STORE_DIR,
    nixBuild,
    onStep: (kind) => io.stderr(`building ${kind}\u2026
`)
  });
  if (values.json) {
    io.stdout(`${JSON.stringify(manifest, null, 2)}
`);
    return 0;
  }
  io.stdout(`Fixtures in ${manifest.dir} (Nix: ${manifest.nixMode})
`);
  for (const [name, path] of Object.entries(manifest.paths))
    io.stdout(`  ${name.padEnd(28)} ${path}
`);
  const env = Object.entries(manifest.env).map(([k, v]) => `${k}='${v}'`);
  if (manifest.pathDirs.length)
    env.push(`PATH='${manifest.pathDirs.join(delimiter)}${delimiter}'"$PATH"`);
  if (env.length)
    io.stdout(`
To discover them:
  env ${env.join(" ")} interpreter-guard discover
`);
  return 0;
}

// src/cli/triage.ts
import { readFile as readFile4, stat as stat3 } from "node:fs/promises";
import { resolve as resolve6 } from "node:path";

// src/core/triage/events.ts
var TOOL_NAMES = [
  "uv",
  "virtualenv",
  "pdm",
  "poetry",
  "pipx",
  "tox",
  "hatch",
  "rye",
  "pyenv",
  "findpython",
  "conda",
  // A tool of the user's own, speaking the exec protocol (src/core/tools/exec-protocol.ts).
  "exec"
];
var DISCOVERY_LOG_EVENTS = /* @__PURE__ */ new Set([
  "search",
  "found",
  "rejected",
  "skipped",
  "query-failed",
  "selected"
]);

// src/core/triage/platform.ts
var PLATFORMS = [
  "nix",
  "conda",
  "docker",
  "wsl",
  "windows",
  "macos",
  "linux",
  "unknown"
];
var PATH_CUES = [
  [
    /\/nix\/store\/|\/\.nix-profile\/|\/run\/current-system\/|\/etc\/profiles\/per-user\//,
    "nix",
    3
  ],
  [
    /\/(?:mini|ana)conda\d*\/|\/miniforge\d*\/|\/mambaforge\/|\/\.conda\/envs\/|\/opt\/conda\/|\/\.pixi\/envs\//i,
    "conda",
    3
  ],
  [/^\/mnt\/[a-z]\/|\/\/wsl(?:\$|\.localhost)\//i, "wsl", 3],
  [/^[a-z]:[\\/]|\\users\\|\.exe$/i, "windows", 3],
  [/^\/users\/|^\/opt\/homebrew\/|^\/library\/|^\/applications\//i, "macos", 3],
  [/^\/home\/|^\/usr\/|^\/root\/|^\/opt\/|^\/bin\//, "linux", 1]
];
var TEXT_CUES = [
  [/\b(?:nixos|nix-shell|nix develop|flake\.nix|home-manager|nixpkgs|nix-ld|devenv)\b/, "nix", 2],
  [/\/nix\/store\//, "nix", 3],
  [
    /\b(?:(?:mini|ana)conda\d*|miniforge|mambaforge|conda (?:activate|create|install|env)|conda_prefix)\b/,
    "conda",
    2
  ],
  [/\b(?:conda|mamba|pixi)\b/, "conda", 1],
  [
    /\b(?:dockerfile|docker (?:run|build|compose|exec)|devcontainer)\b|^from [\w./-]+(?::[\w.-]+)?(?: as \w+)?$/m,
    "docker",
    2
  ],
  [/\b(?:docker|container|podman)\b/, "docker", 1],
  [/\bwsl ?2?\b|microsoft-standard-wsl|\bwindows subsystem for linux\b/, "wsl", 2],
  [/\b(?:windows(?: (?:10|11|server))?|powershell|cmd\.exe|win(?:32|64|-amd64))\b/, "windows", 1],
  [
    /\b(?:macos|os ?x|darwin|macbook|apple silicon|homebrew|m[1-4] (?:mac|pro|max|chip))\b/,
    "macos",
    1
  ],
  [
    /\b(?:ubuntu|debian|fedora|linux|arch|centos|alpine|rhel|rocky|opensuse|manylinux)\b/,
    "linux",
    1
  ]
];
var KEY_CUES = [
  [/-linux-(?:x86_64|aarch64|i686|armv7|ppc64le|s390x|riscv64)/, "linux"],
  [/-macos-(?:x86_64|aarch64)/, "macos"],
  [/-windows-(?:x86_64|aarch64|x86|i686)/, "windows"]
];
var FORM_KEYS = /^(?:platform|operating system|os|environment|system|os version|platform \/ os|which platform.*)$/;
function detectPlatform(input) {
  const scores = { nix: 0, conda: 0, docker: 0, wsl: 0, windows: 0, macos: 0, linux: 0 };
  const evidence = [];
  const add = (p, weight, why) => {
    if (scores[p] === 0 && evidence.length < 8) evidence.push(`${p}: ${why}`);
    scores[p] += weight;
  };
  for (const path of new Set(input.paths)) {
    for (const [re, p, weight] of PATH_CUES)
      if (re.test(path)) add(p, weight, `path ${path.slice(0, 80)}`);
  }
  for (const kind of input.interpreterKinds) {
    if (kind === "windows-store-shim" || kind === "registry")
      add("windows", 3, `a ${kind} interpreter`);
  }
  const sample = headAndTail(input.logText, 64 * 1024);
  for (const [re, p] of KEY_CUES) if (re.test(sample)) add(p, 2, "interpreter keys in the log");
  for (const [key, value] of Object.entries(input.form)) {
    if (!FORM_KEYS.test(key)) continue;
    for (const [re, p] of TEXT_CUES)
      if (re.test(value.toLowerCase())) add(p, 3, `issue form "${key}"`);
  }
  const words = `${input.prose.slice(0, 64 * 1024)}
${sample}`.toLowerCase();
  for (const [re, p, weight] of TEXT_CUES)
    if (re.test(words)) add(p, weight, `the text mentions it`);
  for (const p of ["nix", "conda", "docker", "wsl"]) {
    if (scores[p] >= 2) return { platform: p, evidence };
  }
  const os = ["windows", "macos", "linux"].filter((p) => scores[p] > 0).sort((a, b) => scores[b] - scores[a])[0];
  return { platform: os ?? "unknown", evidence };
}
function headAndTail(text, each) {
  return text.length <= 2 * each ? text : `${text.slice(0, each)}
${text.slice(-each)}`;
}

// src/core/triage/knowledge.ts
var KnowledgeRule = object({
  id: string2().check(_regex(/^[a-z0-9][a-z0-9-]{1,60}$/)),
  title: string2().check(_maxLength(200)),
  when: object({
    tools: optional(array(_enum(TOOL_NAMES))),
    /** Inclusive bounds on the tool version, e.g. `{ min: '0.2.0', max: '0.5.999' }`. */
    versions: optional(object({ min: optional(string2()), max: optional(string2()) })),
    platforms: optional(array(_enum(PLATFORMS))),
    /** One turned-down interpreter must have one of these reason kinds… */
    reasonKinds: optional(array(_enum(REASON_KINDS))),
    /** …and one of these kinds… */
    interpreterKinds: optional(array(_enum(INTERPRETER_KINDS))),
    /** …and a path containing one of these (case-insensitive substrings). */
    pathContains: optional(array(string2())),
    /** The final error, the log or the prose contains one of these (case-insensitive substrings). */
    textContains: optional(array(string2()))
  }),
  explanation: string2().check(_maxLength(2e3)),
  workarounds: array(string2().check(_maxLength(1e3))),
  related: array(string2().check(_regex(/^[\w.-]+\/[\w.-]+#\d+$/))),
  /** A catch-all: shown only when no other rule matched. */
  fallback: optional(boolean2())
});
var BUILTIN_RULES = [
  {
    id: "nix-env-seen-as-venv",
    title: "A Nix `python3.withPackages` environment is taken for a virtual environment",
    when: { tools: ["uv"], reasonKinds: ["system-required"], interpreterKinds: ["nix-env"] },
    explanation: 'nixpkgs `python3.withPackages` environments built before autumn 2025 wrap the interpreter so that `sys.prefix` is the `-env` store path while `sys.base_prefix` stays on the bare interpreter. uv calls any interpreter with `sys.prefix != sys.base_prefix` a virtual environment, so every command that needs a system interpreter (`uv venv`, `uv python list`, `uv init`, `uv tool`, project environments, `--system`) ignores it with "system interpreter required".',
    workarounds: [
      'Point uv at the interpreter explicitly; path requests skip the system/virtual filter: `uv venv --python "$(which python3)"` or `export UV_PYTHON="$(which python3)"`.',
      "Put the bare nixpkgs `python3` (without packages) on `PATH` and set `UV_PYTHON_PREFERENCE=only-system` (and `UV_PYTHON_DOWNLOADS=never`).",
      "Newer nixpkgs (25.11 and unstable since autumn 2025) builds `withPackages` envs whose `bin/python3.X` roots `sys.prefix` and `sys.base_prefix` at the env, which uv accepts."
    ],
    related: [
      "astral-sh/uv#4450",
      "astral-sh/uv#10711",
      "astral-sh/uv#11529",
      "astral-sh/uv#16324",
      "astral-sh/uv#16106"
    ]
  },
  {
    id: "venv-first-on-path-rejected",
    title: "An activated virtual environment is not a system interpreter",
    when: { tools: ["uv"], reasonKinds: ["system-required"], interpreterKinds: ["venv"] },
    explanation: 'The command needs a system (base) interpreter, and the interpreter it found first on `PATH` belongs to a virtual environment (an activated venv, a tox or pipx environment). uv skips it with "system interpreter required".',
    workarounds: [
      "Deactivate the environment, or remove its `bin`/`Scripts` directory from `PATH`, before running the command.",
      "Or request the base interpreter explicitly: `--python /path/to/base/python3.X`."
    ],
    related: ["tox-dev/tox-uv#189", "astral-sh/uv#11214"]
  },
  {
    id: "nixos-dynamic-managed-python",
    title: "NixOS cannot run the managed (downloaded) Python",
    when: {
      platforms: ["nix"],
      textContains: [
        "nixos cannot run dynamically linked",
        "stub-ld",
        "could not start dynamically linked executable"
      ]
    },
    explanation: "Managed Python builds are dynamically linked for generic Linux distributions. NixOS has no global dynamic loader at the usual path, so running them fails (exit status 127) and querying the interpreter fails.",
    workarounds: [
      "Use a Python from nixpkgs instead: `UV_PYTHON_DOWNLOADS=never UV_PYTHON_PREFERENCE=only-system` with `python3` on `PATH`.",
      "Or enable `programs.nix-ld.enable = true;` in the NixOS configuration so generic binaries can run."
    ],
    related: ["astral-sh/uv#11529"]
  },
  {
    id: "pyenv-shim-uninstalled-version",
    title: "A pyenv shim for a version that is not selected or installed",
    when: {
      reasonKinds: ["query-failed"],
      interpreterKinds: ["shim"],
      textContains: ["command not found", "exit status 127", "exit code 127", "status: 127"]
    },
    explanation: 'pyenv puts a shim on `PATH` for every command of every installed version. A shim only works when the version pyenv selects (`PYENV_VERSION`, `.python-version`, the global version) provides that command; otherwise it exits with status 127 ("command not found"). Discovery tools run each shim they find and see the failure.',
    workarounds: [
      "Select the version that provides it, e.g. `pyenv global 3.12.1 3.11.7` (several versions can be active at once), or `pyenv local \u2026` in the project.",
      "Or install the missing version with `pyenv install 3.X`, or upgrade the tool: uv skips failing shims since 0.8.12."
    ],
    related: ["astral-sh/uv#12155", "astral-sh/uv#21047"]
  },
  {
    id: "windows-store-alias",
    title: "The Microsoft Store `python.exe` alias is not a usable interpreter",
    when: {
      reasonKinds: ["store-shim", "not-executable"],
      interpreterKinds: ["windows-store-shim"]
    },
    explanation: 'Windows ships "App Execution Aliases" named `python.exe` and `python3.exe` in `%LOCALAPPDATA%\\Microsoft\\WindowsApps`. Without the Store Python installed they open the Store; for a Store install they cannot be run by other programs outside the package identity ("Access is denied", os error 5 or 15700).',
    workarounds: [
      "Turn the aliases off: Settings \u2192 Apps \u2192 Advanced app settings \u2192 App execution aliases \u2192 switch off `python.exe` and `python3.exe`.",
      "Install Python from python.org or with `uv python install`, and upgrade the tool (uv skips these since 0.7.22/0.8.16)."
    ],
    related: ["astral-sh/uv#15651", "astral-sh/uv#14637", "astral-sh/uv#14642"]
  },
  {
    id: "conda-base-not-explicit",
    title: "The conda base environment counts as a system Python",
    when: { tools: ["uv"], reasonKinds: ["not-explicit"], interpreterKinds: ["conda-base"] },
    explanation: "Since uv 0.5.0 the conda base environment is treated as a system interpreter, so `uv pip` will not modify it unless asked to explicitly.",
    workarounds: [
      'Activate a named conda environment (`conda activate myenv`), or pass `--system` / `--python "$CONDA_PREFIX"` to modify base deliberately.'
    ],
    related: ["astral-sh/uv#7124", "astral-sh/uv#7691"]
  },
  {
    id: "system-python-not-explicit",
    title: "`uv pip` found only system interpreters and no virtual environment",
    when: {
      tools: ["uv"],
      textContains: [
        "no virtual environment found",
        "system interpreter not explicitly requested",
        "system interpreter not explicit"
      ]
    },
    explanation: "`uv pip install`/`sync`/`uninstall` only change a virtual environment unless told otherwise. It found system interpreters but none was requested explicitly.",
    workarounds: [
      "Create and use a virtual environment: `uv venv && uv pip install \u2026`.",
      "Or target the system interpreter on purpose with `--system` (or `UV_SYSTEM_PYTHON=1`)."
    ],
    related: ["astral-sh/uv#3837", "astral-sh/uv#7907"]
  },
  {
    id: "externally-managed",
    title: "The selected interpreter is externally managed (PEP 668)",
    when: { textContains: ["is externally managed", "externally-managed-environment"] },
    explanation: "The interpreter was found, but its distribution (Debian, Ubuntu, Homebrew, Nix, Alpine\u2026) marks it with an `EXTERNALLY-MANAGED` file: packages must not be installed into it with pip-like tools.",
    workarounds: [
      "Install into a virtual environment instead: `uv venv` / `python3 -m venv .venv`.",
      "Only if you accept the risk: `--break-system-packages`."
    ],
    related: []
  },
  {
    id: "variant-mismatch",
    title: "The build variant (free-threaded or debug) does not match the request",
    when: { reasonKinds: ["variant-mismatch"] },
    explanation: "The interpreter is a free-threaded (`3.13t`) or debug (`3.11d`) build, or a GIL build was found for a free-threaded request. Default requests skip free-threaded builds before 3.14 and debug builds.",
    workarounds: [
      "Ask for the variant you mean: `--python 3.13t` (uv \u2265 0.8.18: `3.13+freethreaded`), or `3.13+gil` for the standard build.",
      "Install the standard build next to the variant (`uv python install 3.13`)."
    ],
    related: ["astral-sh/uv#8228", "astral-sh/uv#16142"]
  },
  {
    id: "unknown-os-or-libc",
    title: "The operating system or C library was not recognised",
    when: {
      textContains: [
        "unknown operating system",
        "could not detect a glibc or a musl libc",
        "couldn't detect either glibc",
        "failed to detect the operating system version"
      ]
    },
    explanation: "While querying an interpreter the tool could not classify the platform (a musl or glibc-less system such as Alpine, Termux or a distroless image, or an unusual OS), so every interpreter failed to query.",
    workarounds: [
      "Upgrade the tool: uv handles musl since 0.2.x and glibc-less systems (Termux) since 0.5.5.",
      "On Alpine, install a Python from the distribution (`apk add python3`) and pass it with `--python`."
    ],
    related: ["astral-sh/uv#1427", "astral-sh/uv#7373", "astral-sh/uv#9005"]
  },
  {
    id: "python2-unsupported",
    title: "A Python 2 (or too old) interpreter was found",
    when: { reasonKinds: ["python2-unsupported"] },
    explanation: "The tool runs its probe with options Python 2 does not know (`-I`) or refuses versions older than it supports. Such interpreters are skipped or fail the query.",
    workarounds: [
      "Request a supported version explicitly (`--python 3.12`), or remove the old interpreter from `PATH` ahead of the new one."
    ],
    related: []
  },
  {
    id: "missing-distutils",
    title: "The interpreter lacks `distutils`",
    when: { textContains: ["is missing `distutils`"] },
    explanation: "Older Pythons from distributions such as deadsnakes ship `distutils` in a separate package, and the tool needs it on these versions.",
    workarounds: [
      "Install it: `apt install python3.X-distutils` (deadsnakes) or `python3-distutils`."
    ],
    related: []
  },
  {
    id: "preference-only-managed",
    title: "Only managed interpreters are allowed",
    when: { tools: ["uv"], reasonKinds: ["managed-only"] },
    explanation: '`--managed-python`, `python-preference = "only-managed"` or `UV_PYTHON_PREFERENCE=only-managed` makes uv ignore every interpreter it did not install itself.',
    workarounds: [
      "Install one: `uv python install 3.X`, or relax the preference (`UV_PYTHON_PREFERENCE=managed`)."
    ],
    related: ["astral-sh/uv#15059"]
  },
  {
    id: "preference-only-system",
    title: "Only system interpreters are allowed",
    when: { tools: ["uv"], reasonKinds: ["system-only"] },
    explanation: '`--no-managed-python`, `python-preference = "only-system"` or `UV_PYTHON_PREFERENCE=only-system` makes uv ignore the interpreters it installed itself.',
    workarounds: [
      "Install the version from your system or a version manager and make sure it is on `PATH`, or relax the preference (`UV_PYTHON_PREFERENCE=system`)."
    ],
    related: ["astral-sh/uv#15061"]
  },
  {
    id: "no-interpreter-on-path",
    fallback: true,
    title: "No interpreter satisfying the request was found",
    when: {
      textContains: [
        "no interpreter found for",
        "no python interpreters found",
        "failed to find interpreter for",
        "interpreternotfound",
        "could not find python interpreter with spec",
        "nocompatiblepythonversionfound",
        "unable to find a compatible version",
        "no python that satisfies",
        "no executable for the provided python version"
      ]
    },
    explanation: "None of the interpreters the tool looked at satisfied the request. Either the version is not installed where the tool looks (`PATH`, the registry, the managed directory), or every candidate was turned down for one of the reasons in the log.",
    workarounds: [
      "Check what is there: `uv python list --only-installed -v` (or `which -a python3`), and install the version if it is missing (`uv python install 3.X`).",
      "Pass the interpreter you expect explicitly (`--python /full/path/to/python3.X`) to see whether it is accepted."
    ],
    related: []
  }
];

// src/core/triage/decisions.ts
var STRONG = [
  /no (?:python )?interpreters? (?:was |were )?found/,
  /no python (?:interpreters? )?(?:found|is found)/,
  /interpreter ?not ?found/,
  /(?:could not|couldn't|can ?not|can't|cannot|unable to|fails? to|failed to|does ?n[o']t|won't|didn't|never) (?:find|detect|discover|locate|recogni[sz]e|see|pick up|use|list)(?: [\w.@+-]+){0,3}? (?:pythons?|interpreters?|pyenv|conda|venv|virtual ?env)\b/,
  /nocompatiblepythonversionfound|interpreternotfound|failed to find interpreter/,
  /system interpreter (?:required|not explicitly requested|not allowed)/,
  /only (?:managed|system) interpreters allowed|only virtual environments allowed/,
  /python[- ]preference|python discovery|interpreter discovery/,
  /(?:picks?|picked|selects?|selected|uses?|used|finds?|found) (?:up )?(?:the |a )?wrong (?:python|interpreter|version)/,
  /ignor(?:es|ed|ing) (?:my |the )?(?:python|interpreter)/,
  /not (?:detecting|finding|recogni[sz]ing) (?:my |the )?(?:python|interpreter)/,
  /skipping (?:bad|unexecutable) interpreter/
];
var WEAK = [
  /\buv_python\b/,
  /--python\b|\s-p \d/,
  /\.python-version/,
  /\bwhich python\b|\bwhere python\b/,
  /\bpyenv\b/,
  /\bshims?\b/,
  /sys\.prefix|base_prefix/,
  /\bwithpackages\b/
];
var OTHER_AREAS = [
  /no solution found when resolving|because .* depends on|version solving failed|resolutionimpossible/,
  /failed to download|error sending request|connection (?:refused|reset|timed out)|dns error|certificate verify failed|ssl|proxy|http status|tcp connect/,
  /failed to build|build backend|error: command '.*' failed|setup\.py|metadata-generation-failed|subprocess-exited-with-error/,
  /modulenotfounderror|importerror|no module named/
];
function isDiscoveryIssue(facts, prose, diagnosisIds) {
  if (facts.rejected.length || facts.skipped.length) return true;
  if (diagnosisIds.some((id) => id !== "externally-managed")) return true;
  const error = (facts.finalError ?? "").toLowerCase();
  if (error && STRONG.some((re) => re.test(error))) return true;
  const text = prose.slice(0, 64 * 1024).toLowerCase();
  if (STRONG.some((re) => re.test(text))) return true;
  const weak = WEAK.filter((re) => re.test(text)).length;
  if (error && OTHER_AREAS.some((re) => re.test(error))) return false;
  return weak >= 2;
}
var REGRESSION = /\b(?:used to work|worked (?:fine |well |perfectly )?(?:before|with|in|on|until)|regression|regressed|after (?:upgrading|updating|the update)|since (?:upgrading|updating|version|v?\d+\.\d+)|broke (?:in|after|with|since)|no longer (?:works?|finds?|detects?)|stopped (?:working|finding|detecting)|downgrad(?:e|ing) to)\b/i;
function mentionsRegression(prose) {
  return REGRESSION.test(prose.slice(0, 64 * 1024));
}
var DEFAULT_LABELS = {
  discovery: "interpreter-discovery",
  platformPrefix: "platform:",
  toolPrefix: "tool:",
  needsLogs: "needs-logs",
  regression: "regression"
};
function labelsFor(d, names) {
  if (!d.discovery) return [];
  const labels = [names.discovery];
  if (d.platform !== "unknown") labels.push(`${names.platformPrefix}${d.platform}`);
  if (d.tool) labels.push(`${names.toolPrefix}${d.tool}`);
  if (d.needsLogs) labels.push(names.needsLogs);
  if (d.regression) labels.push(names.regression);
  return labels;
}
function fingerprintOf2(facts, diagnosisIds) {
  const turnedDown = [...facts.rejected, ...facts.skipped];
  const reasons = [...new Set(turnedDown.map((r) => r.kind))].sort();
  const kinds = [...new Set(turnedDown.map((r) => r.interpreterKind))].sort();
  const basis = turnedDown.length ? "" : [...diagnosisIds].sort().join(",");
  return `ig1-${stableHash(JSON.stringify([facts.tool ?? "", facts.platform, reasons, kinds, basis]))}`;
}
var UV_COMMAND = /(?:^|[\s`$>(])uv (venv|sync|run|lock|init|add|python find|python list|python install|pip install|pip sync|pip compile|tool install|tool run)\b/m;
function logRequestFor(tool, platform, text) {
  const shells = platform === "windows" ? ["powershell", "cmd"] : platform === "unknown" ? ["bash", "powershell", "cmd"] : ["bash"];
  const log = `${tool ?? "python"}-discovery.log`;
  const capture = (shell, command) => shell === "bash" ? `${command} 2>&1 | tee ${log}` : shell === "powershell" ? `${command} 2>&1 | Tee-Object -FilePath ${log}` : `${command} > ${log} 2>&1`;
  const withEnv = (shell, name, value, command) => shell === "bash" ? `${name}=${value} ${command}` : shell === "powershell" ? `$env:${name}="${value}"; ${command}` : `set ${name}=${value}&& ${command}`;
  const build = (shell) => {
    switch (tool) {
      case "uv": {
        const sub = UV_COMMAND.exec(text)?.[1] ?? "python find";
        return [
          "uv --version",
          capture(shell, withEnv(shell, "RUST_LOG", "uv=trace", `uv -v ${sub}`)),
          "uv python list --only-installed -v"
        ];
      }
      case "virtualenv":
        return [
          "virtualenv --version",
          capture(shell, "virtualenv -vvv -p 3 --no-download --no-seed debug-venv")
        ];
      case "poetry":
        return [
          "poetry --version",
          capture(shell, "poetry env use -vvv python3"),
          capture(shell, "poetry env info -vvv")
        ];
      case "pdm":
        return [
          "pdm --version",
          capture(shell, withEnv(shell, "PDM_CHECK_UPDATE", "false", "pdm use -vv"))
        ];
      case "tox":
        return ["tox --version", capture(shell, "tox -vv --notest")];
      case "pipx":
        return ["pipx --version", capture(shell, "pipx install --verbose <package>")];
      case "hatch":
        return ["hatch --version", capture(shell, "hatch -v env create")];
      case "rye":
        return ["rye --version", capture(shell, "rye -v sync")];
      case "pyenv":
        return shell === "bash" ? [
          "pyenv --version",
          "pyenv versions",
          capture(shell, "PYENV_DEBUG=1 pyenv which python3")
        ] : ["pyenv --version", "pyenv versions", "pyenv which python"];
      default:
        return shell === "bash" ? [
          "which -a python3 python",
          'python3 -c "import sys; print(sys.executable, sys.version, sys.prefix, sys.base_prefix)"'
        ] : shell === "powershell" ? [
          "Get-Command python -All",
          "py --list-paths",
          'python -c "import sys; print(sys.executable, sys.version, sys.prefix, sys.base_prefix)"'
        ] : ["where python", "py --list-paths"];
    }
  };
  return { tool, shells: shells.map((shell) => ({ shell, commands: build(shell) })) };
}

// src/core/triage/diagnose.ts
function diagnose(facts, rules, text) {
  const haystack = [facts.finalError ?? "", ...facts.finalErrorCauses, ...facts.hints, text].join("\n").toLowerCase();
  const found = [];
  for (const rule of rules) {
    const evidence = matches(rule, facts, haystack);
    if (evidence === false) continue;
    if (found.some((d) => d.id === rule.id)) continue;
    found.push({
      id: rule.id,
      title: rule.title,
      explanation: rule.explanation,
      workarounds: rule.workarounds,
      related: rule.related,
      evidence,
      fallback: rule.fallback === true
    });
  }
  const specific = found.filter((d) => !d.fallback);
  return specific.length ? specific : found;
}
function matches(rule, facts, haystack) {
  const w = rule.when;
  if (w.tools && (!facts.tool || !w.tools.includes(facts.tool))) return false;
  if (w.platforms && !w.platforms.includes(facts.platform)) return false;
  if (w.versions && !inRange(facts.toolVersion, w.versions.min, w.versions.max)) return false;
  if (w.textContains && !w.textContains.some((s) => haystack.includes(s.toLowerCase())))
    return false;
  if (!w.reasonKinds && !w.interpreterKinds && !w.pathContains) return null;
  const candidates = [...facts.rejected, ...facts.skipped];
  const hit = candidates.find(
    (r) => (!w.reasonKinds || w.reasonKinds.includes(r.kind)) && (!w.interpreterKinds || w.interpreterKinds.includes(r.interpreterKind)) && (!w.pathContains || w.pathContains.some((s) => r.path.toLowerCase().includes(s.toLowerCase())))
  );
  return hit ? hit.path : false;
}
function inRange(version2, min, max) {
  if (!version2) return false;
  if (min && compareVersions(version2, min) < 0) return false;
  if (max && compareVersions(version2, max) > 0) return false;
  return true;
}
function compareVersions(a, b) {
  const pa = a.split(/[.+-]/).map((p) => parseInt(p, 10) || 0);
  const pb = b.split(/[.+-]/).map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

// src/core/triage/extract.ts
var MAX_ISSUE_CHARS = 1024 * 1024;
var MAX_PROSE_LINE = 8192;
var ANSI = (
  // eslint-disable-next-line no-control-regex -- removing control sequences is the point
  /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g
);
var LOST_ESC = /\[\d{1,3}(?:;\d{1,3}){0,4}m/g;
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
var HEADING = /^ {0,3}#{1,6} +(.+?) *#* *$/;
var QUOTE = /^ {0,3}> ?/;
var DETAILS_TAG = /^\s*<\/?(?:details|summary)\b[^>]*>(.*?)(?:<\/summary>)?\s*$/i;
var BARE_LOG = /^\s*(?:\d+\.\d+s +)?(?:TRACE|DEBUG|INFO|WARN|ERROR) \S|^\s*(?:error|warning|hint): \S|^\s*Caused by: |^\s*[×╰├]─?[▶>]? ?\S|^\d+ .+ \[(?:DEBUG|INFO|WARNING|ERROR|NOTSET) +[\w./-]+:\d+\]$|^pipx >\(|^pyenv: |^RuntimeError: failed to find interpreter/;
function stripAnsi(text) {
  const withoutEsc = text.includes("\x1B") ? text.replace(ANSI, "") : text;
  return /\[\d{1,3}m/.test(withoutEsc.slice(0, 1e5)) ? withoutEsc.replace(LOST_ESC, "") : withoutEsc;
}
function stripHtmlComments(text) {
  let out = "";
  let at = 0;
  for (; ; ) {
    const open2 = text.indexOf("<!--", at);
    if (open2 < 0) return out + text.slice(at);
    out += text.slice(at, open2);
    const close = text.indexOf("-->", open2 + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}
function capText(text, max) {
  if (text.length <= max) return { text, truncated: null };
  const half = Math.floor(max / 2);
  const omitted = text.length - 2 * half;
  return {
    text: `${text.slice(0, half)}
[\u2026 ${omitted} characters omitted by interpreter-guard \u2026]
${text.slice(text.length - half)}`,
    truncated: { originalLength: text.length }
  };
}
function extractIssue(markdown, maxChars = MAX_ISSUE_CHARS) {
  const capped = capText(markdown, maxChars);
  const unified = capped.text.includes("\r") ? capped.text.replace(/\r\n?/g, "\n") : capped.text;
  const text = stripHtmlComments(stripAnsi(unified));
  const blocks = [];
  const prose = [];
  const form = {};
  let heading = null;
  let sectionLines = [];
  let fence = null;
  let indented = null;
  let bare = null;
  let previousBlank = true;
  const endSection = () => {
    if (heading !== null) {
      const value = sectionLines.join("\n").trim();
      if (value && value !== "_No response_" && !(heading in form))
        form[heading] = value.slice(0, 4e3);
    }
    sectionLines = [];
  };
  const flushIndented = () => {
    if (indented?.length) blocks.push({ source: "indented", info: "", text: indented.join("\n") });
    indented = null;
  };
  const flushBare = () => {
    if (bare?.length) blocks.push({ source: "bare", info: "", text: bare.join("\n") });
    bare = null;
  };
  for (const original of text.split("\n")) {
    let line = original;
    while (startsAfterIndent(line, ">") && QUOTE.test(line)) line = line.replace(QUOTE, "");
    if (fence) {
      const close = startsAfterIndent(line, fence.char) ? FENCE.exec(line) : null;
      if (close && (close[1] ?? "")[0] === fence.char && (close[1] ?? "").length >= fence.length && !(close[2] ?? "").trim()) {
        blocks.push({ source: "fenced", info: fence.info, text: fence.lines.join("\n") });
        sectionLines.push("[code block]");
        fence = null;
      } else {
        fence.lines.push(line);
      }
      continue;
    }
    const open2 = startsAfterIndent(line, "`") || startsAfterIndent(line, "~") ? FENCE.exec(line) : null;
    if (open2) {
      flushIndented();
      flushBare();
      const marker = open2[1] ?? "```";
      if (!(marker[0] === "`" && (open2[2] ?? "").includes("`"))) {
        fence = {
          char: marker[0] ?? "`",
          length: marker.length,
          info: (open2[2] ?? "").trim().slice(0, 100),
          lines: []
        };
        continue;
      }
    }
    const blank = !line.trim();
    if ((indented || previousBlank) && /^(?: {4}|\t)/.test(line) && !blank) {
      flushBare();
      (indented ??= []).push(line.replace(/^(?: {4}|\t)/, ""));
      previousBlank = false;
      continue;
    }
    if (indented && blank) {
      indented.push("");
      previousBlank = true;
      continue;
    }
    flushIndented();
    const details = line.includes("<") ? DETAILS_TAG.exec(line) : null;
    if (details) line = details[1] ?? "";
    const h = startsAfterIndent(line, "#") ? HEADING.exec(line) : null;
    if (h) {
      flushBare();
      endSection();
      heading = (h[1] ?? "").trim().toLowerCase().slice(0, 200);
      previousBlank = true;
      continue;
    }
    if (mayStartLogLine(line) && BARE_LOG.test(line)) {
      (bare ??= []).push(line);
      sectionLines.push(line);
      previousBlank = false;
      continue;
    }
    if (bare && !blank && /^\s|^\[(?:stdout|stderr)\]$/.test(line)) {
      bare.push(line);
      sectionLines.push(line);
      continue;
    }
    if (bare && blank) bare.push("");
    else flushBare();
    prose.push(line.length > MAX_PROSE_LINE ? line.slice(0, MAX_PROSE_LINE) : line);
    sectionLines.push(line);
    previousBlank = blank;
  }
  if (fence) blocks.push({ source: "fenced", info: fence.info, text: fence.lines.join("\n") });
  flushIndented();
  flushBare();
  endSection();
  return {
    prose: prose.join("\n"),
    blocks,
    form,
    logText: blocks.map((b) => b.text).join("\n"),
    truncated: capped.truncated
  };
}
function startsAfterIndent(line, char) {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  return line[i] === char;
}
var LOG_STARTS = new Set("TDIWEewhCx\xD7\u2570\u251C0123456789pR");
function mayStartLogLine(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return LOG_STARTS.has(line.charAt(i));
}

// src/core/triage/path-kind.ts
var RULES2 = [
  [
    /\/microsoft\/windowsapps\/|\/program files\/windowsapps\/pythonsoftwarefoundation/,
    "windows-store-shim"
  ],
  [/\/nix\/store\/[0-9a-z]{32}-[^/]*-env(?:\/|$)/, "nix-env"],
  [/\/nix\/store\/[0-9a-z]{32}-/, "nix-store"],
  [
    /\/\.nix-profile\/|\/etc\/profiles\/per-user\/|\/run\/current-system\/sw\/|\/nix\/var\/nix\/profiles\//,
    "nix-store"
  ],
  [/\/\.pyenv\/(?:pyenv-win\/)?shims\/|\/\.asdf\/shims\/|\/mise\/shims\//, "shim"],
  [/\/\.pyenv\/versions\/[^/]+\/envs\//, "venv"],
  [
    /\/\.pyenv\/(?:pyenv-win\/)?versions\/|\/\.asdf\/installs\/python\/|\/mise\/installs\/python\//,
    "pyenv"
  ],
  [/\/uv\/(?:data\/)?python\/(?:cpython|pypy|graalpy)-|\/\.rye\/py\//, "uv-managed"],
  [
    /\/(?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge|micromamba|conda|\.conda|\.pixi)\/envs\/[^/]+\//,
    "conda-env"
  ],
  [
    /\/(?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge)\/(?:bin\/|python(?:\.exe)?$)|^\/opt\/conda\/bin\//,
    "conda-base"
  ],
  [
    /(?:^|\/)\.?venv\/(?:bin|scripts)\/|\/\.tox\/[^/]+\/(?:bin|scripts)\/|\/virtualenvs\/|\/\.virtualenvs\/|\/pipx\/venvs\/|\/hatch\/env\/|\/pypoetry\/virtualenvs\//,
    "venv"
  ],
  [
    /^\/opt\/homebrew\/|^\/usr\/local\/cellar\/|^\/usr\/local\/opt\/python|\/linuxbrew\//,
    "homebrew"
  ],
  [/\/library\/frameworks\/python\.framework\/|python3\.framework\//, "framework"],
  [
    /^[a-z]:\/python\d*\/|\/program files(?: \(x86\))?\/python|\/appdata\/local\/programs\/python\//,
    "registry"
  ],
  [/^\/(?:usr\/)?(?:local\/)?bin\/|^\/opt\/hostedtoolcache\/python\//, "system"]
];
function kindOfPath(path) {
  const p = path.replace(/\\/g, "/").toLowerCase();
  for (const [pattern, kind] of RULES2) if (pattern.test(p)) return kind;
  return "unknown";
}

// src/core/triage/facts.ts
var LIST_CAP = 200;
function factsOf(events, text) {
  const kinds = /* @__PURE__ */ new Map();
  const kindOfPath2 = (path) => {
    let kind = kinds.get(path);
    if (kind === void 0) kinds.set(path, kind = kindOfPath(path));
    return kind;
  };
  const tool = detectTool(events, text);
  const own2 = (e) => !tool || e.tool === tool || e.tool === "pyenv" || tool === "pdm" && e.tool === "findpython" || tool === "tox" && e.tool === "virtualenv";
  const found = /* @__PURE__ */ new Map();
  const rejected = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  let selected = null;
  let finalError = null;
  let request = null;
  for (const e of events) {
    if (!own2(e)) continue;
    switch (e.type) {
      case "found":
        if (!found.has(e.path) && found.size < LIST_CAP)
          found.set(e.path, {
            path: e.path,
            key: e.key,
            version: e.version,
            source: e.source,
            interpreterKind: kindOfPath2(e.path)
          });
        break;
      case "rejected":
      case "skipped": {
        const target = e.type === "rejected" ? rejected : skipped;
        const id = `${e.reasonKind}\0${e.path}`;
        if (!target.has(id) && target.size < LIST_CAP)
          target.set(id, {
            path: e.path,
            reason: e.reason,
            kind: e.reasonKind,
            source: e.source,
            interpreterKind: kindOfPath2(e.path)
          });
        break;
      }
      case "query-failed": {
        const id = `${e.reasonKind}\0${e.path}`;
        const reason = e.detail.split("\n").find((l) => l.trim())?.trim() ?? "query failed";
        if (!rejected.has(id) && rejected.size < LIST_CAP)
          rejected.set(id, {
            path: e.path,
            reason,
            kind: e.reasonKind,
            source: null,
            interpreterKind: e.interpreterKind ?? kindOfPath2(e.path)
          });
        break;
      }
      case "selected":
        selected = { path: e.path, version: e.version, interpreterKind: kindOfPath2(e.path) };
        break;
      case "final-error":
        finalError = e;
        break;
      case "request":
      case "search":
        request ??= e.request;
        break;
      case "tool-version":
        break;
    }
  }
  const mentions = [
    ...found.values(),
    ...rejected.values(),
    ...skipped.values(),
    ...selected ? [selected] : []
  ];
  const { platform, evidence } = detectPlatform({
    paths: mentions.map((m) => m.path),
    interpreterKinds: mentions.map((m) => m.interpreterKind),
    logText: text.logText,
    prose: text.prose,
    form: text.form
  });
  const fe = finalError;
  return {
    tool,
    toolVersion: tool ? detectToolVersion(tool, events, text) : null,
    platform,
    platformEvidence: evidence,
    request,
    found: [...found.values()],
    rejected: [...rejected.values()],
    skipped: [...skipped.values()],
    selected,
    finalError: fe?.message ?? null,
    finalErrorCauses: fe?.causes ?? [],
    hints: fe?.hints ?? [],
    hasDiscoveryLog: events.some(
      (e) => DISCOVERY_LOG_EVENTS.has(e.type) && e.tool !== "pyenv" && !(e.type === "query-failed" && e.fromError)
    ),
    eventCount: events.length
  };
}
var COMMANDS = [
  [
    /(?:^|[\s`$>(])uv(?:\.exe)? (?:-[-\w]+ )*(?:venv|sync|run|pip|python|init|add|lock|tool|tree|export|build|publish|self)\b/m,
    "uv"
  ],
  [/(?:^|[\s`$>(])uvx (?:--?[\w-]+ )*\w/m, "uv"],
  [/(?:^|[\s`$>(])virtualenv (?:-[-\w]+ ?)*/m, "virtualenv"],
  [/(?:^|[\s`$>(])poetry (?:env|install|lock|add|run|shell|update|show|sync)\b/m, "poetry"],
  [/(?:^|[\s`$>(])pdm (?:use|install|add|lock|sync|run|venv|init|python)\b/m, "pdm"],
  [/(?:^|[\s`$>(])pipx (?:install|run|reinstall|upgrade|inject|list)\b/m, "pipx"],
  [/(?:^|[\s`$>(])tox(?: -[-\w]+| run| -e)/m, "tox"],
  [/(?:^|[\s`$>(])hatch (?:env|run|shell|python|build|test)\b/m, "hatch"],
  [/(?:^|[\s`$>(])rye (?:sync|pin|toolchain|run|init|add)\b/m, "rye"],
  [/(?:^|[\s`$>(])pyenv (?:install|global|local|shell|versions|which|exec)\b/m, "pyenv"]
];
function detectTool(events, text) {
  const versioned = events.find((e) => e.type === "tool-version" && e.tool !== "pyenv");
  if (versioned) return versioned.tool;
  const counts = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (e.tool === "pyenv" || e.type === "tool-version") continue;
    const tool = e.tool === "findpython" ? "pdm" : e.tool;
    counts.set(tool, (counts.get(tool) ?? 0) + (e.type === "final-error" ? 1 : 2));
  }
  const byEvents = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (byEvents) return byEvents[0];
  for (const [key, value] of Object.entries(text.form)) {
    for (const tool of TOOL_NAMES)
      if (key.startsWith(`${tool} version`) || key === tool) return tool;
    if (/^(?:tool|which tool|package manager)/.test(key)) {
      const named = TOOL_NAMES.find((t) => new RegExp(`\\b${t}\\b`, "i").test(value));
      if (named) return named;
    }
  }
  const words = `${text.prose.slice(0, 64 * 1024)}
${text.logText.slice(0, 16 * 1024)}`;
  const commands = /* @__PURE__ */ new Map();
  for (const [re, tool] of COMMANDS) {
    if (re.test(words)) commands.set(tool, (commands.get(tool) ?? 0) + 1);
  }
  const byCommand = [...commands].sort((a, b) => b[1] - a[1])[0];
  if (byCommand) return byCommand[0];
  for (const [key, value] of Object.entries(text.form)) {
    if (!key.includes("version")) continue;
    const named = /^\s*([a-z]+)\b/i.exec(value)?.[1]?.toLowerCase();
    const tool = TOOL_NAMES.find((t) => t === named);
    if (tool) return tool;
  }
  if (events.some((e) => e.tool === "pyenv")) return "pyenv";
  const mentions = /* @__PURE__ */ new Map();
  for (const m of text.prose.slice(0, 1e5).matchAll(/\b(uv|virtualenv|poetry|pdm|pipx|tox|hatch|rye)\b/gi)) {
    const tool = (m[1] ?? "").toLowerCase();
    mentions.set(tool, (mentions.get(tool) ?? 0) + 1);
  }
  return [...mentions].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
function detectToolVersion(tool, events, text) {
  const fromLog = events.find(
    (e) => e.type === "tool-version" && e.tool === tool
  );
  if (fromLog) return fromLog.version;
  const versionOf = (s) => /(?:^|[^\d.])(\d+\.\d+\.\d+(?:[.-]?(?:a|b|rc|dev|post)\d*)?)(?![\d.])/.exec(s)?.[1] ?? null;
  for (const [key, value] of Object.entries(text.form)) {
    if (key === "version" || key === `${tool} version` || key.includes("version") && key.includes(tool)) {
      const v = versionOf(value);
      if (v) return v;
    }
  }
  const inText = new RegExp(
    `\\b${tool}(?:,? version|,? v| \\(version)? ?(\\d+\\.\\d+\\.\\d+(?:[-+.]?[0-9A-Za-z]+)*)`,
    "im"
  ).exec(`${text.prose}
${text.logText.slice(0, 1e5)}`);
  return inText?.[1] ?? null;
}

// src/core/triage/redact.ts
var SECRETS = [
  [/\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g, "<redacted-token>"],
  [/\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g, "<redacted-token>"],
  [/\bglpat-[A-Za-z0-9_-]{20,64}\b/g, "<redacted-token>"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,255}\b/g, "<redacted-token>"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "<redacted-key>"],
  [/\bsk-[A-Za-z0-9_-]{20,255}\b/g, "<redacted-key>"],
  [/\bpypi-[A-Za-z0-9_-]{20,255}\b/g, "<redacted-token>"],
  [/\b(Bearer|token|Basic) [A-Za-z0-9._~+/-]{16,}=*/g, "$1 <redacted>"],
  [
    /\b((?:[A-Z_]{0,40}(?:TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|AUTH)[A-Z_]{0,40}) {0,8}[=:] {0,8})("[^"\n]{0,200}"|'[^'\n]{0,200}'|\S{1,200})/gi,
    "$1<redacted>"
  ],
  [/\b([a-z][a-z0-9+.-]{1,20}:\/\/)[^\s/@:]{1,100}:[^\s/@]{1,200}@/gi, "$1<redacted>@"]
];
var HOME_POSIX = /(\/(?:var\/)?home|\/Users)\/([^/\s`'"<>:;,]{1,64})/g;
var HOME_WINDOWS = /\b([A-Za-z]:[\\/]+Users[\\/]+)([^\\/\s`'"<>:;,]{1,64})/gi;
var NOT_USERS = /* @__PURE__ */ new Set([
  "shared",
  "public",
  "default",
  "all users",
  "<user>",
  "runner",
  "user",
  "username"
]);
function makeRedactor(fullText) {
  const names = /* @__PURE__ */ new Set();
  for (const re of [HOME_POSIX, HOME_WINDOWS]) {
    re.lastIndex = 0;
    for (const m of fullText.slice(0, 2e6).matchAll(re)) {
      const name = m[2] ?? "";
      if (name.length >= 3 && !NOT_USERS.has(name.toLowerCase())) names.add(name);
      if (names.size >= 20) break;
    }
  }
  const nameList = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const nameRe = nameList.length ? new RegExp(`(?<![\\w.-])(?:${nameList.join("|")})(?![\\w-])`, "g") : null;
  return (text) => {
    let out = text.replace(
      HOME_POSIX,
      (_m, _root, name) => NOT_USERS.has(name.toLowerCase()) ? _m : "~"
    );
    out = out.replace(
      HOME_WINDOWS,
      (_m, root, name) => NOT_USERS.has(name.toLowerCase()) ? _m : `${root}<user>`
    );
    out = out.replace(/\b[\w.-]{1,64}@[\w.-]{1,253}:(?=~|\/|\s*\$)/g, "<user>@<host>:");
    out = out.replace(/^(Linux|Darwin|FreeBSD) \S{1,253} (\d+\.\d+)/gm, "$1 <host> $2");
    for (const [re, replacement] of SECRETS) out = out.replace(re, replacement);
    if (nameRe) out = out.replace(nameRe, "<user>");
    return out;
  };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/core/triage/markdown.ts
function escapeText(text) {
  return oneLine(text).replace(/[\\`*_{}[\]()#+!|>]/g, "\\$&").replace(/~~/g, "\\~\\~").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@/g, "&#64;");
}
function inlineCode(text, options = {}) {
  let body = oneLine(text);
  if (options.inTable) body = body.replace(/\|/g, "\\|");
  if (!body) return "` `";
  const fence = "`".repeat(longestRun(body, "`") + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, info = "") {
  const fence = "`".repeat(Math.max(3, longestRun(text, "`") + 1));
  const safeInfo = info.replace(/[^\w+-]/g, "");
  return `${fence}${safeInfo}
${text.replace(/\r/g, "")}
${fence}`;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}
function longestRun(text, char) {
  let longest = 0;
  let run3 = 0;
  for (const c of text) {
    run3 = c === char ? run3 + 1 : 0;
    if (run3 > longest) longest = run3;
  }
  return longest;
}

// src/core/triage/render.ts
var COMMENT_MARKER = "<!-- interpreter-guard:triage -->";
var STATE_OPEN = "<!-- interpreter-guard:state ";
var MAX_COMMENT = 65536;
var MAX_ROWS = 15;
var PLATFORM_NAMES = {
  nix: "Nix / NixOS",
  conda: "conda",
  docker: "a container",
  wsl: "WSL",
  windows: "Windows",
  macos: "macOS",
  linux: "Linux",
  unknown: "an unknown platform"
};
function renderComment(result, diagnoses, options) {
  const r = (text, max = 300) => options.redact(text.length > max ? `${text.slice(0, max)}\u2026` : text);
  const out = [COMMENT_MARKER];
  const tool = result.tool ? inlineCode(result.toolVersion ? `${result.tool} ${result.toolVersion}` : result.tool) : "unknown tool";
  out.push(
    `**interpreter-guard** read this issue: ${tool} on ${PLATFORM_NAMES[result.platform]}${result.regression ? ", reported as a regression" : ""}.`
  );
  for (const notice of options.notices ?? []) out.push("", notice);
  for (const d of diagnoses.slice(0, 3)) {
    out.push("", `#### Likely cause: ${d.title}`, "", d.explanation);
    if (d.evidence) out.push("", `Seen for ${inlineCode(r(d.evidence, 200))}.`);
    if (d.workarounds.length) out.push("", "**What helps**", ...d.workarounds.map((w) => `- ${w}`));
    if (d.related.length) {
      const refs = d.related.map((ref) => options.linkRelated ? ref : inlineCode(ref));
      out.push("", `Related: ${refs.join(", ")}`);
    }
  }
  if (result.hasLog) out.push("", ...logSummary(result, r));
  else if (result.finalError) out.push("", `**Error:** ${inlineCode(r(result.finalError, 500))}`);
  if (result.needsLogs && result.logRequest) {
    out.push(
      "",
      "#### Please add a verbose log",
      "",
      "The log that shows which interpreters were found and why each was turned down is missing. Please run the following and paste the output (or attach the file):"
    );
    const named = result.logRequest.shells.length > 1;
    for (const { shell, commands } of result.logRequest.shells) {
      if (named)
        out.push(
          "",
          `${shell === "bash" ? "bash / zsh" : shell === "powershell" ? "PowerShell" : "cmd.exe"}:`
        );
      out.push("", codeBlock(commands.join("\n"), shell === "cmd" ? "bat" : shell));
    }
    out.push(
      "",
      "Home directories are fine to leave in; this bot redacts user names and tokens when it quotes the log."
    );
  }
  if (result.discovery) {
    const evidence = result.platformEvidence.slice(0, 4).map((e) => escapeText(r(e, 120)));
    out.push(
      "",
      "<details><summary>How this was worked out</summary>",
      "",
      `- Platform: ${PLATFORM_NAMES[result.platform]}${evidence.length ? ` (${evidence.join("; ")})` : ""}`,
      `- Fingerprint: ${inlineCode(result.fingerprint)} (shared by issues with the same tool, platform and reasons)`,
      `- Labels: ${result.labels.length ? result.labels.map((l) => inlineCode(l)).join(", ") : "none"}`,
      ...result.truncatedFrom ? [
        `- The issue was ${result.truncatedFrom} characters long; only its beginning and end were read.`
      ] : [],
      "",
      "</details>"
    );
  }
  const state = {
    v: 1,
    fingerprint: result.fingerprint,
    labels: result.labels,
    diagnoses: diagnoses.map((d) => d.id),
    needsLogs: result.needsLogs
  };
  out.push("", `${STATE_OPEN}${encodeState(state)} -->`);
  return fitBudget(out.join("\n"));
}
function logSummary(result, r) {
  const lines = ["#### What the log shows", ""];
  if (result.request) lines.push(`- Request: ${inlineCode(r(result.request, 200))}`);
  lines.push(
    `- Interpreters found: ${result.found.length}; turned down: ${result.rejected.length + result.skipped.length}`
  );
  lines.push(`- Selected: ${result.selected ? inlineCode(r(result.selected.path, 200)) : "none"}`);
  if (result.finalError) lines.push(`- Error: ${inlineCode(r(result.finalError, 500))}`);
  const rows = [...result.rejected, ...result.skipped];
  if (rows.length) {
    lines.push("", "| Interpreter | Looks like | Why it was turned down |", "| --- | --- | --- |");
    for (const row of rows.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${inlineCode(r(row.path, 200), { inTable: true })} | ${row.interpreterKind} | ${inlineCode(r(row.reason, 200), { inTable: true })} (${REASON_KIND_TEXT[row.kind]}) |`
      );
    }
    if (rows.length > MAX_ROWS) lines.push("", `\u2026and ${rows.length - MAX_ROWS} more.`);
  }
  return lines;
}
function encodeState(state) {
  return JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/--/g, "-\\u002d");
}
function fitBudget(body) {
  if (body.length <= MAX_COMMENT) return body;
  const tail = body.slice(body.lastIndexOf(STATE_OPEN));
  return `${body.slice(0, MAX_COMMENT - tail.length - 40)}

\u2026(shortened)

${tail}`;
}

// src/core/triage/result.ts
var TRIAGE_SCHEMA_ID = "interpreter-guard/triage@1";
var str3 = nullable(string2());
var Mention = { path: string2(), interpreterKind: InterpreterKind };
var TurnedDown = object({
  ...Mention,
  reason: string2(),
  kind: _enum(REASON_KINDS),
  source: str3
});
var TriageResult = object({
  schema: literal(TRIAGE_SCHEMA_ID),
  discovery: boolean2(),
  hasLog: boolean2(),
  needsLogs: boolean2(),
  regression: boolean2(),
  tool: nullable(_enum(TOOL_NAMES)),
  toolVersion: str3,
  platform: _enum(PLATFORMS),
  platformEvidence: array(string2()),
  request: str3,
  found: array(object({ ...Mention, key: str3, version: str3, source: str3 })),
  rejected: array(TurnedDown),
  skipped: array(TurnedDown),
  selected: nullable(object({ ...Mention, version: str3 })),
  finalError: str3,
  finalErrorCauses: array(string2()),
  labels: array(string2()),
  fingerprint: string2(),
  diagnoses: array(object({ id: string2(), title: string2(), evidence: str3 })),
  logRequest: nullable(
    object({
      tool: nullable(_enum(TOOL_NAMES)),
      shells: array(
        object({ shell: _enum(["bash", "powershell", "cmd"]), commands: array(string2()) })
      )
    })
  ),
  /** Set when the input was longer than the cap and its middle was not read. */
  truncatedFrom: nullable(int())
});

// src/core/triage/index.ts
var MAX_LOG_CHARS = 25 * 1024 * 1024;
function triageIssue(markdown, options = {}) {
  return run2(extractIssue(markdown), options);
}
function triageLog(log, options = {}) {
  const capped = capText(log, MAX_LOG_CHARS);
  const text = stripAnsi(
    capped.text.includes("\r") ? capped.text.replace(/\r\n?/g, "\n") : capped.text
  );
  return run2(
    {
      prose: "",
      blocks: [{ source: "bare", info: "", text }],
      form: {},
      logText: text,
      truncated: capped.truncated
    },
    options
  );
}
function run2(text, options) {
  const events = parseLogs(text.logText);
  const facts = factsOf(events, text);
  const rules = [...BUILTIN_RULES, ...options.extraRules ?? []];
  const diagnoses = diagnose(
    facts,
    rules,
    `${headAndTail2(text.logText, 256 * 1024)}
${text.prose}`
  );
  const ids = diagnoses.map((d) => d.id);
  const discovery = isDiscoveryIssue(facts, text.prose, ids);
  const explained = diagnoses.some((d) => !d.fallback);
  const needsLogs = discovery && !facts.hasDiscoveryLog && !explained;
  const regression = discovery && mentionsRegression(text.prose);
  const result = {
    schema: TRIAGE_SCHEMA_ID,
    discovery,
    hasLog: facts.hasDiscoveryLog,
    needsLogs,
    regression,
    tool: facts.tool,
    toolVersion: facts.toolVersion,
    platform: facts.platform,
    platformEvidence: facts.platformEvidence,
    request: facts.request,
    found: facts.found,
    rejected: facts.rejected,
    skipped: facts.skipped,
    selected: facts.selected,
    finalError: facts.finalError,
    finalErrorCauses: facts.finalErrorCauses,
    labels: labelsFor(
      { discovery, needsLogs, regression, platform: facts.platform, tool: facts.tool },
      options.labels ?? DEFAULT_LABELS
    ),
    fingerprint: fingerprintOf2(facts, ids),
    diagnoses: diagnoses.map((d) => ({ id: d.id, title: d.title, evidence: d.evidence })),
    logRequest: needsLogs ? logRequestFor(
      facts.tool,
      facts.platform,
      `${text.prose}
${text.logText.slice(0, 1e5)}`
    ) : null,
    truncatedFrom: text.truncated?.originalLength ?? null
  };
  const quoted = [
    result.request ?? "",
    result.finalError ?? "",
    ...result.finalErrorCauses,
    ...result.platformEvidence,
    ...[...result.found, ...result.rejected, ...result.skipped].map((m) => m.path),
    result.selected?.path ?? ""
  ];
  const redact = makeRedactor(`${text.prose}
${quoted.join("\n")}`);
  const comment = renderComment(result, discovery ? diagnoses : [], {
    redact,
    linkRelated: options.linkRelated,
    notices: options.notices
  });
  return { result, diagnoses, comment };
}
function headAndTail2(text, each) {
  return text.length <= 2 * each ? text : `${text.slice(0, each)}
${text.slice(-each)}`;
}

// src/cli/triage.ts
var TRIAGE_HELP = `Usage: interpreter-guard triage [options] [FILE|-]

Reads an issue body (Markdown, as GitHub stores it) or a raw log from FILE or standard input,
parses the discovery logs in it (uv, virtualenv, pdm/findpython, poetry, tox, pipx, pyenv),
and prints the triage comment: what the log shows, the likely cause and what helps, or which
commands would produce the missing log.

Options:
  --json       print the result object (interpreter-guard/triage@1) instead of the comment
  --log        treat the input as one raw log, not Markdown (default: a .log/.txt FILE)
  --markdown   treat the input as Markdown even for a .log/.txt FILE
  -h, --help   show this help

Input over 25 MB is refused; an issue body over 1 MB is read at its beginning and end.
`;
async function runTriage(args, io, readStdin2) {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: "boolean" }, log: { type: "boolean" }, markdown: { type: "boolean" } },
    "triage",
    true
  );
  if (positionals.length > 1)
    throw new UsageError("triage: give one FILE (or - for standard input)");
  if (values.log && values.markdown)
    throw new UsageError("triage: --log and --markdown exclude each other");
  const source = positionals[0] ?? "-";
  const text = source === "-" ? await readStdin2() : await readInput(resolve6(io.cwd, source));
  const asLog = values.log || !values.markdown && source !== "-" && /\.(?:log|txt)$/i.test(source);
  const { result, comment } = asLog ? triageLog(text) : triageIssue(text);
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}
` : `${comment}
`);
  return 0;
}
async function readInput(file) {
  let size;
  try {
    size = (await stat3(file)).size;
  } catch (error) {
    throw new UsageError(
      `triage: cannot read ${file}: ${error.code ?? error.message}`
    );
  }
  if (size > MAX_LOG_CHARS)
    throw new UsageError(`triage: ${file} is ${size} bytes; the limit is ${MAX_LOG_CHARS}`);
  return readFile4(file, "utf8");
}

// src/cli/main.ts
var HELP = `interpreter-guard ${VERSION}: finds every Python interpreter on this machine and says what each one is.

Usage: interpreter-guard <command> [options]

Commands:
  discover   inventory this machine's interpreters (table, or --json report)
  fixtures   build real interpreter layouts (venv, Nix envs, conda, shims, broken ones) for tests
  triage     read an issue or a log: what it shows, the likely cause, what to do (--json for data)

Run 'interpreter-guard <command> --help' for a command's options.
`;
var COMMANDS2 = {
  discover: { run: runDiscover, help: DISCOVER_HELP },
  fixtures: { run: runFixtures, help: FIXTURES_HELP },
  triage: { run: (args, io) => runTriage(args, io, io.readStdin), help: TRIAGE_HELP }
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-V") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const entry = COMMANDS2[command];
  if (!entry) {
    io.stderr(`interpreter-guard: unknown command "${command}"

${HELP}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(entry.help);
    return 0;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`interpreter-guard: ${error.message}
`);
      return 2;
    }
    io.stderr(`interpreter-guard ${command}: ${error.message}
`);
    return 1;
  }
}

// src/cli/io.ts
import { availableParallelism, homedir, userInfo } from "node:os";
function processIo() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: !!process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
    platform: process.platform,
    home: process.env.HOME ?? process.env.USERPROFILE ?? homedir(),
    user: process.env.USER ?? process.env.USERNAME ?? safeUser(),
    cpus: availableParallelism(),
    readStdin
  };
}
function safeUser() {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
var MAX_STDIN = 25 * 1024 * 1024;
async function readStdin() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk;
    size += buffer.length;
    if (size > MAX_STDIN) throw new Error(`standard input is over ${MAX_STDIN} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), processIo());
