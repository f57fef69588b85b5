// The inventory: every interpreter the providers find, queried once (cached, in parallel) and
// classified. Broken interpreters are entries with an error, never a failure of the whole run.
import pLimit from 'p-limit';
import { interpreterId, unqueriedId } from '../core/identity.js';
import { classify, isExternallyManaged } from '../core/inventory/classify.js';
import type { ProbeFacts } from '../core/inventory/probe-output.js';
import type { InterpreterEntry, ProbeError, ProviderName } from '../core/model.js';
import type { ProbeCache } from './cache.js';
import { inspectCandidate, type CandidateFile } from './candidate-file.js';
import type { DiscoveryContext, Provider } from './context.js';
import { introspect, scrubEnvironment, type ProbeOutcome } from './introspect.js';
import { locate, type Locations } from './locations.js';
import { ALL_PROVIDERS } from './providers/index.js';
import { resolvePyenvShim, type ShimResolution } from './pyenv-shim.js';

export interface InventoryOptions {
  cache: ProbeCache;
  timeoutMs: number;
  concurrency: number;
  /** Provider names to use; all that run on this OS when absent. */
  providers?: readonly ProviderName[];
  /** Extra interpreter paths to include (provider `explicit`). */
  extraPaths?: readonly string[];
  /** Run pyenv shims instead of reading pyenv's version files. */
  runShims?: boolean;
  /** Query every path, even symlinks to a file already queried from the same directory layout. */
  probeEveryPath?: boolean;
  onProgress?: (event: { done: number; total: number; path: string }) => void;
}

export interface Inventory {
  interpreters: InterpreterEntry[];
  locations: Locations;
}

export async function takeInventory(
  ctx: DiscoveryContext,
  options: InventoryOptions,
): Promise<Inventory> {
  const where = locate(ctx);
  const candidates = await gatherCandidates(ctx, where, options);
  const files = await Promise.all(
    [...candidates.keys()].map((path) => inspectCandidate(path, ctx.os)),
  );
  const prober = new Prober(ctx, options);

  const shims = new Map<string, ShimResolution>();
  if (!options.runShims) {
    await Promise.all(
      files.map(async (file) => {
        if (file.pyenvShimRoot)
          shims.set(file.path, await resolvePyenvShim(file.path, file.pyenvShimRoot, ctx));
      }),
    );
  }

  const outcomes = await prober.probeAll(files, shims, !!options.probeEveryPath);
  const interpreters = files.map((file) =>
    toEntry(
      file,
      candidates.get(file.path) ?? ['explicit'],
      outcomes.get(file.path) ?? missing(),
      shims.get(file.path),
      where,
    ),
  );
  await options.cache.save();
  return { interpreters, locations: where };
}

async function gatherCandidates(
  ctx: DiscoveryContext,
  where: Locations,
  options: InventoryOptions,
): Promise<Map<string, ProviderName[]>> {
  const providers: Provider[] = ALL_PROVIDERS.filter(
    (p) => p.os.includes(ctx.os) && (!options.providers || options.providers.includes(p.name)),
  );
  const found = await Promise.all(
    providers.map(async (p) => ({ name: p.name, paths: await p.find(ctx, where) })),
  );
  const byPath = new Map<string, ProviderName[]>();
  const add = (path: string, provider: ProviderName) => {
    const list = byPath.get(path) ?? [];
    if (!list.includes(provider)) list.push(provider);
    byPath.set(path, list);
  };
  for (const path of options.extraPaths ?? []) add(path, 'explicit');
  for (const { name, paths } of found) for (const path of paths) add(path, name);
  return byPath;
}

/** Queries interpreters at most once per file identity, with bounded concurrency and a cache. */
class Prober {
  private readonly limit;
  private readonly env;
  private readonly running = new Map<string, Promise<ProbeOutcome>>();
  private done = 0;
  private total = 0;

  constructor(
    private readonly ctx: DiscoveryContext,
    private readonly options: InventoryOptions,
  ) {
    this.limit = pLimit(Math.max(1, options.concurrency));
    this.env = scrubEnvironment(ctx.env);
  }

