// The tool an issue names when the repository gives none, and the version of the issue's tool as
// the text prints it (never Python's or another package's).
import { describe, expect, it } from 'vitest';
import type { ToolName } from '../../../src/core/triage/events.js';
import { extractIssue } from '../../../src/core/triage/extract.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { detectTool, detectToolVersion } from '../../../src/core/triage/tool.js';

function versionOf(tool: ToolName, markdown: string): string | null {
  const text = extractIssue(markdown);
  return detectToolVersion(tool, parseLogs(text.logText), text);
}

function toolOf(markdown: string): ToolName | null {
  const text = extractIssue(markdown);
  return detectTool(parseLogs(text.logText), text);
}

describe('the version of the tool', () => {
  it('reads `--version` output in its usual shapes', () => {
    expect(versionOf('uv', '# x\n\n```\n$ uv --version\nuv 0.5.11 (c4d0caa 2024-12-19)\n```')).toBe(
      '0.5.11',
    );
    expect(versionOf('pipx', '# x\n\n```\n$ pipx --version\n1.6.0\n```')).toBe('1.6.0');
    expect(versionOf('pdm', '# x\n\n```\n$ pdm --version\nPDM, version 2.19.3\n```')).toBe(
      '2.19.3',
    );
    expect(
      versionOf('mise', '# x\n\n```\n$ mise --version\n2025.1.6 macos-arm64 (2025-01-20)\n```'),
    ).toBe('2025.1.6');
  });

  it('reads a release the title names without the tool, unless it is a bound or shaped like Python’s', () => {
    expect(versionOf('tox', '# 4.21.0 breaks set_env substitution\n\nbody')).toBe('4.21.0');
    expect(versionOf('virtualenv', '# Cannot create envs on 20.25.1\n\nbody')).toBe('20.25.1');
    expect(versionOf('hatch', '# `hatch env show` prints nothing in 1.9.0\n\nbody')).toBe('1.9.0');
    // Bounds of a range are not the release in use.
    expect(versionOf('tox', '# Since 4.5.0, skip_missing is ignored\n\nbody')).toBeNull();
    expect(versionOf('uv', '# Starting with 0.3.1, the query fails\n\nbody')).toBeNull();
    expect(versionOf('uv', '# Regression starting in 0.5.0\n\nbody')).toBeNull();
    expect(versionOf('tox', '# Fixed in 4.12.1 but still broken\n\nbody')).toBeNull();
    // Python's and an OS's versions are not the tool's.
    expect(versionOf('pdm', '# pdm use fails on 3.12.1\n\nbody')).toBeNull();
    expect(versionOf('uv', '# uv python install fails on 22.04\n\nbody')).toBeNull();
    expect(versionOf('pdm', '# pdm fails in 10.0.22631 Windows build\n\nbody')).toBeNull();
    expect(versionOf('hatch', '# hatch shell breaks on macOS 14.5.1\n\nbody')).toBeNull();
    expect(versionOf('hatch', '# hatch shell breaks on 14.5.1 macOS\n\nbody')).toBeNull();
    // A release shaped like an Ubuntu version, and a release after a bound, are still read.
    expect(versionOf('virtualenv', '# Broken in 20.10.0\n\nbody')).toBe('20.10.0');
    expect(versionOf('tox', '# Since 4.3.3 it fails; still broken in 4.4.0\n\nbody')).toBe('4.4.0');
  });

  it('widens a two-number release by the tool’s fuller mention, and reads where an upgrade ended', () => {
    expect(
      versionOf('uv', '# Broken with uv 0.4\n\n```\nSuccessfully installed uv-0.4.7\n```'),
    ).toBe('0.4.7');
    expect(
      versionOf(
        'uv',
        '# x\n\nI upgraded my uv install in a conda env (from 0.2.1 to 0.2.9) and now it fails.',
      ),
    ).toBe('0.2.9');
    // An upgrade of Python is not one of the tool, nor one of another package in a later clause.
    expect(
      versionOf('uv', '# x\n\nI upgraded Python from 3.11.4 to 3.12.1 and uv broke.'),
    ).toBeNull();
    expect(
      versionOf(
        'poetry',
        '# x\n\nUpdated poetry and all the plugins; now installing from 1.0.0 to 2.0.0 of mypkg fails.',
      ),
    ).toBeNull();
    expect(versionOf('poetry', '# x\n\nI updated poetry from 1.8.2 to 1.8.3 of course.')).toBe(
      '1.8.3',
    );
    // The fuller release is one in use: not the start of an upgrade, nor a bound.
    expect(
      versionOf('uv', '# Broken with uv 0.4\n\nI upgraded from uv 0.4.1 to 0.4.9 today.'),
    ).toBe('0.4.9');
  });

  it('reads a backticked name before `version:`, a version in parentheses, and a git-describe tail', () => {
    expect(versionOf('uv', '# x\n\n`uv` version: (0.1.4 @ fef1956)')).toBe('0.1.4');
    expect(versionOf('pyenv', '# x\n\n- pyenv version: pyenv 2.3.17-5-ga57e0b50')).toBe(
      '2.3.17-5-ga57e0b50',
    );
  });

  it('reads `<tool> version:` statements and issue-form answers', () => {
    expect(
      versionOf('poetry', '# x\n\n- **Poetry version**: 1.7.1\n- **Python version**: 3.11'),
    ).toBe('1.7.1');
    expect(
      versionOf(
        'pdm',
        '# x\n\n```\nPDM version:\n    2.12.4\nPython Interpreter: /usr/bin/python3 (3.12)\n```',
      ),
    ).toBe('2.12.4');
    expect(versionOf('pipenv', "# x\n\nPipenv version: `'2023.12.1'`")).toBe('2023.12.1');
    expect(versionOf('uv', '# x\n\n### uv version\n\n0.6.3')).toBe('0.6.3');
    expect(versionOf('pip', '# x\n\n### pip version\n\n24.3')).toBe('24.3');
  });

  it('reads the versions of extensions and actions as they write them', () => {
    expect(
      versionOf(
        'vscode-python',
        '# x\n\n- Extension version (from the sidebar): v2024.3.11231007-dev',
      ),
    ).toBe('v2024.3.11231007-dev');
    expect(
      versionOf(
        'vscode-python',
        '# x\n\n```\n/home/u/.vscode/extensions/ms-python.python-2024.8.1/python_files/x.py\n```',
      ),
    ).toBe('2024.8.1');
    expect(
      versionOf(
        'vscode-python-environments',
        '# x\n\n```\nExtension Version: 1.8.0\nPython Extension Version: 2025.4.0\n```',
      ),
    ).toBe('1.8.0');
    expect(versionOf('setup-python', '# x\n\n```yaml\n- uses: actions/setup-python@v5\n```')).toBe(
      'v5',
    );
    expect(
      versionOf('setup-python', '# x\n\n```yaml\n- uses: actions/setup-python@v5.3.0\n```'),
    ).toBe('v5.3.0');
  });

  it('reads a title that opens with the version, and pre-releases', () => {
    expect(versionOf('virtualenv', "# 20.1.0: can't create an env for pypy")).toBe('20.1.0');
    expect(versionOf('virtualenv', '# 21b2: creating envs in parallel fails')).toBe('21b2');
    expect(versionOf('hatch', '# x\n\nWith hatch 1.0.0b9 the env is not found.')).toBe('1.0.0b9');
    expect(versionOf('pdm', '# x\n\npdm 0.1.dev12+g1a2b3c4.d20240101 is what I run')).toBe(
      '0.1.dev12+g1a2b3c4.d20240101',
    );
  });

  it('reads package lists and install lines', () => {
    expect(versionOf('tox', '# x\n\n```\npip list\ncolorama   0.4.6\ntox        4.21.2\n```')).toBe(
      '4.21.2',
    );
    expect(versionOf('tox-uv', '# x\n\n```\ntox==4.21.2\ntox-uv==1.13.1\nuv==0.4.20\n```')).toBe(
      '1.13.1',
    );
    expect(versionOf('uv', '# x\n\n```\nSuccessfully installed uv-0.3.4\n```')).toBe('0.3.4');
  });

  it('reads the release in the path a package manager installed it to', () => {
    expect(
      versionOf(
        'pyenv',
        '# x\n\n```\n+ [pyenv:12] enable -f /opt/homebrew/Cellar/pyenv/2.4.1_2/libexec/pyenv-realpath.dylib\n```',
      ),
    ).toBe('2.4.1_2');
    expect(
      versionOf(
        'uv',
        '# x\n\n```\n/nix/store/0c2mvs8x1sx5s1q4lnp7p5g3rbw1xwjd-uv-0.6.1/bin/uv\n```',
      ),
    ).toBe('0.6.1');
    expect(
      versionOf('tox', '# x\n\n```\n.venv/lib/python3.12/site-packages/tox-4.2.0.dist-info\n```'),
    ).toBe('4.2.0');
  });

  it('reads `<tool> version is X` log lines and a tag under an `Action version` label', () => {
    expect(versionOf('pipx', '# x\n\n```\npipx >(setup:12): pipx version is 1.2.0\n```')).toBe(
      '1.2.0',
    );
    expect(versionOf('setup-python', '# x\n\n**Action version:**\nv4\n\nIt fails.')).toBe('v4');
  });

  it('does not read the word after a version as a pre-release (`-bookworm`, `-beta` does count)', () => {
    expect(versionOf('uv', '# x\n\nThe image is uv:0.6.2-bookworm-slim.')).toBe('0.6.2');
    expect(versionOf('uv', '# x\n\nI run uv 0.6.2-beta.1 here.')).toBe('0.6.2-beta.1');
  });

  it("reads `poetry debug info`'s block", () => {
    expect(versionOf('poetry', '# x\n\n```\nPoetry\nVersion: 1.8.4\nPython:  3.12.7\n```')).toBe(
      '1.8.4',
    );
  });

  it('does not take the bound of a range for the version in use', () => {
    expect(
      versionOf('conda', '# x\n\nStarting with (I think) conda 23.11.0 this broke.'),
    ).toBeNull();
    expect(versionOf('uv', '# x\n\nIt worked before uv 0.3.0; I run uv 0.3.5 now.')).toBe('0.3.5');
  });

  it('takes the version an upgrade story ends with', () => {
    expect(versionOf('uv', '# x\n\nIt broke when I went from uv 0.4.1 to 0.4.2.')).toBe('0.4.2');
  });

  it("never takes Python's version or another tool's", () => {
    expect(versionOf('uv', '# x\n\nUsing Python 3.12.4 and pip 24.1, uv fails.')).toBeNull();
    expect(
      versionOf('pyenv', "# x\n\n```\npyenv: version `3.11.2' is not installed\n```"),
    ).toBeNull();
    expect(versionOf('poetry', '# x\n\n### Version\n\nPython 3.12.1')).toBeNull();
    // A title heading is not a form question, even when it says `version` and names the tool.
    expect(
      versionOf(
        'uv',
        '# `uv python install` ignores versions uv lists\n\nSay 3.10.12 is installed.',
      ),
    ).toBeNull();
  });

  it('stays fast on a label followed by a megabyte of spaces', () => {
    const started = performance.now();
    expect(versionOf('uv', `# x\n\nuv version:${' '.repeat(1_000_000)}`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the tool the text names', () => {
  it('reads the commands of the newer tools', () => {
    expect(toolOf('# install fails\n\n```\n$ pixi run test\nError: task failed\n```')).toBe('pixi');
    expect(toolOf('# wrong python\n\n```\n$ mise use python@3.12\n```')).toBe('mise');
    expect(toolOf('# lock fails\n\n```\n$ pipenv install --dev\n```')).toBe('pipenv');
    expect(toolOf('# env\n\n```\n$ micromamba create -n demo python=3.11\n```')).toBe('micromamba');
  });

  it('reads VS Code by its commands and settings', () => {
    expect(
      toolOf('# venv missing\n\nRunning "Python: Select Interpreter" does not list my venv.'),
    ).toBe('vscode-python');
    expect(toolOf('# venv missing\n\nI set `python.defaultInterpreterPath` to my venv.')).toBe(
      'vscode-python',
    );
  });

  it('gives the issue to the tool that runs the one whose log it carries', () => {
    const log = [
      '```',
      'py311: 120 I find interpreter for spec PythonSpec(major=3, minor=11) [virtualenv/discovery/builtin.py:58]',
      'py311: 130 D discover PATH[0]=/home/u/.local/bin [virtualenv/discovery/builtin.py:92]',
      '```',
    ].join('\n');
    expect(toolOf(`# tox skips py311\n\n${log}`)).toBe('tox');
  });

  it('keeps the tool the title names first over one only run as a command', () => {
    expect(
      toolOf(
        '# `uv init` hangs\n\nI used rye before.\n\n```\nrye config --set-bool behavior.global-python=false\n```',
      ),
    ).toBe('uv');
  });

  it("takes an issue form's version answer over a command for another tool", () => {
    expect(
      toolOf(
        '### What happened?\n\nAfter `brew upgrade`, uv no longer finds my Homebrew python.\n\n### Version\n\nuv 0.9.1 (Homebrew 2025-10-01)',
      ),
    ).toBe('uv');
  });

  it('calls pyenv on Windows pyenv-win', () => {
    expect(toolOf('# shims broken\n\n```\nC:\\Users\\jo>pyenv versions\n* 3.12.1\n```')).toBe(
      'pyenv-win',
    );
  });

  it('names nothing when nothing names a tool', () => {
    expect(toolOf('# it does not work\n\nNothing happens when I run it.')).toBeNull();
  });
});
