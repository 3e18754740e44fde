import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'vite';

/**
 * Finds every refusal the server can answer with: the id given to `badRequest`, `forbidden`,
 * `notFound`, `conflict`, `tooManyRequests`, `unauthorized` or `new HttpError`, the default id
 * when none is given, and the names of the facts sent beside the message. Parsed with Vite's
 * own parser, as the client's check for untranslated text is.
 */

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Each helper's id argument, facts argument and default id (server/http/errors.ts). */
const helpers: Record<string, { idAt: number; factsAt: number; defaultId: string | null }> = {
  badRequest: { idAt: 1, factsAt: 2, defaultId: 'bad_request' },
  unauthorized: { idAt: 1, factsAt: -1, defaultId: 'unauthorized' },
  forbidden: { idAt: 1, factsAt: 2, defaultId: 'forbidden' },
  notFound: { idAt: 1, factsAt: -1, defaultId: 'not_found' },
  conflict: { idAt: 1, factsAt: 2, defaultId: 'conflict' },
  tooManyRequests: { idAt: 1, factsAt: 2, defaultId: 'too_many_requests' },
};
const httpError = { idAt: 1, factsAt: 3, defaultId: null };

/** Readers of a request body field that refuse with `invalid_<field>` (server/http/readBody.ts). */
const fieldReaders: Record<string, { keyAt: number; defaultKey: string | null }> = {
  stringField: { keyAt: 1, defaultKey: null },
  optionalStringField: { keyAt: 1, defaultKey: null },
  emailField: { keyAt: 1, defaultKey: 'email' },
};

export interface RefusalSite {
  file: string;
  line: number;
  /** The literal id, or the source of an id composed at run time (e.g. "`invalid_${key}`"). */
  id: string;
  composed: boolean;
  /** Names of the facts sent with it; null when they are not an object literal. */
  facts: string[] | null;
}

export interface ServerRefusals {
  sites: RefusalSite[];
  /** Body fields read with stringField and friends: each can be refused as `invalid_<field>`. */
  fields: string[];
  /** Field readers called with a field name that is not a literal. */
  unknownFields: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const stringLiteral = (node: Node | undefined): string | null =>
  node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null;

function factNames(node: Node | undefined): string[] | null {
  if (!node) return [];
  if (node.type !== 'ObjectExpression') return null;
  const names: string[] = [];
  for (const property of node.properties as Node[]) {
    if (property.type !== 'Property') return null;
    const key = property.key as Node;
    const name = key.type === 'Identifier' ? String(key.name) : stringLiteral(key);
    if (name === null || property.computed) return null;
    names.push(name);
  }
  return names;
}

function calleeName(node: Node): string | null {
  const callee = node.callee as Node;
  return callee.type === 'Identifier' ? String(callee.name) : null;
}

export function findServerRefusals(root: string, serverDir: string): ServerRefusals {
  const sites: RefusalSite[] = [];
  const fields = new Set<string>();
  const unknownFields: string[] = [];
  for (const path of sourceFiles(serverDir)) {
    const file = relative(root, path);
    // The helpers themselves pass their parameters on; their defaults are listed above.
    if (file === join('server', 'http', 'errors.ts')) continue;
    const code = readFileSync(path, 'utf8');
    const program = parseAst(code, { lang: 'ts' }, path) as unknown as Node;

    const visit = (node: Node) => {
      const name = node.type === 'CallExpression' || node.type === 'NewExpression' ? calleeName(node) : null;
      const args = (node.arguments ?? []) as Node[];
      const helper = name === null ? undefined : node.type === 'NewExpression' ? (name === 'HttpError' ? httpError : undefined) : helpers[name];
      if (helper) {
        const idNode = args[helper.idAt];
        const literal = stringLiteral(idNode);
        const facts = helper.factsAt < 0 ? [] : factNames(args[helper.factsAt]);
        const line = lineOf(code, node.start);
        if (!idNode && helper.defaultId) sites.push({ file, line, id: helper.defaultId, composed: false, facts });
        else if (literal !== null) sites.push({ file, line, id: literal, composed: false, facts });
        else if (idNode) sites.push({ file, line, id: code.slice(idNode.start, idNode.end), composed: true, facts });
      }
      const reader = name === null || node.type !== 'CallExpression' ? undefined : fieldReaders[name];
      // readBody.ts passes the caller's field name through; the callers name it.
      if (reader && file !== join('server', 'http', 'readBody.ts')) {
        const keyNode = args[reader.keyAt];
        const key = keyNode ? stringLiteral(keyNode) : reader.defaultKey;
        if (key === null) unknownFields.push(`${file}:${lineOf(code, node.start)}`);
        else fields.add(key);
      }
      for (const [key, child] of Object.entries(node)) {
        if (key === 'parent') continue;
        if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item);
        if (isNode(child)) visit(child);
      }
    };
    visit(program);
  }
  return { sites, fields: [...fields].sort(), unknownFields };
}
