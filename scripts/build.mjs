// Bundles the entry points into dist/ (deterministic: same input, same bytes) and writes the
// report's JSON Schema, generated from the zod schema, to dist/report.schema.json.
import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const banner =
  "import { createRequire as __igCreateRequire } from 'node:module';\nconst require = __igCreateRequire(import.meta.url);";
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  banner: { js: banner },
  define: { __INTERPRETER_GUARD_VERSION__: JSON.stringify(version) },
  legalComments: 'eof',
});

const schemaModule = await build({
  ...common,
  entryPoints: ['scripts/report-schema.ts'],
  write: false,
});
const source = schemaModule.outputFiles[0].text;
const { reportJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
);
const schema = { title: 'interpreter-guard report', ...reportJsonSchema };
await writeFile('dist/report.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
