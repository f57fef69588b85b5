// The one probe run inside every interpreter. Stdlib only; runs on Python 2.7, 3.6+ and PyPy.
// It prints one marked JSON line (see core/inventory/probe-output.ts for the fields).
// argv[1] is the path that was run, so pyvenv.cfg next to it can be found even when the
// interpreter ignores it (a venv made from a legacy Nix env).
export const PROBE_SCRIPT = String.raw`
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
