// Matches the facts against the knowledge base.
import { escapeRegExp } from '../text.js';
import type { TriageFacts } from './facts.js';
import type { KnowledgeRule } from './knowledge.js';

export interface Diagnosis {
  id: string;
  title: string;
  explanation: string;
  workarounds: string[];
  related: string[];
  /** The turned-down interpreter the rule matched on, if it names one. */
  evidence: string | null;
  fallback: boolean;
}

export function diagnose(
  facts: TriageFacts,
  rules: readonly KnowledgeRule[],
  text: string,
): Diagnosis[] {
  // Searched piece by piece, case-insensitively: joining and lower-casing a long text costs more
  // than every rule's scan together.
  const haystack = [facts.finalError ?? '', ...facts.finalErrorCauses, ...facts.hints, text];
  const found: Diagnosis[] = [];
  for (const rule of rules) {
    const evidence = matches(rule, facts, haystack);
    if (evidence === false) continue;
    if (found.some((d) => d.id === rule.id)) continue;
    found.push({
      id: rule.id,
      title: rule.title,
      explanation: rule.explanation,
      workarounds: rule.workarounds,
      related: rule.related,
      evidence,
      fallback: rule.fallback === true,
    });
  }
  const specific = found.filter((d) => !d.fallback);
  return specific.length ? specific : found;
}

/** False when the rule does not apply; else the path it matched on (or null). */
function matches(
  rule: KnowledgeRule,
  facts: TriageFacts,
  haystack: readonly string[],
): string | null | false {
  const w = rule.when;
  if (w.tools && (!facts.tool || !w.tools.includes(facts.tool))) return false;
  if (w.platforms && !w.platforms.includes(facts.platform)) return false;
  if (w.versions && !inRange(facts.toolVersion, w.versions.min, w.versions.max)) return false;
  if (w.textContains) {
    const re = anyOf(w.textContains);
    if (!haystack.some((piece) => re.test(piece))) return false;
  }
  if (!w.reasonKinds && !w.interpreterKinds && !w.pathContains) return null;
  const candidates = [...facts.rejected, ...facts.skipped];
  const hit = candidates.find(
    (r) =>
      (!w.reasonKinds || w.reasonKinds.includes(r.kind)) &&
      (!w.interpreterKinds || w.interpreterKinds.includes(r.interpreterKind)) &&
      (!w.pathContains ||
        w.pathContains.some((s) => r.path.toLowerCase().includes(s.toLowerCase()))),
  );
  return hit ? hit.path : false;
}

// One scan for all of a rule's phrases (the text is long; the phrases are matched literally).
const PHRASES = new WeakMap<readonly string[], RegExp>();

/** A pattern that finds any of the phrases in any case, as a lower-cased `includes` would. */
function anyOf(phrases: readonly string[]): RegExp {
  let re = PHRASES.get(phrases);
  if (!re) {
    // No phrase: nothing is found (an empty pattern would match everywhere).
    re = !phrases.length ? /(?!)/ : new RegExp(phrases.map(escapeRegExp).join('|'), 'i');
    PHRASES.set(phrases, re);
  }
  return re;
}

function inRange(version: string | null, min?: string, max?: string): boolean {
  if (!version) return false;
  if (min && compareVersions(version, min) < 0) return false;
  if (max && compareVersions(version, max) > 0) return false;
  return true;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((p) => parseInt(p, 10) || 0);
  const pb = b.split(/[.+-]/).map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
