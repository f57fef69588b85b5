// The JSON Schemas users get in dist/, generated from the zod schemas (imported by build.mjs).
import * as z from 'zod/mini';
import { Report } from '../src/core/model.js';
import { TriageResult } from '../src/core/triage/result.js';

export const schemas = {
  'report.schema.json': {
    title: 'interpreter-guard report',
    ...z.toJSONSchema(Report, { target: 'draft-2020-12' }),
  },
  'triage.schema.json': {
    title: 'interpreter-guard triage result',
    ...z.toJSONSchema(TriageResult, { target: 'draft-2020-12' }),
  },
};
