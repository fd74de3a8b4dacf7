// The console's build: one bundle under dist/, every dependency inside it (no CDN at run time), asset
// paths relative to index.html so the same files work at /console/ on the local runner and at the root
// of the CloudFront distribution. JSX compiles to Preact's automatic runtime (no extra plugin needed).
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // No inline <script> or data: URLs in the output: a strict Content-Security-Policy
    // (script-src 'self'; style-src 'self') must accept every file (docs/console.md, "Security").
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
