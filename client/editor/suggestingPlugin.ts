import { Extension } from '@tiptap/core';
import type { Mark as PmMark, MarkType, Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping, ReplaceStep } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { newId } from '../../shared/schema';
import { suggestionMarks, type SuggestionMarkAttrs } from '../../shared/schema/suggestions';

/** Who types here and how: read on every transaction, so switching mode needs no new editor. */
export interface SuggestingState {
  readonly suggesting: boolean;
  /** This person's mark attributes without id and time. */
  readonly me: Omit<SuggestionMarkAttrs, 'id' | 'at'>;
  /** The case manager may change anyone's suggested words directly. */
  readonly isManager: boolean;
}

const internal = new PluginKey('suggesting');

const isUserEdit = (tr: Transaction) => tr.docChanged && !tr.getMeta(ySyncPluginKey) && !tr.getMeta(internal);

function ownMark(node: PmNode | null | undefined, type: MarkType, userId: string): PmMark | undefined {
  return node?.marks.find((mark) => mark.type === type && mark.attrs.userId === userId);
}

/** Your own mark of `type` on the words just before `from` or just after `to`. */
function ownNeighbour(doc: PmNode, from: number, to: number, type: MarkType, userId: string): PmMark | undefined {
  return ownMark(doc.resolve(from).nodeBefore, type, userId) ?? ownMark(doc.resolve(to).nodeAfter, type, userId);
}

/** True when [from, to) of `doc` holds words of someone else's suggestion. */
function touchesOthers(doc: PmNode, from: number, to: number, userId: string): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (node.isText && node.marks.some((mark) => (mark.type.name === suggestionMarks.insert || mark.type.name === suggestionMarks.delete) && mark.attrs.userId !== userId)) found = true;
    return !found;
  });
  return found;
}

/**
 * Suggesting mode ("track changes"). After each of your edits: words you typed get your
 * insertion mark (joining your adjacent suggestion); words you deleted are put back with your
 * deletion mark, except words that were your own suggestion, which simply go. Words typed over
 * a selection, or next to words you struck, share the struck words' id: the team sees one
 * proposed rewording, accepted or rejected whole, not an addition and a removal to decide
 * apart. Words never
 * carry someone else's suggestion mark because you typed next to them. Outside suggesting
 * mode, a member other than the case manager cannot delete someone else's suggested words
 * (the server would refuse it): that edit is blocked here.
 */
export function suggestingExtension(read: () => SuggestingState) {
  return Extension.create({
    name: 'suggesting',
    addProseMirrorPlugins() {
      return [suggestingPlugin(read)];
    },
  });
}

/** The ProseMirror plugin behind `suggestingExtension`, usable on a bare editor state. */
export function suggestingPlugin(read: () => SuggestingState): Plugin {
  return new Plugin({
    key: internal,
    filterTransaction(tr, state) {
      const mode = read();
      if (mode.suggesting || mode.isManager || !isUserEdit(tr)) return true;
      return !tr.steps.some((step, index) => step instanceof ReplaceStep && step.from < step.to && touchesOthers(tr.docs[index] ?? state.doc, step.from, step.to, mode.me.userId));
    },
    appendTransaction(transactions, oldState, newState) {
      return suggest(transactions, oldState, newState, read());
    },
  });
}

