// `npm start`: runs the server compiled to JavaScript, compiling it first when there is no
// build yet or a server source is newer than it (like the client build). Plain JavaScript on
// purpose: a restart should not pay for a TypeScript loader. `--build-only` compiles and exits.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'server', 'start.js');
const sources = ['server', 'shared', 'package-lock.json', 'scripts/start.mjs'].map((source) => path.join(root, source));

/** @param {string} target @returns {number} */
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, name)));
  return newest;
}

const isStale = () => !fs.existsSync(entry) || sources.some((source) => newestMtime(source) > fs.statSync(entry).mtimeMs);

/**
 * Packages compiled into the server's own files rather than loaded from node_modules. Each is
 * plain JavaScript spread over many ES modules (the query builder alone over 300), and Node
 * keeps a record, the source and the compiled code of every module it loads: loaded one by
 * one they held about 10 MiB more at rest than the same code bundled. Native modules, packages
 * that read files beside their own code (fonts, the PDF library) and CommonJS packages with
 * optional native parts stay in node_modules. Yjs and its helpers must come in together: two
 * copies of Yjs in one process do not recognise each other's types.
 */
const bundledPackages = new Set(['kysely', 'hono', '@hono/node-server', 'yjs', 'lib0', 'y-protocols', 'rrule']);

/** The package a bare import names: "hono/cookie" is "hono", "@hono/node-server/conninfo" is "@hono/node-server". */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @type {import('esbuild').Plugin} */
const keepUnbundledPackagesExternal = {
  name: 'keep-unbundled-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || !bundledPackages.has(packageOf(args.path))) return { path: args.path, external: true };
      return undefined;
    });
  },
};

async function compile() {
  fs.rmSync(path.dirname(entry), { recursive: true, force: true });
  const esbuild = await import('esbuild');
  await esbuild.build({
    // The export worker is a second entry: a worker thread loads it by its own file name.
    entryPoints: { start: path.join(root, 'server', 'start.ts'), renderWorker: path.join(root, 'server', 'export', 'worker', 'renderWorker.ts') },
    outdir: path.dirname(entry),
    bundle: true,
    // Code loaded on first use (the export renderers and their PDF/DOCX libraries) stays in its
    // own chunk, so it costs no memory until someone exports.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [keepUnbundledPackagesExternal],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // esbuild compiles in a child process of its own (about 65 MiB) that would otherwise live
  // as long as the server does.
  await esbuild.stop();
}

const buildOnly = process.argv.includes('--build-only');
if (buildOnly || isStale()) {
  const started = performance.now();
  await compile();
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', category: 'app.build', message: 'server compiled', ms: Math.round(performance.now() - started) })}\n`);
}
if (!buildOnly) await import(pathToFileURL(entry).href);
