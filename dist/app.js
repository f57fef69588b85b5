import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  attachmentFetcher,
  issuePort,
  parseTriageConfig,
  readIssueEvent,
  statusOf,
  triageThread,
  unreadableConfig
} from "./chunks/chunk-FJ4AY6MT.js";
import {
  pRetry
} from "./chunks/chunk-EZS5K6N4.js";
import "./chunks/chunk-Q7I6SJ4M.js";
import "./chunks/chunk-RCXO3FIE.js";
import "./chunks/chunk-V3IDQTPU.js";
import "./chunks/chunk-TX6BET3S.js";
import "./chunks/chunk-GFEQNXH2.js";
import "./chunks/chunk-2VOHXSCD.js";
import "./chunks/chunk-IDZS62K4.js";
import {
  ZodMiniBigInt,
  ZodMiniBoolean,
  ZodMiniDate,
  ZodMiniNumber,
  ZodMiniString,
  _coercedBigint,
  _coercedBoolean,
  _coercedDate,
  _coercedNumber,
  _coercedString,
  _gte,
  _lte,
  int
} from "./chunks/chunk-ZA7TPQS4.js";
import {
  __export
} from "./chunks/chunk-7RDAVAKQ.js";

// node_modules/zod/v4/mini/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint,
  boolean: () => boolean,
  date: () => date,
  number: () => number,
  string: () => string
});
// @__NO_SIDE_EFFECTS__
function string(params) {
  return _coercedString(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number(params) {
  return _coercedNumber(ZodMiniNumber, params);
}
// @__NO_SIDE_EFFECTS__
function boolean(params) {
  return _coercedBoolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function bigint(params) {
  return _coercedBigint(ZodMiniBigInt, params);
}
// @__NO_SIDE_EFFECTS__
function date(params) {
  return _coercedDate(ZodMiniDate, params);
}

// src/github/transient.ts
function isTransient(error) {
  const status = statusOf(error);
  return status !== null && (status >= 500 || status === 429);
}
function againOnTransient(work, options) {
  return pRetry(work, {
    retries: options.retries,
    minTimeout: options.delayMs,
    factor: 2,
    randomize: false,
    shouldRetry: ({ error }) => isTransient(error),
    onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
      if (retriesLeft > 0 && isTransient(error))
        options.onRetry(
          `attempt ${attemptNumber} failed (HTTP ${statusOf(error)}: ${error.message.slice(0, 200)}); running the triage again`
        );
    }
  });
}

// src/app/identity.ts
var OwnLogin = class {
  /** @param slug asks GitHub for the app's slug (`GET /app`, authenticated as the app) */
  constructor(slug) {
    this.slug = slug;
  }
  slug;
  login = null;
  /** The login, asked once; a failed request is asked again at the next call. */
  get() {
    this.login ??= this.slug().then(
      (slug) => {
        if (!/^[a-z0-9][a-z0-9-]*$/i.test(slug)) throw new Error(`GET /app: unusable slug ${slug}`);
        return `${slug}[bot]`;
      },
      (error) => {
        this.login = null;
        throw error;
      }
    );
    return this.login;
  }
};

// src/app/intake.ts
var MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
var DEFAULT_INTAKE = {
  maxBytes: MAX_WEBHOOK_BYTES,
  smallBytes: 1024 * 1024,
  smallBudgetBytes: 16 * 1024 * 1024,
  budgetBytes: 2 * MAX_WEBHOOK_BYTES,
  readTimeoutMs: 3e4
};
var DROP_MS = 250;
var LINGER_MS = 2e3;
var SIGNATURE = /^sha256=[0-9a-f]{64}$/i;
var JSON_TYPE = /^\s*application\/json\s*(?:;|$)/i;
var decoder = new TextDecoder("utf-8", { fatal: false });
function guardWebhooks(inner, options) {
  const held = { small: 0, large: 0 };
  const limit = { small: options.smallBudgetBytes, large: options.budgetBytes };
  const path = pathOf(options.path);
  return async (req, res, ...rest) => {
    if (req.method !== "POST" || pathOf(req.url) !== path) return inner(req, res, ...rest);
    closeWhenUnread(req, res);
    const signature = header(req, "x-hub-signature-256");
    if (!JSON_TYPE.test(header(req, "content-type") ?? "") || !signature || !header(req, "x-github-event") || !header(req, "x-github-delivery"))
      return inner(req, res, ...rest);
    if (!SIGNATURE.test(signature))
      return refuse(res, 400, "x-hub-signature-256 is not an HMAC-SHA256 signature");
    const declared = header(req, "content-length");
    const length = declared === void 0 ? null : Number(declared);
    if (length !== null && !(Number.isSafeInteger(length) && length >= 0))
      return refuse(res, 400, "invalid content-length");
    if (length !== null && length > options.maxBytes) return tooLarge(res, options);
    let pool = (length ?? 0) > options.smallBytes ? "large" : "small";
    if (held[pool] + (length ?? 0) > limit[pool]) return busy(res, options);
    const read2 = await readBody(req, length, options, (bytes, size) => {
      if (pool === "small" && size > options.smallBytes) {
        held.small -= size - bytes;
        held.large += size - bytes;
        pool = "large";
      }
      held[pool] += bytes;
      return held[pool] <= limit[pool];
    });
    if (read2 === "too-large") return tooLarge(res, options);
    if (read2 === "busy") return busy(res, options);
    if (read2 === "timeout") return refuse(res, 408, "the body took too long to arrive");
    if (read2 === "aborted") return true;
    req.body = read2.body;
    return inner(req, res, ...rest);
  };
}
function readBody(req, length, options, hold) {
  return new Promise((resolve) => {
    const whole = length === null ? null : Buffer.allocUnsafe(length);
    const chunks = [];
    let size = 0;
    const finish = (result) => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onClose).off("close", onClose);
      hold(-size, size);
      if (typeof result === "string") req.pause();
      resolve(result);
    };
    const onData = (chunk) => {
      if (size + chunk.length > (whole?.length ?? options.maxBytes)) return finish("too-large");
      size += chunk.length;
      if (!hold(chunk.length, size)) return finish("busy");
      if (whole) chunk.copy(whole, size - chunk.length);
      else chunks.push(chunk);
    };
    const onEnd = () => finish({
      body: decoder.decode(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size))
    });
    const onClose = () => finish("aborted");
    const timer = setTimeout(() => finish("timeout"), options.readTimeoutMs);
    req.on("data", onData).on("end", onEnd).on("error", onClose).on("close", onClose);
  });
}
function tooLarge(res, options) {
  options.warn(`webhook refused: body over ${options.maxBytes} bytes`);
  return refuse(res, 413, `payloads are limited to ${options.maxBytes} bytes`);
}
function busy(res, options) {
  options.warn("webhook refused: too many bodies being read at once");
  res.setHeader("retry-after", "10");
  return refuse(res, 503, "too many deliveries at once; try again");
}
function refuse(res, status, error) {
  if (!res.headersSent)
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error }));
  return true;
}
function closeWhenUnread(req, res) {
  res.once("finish", () => {
    if (req.complete) return;
    req.resume();
    const timers = [
      setTimeout(() => req.socket.pause(), DROP_MS),
      setTimeout(() => req.socket.destroy(), LINGER_MS)
    ];
    const clear = () => timers.forEach(clearTimeout);
    req.once("end", clear);
    req.socket.once("close", clear);
  });
}
function header(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function pathOf(url) {
  try {
    return new URL(url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
  } catch {
    return "";
  }
}

// src/app/redeliver.ts
var REDELIVERY_POLICY = {
  windowMs: 24 * 36e5,
  maxRedeliveries: 3,
  askAgainAfterMs: 5 * 6e4,
  pauseMs: 1e3,
  maxPerSweep: 100,
  maxPages: 100
};
function toRedeliver(deliveries, now, policy, asked = /* @__PURE__ */ new Map()) {
  const byGuid = /* @__PURE__ */ new Map();
  for (const d3 of deliveries) byGuid.set(d3.guid, [...byGuid.get(d3.guid) ?? [], d3]);
  const chosen = [];
  for (const [guid, attempts] of byGuid) {
    if (attempts.some(succeeded)) continue;
    if (now - (asked.get(guid) ?? -Infinity) < policy.askAgainAfterMs) continue;
    const sorted = [...attempts].sort((a, b) => time(a) - time(b) || a.id - b.id);
    const first = sorted[0];
    const latest = sorted[sorted.length - 1];
    if (!first || !latest) continue;
    const name = latest.action ? `${latest.event}.${latest.action}` : latest.event;
    if (!policy.events.has(name)) continue;
    if (now - time(first) > policy.windowMs) continue;
    if (attempts.filter((a) => a.redelivery).length >= policy.maxRedeliveries) continue;
    chosen.push({ first, latest });
  }
  return chosen.sort((a, b) => time(a.first) - time(b.first) || a.first.id - b.first.id).map((c) => c.latest);
}
function succeeded(d3) {
  return d3.status_code >= 200 && d3.status_code < 300;
}
function time(d3) {
  const t = Date.parse(d3.delivered_at);
  return Number.isNaN(t) ? 0 : t;
}
var Redeliverer = class {
  constructor(octokit, policy, log, limits = REDELIVERY_POLICY) {
    this.octokit = octokit;
    this.policy = policy;
    this.log = log;
    this.limits = limits;
  }
  octokit;
  policy;
  log;
  limits;
  running = null;
  /** When each guid was last asked for (this process). */
  asked = /* @__PURE__ */ new Map();
  timers = [];
  /** A sweep after `firstInMs`, then every `everyMs`; the timers do not keep the process alive. */
  start(firstInMs, everyMs) {
    if (this.timers.length) return;
    const run = () => void this.sweep();
    this.timers.push(setTimeout(run, firstInMs).unref(), setInterval(run, everyMs).unref());
  }
  stop() {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
  /** One sweep (a sweep still running is joined, not doubled); failures are logged, not thrown. */
  sweep(now = Date.now) {
    this.running ??= this.sweepOnce(now).finally(() => this.running = null);
    return this.running;
  }
  async sweepOnce(now) {
    let asked = 0;
    try {
      const octokit = await this.octokit();
      const since = now() - this.policy.windowMs;
      const deliveries = [];
      let pages = 0;
      for await (const page of octokit.paginate.iterator("GET /app/hook/deliveries", {
        per_page: 100
      })) {
        const items = page.data;
        deliveries.push(...items);
        if (++pages >= this.limits.maxPages || items.some((d3) => time(d3) < since)) break;
      }
      for (const [guid, at] of this.asked)
        if (now() - at > this.policy.windowMs) this.asked.delete(guid);
      const due = toRedeliver(deliveries, now(), this.policy, this.asked).slice(
        0,
        this.limits.maxPerSweep
      );
      for (const [i, delivery] of due.entries()) {
        if (i) await new Promise((r) => setTimeout(r, this.limits.pauseMs));
        try {
          await octokit.request("POST /app/hook/deliveries/{delivery_id}/attempts", {
            delivery_id: delivery.id
          });
          this.asked.set(delivery.guid, now());
          asked++;
        } catch (error) {
          this.log.warn(
            `redelivery of ${delivery.guid} (${delivery.event}) not requested: HTTP ${statusOf(error) ?? "-"} ${error.message}`
          );
        }
      }
      if (due.length)
        this.log.info(`asked GitHub to redeliver ${asked} of ${due.length} failed deliveries`);
    } catch (error) {
      this.log.warn(
        `cannot list recent deliveries (HTTP ${statusOf(error) ?? "-"}): ${error.message}; trying again at the next sweep`
      );
    }
  }
};

// node_modules/lru-cache/dist/esm/node/index.min.js
import { tracingChannel as G, channel as P } from "node:diagnostics_channel";
var S = P("lru-cache:metrics");
var W = G("lru-cache");
var L = typeof performance == "object" && performance && typeof performance.now == "function" ? performance : Date;
var R = () => S.hasSubscribers || W.hasSubscribers;
var U = /* @__PURE__ */ new Set();
var M = typeof process == "object" && process ? process : {};
var k = (d3, e, t, i) => {
  typeof M.emitWarning == "function" ? M.emitWarning(d3, e, t, i) : console.error(`[${t}] ${e}: ${d3}`);
};
var H = (d3) => !U.has(d3);
var T = (d3) => !!d3 && d3 === Math.floor(d3) && d3 > 0 && isFinite(d3);
var j = (d3) => T(d3) ? d3 <= Math.pow(2, 8) ? Uint8Array : d3 <= Math.pow(2, 16) ? Uint16Array : d3 <= Math.pow(2, 32) ? Uint32Array : d3 <= Number.MAX_SAFE_INTEGER ? O : null : null;
var O = class extends Array {
  constructor(e) {
    super(e), this.fill(0);
  }
};
var x = class d {
  heap;
  length;
  static #o = false;
  static create(e) {
    let t = j(e);
    if (!t) return [];
    d.#o = true;
    let i = new d(e, t);
    return d.#o = false, i;
  }
  constructor(e, t) {
    if (!d.#o) throw new TypeError("instantiate Stack using Stack.create(n)");
    this.heap = new t(e), this.length = 0;
  }
  push(e) {
    this.heap[this.length++] = e;
  }
  pop() {
    return this.heap[--this.length];
  }
};
var I = class d2 {
  #o;
  #c;
  #S;
  #O;
  #w;
  #M;
  #I;
  #m;
  get perf() {
    return this.#m;
  }
  ttl;
  ttlResolution;
  ttlAutopurge;
  updateAgeOnGet;
  updateAgeOnHas;
  allowStale;
  noDisposeOnSet;
  noUpdateTTL;
  maxEntrySize;
  sizeCalculation;
  noDeleteOnFetchRejection;
  noDeleteOnStaleGet;
  allowStaleOnFetchAbort;
  allowStaleOnFetchRejection;
  ignoreFetchAbort;
  backgroundFetchSize;
  #n;
  #b;
  #s;
  #i;
  #t;
  #l;
  #u;
  #a;
  #h;
  #y;
  #r;
  #_;
  #F;
  #d;
  #g;
  #T;
  #U;
  #f;
  #D;
  static unsafeExposeInternals(e) {
    return { starts: e.#F, ttls: e.#d, autopurgeTimers: e.#g, sizes: e.#_, keyMap: e.#s, keyList: e.#i, valList: e.#t, next: e.#l, prev: e.#u, get head() {
      return e.#a;
    }, get tail() {
      return e.#h;
    }, free: e.#y, isBackgroundFetch: (t) => e.#e(t), backgroundFetch: (t, i, s, n) => e.#P(t, i, s, n), moveToTail: (t) => e.#L(t), indexes: (t) => e.#A(t), rindexes: (t) => e.#z(t), isStale: (t) => e.#p(t) };
  }
  get max() {
    return this.#o;
  }
  get maxSize() {
    return this.#c;
  }
  get calculatedSize() {
    return this.#b;
  }
  get size() {
    return this.#n;
  }
  get fetchMethod() {
    return this.#M;
  }
  get memoMethod() {
    return this.#I;
  }
  get dispose() {
    return this.#S;
  }
  get onInsert() {
    return this.#O;
  }
  get disposeAfter() {
    return this.#w;
  }
  constructor(e) {
    let { max: t = 0, ttl: i, ttlResolution: s = 1, ttlAutopurge: n, updateAgeOnGet: o, updateAgeOnHas: l, allowStale: h, dispose: r, onInsert: c, disposeAfter: m, noDisposeOnSet: _, noUpdateTTL: u, maxSize: g = 0, maxEntrySize: f = 0, sizeCalculation: y, fetchMethod: a, memoMethod: w, noDeleteOnFetchRejection: F, noDeleteOnStaleGet: b, allowStaleOnFetchRejection: p, allowStaleOnFetchAbort: A, ignoreFetchAbort: z, backgroundFetchSize: C = 1, perf: E } = e;
    if (this.backgroundFetchSize = C, E !== void 0 && typeof E?.now != "function") throw new TypeError("perf option must have a now() method if specified");
    if (this.#m = E ?? L, t !== 0 && !T(t)) throw new TypeError("max option must be a nonnegative integer");
    let v = t ? j(t) : Array;
    if (!v) throw new Error("invalid max value: " + t);
    if (this.#o = t, this.#c = g, this.maxEntrySize = f || this.#c, this.sizeCalculation = y, this.sizeCalculation) {
      if (!this.#c && !this.maxEntrySize) throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");
      if (typeof this.sizeCalculation != "function") throw new TypeError("sizeCalculation set to non-function");
    }
    if (w !== void 0 && typeof w != "function") throw new TypeError("memoMethod must be a function if defined");
    if (this.#I = w, a !== void 0 && typeof a != "function") throw new TypeError("fetchMethod must be a function if specified");
    if (this.#M = a, this.#U = !!a, this.#s = /* @__PURE__ */ new Map(), this.#i = Array.from({ length: t }).fill(void 0), this.#t = Array.from({ length: t }).fill(void 0), this.#l = new v(t), this.#u = new v(t), this.#a = 0, this.#h = 0, this.#y = x.create(t), this.#n = 0, this.#b = 0, typeof r == "function" && (this.#S = r), typeof c == "function" && (this.#O = c), typeof m == "function" ? (this.#w = m, this.#r = []) : (this.#w = void 0, this.#r = void 0), this.#T = !!this.#S, this.#D = !!this.#O, this.#f = !!this.#w, this.noDisposeOnSet = !!_, this.noUpdateTTL = !!u, this.noDeleteOnFetchRejection = !!F, this.allowStaleOnFetchRejection = !!p, this.allowStaleOnFetchAbort = !!A, this.ignoreFetchAbort = !!z, this.maxEntrySize !== 0) {
      if (this.#c !== 0 && !T(this.#c)) throw new TypeError("maxSize must be a positive integer if specified");
      if (!T(this.maxEntrySize)) throw new TypeError("maxEntrySize must be a positive integer if specified");
      this.#X();
    }
    if (this.allowStale = !!h, this.noDeleteOnStaleGet = !!b, this.updateAgeOnGet = !!o, this.updateAgeOnHas = !!l, this.ttlResolution = T(s) || s === 0 ? s : 1, this.ttlAutopurge = !!n, this.ttl = i || 0, this.ttl) {
      if (!T(this.ttl)) throw new TypeError("ttl must be a positive integer if specified");
      this.#k();
    }
    if (this.#o === 0 && this.ttl === 0 && this.#c === 0) throw new TypeError("At least one of max, maxSize, or ttl is required");
    if (!this.ttlAutopurge && !this.#o && !this.#c) {
      let D = "LRU_CACHE_UNBOUNDED";
      H(D) && (U.add(D), k("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.", "UnboundedCacheWarning", D, d2));
    }
  }
  getRemainingTTL(e) {
    return this.#s.has(e) ? 1 / 0 : 0;
  }
  #k() {
    let e = new O(this.#o), t = new O(this.#o);
    this.#d = e, this.#F = t;
    let i = this.ttlAutopurge ? Array.from({ length: this.#o }) : void 0;
    this.#g = i, this.#H = (h, r, c = this.#m.now()) => {
      t[h] = r !== 0 ? c : 0, e[h] = r, s(h, r);
    }, this.#R = (h) => {
      t[h] = e[h] !== 0 ? this.#m.now() : 0, s(h, e[h]);
    };
    let s = this.ttlAutopurge ? (h, r) => {
      if (i?.[h] && (clearTimeout(i[h]), i[h] = void 0), r && r !== 0 && i) {
        let c = setTimeout(() => {
          this.#p(h) ? (this.#E(this.#i[h], "expire"), i[h] = void 0) : s(h, l(h));
        }, r + 1);
        c.unref && c.unref(), i[h] = c;
      }
    } : () => {
    };
    this.#v = (h, r) => {
      if (e[r]) {
        let c = e[r], m = t[r];
        if (!c || !m) return;
        h.ttl = c, h.start = m, h.now = n || o();
        let _ = h.now - m;
        h.remainingTTL = c - _;
      }
    };
    let n = 0, o = () => {
      let h = this.#m.now();
      if (this.ttlResolution > 0) {
        n = h;
        let r = setTimeout(() => n = 0, this.ttlResolution);
        r.unref && r.unref();
      }
      return h;
    };
    this.getRemainingTTL = (h) => {
      let r = this.#s.get(h);
      return r === void 0 ? 0 : l(r);
    };
    let l = (h) => {
      let r = e[h], c = t[h];
      if (!r || !c) return 1 / 0;
      let m = (n || o()) - c;
      return r - m;
    };
    this.#p = (h) => {
      let r = t[h], c = e[h];
      return !!c && !!r && (n || o()) - r > c;
    };
  }
  #R = () => {
  };
  #v = () => {
  };
  #H = () => {
  };
  #p = () => false;
  #X() {
    let e = new O(this.#o);
    this.#b = 0, this.#_ = e, this.#x = (t) => {
      this.#b -= e[t], e[t] = 0;
    }, this.#N = (t, i, s, n) => {
      if (!T(s)) {
        if (this.#e(i)) return this.backgroundFetchSize;
        if (n) {
          if (typeof n != "function") throw new TypeError("sizeCalculation must be a function");
          if (s = n(i, t), !T(s)) throw new TypeError("sizeCalculation return invalid (expect positive integer)");
        } else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");
      }
      return s;
    }, this.#j = (t, i, s) => {
      if (e[t] = i, this.#c) {
        let n = this.#c - e[t];
        for (; this.#b > n; ) this.#G(true);
      }
      this.#b += e[t], s && (s.entrySize = i, s.totalCalculatedSize = this.#b);
    };
  }
  #x = (e) => {
  };
  #j = (e, t, i) => {
  };
  #N = (e, t, i, s) => {
    if (i || s) throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");
    return 0;
  };
  *#A({ allowStale: e = this.allowStale } = {}) {
    if (this.#n) for (let t = this.#h; this.#V(t) && ((e || !this.#p(t)) && (yield t), t !== this.#a); ) t = this.#u[t];
  }
  *#z({ allowStale: e = this.allowStale } = {}) {
    if (this.#n) for (let t = this.#a; this.#V(t) && ((e || !this.#p(t)) && (yield t), t !== this.#h); ) t = this.#l[t];
  }
  #V(e) {
    return e !== void 0 && this.#s.get(this.#i[e]) === e;
  }
  *entries() {
    for (let e of this.#A()) this.#t[e] !== void 0 && this.#i[e] !== void 0 && !this.#e(this.#t[e]) && (yield [this.#i[e], this.#t[e]]);
  }
  *rentries() {
    for (let e of this.#z()) this.#t[e] !== void 0 && this.#i[e] !== void 0 && !this.#e(this.#t[e]) && (yield [this.#i[e], this.#t[e]]);
  }
  *keys() {
    for (let e of this.#A()) {
      let t = this.#i[e];
      t !== void 0 && !this.#e(this.#t[e]) && (yield t);
    }
  }
  *rkeys() {
    for (let e of this.#z()) {
      let t = this.#i[e];
      t !== void 0 && !this.#e(this.#t[e]) && (yield t);
    }
  }
  *values() {
    for (let e of this.#A()) this.#t[e] !== void 0 && !this.#e(this.#t[e]) && (yield this.#t[e]);
  }
  *rvalues() {
    for (let e of this.#z()) this.#t[e] !== void 0 && !this.#e(this.#t[e]) && (yield this.#t[e]);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  [Symbol.toStringTag] = "LRUCache";
  find(e, t = {}) {
    for (let i of this.#A()) {
      let s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
      if (n !== void 0 && e(n, this.#i[i], this)) return this.#C(this.#i[i], t);
    }
  }
  forEach(e, t = this) {
    for (let i of this.#A()) {
      let s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
      n !== void 0 && e.call(t, n, this.#i[i], this);
    }
  }
  rforEach(e, t = this) {
    for (let i of this.#z()) {
      let s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
      n !== void 0 && e.call(t, n, this.#i[i], this);
    }
  }
  purgeStale() {
    let e = false;
    for (let t of this.#z({ allowStale: true })) this.#p(t) && (this.#E(this.#i[t], "expire"), e = true);
    return e;
  }
  info(e) {
    let t = this.#s.get(e);
    if (t === void 0) return;
    let i = this.#t[t], s = this.#e(i) ? i.__staleWhileFetching : i;
    if (s === void 0) return;
    let n = { value: s };
    if (this.#d && this.#F) {
      let o = this.#d[t], l = this.#F[t];
      if (o && l) {
        let h = o - (this.#m.now() - l);
        n.ttl = h, n.start = Date.now();
      }
    }
    return this.#_ && (n.size = this.#_[t]), n;
  }
  dump() {
    let e = [];
    for (let t of this.#A({ allowStale: true })) {
      let i = this.#i[t], s = this.#t[t], n = this.#e(s) ? s.__staleWhileFetching : s;
      if (n === void 0 || i === void 0) continue;
      let o = { value: n };
      if (this.#d && this.#F) {
        o.ttl = this.#d[t];
        let l = this.#m.now() - this.#F[t];
        o.start = Math.floor(Date.now() - l);
      }
      this.#_ && (o.size = this.#_[t]), e.unshift([i, o]);
    }
    return e;
  }
  load(e) {
    this.clear();
    for (let [t, i] of e) {
      if (i.start) {
        let s = Date.now() - i.start;
        i.start = this.#m.now() - s;
      }
      this.#W(t, i.value, i);
    }
  }
  set(e, t, i = {}) {
    let { status: s = S.hasSubscribers ? {} : void 0 } = i;
    i.status = s, s && (s.op = "set", s.key = e, t !== void 0 && (s.value = t), s.cache = this);
    let n = this.#W(e, t, i);
    return s && S.hasSubscribers && S.publish(s), n;
  }
  #W(e, t, i, s) {
    let { ttl: n = this.ttl, start: o, noDisposeOnSet: l = this.noDisposeOnSet, sizeCalculation: h = this.sizeCalculation, status: r } = i, c = this.#e(t);
    if (t === void 0) return r && (r.set = "deleted"), this.delete(e), this;
    let { noUpdateTTL: m = this.noUpdateTTL } = i;
    r && !c && (r.value = t);
    let _ = this.#N(e, t, i.size || 0, h, r);
    if (this.maxEntrySize && _ > this.maxEntrySize) return this.#E(e, "set"), r && (r.set = "miss", r.maxEntrySizeExceeded = true), this;
    let u = this.#n === 0 ? void 0 : this.#s.get(e);
    if (u === void 0) u = this.#n === 0 ? this.#h : this.#y.length !== 0 ? this.#y.pop() : this.#n === this.#o ? this.#G(false) : this.#n, this.#i[u] = e, this.#t[u] = t, this.#s.set(e, u), this.#l[this.#h] = u, this.#u[u] = this.#h, this.#h = u, this.#n++, this.#j(u, _, r), r && (r.set = "add"), m = false, this.#D && !c && this.#O?.(t, e, "add");
    else {
      this.#L(u);
      let g = this.#t[u];
      if (t !== g) {
        if (!l) if (this.#e(g)) {
          g !== s && g.__abortController.abort(new Error("replaced"));
          let { __staleWhileFetching: f } = g;
          f !== void 0 && f !== t && (this.#T && this.#S?.(f, e, "set"), this.#f && this.#r?.push([f, e, "set"]));
        } else this.#T && this.#S?.(g, e, "set"), this.#f && this.#r?.push([g, e, "set"]);
        if (this.#x(u), this.#j(u, _, r), this.#t[u] = t, !c) {
          let f = g && this.#e(g) ? g.__staleWhileFetching : g, y = f === void 0 ? "add" : t !== f ? "replace" : "update";
          r && (r.set = y, f !== void 0 && (r.oldValue = f)), this.#D && this.onInsert?.(t, e, y);
        }
      } else c || (r && (r.set = "update"), this.#D && this.onInsert?.(t, e, "update"));
    }
    if (n !== 0 && !this.#d && this.#k(), this.#d && (m || this.#H(u, n, o), r && this.#v(r, u)), !l && this.#f && this.#r) {
      let g = this.#r, f;
      for (; f = g?.shift(); ) this.#w?.(...f);
    }
    return this;
  }
  pop() {
    try {
      for (; this.#n; ) {
        let e = this.#t[this.#a];
        if (this.#G(true), this.#e(e)) {
          if (e.__staleWhileFetching) return e.__staleWhileFetching;
        } else if (e !== void 0) return e;
      }
    } finally {
      if (this.#f && this.#r) {
        let e = this.#r, t;
        for (; t = e?.shift(); ) this.#w?.(...t);
      }
    }
  }
  #G(e) {
    let t = this.#a, i = this.#i[t], s = this.#t[t], n = this.#e(s);
    n && s.__abortController.abort(new Error("evicted"));
    let o = n ? s.__staleWhileFetching : s;
    return (this.#T || this.#f) && o !== void 0 && (this.#T && this.#S?.(o, i, "evict"), this.#f && this.#r?.push([o, i, "evict"])), this.#x(t), this.#g?.[t] && (clearTimeout(this.#g[t]), this.#g[t] = void 0), e && (this.#i[t] = void 0, this.#t[t] = void 0, this.#y.push(t)), this.#n === 1 ? (this.#a = this.#h = 0, this.#y.length = 0) : this.#a = this.#l[t], this.#s.delete(i), this.#n--, t;
  }
  has(e, t = {}) {
    let { status: i = S.hasSubscribers ? {} : void 0 } = t;
    t.status = i, i && (i.op = "has", i.key = e, i.cache = this);
    let s = this.#Y(e, t);
    return S.hasSubscribers && S.publish(i), s;
  }
  #Y(e, t = {}) {
    let { updateAgeOnHas: i = this.updateAgeOnHas, status: s } = t, n = this.#s.get(e);
    if (n !== void 0) {
      let o = this.#t[n];
      if (this.#e(o) && o.__staleWhileFetching === void 0) return false;
      if (this.#p(n)) s && (s.has = "stale", this.#v(s, n));
      else return i && this.#R(n), s && (s.has = "hit", this.#v(s, n)), true;
    } else s && (s.has = "miss");
    return false;
  }
  peek(e, t = {}) {
    let { status: i = R() ? {} : void 0 } = t;
    i && (i.op = "peek", i.key = e, i.cache = this), t.status = i;
    let s = this.#J(e, t);
    return S.hasSubscribers && S.publish(i), s;
  }
  #J(e, t) {
    let { status: i, allowStale: s = this.allowStale } = t, n = this.#s.get(e);
    if (n === void 0 || !s && this.#p(n)) {
      i && (i.peek = n === void 0 ? "miss" : "stale");
      return;
    }
    let o = this.#t[n], l = this.#e(o) ? o.__staleWhileFetching : o;
    return i && (l !== void 0 ? (i.peek = "hit", i.value = l) : i.peek = "miss"), l;
  }
  #P(e, t, i, s) {
    let n = t === void 0 ? void 0 : this.#t[t];
    if (this.#e(n)) return n;
    let o = new AbortController(), { signal: l } = i;
    l?.addEventListener("abort", () => o.abort(l.reason), { signal: o.signal });
    let h = { signal: o.signal, options: i, context: s }, r = (f, y = false) => {
      let { aborted: a } = o.signal, w = i.ignoreFetchAbort && f !== void 0, F = i.ignoreFetchAbort || !!(i.allowStaleOnFetchAbort && f !== void 0);
      if (i.status && (a && !y ? (i.status.fetchAborted = true, i.status.fetchError = o.signal.reason, w && (i.status.fetchAbortIgnored = true)) : i.status.fetchResolved = true), a && !w && !y) return m(o.signal.reason, F);
      let b = u, p = this.#t[t];
      return (p === u || p === void 0 && w && y) && (f === void 0 ? b.__staleWhileFetching !== void 0 ? this.#t[t] = b.__staleWhileFetching : this.#E(e, "fetch") : (i.status && (i.status.fetchUpdated = true), this.#W(e, f, h.options, b))), f;
    }, c = (f) => (i.status && (i.status.fetchRejected = true, i.status.fetchError = f), m(f, false)), m = (f, y) => {
      let { aborted: a } = o.signal, w = a && i.allowStaleOnFetchAbort, F = w || i.allowStaleOnFetchRejection, b = F || i.noDeleteOnFetchRejection, p = u;
      if (this.#t[t] === u && (!b || !y && p.__staleWhileFetching === void 0 ? this.#E(e, "fetch") : w || (this.#t[t] = p.__staleWhileFetching)), F) return i.status && p.__staleWhileFetching !== void 0 && (i.status.returnedStale = true), p.__staleWhileFetching;
      if (p.__returned === p) throw f;
    }, _ = (f, y) => {
      let a = this.#M?.(e, n, h);
      o.signal.addEventListener("abort", () => {
        (!i.ignoreFetchAbort || i.allowStaleOnFetchAbort) && (f(void 0), i.allowStaleOnFetchAbort && (f = (w) => r(w, true)));
      }), a && a instanceof Promise ? a.then((w) => f(w === void 0 ? void 0 : w), y) : a !== void 0 && f(a);
    };
    i.status && (i.status.fetchDispatched = true);
    let u = new Promise(_).then(r, c), g = Object.assign(u, { __abortController: o, __staleWhileFetching: n, __returned: void 0 });
    return t === void 0 ? (this.#W(e, g, { ...h.options, status: void 0 }), t = this.#s.get(e)) : this.#t[t] = g, g;
  }
  #e(e) {
    if (!this.#U) return false;
    let t = e;
    return !!t && t instanceof Promise && t.hasOwnProperty("__staleWhileFetching") && t.__abortController instanceof AbortController;
  }
  fetch(e, t = {}) {
    let i = W.hasSubscribers, { status: s = R() ? {} : void 0 } = t;
    t.status = s, s && t.context && (s.context = t.context);
    let n = this.#B(e, t);
    return s && i && (s.trace = true, W.tracePromise(() => n, s).catch(() => {
    })), n;
  }
  async #B(e, t = {}) {
    let { allowStale: i = this.allowStale, updateAgeOnGet: s = this.updateAgeOnGet, noDeleteOnStaleGet: n = this.noDeleteOnStaleGet, ttl: o = this.ttl, noDisposeOnSet: l = this.noDisposeOnSet, size: h = 0, sizeCalculation: r = this.sizeCalculation, noUpdateTTL: c = this.noUpdateTTL, noDeleteOnFetchRejection: m = this.noDeleteOnFetchRejection, allowStaleOnFetchRejection: _ = this.allowStaleOnFetchRejection, ignoreFetchAbort: u = this.ignoreFetchAbort, allowStaleOnFetchAbort: g = this.allowStaleOnFetchAbort, context: f, forceRefresh: y = false, status: a, signal: w } = t;
    if (a && (a.op = "fetch", a.key = e, y && (a.forceRefresh = true), a.cache = this), !this.#U) return a && (a.fetch = "get"), this.#C(e, { allowStale: i, updateAgeOnGet: s, noDeleteOnStaleGet: n, status: a });
    let F = { allowStale: i, updateAgeOnGet: s, noDeleteOnStaleGet: n, ttl: o, noDisposeOnSet: l, size: h, sizeCalculation: r, noUpdateTTL: c, noDeleteOnFetchRejection: m, allowStaleOnFetchRejection: _, allowStaleOnFetchAbort: g, ignoreFetchAbort: u, status: a, signal: w }, b = this.#s.get(e);
    if (b === void 0) {
      a && (a.fetch = "miss");
      let p = this.#P(e, b, F, f);
      return p.__returned = p;
    } else {
      let p = this.#t[b];
      if (this.#e(p)) {
        let v = i && p.__staleWhileFetching !== void 0;
        return a && (a.fetch = "inflight", v && (a.returnedStale = true)), v ? p.__staleWhileFetching : p.__returned = p;
      }
      let A = this.#p(b);
      if (!y && !A) return a && (a.fetch = "hit"), this.#L(b), s && this.#R(b), a && this.#v(a, b), p;
      let z = this.#P(e, b, F, f), E = z.__staleWhileFetching !== void 0 && i;
      return a && (a.fetch = A ? "stale" : "refresh", E && A && (a.returnedStale = true)), E ? z.__staleWhileFetching : z.__returned = z;
    }
  }
  forceFetch(e, t = {}) {
    let i = W.hasSubscribers, { status: s = R() ? {} : void 0 } = t;
    t.status = s, s && t.context && (s.context = t.context);
    let n = this.#K(e, t);
    return s && i && (s.trace = true, W.tracePromise(() => n, s).catch(() => {
    })), n;
  }
  async #K(e, t = {}) {
    let i = await this.#B(e, t);
    if (i === void 0) throw new Error("fetch() returned undefined");
    return i;
  }
  memo(e, t = {}) {
    let { status: i = S.hasSubscribers ? {} : void 0 } = t;
    t.status = i, i && (i.op = "memo", i.key = e, t.context && (i.context = t.context), i.cache = this);
    let s = this.#Q(e, t);
    return i && (i.value = s), S.hasSubscribers && S.publish(i), s;
  }
  #Q(e, t = {}) {
    let i = this.#I;
    if (!i) throw new Error("no memoMethod provided to constructor");
    let { context: s, status: n, forceRefresh: o, ...l } = t;
    n && o && (n.forceRefresh = true);
    let h = this.#C(e, l), r = o || h === void 0;
    if (n && (n.memo = r ? "miss" : "hit", r || (n.value = h)), !r) return h;
    let c = i(e, h, { options: l, context: s });
    return n && (n.value = c), this.#W(e, c, l), c;
  }
  get(e, t = {}) {
    let { status: i = S.hasSubscribers ? {} : void 0 } = t;
    t.status = i, i && (i.op = "get", i.key = e, i.cache = this);
    let s = this.#C(e, t);
    return i && (s !== void 0 && (i.value = s), S.hasSubscribers && S.publish(i)), s;
  }
  #C(e, t = {}) {
    let { allowStale: i = this.allowStale, updateAgeOnGet: s = this.updateAgeOnGet, noDeleteOnStaleGet: n = this.noDeleteOnStaleGet, status: o } = t, l = this.#s.get(e);
    if (l === void 0) {
      o && (o.get = "miss");
      return;
    }
    let h = this.#t[l], r = this.#e(h);
    return o && this.#v(o, l), this.#p(l) ? r ? (o && (o.get = "stale-fetching"), i && h.__staleWhileFetching !== void 0 ? (o && (o.returnedStale = true), h.__staleWhileFetching) : void 0) : (n || this.#E(e, "expire"), o && (o.get = "stale"), i ? (o && (o.returnedStale = true), h) : void 0) : (o && (o.get = r ? "fetching" : "hit"), this.#L(l), s && this.#R(l), r ? h.__staleWhileFetching : h);
  }
  #$(e, t) {
    this.#u[t] = e, this.#l[e] = t;
  }
  #L(e) {
    e !== this.#h && (e === this.#a ? this.#a = this.#l[e] : this.#$(this.#u[e], this.#l[e]), this.#$(this.#h, e), this.#h = e);
  }
  delete(e) {
    return this.#E(e, "delete");
  }
  #E(e, t) {
    S.hasSubscribers && S.publish({ op: "delete", delete: t, key: e, cache: this });
    let i = false;
    if (this.#n !== 0) {
      let s = this.#s.get(e);
      if (s !== void 0) if (this.#g?.[s] && (clearTimeout(this.#g[s]), this.#g[s] = void 0), i = true, this.#n === 1) this.#q(t);
      else {
        this.#x(s);
        let n = this.#t[s];
        if (this.#e(n) ? n.__abortController.abort(new Error("deleted")) : (this.#T || this.#f) && (this.#T && this.#S?.(n, e, t), this.#f && this.#r?.push([n, e, t])), this.#s.delete(e), this.#i[s] = void 0, this.#t[s] = void 0, s === this.#h) this.#h = this.#u[s];
        else if (s === this.#a) this.#a = this.#l[s];
        else {
          let o = this.#u[s];
          this.#l[o] = this.#l[s];
          let l = this.#l[s];
          this.#u[l] = this.#u[s];
        }
        this.#n--, this.#y.push(s);
      }
    }
    if (this.#f && this.#r?.length) {
      let s = this.#r, n;
      for (; n = s?.shift(); ) this.#w?.(...n);
    }
    return i;
  }
  clear() {
    return this.#q("delete");
  }
  #q(e) {
    for (let t of this.#z({ allowStale: true })) {
      let i = this.#t[t];
      if (this.#e(i)) i.__abortController.abort(new Error("deleted"));
      else {
        let s = this.#i[t];
        this.#T && this.#S?.(i, s, e), this.#f && this.#r?.push([i, s, e]);
      }
    }
    if (this.#s.clear(), this.#t.fill(void 0), this.#i.fill(void 0), this.#d && this.#F) {
      this.#d.fill(0), this.#F.fill(0);
      for (let t of this.#g ?? []) t !== void 0 && clearTimeout(t);
      this.#g?.fill(void 0);
    }
    if (this.#_ && this.#_.fill(0), this.#a = 0, this.#h = 0, this.#y.length = 0, this.#b = 0, this.#n = 0, this.#f && this.#r) {
      let t = this.#r, i;
      for (; i = t?.shift(); ) this.#w?.(...i);
    }
  }
};

// src/app/repo-memory.ts
var MAX_REPOSITORIES = 1e3;
var MAX_FINGERPRINTS = 1e4;
var RELATED_TTL_MS = 10 * 6e4;
var RepoMemory = class {
  configs;
  labels = new I({ max: MAX_REPOSITORIES });
  related = new I({
    max: MAX_FINGERPRINTS,
    ttl: RELATED_TTL_MS
  });
  constructor(configCacheMs) {
    this.configs = configCacheMs > 0 ? new I({
      max: MAX_REPOSITORIES,
      ttl: configCacheMs,
      // Concurrent deliveries for one repository share one read.
      fetchMethod: async (_key, _stale, { context }) => ({ value: await context() })
    }) : null;
  }
  /** The repository's configuration as `load` reads it, reused within the cache period. */
  async config(repo, load) {
    if (!this.configs) return load();
    const cached = await this.configs.fetch(repo, { context: load });
    return cached?.value;
  }
  /** Adds an issue just triaged with this fingerprint to what a search for it remembers. */
  noteTriaged(repo, fingerprint, issue) {
    const entry = this.related.get(`${repo}\0${fingerprint}`, { updateAgeOnGet: false });
    if (!entry || entry.issues.some((i) => i.number === issue.number)) return;
    entry.issues = [...entry.issues, issue].sort((a, b) => a.number - b.number).slice(0, entry.size);
  }
  /**
   * The port, with label creation skipped for labels already known to exist in `repo`, and
   * searches for a fingerprint answered from memory while it is fresh.
   */
  withMemory(repo, port) {
    const labels = this.labels.get(repo) ?? /* @__PURE__ */ new Set();
    this.labels.set(repo, labels);
    const related = this.related;
    return {
      ...port,
      async searchIssues(text, limit) {
        const key = `${repo}\0${text}`;
        let entry = related.get(key);
        if (!entry || entry.size < limit) {
          entry = { issues: await port.searchIssues(text, limit), size: limit };
          related.set(key, entry);
        }
        return entry.issues.slice(0, limit);
      },
      async ensureLabel(name, color, description) {
        if (labels.has(name)) return;
        await port.ensureLabel(name, color, description);
        labels.add(name);
      }
    };
  }
};

// src/app/request-timeout.ts
var limited = /* @__PURE__ */ new WeakSet();
var NULL_BODY = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
function limitRequestTime(octokit, timeoutMs) {
  if (limited.has(octokit)) return octokit;
  limited.add(octokit);
  const defaults = octokit.request.endpoint.DEFAULTS;
  const inner = defaults.request?.fetch ?? ((input, init) => globalThis.fetch(input, init));
  defaults.request = { ...defaults.request, fetch: timedFetch(inner, timeoutMs) };
  return octokit;
}
function timedFetch(inner, timeoutMs) {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await inner(input, { ...init, signal });
      const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    } catch (error) {
      if (deadline.aborted && !init?.signal?.aborted)
        throw timeoutError(
          `${init?.method ?? "GET"} ${urlOf(input)}: no answer from GitHub within ${timeoutMs / 1e3} s`
        );
      throw error;
    }
  };
}
function timeoutError(message) {
  return Object.assign(new Error(message), { name: "TimeoutError", status: 504 });
}
function urlOf(input) {
  const url = typeof input === "string" ? input : "url" in input ? input.url : input.href;
  return url.replace(/\?.*$/, "");
}

// src/app/serial.ts
var KeyedSerial = class {
  tails = /* @__PURE__ */ new Map();
  run(key, task) {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => void 0,
      () => void 0
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
  /** Keys with work queued or running. */
  get size() {
    return this.tails.size;
  }
};

// src/app/settings.ts
var DEFAULT_SETTINGS = {
  configCacheMs: 6e4,
  requestTimeoutMs: 3e4,
  redeliverEveryMs: 5 * 6e4
};
var WholeSeconds = coerce_exports.number().check(int(), _gte(0), _lte(86400));
var Seconds = coerce_exports.number().check(_gte(0.1), _lte(3600));
function readAppSettings(env) {
  return {
    configCacheMs: read(
      env,
      "CONFIG_CACHE_SECONDS",
      WholeSeconds,
      "a whole number of seconds from 0 to 86400",
      DEFAULT_SETTINGS.configCacheMs
    ),
    requestTimeoutMs: read(
      env,
      "REQUEST_TIMEOUT_SECONDS",
      Seconds,
      "a number of seconds from 0.1 to 3600",
      DEFAULT_SETTINGS.requestTimeoutMs
    ),
    redeliverEveryMs: read(
      env,
      "REDELIVER_EVERY_SECONDS",
      WholeSeconds,
      "a whole number of seconds from 0 to 86400",
      DEFAULT_SETTINGS.redeliverEveryMs
    )
  };
}
function read(env, name, schema, expected, fallbackMs) {
  const raw = env[name];
  if (raw === void 0 || raw.trim() === "") return fallbackMs;
  const seconds = schema.safeParse(raw.trim());
  if (!seconds.success) throw new Error(`${name} must be ${expected}, not ${JSON.stringify(raw)}`);
  return Math.round(seconds.data * 1e3);
}

// src/app/app.ts
var CONFIG_FILE = "interpreter-guard.yml";
var RETRIAGE = /^\s*\/interpreter-guard\s+retriage\b/m;
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
var EVENTS = [
  "issues.opened",
  "issues.edited",
  "issues.reopened",
  "issue_comment.created",
  "issue_comment.edited"
];
function createApp(deps = {}) {
  const settings = deps.settings ?? DEFAULT_SETTINGS;
  const memory = new RepoMemory(settings.configCacheMs);
  const serial = new KeyedSerial();
  return (app) => {
    const asApp = async () => limitRequestTime(await app.auth(), settings.requestTimeoutMs);
    const self = new OwnLogin(async () => {
      const { data } = await (await asApp()).request("GET /app");
      return data?.slug ?? "";
    });
    const redeliverer = new Redeliverer(
      asApp,
      { ...REDELIVERY_POLICY, events: new Set(EVENTS) },
      { info: (m) => app.log.info(m), warn: (m) => app.log.warn(m) }
    );
    const middleware = app.getNodeMiddleware.bind(app);
    app.getNodeMiddleware = async (options = {}) => {
      const inner = await middleware(options);
      if (settings.redeliverEveryMs > 0) redeliverer.start(1e3, settings.redeliverEveryMs);
      return guardWebhooks(inner, {
        ...DEFAULT_INTAKE,
        ...deps.intake,
        path: options.path ?? app.webhookPath,
        warn: (m) => app.log.warn(m)
      });
    };
    app.on(EVENTS, async (context) => {
      const log = context.log.child({ delivery: context.id, event: context.name });
      const read2 = readIssueEvent(context.payload);
      if ("error" in read2) {
        log.error(`delivery ignored: ${read2.error}`);
        return;
      }
      const { event } = read2;
      if (event.sender.isBot || event.onPullRequest || !event.repository) return;
      limitRequestTime(context.octokit, settings.requestTimeoutMs);
      const ctx = deps_(context, event.repository, event.installationId, log, self);
      await serial.run(`${ctx.repoKey}#${event.thread.issue}`, async () => {
        let force = false;
        if (event.comment && RETRIAGE.test(event.comment.body)) {
          const login = event.sender.login;
          if (WRITERS.has(await ctx.port.permission(login))) {
            force = true;
            await ctx.port.react(event.comment.id, "+1");
          } else {
            log.info(`ignoring /interpreter-guard retriage from ${login}: no write access`);
          }
        }
        await triage(ctx, event.thread, force);
      });
    });
  };
  function deps_(context, repo, installationId, log, self) {
    const repoKey = `${installationId ?? 0}/${repo.owner}/${repo.repo}`;
    return {
      repoKey,
      log,
      self: () => self.get(),
      port: memory.withMemory(repoKey, issuePort(context.octokit, repo)),
      readConfig: () => memory.config(repoKey, async () => {
        try {
          return await context.config(CONFIG_FILE);
        } catch (error) {
          const status = statusOf(error);
          if (status !== 403 && status !== 404) throw error;
          log.warn(
            `cannot read .github/${CONFIG_FILE} (HTTP ${status}); using the defaults. Grant the app read access to that file (single file permission) to configure it.`
          );
          return null;
        }
      })
    };
  }
  async function triage(ctx, thread, force) {
    const { log, port } = ctx;
    const attachments = attachmentFetcher({
      ...deps.attachments,
      onSkip: (url, why) => log.warn(`attachment ${url} left out: ${why}`)
    });
    const outcome = await againOnTransient(
      async () => {
        let config;
        try {
          config = parseTriageConfig(await ctx.readConfig());
        } catch (error) {
          if (isTransient(error)) throw error;
          config = unreadableConfig(error.message);
        }
        if (config.error) log.error(config.error);
        return triageThread(
          port,
          thread,
          config,
          { info: (m) => log.info(m), warn: (m) => log.warn(m) },
          { force, attachments, self: await ctx.self() }
        );
      },
      { retries: 2, delayMs: 1e3, onRetry: (m) => log.warn(`issue #${thread.issue}: ${m}`) }
    );
    const result = outcome.triage?.result;
    if (result?.discovery && outcome.comment !== "none" && outcome.comment !== "dry-run")
      memory.noteTriaged(ctx.repoKey, result.fingerprint, {
        number: thread.issue,
        title: thread.title
      });
    if (outcome.skipped) log.debug(`issue #${thread.issue}: ${outcome.skipped}`);
  }
}

// src/app/index.ts
var app_default = createApp({ settings: readAppSettings(process.env) });
export {
  app_default as default
};
