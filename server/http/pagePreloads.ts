import fs from 'node:fs';
import path from 'node:path';

/** One entry of the build's `.vite/manifest.json`: a chunk, what it imports, its styles. */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

type Manifest = Readonly<Record<string, ManifestChunk>>;

/**
 * Which page's code each document address opens (the same addresses as the client's
 * routing/route.ts). Those pages load apart from the first page's code, so the browser would
 * only ask for them once that code had run and the session check had answered: on a slow 4G
 * link two round trips and a queue of downloads after the rest, 7 s to a connected plan.
 */
const documentPages: readonly { readonly path: RegExp; readonly source: string }[] = [
  { path: /^\/w\/[A-Za-z0-9_-]+\/plan\/?$/, source: 'pages/PlanPage.tsx' },
  { path: /^\/w\/[A-Za-z0-9_-]+\/meeting\/[A-Za-z0-9_-]+\/?$/, source: 'pages/MeetingPage.tsx' },
  { path: /^\/w\/[A-Za-z0-9_-]+\/progress\/?$/, source: 'pages/ProgressPage.tsx' },
  { path: /^\/w\/[A-Za-z0-9_-]+\/schedule\/?$/, source: 'pages/SchedulePage.tsx' },
  { path: /^\/w\/[A-Za-z0-9_-]+\/services\/?$/, source: 'serviceLog/ServiceLogPage.tsx' },
  { path: /^\/w\/[A-Za-z0-9_-]+\/notes\/?$/, source: 'sessionNotes/SessionNotesPage.tsx' },
];

function readManifest(staticDir: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(staticDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    // A build without a manifest still serves every page; they just load their code later.
    return null;
  }
}

/** The chunk and everything it imports, each once, leaving out what the first page loads anyway. */
function chunksOf(manifest: Manifest, source: string, alreadyLoaded: ReadonlySet<string>): ManifestChunk[] {
  const found = new Map<string, ManifestChunk>();
  const visit = (key: string): void => {
    if (found.has(key) || alreadyLoaded.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) return;
    found.set(key, chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(source);
  return [...found.values()];
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page (index.html) for each address, with the code of a document page asked for at once:
 * `modulepreload` for its scripts and `preload` for its styles, fetched beside the first page's
 * own. The client still imports them as before and finds them already fetched.
 */
export function pageHtmlFor(staticDir: string, indexHtml: string): (requestPath: string) => string {
  const manifest = readManifest(staticDir);
  if (!manifest || !indexHtml.includes('</head>')) return () => indexHtml;
  const entry = manifest['index.html'];
  const alreadyLoaded = new Set(['index.html', ...(entry?.imports ?? [])]);
  const pages = new Map<string, string>();
  for (const page of documentPages) {
    const chunks = chunksOf(manifest, page.source, alreadyLoaded);
    if (chunks.length === 0) continue;
    const links = [
      ...chunks.map((chunk) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(chunk.file)}">`),
      ...[...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((css) => `<link rel="preload" as="style" crossorigin href="/${escapeAttribute(css)}">`),
    ];
    pages.set(page.source, indexHtml.replace('</head>', `${links.join('')}</head>`));
  }
  return (requestPath) => {
    const page = documentPages.find((candidate) => candidate.path.test(requestPath));
    return (page && pages.get(page.source)) ?? indexHtml;
  };
}
