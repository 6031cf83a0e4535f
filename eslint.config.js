// Lint for a React + TypeScript app: type-aware rules, hooks, TanStack Query, accessibility,
// and bans on the ways text from a seed could ever run as code.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist.*', '*.building', 'coverage', 'bench/out', 'test-results', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Seed text is text: never render it as HTML.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Seed text is text: never write innerHTML.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The client's mutation cache is a stand-in (src/app/no-mutations.ts): the site only reads.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tanstack/react-query',
              importNames: ['useMutation', 'useMutationState', 'useIsMutating', 'MutationCache'],
              message: 'The site only reads: its MutationCache is a stand-in (src/app/no-mutations.ts).',
            },
          ],
        },
      ],
    },
  },
);
