import path from 'node:path';
import { defineConfig } from 'vite';

// The admin is served by the API's Express app at /admin (src/server.ts); its build lands beside the server's.
export default defineConfig({
  root: __dirname,
  base: '/admin/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: path.resolve(__dirname, '../../dist/admin'),
    emptyOutDir: true,
    // no inline scripts or data: modules under the page's Content-Security-Policy
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
});
