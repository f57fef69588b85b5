import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  locate,
  managedDir
} from "./chunk-OBQXWPN7.js";
import {
  lastLines
} from "./chunk-QCEWS4X5.js";
import {
  Libc,
  ProbeError,
  PyvenvCfg
} from "./chunk-RCXO3FIE.js";
import {
  interpreterId,
  stableHash,
  unqueriedId
} from "./chunk-V3IDQTPU.js";
import {
  baseName,
  dirName,
  isWithin,
  normalizeSeparators,
  segmentsBelow
} from "./chunk-TX6BET3S.js";
import {
  describeSchemaError
} from "./chunk-GFEQNXH2.js";
import {
  findOnPath,
  isExecutable
} from "./chunk-6SR56VY4.js";
import {
  clip
} from "./chunk-IDZS62K4.js";
import {
  _maxLength,
  array,
  boolean,
  int,
  nullable,
  object,
  string
} from "./chunk-ZA7TPQS4.js";

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
  const run = async (function_, resolve2, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve2(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve2, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve2, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve2, reject) => {
    enqueue(function_, resolve2, reject, arguments_);
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
import { constants } from "node:fs";
import { access, open, realpath, stat } from "node:fs/promises";
import { dirname as dirname2, join as join3 } from "node:path";

// src/discovery/pyenv-shim.ts
import { basename, dirname, join as join2, resolve } from "node:path";

// src/discovery/providers/fs-helpers.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

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
  return (await entriesOf(dir)).filter((name) => isPythonLikeName(name, os)).map((name) => join(dir, name));
}
function binDirs(prefix, os) {
  return os === "windows" ? [prefix, join(prefix, "Scripts")] : [join(prefix, "bin")];
}
async function pythonsOfPrefix(prefix, os) {
  const found = await Promise.all(binDirs(prefix, os).map((d) => pythonsIn(d, os)));
  return found.flat();
}
async function pythonsOfChildren(root, os, binSubdirs = [[]]) {
  const children = await entriesOf(root);
  const found = await Promise.all(
    children.flatMap(
      (child) => binSubdirs.map((sub) => pythonsOfPrefix(join(root, child, ...sub), os))
    )
  );
  return found.flat();
}
async function readTextOrNull(file, maxBytes = 1024 * 1024) {
  try {
    const text = await readFile(file, "utf8");
    return text.length > maxBytes ? text.slice(0, maxBytes) : text;
  } catch {
    return null;
  }
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
        skipDirs: [dirname(shimPath)]
      });
      if (found) return { kind: "resolved", target: found, version: "system" };
      continue;
    }
    const version = await installedVersion(pyenvRoot, requested);
    if (!version) {
      return {
        kind: "unresolved",
        exitCode: 1,
        detail: `pyenv: version \`${requested}' is not installed (set by ${origin})`
      };
    }
    const target = join2(pyenvRoot, "versions", version, "bin", program);
    if (await isExecutable(target)) return { kind: "resolved", target, version };
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
  for (let dir = resolve(ctx.env.PYENV_DIR ?? ctx.cwd); ; dir = dirname(dir)) {
    const file = join2(dir, ".python-version");
    const text2 = await readTextOrNull(file, 64 * 1024);
    if (text2 !== null) return { versions: versionsInFile(text2), origin: file };
    if (dirname(dir) === dir) break;
  }
  const global = join2(root, "version");
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
  const installed = await entriesOf(join2(root, "versions"));
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
      await access(resolved, constants.X_OK);
    } catch {
      return {
        ...found,
        error: { kind: "not-executable", detail: `permission denied: ${path} is not executable` }
      };
    }
  }
  const head = await readHead(resolved);
  const isScript = head.startsWith("#!");
  const cfgNearby = await hasCfg(dirname2(path), cfgLookups) || await hasCfg(dirname2(dirname2(path)), cfgLookups);
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
    known = access(join3(dir, "pyvenv.cfg")).then(
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

// src/core/inventory/probe-output.ts
var PROBE_MARKER = "@@interpreter-guard-probe@@";
var str = nullable(string());
var ProbeFacts = object({
  implementation: string().check(_maxLength(64)),
  version: string().check(_maxLength(64)),
  arch: str,
  pointerSize: nullable(int()),
  platform: string().check(_maxLength(64)),
  libc: nullable(Libc),
  executable: str,
  executableRealpath: str,
  baseExecutable: str,
  prefix: string(),
  basePrefix: string(),
  execPrefix: string(),
  baseExecPrefix: string(),
  prefixRealpath: string(),
  basePrefixRealpath: string(),
  realPrefix: str,
  pyvenvCfg: nullable(PyvenvCfg),
  externallyManagedMarker: boolean(),
  freeThreaded: boolean(),
  debug: boolean(),
  framework: str,
  condaMeta: boolean(),
  condaBase: boolean(),
  sitePackages: array(string()).check(_maxLength(200))
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
    return { ok: false, detail: `probe result ${describeSchemaError(parsed.error)}` };
  }
  return { ok: true, facts: parsed.data };
}
function excerpt(text) {
  return clip(text.trim(), 200) || "(empty)";
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
function scrubEnvironment(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === void 0) continue;
    if (/^PYTHON/i.test(key) || /^NIX_PYTHON/i.test(key) || key === "__PYVENV_LAUNCHER__") continue;
    clean[key] = value;
  }
  return clean;
}

