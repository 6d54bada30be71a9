import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const alias = { '@core': resolve('src-main/core'), '@contract': resolve('src-main/contract') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // lowdb and steno are ESM-only; bundling them keeps the main build self-contained.
      externalizeDeps: { exclude: ['lowdb', 'steno', 'zod'] },
      rollupOptions: {
        input: {
          index: resolve('src-main/electron/main.ts'),
          web: resolve('src-main/web/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can only `require('electron')`: one self-contained CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src-main/electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    resolve: { alias },
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
})
