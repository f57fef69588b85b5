import { describe, expect, it } from 'vitest';
import { extractIssue } from '../../../src/core/triage/extract.js';
import { hasVerboseLog } from '../../../src/core/triage/log-presence.js';
import { startsCommand, verboseCommand } from '../../../src/core/triage/log-presence-commands.js';
import { lineShape } from '../../../src/core/triage/log-presence-lines.js';

const fence = '```';

function hasLog(markdown: string): boolean {
  return hasVerboseLog(extractIssue(markdown));
}

function fenced(body: string, info = ''): string {
  return `# An issue\n\nWhat I ran:\n\n${fence}${info}\n${body}\n${fence}\n`;
}

describe('hasVerboseLog: verbose logs of each kind', () => {
  const logs: Record<string, string> = {
    'uv -v records': [
      '$ uv venv -v',
      'DEBUG uv 0.9.1',
      'DEBUG Searching for default Python interpreter in search path',
      'DEBUG Found `cpython-3.12.4-linux-x86_64-gnu` at `/usr/bin/python3` (first executable in the search path)',
      'Using CPython 3.12.4 interpreter at: /usr/bin/python3',
    ].join('\n'),
    'uv RUST_LOG trace with uptime and module paths': [
      ' uv::requirements::from_source source=httpx',
      '    0.001902s DEBUG uv_interpreter::virtual_env Found a virtualenv at: /home/ada/proj/.venv',
      '    0.002110s   0ms DEBUG uv_resolver::resolver Solving with target Python version 3.11.2',
    ].join('\n'),
    'two uv records only (a short verbose run)': [
      'DEBUG uv 0.8.3',
      'INFO Waiting to acquire lock for `/home/ada/.cache/uv` at `.cache/uv/.lock`',
    ].join('\n'),
    'uv records inside a docker build': [
      '#7 [3/3] RUN uv sync --verbose',
      '#7 0.201 DEBUG uv 0.6.0',
      '#7 0.203 DEBUG Found project root: `/srv/app`',
      '#7 0.240 Resolved 4 packages in 3ms',
    ].join('\n'),
    'pip -v install': [
      'Using pip 24.2 from /opt/py/lib/python3.12/site-packages/pip (python 3.12)',
      'Non-user install because site-packages writeable',
      'Created temporary directory: /tmp/pip-build-tracker-abc123',
      'Collecting tomli',
    ].join('\n'),
    'poetry -vvv discovery': [
      'Loading configuration file /home/ada/.config/pypoetry/config.toml',
      'Trying python3',
      'Trying python3.11',
      'Using virtualenv: /home/ada/.cache/pypoetry/virtualenvs/demo-AbCd1234-py3.11',
    ].join('\n'),
    'poetry -vvv virtualenv records': [
      '[virtualenv] find interpreter for spec PythonSpec(path=/usr/local/bin/python3.11)',
      '[filelock:filelock] Attempting to acquire lock 1401 on /home/ada/.local/share/virtualenv/py_info/1/x.lock',
      '[filelock:filelock] Lock 1401 acquired on /home/ada/.local/share/virtualenv/py_info/1/x.lock',
    ].join('\n'),
    'poetry resolver trace': [
      'Resolving dependencies...',
      '   1: fact: demo is 0.1.0',
      '   1: derived: demo',
      '   1: selecting demo (0.1.0)',
    ].join('\n'),
    'pdm -v transcript': [
      '$ pdm install -v',
      'STATUS: Resolving packages from lockfile...',
      'Virtualenv is created successfully at /work/demo/.venv',
      'Synchronizing working set with resolved packages: 2 to add',
    ].join('\n'),
    'pdm resolver records': [
      'pdm.termui: Adding requirement attrs>=22',
      'pdm.termui: \tFound matching candidates:',
      'pdm.termui: \t <Candidate attrs@23.1.0 from https://pypi.org/simple/attrs/>',
    ].join('\n'),
    'conda --debug': [
      'DEBUG conda.core.solve:_collect_all_metadata(291): Collecting package metadata',
      'DEBUG conda.gateways.logging:set_verbosity(221): verbosity set to 3',
      'INFO conda.core.link:__init__(201): initializing UnlinkLinkTransaction',
    ].join('\n'),
    'micromamba -v': [
      'info     libmamba Parsing MatchSpec python=3.11',
      'debug    libmamba Loading subdir conda-forge/linux-64',
      'trace    libmamba Solver job install python',
    ].join('\n'),
    'VS Code output panel': [
      '2025-01-10 09:12:31.004 [info] Python interpreter path: ~/envs/demo/bin/python',
      '2025-01-10 09:12:31.220 [info] Discovered env: /usr/bin/python3',
      '2025-01-10 09:12:32.001 [error] Failed to resolve environment',
    ].join('\n'),
    'python-environment-tools trace': [
      '[2025-02-03T10:11:12Z TRACE pet_conda::environments] Conda env found at "/home/ada/miniconda3/envs/demo"',
      '[2025-02-03T10:11:12Z TRACE pet::find] Completed searching using locator: Conda in 12ms',
    ].join('\n'),
    'mise debug': [
      '[DEBUG] ARGS: /home/ada/.local/bin/mise install python --verbose',
      '[DEBUG] install_versions: python@3.12',
      '[INFO] mise hint use multiple versions simultaneously',
    ].join('\n'),
    'mise verbose run with plain output': [
      '❯ MISE_VERBOSE=1 mise use python@3.11',
      'python@3.11.9 download cpython-3.11.9.tar.gz',
      'python@3.11.9 extract cpython-3.11.9.tar.gz',
      'python@3.11.9 installed',
    ].join('\n'),
    'pixi -vvv': [
      'DEBUG pixi_config: Loading config from /etc/pixi/config.toml',
      'DEBUG pixi_config: Loading config from /home/ada/.pixi/config.toml',
    ].join('\n'),
    'PYENV_DEBUG trace': [
      '+ [pyenv-version-name:8] PYENV_VERSION=3.11.4',
      '+ [pyenv-which:22] PYENV_COMMAND=python3.11',
    ].join('\n'),
    'set -x trace': [
      '+ PYTHON=/usr/bin/python3',
      '+ command -v python3',
      '+ python3 -m venv .venv',
      '+ . .venv/bin/activate',
      '+ pip install -e .',
    ].join('\n'),
    'tox 4 -vv': [
      'py311: 142 W create: virtualenv /work/demo/.tox/py311 [tox/tox_env/api.py:321]',
      'py311: 145 D discover exe for PythonInfo(spec=CPython3.11.4.final.0-64) [virtualenv/discovery/py_info.py:440]',
    ].join('\n'),
    'tox 3 -rvv run (plain output after the command)': [
      '# tox -rvv',
      'using tox.ini: /work/demo/tox.ini (pid 4242)',
      'py39 uses /usr/bin/python3.9',
      'py310 uses /usr/bin/python3.10',
    ].join('\n'),
    'virtualenv -vv': [
      '65 setup logging to DEBUG [DEBUG report:43]',
      '71 find interpreter for spec PythonSpec(path=/opt/py/3.10/bin/python) [INFO builtin:58]',
      '73 proposed PythonInfo(spec=CPython3.10.13.final.0-64, exe=/opt/py/3.10/bin/python) [INFO builtin:65]',
    ].join('\n'),
    'GitHub Actions runner debug': [
      '2025-03-01T10:00:00.1000000Z ##[debug]Evaluating condition for step: Setup Python',
      '2025-03-01T10:00:00.2000000Z ##[debug]Loading inputs',
    ].join('\n'),
    'python-build log tail': [
      'BUILD FAILED (Debian 12 using python-build 2.4.1)',
      'Last 10 log lines:',
      'checking for gcc... no',
      'checking for cc... no',
      'checking for clang... no',
      'configure: error: no acceptable C compiler found in $PATH',
    ].join('\n'),
    'spack -d': [
      '==> [2025-04-01-10:00:00.100000] Reading config from file /opt/spack/etc/spack/defaults/config.yaml',
      '==> [2025-04-01-10:00:00.200000] Using environment demo',
      '==> [2025-04-01-10:00:00.300000] DATABASE LOCK TIMEOUT: 60s',
    ].join('\n'),
    'pipx --verbose': [
      '(setup:99): pipx version is 1.6.0',
      "(setup:100): Default python interpreter is '/usr/bin/python3'",
    ].join('\n'),
  };
  for (const [name, body] of Object.entries(logs)) {
    it(name, () => expect(hasLog(fenced(body))).toBe(true));
  }

  it('reads a log pasted in the prose without a fence', () => {
    const markdown = [
      '# The interpreter list is empty',
      '',
      'Here is the output panel:',
      'Info 2021-06-01 10:00:01: Searching for conda.',
      'Info 2021-06-01 10:00:01: Probing conda binary: conda',
      'Info 2021-06-01 10:00:02: Searching for workspace virtual envs in: /home/ada/demo',
    ].join('\n');
    expect(hasLog(markdown)).toBe(true);
  });

  it('reads a verbose run in a <details><pre> block', () => {
    const markdown = [
      '# Poetry picks the wrong interpreter',
      '',
      '<details>',
      '<summary>What <code>poetry install -vvv</code> prints</summary>',
      '<pre>',
      'The currently activated Python version 3.8.10 is not supported by the project (^3.10).',
      'Trying to find and use a compatible version.',
      'Using python3.12 (3.12.1)',
      '</pre>',
      '</details>',
    ].join('\n');
    expect(hasLog(markdown)).toBe(true);
  });

  it('reads a log at the tail of a very long paste', () => {
    const filler = 'Requirement already satisfied: demo in /opt/site-packages (1.0)\n'.repeat(
      30_000,
    );
    const tail = 'DEBUG uv 0.9.0\nDEBUG Found project root: `/srv/app`\n';
    expect(hasLog(fenced(filler + tail))).toBe(true);
  });
});

