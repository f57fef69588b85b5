// Reports on disk: each leg writes its own; the report job reads them all back as untrusted input
// (regular files only, size-capped, schema-validated; a bad one is named and left out). Two reports
// of one leg are an error naming both: which of them is the truth cannot be guessed.
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { legOf } from '../core/leg.js';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseReport } from '../core/inventory/report.js';
import type { Report } from '../core/model.js';
import { WaiverFile, type Waiver } from '../core/diff/waivers.js';
import { describeSchemaError, firstLineOf } from '../core/schema-error.js';
import { UserError } from './errors.js';
import { InputError } from './inputs.js';

const MAX_REPORT_BYTES = 64 * 1024 * 1024;

export async function writeLegReport(dir: string, leg: string, report: Report): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `report-${leg}.json`);
  await writeFile(file, `${JSON.stringify(report)}\n`);
  return file;
}

export interface Loaded {
  reports: Report[];
  problems: string[];
}

/** Every `*.json` report in `dir` (not below it); a missing directory holds none. */
export async function loadReports(dir: string): Promise<Loaded> {
  const loaded: Loaded = { reports: [], problems: [] };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return loaded;
  }
  const fileOfLeg = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const result = await loadReportFile(file);
    if ('problem' in result) {
      loaded.problems.push(result.problem);
      continue;
    }
    const leg = legOf(result.report.runner);
    const other = fileOfLeg.get(leg);
    if (other)
      throw new UserError(
        `two reports for leg "${leg}": ${other} and ${file} (each leg must report once; remove one, or give the legs distinct names with the leg input)`,
      );
    fileOfLeg.set(leg, file);
    loaded.reports.push(result.report);
  }
  return loaded;
}

export async function loadReportFile(
  file: string,
): Promise<{ report: Report } | { problem: string }> {
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink())
      return { problem: `${file}: a symbolic link; reports must be regular files` };
    if (!info.isFile()) return { problem: `${file}: not a regular file` };
    if (info.size > MAX_REPORT_BYTES)
      return { problem: `${file}: ${info.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit` };
    const parsed = parseReport(JSON.parse(await readFile(file, 'utf8')));
    return parsed.ok ? { report: parsed.report } : { problem: `${file}: ${parsed.error}` };
  } catch (error) {
    return { problem: `${file}: ${(error as Error).message}` };
  }
}

/** The `waivers` input's file; anything wrong with it is an input error (named, no stack). */
export async function loadWaivers(file: string): Promise<Waiver[]> {
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(
      `input "waivers": waivers file ${file} cannot be read: ${firstLineOf((error as Error).message)}`,
    );
  }
  const parsed = WaiverFile.safeParse(data);
  if (!parsed.success)
    throw new InputError(
      `input "waivers": waivers file ${file}: ${describeSchemaError(parsed.error)}`,
    );
  return parsed.data.waivers;
}
