// `npm run bench -- app`: signed webhook deliveries over loopback to the app as `npm start` runs
// it, against a loopback GitHub stand-in that fails a share of writes with 502, next to a bare
// Probot app on the same harness (and a Probot app that makes no request, for reference). Prints throughput and latency for both, their ratio, and
// whether every issue ended with exactly one correct comment and the right labels.
// Knobs (environment): BENCH_DELIVERIES (per phase, 2000), BENCH_WRITE_FAILURES (0.2),
// BENCH_CONCURRENCY (closed loop, 16), BENCH_RATES (open loop, "500,200"), BENCH_RETRY_BASE_MS
// (Octokit's retry backoff unit, 2), BENCH_PROBOT_DEFAULTS=1 (Probot's own pacing and backoff:
// slow, shows production), BENCH_PROFILE=dir (CPU profiles of the app servers).
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./bench-app-server.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ISSUES_DIR = new URL('../test/fixtures/issues/', import.meta.url);
const NIX_LOG_ISSUE = 'nix-uv-venv-withpackages.md';

export async function benchApp(lib) {
  const n = Number(process.env.BENCH_DELIVERIES ?? 2000);
  const failureRate = Number(process.env.BENCH_WRITE_FAILURES ?? 0.2);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
  // Offered rates: the goal's, and one this machine's app should keep up with.
  const rates = (process.env.BENCH_RATES ?? '500,200').split(',').map(Number);
  const corpus = readdirSync(ISSUES_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, body: readFileSync(new URL(name, ISSUES_DIR), 'utf8') }));

  const pacing = process.env.BENCH_PROBOT_DEFAULTS
    ? "Probot's default write pacing and retry backoff"
    : 'writes unpaced and retries backing off in ms, for every app';
  console.log(
    `app (${n} deliveries per phase; ${Math.round(failureRate * 100)}% of writes fail with 502; ${pacing})`,
  );
  const results = {};
  // 'framework': a Probot app whose handler makes no request (Probot's own cost, for reference).
  for (const kind of ['framework', 'bare', 'ours']) {
    const github = new lib.FakeGitHub('ghs_installation', false);
    await github.start();
    const server = await startServer(lib, kind, github.url);
    try {
      const plan = new Plan(lib, github, corpus);
      // Warm-up: JIT, installation token, label creation; not measured.
      await closedLoop(server.url, plan, plan.opened(Math.min(200, n)), concurrency);
      github.injectFaults({ writeFailureRate: failureRate, seed: 7 });
      const cpu = cpuMeter(server.process.pid);
      const requestsBefore = github.stats.requests;
      const closed = await closedLoop(server.url, plan, plan.opened(n), concurrency);
      Object.assign(closed, cpu.perDelivery(n), {
        apiRequests: (github.stats.requests - requestsBefore) / n,
      });
      const open = [];
      if (kind !== 'framework')
        for (const rate of rates)
          open.push({ rate, ...(await openLoop(server.url, plan, plan.opened(n), rate)) });
      let followUps = null;
      if (kind === 'ours') {
        // Redeliveries, logs arriving in comments, and edits that change nothing, all with faults.
        followUps = await closedLoop(server.url, plan, plan.followUps(), concurrency);
      }
      results[kind] = { closed, open, followUps, github, plan };
    } finally {
      server.stop('SIGINT'); // lets --cpu-prof write its profile
      await github.stop();
    }
  }

  const fmt = (r) =>
    `${r.throughput.toFixed(0).padStart(6)}/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   non-2xx ${r.failed}`;
  console.log(`closed loop, ${concurrency} in flight:`);
  console.log(`  no-request app    ${fmt(results.framework.closed)}`);
  console.log(`  bare Probot app   ${fmt(results.bare.closed)}`);
  console.log(`  interpreter-guard ${fmt(results.ours.closed)}`);
  const cpu = (r) =>
    r.appCpuMs === null
      ? ''
      : `per delivery: ${r.apiRequests.toFixed(2)} API requests (502s included), CPU ${r.appCpuMs.toFixed(2)} ms in the app, ${r.harnessCpuMs.toFixed(2)} ms in the harness`;
  console.log(`  no-request app    ${cpu(results.framework.closed)}`);
  console.log(`  bare Probot app   ${cpu(results.bare.closed)}`);
  console.log(`  interpreter-guard ${cpu(results.ours.closed)}`);
  console.log(
    `  ratio ${(results.ours.closed.throughput / results.bare.closed.throughput).toFixed(2)}x the bare app   (goal: >= 0.8x, >= 500/s)`,
  );
  rates.forEach((rate, i) => {
    console.log(`open loop, ${rate} deliveries/s offered:`);
    console.log(`  bare Probot app   ${fmt(results.bare.open[i])}`);
    console.log(`  interpreter-guard ${fmt(results.ours.open[i])}   (goal: p99 <= 50 ms at 500/s)`);
  });
  console.log(`follow-ups (${results.ours.plan.followUpCounts}): ${fmt(results.ours.followUps)}`);
  const { github, plan } = results.ours;
  const verdict = plan.verify(lib);
  console.log(
    `stand-in: ${github.stats.requests} requests, ${github.stats.writes} writes, ${github.stats.injectedFailures} answered 502`,
  );
  console.log(
    `correctness: ${verdict.checked} issues checked, ${verdict.problems.length} wrong${verdict.problems.length ? '' : ' (each has exactly one comment, for its text, and the expected labels)'}`,
  );
  for (const problem of verdict.problems.slice(0, 10)) console.log(`  ${problem}`);
  if (verdict.problems.length) process.exitCode = 1;
}