// src/discovery/providers/conda.ts
import { join as join4 } from "node:path";
var condaProvider = {
  name: "conda",
  os: ["linux", "macos", "windows", "freebsd", "other"],
  async find(ctx, where) {
    const prefixes = /* @__PURE__ */ new Set();
    const envDirs = /* @__PURE__ */ new Set();
    for (const root of where.condaRoots) {
      prefixes.add(root);
      envDirs.add(join4(root, "envs"));
    }
    for (const d of (ctx.env.CONDA_ENVS_PATH ?? ctx.env.CONDA_ENVS_DIRS ?? "").split(
      ctx.os === "windows" ? ";" : ":"
    )) {
      if (d) envDirs.add(d);
    }
    envDirs.add(join4(ctx.home, ".conda", "envs"));
    const listed = await readTextOrNull(join4(ctx.home, ".conda", "environments.txt"));
    for (const line of listed?.split(/\r?\n/) ?? []) {
      if (line.trim() && !line.trim().startsWith("#")) prefixes.add(line.trim());
    }
    for (const dir of envDirs) {
      for (const name of await entriesOf(dir)) prefixes.add(join4(dir, name));
    }
    const found = await Promise.all([...prefixes].map((p) => pythonsOfPrefix(p, ctx.os)));
    return found.flat();
  }
};

// src/discovery/providers/environment.ts
import { access as access2 } from "node:fs/promises";
import { dirname as dirname3, join as join5 } from "node:path";
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
    for (let dir = ctx.cwd; ; dir = dirname3(dir)) {
      const venv = join5(dir, ".venv");
      try {
        await access2(join5(venv, "pyvenv.cfg"));
        return await pythonsOfPrefix(venv, ctx.os);
      } catch {
      }
      if (dirname3(dir) === dir) return [];
    }
  }
};

