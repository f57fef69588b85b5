"""A stand-in for uv (which cannot be installed here) that really looks through PATH and queries
each candidate, and prints what it decides in uv's documented log formats (uv 0.5.x, `-v`):

  DEBUG Found `cpython-3.11.7-linux-x86_64-gnu` at `/usr/bin/python3` (search path)
  DEBUG Ignoring Python interpreter at `/x/bin/python3.11`: system interpreter required
  DEBUG Skipping interpreter at `/x/bin/python3.11` from search path: does not satisfy request `3.11`
  DEBUG Skipping bad interpreter at /x/bin/python3 from search path: Querying Python at `…` failed …
  error: No interpreter found for Python 3.11 in search path

Policy flags, given before uv's own arguments by the wrapper a test writes:
  --uv-version V   what `uv --version` and the first debug line say
  --strict         uv's rule: a virtual environment is any interpreter with sys.prefix != sys.base_prefix
  --lenient        the fixed rule: a virtual environment is one with pyvenv.cfg at sys.prefix (PEP 405)
  --tiny-timeout   gives each query 1 ms (every query times out)
  --exact-version  compares the whole version with the request (3.11.7 does not satisfy 3.11)
  --wrong-pathsep  splits PATH at ';' (so on POSIX it searches no directory at all)
"""
import json
import os
import subprocess
import sys

PROBE = (
    "import json, os, sys, platform; "
    "print(json.dumps({'version': platform.python_version(), 'impl': sys.implementation.name, "
    "'prefix': sys.prefix, 'base_prefix': sys.base_prefix, 'executable': sys.executable, "
    "'cfg': os.path.isfile(os.path.join(sys.prefix, 'pyvenv.cfg'))}))"
)

args = sys.argv[1:]
policy = set()
version = "0.5.31"
while args and args[0].startswith("--") and args[0] in (
    "--uv-version", "--strict", "--lenient", "--tiny-timeout", "--exact-version", "--wrong-pathsep"
):
    flag = args.pop(0)
    if flag == "--uv-version":
        version = args.pop(0)
    else:
        policy.add(flag[2:])

if "--version" in args:
    print("uv %s (fake 2025-02-13)" % version)
    sys.exit(0)


def log(line):
    sys.stderr.write(line + "\n")


log("DEBUG uv %s" % version)
words = []
skip = False
for a in args:
    if skip:
        skip = False
    elif a in ("--color", "--python-preference", "--output-format"):
        skip = True
    elif not a.startswith("-"):
        words.append(a)
command = "venv" if "venv" in words[:1] else " ".join(words[:2])
system = "--system" in args or command in ("venv", "python list")
request = None
if command == "python find":
    request = words[2] if len(words) > 2 else None
elif command == "venv" and "--python" in args:
    request = args[args.index("--python") + 1]

names = ["python3", "python"]
if request and request.count(".") >= 1:
    names.insert(0, "python" + ".".join(request.split(".")[:2]))
shown = ("Python " + request) if request else "default Python"
log("DEBUG Searching for %s in search path" % (shown if request else "default Python interpreter"))

timeout = 0.001 if "tiny-timeout" in policy else 20
sep = ";" if "wrong-pathsep" in policy else os.pathsep


def satisfied(found):
    if not request:
        return True
    if "exact-version" in policy:
        return found == request
    return found.split(".")[: len(request.split("."))] == request.split(".")


selected = None
listed = []
seen = set()
for directory in os.environ.get("PATH", "").split(sep):
    if not os.path.isdir(directory):
        continue
    for name in names:
        path = os.path.join(directory, name)
        if path in seen or not os.access(path, os.X_OK) or os.path.isdir(path):
            continue
        seen.add(path)
        try:
            result = subprocess.run([path, "-I", "-c", PROBE], capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            log("DEBUG Failed to inspect Python interpreter from search path at `%s` " % path)
            log("DEBUG Skipping bad interpreter at %s from search path: Querying Python at `%s` failed: timed out after %s s" % (path, path, timeout))
            continue
        if result.returncode != 0:
            log("DEBUG Failed to inspect Python interpreter from search path at `%s` " % path)
            tail = (result.stderr.strip().splitlines() or ["?"])[-1]
            log("DEBUG Skipping bad interpreter at %s from search path: Querying Python at `%s` failed with exit status exit status: %d" % (path, path, result.returncode))
            log("")
            log("[stderr]")
            log(tail)
            continue
        info = json.loads(result.stdout.strip().splitlines()[-1])
        exe = info["executable"]
        log("DEBUG Found `cpython-%s-linux-x86_64-gnu` at `%s` (search path)" % (info["version"], path))
        if not satisfied(info["version"]):
            log("DEBUG Skipping interpreter at `%s` from search path: does not satisfy request `%s`" % (exe, request))
            continue
        is_venv = info["cfg"] if "lenient" in policy else info["prefix"] != info["base_prefix"]
        if system and is_venv:
            log("DEBUG Ignoring Python interpreter at `%s`: system interpreter required" % exe)
            continue
        if command == "python list":
            listed.append(path)
            continue
        selected = (path, info)
        break
    if selected:
        break

if command == "python list":
    sys.exit(0)
if selected is None:
    print("error: No interpreter found %sin search path" % (("for %s " % shown) if request else ""), file=sys.stderr)
    sys.exit(2)
path, info = selected
if command == "venv":
    log("Using CPython %s interpreter at: %s" % (info["version"], path))
    log("Creating virtual environment at: venv")
else:
    print(path)
sys.exit(0)
