// Lint rules that catch real bugs; formatting is Prettier's (`npm run lint` runs prettier --check after ESLint).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // lib/ is the packed generator that npm pack's prepack builds (the installed-generator test runs it).
    ignores: [
      'generated/**',
      'node_modules/**',
      'lib/**',
      'test/**/__output__/**',
      'test/__file_snapshots__/**',
      'coverage/**',
      'templates/runtime/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Prettier wraps code at 120 columns but never a comment or a string: comments are wrapped by hand, and a line may
    // run longer only for a string, a template literal, a regular expression or a URL that cannot be split.
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Control characters are matched on purpose: escaping them in strings and comments is the point.
      'no-control-regex': 'off',
      // require() is how heavy modules (yaml, handlebars, the printer) load only when a run needs them.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
