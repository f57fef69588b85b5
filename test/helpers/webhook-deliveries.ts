// GitHub's side of an app's webhook: it sends signed deliveries to the app's URL, records every
// attempt as `GET /app/hook/deliveries` lists them (newest first, status 0 when the app could not
// be reached), and sends a delivery again when asked (`POST /app/hook/deliveries/{id}/attempts`).
// The stand-in API (fake-github.ts) serves those two routes from here.
import { createHmac, randomUUID } from 'node:crypto';
import { WEBHOOK_SECRET } from './probot-server.js';

export interface DeliveryAttempt {
  id: number;
  guid: string;
  delivered_at: string;
  redelivery: boolean;
  status_code: number;
  status: string;
  event: string;
  action: string | null;
  installation_id: number;
  repository_id: number;
}

export class WebhookDeliveries {
  /** Every attempt, the oldest first. */
  attempts: DeliveryAttempt[] = [];
  /** The attempts the app asked to redeliver, in order, and when. */
  redeliveryRequests: { id: number; at: number }[] = [];
  private bodies = new Map<string, string>();
  private nextId = 1;
  private inFlight = new Set<Promise<unknown>>();

  /** @param url the app's webhook URL */
  constructor(public url: string) {}

  /** Sends a new delivery, as GitHub does when something happens; returns its attempt. */
  send(event: string, payload: Record<string, unknown>): Promise<DeliveryAttempt> {
    const guid = randomUUID();
    const body = JSON.stringify(payload);
    this.bodies.set(guid, body);
    return this.attempt(guid, event, body, false);
  }

  /** Records an attempt that was not made here (an older one, or one made by someone else). */
  record(attempt: Omit<DeliveryAttempt, 'id' | 'status'>): DeliveryAttempt {
    const recorded = { ...attempt, id: this.nextId++, status: statusText(attempt.status_code) };
    this.attempts.push(recorded);
    return recorded;
  }

  /** What the API lists: newest first, `perPage` at a time after `cursor`. */
  page(cursor: string | null, perPage: number): { items: DeliveryAttempt[]; next: string | null } {
    const newestFirst = [...this.attempts].reverse();
    const start = cursor ? Number(cursor) : 0;
    const items = newestFirst.slice(start, start + perPage);
    return { items, next: start + perPage < newestFirst.length ? String(start + perPage) : null };
  }

  /** Sends the delivery of attempt `id` again (false: no such attempt). */
  redeliver(id: number): boolean {
    const original = this.attempts.find((a) => a.id === id);
    const body = original && this.bodies.get(original.guid);
    if (!original || body === undefined) return false;
    this.redeliveryRequests.push({ id, at: Date.now() });
    void this.attempt(original.guid, original.event, body, true);
    return true;
  }

  /** Waits until every attempt started so far has its result. */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private attempt(
    guid: string,
    event: string,
    body: string,
    redelivery: boolean,
  ): Promise<DeliveryAttempt> {
    const payload = JSON.parse(body) as { action?: string; repository?: { id?: number } };
    const delivered = new Date().toISOString();
    const run = fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': guid,
        'x-hub-signature-256': `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`,
      },
      body,
      signal: AbortSignal.timeout(10_000), // GitHub's own limit
    })
      .then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      })
      .catch(() => 0)
      .then((status) =>
        this.record({
          guid,
          delivered_at: delivered,
          redelivery,
          status_code: status,
          event,
          action: payload.action ?? null,
          installation_id: 42,
          repository_id: payload.repository?.id ?? 1,
        }),
      );
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }
}

function statusText(code: number): string {
  if (code === 0) return 'failed to connect to host';
  return code >= 200 && code < 300 ? 'OK' : `Invalid HTTP Response: ${code}`;
}
