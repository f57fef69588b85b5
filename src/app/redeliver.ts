// Deliveries lost while the app was down or failing: GitHub does not send a failed webhook again by
// itself. At start-up and then every few minutes the app lists its recent deliveries (`GET
// /app/hook/deliveries`, newest first, paginated by cursor) and asks for a new attempt (`POST
// /app/hook/deliveries/{id}/attempts`) of each delivery of an event it handles that no attempt of
// the same guid answered with success: only within the last 24 hours, at most three redeliveries
// per guid (a delivery that fails every time is not asked for forever), not again while the
// attempt asked for may still be under way (GitHub lists it once the app has answered, which
// takes seconds), one request a second and at most 100 a sweep. Redelivering is safe because a
// triage converges.
import { statusOf } from '../github/port.js';

export interface HookDelivery {
  id: number;
  guid: string;
  delivered_at: string;
  redelivery: boolean;
  status_code: number;
  event: string;
  action?: string | null;
}

export interface RedeliveryPolicy {
  /** Deliveries whose first attempt is older than this are left alone. */
  windowMs: number;
  /** Redeliveries of one guid after which it is given up. */
  maxRedeliveries: number;
  /** `event.action` names the app handles. */
  events: ReadonlySet<string>;
  /** A guid asked for is not asked for again this soon. */
  askAgainAfterMs: number;
}

export const REDELIVERY_POLICY = {
  windowMs: 24 * 3600_000,
  maxRedeliveries: 3,
  askAgainAfterMs: 5 * 60_000,
  pauseMs: 1000,
  maxPerSweep: 100,
  maxPages: 100,
} as const;

/**
 * The attempts to redeliver (the latest of each guid), the oldest event first so that an issue's
 * deliveries arrive in the order they happened. Pure: `deliveries` as the API lists them, `asked`
 * when each guid was last asked for.
 */
export function toRedeliver(
  deliveries: readonly HookDelivery[],
  now: number,
  policy: RedeliveryPolicy,
  asked: ReadonlyMap<string, number> = new Map(),
): HookDelivery[] {
  const byGuid = new Map<string, HookDelivery[]>();
  for (const d of deliveries) byGuid.set(d.guid, [...(byGuid.get(d.guid) ?? []), d]);
  const chosen: { first: HookDelivery; latest: HookDelivery }[] = [];
  for (const [guid, attempts] of byGuid) {
    if (attempts.some(succeeded)) continue;
    if (now - (asked.get(guid) ?? -Infinity) < policy.askAgainAfterMs) continue;
    const sorted = [...attempts].sort((a, b) => time(a) - time(b) || a.id - b.id);
    const first = sorted[0];
    const latest = sorted[sorted.length - 1];
    if (!first || !latest) continue;
    const name = latest.action ? `${latest.event}.${latest.action}` : latest.event;
    if (!policy.events.has(name)) continue;
    if (now - time(first) > policy.windowMs) continue;
    if (attempts.filter((a) => a.redelivery).length >= policy.maxRedeliveries) continue;
    chosen.push({ first, latest });
  }
  return chosen
    .sort((a, b) => time(a.first) - time(b.first) || a.first.id - b.first.id)
    .map((c) => c.latest);
}

function succeeded(d: HookDelivery): boolean {
  return d.status_code >= 200 && d.status_code < 300;
}

function time(d: HookDelivery): number {
  const t = Date.parse(d.delivered_at);
  return Number.isNaN(t) ? 0 : t;
}

/** The slice of an app-authenticated Octokit the sweep uses. */
export interface AppOctokit {
  paginate: {
    iterator(
      route: 'GET /app/hook/deliveries',
      params: { per_page: number },
    ): AsyncIterable<{ data: unknown }>;
  };
  request(route: string, params: Record<string, unknown>): Promise<unknown>;
}

export interface SweepLog {
  info(message: string): void;
  warn(message: string): void;
}

export class Redeliverer {
  private running: Promise<void> | null = null;
  /** When each guid was last asked for (this process). */
  private readonly asked = new Map<string, number>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly octokit: () => Promise<AppOctokit>,
    private readonly policy: RedeliveryPolicy,
    private readonly log: SweepLog,
    private readonly limits: {
      pauseMs: number;
      maxPerSweep: number;
      maxPages: number;
    } = REDELIVERY_POLICY,
  ) {}

  /** A sweep after `firstInMs`, then every `everyMs`; the timers do not keep the process alive. */
  start(firstInMs: number, everyMs: number): void {
    if (this.timers.length) return;
    const run = () => void this.sweep();
    this.timers.push(setTimeout(run, firstInMs).unref(), setInterval(run, everyMs).unref());
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  /** One sweep (a sweep still running is joined, not doubled); failures are logged, not thrown. */
  sweep(now: () => number = Date.now): Promise<void> {
    this.running ??= this.sweepOnce(now).finally(() => (this.running = null));
    return this.running;
  }

  private async sweepOnce(now: () => number): Promise<void> {
    let asked = 0;
    try {
      const octokit = await this.octokit();
      const since = now() - this.policy.windowMs;
      const deliveries: HookDelivery[] = [];
      let pages = 0;
      for await (const page of octokit.paginate.iterator('GET /app/hook/deliveries', {
        per_page: 100,
      })) {
        const items = page.data as HookDelivery[];
        deliveries.push(...items);
        // Newest first: a page that reaches past the window ends the listing.
        if (++pages >= this.limits.maxPages || items.some((d) => time(d) < since)) break;
      }
      for (const [guid, at] of this.asked)
        if (now() - at > this.policy.windowMs) this.asked.delete(guid);
      const due = toRedeliver(deliveries, now(), this.policy, this.asked).slice(
        0,
        this.limits.maxPerSweep,
      );
      for (const [i, delivery] of due.entries()) {
        if (i) await new Promise((r) => setTimeout(r, this.limits.pauseMs));
        try {
          await octokit.request('POST /app/hook/deliveries/{delivery_id}/attempts', {
            delivery_id: delivery.id,
          });
          this.asked.set(delivery.guid, now());
          asked++;
        } catch (error) {
          this.log.warn(
            `redelivery of ${delivery.guid} (${delivery.event}) not requested: HTTP ${statusOf(error) ?? '-'} ${(error as Error).message}`,
          );
        }
      }
      if (due.length)
        this.log.info(`asked GitHub to redeliver ${asked} of ${due.length} failed deliveries`);
    } catch (error) {
      this.log.warn(
        `cannot list recent deliveries (HTTP ${statusOf(error) ?? '-'}): ${(error as Error).message}; trying again at the next sweep`,
      );
    }
  }
}