describe('hasVerboseLog: what is not a verbose log', () => {
  const notLogs: Record<string, string> = {
    'one error line':
      'error: No interpreter found for Python 3.13 in managed installations or search path',
    'an error with its causes': [
      'error: Failed to inspect Python interpreter from search path at `/usr/bin/python3`',
      '  Caused by: Querying Python at `/usr/bin/python3` failed with exit status: 1',
    ].join('\n'),
    'a short command and its error': [
      '$ uv venv -v',
      'error: No interpreter found for Python 3.9 in search path',
      '  Caused by: no such file or directory',
    ].join('\n'),
    'a bare traceback with chained exceptions': [
      'Traceback (most recent call last):',
      '  File "/opt/py/lib/python3.11/site-packages/urllib3/connection.py", line 203, in _new_conn',
      '    sock = connection.create_connection(',
      'urllib3.exceptions.NewConnectionError: Failed to establish a new connection',
      'urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host=pypi.org, port=443)',
      'requests.exceptions.ConnectionError: HTTPSConnectionPool(host=pypi.org, port=443)',
    ].join('\n'),
    'a pyproject.toml': [
      '[project]',
      'name = "demo"',
      'requires-python = ">=3.10"',
      '',
      '[tool.uv]',
      'python-preference = "only-system"',
    ].join('\n'),
    'poetry config --list': [
      'cache-dir = "/home/ada/.cache/pypoetry"',
      'virtualenvs.create = true',
      'virtualenvs.in-project = null',
      'virtualenvs.prefer-active-python = false',
    ].join('\n'),
    'a pip freeze listing': ['attrs==23.1.0', 'idna==3.4', 'tomli==2.0.1', 'zipp==3.17.0'].join(
      '\n',
    ),
    'version output': ['$ python --version', 'Python 3.12.1', '$ uv --version', 'uv 0.9.2'].join(
      '\n',
    ),
    'one DEBUG line cut short':
      '2024-05-01 10:00:00,100 - demo_backend - DEBUG - SITE_PACKAGES: /opt',
    'plain warnings of an ordinary run': [
      'mise WARN  missing: python@3.11.9',
      'WARNING: The script demo is installed in /home/ada/.local/bin which is not on PATH.',
      'warning  libmamba Cache file was modified by another program',
      'warning  libmamba Cache file was modified by another program',
      ':: [Info] ::  Mirror: https://www.python.org/ftp/python',
      ':: [Error] :: couldnt install 3.11.0',
    ].join('\n'),
    'ordinary pip install output': [
      'Collecting tomli',
      '  Downloading tomli-2.0.1-py3-none-any.whl (12 kB)',
      'Installing collected packages: tomli',
      'Successfully installed tomli-2.0.1',
    ].join('\n'),
    'a progress bar': [
      '[00:00:01] [########------------] 12/41',
      '[00:00:02] [###########---------] 20/41',
      '[00:00:03] [##############------] 29/41',
    ].join('\n'),
    'a verbose flag with nothing but a banner after it': [
      'ada@box ~/demo (main)> hatch --verbose build -t wheel',
      '──────────────────────── wheel ────────────────────────',
      'ada@box ~/demo (main) [1]>',
    ].join('\n'),
    'a verbose run that printed only a warning, one step and its error': [
      'PS C:\\Users\\kim\\w> pdm install --verbose',
      'WARNING: Lockfile does not exist',
      'Updating the lock file...',
      '[NoPythonVersion]: No Python that satisfies >=3.11 is found on the system.',
    ].join('\n'),
    'a verbose run that printed only warnings and its error': [
      '$ pdm install --verbose',
      'WARNING: Lockfile does not exist',
      'WARNING: Project requires a python version of >=3.11',
      'WARNING: No valid interpreter found',
      '[NoPythonVersion]: No Python that satisfies >=3.11 is found on the system.',
    ].join('\n'),
    'a verbose run that printed an error box and its exception trace': [
      '$ poetry install -vvv',
      '[RuntimeError]',
      'The current Python version (3.7.2) is not supported by the project (3.6.6)',
      'Please activate a compatible Python version.',
      '',
      'Exception trace:',
      ' /usr/lib/poetry/cleo/application.py in run() at line 94',
      '   status_code = self.do_run(input_, output_)',
      ' /usr/lib/poetry/console/application.py in do_run() at line 88',
      '   return super(Application, self).do_run(i, o)',
      ' /usr/lib/poetry/console/commands/command.py in run() at l',
    ].join('\n'),
    'steps to reproduce that run a tool verbosely': [
      'uv venv -v',
      'source .venv/bin/activate',
      'python -c "import sys; print(sys.executable)"',
      'which python',
    ].join('\n'),
  };
  for (const [name, body] of Object.entries(notLogs)) {
    it(name, () => expect(hasLog(fenced(body))).toBe(false));
  }

  it('a Dockerfile step with a verbose flag', () => {
    const body = [
      'FROM python:3.12-slim',
      'RUN uv sync --verbose',
      'COPY . /srv/app',
      'WORKDIR /srv/app',
      'CMD ["python", "-m", "demo"]',
    ].join('\n');
    expect(hasLog(fenced(body, 'dockerfile'))).toBe(false);
  });

  it('a diff adding shell lines', () => {
    const body = [
      '@@ -1,3 +1,6 @@',
      '+ echo one',
      '+ echo two',
      '+ echo three',
      '+ echo four',
      '+ echo five',
    ];
    expect(hasLog(fenced(body.join('\n')))).toBe(false);
  });

  it('a request for a verbose log, in prose', () => {
    const markdown = [
      '# uv picks the wrong Python',
      '',
      'Could you run `uv python find -v` and share what it prints?',
      'Also include your PATH',
      'and the output of `which -a python3`',
      'if you can.',
    ].join('\n');
    expect(hasLog(markdown)).toBe(false);
  });
});

