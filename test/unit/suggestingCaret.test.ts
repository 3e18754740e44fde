import { describe, expect, it } from 'vitest';
import { Schema, type Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { suggestingPlugin } from '../../client/editor/suggestingPlugin';
import { suggestionMarks } from '../../shared/schema/suggestions';

const markSpec = { inclusive: false, attrs: { id: { default: '' }, userId: { default: '' }, name: { default: '' }, role: { default: 'parent' }, color: { default: '#4a5752' }, at: { default: '' } } };
const schema = new Schema({
  nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
  marks: { [suggestionMarks.insert]: markSpec, [suggestionMarks.delete]: markSpec },
});
const parent = { userId: 'u-p', name: 'Alex Moreno', role: 'parent' as const, color: '#1f6f8b' };

/** A parent suggesting in "She writes with chalk.", the caret where `caretAfter` ends. */
function suggestingIn(caretAfter: string): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('She writes with chalk.')])]);
  const state = EditorState.create({ doc, plugins: [suggestingPlugin(() => ({ suggesting: true, me: parent, isManager: false }))] });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, position(doc, caretAfter))));
}

function position(doc: PmNode, textBefore: string): number {
  const at = doc.textContent.indexOf(textBefore);
  if (at < 0) throw new Error(`no "${textBefore}" in the paragraph`);
  return 1 + at + textBefore.length;
}

const typed = (state: EditorState, text: string) => [...text].reduce((current, letter) => current.apply(current.tr.insertText(letter)), state);

/** The paragraph as runs: plain words, [+added] and [-struck]. */
function runs(state: EditorState): string {
  let out = '';
  state.doc.descendants((node) => {
    if (!node.isText) return true;
    const kind = node.marks.find((mark) => mark.type.name === suggestionMarks.insert) ? '+' : node.marks.find((mark) => mark.type.name === suggestionMarks.delete) ? '-' : '';
    out += kind ? `[${kind}${node.text}]` : node.text;
    return false;
  });
  return out;
}

describe('the caret while suggesting', () => {
  it('keeps typed letters in order over a selection the editor learned of in the same change', () => {
    // The browser replaced the selected "chalk" with "p" before the editor saw the selection move:
    // the change arrives from a caret still after "chalk", with the new selection after "p".
    const before = suggestingIn('with chalk');
    const from = position(before.doc, 'with ');
    const replaced = before.tr.insertText('p', from, from + 'chalk'.length);
    replaced.setSelection(TextSelection.create(replaced.doc, from + 1));
    const after = typed(before.apply(replaced), 'encils');
    expect(runs(after)).toBe('She writes with [-chalk][+pencils].');
  });

  it('keeps typed letters in order over a selection made the ordinary way', () => {
    const before = suggestingIn('with ');
    const from = before.selection.from;
    const selected = before.apply(before.tr.setSelection(TextSelection.create(before.doc, from, from + 'chalk'.length)));
    expect(runs(typed(selected, 'pencils'))).toBe('She writes with [-chalk][+pencils].');
  });

  it('leaves the caret before struck words after Backspace, and after them after Delete', () => {
    const backspaced = suggestingIn('chalk');
    const end = backspaced.selection.from;
    const afterBackspace = typed(backspaced.apply(backspaced.tr.delete(end - 1, end)), 's');
    expect(runs(afterBackspace)).toBe('She writes with chal[+s][-k].');

    const deleting = suggestingIn('with ');
    const start = deleting.selection.from;
    const afterDelete = typed(deleting.apply(deleting.tr.delete(start, start + 1)), 'p');
    expect(runs(afterDelete)).toBe('She writes with [-c][+p]halk.');
  });
});
