import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { MessageSquarePlus } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { MemberView } from '../../shared/api';
import type { FieldRef, ThreadAnchor } from '../../shared/schema';
import { startThread } from './commentsApi';
import { NewThreadPopover } from './NewThreadPopover';
import { selectionToAnchor } from './textAnchors';
import './CommentButton.css';

interface CommonProps {
  workspaceId: string;
  members: readonly MemberView[];
  myUserId?: string;
  /** Without the comment capability nothing is rendered. */
  canComment: boolean;
  /** The new thread's id, e.g. to open it in the comments panel. */
  onCreated?(threadId: string): void;
}

/** The button and its popover; the anchor is decided when the popover opens. */
function NewCommentControl({
  workspaceId,
  members,
  myUserId,
  onCreated,
  takeAnchor,
  buttonLabel,
  accessibleLabel,
  disabledHint,
}: CommonProps & { takeAnchor: () => ThreadAnchor | null; buttonLabel: string; accessibleLabel: string; disabledHint: string | null }) {
  const id = useId();
  const [anchor, setAnchor] = useState<ThreadAnchor | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (anchor === null && wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = anchor !== null;
  }, [anchor]);

  function handleClick() {
    if (disabledHint !== null) return;
    setAnchor((current) => (current === null ? takeAnchor() : null));
  }

  return (
    <span className="comment-button">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet comment-button__button"
        aria-label={accessibleLabel}
        aria-expanded={anchor !== null}
        aria-controls={anchor !== null ? `${id}-popover` : undefined}
        aria-disabled={disabledHint !== null || undefined}
        aria-describedby={disabledHint !== null ? `${id}-hint` : undefined}
        onClick={handleClick}
      >
        <MessageSquarePlus size={18} aria-hidden="true" />
        {buttonLabel}
      </button>
      {disabledHint !== null && (
        <span className="comment-button__hint" id={`${id}-hint`}>
          {disabledHint}
        </span>
      )}
      {anchor !== null && (
        <NewThreadPopover
          id={`${id}-popover`}
          anchor={anchor}
          members={members}
          myUserId={myUserId}
          onClose={() => setAnchor(null)}
          onSubmit={async (input) => {
            const threadId = await startThread(workspaceId, anchor, input);
            setAnchor(null);
            onCreated?.(threadId);
          }}
        />
      )}
    </span>
  );
}

interface CommentButtonProps extends CommonProps {
  /** The goal, support, service, decision or action item the conversation is about. */
  fieldRef: FieldRef;
  /** The item's name as people know it, e.g. "Goal 2: Pencil grip"; kept with the thread. */
  label: string;
}

/** "Comment" on a whole item (a goal, a support, a decision…). */
export function CommentButton(props: CommentButtonProps) {
  const { fieldRef, label, canComment } = props;
  const { t } = useTranslation();
  if (!canComment) return null;
  return (
    <NewCommentControl
      {...props}
      takeAnchor={() => ({ kind: 'item', ref: fieldRef, label })}
      buttonLabel={t('comments.comment')}
      accessibleLabel={t('comments.commentOn', { label })}
      disabledHint={null}
    />
  );
}

interface NewTextCommentButtonProps extends CommonProps {
  editor: Editor | null;
  /** The Y.XmlFragment the editor is bound to. */
  fragment: Y.XmlFragment;
  /** Which field this editor edits. */
  fieldRef: FieldRef;
}

/** "Comment on the selected words": disabled, with a hint, until some words are selected. */
export function NewTextCommentButton(props: NewTextCommentButtonProps) {
  const { editor, fragment, fieldRef, canComment } = props;
  const { t } = useTranslation();
  const hasSelection = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? !current.state.selection.empty : false),
  });
  if (!canComment) return null;
  return (
    <NewCommentControl
      {...props}
      takeAnchor={() => (editor ? selectionToAnchor(editor, fragment, fieldRef) : null)}
      buttonLabel={t('comments.comment')}
      accessibleLabel={t('comments.commentOnSelection')}
      disabledHint={hasSelection ? null : t('comments.selectWordsFirst')}
    />
  );
}
