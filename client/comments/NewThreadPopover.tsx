import { useId } from 'react';
import type { MemberView } from '../../shared/api';
import type { ThreadAnchor } from '../../shared/schema';
import { AnchorSummary } from './AnchorSummary';
import { CommentComposer } from './CommentComposer';
import type { CommentInput } from './commentsApi';
import { sectionLabelOf } from './threadLabels';
import { useTranslation } from 'react-i18next';

interface NewThreadPopoverProps {
  id: string;
  anchor: ThreadAnchor;
  members: readonly MemberView[];
  myUserId?: string;
  onSubmit: (input: CommentInput) => Promise<void>;
  onClose: () => void;
}

/**
 * Starting a conversation: what it will be about, and the first comment. A non-modal dialog
 * next to its button (a sheet on phones); Escape or Cancel closes it.
 */
export function NewThreadPopover({ id, anchor, members, myUserId, onSubmit, onClose }: NewThreadPopoverProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div
      className="new-thread"
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 className="new-thread__title" id={titleId}>
        {t('comments.newComment')} <span className="new-thread__section">· {sectionLabelOf(anchor.ref)}</span>
      </h2>
      <AnchorSummary anchor={anchor} attached />
      <CommentComposer
        label={t('comments.yourCommentLabel')}
        members={members}
        myUserId={myUserId}
        submitLabel={t('comments.comment')}
        autoFocus
        onCancel={onClose}
        onSubmit={onSubmit}
      />
    </div>
  );
}
