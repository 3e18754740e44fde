import { defineConfig } from 'vite';
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

export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [react()],
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
    sourcemap: true,
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
