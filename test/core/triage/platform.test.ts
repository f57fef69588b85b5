// The platform an issue is about, read from the shapes of paths, prompts and kernel strings
// anywhere in its text, from what the reporter states, and from words; environments on top of an
// OS (conda, docker, WSL, nix) only when they explain the issue.
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../../../src/core/triage/extract.js';
import { detectPlatform, type PlatformInput } from '../../../src/core/triage/platform.js';

function platformOf(markdown: string, paths: string[] = []): string {
  const text = extractIssue(markdown);
  const input: PlatformInput = {
    paths,
    interpreterKinds: [],
    logText: text.logText,
    prose: text.prose,
    form: text.form,
  };
  return detectPlatform(input).platform;
}

describe('paths anywhere in the text', () => {
  it('reads a Windows drive path, a profile variable and the py launcher', () => {
    expect(platformOf('# venv not found\n\nIt lives in `D:\\work\\proj\\.venv`.')).toBe('windows');
    expect(platformOf('# no python\n\nI set `%LOCALAPPDATA%\\Programs\\Python`.')).toBe('windows');
    expect(platformOf('# hatch fails\n\n```\n> py -m hatch build\n```')).toBe('windows');
  });

  it('reads macOS home folders, Homebrew and framework paths', () => {
    expect(platformOf('# slow\n\n```\n/Users/marta/proj/.venv/bin/python\n```')).toBe('macos');
    expect(platformOf('# wrong python\n\nIt picks /opt/homebrew/bin/python3.13.')).toBe('macos');
    expect(
      platformOf('# gone\n\n/Library/Frameworks/Python.framework/Versions/3.11/bin/python3'),
    ).toBe('macos');
  });

  it('reads Linux home folders and Debian layouts', () => {
    expect(platformOf('# broken\n\n```\n/home/ravi/src/app/.venv/bin/python\n```')).toBe('linux');
    expect(platformOf('# old\n\nfrom /usr/lib/python3/dist-packages/virtualenv')).toBe('linux');
    expect(platformOf('# hangs\n\n```\n/root/.local/share/pdm/venv/bin/python\n```')).toBe('linux');
    // Not a home folder at the root of the file system: macOS keeps root's at /var/root.
    expect(platformOf('# hangs\n\n```\n/srv/root/.local/bin/pdm\n```')).toBe('unknown');
  });

  it('does not take a C:/Users path for macOS, nor words in links for the system', () => {
    expect(platformOf('# x\n\nThe venv is at C:/Users/ana/app/.venv.')).toBe('windows');
    expect(platformOf('# x\n\nSee https://example.org/linux-notes/windows-faq for more.')).toBe(
      'unknown',
    );
  });
});

describe('what the reporter states', () => {
  it('takes an issue-form answer and an `OS:` line over path shapes', () => {
    expect(platformOf('# x\n\n### Platform\n\nmacOS 14.4 arm64\n\n/home/ci/runner')).toBe('macos');
    expect(platformOf('# x\n\n- **OS**: Fedora 40\n- path C:\\tools')).toBe('linux');
  });

  it("reads `uname -a`, VS Code's OS version and a Python banner", () => {
    expect(
      platformOf(
        '# x\n\n```\n$ uname -a\nDarwin mbp.local 23.4.0 Darwin Kernel Version 23.4.0\n```',
      ),
    ).toBe('macos');
    expect(platformOf('# x\n\nOS version: Windows_NT x64 10.0.22631')).toBe('windows');
    expect(platformOf('# x\n\n```\nPython 3.12.2 (main) [GCC 13.2.0] on linux\n```')).toBe('linux');
  });

  it('reads WSL from its kernel string and from `Ubuntu on Windows`', () => {
    expect(
      platformOf(
        '# x\n\n```\nLinux box 5.15.153.1-microsoft-standard-WSL2 #1 SMP x86_64 GNU/Linux\n```',
      ),
    ).toBe('wsl');
    expect(platformOf('# x\n\n### OS\n\nUbuntu 24.04 LTS on Windows 11')).toBe('wsl');
  });

  it('answers unknown when several systems are stated alike, or another Unix is', () => {
    expect(platformOf('# x\n\n**Platforms:**\n- [x] Linux\n- [x] macOS\n- [x] Windows')).toBe(
      'unknown',
    );
    expect(platformOf('# x\n\nOn FreeBSD 14 the venv is made with the wrong python.')).toBe(
      'unknown',
    );
  });

  it('takes the first clause of a statement', () => {
    expect(platformOf('# x\n\n* The platform: Linux. Also seen on macOS once.')).toBe('linux');
  });
});

describe('environments on top of an OS', () => {
  it('does not call a Windows issue conda because conda is installed', () => {
    const log = [
      '```',
      'DEBUG Found `cpython-3.12.1-windows-x86_64-none` at `C:\\Python312\\python.exe` (search path)',
      'DEBUG Found `cpython-3.9.7-windows-x86_64-none` at `C:\\Users\\li\\anaconda3\\python.exe` (registry)',
      '```',
    ].join('\n');
    expect(
      platformOf(`# uv python list fails\n\n${log}`, [
        'C:\\Python312\\python.exe',
        'C:\\Users\\li\\anaconda3\\python.exe',
        'C:\\Users\\li\\AppData\\Local\\Programs\\Python\\Python311\\python.exe',
      ]),
    ).toBe('windows');
  });

  it('calls it conda when the title ties the issue to a conda environment', () => {
    expect(
      platformOf('# Named conda environments are not listed\n\nOn macOS with /Users/kim paths.'),
    ).toBe('conda');
  });

  it('calls it docker for a Dockerfile or a dev container, nix for the store', () => {
    expect(platformOf('# x\n\n```dockerfile\nFROM python:3.12-slim\nRUN pip install uv\n```')).toBe(
      'docker',
    );
    expect(platformOf('# x\n\nThis happens in devcontainers with /workspaces/app/.venv.')).toBe(
      'docker',
    );
    expect(
      platformOf('# x\n\nsee log', [
        '/nix/store/0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p-python3-3.12.4/bin/python3',
      ]),
    ).toBe('nix');
  });

  it('does not take `*nix`, a shell named wsl or a repository named docker as evidence', () => {
    expect(platformOf('# x\n\nOn *nix systems the venv works; on Windows 11 it does not.')).toBe(
      'windows',
    );
    expect(platformOf("# x\n\nInfo 2024-01-02 10:00:00: Shell identified as 'wsl'\nC:\\x")).toBe(
      'windows',
    );
    expect(platformOf('# x\n\nAs in org/tool-docker#12, on Ubuntu 22.04.')).toBe('linux');
  });
});

describe('whose machine', () => {
  it('weighs what only the later half of a thread shows at half', () => {
    const reporter = '# venv breaks\n\nMy project is at /Users/sam/code/app and the venv breaks.\n';
    const filler = 'More details follow.\n'.repeat(20);
    const maintainer = 'I cannot reproduce it here: /home/dev/app works.\n';
    expect(platformOf(`${reporter}${filler}${maintainer}`)).toBe('macos');
  });

  it('reads only samples of a huge log', () => {
    const log = `\`\`\`\n${'TRACE checking a directory\n'.repeat(400_000)}C:\\Users\\x\\python.exe\n\`\`\``;
    const started = performance.now();
    expect(platformOf(`# big\n\n${log}`)).toBe('windows');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
