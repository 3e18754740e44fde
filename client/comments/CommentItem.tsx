import { Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { MemberView } from '../../shared/api';
import type { CommentView } from '../../shared/schema';
import { ConfirmButton } from '../components/ConfirmButton';
import { ProblemMessage } from '../components/ProblemMessage';
import { colorForName } from '../identity/personColor';
import { initialsOf } from '../identity/initials';
import { SettingBadge } from '../workspace/SettingBadge';
import { roleLabel } from '../workspace/roleLabels';
import { CommentBody } from './CommentBody';
import { CommentComposer } from './CommentComposer';
import type { CommentInput } from './commentsApi';
import { formatCommentTime, formatExactTime } from './commentTime';
import { useTranslation } from 'react-i18next';

interface CommentItemProps {
  comment: CommentView;
  members: readonly MemberView[];
  myUserId: string;
  canEdit: boolean;
  canDelete: boolean;
  now: Date;
  onEdit: (input: CommentInput) => Promise<void>;
  onDelete: () => Promise<void>;
}

/** One comment: who wrote it, in which role and from which setting, when, and what. */
export function CommentItem({ comment, members, myUserId, canEdit, canDelete, now, onEdit, onDelete }: CommentItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const deletedByMe = useRef(false);
  const wasEditing = useRef(false);
  const mine = comment.author.userId === myUserId;

  // The delete button disappears with the comment's text: keep keyboard focus on the comment.
  useEffect(() => {
    if (comment.deleted && deletedByMe.current) {
      deletedByMe.current = false;
      itemRef.current?.focus();
    }
  }, [comment.deleted]);

  useEffect(() => {
    if (!editing && wasEditing.current) editButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function handleDelete() {
    setError(null);
    deletedByMe.current = true;
    try {
      await onDelete();
    } catch (failure) {
      deletedByMe.current = false;
      setError(failure);
    }
  }

  return (
    <li className={comment.deleted ? 'comment comment--deleted' : 'comment'} ref={itemRef} tabIndex={-1} data-comment-id={comment.id}>
      <div className="comment__header">
        <span className="comment__avatar" style={{ backgroundColor: colorForName(comment.author.name) }} aria-hidden="true">
          {initialsOf(comment.author.name)}
        </span>
        <div className="comment__who">
          <p className="comment__name-line">
            <span className="comment__name">
              {comment.author.name}
              {mine && <span className="comment__you">{t('comments.you')}</span>}
            </span>
            <span className="comment__time">
              <time dateTime={comment.createdAt} title={formatExactTime(comment.createdAt)}>
                {formatCommentTime(comment.createdAt, now)}
              </time>
              {comment.editedAt && !comment.deleted && (
                <span className="comment__edited" title={t('comments.editedAt', { date: formatExactTime(comment.editedAt) })}>
                  {' · '}
                  {t('comments.edited')}
                </span>
              )}
            </span>
          </p>
          <p className="comment__role">
            <span>{roleLabel(comment.author.role)}</span>
            <SettingBadge setting={comment.author.setting} />
          </p>
        </div>
      </div>
      {comment.deleted ? (
        <p className="comment__deleted">
          <Trash2 size={16} aria-hidden="true" />
          {t('comments.deleted')}
        </p>
      ) : editing ? (
        <CommentComposer
          label={t('comments.editYours')}
          members={members}
          myUserId={myUserId}
          submitLabel={t('comments.save')}
          initialBody={comment.body}
          initialMentions={comment.mentions}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await onEdit(input);
            setEditing(false);
          }}
        />
      ) : (
        <CommentBody body={comment.body} members={members} myUserId={myUserId} mentions={comment.mentions} />
      )}
      <ProblemMessage error={error} />
      {!comment.deleted && !editing && (canEdit || canDelete) && (
        <div className="comment__actions">
          {canEdit && (
            <button ref={editButtonRef} type="button" className="button button--quiet comment__action" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden="true" />
              {t('comments.edit')}<span className="visually-hidden">{t('comments.yourComment')}</span>
            </button>
          )}
          {canDelete && (
            <ConfirmButton
              ariaLabel={mine ? t('comments.deleteYours') : t('comments.deleteTheirs', { name: comment.author.name })}
              question={mine ? t('comments.deleteYoursQuestion') : t('comments.deleteTheirsQuestion', { name: comment.author.name })}
              confirmLabel={t('comments.delete')}
              onConfirm={handleDelete}
            >
              <Trash2 size={16} aria-hidden="true" />
              {t('comments.delete')}
            </ConfirmButton>
          )}
        </div>
      )}
    </li>
  );
}
