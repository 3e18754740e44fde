import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberView, VersionView } from '../../shared/api';
import { planDoc, type Author } from '../../shared/schema';
import { renderDocx } from '../../server/export/docx';
import type { PlanExportInput } from '../../server/export/ExportInput';
import { renderHtml } from '../../server/export/html';
import { escapeMarkdown, renderMarkdown } from '../../server/export/markdown';
import { renderPdf } from '../../server/export/pdf';

/**
 * Whatever a member types, every export shows it as words: no script, image, link or markup
 * can come out of a plan. Each payload goes into a different place of the plan, so every path
 * from the document to the file is covered.
 */
const script = '<script>alert(1)</script>';
const image = '<img src=x onerror=alert(1)>';
const link = '[click](javascript:alert(1))';
const styleBreakout = '</style><script>alert(2)</script>';
const autolink = 'see https://evil.example/x and www.evil.example';
const quote = `" onmouseover="alert(3)" '`;

const mallory: Author = { userId: 'u-mallory', name: image, role: 'teacher', setting: 'school' };

function hostileInput(version: VersionView | null): PlanExportInput {
  const plan = planDoc(new Y.Doc());
  plan.init();
  plan.meta.setTitle(`Plan ${styleBreakout}`);
  const goal = plan.goals.add({ area: 'writing', baseline: script, target: link, measurement: quote, description: autolink }, mallory);
  plan.goals.objectives.add(goal, { text: `![x](https://evil.example/x.png) ${script}` }, mallory);
  const other = plan.goals.add({ area: 'fine_motor', target: '# Not a heading\n- not a list\n1. not numbered' }, mallory);
  plan.links.add({ goalId: goal, otherGoalId: other, note: link }, mallory);
  // A link mark made in the editor: the words stay, the target goes.
  plan.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, 'parent note', { link: { href: 'javascript:alert(4)' } });
    paragraph.insert(0, [text]);
    plan.parentInput.fragment().insert(0, [paragraph]);
  });
  plan.supports.add({ kind: 'accommodation', title: script, use: { classroom: { used: true, note: `| ${image} |` } } }, mallory);
  plan.services.add({ type: 'ot', provider: image, frequency: link, location: '*bold* _under_ `code`' }, mallory);
  plan.decisions.add({ text: link }, mallory);
  plan.specialFactors.setNote('behaviour', styleBreakout);
  const team: MemberView[] = [
    { userId: mallory.userId, displayName: script, email: 'm@example.org', role: 'teacher', setting: 'school', joinedAt: '2025-01-01T00:00:00.000Z' },
  ];
  return {
    plan: plan.snapshot(),
    student: { name: image, gradeOrBirthDate: link, school: styleBreakout },
    team,
    meetings: [],
    timeZone: 'UTC',
    version,
  };
}

const hash = 'f'.repeat(64);
const version: VersionView = {
  id: 'v-1',
  number: 1,
  title: script,
  hash,
  documentCode: 'ffff-ffff',
  reason: script,
  timeZone: 'UTC',
  proposedBy: { userId: mallory.userId, name: image },
  proposedAt: '2025-06-03T16:00:00.000Z',
  status: 'proposed',
  requiredSigners: [mallory.userId],
  signatures: [
    { userId: mallory.userId, name: script, role: 'teacher', decision: 'disagree', statement: `${link} ${image}`, versionHash: hash, signedAt: '2025-06-04T10:00:00.000Z', typedName: image, affirmation: script, timeZone: 'UTC', method: 'password' },
  ],
};

