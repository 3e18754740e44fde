import { Fragment, type ReactNode } from 'react';
import type { RichTextMark, RichTextNode } from '../../shared/schema';
import { i18n } from '../i18n/i18n';

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';
const headingTags: readonly HeadingTag[] = ['h3', 'h4', 'h5', 'h6'];

interface RichTextProps {
  node: RichTextNode;
  /** Level of a level-1 heading inside the text, so it nests under the section heading. */
  headingLevel?: 3 | 4 | 5 | 6;
  /** Shown when the text is empty (a blank space would look like a loading error); '' shows nothing. */
  empty?: string;
}

/**
 * Stored rich text (ProseMirror-shaped JSON) as React elements. Built node by node from an
 * allow-list, never through HTML strings: the text was typed by others and is shown as text.
 */
export function RichText({ node, headingLevel = 4, empty = i18n.t('planEdit.nothingYet') }: RichTextProps) {
  const blocks = node.content ?? [];
  if (blocks.every(isBlank)) return empty ? <p className="reader__empty">{empty}</p> : null;
  return <div className="rich-text">{blocks.map((child, index) => renderNode(child, index, headingLevel))}</div>;
}

/** True when the text holds nothing to read (empty paragraphs, spaces, rules). */
export function isBlank(node: RichTextNode): boolean {
  if (node.text !== undefined) return node.text.trim() === '';
  if (node.type === 'horizontalRule' || node.type === 'hardBreak') return true;
  return (node.content ?? []).every(isBlank);
}

function children(node: RichTextNode, headingLevel: number): ReactNode[] {
  return (node.content ?? []).map((child, index) => renderNode(child, index, headingLevel));
}

function safeHref(attrs: Record<string, unknown> | undefined): string | null {
  const href = attrs?.href;
  if (typeof href !== 'string') return null;
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

function withMark(content: ReactNode, mark: RichTextMark, key: number): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{content}</strong>;
    case 'italic':
      return <em key={key}>{content}</em>;
    case 'underline':
      return <u key={key}>{content}</u>;
    case 'strike':
      return <s key={key}>{content}</s>;
    case 'code':
      return <code key={key}>{content}</code>;
    case 'link': {
      const href = safeHref(mark.attrs);
      return href ? <a key={key} href={href} rel="noopener noreferrer" target="_blank">{content}</a> : content;
    }
    default:
      // Comment highlights and other editor-only marks change nothing when reading.
      return content;
  }
}

function renderNode(node: RichTextNode, key: number, headingLevel: number): ReactNode {
  if (node.text !== undefined) {
    const marked = (node.marks ?? []).reduce<ReactNode>((content, mark, index) => withMark(content, mark, index), node.text);
    return <Fragment key={key}>{marked}</Fragment>;
  }
  const inner = children(node, headingLevel);
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inner}</p>;
    case 'heading': {
      const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
      const Tag = headingTags[Math.min(Math.max(headingLevel + level - 1, 3), 6) - 3] ?? 'h6';
      return <Tag key={key} className="rich-text__heading">{inner}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{inner}</ul>;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : undefined;
      return <ol key={key} start={start}>{inner}</ol>;
    }
    case 'listItem':
      return <li key={key}>{inner}</li>;
    case 'blockquote':
      return <blockquote key={key}>{inner}</blockquote>;
    case 'codeBlock':
      return <pre key={key}>{inner}</pre>;
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return <div key={key}>{inner}</div>;
  }
}
