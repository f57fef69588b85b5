// action.yml and every workflow in examples/ and .github/workflows/, read with GitHub's own parser
// (@actions/workflow-parser): no parse errors; every `with:` key of a step that uses this Action is
// one of its inputs; every job declares its token's permissions (itself or through the workflow)
// and holds exactly the scopes its steps need — contents: read for actions/checkout, and for this
// Action what its mode does (a comment, a check run, another run's artifacts, issue triage).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOW_DIRS = ['examples', '.github/workflows'];
/** YAML files in those folders that are not workflows (each is checked to have no `jobs`). */
const NOT_WORKFLOWS = new Set(['examples/waivers.yml']);
/** How workflows refer to this Action: the checkout itself, or the repository at a ref. */
const THIS_ACTION = /^(?:\.\/?|interpreter-guard\/interpreter-guard@[^/\s]+)$/;
const CHECKOUT = /^actions\/checkout@/;

type Level = 'none' | 'read' | 'write';
const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };
type Needs = Map<string, { level: Level; why: string }>;

interface WorkflowCheck {
  problems: string[];
  /** Steps that use this Action (so that an empty pass cannot hide a workflow not read). */
  actionSteps: number;
}

async function actionManifest(): Promise<{
  errors: string[];
  inputs: Set<string>;
  using: string;
  main: string;
}> {
  const content = await readFile(join(ROOT, 'action.yml'), 'utf8');
  const parsed = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length || !parsed.value) return { errors, inputs: new Set(), using: '', main: '' };
  const action = convertActionTemplate(parsed.context, parsed.value);
  const runs = action.runs as { using: string; main?: string };
  return {
    errors,
    inputs: new Set((action.inputs ?? []).map((i) => i.id)),
    using: runs.using,
    main: runs.main ?? '',
  };
}

async function workflowFiles(): Promise<{ workflows: string[]; others: string[] }> {
  const all: string[] = [];
  for (const dir of WORKFLOW_DIRS) {
    for (const f of await readdir(join(ROOT, dir))) {
      if (/\.ya?ml$/.test(f)) all.push(`${dir}/${f}`);
    }
  }
  return {
    workflows: all.filter((f) => !NOT_WORKFLOWS.has(f)).sort(),
    others: all.filter((f) => NOT_WORKFLOWS.has(f)),
  };
}

function text(token: TemplateToken | undefined): string | null {
  return token && isString(token) ? token.value : null;
}

function mapping(token: TemplateToken | undefined): MappingToken | null {
  return token && isMapping(token) ? token : null;
}

/** A `permissions:` value as scope → level; `read-all`/`write-all` as `*`. */
function grants(token: TemplateToken): Map<string, Level> {
  const out = new Map<string, Level>();
  const all = text(token);
  if (all === 'read-all' || all === 'write-all')
    out.set('*', all === 'read-all' ? 'read' : 'write');
  for (const { key, value } of mapping(token) ?? []) {
    out.set(key.toString(), (text(value) ?? 'none') as Level);
  }
  return out;
}

function need(needs: Needs, scope: string, level: Level, why: string): void {
  const had = needs.get(scope);
  if (!had || RANK[level] > RANK[had.level]) needs.set(scope, { level, why });
}

/** What a step of this Action needs from the token, by its literal mode, comment and baseline. */
function actionNeeds(needs: Needs, withs: MappingToken | null, where: string): string[] {
  const literal = (key: string, fallback: string): string | null => {
    const token = withs?.find(key);
    return token === undefined ? fallback : text(token);
  };
  const mode = literal('mode', 'all');
  const comment = literal('comment', 'on-change');
  const baseline = literal('baseline', 'tool');
  if (mode === null || comment === null || baseline === null)
    return [
      `${where}: mode, comment and baseline must be literal for the permissions to be checked`,
    ];
  const reporting = mode === 'all' || mode === 'report' || mode === 'comment';
  if (reporting && comment !== 'off')
    need(needs, 'pull-requests', 'write', `mode ${mode} comments on the pull request`);
  if (mode === 'report' || mode === 'comment')
    need(needs, 'checks', 'write', `mode ${mode} creates a check run`);
  if (mode === 'comment')
    need(needs, 'actions', 'read', "mode comment downloads the triggering run's artifacts");
  if (reporting && baseline === 'base-branch')
    need(needs, 'actions', 'read', "baseline base-branch downloads the base branch's artifacts");
  if (mode === 'triage') need(needs, 'issues', 'write', 'mode triage labels and comments');
  return [];
}