describe('lineShape', () => {
  it('tells verbose-only records from ordinary levels', () => {
    expect(lineShape('DEBUG Searching for Python 3.12')).toBe('verbose');
    expect(lineShape('TRACE Checking lock for `/srv/app`')).toBe('verbose');
    expect(lineShape('[debug] resolving')).toBe('verbose');
    expect(lineShape('INFO: pip is looking at multiple versions')).toBe('level');
    expect(lineShape('INFO uv_client::base_client Retrying request')).toBe('record');
    expect(lineShape('INFO:demo.module:started')).toBe('record');
    expect(lineShape('2024-02-02 12:00:00.123 [warning] slow locator')).toBe('record');
    expect(lineShape('Python 3.12.1')).toBe('other');
    // A bracketed level stamped with an unpadded date and time.
    expect(lineShape('[DEBUG 2022-3-9 7:05:11.204]: Cached data exists')).toBe('verbose');
    expect(lineShape('[INFO 2022-3-9 7:05:11.204]: Discover interpreters')).toBe('record');
    expect(lineShape('[INFO] Discover interpreters')).toBe('level');
    // micromamba's padded levels before any logger: info only with -v, warnings always.
    expect(lineShape('info     libcurl  *  SSL certificate verify ok.')).toBe('verbose');
    expect(lineShape('warning  libmamba Cache file not found')).toBe('level');
    // VS Code's developer console in front of the extension's record.
    expect(
      lineShape(
        'console.ts:137 [Extension Host] Info Python Extension: 2019-09-30 09:06:07: autoSelectInterpreter',
      ),
    ).toBe('record');
  });

  it('reads a debug location at the end of a long line', () => {
    const long = `12 get interpreter info via cmd: ${'/x'.repeat(300)} [DEBUG cached_py_info:24]`;
    expect(lineShape(long)).toBe('verbose');
  });

  it('does not take an exception class for a logger name', () => {
    expect(lineShape('requests.exceptions.ConnectionError: refused')).toBe('other');
    expect(lineShape('pdm.termui: Adding requirement attrs')).toBe('record');
  });
});

