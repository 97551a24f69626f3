import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  // @rafiq/shared is a CommonJS workspace package: pre-bundle it for the dev server.
  // (Vite 8 builds with Rolldown, which handles CommonJS natively; `build.commonjsOptions` is a no-op there.)
  optimizeDeps: {
    include: ['@rafiq/shared'],
  },
  server: {
    proxy: {
      '/graphql': { target: backend, changeOrigin: false },
      '/health': { target: backend, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: backend, changeOrigin: false },
      '/health': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