async function checkWorkflow(
  name: string,
  content: string,
  inputs: ReadonlySet<string>,
): Promise<WorkflowCheck> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((e) => e.message);
  if (problems.length || !parsed.value) return { problems, actionSteps: 0 };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  problems.push(...(template.errors ?? []).map((e) => `${name}: ${e.Message}`));

  const root = mapping(parsed.value);
  const workflowPermissions = root?.find('permissions');
  let actionSteps = 0;
  for (const { key, value } of mapping(root?.find('jobs')) ?? []) {
    const job = `${name}: job ${key.toString()}`;
    const needs: Needs = new Map();
    const steps = mapping(value)?.find('steps');
    for (const [i, stepToken] of [...(steps && isSequence(steps) ? steps : [])].entries()) {
      const step = mapping(stepToken);
      const uses = text(step?.find('uses')) ?? '';
      const where = `${job}, step ${i + 1} (${uses || 'run'})`;
      if (CHECKOUT.test(uses)) need(needs, 'contents', 'read', 'actions/checkout');
      if (!THIS_ACTION.test(uses)) continue;
      actionSteps++;
      const withs = mapping(step?.find('with'));
      for (const { key: input } of withs ?? []) {
        if (!inputs.has(input.toString()))
          problems.push(`${where}: with.${input.toString()} is not an input of action.yml`);
      }
      problems.push(...actionNeeds(needs, withs, where));
    }

    const declared = mapping(value)?.find('permissions') ?? workflowPermissions;
    if (!declared) {
      problems.push(`${job}: no permissions declared (neither the job nor the workflow)`);
      continue;
    }
    const granted = grants(declared);
    if (granted.has('*'))
      problems.push(`${job}: grants ${text(declared)}; list the scopes instead`);
    for (const [scope, { level, why }] of needs) {
      const has = granted.get(scope) ?? granted.get('*') ?? 'none';
      if (RANK[has] < RANK[level])
        problems.push(`${job}: needs ${scope}: ${level} (${why}), has ${scope}: ${has}`);
    }
    for (const [scope, level] of granted) {
      const wanted = needs.get(scope)?.level ?? 'none';
      if (scope !== '*' && RANK[level] > RANK[wanted])
        problems.push(`${job}: grants ${scope}: ${level}, but no step needs more than ${wanted}`);
    }
  }
  return { problems, actionSteps };
}

describe('action.yml', () => {
  it('parses with GitHub’s action parser and runs on node24', async () => {
    const action = await actionManifest();
    expect(action.errors).toEqual([]);
    expect(action.using).toBe('node24');
    expect(action.main).toBe('dist/index.js');
    expect(action.inputs).toContain('report-name');
    expect(action.inputs.size).toBeGreaterThan(10);
  });
});

