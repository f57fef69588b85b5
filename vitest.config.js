// vitest settings beyond the defaults.
import { readFile } from 'node:fs/promises';
import { defineConfig } from 'vitest/config';

// GitHub's workflow parser (@actions/workflow-parser, used by test/action/workflows.test.ts)
// imports its JSON schemas without an import attribute, which Node's own loader refuses: vite
// loads it instead, without its source maps (they point at sources the package does not ship).
const workflowParser = /[\\/]node_modules[\\/]@actions[\\/]workflow-parser[\\/].*\.js$/;

export default defineConfig({
  plugins: [
    {
      name: 'workflow-parser-without-source-maps',
      enforce: 'pre',
      async load(id) {
        if (!workflowParser.test(id)) return null;
        const code = await readFile(id, 'utf8');
        return { code: code.replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null };
      },
    },
  ],
  test: { server: { deps: { inline: ['@actions/workflow-parser'] } } },
});
