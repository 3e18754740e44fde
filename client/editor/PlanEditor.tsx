import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import StarterKit from '@tiptap/starter-kit';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { renderCaret, renderSelection } from './caretDecorations';
import { EditorToolbar } from './EditorToolbar';
import './editor.css';

interface PlanEditorProps {
  session: CollabSession;
  user: CollabUser;
  /** Accessible name of the text area, e.g. the plan's title. */
  label: string;
  /** False for roles without "edit": the server would drop their changes anyway. */
  editable: boolean;
}

/** The plan's rich text, bound live to the shared document. */
export function PlanEditor({ session, user, label, editable }: PlanEditorProps) {
  // Read by the attributes callback, which ProseMirror re-runs whenever its props change.
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const editor = useEditor(
    {
      extensions: [
        // Yjs keeps the undo history (per person, so you never undo a colleague's typing).
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: session.doc, field: 'default' }),
        CollaborationCaret.configure({
          provider: session.provider,
          // The id lets the presence list tell two people with the same name apart.
          user: { id: user.id, name: user.name, color: user.color },
          render: renderCaret,
          selectionRender: renderSelection,
        }),
      ],
      editable,
      editorProps: {
        attributes: () => ({
          id: 'plan-editor-content',
          class: 'plan-prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': editableRef.current ? 'false' : 'true',
          'aria-label': label,
          spellcheck: 'true',
        }),
      },
    },
    [session],
  );

  // A role can change mid-session (access changed, reconnected): follow it without reopening.
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  const isEmpty = useEditorState({
    editor,
    selector: ({ editor: current }) => current?.isEmpty ?? true,
  });

  return (
    <div className="plan-editor">
      {editable && <EditorToolbar editor={editor} />}
      <div className="plan-editor__page" data-testid="editor">
        {isEmpty && (
          <p className="plan-editor__placeholder" aria-hidden="true">
            {editable
              ? 'Start writing the plan. Everyone here sees your words as you type.'
              : 'Nothing has been written in the plan yet.'}
          </p>
        )}
        <EditorContent editor={editor} className="plan-editor__content" />
      </div>
    </div>
  );
}
