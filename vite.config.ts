import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The API server the dev proxy forwards to; in production the same server serves dist/client.
const apiTarget = `http://127.0.0.1:${process.env.BRIDGEPLAN_API_PORT ?? 3001}`;

/**
 * Vendor groups for the production bundle. React, the editor stack and Yjs change at different
 * paces and together exceed one comfortable chunk, so each gets its own cacheable file.
 * Vite 8 bundles with Rolldown, where `output.codeSplitting.groups` replaces Rollup's
 * (now deprecated) `manualChunks`. Order matters: a group also takes the dependencies of what
 * it captures, so yjs and react are claimed before the editor group, which imports both.
 */
const vendorGroups = [
  { name: 'yjs', test: /node_modules[\\/](yjs|y-protocols|y-websocket|y-indexeddb|lib0)[\\/]/ },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/ },
  { name: 'editor', test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs|@floating-ui)[\\/]/ },
  { name: 'icons', test: /node_modules[\\/]lucide-react[\\/]/ },
];

/**
 * Writes a brotli and a gzip copy beside every text file of the build, compressed once at the
 * highest levels, so the server sends compressed bytes without spending CPU per request.
 */
function precompress(): Plugin {
  return {
    name: 'bridgeplan-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist/client';
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
        const file = path.join(outDir, fileName);
        const source = await fs.readFile(file);
        const brotli = zlib.brotliCompressSync(source, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength },
        });
        await fs.writeFile(`${file}.br`, brotli);
        await fs.writeFile(`${file}.gz`, zlib.gzipSync(source, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
      '/collab': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Maps are written for whoever debugs a build but not linked from the files, and the server
    // never serves them: they would publish the whole client source.
    sourcemap: 'hidden',
    // Lets the benchmark tell what the first page loads from what loads later.
    manifest: true,
    // One stylesheet for the whole app (about 26 KiB compressed), loaded with the first page: the
    // plan page's five stylesheets queued behind its scripts on a slow link (HTTP/1.1 opens six
    // connections), and split sheets changed the cascade with the order pages were opened in.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups.map((group, index) => ({
            ...group,
            priority: vendorGroups.length - index,
          })),
        },
      },
    },
  },
});
