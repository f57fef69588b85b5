// Disagreements: verdicts of this run that contradict what the inventory measured about the same
// interpreter on the same runner. No baseline is needed: the inventory is the reference. Each one
// carries the measured fact and the classification behind it, so a maintainer can tell whether the
// tool or the inventory is wrong. Pure: reports in, changes out.
//
// The rules, each claimed only when the measurement leaves the tool no room:
//   venv-without-pyvenv-cfg  turned down as a virtual environment ("system interpreter required")
//                            while there is no pyvenv.cfg — PEP 405 marks a virtual environment by
//                            that file (https://peps.python.org/pep-0405/); inventory kinds that are
//                            environments by another definition (venv, conda-env) are left out.
//   query-succeeded          turned down as broken, unexecutable or failing the tool's query while
//                            the inventory ran it on the same runner and read it; shims (whose
//                            target depends on the environment and working directory) are left out.
//   version-satisfies        skipped for its version while its measured version satisfies the
//                            request (variants, pre-releases and project constraints left out).
//   unseen-in-searched-dir   not mentioned at all by a scenario that selected nothing, although it
//                            satisfies the request, has a name every tool looks for, and sits in a
//                            directory the tool searched.
import type { InterpreterEntry, Report } from '../model.js';
import { legOf } from '../leg.js';
import { dirName, normalizeSeparators } from '../inventory/paths.js';
import type { Decision, ScenarioRun } from '../tools/model.js';
import {
  verdictLabel,
  type Change,
  type DisagreementEvidence,
  type DisagreementRule,
} from './compare.js';
import { keysMemo, type KeysOf } from './keys.js';
import { executableName, expectedNames, satisfies } from './request-match.js';

// Kinds that are environments by a definition other than PEP 405's pyvenv.cfg (legacy virtualenv's
// sys.real_prefix; conda environments, which uv treats as virtual on purpose).
const ENVIRONMENT_KINDS: ReadonlySet<InterpreterEntry['kind']> = new Set(['venv', 'conda-env']);
// Kinds whose query outcome depends on the environment or cannot be compared with a run.
const UNSTABLE_KINDS: ReadonlySet<InterpreterEntry['kind']> = new Set([
  'shim',
  'windows-store-shim',
]);
// Failures a tool may be right about although the interpreter runs: requirements of its own.
const TOOL_REQUIREMENT = /distutils|only compatible with|not supported|unsupported/i;
// Skips for a constraint other than the scenario's request (pdm/poetry projects).
const PROJECT_CONSTRAINT = /project|requires-python/i;

/**
 * The disagreements of the current run that the baseline does not show too. With no baseline
 * every one is new (a first run reports them all); with one, a disagreement it already had is
 * not repeated on every pull request, as an unchanged verdict is not (an A/A run reports none).
 * `keysOf` gives each report's keys (see keysMemo), shared with the comparison of the same reports.
 */
export function newDisagreements(
  reports: readonly Report[],
  baseline: { reports: readonly Report[]; role: 'current' | 'baseline' } | null,
  keysOf: KeysOf = keysMemo(),
): { changes: Change[]; known: number } {
  const now = findAll(reports, keysOf, 'current');
  if (!baseline) return { changes: now.map(({ change }) => change), known: 0 };
  const before = new Set(
    findAll(baseline.reports, keysOf, baseline.role).map(({ identity }) => identity),
  );
  const changes = now.filter(({ identity }) => !before.has(identity)).map(({ change }) => change);
  return { changes, known: now.length - changes.length };
}

function findAll(
  reports: readonly Report[],
  keysOf: KeysOf,
  role: 'current' | 'baseline',
): { change: Change; identity: string }[] {
  const out: { change: Change; identity: string }[] = [];
  for (const report of reports) {
    const leg = legOf(report.runner);
    const keys = keysOf(report.runner, report.interpreters);
    const inventory = indexInventory(report.interpreters);
    for (const tool of report.tools ?? []) {
      if (tool.role !== role) continue;
      for (const run of tool.scenarios) {
        const scenarioKeys = keys.scenario(run);
        const key = scenarioKeys.path;
        for (const found of scenarioDisagreements(run, inventory)) {
          const change: Change = {
            class: 'disagreement',
            leg,
            scenario: run.id,
            path: found.entry.path,
            key: key(found.entry.path),
            before: `measured: ${found.evidence.fact}`,
            after: verdictLabel(found.decision),
            reason: found.decision.reason,
            waived: null,
            interpreterKind: found.entry.kind,
            disagreement: found.evidence,
          };
          out.push({
            change,
            // One finding on any runner: the leg, the tool, the scenario and the interpreter by
            // their keys, and the rule.
            identity: [leg, tool.name, scenarioKeys.scenario, change.key, found.evidence.rule].join(
              '\u0000',
            ),
          });
        }
      }
    }
  }
  return out;
}