/** The deliveries and the issues they are about; it also knows what each issue should end as. */
class Plan {
  constructor(lib, github, corpus) {
    this.lib = lib;
    this.github = github;
    this.corpus = corpus;
    this.next = 1;
    this.sent = [];
    this.nixLog = corpus.find((c) => c.name === NIX_LOG_ISSUE)?.body ?? '';
  }

  /** `count` new issues, each delivered once as opened; every fifth carries a human label. */
  opened(count) {
    const deliveries = [];
    for (let i = 0; i < count; i++) {
      const number = this.next++;
      const source = this.corpus[number % this.corpus.length];
      const issue = {
        number,
        title: `Issue ${number}: ${source.name}`,
        body: source.body,
        author: 'alice',
        labels: number % 5 === 0 ? ['bug'] : [],
        comments: [],
        humanLabels: number % 5 === 0 ? ['bug'] : [],
        userComments: [],
      };
      this.github.issues.set(number, issue);
      const delivery = { id: randomUUID(), event: 'issues', issue, action: 'opened' };
      this.sent.push(delivery);
      deliveries.push(delivery);
    }
    return deliveries;
  }

  /**
   * Per issue, in order: a redelivery of its opened event (every tenth issue), a comment by the
   * author with a log when it was asked for one (logs arrive), and an edit that changes nothing.
   */
  followUps() {
    const deliveries = [];
    for (const first of this.sent.filter((d) => d.action === 'opened')) {
      const { issue } = first;
      if (issue.number % 10 === 0) deliveries.push({ ...first });
      if (issue.labels.includes('needs-logs') && issue.number % 3 === 0)
        deliveries.push({ id: randomUUID(), event: 'issue_comment', issue, action: 'created' });
      else if (issue.number % 7 === 0)
        deliveries.push({ id: randomUUID(), event: 'issues', issue, action: 'edited' });
    }
    const count = (f) => deliveries.filter(f).length;
    this.followUpCounts = [
      `${count((d) => d.action === 'opened')} redeliveries`,
      `${count((d) => d.event === 'issue_comment')} logs in comments`,
      `${count((d) => d.action === 'edited')} unchanged edits`,
    ].join(', ');
    return deliveries;
  }

  /** What GitHub would send now: the comment is added to the issue first, as on GitHub. */
  payload(delivery) {
    const { issue } = delivery;
    let comment;
    if (delivery.event === 'issue_comment') {
      comment = {
        id: 900_000 + issue.number,
        body: `Here is the verbose log:\n\n${this.nixLog}`,
        user: { login: issue.author, type: 'User' },
        author_association: 'NONE',
        html_url: `https://github.example/o/r/issues/${issue.number}#log`,
      };
      if (!issue.comments.some((c) => c.id === comment.id)) {
        issue.comments.push(comment);
        issue.userComments.push(comment.body);
      }
    }
    return this.lib.webhookPayload(issue, {
      action: delivery.action,
      ...(comment ? { comment } : {}),
    });
  }

