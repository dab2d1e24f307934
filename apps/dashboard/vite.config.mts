import { defineConfig } from 'vite';

// Built into apps/dashboard/dist; the aggregator serves that folder at /dashboard (serve-dashboard.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: '/dashboard/',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 400 },
});