interface Inventory {
  byPath: Map<string, InterpreterEntry>;
  byId: Map<string, InterpreterEntry[]>;
  entries: readonly InterpreterEntry[];
}

function indexInventory(entries: readonly InterpreterEntry[]): Inventory {
  const byPath = new Map<string, InterpreterEntry>();
  const byId = new Map<string, InterpreterEntry[]>();
  for (const e of entries) {
    byPath.set(e.path, e);
    byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  }
  return { byPath, byId, entries };
}

interface Found {
  entry: InterpreterEntry;
  decision: Decision;
  evidence: DisagreementEvidence;
}

function scenarioDisagreements(run: ScenarioRun, inventory: Inventory): Found[] {
  const found: Found[] = [];
  const claimed = new Set<string>();
  const seenIds = new Set<string>();
  for (const d of run.decisions)
    if (d.verdict !== 'unseen' && d.interpreterId) seenIds.add(d.interpreterId);

  // Verdicts the tool gave: one disagreement per interpreter, on its first inventory path.
  for (const d of run.decisions) {
    if (d.verdict !== 'rejected' && d.verdict !== 'skipped') continue;
    const entry = entryOf(d, inventory);
    if (!entry || claimed.has(entry.id)) continue;
    const evidence = verdictContradiction(d, entry, run.request);
    if (!evidence) continue;
    claimed.add(entry.id);
    found.push({ entry, decision: d, evidence });
  }

  // Interpreters the scenario never mentioned although it found nothing.
  if (run.outcome.selected === null && run.request !== null) {
    const searched = searchedDirectories(run);
    const names = expectedNames(run.request);
    for (const entry of inventory.entries) {
      if (seenIds.has(entry.id) || claimed.has(entry.id)) continue;
      if (ENVIRONMENT_KINDS.has(entry.kind) || UNSTABLE_KINDS.has(entry.kind)) continue;
      if (!names.includes(executableName(entry.path))) continue;
      if (satisfies(run.request, entry) !== true) continue;
      const dir = dirKey(dirName(entry.path));
      const how =
        searched.dirs.get(dir) ??
        (searched.all && entry.providers.includes('path') ? searched.all : null);
      if (!how) continue;
      const decision = run.decisions.find((d) => d.path === entry.path);
      if (!decision) continue;
      claimed.add(entry.id);
      found.push({
        entry,
        decision,
        evidence: evidence(
          'unseen-in-searched-dir',
          `${measured(entry)} satisfies the request ${quote(run.request)}, and ${dirName(entry.path)} is a directory the tool searched (${how})`,
          entry,
        ),
      });
    }
  }
  return found;
}

function verdictContradiction(
  d: Decision,
  entry: InterpreterEntry,
  request: string | null,
): DisagreementEvidence | null {
  const queried = !entry.error && !!entry.version;
  if (!queried) return null;
  const reason = d.reason ?? '';
  switch (d.reasonKind) {
    case 'system-required': {
      if (d.verdict !== 'rejected' || entry.pyvenvCfg || ENVIRONMENT_KINDS.has(entry.kind))
        return null;
      const prefixes =
        entry.prefix !== entry.basePrefix
          ? 'sys.prefix differs from sys.base_prefix, but that alone does not make a virtual environment'
          : 'and sys.prefix is sys.base_prefix';
      return evidence(
        'venv-without-pyvenv-cfg',
        `no pyvenv.cfg at sys.prefix or beside the executable, so not a virtual environment by PEP 405; ${prefixes}`,
        entry,
      );
    }
    case 'query-failed':
    case 'not-executable':
    case 'unknown-os': {
      if (
        d.verdict !== 'rejected' ||
        UNSTABLE_KINDS.has(entry.kind) ||
        TOOL_REQUIREMENT.test(reason)
      )
        return null;
      const libc = entry.libc?.name
        ? `${entry.libc.name}${entry.libc.version ? ` ${entry.libc.version}` : ''}`
        : null;
      if (d.reasonKind === 'unknown-os' && !libc) return null;
      return evidence(
        'query-succeeded',
        `the inventory ran it on this runner and read ${measured(entry)}${entry.executable ? ` (sys.executable ${entry.executable})` : ''}${d.reasonKind === 'unknown-os' ? ` on ${entry.os ?? 'this OS'} with ${libc}` : ''}`,
        entry,
      );
    }
    case 'version-mismatch': {
      if (PROJECT_CONSTRAINT.test(reason) || satisfies(request, entry) !== true) return null;
      return evidence(
        'version-satisfies',
        `${measured(entry)} satisfies the request ${quote(request ?? '')}`,
        entry,
      );
    }
    default:
      return null;
  }
}

