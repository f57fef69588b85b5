// `npm run eval`: the triage measured on a corpus of real issues (see scripts/eval/main.ts).
// The TypeScript is bundled on the fly into node_modules/.cache, so stack traces name real lines.
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const outfile = 'node_modules/.cache/interpreter-guard/eval.mjs';
mkdirSync('node_modules/.cache/interpreter-guard', { recursive: true });
await build({
  entryPoints: ['scripts/eval/main.ts'],
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
process.exitCode = main(process.argv.slice(2));