// src/discovery/providers/macos.ts
import { join as join6 } from "node:path";
var homebrewProvider = {
  name: "homebrew",
  os: ["macos", "linux"],
  async find(ctx, where) {
    const found = [];
    for (const prefix of where.homebrewPrefixes) {
      found.push(...await pythonsIn(join6(prefix, "bin"), ctx.os));
      const cellar = join6(prefix, "Cellar");
      for (const formula of await entriesOf(cellar)) {
        if (/^python(@[0-9.]+)?$/.test(formula))
          found.push(...await pythonsOfChildren(join6(cellar, formula), ctx.os));
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
      join6(ctx.home, "Library/Frameworks/Python.framework/Versions"),
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
    const dir = managedDir(where, "rye");
    return dir ? pythonsOfChildren(dir, ctx.os, [[], ["install"]]) : [];
  }
};
var uvManagedProvider = {
  name: "uv-managed",
  os: POSIX_AND_WINDOWS,
  async find(ctx, where) {
    const dir = managedDir(where, "uv");
    return dir ? pythonsOfChildren(dir, ctx.os) : [];
  }
};

// src/discovery/providers/nix.ts
import { join as join7 } from "node:path";
var STORE_INTERPRETER = /^[0-9a-z]{32}-(?:python|pypy)[0-9.]*-[0-9][0-9a-z.]*(?:-env)?$/;
var nixProvider = {
  name: "nix",
  os: ["linux", "macos"],
  async find(ctx, where) {
    const storeEntries = (await entriesOf(where.nixStoreDir)).filter(
      (n) => STORE_INTERPRETER.test(n)
    );
    const dirs = [
      ...where.nixProfiles.map((p) => join7(p, "bin")),
      ...storeEntries.map((n) => join7(where.nixStoreDir, n, "bin"))
    ];
    const found = await Promise.all(dirs.map((d) => pythonsIn(d, ctx.os)));
    return found.flat();
  }
};

// src/discovery/providers/path.ts
import { delimiter as hostDelimiter } from "node:path";
var pathProvider = {
  name: "path",
  os: ["linux", "macos", "windows", "freebsd", "other"],
  async find(ctx) {
    const delimiter = ctx.os === "windows" ? ";" : hostDelimiter;
    const dirs = [
      ...new Set((ctx.env.PATH ?? ctx.env.Path ?? "").split(delimiter).filter(Boolean))
    ];
    const found = await Promise.all(dirs.map((d) => pythonsIn(d, ctx.os)));
    return found.flat();
  }
};

// src/discovery/providers/windows.ts
import { join as join8 } from "node:path";

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
    const local = ctx.env.LOCALAPPDATA ?? join8(ctx.home, "AppData", "Local");
    return pythonsIn(join8(local, "Microsoft", "WindowsApps"), ctx.os);
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
    const run = this.limit(async () => {
      const cached = file.identity ? this.options.cache.get(file.path, file.identity) : null;
      const outcome = cached ?? await introspect(file.path, {
        runner: this.ctx.runner,
        env: this.env,
        cwd: this.ctx.cwd,
        timeoutMs: this.options.timeoutMs
      });
      if (!cached && file.identity && isCacheable(file, outcome))
        this.options.cache.set(file.path, file.identity, outcome);
      this.done++;
      this.options.onProgress?.({ done: this.done, total: this.total, path: file.path });
      return outcome;
    });
    this.running.set(file.path, run);
    return run;
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

// src/discovery/runner-info.ts
import { arch, homedir, release, tmpdir } from "node:os";
var ARCH_NAMES = {
  x64: "x86_64",
  arm64: "aarch64",
  ia32: "i686",
  arm: "armv7"
};
function runnerInfo(os, env, leg, cwd = process.cwd()) {
  const home = os === "windows" ? env.USERPROFILE || env.HOME : env.HOME || env.USERPROFILE;
  return {
    os,
    arch: ARCH_NAMES[arch()] ?? arch(),
    release: release(),
    leg,
    nixStoreDir: env.NIX_STORE_DIR || "/nix/store",
    // The same fallbacks the Action uses for the fixtures directory and the checkout.
    tempDir: env.RUNNER_TEMP || tmpdir(),
    homeDir: home || homedir(),
    workspaceDir: env.GITHUB_WORKSPACE || cwd
  };
}

// src/discovery/cache.ts
import { mkdir, readFile as readFile2, rename, rm, writeFile } from "node:fs/promises";
import { dirname as dirname4, join as join9 } from "node:path";
var FILE_NAME = "probe-cache-v1.json";
var PROBE_HASH = stableHash(PROBE_SCRIPT);
function fingerprintOf(path, id) {
  return [PROBE_HASH, path, id.realpath, id.ctimeMs, id.mtimeMs, id.size, id.ino].join("|");
}
var ProbeCache = class _ProbeCache {
  constructor(file, entries, warn = () => {
  }) {
    this.file = file;
    this.entries = entries;
    this.warn = warn;
  }
  file;
  entries;
  warn;
  dirty = false;
  /** A cache that remembers nothing (`--no-cache`). */
  static disabled() {
    return new _ProbeCache(null, /* @__PURE__ */ new Map());
  }
  /**
   * Loads the cache. It is only a cache: a missing file starts an empty one, and one that cannot
   * be read or parsed does too, with a warning; `warn` is also told when it cannot be saved.
   */
  static async load(dir, warn = () => {
  }) {
    const file = join9(dir, FILE_NAME);
    const entries = /* @__PURE__ */ new Map();
    let text = null;
    try {
      text = await readFile2(file, "utf8");
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        warn(
          `cannot read the probe cache ${file} (${describe(error)}); every interpreter is queried`
        );
    }
    if (text !== null) {
      try {
        const data = JSON.parse(text);
        for (const [path, entry] of Object.entries(data?.entries ?? {})) {
          if (entry && typeof entry.fingerprint === "string") entries.set(path, entry);
        }
      } catch {
        warn(`the probe cache ${file} is not valid JSON; it is started afresh`);
      }
    }
    return new _ProbeCache(file, entries, warn);
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
  /**
   * Writes the cache through a temporary file renamed into place. A cache that cannot be written
   * costs time on the next run, nothing else: that is a warning, and the temporary file is
   * removed whatever happened.
   */
  async save() {
    if (!this.file || !this.dirty) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname4(this.file), { recursive: true });
      await writeFile(
        tmp,
        JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) })
      );
      await rename(tmp, this.file);
      this.dirty = false;
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => {
      });
      this.warn(
        `cannot write the probe cache ${this.file} (${describe(error)}); nothing was cached`
      );
    }
  }
};
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
function defaultCacheDir(env, os, home) {
  if (env.XDG_CACHE_HOME) return join9(env.XDG_CACHE_HOME, "interpreter-guard");
  if (os === "windows")
    return join9(env.LOCALAPPDATA ?? join9(home, "AppData", "Local"), "interpreter-guard", "Cache");
  if (os === "macos") return join9(home, "Library", "Caches", "interpreter-guard");
  return join9(home, ".cache", "interpreter-guard");
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

export {
  takeInventory,
  runnerInfo,
  ProbeCache,
  defaultCacheDir,
  osFromPlatform
};