function evidence(
  rule: DisagreementRule,
  fact: string,
  entry: InterpreterEntry,
): DisagreementEvidence {
  return { rule, fact, classification: classificationOf(entry) };
}

/** The inventory's classification, quoted: kind and why, the prefixes, pyvenv.cfg. */
export function classificationOf(entry: InterpreterEntry): string {
  return [
    `kind ${entry.kind} (${entry.why})`,
    `sys.prefix ${entry.prefix ?? 'unknown'}`,
    `sys.base_prefix ${entry.basePrefix ?? 'unknown'}`,
    `pyvenv.cfg ${entry.pyvenvCfg ? entry.pyvenvCfg.path : 'none'}`,
  ].join('; ');
}

function measured(entry: InterpreterEntry): string {
  const impl =
    entry.implementation === 'cpython'
      ? 'CPython'
      : entry.implementation === 'pypy'
        ? 'PyPy'
        : (entry.implementation ?? 'Python');
  const variant = [entry.freeThreaded ? 'free-threaded' : '', entry.debug ? 'debug' : '']
    .filter(Boolean)
    .join(' ');
  return `${impl} ${entry.version ?? '?'}${variant ? ` (${variant})` : ''}`;
}

/**
 * The inventory entry a decision is about: by its path, else the first path of its interpreter.
 * uv names an interpreter's own sys.executable when it turns it down; a legacy Nix wrapper reports
 * another file's path there (`env/bin/python` says `env/bin/python3.X`). For a rejection as a
 * virtual environment, the entry that reports one of the interpreter's paths as its sys.executable
 * and looks like one is the subject.
 */
function entryOf(d: Decision, inventory: Inventory): InterpreterEntry | null {
  const own =
    inventory.byPath.get(d.path) ??
    (d.interpreterId ? inventory.byId.get(d.interpreterId)?.[0] : undefined) ??
    null;
  if (d.reasonKind !== 'system-required' || !own || own.prefix !== own.basePrefix) return own;
  const names = new Set([d.path, ...(inventory.byId.get(own.id) ?? []).map((e) => e.path)]);
  return (
    inventory.entries.find(
      (e) => !!e.executable && names.has(e.executable) && e.prefix !== e.basePrefix && !e.error,
    ) ?? own
  );
}

interface Searched {
  /** Why every PATH directory counts as searched, or null. */
  all: string | null;
  /** Directories the log shows were searched, with how it shows it. */
  dirs: Map<string, string>;
}

// A final error saying the whole search path was looked through: uv's "No interpreter found for
// Python 3.12 in [managed installations or] search path", virtualenv's "failed to find interpreter".
// Reports come from forks too: every pattern here is bounded, and runs on a clipped error.
const EXHAUSTED = /\bin (?:[\w ,]{1,80} )?search path\b|failed to find interpreter for/i;
const ERROR_READ = 500;
// Lines naming a directory being searched: uv (trace) and virtualenv/python-discovery (debug).
// The rest of the line is taken whole (greedy, linear) and trimmed in code.
const DIR_LINES = [
  /Checking `PATH` directory for interpreters: ([^\n]{1,1000})$/gm,
  /\bdiscover PATH\[\d+\]=([^\n]{1,1000})$/gm,
];
const DEBUG_SUFFIX = / \[DEBUG [^\]\n]{0,200}\]$/;

export function searchedDirectories(run: ScenarioRun): Searched {
  const dirs = new Map<string, string>();
  for (const re of DIR_LINES)
    for (const m of run.log.matchAll(re)) {
      const dir = dirKey((m[1] ?? '').trimEnd().replace(DEBUG_SUFFIX, ''));
      if (dir && !dirs.has(dir)) dirs.set(dir, 'its log lists the directory');
    }
  for (const d of run.decisions) {
    if (d.verdict === 'unseen' || !/^(?:\/|[A-Za-z]:[\\/])/.test(d.path)) continue;
    const dir = dirKey(dirName(d.path));
    if (!dirs.has(dir))
      dirs.set(
        dir,
        `it ${d.verdict === 'selected' || d.verdict === 'accepted' ? 'accepted' : 'turned down'} ${d.path} there`,
      );
  }
  const error = (run.outcome.error ?? '').slice(0, ERROR_READ);
  return {
    all: EXHAUSTED.test(error)
      ? `its error says it looked through the search path: "${error.slice(0, 200)}"`
      : null,
    dirs,
  };
}

/** A directory as a key: forward slashes, no trailing slash, Windows paths case-folded. */
function dirKey(dir: string): string {
  const d = normalizeSeparators(dir.trim()).replace(/(.)\/+$/, '$1');
  return /^[A-Za-z]:\//.test(d) ? d.toLowerCase() : d;
}

function quote(text: string): string {
  return `"${text}"`;
}
