// Loopback stand-ins for where tool releases come from, serving releases the tests build:
// - uv: GitHub's REST API (releases, paginated with a Link header) and release downloads
//   (`uv-<triple>.tar.gz` and its `.sha256`, as astral-sh/uv publishes them), each release a
//   script printing uv's log formats whose policy turns strict at one version;
// - PyPI: a PEP 503 simple index serving wheels (zip files with a dist-info: METADATA, WHEEL,
//   RECORD, entry_points.txt) of a fake virtualenv printing virtualenv's `-vvv` records, whose
//   policy turns strict at one version.
// Each fake logs its command lines to `calls`, so a test can count what each probe ran.
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runProcess } from '../../src/discovery/process-runner.js';
import { compareVersions } from '../../src/tools/releases.js';
import { SYSTEM_PATH } from '../helpers/machine.js';

export interface LoopbackServer {
  url: string;
  hits: Map<string, number>;
  close: () => Promise<void>;
}

function serve(
  routes: (
    path: string,
    /** The origin the client asked (its Host header), as GitHub builds its Link headers from. */
    origin: string,
  ) => {
    status: number;
    body: Buffer | string;
    headers?: Record<string, string>;
  },
): Promise<LoopbackServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const { status, body, headers } = routes(url, `http://${req.headers.host ?? ''}`);
    res.writeHead(status, headers ?? {}).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        hits,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** A fake uv printing uv's `-v` records; from `strictFrom` on, it turns down a virtual environment for `--system` and `venv`. */
export function fakeUvScript(version: string, strict: boolean, callsLog: string): string {
  return `#!/bin/sh
# uv ${version} (a test double): ${strict ? 'strict' : 'lenient'} policy
echo "$*" >> '${callsLog}'
echo "$HOME" >> '${callsLog}.homes'
case "$*" in
  *--version*) echo "uv ${version} (0000000 2024-11-04)"; exit 0 ;;
esac
PY=$(command -v python3)
echo "DEBUG uv ${version}" >&2
case "$*" in
  *"python list"*) exit 0 ;;
esac
echo "DEBUG Searching for default Python interpreter in search path" >&2
echo "DEBUG Found \\\`cpython-3.11.2-linux-x86_64-gnu\\\` at \\\`$PY\\\` (first executable in the search path)" >&2
${
  strict
    ? `case "$*" in
  *"python find"*--system*|*" venv "*)
    echo "DEBUG Ignoring Python interpreter at \\\`$PY\\\`: system interpreter required" >&2
    echo "error: No interpreter found in search path" >&2
    exit 2 ;;
esac`
    : ''
}
case "$*" in
  *"python find"*) echo "$PY" ;;
  *" venv "*) echo "Using CPython 3.11.2 interpreter at: $PY" >&2; echo "Creating virtual environment at: venv" >&2 ;;
esac
exit 0
`;
}

export interface FakeUvReleases extends LoopbackServer {
  /** Command lines the fakes ran, one per line. */
  calls: string;
}

/**
 * uv's releases `versions` (newest first on the API, 10 a page), strict from `strictFrom`;
 * `broken` ones publish a checksum that does not match; also a draft and a pre-release.
 */
export async function fakeUvReleases(
  dir: string,
  o: { versions: string[]; strictFrom: string; broken: string[] },
): Promise<FakeUvReleases> {
  const calls = join(dir, 'uv-calls.log');
  await writeFile(calls, '');
  const triple = 'uv-x86_64-unknown-linux-gnu';
  const files = new Map<string, Buffer | string>();
  for (const version of o.versions) {
    const stage = join(dir, 'uv-build', version);
    await mkdir(join(stage, triple), { recursive: true });
    const strict = compareVersions(version, o.strictFrom) >= 0;
    await writeFile(join(stage, triple, 'uv'), fakeUvScript(version, strict, calls));
    await chmod(join(stage, triple, 'uv'), 0o755);
    const tarball = join(stage, 'uv.tar.gz');
    const tar = await runProcess('tar', ['-czf', tarball, '-C', stage, triple], {
      env: { PATH: SYSTEM_PATH },
      timeoutMs: 30_000,
    });
    if (tar.kind !== 'exited' || tar.code !== 0)
      throw new Error(`tar failed: ${JSON.stringify(tar)}`);
    const data = await readFile(tarball);
    const path = `/astral-sh/uv/releases/download/${version}/${triple}.tar.gz`;
    files.set(path, data);
    const checksum = o.broken.includes(version) ? '0'.repeat(64) : sha256(data);
    files.set(`${path}.sha256`, `${checksum} *${triple}.tar.gz\n`);
  }
  const listed = [
    ...o.versions.map((v) => ({ tag_name: v, draft: false, prerelease: false })),
    { tag_name: '0.5.1-rc1', draft: false, prerelease: true },
    { tag_name: '0.5.2', draft: true, prerelease: false },
  ].sort((a, b) => compareVersions(b.tag_name, a.tag_name));
  const pageSize = 10;
  const server = await serve((url, origin) => {
    const page = /^\/repos\/astral-sh\/uv\/releases\?(.*)$/.exec(url);
    if (page) {
      const n = Number(new URLSearchParams(page[1]).get('page') ?? '1');
      const items = listed.slice((n - 1) * pageSize, n * pageSize).map((r) => ({
        ...r,
        html_url: `https://github.com/astral-sh/uv/releases/tag/${r.tag_name}`,
      }));
      const more = n * pageSize < listed.length;
      return {
        status: 200,
        body: JSON.stringify(items),
        headers: {
          'content-type': 'application/json',
          ...(more
            ? {
                link: `<${origin}/repos/astral-sh/uv/releases?per_page=100&page=${n + 1}>; rel="next"`,
              }
            : {}),
        },
      };
    }
    const body = files.get(url);
    return body === undefined ? { status: 404, body: 'not found' } : { status: 200, body };
  });
  return { ...server, calls };
}

