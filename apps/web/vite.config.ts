import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Built to static files that the server serves; every URL is relative to the page's origin, so
 * nothing about where Kairos runs is baked in at build time.
 */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: { proxy: { '/v2': 'http://127.0.0.1:3000', '/api': 'http://127.0.0.1:3000' } },
});
