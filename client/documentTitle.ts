/**
 * A readable title from a document name until plans carry their own titles:
 * "demo" → "Demo", "ws_12/reading-plan" → "Reading plan".
 */
export function documentTitle(docName: string): string {
  const segments = docName.split('/');
  const last = segments[segments.length - 1] ?? docName;
  const words = last.replace(/[-_]+/g, ' ').trim();
  if (words === '') return docName;
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** Where the document sits, when its name has more than one part: "ws_12 / reading-plan". */
export function documentLocation(docName: string): string | null {
  return docName.includes('/') ? docName.split('/').join(' / ') : null;
}