  /** Every issue: one comment of ours when it is about discovery, none otherwise; the labels the
   * core decides for its text, plus the human ones. */
  verify(lib) {
    const config = lib.parseTriageConfig(undefined);
    const problems = [];
    let checked = 0;
    for (const issue of this.github.issues.values()) {
      checked++;
      const text = [`# ${issue.title}`, issue.body, ...issue.userComments].join('\n\n');
      const { result } = lib.triageIssue(text, { labels: config.labels });
      const ours = issue.comments.filter((c) => c.body.includes(lib.COMMENT_MARKER));
      const expectedComments = result.discovery ? 1 : 0;
      if (ours.length !== expectedComments)
        problems.push(`#${issue.number}: ${ours.length} comments, expected ${expectedComments}`);
      // The comment is the one for this text: its hidden state carries the same fingerprint and
      // labels, and it no longer asks for logs once they came.
      const state = ours[0] ? lib.readState(ours[0].body) : null;
      if (ours[0] && state?.fingerprint !== result.fingerprint)
        problems.push(
          `#${issue.number}: comment for ${state?.fingerprint}, expected ${result.fingerprint}`,
        );
      if (ours[0] && state?.labels.join() !== result.labels.join())
        problems.push(
          `#${issue.number}: comment state labels [${state?.labels}], expected [${result.labels}]`,
        );
      if (ours[0] && state?.needsLogs !== result.needsLogs)
        problems.push(
          `#${issue.number}: comment needsLogs ${state?.needsLogs}, expected ${result.needsLogs}`,
        );
      const expected = [...issue.humanLabels, ...result.labels].sort();
      const actual = [...issue.labels].sort();
      if (expected.join() !== actual.join())
        problems.push(`#${issue.number}: labels [${actual}], expected [${expected}]`);
    }
    return { checked, problems };
  }
}

/** CPU time of the app's process (Linux /proc) and of this one, from now on. */
function cpuMeter(pid) {
  const appTicks = () => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks
    } catch {
      return null;
    }
  };
  const app0 = appTicks();
  const self0 = process.cpuUsage();
  return {
    perDelivery(n) {
      const app1 = appTicks();
      const self = process.cpuUsage(self0);
      return {
        // Clock ticks are 1/100 s on Linux.
        appCpuMs: app0 === null || app1 === null ? null : ((app1 - app0) * 10) / n,
        harnessCpuMs: (self.user + self.system) / 1000 / n,
      };
    },
  };
}

/** One signed delivery (the tests' helper), timed from sending to the answer. */
async function deliver(url, plan, delivery) {
  const payload = plan.payload(delivery);
  const start = performance.now();
  const status = await plan.lib.deliver(url, delivery.event, payload, { id: delivery.id });
  return { ms: performance.now() - start, ok: status < 300 };
}

/** `concurrency` deliveries in flight at all times; the deliveries of one issue go in order. */
async function closedLoop(url, plan, deliveries, concurrency) {
  const byIssue = new Map();
  for (const d of deliveries)
    byIssue.set(d.issue.number, [...(byIssue.get(d.issue.number) ?? []), d]);
  const queues = [...byIssue.values()];
  const samples = [];
  let failed = 0;
  const start = performance.now();
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift())
      for (const d of queue) {
        const r = await deliver(url, plan, d);
        samples.push(r.ms);
        if (!r.ok) failed++;
      }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summary(samples, failed, performance.now() - start);
}

/** Deliveries sent at a fixed rate, whatever the answers (how GitHub sends them). */
async function openLoop(url, plan, deliveries, rate) {
  const samples = [];
  let failed = 0;
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < deliveries.length; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      deliver(url, plan, deliveries[i]).then((r) => {
        samples.push(r.ms);
        if (!r.ok) failed++;
      }),
    );
  }
  await Promise.all(pending);
  return summary(samples, failed, performance.now() - start);
}

function summary(samples, failed, elapsedMs) {
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return {
    throughput: (samples.length * 1000) / elapsedMs,
    p50: at(0.5),
    p99: at(0.99),
    failed,
  };
}

/** The app server as a child process with Probot's environment (the tests' helper). */
function startServer(lib, kind, apiHost) {
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
    : [];
  return lib.startProbot({
    command: process.execPath,
    args: [...profile, SERVER, kind],
    cwd: ROOT,
    apiHost,
    env: { NODE_ENV: 'production', LOG_LEVEL: 'error' },
  });
}