/** A fake virtualenv printing virtualenv 20.x's `-vvv` records; strict: it fails to query a virtual environment's python. */
export function fakeVirtualenvMain(version: string, strict: boolean, callsLog: string): string {
  return `import os, shutil, sys

VERSION = ${JSON.stringify(version)}
STRICT = ${strict ? 'True' : 'False'}


def log(ms, message, level, where):
    print("%d %s [%s %s]" % (ms, message, level, where), flush=True)


def run():
    args = sys.argv[1:]
    with open(${JSON.stringify(callsLog)}, "a") as calls:
        calls.write(" ".join(args) + "\\n")
    if "--version" in args:
        print("virtualenv %s from %s" % (VERSION, os.path.dirname(__file__)))
        return 0
    spec = args[args.index("-p") + 1] if "-p" in args else "python3"
    exe = shutil.which(spec)
    v = sys.version_info
    info = "PythonInfo(spec=CPython%d.%d.%d.final.0-64, exe=%s, platform=linux, version='%d.%d.%d')" % (
        v[0], v[1], v[2], exe, v[0], v[1], v[2])
    log(10, "find interpreter for spec PythonSpec(path=%s)" % spec, "INFO", "builtin:56")
    if exe:
        venv = os.path.exists(os.path.join(os.path.dirname(os.path.dirname(exe)), "pyvenv.cfg"))
        if STRICT and venv:
            log(12, "failed to query %s with code 1 err: 'a virtual environment is not a base interpreter'" % exe, "INFO", "cached_py_info:35")
        else:
            log(12, "proposed " + info, "INFO", "builtin:63")
            log(13, "accepted " + info, "DEBUG", "builtin:65")
            log(14, "create virtual environment via CPython3Posix(dest=venv, clear=False, no_vcs_ignore=False, global=False)", "INFO", "session:52")
            return 0
    log(20, "RuntimeError: failed to find interpreter for Builtin discover of python_spec=%r" % spec, "ERROR", "__main__:61")
    return 1
`;
}

/** A wheel (a zip with a dist-info) of `name` at `version`, with a console script `name`. */
export async function buildWheel(
  dir: string,
  name: string,
  version: string,
  main: string,
): Promise<{ file: string; data: Buffer }> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}-${version}-py3-none-any.whl`);
  const builder = `
import base64, hashlib, sys, zipfile
out, name, version, main = sys.argv[1:5]
dist = "%s-%s.dist-info" % (name, version)
files = {
    name + "/__init__.py": "__version__ = %r\\n" % version,
    name + "/__main__.py": main,
    dist + "/METADATA": "Metadata-Version: 2.1\\nName: %s\\nVersion: %s\\nSummary: a test double\\n" % (name, version),
    dist + "/WHEEL": "Wheel-Version: 1.0\\nGenerator: interpreter-guard-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
    dist + "/entry_points.txt": "[console_scripts]\\n%s = %s.__main__:run\\n" % (name, name),
}
record = []
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for path, text in files.items():
        data = text.encode()
        z.writestr(path, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append("%s,sha256=%s,%d" % (path, digest, len(data)))
    record.append(dist + "/RECORD,,")
    z.writestr(dist + "/RECORD", "\\n".join(record) + "\\n")
`;
  const made = await runProcess('python3', ['-c', builder, file, name, version, main], {
    env: { PATH: SYSTEM_PATH },
    timeoutMs: 30_000,
  });
  if (made.kind !== 'exited' || made.code !== 0)
    throw new Error(`cannot build the wheel: ${JSON.stringify(made)}`);
  return { file, data: await readFile(file) };
}

export interface FakeIndex extends LoopbackServer {
  /** The simple index: PIP_INDEX_URL. */
  index: string;
  calls: string;
}

/**
 * A PEP 503 simple index for virtualenv's `versions`, strict from `strictFrom`; `broken` ones are
 * listed with a hash their file does not have (pip refuses them); a yanked and a pre-release too.
 */
export async function fakeVirtualenvIndex(
  dir: string,
  o: { versions: string[]; strictFrom: string; broken: string[] },
): Promise<FakeIndex> {
  const calls = join(dir, 'virtualenv-calls.log');
  await writeFile(calls, '');
  const files = new Map<string, Buffer>();
  const anchors: string[] = [];
  const extra = ['20.25.0rc1', '20.23.9'];
  for (const version of [...o.versions, ...extra]) {
    const strict = compareVersions(version, o.strictFrom) >= 0;
    const wheel = await buildWheel(
      join(dir, 'wheels'),
      'virtualenv',
      version,
      fakeVirtualenvMain(version, strict, calls),
    );
    const name = `virtualenv-${version}-py3-none-any.whl`;
    files.set(`/files/${name}`, wheel.data);
    const hash = o.broken.includes(version) ? '0'.repeat(64) : sha256(wheel.data);
    const yanked = version === '20.23.9' ? ' data-yanked="broken"' : '';
    anchors.push(`<a href="/files/${name}#sha256=${hash}"${yanked}>${name}</a><br/>`);
  }
  const page = `<!DOCTYPE html>\n<html><body><h1>Links for virtualenv</h1>\n${anchors.join('\n')}\n</body></html>\n`;
  const server = await serve((url) => {
    if (url === '/simple/virtualenv/')
      return { status: 200, body: page, headers: { 'content-type': 'text/html' } };
    const body = files.get(url);
    return body === undefined ? { status: 404, body: 'not found' } : { status: 200, body };
  });
  return { ...server, index: `${server.url}/simple`, calls };
}