  async probeAll(
    files: CandidateFile[],
    shims: Map<string, ShimResolution>,
    everyPath: boolean,
  ): Promise<Map<string, ProbeOutcome>> {
    const outcomes = new Map<string, ProbeOutcome>();
    const leaders = new Map<string, CandidateFile>();
    const followers: CandidateFile[] = [];
    const direct: CandidateFile[] = [];
    const shimTargets = new Set<string>();

    for (const file of files) {
      const shim = shims.get(file.path);
      if (file.error) outcomes.set(file.path, { facts: null, error: file.error });
      else if (shim?.kind === 'unresolved') outcomes.set(file.path, shimFailure(shim));
      else if (shim?.kind === 'resolved') shimTargets.add(shim.target);
      else if (everyPath || !file.shareable || !file.realpath) direct.push(file);
      else {
        // Symlinks to one binary, with no pyvenv.cfg near any of them, differ only in the
        // path they were run as: query one of them and derive the rest.
        const leader = leaders.get(file.realpath);
        if (!leader || file.path === file.realpath) {
          if (leader) followers.push(leader);
          leaders.set(file.realpath, file);
        } else followers.push(file);
      }
    }
    const targetFiles = await Promise.all(
      [...shimTargets]
        .filter((t) => !files.some((f) => f.path === t))
        .map((t) => inspectCandidate(t, this.ctx.os)),
    );
    this.total = direct.length + leaders.size + targetFiles.length;

    const first = [...direct, ...leaders.values(), ...targetFiles];
    const firstOutcomes = await Promise.all(first.map((f) => this.probe(f)));
    first.forEach((f, i) => outcomes.set(f.path, firstOutcomes[i] ?? missing()));

    const second: CandidateFile[] = [];
    for (const file of followers) {
      const leader = leaders.get(file.realpath ?? '');
      const derived = leader
        ? deriveFollower(outcomes.get(leader.path), leader.path, file.path)
        : null;
      if (derived) outcomes.set(file.path, derived);
      else second.push(file);
    }
    this.total += second.length;
    const secondOutcomes = await Promise.all(second.map((f) => this.probe(f)));
    second.forEach((f, i) => outcomes.set(f.path, secondOutcomes[i] ?? missing()));

    for (const [path, shim] of shims) {
      if (shim.kind === 'resolved')
        outcomes.set(
          path,
          outcomes.get(shim.target) ??
            (await this.probe(await inspectCandidate(shim.target, this.ctx.os))),
        );
    }
    return outcomes;
  }

  private probe(file: CandidateFile): Promise<ProbeOutcome> {
    if (file.error) return Promise.resolve({ facts: null, error: file.error });
    const known = this.running.get(file.path);
    if (known) return known;
    const run = this.limit(async () => {
      const cached = file.identity ? this.options.cache.get(file.path, file.identity) : null;
      const outcome =
        cached ??
        (await introspect(file.path, {
          runner: this.ctx.runner,
          env: this.env,
          cwd: this.ctx.cwd,
          timeoutMs: this.options.timeoutMs,
        }));
      if (!cached && file.identity && isCacheable(file, outcome))
        this.options.cache.set(file.path, file.identity, outcome);
      this.done++;
      this.options.onProgress?.({ done: this.done, total: this.total, path: file.path });
      return outcome;
    });
    this.running.set(file.path, run);
    return run;
  }
}

/**
 * Only results that depend on the file alone are kept: not when the file that ran is not the
 * interpreter itself (a shim or wrapper that picks its target at run time), not timeouts.
 */
function isCacheable(file: CandidateFile, outcome: ProbeOutcome): boolean {
  if (file.isScript) return false;
  if (outcome.facts) return outcome.facts.executableRealpath === file.realpath;
  return outcome.error.kind === 'exit' || outcome.error.kind === 'invalid-output';
}

function deriveFollower(
  outcome: ProbeOutcome | undefined,
  leaderPath: string,
  path: string,
): ProbeOutcome | null {
  if (!outcome?.facts || outcome.facts.executable !== leaderPath) return null;
  const facts: ProbeFacts = {
    ...outcome.facts,
    executable: path,
    baseExecutable:
      outcome.facts.baseExecutable === leaderPath ? path : outcome.facts.baseExecutable,
  };
  return { facts, error: null };
}

function shimFailure(shim: Extract<ShimResolution, { kind: 'unresolved' }>): ProbeOutcome {
  return {
    facts: null,
    error: {
      kind: 'exit',
      detail: `exit code ${shim.exitCode}: ${shim.detail} [read from pyenv's version files, not run]`,
    },
  };
}

function missing(): ProbeOutcome {
  return {
    facts: null,
    error: { kind: 'spawn', detail: 'internal: no probe result recorded' } satisfies ProbeError,
  };
}

function toEntry(
  file: CandidateFile,
  providers: ProviderName[],
  outcome: ProbeOutcome,
  shim: ShimResolution | undefined,
  where: Locations,
): InterpreterEntry {
  const { facts } = outcome;
  const { kind, why } = classify({
    path: file.path,
    realpath: file.realpath,
    providers,
    facts,
    isScript: file.isScript,
    context: where,
  });
  return {
    id: facts
      ? interpreterId({
          implementation: facts.implementation,
          version: facts.version,
          prefix: facts.prefix,
          basePrefix: facts.basePrefix,
          executableRealpath: facts.executableRealpath,
        })
      : unqueriedId(file.realpath ?? file.path),
    path: file.path,
    realpath: file.realpath,
    kind,
    why,
    implementation: facts?.implementation ?? null,
    version: facts?.version ?? null,
    arch: facts?.arch ?? null,
    pointerSize: facts?.pointerSize ?? null,
    os: facts?.platform ?? null,
    libc: facts?.libc ?? null,
    executable: facts?.executable ?? null,
    baseExecutable: facts?.baseExecutable ?? null,
    prefix: facts?.prefix ?? null,
    basePrefix: facts?.basePrefix ?? null,
    execPrefix: facts?.execPrefix ?? null,
    baseExecPrefix: facts?.baseExecPrefix ?? null,
    pyvenvCfg: facts?.pyvenvCfg ?? null,
    externallyManaged: isExternallyManaged(facts),
    freeThreaded: facts?.freeThreaded ?? false,
    debug: facts?.debug ?? false,
    sitePackages: facts?.sitePackages ?? [],
    providers,
    resolvedTo: shim?.kind === 'resolved' ? shim.target : null,
    error: outcome.error,
  };
}
