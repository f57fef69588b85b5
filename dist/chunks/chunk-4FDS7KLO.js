import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  FIXTURE_KINDS
} from "./chunk-5D53ZA3F.js";
import {
  runProcess
} from "./chunk-QCEWS4X5.js";

// src/fixtures/base-python.ts
import { constants } from "node:fs";
import { access } from "node:fs/promises";
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
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return null;
}

// src/fixtures/build.ts
import { chmod as chmod2, mkdir as mkdir4, rm as rm2, symlink as symlink3, writeFile as writeFile4 } from "node:fs/promises";
import { join as join4, resolve } from "node:path";

// src/fixtures/nix-emulation.ts
import { chmod, mkdir as mkdir2, readdir as readdir2, symlink as symlink2, writeFile as writeFile3 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/fixtures/c-wrapper.ts
import { writeFile, rm } from "node:fs/promises";
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
  await writeFile(source, wrapperSource(spec));
  const result = await runProcess(compiler, ["-Os", "-o", spec.out, source], {
    env: { PATH: "/usr/bin:/bin" },
    timeoutMs: 6e4
  });
  await rm(source, { force: true });
  if (result.kind !== "exited" || result.code !== 0) {
    const detail = result.kind === "exited" ? result.stderr.trim() : result.kind === "timeout" ? "timed out" : result.message;
    throw new Error(`cannot compile the wrapper ${spec.out} with ${compiler}: ${detail}`);
  }
}

// src/fixtures/nix-hash.ts
import { createHash } from "node:crypto";
var ALPHABET = "0123456789abcdfghijklmnpqrsvwxyz";
function emulatedStoreHash(label) {
  let n = BigInt(`0x${createHash("sha256").update(label).digest("hex").slice(0, 40)}`);
  let out = "";
  for (let i = 0; i < 32; i++) {
    out += ALPHABET[Number(n & 31n)];
    n >>= 5n;
  }
  return out;
}

