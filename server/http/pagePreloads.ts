import fs from 'node:fs';
import path from 'node:path';
import { parseRoute, type Route } from '../../shared/routes';

/** One entry of the build's `.vite/manifest.json`: a chunk, what it imports, its styles. */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

type Manifest = Readonly<Record<string, ManifestChunk>>;

/**
 * The source of each document page's code, as the build manifest names it. Those pages load
 * apart from the first page's code, so the browser would only ask for them once that code had
 * run and the session check had answered: on a slow 4G link two round trips and a queue of
 * downloads after the rest, 7 s to a connected plan.
 */
const documentPageSources: Partial<Record<Route['page'], string>> = {
  plan: 'pages/PlanPage.tsx',
  meeting: 'pages/MeetingPage.tsx',
  progress: 'pages/ProgressPage.tsx',
  schedule: 'pages/SchedulePage.tsx',
  services: 'serviceLog/ServiceLogPage.tsx',
  notes: 'sessionNotes/SessionNotesPage.tsx',
};

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
 * `modulepreload` for its scripts and `preload` for its styles (none while the styles are one
 * sheet that comes with the first page), fetched beside the first page's own. The client still
 * imports them as before and finds them already fetched.
 */
export function pageHtmlFor(staticDir: string, indexHtml: string): (requestPath: string) => string {
  const manifest = readManifest(staticDir);
  if (!manifest || !indexHtml.includes('</head>')) return () => indexHtml;
  const alreadyLoaded = new Set(['index.html', ...(manifest['index.html']?.imports ?? [])]);
  const pages = new Map<string, string>();
  for (const [page, source] of Object.entries(documentPageSources)) {
    const chunks = chunksOf(manifest, source, alreadyLoaded);
    const links = [
      ...chunks.map((chunk) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(chunk.file)}">`),
      ...[...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((css) => `<link rel="preload" as="style" crossorigin href="/${escapeAttribute(css)}">`),
    ];
    if (links.length > 0) pages.set(page, indexHtml.replace('</head>', `${links.join('')}</head>`));
  }
  return (requestPath) => pages.get(parseRoute(requestPath).page) ?? indexHtml;
}
