// Runs a TypeScript entry of scripts/ (`npm run eval`, `npm run train`): bundles it on the fly into
// node_modules/.cache, so stack traces name real lines, and calls its `main(argv)`.
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...argv] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [args…]');
  process.exit(2);
}
const dir = 'node_modules/.cache/interpreter-guard';
const outfile = `${dir}/${basename(entry, '.ts')}.mjs`;
mkdirSync(dir, { recursive: true });
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  sourcemap: 'inline',
  logLevel: 'warning',
});
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(argv);
