import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served by the NestJS server at `/` (same origin as `/api/v1`), so no proxy is needed
// in production; `npm run dev -w web` proxies the API to a server on :3000.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // e2e/bundle-size.spec.ts reads it to add up what each first screen loads.
    manifest: true,
    // One chunk per route plus the shared vendor chunks; the sign-in budget is checked by a test.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
