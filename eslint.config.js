import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The legacy URL-encoding globals: an `escape` that is no longer imported still type-checks.
const LEGACY_GLOBALS = ['escape', 'unescape'].map((name) => ({
  name,
  message: 'A legacy global: import the helper you mean (escapeRegExp from src/core/text.ts).',
}));

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] } },
    },
    rules: { 'no-restricted-globals': ['error', ...LEGACY_GLOBALS] },
  },
  ...[
    // The core is pure (see shared design): no Node I/O, no process state, no GitHub, and none of
    // the adapter layers. Files one and two levels down reach `src/` through different prefixes.
    { files: ['src/core/*.ts'], up: '\\.\\./' },
    { files: ['src/core/*/**/*.ts'], up: '(?:\\.\\./){2,}' },
  ].map(({ files, up }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'child_process', 'os', 'path'],
              message: 'src/core is pure: no Node I/O modules.',
            },
            {
              group: ['@actions/*', 'probot', '@octokit/*'],
              message: 'src/core never talks to GitHub.',
            },
            {
              regex: `^${up}(?:discovery|tools|cli|action|app|fixtures)/`,
              message: 'src/core imports no adapter layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core never reads process state.' },
        ...LEGACY_GLOBALS,
      ],
    },
  })),
  {
    // vitest's asymmetric matchers (expect.stringContaining, …) are typed `any`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
