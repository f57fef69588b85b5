// Bundles the entry points into dist/ (deterministic: same input, same bytes) and writes the
// JSON Schemas of the report and the triage result, generated from the zod schemas.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const banner =
  "import { createRequire as __igCreateRequire } from 'node:module';\nconst require = __igCreateRequire(import.meta.url);";
// Start from an empty dist/: chunk names carry hashes, so stale chunks would otherwise pile up.
await rm('dist', { recursive: true, force: true });

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
  entryPoints: { cli: 'src/cli/index.ts', index: 'src/action/index.ts', app: 'src/app/index.ts' },
  // Commands are loaded on demand: their code goes to chunks, parsed only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outdir: 'dist',
  banner: { js: banner },
  define: { __INTERPRETER_GUARD_VERSION__: JSON.stringify(version) },
  legalComments: 'eof',
});

const schemaModule = await build({
  ...common,
  entryPoints: ['scripts/json-schemas.ts'],
  write: false,
});
const { schemas } = await import(
  `data:text/javascript;base64,${Buffer.from(schemaModule.outputFiles[0].text).toString('base64')}`
);
for (const [file, schema] of Object.entries(schemas)) {
  await writeFile(`dist/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
}
