// Command lines in a pasted transcript: one run with a verbosity flag (its output is a verbose log
// whatever it looks like), and where the next command starts (its output is not).

// Tools whose `-v` means "more output", as they are invoked.
const TOOL_WORDS: ReadonlySet<string> = new Set([
  'uv',
  'uvx',
  'pip',
  'pip3',
  'pipx',
  'poetry',
  'pdm',
  'pipenv',
  'tox',
  'hatch',
  'virtualenv',
  'conda',
  'mamba',
  'micromamba',
  'pixi',
  'rye',
  'pyenv',
  'mise',
  'asdf',
  'spack',
  'brew',
  'nox',
  'pet',
  'pre-commit',
]);

// Words that start a shell command in a transcript or a list of steps (not output).
const SHELL_WORDS: ReadonlySet<string> = new Set([
  'cd',
  'source',
  '.',
  'export',
  'set',
  'unset',
  'echo',
  'cat',
  'ls',
  'dir',
  'mkdir',
  'rm',
  'cp',
  'mv',
  'touch',
  'which',
  'where',
  'where.exe',
  'type',
  'git',
  'docker',
  'curl',
  'wget',
  'sudo',
  'apt',
  'apt-get',
  'python',
  'python3',
  'py',
  'env',
  'RUN',
  'COPY',
  'FROM',
  'ENV',
  'WORKDIR',
]);

// Before the tool on a command line: environment assignments, `sudo`, `python -m`, `time`.
const LEADING_WORD =
  /^(?:[A-Za-z_]\w{0,60}=\S{0,300}|sudo|time|exec|command|python[\d.]{0,5}(?:\.exe)?|py|-[mIuXEBsS]{1,3}|-\d[\d.]{0,6})$/;
// `-v`, `-vv`, `--verbose`, `--debug`, tox's `-rvv`/`-rvvve`, a log level set to debug or trace.
// A cluster of short flags with a `v` in it counts too (`pdm init -vn`).
const VERBOSE_FLAG =
  /^(?:--verbose|--debug|-[a-zA-Z]{0,4}v{1,5}[a-zA-Z]{0,4}|--log-level=(?:debug|trace)|--verbosity=\d)$/;
// Environment switches the tools read for their debug logs.
const VERBOSE_ENV =
  /^(?:RUST_LOG|MISE_VERBOSE|MISE_DEBUG|MISE_TRACE|MISE_LOG_LEVEL|PYENV_DEBUG|CONDA_VERBOSITY)=(?!0\b|false\b|off\b)\S/i;
// `$ `, `% `, `> `, `# `, `PS C:\dir> `, `C:\dir>`, `user@host:~/dir$ `, `[user@host dir]$ `,
// `~/dir$ `, `dir (branch) $ `, `bash-5.2$ `, after an optional `(venv) ` marker; or anything up to a `❯`, `➜`, `λ`
// or `»` (themed shells put the directory and branch first).
const PROMPT =
  /^(?:\([^()\s]{1,60}\) {1,4})?(?:[$%>#] |PS [^>\n]{0,200}> ?|[A-Za-z]:\\[^>\n]{0,200}>|\[?[\w.-]{1,64}@[^$#%>\n]{1,200}[$#%>] ?|[~/\\\w.:-]{0,200}(?: \([^()\s]{1,60}\) )?[$#%] )|^[^❯➜λ»\n]{0,120}[❯➜λ»] /;
const CODE_SPAN = /`([^`\n]{1,300})`|<code>([^<\n]{1,300})<\/code>/g;
const EXECUTABLE_SUFFIX = /\.(?:exe|pyz|bat|cmd)$/i;
const MAX_COMMAND = 600;
const MAX_TOKENS = 40;
// A prompt's tail (the directory, a git branch) may come before the command.
const MAX_TOKENS_BEFORE_TOOL = 4;

/**
 * How the line runs a tool with a verbosity flag or switch: `command` when the line is the
 * command (`uv sync -v`, `$ RUST_LOG=trace uv …`, `set -x`), `mention` when a code span in a
 * sentence holds it (``Here is `uv sync -v`:``), else null.
 */
export function verboseCommand(raw: string): 'command' | 'mention' | null {
  if (raw.length > MAX_COMMAND || !mayBeVerbose(raw)) return null;
  const line = raw.trimStart();
  const prompt = PROMPT.exec(line);
  const body = prompt ? line.slice(prompt[0].length) : line;
  if (isVerboseInvocation(body, prompt ? MAX_TOKENS_BEFORE_TOOL : 0)) return 'command';
  if (!line.includes('`') && !line.includes('<code>')) return null;
  for (const span of line.matchAll(CODE_SPAN)) {
    const code = span[1] ?? span[2] ?? '';
    if (isVerboseInvocation(code, 0)) return line.trim() === span[0] ? 'command' : 'mention';
  }
  return null;
}

