// What `npm run bench` measures in process, bundled on the fly by scripts/bench.mjs.
export { triageIssue, triageLog } from '../src/core/triage/index.js';
export { ProbeCache } from '../src/discovery/cache.js';
export { osFromPlatform } from '../src/discovery/context.js';
export { takeInventory } from '../src/discovery/inventory.js';
export { runProcess } from '../src/discovery/process-runner.js';
export { virtualenvAdapter } from '../src/tools/adapters/virtualenv.js';
export { runTool } from '../src/tools/runner.js';
export { createSandbox } from '../src/tools/sandbox.js';
export { parseTriageConfig } from '../src/core/triage/config.js';
export { COMMENT_MARKER, readState } from '../src/core/triage/render.js';
export { FakeGitHub, webhookPayload } from '../test/helpers/fake-github.js';
export { deliver, startProbot } from '../test/helpers/probot-server.js';