function suggest(transactions: readonly Transaction[], oldState: EditorState, newState: EditorState, mode: SuggestingState): Transaction | null {
  if (!transactions.some(isUserEdit)) return null;
  const insertType = newState.schema.marks[suggestionMarks.insert];
  const deleteType = newState.schema.marks[suggestionMarks.delete];
  if (!insertType || !deleteType) return null;
  const steps: { step: ReplaceStep; doc: PmNode; user: boolean }[] = [];
  const maps: Mapping = new Mapping();
  for (const tr of transactions) {
    tr.steps.forEach((step, index) => {
      maps.appendMap(step.getMap());
      if (step instanceof ReplaceStep) steps.push({ step, doc: tr.docs[index] ?? oldState.doc, user: isUserEdit(tr) });
      else steps.push({ step: new ReplaceStep(0, 0, newState.doc.slice(0, 0)), doc: oldState.doc, user: false });
    });
  }
  const tr = newState.tr.setMeta(internal, true).setMeta('addToHistory', true);
  const at = new Date().toISOString();
  const me = mode.me;
  let freshId: string | null = null;
  // A deletion carries the id of the words typed in its place, so a replacement is one suggestion.
  const deletions: { doc: PmNode; from: number; to: number; pos: number; replacedBy: string | null }[] = [];
  let cursorBefore: number | null = null;

  steps.forEach(({ step, doc, user }, index) => {
    if (!user) return;
    const rest = maps.slice(index + 1);
    let insertedId: string | null = null;
    if (step.slice.size > 0) {
      const start = rest.map(step.from, 1);
      const end = rest.map(step.from + step.slice.size, -1);
      if (end > start) {
        newState.doc.nodesBetween(start, end, (node, pos) => {
          if (!node.isText) return true;
          for (const mark of node.marks) {
            const isSuggestion = mark.type === insertType || mark.type === deleteType;
            if (isSuggestion && mark.attrs.userId !== me.userId) tr.removeMark(Math.max(pos, start), Math.min(pos + node.nodeSize, end), mark);
          }
          return false;
        });
        if (mode.suggesting) {
          const neighbour = ownNeighbour(newState.doc, start, end, insertType, me.userId) ?? ownNeighbour(newState.doc, start, end, deleteType, me.userId);
          const id = (neighbour?.attrs.id as string | undefined) ?? (freshId ??= newId());
          insertedId = id;
          tr.addMark(start, end, insertType.create({ ...me, id, at: (neighbour?.attrs.at as string | undefined) ?? at }));
        }
      }
    }
    if (mode.suggesting && step.from < step.to) {
      deletions.push({ doc, from: step.from, to: step.to, pos: rest.map(step.from, -1), replacedBy: insertedId });
      // Backspace leaves the caret before the struck words; Delete leaves it after them. Only a
      // pure deletion counts: the editor may learn of a fresh selection in the same change that
      // types over it, so a caret still at the selection's end does not mean Backspace.
      const pureDeletion = step.slice.size === 0;
      if (pureDeletion && transactions.length === 1 && steps.length === 1 && oldState.selection.empty && oldState.selection.from === step.to) cursorBefore = step.from;
    }
  });

  const deleteId = newId();
  for (const deletion of deletions.reverse()) {
    const pos = tr.mapping.map(deletion.pos, -1);
    const slice = deletion.doc.slice(deletion.from, deletion.to);
    const before = tr.steps.length;
    tr.replace(pos, pos, slice);
    const end = tr.steps.length > before ? tr.steps[tr.steps.length - 1]!.getMap().map(pos, 1) : pos;
    const ownWords: [number, number][] = [];
    tr.doc.nodesBetween(pos, end, (node, nodePos) => {
      if (!node.isText) return true;
      const from = Math.max(nodePos, pos);
      const to = Math.min(nodePos + node.nodeSize, end);
      if (ownMark(node, insertType, me.userId)) ownWords.push([from, to]);
      else if (!node.marks.some((mark) => mark.type === deleteType)) {
        const neighbour = ownNeighbour(tr.doc, pos, end, deleteType, me.userId) ?? ownNeighbour(tr.doc, pos, end, insertType, me.userId);
        const id = deletion.replacedBy ?? (neighbour?.attrs.id as string | undefined) ?? deleteId;
        tr.addMark(from, to, deleteType.create({ ...me, id, at }));
      }
      return false;
    });
    for (const [from, to] of ownWords.reverse()) tr.delete(from, to);
    if (cursorBefore !== null) tr.setSelection(TextSelection.create(tr.doc, Math.min(pos, tr.doc.content.size)));
  }
  return tr.docChanged ? tr : null;
}
