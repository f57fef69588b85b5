// Bundles the entry points into dist/ (deterministic: same input, same bytes) and writes the
// JSON Schema of the report for users.
import { build } from 'esbuild';

const banner = "import { createRequire as __igCreateRequire } from 'node:module';\nconst require = __igCreateRequire(import.meta.url);";

await build({
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  legalComments: 'eof',
  logLevel: 'warning',
});
