// Emits the JSON Schema of the report, generated from the zod schema (imported by build.mjs).
import * as z from 'zod/mini';
import { Report } from '../src/core/model.js';

export const reportJsonSchema = z.toJSONSchema(Report, { target: 'draft-2020-12' });