describe('verboseCommand and startsCommand', () => {
  it('finds a tool run with a verbosity flag or switch', () => {
    expect(verboseCommand('uv sync -v')).toBe('command');
    expect(verboseCommand('$ RUST_LOG=trace uv python find')).toBe('command');
    expect(verboseCommand('[ada@box demo]$ poetry -vvv install')).toBe('command');
    expect(verboseCommand('PS C:\\work> pipenv install --verbose')).toBe('command');
    expect(verboseCommand('C:\\work>py -3.12 -m pip install -v demo')).toBe('command');
    expect(verboseCommand('(.venv) ➜  demo git:(main) tox -rvv')).toBe('command');
    expect(verboseCommand('`pdm install -v`')).toBe('command');
    expect(verboseCommand('Output of `uv venv -vv`:')).toBe('mention');
    // A cluster of short flags, and a prompt that shows the git branch.
    expect(verboseCommand('$ pdm init -vn --python /opt/py37/bin/python')).toBe('command');
    expect(verboseCommand('demo (main) $ pyenv exec pipenv lock -v')).toBe('command');
    // A per cent sign or a comment is no prompt.
    expect(verboseCommand('100 % of runs with uv sync -v pick 3.9.')).toBeNull();
    expect(verboseCommand('project # uv sync -v')).toBeNull();
  });

  it('ignores flags that are not verbosity and commands that are not the tool', () => {
    expect(verboseCommand('uv venv -p 3.12')).toBeNull();
    expect(verboseCommand('python -V')).toBeNull();
    expect(verboseCommand('docker run -v /src:/src demo uv sync')).toBeNull();
    expect(verboseCommand('RUN uv sync -v')).toBeNull();
    expect(verboseCommand('cat log | grep -v uv')).toBeNull();
  });

  it('knows where the next command starts', () => {
    expect(startsCommand('$ which python')).toBe(true);
    expect(startsCommand('source .venv/bin/activate')).toBe(true);
    expect(startsCommand('uv pip list')).toBe(true);
    expect(startsCommand('uv 0.9.1')).toBe(false);
    expect(startsCommand('Resolved 3 packages in 2ms')).toBe(false);
  });
});