// src/fixtures/relocate.ts
import { copyFile, mkdir, readdir, readFile, stat, symlink, writeFile as writeFile2 } from "node:fs/promises";
import { join } from "node:path";
async function relocateInterpreter(base, prefix, options = {}) {
  const bin = join(prefix, "bin");
  const lib = join(prefix, "lib", `python${base.minor}`);
  await mkdir(bin, { recursive: true });
  await mkdir(join(lib, "site-packages"), { recursive: true });
  const exe = join(bin, `python${base.minor}`);
  await copyFile(base.path, exe);
  await symlink(`python${base.minor}`, join(bin, "python3"));
  await symlink(options.absolutePythonLink ? join(bin, "python3") : "python3", join(bin, "python"));
  const replaced = /* @__PURE__ */ new Set([
    "sitecustomize.py",
    "sysconfig.py",
    "sysconfig",
    "EXTERNALLY-MANAGED",
    `${base.sysconfigData}.py`,
    "site-packages",
    "dist-packages"
  ]);
  for (const entry of await readdir(base.stdlib)) {
    if (!replaced.has(entry)) await symlink(join(base.stdlib, entry), join(lib, entry));
  }
  await symlink("site-packages", join(lib, "dist-packages"));
  let sysconfigFile = "sysconfig.py";
  const isPackage = await stat(join(base.stdlib, "sysconfig")).then(
    (s) => s.isDirectory(),
    () => false
  );
  if (isPackage) {
    sysconfigFile = join("sysconfig", "__init__.py");
    await mkdir(join(lib, "sysconfig"));
    for (const entry of await readdir(join(base.stdlib, "sysconfig"))) {
      if (entry !== "__init__.py" && entry !== "__pycache__")
        await symlink(join(base.stdlib, "sysconfig", entry), join(lib, "sysconfig", entry));
    }
  }
  const sysconfig = await readFile(join(base.stdlib, sysconfigFile), "utf8");
  await writeFile2(
    join(lib, sysconfigFile),
    sysconfig.replace("prefix_scheme = 'posix_local'", "prefix_scheme = 'posix_prefix'")
  );
  const data = await readFile(join(base.stdlib, `${base.sysconfigData}.py`), "utf8");
  await writeFile2(
    join(lib, `${base.sysconfigData}.py`),
    data.replace(/^ 'prefix': '[^']*',$/m, ` 'prefix': '${prefix}',`).replace(/^ 'exec_prefix': '[^']*',$/m, ` 'exec_prefix': '${prefix}',`).replace(/^ 'BINDIR': '[^']*',$/m, ` 'BINDIR': '${bin}',`)
  );
  if (options.externallyManaged)
    await writeFile2(join(lib, "EXTERNALLY-MANAGED"), options.externallyManaged);
  if (options.sitecustomize)
    await writeFile2(join(lib, "site-packages", "sitecustomize.py"), options.sitecustomize);
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
  const store = (label, name) => join2(storeDir, `${emulatedStoreHash(label)}-${name}`);
  const mm = base.minor;
  await mkdir2(storeDir, { recursive: true });
  const py = store("python", `python3-${base.version}`);
  await relocateInterpreter(base, py, {
    absolutePythonLink: true,
    externallyManaged: "[externally-managed]\nError=This interpreter lives in the (emulated) Nix store and is read-only.\n",
    sitecustomize: NIX_SITECUSTOMIZE
  });
  const pkg = store("nixdemo", `python${mm}-nixdemo-1.0`);
  await mkdir2(join2(pkg, "lib", `python${mm}`, "site-packages", "nixdemo"), { recursive: true });
  await writeFile3(
    join2(pkg, "lib", `python${mm}`, "site-packages", "nixdemo", "__init__.py"),
    "WHERE = __file__\n"
  );
  await mkdir2(join2(pkg, "bin"), { recursive: true });
  await writeFile3(
    join2(pkg, "bin", "nixdemo"),
    `#!${py}/bin/python${mm}
import sys
print("nixdemo on", sys.executable)
`
  );
  await chmod(join2(pkg, "bin", "nixdemo"), 493);
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
  await mkdir2(join2(userEnv, "bin"), { recursive: true });
  for (const name of ["python3", `python${mm}`, "nixdemo"])
    await symlink2(`${current}/bin/${name}`, join2(userEnv, "bin", name));
  const systemPath = store("system-path", "system-path");
  await mkdir2(join2(systemPath, "bin"), { recursive: true });
  await symlink2(`${py}/bin/python3`, join2(systemPath, "bin", "python3"));
  const perUser = join2(root, "nix", "var", "nix", "profiles", "per-user", "alice");
  await mkdir2(perUser, { recursive: true });
  await symlink2(userEnv, join2(perUser, "profile-1-link"));
  await symlink2("profile-1-link", join2(perUser, "profile"));
  const home = join2(root, "home", "alice");
  await mkdir2(home, { recursive: true });
  await symlink2(join2(perUser, "profile"), join2(home, ".nix-profile"));
  await mkdir2(join2(root, "run", "current-system"), { recursive: true });
  await symlink2(systemPath, join2(root, "run", "current-system", "sw"));
  const venvFromCurrent = join2(root, "venv-from-current-env");
  const venvFromLegacy = join2(root, "venv-from-legacy-env");
  await makeVenv(`${current}/bin/python3`, venvFromCurrent);
  await makeVenv(`${legacy}/bin/python3`, venvFromLegacy);
  return {
    storeDir,
    profiles: [join2(home, ".nix-profile"), join2(root, "run", "current-system", "sw")],
    paths: {
      "nix.store-python": `${py}/bin/python3`,
      "nix.current-env": `${current}/bin/python${mm}`,
      "nix.current-env-python3": `${current}/bin/python3`,
      "nix.current-env-python": `${current}/bin/python`,
      "nix.legacy-env": `${legacy}/bin/python3`,
      "nix.profile-python": join2(home, ".nix-profile", "bin", "python3"),
      "nix.system-python": join2(root, "run", "current-system", "sw", "bin", "python3"),
      "nix.venv-from-current-env": join2(venvFromCurrent, "bin", "python"),
      "nix.venv-from-legacy-env": join2(venvFromLegacy, "bin", "python")
    }
  };
}
async function buildEnvTree(env, py, pkg, mm) {
  const lib = join2(env, "lib", `python${mm}`);
  await mkdir2(join2(env, "bin"), { recursive: true });
  await mkdir2(join2(lib, "site-packages"), { recursive: true });
  for (const entry of await readdir2(join2(py, "lib", `python${mm}`))) {
    if (entry !== "site-packages" && entry !== "dist-packages")
      await symlink2(join2(py, "lib", `python${mm}`, entry), join2(lib, entry));
  }
  await symlink2("site-packages", join2(lib, "dist-packages"));
  await symlink2(
    join2(py, "lib", `python${mm}`, "site-packages", "sitecustomize.py"),
    join2(lib, "site-packages", "sitecustomize.py")
  );
  await symlink2(
    join2(pkg, "lib", `python${mm}`, "site-packages", "nixdemo"),
    join2(lib, "site-packages", "nixdemo")
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
import { mkdir as mkdir3 } from "node:fs/promises";
import { join as join3 } from "node:path";
var EXPRESSIONS = {
  "nix.store-python": "with import <nixpkgs> {}; python3",
  "nix.env": "with import <nixpkgs> {}; python3.withPackages (ps: [ ps.six ])"
};
async function buildWithRealNix(nixBuild, dir) {
  await mkdir3(dir, { recursive: true });
  const paths = {};
  for (const [name, expression] of Object.entries(EXPRESSIONS)) {
    const outLink = join3(dir, name.replace("nix.", "result-"));
    const result = await runProcess(nixBuild, ["--out-link", outLink, "--expr", expression], {
      env: process.env,
      timeoutMs: 30 * 6e4
    });
    if (result.kind !== "exited" || result.code !== 0) {
      const detail = result.kind === "exited" ? result.stderr.trim().split("\n").slice(-5).join("\n") : result.kind;
      throw new Error(`nix-build of "${expression}" failed: ${detail}`);
    }
    const storePath = result.stdout.trim().split("\n").at(-1) ?? "";
    paths[name] = join3(storePath, "bin", "python3");
  }
  return { paths, pathDirs: [] };
}

// src/fixtures/build.ts
async function buildFixtures(options) {
  const dir = resolve(options.dir);
  await mkdir4(dir, { recursive: true });
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
    await rm2(join4(dir, kind), { recursive: true, force: true });
    await BUILDERS[kind](join4(dir, kind), options, manifest);
  }
  return manifest;
}
var script = async (file, body, mode = 493) => {
  await writeFile4(file, body);
  await chmod2(file, mode);
};
var BUILDERS = {
  async venv(dir, { base }, m) {
    await makeVenv(base.path, dir);
    m.paths.venv = join4(dir, "bin", "python");
    m.pathDirs.push(join4(dir, "bin"));
  },
  async nix(dir, options, m) {
    if (options.nixBuild) {
      const real = await buildWithRealNix(options.nixBuild, dir);
      Object.assign(m.paths, real.paths);
      m.pathDirs.push(...real.pathDirs);
      m.nixMode = "nix";
      return;
    }
    const storeDir = options.storeDir ?? join4(dir, "nix", "store");
    const nix = await buildNixEmulation(options.base, dir, storeDir, options.compiler);
    Object.assign(m.paths, nix.paths);
    m.env.NIX_STORE_DIR = nix.storeDir;
    m.env.NIX_PROFILES = nix.profiles.join(" ");
    m.nixMode = "emulated";
  },
  async conda(dir, { base }, m) {
    await relocateInterpreter(base, dir);
    await mkdir4(join4(dir, "conda-meta"), { recursive: true });
    await writeFile4(
      join4(dir, "conda-meta", "history"),
      "==> 2026-01-01 00:00:00 <==\n# cmd: fixture\n"
    );
    await mkdir4(join4(dir, "condabin"), { recursive: true });
    const env = join4(dir, "envs", "demo");
    await relocateInterpreter(base, env);
    await mkdir4(join4(env, "conda-meta"), { recursive: true });
    await writeFile4(
      join4(env, "conda-meta", "history"),
      "==> 2026-01-01 00:00:00 <==\n# cmd: fixture\n"
    );
    m.paths["conda.base"] = join4(dir, "bin", "python");
    m.paths["conda.env"] = join4(env, "bin", "python");
    m.env.CONDA_ROOT = dir;
  },
  async "pyenv-shim"(dir, { base }, m) {
    await relocateInterpreter(base, join4(dir, "versions", base.version));
    await writeFile4(join4(dir, "version"), `${base.version}
`);
    await mkdir4(join4(dir, "libexec"), { recursive: true });
    await script(
      join4(dir, "libexec", "pyenv"),
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
    await mkdir4(join4(dir, "shims"), { recursive: true });
    for (const name of ["python3", "python3.99"]) {
      await script(
        join4(dir, "shims", name),
        `#!/usr/bin/env bash
set -e
[ -n "$PYENV_DEBUG" ] && set -x

program="\${0##*/}"

export PYENV_ROOT="${dir}"
exec "${dir}/libexec/pyenv" exec "$program" "$@"
`
      );
    }
    m.paths["pyenv.shim"] = join4(dir, "shims", "python3");
    m.paths["pyenv.shim-missing"] = join4(dir, "shims", "python3.99");
    m.paths["pyenv.version"] = join4(dir, "versions", base.version, "bin", `python${base.minor}`);
    m.env.PYENV_ROOT = dir;
  },
  async broken(dir, _options, m) {
    await mkdir4(join4(dir, "bin"), { recursive: true });
    await script(
      join4(dir, "bin", "python3"),
      '#!/bin/sh\necho "Fatal Python error: fixture interpreter is broken" >&2\nexit 1\n'
    );
    m.paths.broken = join4(dir, "bin", "python3");
    m.pathDirs.push(join4(dir, "bin"));
  },
  async hanging(dir, _options, m) {
    await mkdir4(join4(dir, "bin"), { recursive: true });
    await script(join4(dir, "bin", "python3"), "#!/bin/sh\nexec sleep 3600\n");
    m.paths.hanging = join4(dir, "bin", "python3");
    m.pathDirs.push(join4(dir, "bin"));
  },
  async "not-executable"(dir, { base }, m) {
    await mkdir4(join4(dir, "bin"), { recursive: true });
    await script(join4(dir, "bin", "python3"), `#!${base.path}
`, 420);
    m.paths["not-executable"] = join4(dir, "bin", "python3");
    m.pathDirs.push(join4(dir, "bin"));
  },
  async "symlink-chain"(dir, { base }, m) {
    for (const d of ["bin", "hop1", "hop2"]) await mkdir4(join4(dir, d), { recursive: true });
    await symlink3(base.path, join4(dir, "hop2", "python"));
    await symlink3("../hop2/python", join4(dir, "hop1", "python"));
    await symlink3("../hop1/python", join4(dir, "bin", "python3"));
    m.paths["symlink-chain"] = join4(dir, "bin", "python3");
    m.pathDirs.push(join4(dir, "bin"));
  },
  async "symlink-loop"(dir, _options, m) {
    await mkdir4(join4(dir, "bin"), { recursive: true });
    await symlink3("python3.98", join4(dir, "bin", "python3"));
    await symlink3("python3", join4(dir, "bin", "python3.98"));
    m.paths["symlink-loop"] = join4(dir, "bin", "python3");
    m.pathDirs.push(join4(dir, "bin"));
  }
};

export {
  describeBasePython,
  defaultBasePython,
  buildFixtures
};
