// `npm run eval`: the triage measured on a corpus of real issues (see scripts/eval/main.ts).
// The TypeScript is bundled on the fly, as the benchmarks are.
import { build } from 'esbuild';

const bundle = await build({
  entryPoints: ['scripts/eval/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { main } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
process.exitCode = main(process.argv.slice(2));
