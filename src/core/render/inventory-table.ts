// The readable form of an inventory report (what `discover` prints without --json).
import type { InterpreterEntry, Report } from '../model.js';
import { clip } from '../text.js';
import { textTable } from './text-table.js';

export function renderInventory(report: Report): string {
  const rows = report.interpreters.map((e) => [
    printable(e.path),
    e.kind,
    e.implementation ?? '-',
    e.version ?? '-',
    flagsOf(e),
    e.providers.join(','),
    e.error ? `${e.error.kind}: ${firstLine(e.error.detail)}` : '',
  ]);
  const table = textTable(['PATH', 'KIND', 'IMPL', 'VERSION', 'FLAGS', 'PROVIDERS', 'ERROR'], rows);
  const groups = new Set(report.interpreters.map((e) => e.id)).size;
  const broken = report.interpreters.filter((e) => e.error).length;
  const summary = `${report.interpreters.length} paths, ${groups} distinct interpreters, ${broken} could not be queried (${report.runner.os}/${report.runner.arch})`;
  return `${table}\n\n${summary}\n`;
}

function flagsOf(e: InterpreterEntry): string {
  const flags = [
    e.externallyManaged ? 'externally-managed' : '',
    e.freeThreaded ? 'free-threaded' : '',
    e.debug ? 'debug' : '',
    e.resolvedTo ? 'shim-resolved' : '',
  ].filter(Boolean);
  return flags.join(',') || '-';
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return clip(line, 100);
}

/** Control characters in paths would let a file name rewrite the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
