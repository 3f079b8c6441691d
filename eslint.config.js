// ESLint flat config: type-checked TypeScript everywhere (src, scripts, tests, configs), Astro components with their accessibility rules.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    '.bench/',
    '.lighthouse/',
    'test-results/',
    'public/',
    'tests/corpus/base/',
    'eslint-jsx.d.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
    rules: {
      // Numbers in templates (SVG coordinates, counts) print as String(n) would; anything else must be a string.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => void f()`-style callbacks are the idiom for event handlers and forEach.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a deliberately unused binding (an omitted property, a callback's unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Tests: `x!` after finding x is the assertion itself; a wrong one throws and fails the test, which is what a test wants.
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // Type assertions belong in *.test-d.ts, where `npm run typecheck` checks them; in a *.test.ts they would only run.
  {
    files: ['tests/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='expectTypeOf']",
          message: 'Put type assertions in a *.test-d.ts file (vitest typecheck).',
        },
      ],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false, project: './tsconfig.eslint.json' } },
  },
  // Browser code: the client modules and the <script>s of components.
  {
    files: ['src/client/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The <script>s of components are virtual files outside any tsconfig: no type information for them.
  {
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
