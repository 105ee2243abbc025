import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/api/assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word a person reads comes from the locale files (checked for parity by i18n.test.ts).
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder', 'label', 'description', 'error', 'nothingFoundMessage'] },
          // Strings passed to functions in JSX are identifiers (colours, keys), not words.
          callees: { exclude: ['.*'] },
        },
      ],
    },
  },
  {
    // The domain is pure: no storage, HTTP, UI or I/O.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../store/*', '../app/*', '../api/*', '../cli/*', '../web/*'], message: 'The domain imports nothing outside src/domain.' },
            { group: ['kysely', 'better-sqlite3', 'pg', 'hono', 'hono/*', 'react', 'node:*', 'fs'], message: 'The domain does no I/O.' },
          ],
        },
      ],
    },
  },
);
