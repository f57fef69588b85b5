// Per-leg reports as workflow artifacts (`interpreter-guard-report-<leg>`), through @actions/artifact
// when the runner provides the artifact service; elsewhere (a plain machine, GHES without it) the
// reports stay in reports-dir and the Action says so.
import { loadGitHubModule } from '../github/octokit.js';

export const ARTIFACT_PREFIX = 'interpreter-guard-report-';

export interface ArtifactStore {
  available: boolean;
  /** Why there is no artifact storage, when there is none. */
  reason: string | null;
  upload(leg: string, file: string, rootDirectory: string): Promise<void>;
  /** Downloads every report artifact of this run (or of `runId`, for a workflow_run stage) into `dir`. */
  downloadAll(
    dir: string,
    from?: { runId: number; owner: string; repo: string; token: string },
  ): Promise<number>;
}

export function artifactStore(env: NodeJS.ProcessEnv): ArtifactStore {
  const reason =
    !env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL
      ? 'no artifact service on this runner'
      : null;
  const client = async () => {
    // @actions/artifact loads @actions/github, which parses the event file as it loads.
    const { DefaultArtifactClient } = await loadGitHubModule(() => import('@actions/artifact'));
    return new DefaultArtifactClient();
  };
  return {
    available: reason === null,
    reason,
    async upload(leg, file, rootDirectory) {
      await (
        await client()
      ).uploadArtifact(`${ARTIFACT_PREFIX}${leg}`, [file], rootDirectory, { retentionDays: 30 });
    },
    async downloadAll(dir, from) {
      const c = await client();
      const findBy = from
        ? {
            findBy: {
              workflowRunId: from.runId,
              repositoryOwner: from.owner,
              repositoryName: from.repo,
              token: from.token,
            },
          }
        : {};
      const { artifacts } = await c.listArtifacts({ latest: true, ...findBy });
      const ours = artifacts.filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
      for (const a of ours) await c.downloadArtifact(a.id, { path: dir, ...findBy });
      return ours.length;
    },
  };
}
