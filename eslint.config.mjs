import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url']

// The architecture in words the linter enforces (DESIGN.md §2): the core is pure, only the
// Electron shell imports electron, and the UI reaches the main side only through the contract.
const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  zone(
    ['src-main/core/**'],
    [
      { group: nodeBuiltins, message: 'The core is pure: no Node I/O.' },
      {
        group: ['electron', 'react', 'react-dom', 'lowdb', 'lowdb/*', 'zod'],
        message: 'The core is pure.',
      },
      {
        group: [
          '../../services/*',
          '../../electron/*',
          '../../web/*',
          '../../cli/*',
          '../../contract/*',
        ],
        message: 'The core knows nothing of the layers above it.',
      },
    ],
  ),
  zone(
    ['src-main/contract/**'],
    [
      { group: nodeBuiltins, message: 'The contract is pure.' },
      {
        group: [
          'electron',
          'react',
          'lowdb',
          'lowdb/*',
          '../services/*',
          '../electron/*',
          '../web/*',
          '../cli/*',
        ],
        message: 'The contract depends on the core and zod only.',
      },
    ],
  ),
  zone(
    ['src-main/services/**', 'src-main/web/**', 'src-main/cli/**'],
    [
      {
        group: ['electron', '../electron/*', '../../src-renderer/*'],
        message: 'Only src-main/electron imports electron.',
      },
    ],
  ),
  {
    files: ['src-main/electron/**'],
    ignores: ['src-main/electron/ipc.ts', 'src-main/electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'ipcMain only in ipc.ts.',
        },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'ipcRenderer only in preload.ts.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', 'lowdb', 'zod'],
              message: 'The UI runs in a sandboxed page.',
            },
            {
              group: [
                '**/src-main/services/*',
                '**/src-main/electron/*',
                '**/src-main/web/*',
                '**/src-main/cli/*',
              ],
              message: 'The UI talks to the main side only through the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
)
