import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { FieldRef } from '../../../shared/schema';
import { renderCaret, renderSelection } from '../../editor/caretDecorations';
import { CommentHighlights, refreshCommentHighlights } from '../../comments/commentHighlights';
import { NewTextCommentButton } from '../../comments/CommentButton';
import { highlightAnchorsFor } from '../../comments/highlightAnchors';
import { usePlanComments } from '../comments/PlanCommentsContext';
import { canWriteText, useLiveDoc } from '../live/LiveDocContext';
import { RichTextToolbar } from './RichTextToolbar';
import { takeTypedAhead } from './typeAhead';
import { useSuggestionExtensions } from '../../suggestions/useSuggestionEditor';
import '../../suggestions/suggestions.css';
import { FieldPresence } from './FieldPresence';
import { useRichFieldPresence } from './useRichFieldPresence';
import './RichTextField.css';
import { useTranslation } from 'react-i18next';

interface RichTextFieldProps {
  readonly fragment: Y.XmlFragment | null;
  readonly label: string;
  /** Hide the visible label when a heading right above already names the field. */
  readonly hideLabel?: boolean;
  readonly hint?: string;
  /** Shown in an empty field, to people who can edit. */
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  /** Controls shown on the label's line (move, hide), so they do not take a row of their own. */
  readonly labelAside?: ReactNode;
  /** Where comments on words in this field are anchored; without it the field takes no comments. */
  readonly commentRef?: FieldRef;
}

/**
 * A small rich-text editor bound to one fragment of the shared document (a goal's
 * description, one present-levels area, the parent input). Its undo history is the view's
 * shared one, so Ctrl+Z here and the Undo button undo the same steps in the same order.
 */
export function RichTextField({ fragment, label, hideLabel, hint, placeholder, autoFocus, labelAside, commentRef }: RichTextFieldProps) {
  const live = useLiveDoc();
  const { t } = useTranslation();
  const comments = usePlanComments();
  // The highlight extension reads these on every recompute, so they must always be current.
  const commentsRef = useRef(comments);
  commentsRef.current = comments;
  const anchors = comments && commentRef ? highlightAnchorsFor(comments.threads, commentRef, comments.activeThreadId) : [];
  const anchorsRef = useRef(anchors);
  anchorsRef.current = anchors;
  const takesComments = comments !== null && commentRef !== undefined && fragment !== null;
  const labelId = useId();
  const hintId = hint ? `${labelId}-hint` : undefined;
  const writable = canWriteText(live);
  const editableRef = useRef(writable);
  const suggestionExtensions = useSuggestionExtensions();
  editableRef.current = writable;

  const editor = useEditor(
    {
      extensions: fragment
        ? [
            // The shared Yjs history replaces the editor's own (per person, never a colleague's).
            StarterKit.configure({ undoRedo: false, heading: { levels: [3, 4] } }),
            Collaboration.configure({ fragment, yUndoOptions: { undoManager: live.undo.manager } }),
            ...suggestionExtensions,
            CollaborationCaret.configure({
              provider: live.provider,
              user: { id: live.caretUser.id, name: live.caretUser.name, color: live.caretUser.color },
              render: renderCaret,
              selectionRender: renderSelection,
            }),
            ...(takesComments
              ? [
                  CommentHighlights.configure({
                    fragment,
                    getAnchors: () => anchorsRef.current,
                    onClickThread: (threadId: string) => commentsRef.current?.openThread(threadId),
                  }),
                ]
              : []),
          ]
        : [StarterKit.configure({ undoRedo: false }), ...suggestionExtensions],
      editable: writable && fragment !== null,
      autofocus: autoFocus ? 'end' : false,
      onBeforeCreate: live.undo.editorHooks.onBeforeCreate,
      onMount: live.undo.editorHooks.onMount,
      onUnmount: live.undo.editorHooks.onUnmount,
      editorProps: {
        attributes: () => ({
          class: 'rich-field__prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          ...(hintId ? { 'aria-describedby': hintId } : {}),
          'aria-readonly': editableRef.current ? 'false' : 'true',
          spellcheck: 'true',
        }),
      },
    },
    [fragment, live.undo, live.provider, takesComments],
  );

  // A field created a moment ago with its caret in it: letters typed while it started go in.
  useEffect(() => {
    if (!editor || !autoFocus) return;
    // Not `editor.once`: `off` cannot remove the wrapper `once` adds, so a cleaned-up effect
    // (StrictMode runs each twice) would leave a second listener behind.
    const insertTypedAhead = () => {
      editor.off('focus', insertTypedAhead);
      const typed = takeTypedAhead(editor.view.dom);
      // As a text node: typed letters are never read as markup.
      if (typed) editor.commands.insertContent({ type: 'text', text: typed });
    };
    if (editor.isFocused) insertTypedAhead();
    else editor.on('focus', insertTypedAhead);
    return () => {
      editor.off('focus', insertTypedAhead);
    };
  }, [editor, autoFocus]);

  const anchorKey = anchors.map((anchor) => `${anchor.threadId}:${anchor.active ? 1 : 0}`).join(',');
  useEffect(() => refreshCommentHighlights(editor), [editor, anchorKey]);

  useEffect(() => {
    const editable = writable && fragment !== null;
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, writable, fragment]);

  const others = useRichFieldPresence(fragment);
  const isEmpty = useEditorState({ editor, selector: ({ editor: current }) => current?.isEmpty ?? true });

  return (
    <div className={`rich-field ${writable ? '' : 'rich-field--read-only'}`}>
      <div className={labelAside ? 'rich-field__head' : undefined}>
        <span
          id={labelId}
          className={hideLabel ? 'visually-hidden' : 'live-field__label rich-field__label'}
          // A label element cannot point at a contenteditable; clicking the name still focuses it.
          onClick={() => editor?.commands.focus()}
        >
          {label}
        </span>
        {labelAside}
      </div>
      {hint && (
        <p className="live-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldPresence others={others} value="">
        <div className="rich-field__box">
          {live.canEdit && <RichTextToolbar editor={editor} label={label} />}
          <div className={`rich-field__page ${isEmpty ? 'rich-field__page--empty' : ''}`}>
            {isEmpty && (
              <p className="rich-field__placeholder" aria-hidden="true">
                {writable ? (placeholder ?? t('planEdit.typeHere')) : t('planEdit.nothingYet')}
              </p>
            )}
            <EditorContent editor={editor} className="rich-field__content" />
          </div>
        </div>
      </FieldPresence>
      {takesComments && comments.canComment && editor && (
        <NewTextCommentButton
          workspaceId={comments.workspaceId}
          editor={editor}
          fragment={fragment}
          fieldRef={commentRef}
          members={comments.members}
          myUserId={comments.myUserId}
          canComment={comments.canComment}
          onCreated={(threadId) => comments.openThread(threadId)}
        />
      )}
    </div>
  );
}
