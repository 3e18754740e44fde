/**
 * Splits a comment's plain text into pieces the body renders as React text: plain runs,
 * @mentions of members, and web links. Nothing here produces markup; a link is only a link
 * when the URL parses with the http: or https: protocol, so `javascript:` and friends stay text.
 */
export type CommentSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mention'; readonly text: string; readonly userId: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

export interface MentionName {
  readonly userId: string;
  readonly displayName: string;
}

// Candidates only: the URL constructor has the last word on what becomes a link.
const urlCandidate = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Sentence punctuation right after a link belongs to the sentence, not the address.
const trailingPunctuation = /[.,;:!?'"’”)\]}]+$/;

/** The URL to put in href, or null when the text is not a plain web address. */
export function safeHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/** Keeps a closing bracket that the URL itself opened, as in Wikipedia-style addresses. */
function trimUrl(raw: string): string {
  let url = raw.replace(trailingPunctuation, '');
  const rest = raw.slice(url.length);
  for (const char of rest) {
    const opener = char === ')' ? '(' : char === ']' ? '[' : null;
    if (opener === null) break;
    const opens = url.split(opener).length - 1;
    const closes = url.split(char).length - 1;
    if (opens <= closes) break;
    url += char;
  }
  return url;
}

function isNameBoundary(char: string | undefined): boolean {
  return char === undefined || !/[\p{L}\p{N}_]/u.test(char);
}

/**
 * Finds `@Name` for the given members. Longest names first, so "@Sam Lee" wins over a member
 * called "Sam"; a name must end at a word boundary, so "@Samuel" does not highlight "Sam".
 */
function splitMentions(text: string, names: readonly MentionName[]): CommentSegment[] {
  const sorted = [...names].filter((name) => name.displayName.trim() !== '').sort((a, b) => b.displayName.length - a.displayName.length);
  const segments: CommentSegment[] = [];
  let plainStart = 0;
  let index = text.indexOf('@');
  while (index !== -1) {
    const before = index === 0 ? undefined : text[index - 1];
    const match = isNameBoundary(before)
      ? sorted.find((name) => {
          const candidate = text.slice(index + 1, index + 1 + name.displayName.length);
          return candidate.toLocaleLowerCase() === name.displayName.toLocaleLowerCase() && isNameBoundary(text[index + 1 + name.displayName.length]);
        })
      : undefined;
    if (match) {
      if (index > plainStart) segments.push({ kind: 'text', text: text.slice(plainStart, index) });
      const end = index + 1 + match.displayName.length;
      segments.push({ kind: 'mention', text: text.slice(index, end), userId: match.userId });
      plainStart = end;
      index = text.indexOf('@', end);
    } else {
      index = text.indexOf('@', index + 1);
    }
  }
  if (plainStart < text.length) segments.push({ kind: 'text', text: text.slice(plainStart) });
  return segments;
}

/** One line of a comment (the body renders line breaks between lines). */
export function segmentLine(line: string, names: readonly MentionName[]): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const found of line.matchAll(urlCandidate)) {
    const start = found.index;
    const raw = trimUrl(found[0]);
    const href = safeHref(raw);
    if (href === null) continue;
    if (start > last) segments.push(...splitMentions(line.slice(last, start), names));
    segments.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < line.length) segments.push(...splitMentions(line.slice(last), names));
  return segments;
}

/** The body as lines of segments; Windows and old Mac line endings count as line breaks too. */
export function segmentComment(body: string, names: readonly MentionName[]): CommentSegment[][] {
  return body.split(/\r\n|\r|\n/).map((line) => segmentLine(line, names));
}