describe('workflows in examples/ and .github/workflows/', async () => {
  const { inputs } = await actionManifest();
  const { workflows, others } = await workflowFiles();

  it('are all read (the non-workflow YAML files are known and have no jobs)', async () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        'examples/committed-baseline.yml',
        'examples/fork-safe-stage-1.yml',
        'examples/fork-safe-stage-2.yml',
        'examples/matrix-with-nix.yml',
        'examples/release-watch.yml',
        'examples/triage.yml',
      ]),
    );
    for (const f of others) {
      const data = parseYaml(await readFile(join(ROOT, f), 'utf8')) as Record<string, unknown>;
      expect(data, f).not.toHaveProperty('jobs');
    }
  });

  it.each(workflows)('%s parses; its inputs and permissions fit', async (file) => {
    const check = await checkWorkflow(file, await readFile(join(ROOT, file), 'utf8'), inputs);
    expect(check.problems).toEqual([]);
    expect(check.actionSteps).toBeGreaterThan(0);
  });
});

describe('the workflow check', () => {
  const inputs = new Set(['mode', 'tool', 'comment', 'baseline', 'report-name']);
  const workflow = (job: string) => `name: t
on: pull_request
jobs:
  guard:
    runs-on: ubuntu-latest
${job}`;
  const good = workflow(`    permissions: { contents: read, pull-requests: write, checks: write }
    steps:
      - uses: actions/checkout@v5
      - uses: ./
        with: { mode: report, tool: uv }
`);

  it('passes a workflow that fits', async () => {
    expect(await checkWorkflow('good.yml', good, inputs)).toEqual({
      problems: [],
      actionSteps: 1,
    });
  });

  it('names a misspelt input', async () => {
    const bad = good.replace('tool: uv', 'tol: uv');
    expect((await checkWorkflow('bad.yml', bad, inputs)).problems).toEqual([
      'bad.yml: job guard, step 2 (./): with.tol is not an input of action.yml',
    ]);
  });

  it('names the parser’s errors (an unknown scope, an unknown level, an unknown key)', async () => {
    const bad = good
      .replace('contents: read', 'contents: raed')
      .replace('checks: write', 'check: write')
      .replace('steps:', 'stepz: []\n    steps:');
    const { problems } = await checkWorkflow('bad.yml', bad, inputs);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/Unexpected value 'raed'/);
    expect(problems.join('\n')).toMatch(/Unexpected value 'check'/);
    expect(problems.join('\n')).toMatch(/Unexpected value 'stepz'/);
  });

  it('wants permissions declared, and contents: read where actions/checkout runs', async () => {
    const undeclared = good.replace(/ {4}permissions:.*\n/, '');
    expect((await checkWorkflow('bad.yml', undeclared, inputs)).problems).toEqual([
      'bad.yml: job guard: no permissions declared (neither the job nor the workflow)',
    ]);
    const noContents = good.replace('contents: read, ', '');
    expect((await checkWorkflow('bad.yml', noContents, inputs)).problems).toEqual([
      'bad.yml: job guard: needs contents: read (actions/checkout), has contents: none',
    ]);
    // The workflow's permissions apply to a job without its own.
    const fromWorkflow = undeclared.replace(
      'on: pull_request\n',
      'on: pull_request\npermissions: { contents: read, pull-requests: write, checks: write }\n',
    );
    expect((await checkWorkflow('ok.yml', fromWorkflow, inputs)).problems).toEqual([]);
  });

  it('wants what each mode does, and no more', async () => {
    const comment = good.replace('mode: report', 'mode: comment');
    expect((await checkWorkflow('bad.yml', comment, inputs)).problems).toEqual([
      "bad.yml: job guard: needs actions: read (mode comment downloads the triggering run's artifacts), has actions: none",
    ]);
    const discover = good.replace('mode: report', 'mode: discover');
    expect((await checkWorkflow('bad.yml', discover, inputs)).problems).toEqual([
      'bad.yml: job guard: grants pull-requests: write, but no step needs more than none',
      'bad.yml: job guard: grants checks: write, but no step needs more than none',
    ]);
    const writeAll = good.replace(/\{ contents: read.*\}/, 'write-all');
    expect((await checkWorkflow('bad.yml', writeAll, inputs)).problems).toEqual([
      'bad.yml: job guard: grants write-all; list the scopes instead',
    ]);
  });
});