describe('HTML export of hostile text', () => {
  const html = renderHtml(hostileInput(version));

  it('shows typed markup as visible, escaped text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[click](javascript:alert(1))');
    expect(html).toContain('&quot; onmouseover=&quot;alert(3)&quot; &#39;');
  });

  it('contains only the renderer’s own tags and attributes', () => {
    expect(html).not.toMatch(/<script|<img|<a[\s>]|<iframe|<object|<svg/i);
    const allowedTags = new Set(
      'html head meta title style body main footer div h1 h2 h3 h4 p ul ol li strong em span br dl dt dd table colgroup col thead tbody tr th td'.split(' '),
    );
    const allowedAttributes = new Set(['lang', 'dir', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'role', 'aria-hidden', 'scope', 'style', 'data-label']);
    const styleBody = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const markup = html.replace(styleBody, '');
    // Attribute values are double-quoted and escaped, so a quoted value is skipped whole.
    for (const [, name = '', attributes = ''] of markup.matchAll(/<\/?([a-zA-Z0-9!-]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g)) {
      if (name.toLowerCase() === '!doctype') continue;
      expect(allowedTags, `tag <${name}>`).toContain(name.toLowerCase());
      for (const [, attribute = ''] of attributes.matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)) {
        expect(allowedAttributes, `attribute ${attribute} on <${name}>`).toContain(attribute.toLowerCase());
      }
    }
    // Every "<" in the page starts one of the tags checked above: none hides in a broken one.
    const tags = [...markup.matchAll(/<\/?([a-zA-Z0-9!-]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g)].length;
    expect(markup.split('<').length - 1).toBe(tags);
  });

  it('cannot end the stylesheet early, and forbids scripts and loads by policy', () => {
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    const styleBody = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(styleBody).not.toMatch(/[<>]/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  });
});

describe('Markdown export of hostile text', () => {
  const markdown = renderMarkdown(hostileInput(version));

  it('creates no link, image or HTML from typed text', () => {
    // An unescaped "](" would end a link text; an unescaped "<" could open HTML or an autolink.
    expect(markdown).not.toMatch(/(?<!\\)\]\(/);
    expect(markdown.replace(/<br>/g, '')).not.toMatch(/(?<!\\)</);
    expect(markdown).toContain('\\[click\\](javascript:alert(1))');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('https\\://evil.example/x and www\\.evil.example');
    expect(markdown).not.toContain('javascript:alert(4)');
    expect(markdown).toContain('parent note');
  });

  it('keeps typed Markdown syntax as literal characters', () => {
    expect(markdown).toContain('\\*bold\\* \\_under\\_ \\`code\\`');
    expect(markdown).toContain('\\# Not a heading\\\n  \\- not a list\\\n  1\\. not numbered');
    expect(markdown).not.toMatch(/^# Not a heading/m);
  });

  it('keeps table cells whole when the text holds a pipe', () => {
    // The supports row: a support titled with the script payload, its classroom note "| <img…> |".
    const row = markdown.split('\n').find((line) => line.startsWith('| **\\<script\\>'));
    expect(row).toContain('\\| \\<img src=x onerror=alert(1)\\> \\|');
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it('escapes each Markdown-significant character', () => {
    expect(escapeMarkdown('<>[]*_`|~&\\')).toBe('\\<\\>\\[\\]\\*\\_\\`\\|\\~\\&\\\\');
  });
});

describe('DOCX export of hostile text', () => {
  it('writes typed markup as escaped XML text, with no links', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(hostileInput(version)));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(document).not.toMatch(/<script|<img/);
    expect(document).not.toContain('<w:hyperlink');
    const relationships = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    expect(relationships).not.toContain('TargetMode="External"');
    expect(relationships).not.toContain('javascript');
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dc:title>Plan &lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;</dc:title>');
  });
});

describe('PDF export of hostile text', () => {
  it('renders it as text, with no link or script actions', async () => {
    const bytes = await renderPdf(hostileInput(version));
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    // Objects other than content streams are written uncompressed: actions would be visible.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toMatch(/\/URI|\/JavaScript|\/JS\b|\/Launch|\/OpenAction/);
  });
});

describe('text outside what the formats can hold', () => {
  const exotic = 'Zoë 李 😀 ≥ 3 → done\u0007\u0000';


  it('renders every format without control characters or crashes', async () => {
    const input = hostileInput(null);
    const strange: PlanExportInput = { ...input, student: { ...input.student, name: exotic } };
    const pdf = await PDFDocument.load(await renderPdf(strange), { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    const document = (await (await JSZip.loadAsync(await renderDocx(strange))).file('word/document.xml')?.async('string')) ?? '';
    // Chinese is its own run, marked with its East Asian language.
    expect(document.replace(/<[^>]+>/g, '')).toContain('Zoë 李 😀 ≥ 3 → done');
    expect(document).toMatch(/<w:lang w:eastAsia="zh-CN"\/>[\s\S]*?李/);
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(renderHtml(strange)).toContain('Zoë <span lang="zh">李</span> 😀 ≥ 3 → done');
    expect(renderMarkdown(strange)).toContain('Zoë 李 😀 ≥ 3 → done');
  });
});