/** The line starts a new command: a shell prompt, or a tool or shell command at its start. */
export function startsCommand(raw: string): boolean {
  const line = raw.trimStart();
  if (!line) return false;
  if (PROMPT.test(line)) return true;
  const space = line.indexOf(' ');
  const word = space < 0 ? line : line.slice(0, space);
  if (word.length > 40) return false;
  if (SHELL_WORDS.has(word)) return true;
  // `uv venv`, `pdm install`: a tool then a subcommand or flag, not `uv 0.5.1` (its version).
  const next = line.charCodeAt(space + 1);
  return space > 0 && isToolWord(word) && ((next >= 97 && next <= 122) || next === 45);
}

function mayBeVerbose(line: string): boolean {
  return (
    line.includes('-v') ||
    line.includes('vv') ||
    line.includes('--debug') ||
    line.includes('--log-level=') ||
    line.includes('--verbosity=') ||
    line.includes('set -x') ||
    line.includes('=')
  );
}

/** `command` starts (after at most `slack` other words) with a tool run verbosely. */
function isVerboseInvocation(command: string, slack: number): boolean {
  const tokens = command.replace(/[`'"]/g, ' ').trim().split(/\s+/, MAX_TOKENS);
  if (tokens[0] === 'set' && tokens[1] === '-x') return true;
  let sawEnv = false;
  let before = 0;
  let at = 0;
  for (; at < tokens.length; at++) {
    const token = tokens[at] ?? '';
    if (isToolWord(token)) break;
    if (VERBOSE_ENV.test(token)) sawEnv = true;
    else if (!LEADING_WORD.test(baseName(token)) && ++before > slack) return false;
  }
  if (at >= tokens.length) return false;
  if (sawEnv) return true;
  for (at++; at < tokens.length; at++) {
    const token = tokens[at] ?? '';
    // A pipe or a second command ends this one: its flags are not the tool's.
    if (token === '|' || token === '&&' || token === ';' || token === '||') return false;
    if (VERBOSE_FLAG.test(stripTrailingPunctuation(token)) || VERBOSE_ENV.test(token)) return true;
  }
  return false;
}

function isToolWord(token: string): boolean {
  // Exact case: `Virtualenv is created…` is output, `virtualenv -vv …` a command.
  return TOOL_WORDS.has(baseName(token).replace(EXECUTABLE_SUFFIX, ''));
}

/** `C:\\venv\\Scripts\\python.exe` → `python.exe`; `/usr/bin/uv` → `uv`. */
function baseName(token: string): string {
  const slash = Math.max(token.lastIndexOf('/'), token.lastIndexOf('\\'));
  return slash >= 0 ? token.slice(slash + 1) : token;
}

function stripTrailingPunctuation(token: string): string {
  let end = token.length;
  while (end > 0 && ').,:;>'.includes(token.charAt(end - 1))) end--;
  return token.slice(0, end);
}
