import fs from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

export interface BundlePart {
  /** What loads it: the first page, or the lazily loaded module. */
  readonly label: string;
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly brotliBytes: number;
}

const clientDir = path.resolve(import.meta.dirname, '..', '..', 'dist', 'client');

const sizeOf = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : Number.NaN);

/**
 * JavaScript each part of the built client costs, from Vite's manifest and the precompressed
 * files beside each chunk: the first page (entry and everything it imports statically), then
 * each lazily loaded module with what it adds on top of the first page.
 */
export function measureBundle(): BundlePart[] {
  const manifestFile = path.join(clientDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error('no client build: run `npm run build` first');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (key: string, into: Set<string>): Set<string> => {
    if (into.has(key)) return into;
    into.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, into);
    return into;
  };
  const part = (label: string, keys: Iterable<string>): BundlePart => {
    const files = [...keys].map((key) => path.join(clientDir, manifest[key]!.file));
    const sum = (suffix: string) => files.reduce((total, file) => total + sizeOf(`${file}${suffix}`), 0);
    return { label, files: files.length, rawBytes: sum(''), gzipBytes: sum('.gz'), brotliBytes: sum('.br') };
  };
  const first = closure('index.html', new Set());
  const lazy = new Set<string>();
  for (const key of Object.keys(manifest)) for (const dynamic of manifest[key]!.dynamicImports ?? []) lazy.add(dynamic);
  return [
    part('first page (sign-in, your students, a student’s team)', first),
    ...[...lazy].map((key) => part(`+ ${key}`, [...closure(key, new Set())].filter((chunk) => !first.has(chunk)))),
  ];
}
