import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
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
}

/** The plan's rich text, bound live to the shared document. */
export function PlanEditor({ session, user, label }: PlanEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        // Yjs keeps the undo history (per person, so you never undo a colleague's typing).
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: session.doc, field: 'default' }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { name: user.name, color: user.color },
          render: renderCaret,
          selectionRender: renderSelection,
        }),
      ],
      editorProps: {
        attributes: {
          id: 'plan-editor-content',
          class: 'plan-prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          spellcheck: 'true',
        },
      },
    },
    [session],
  );

  const isEmpty = useEditorState({
    editor,
    selector: ({ editor: current }) => current?.isEmpty ?? true,
  });

  return (
    <div className="plan-editor">
      <EditorToolbar editor={editor} />
      <div className="plan-editor__page" data-testid="editor">
        {isEmpty && (
          <p className="plan-editor__placeholder" aria-hidden="true">
            Start writing the plan. Everyone here sees your words as you type.
          </p>
        )}
        <EditorContent editor={editor} className="plan-editor__content" />
      </div>
    </div>
  );
}
