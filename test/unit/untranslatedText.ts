import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'vite';

/**
 * Finds words a person would see in the client that were typed into a component instead of read
 * from the message catalog: JSX text, literal strings placed as JSX children, and the attributes a
 * screen reader or a hover reads out. Parsed with Vite's own parser, the one that builds the client.
 */

/** Attributes whose value is shown or spoken to a person. */
const spokenAttributes = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);

export interface UntranslatedText {
  file: string;
  line: number;
  text: string;
}

interface Node {
  type: string;
  start: number;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Letters in any script: punctuation, digits and symbols alone ("·", "×", "—", "2") need no translation. */
const hasWords = (text: string) => /\p{L}/u.test(text);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/**
 * The words of an expression that end up on screen as typed: a string, a template's fixed parts,
 * either branch of a condition, either side of `||`, `??` or `+`. A call (t('…')) or a variable
 * yields nothing: its words come from elsewhere.
 */
function literalWords(node: Node): string[] {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [node.value] : [];
    case 'TemplateLiteral':
      return (node.quasis as Node[]).map((quasi) => (quasi.value as { cooked: string }).cooked);
    case 'ConditionalExpression':
      return [...literalWords(node.consequent as Node), ...literalWords(node.alternate as Node)];
    case 'LogicalExpression':
    case 'BinaryExpression':
      return node.operator === '+' || node.operator === '||' || node.operator === '??'
        ? [...literalWords(node.left as Node), ...literalWords(node.right as Node)]
        : [];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
      return literalWords(node.expression as Node);
    default:
      return [];
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function findUntranslatedText(root: string, clientDir: string): UntranslatedText[] {
  const found: UntranslatedText[] = [];
  for (const path of sourceFiles(clientDir)) {
    const code = readFileSync(path, 'utf8');
    const program = parseAst(code, { lang: 'tsx' }, path) as unknown as Node;
    const report = (node: Node, text: string) =>
      found.push({ file: relative(root, path), line: lineOf(code, node.start), text: text.trim().replace(/\s+/g, ' ') });

    const visit = (node: Node, parent: Node | null) => {
      if (node.type === 'JSXText' && hasWords(String(node.value))) report(node, String(node.value));
      if (node.type === 'JSXExpressionContainer' && parent && (parent.type === 'JSXElement' || parent.type === 'JSXFragment')) {
        const words = literalWords(node.expression as Node).filter(hasWords);
        if (words.length > 0) report(node, words.join(' | '));
      }
      if (node.type === 'JSXAttribute') {
        const name = (node.name as Node & { name?: unknown }).name;
        const value = node.value as Node | null;
        if (typeof name === 'string' && spokenAttributes.has(name) && value) {
          const words = (value.type === 'JSXExpressionContainer' ? literalWords(value.expression as Node) : literalWords(value)).filter(hasWords);
          if (words.length > 0) report(node, `${name}="${words.join(' | ')}"`);
        }
      }
      for (const [key, child] of Object.entries(node)) {
        if (key === 'parent') continue;
        if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item, node);
        if (isNode(child)) visit(child, node);
      }
    };
    visit(program, null);
  }
  return found;
}
