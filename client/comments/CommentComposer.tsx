import { Send } from 'lucide-react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MemberView } from '../../shared/api';
import { ProblemMessage } from '../components/ProblemMessage';
import { maxCommentLength, type CommentInput } from './commentsApi';
import { MentionList } from './MentionList';
import { mentionsInText } from './mentions';
import { useMentionAutocomplete } from './useMentionAutocomplete';
import './CommentComposer.css';
import { useTranslation } from 'react-i18next';

interface CommentComposerProps {
  /** The field's visible label, e.g. "Reply" or "Your comment". */
  label: string;
  /** Hide the label visually (it stays the accessible name) where a heading already says it. */
  hideLabel?: boolean;
  members: readonly MemberView[];
  myUserId?: string;
  submitLabel: string;
  /** Present when the composer can be closed (editing, a new comment): shows a Cancel button. */
  onCancel?: () => void;
  /** Throws to keep the text and show the problem; resolves to clear the field. */
  onSubmit: (input: CommentInput) => Promise<void>;
  initialBody?: string;
  initialMentions?: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A plain-text comment field with @mentions; Ctrl+Enter (⌘+Enter on a Mac) sends. */
export function CommentComposer(props: CommentComposerProps) {
  const { t } = useTranslation();
  const { label, hideLabel, members, myUserId, submitLabel, onCancel, onSubmit, initialMentions } = props;
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(props.initialBody ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [emptyHint, setEmptyHint] = useState(false);
  const mentions = useMentionAutocomplete(textareaRef, text, setText, members, myUserId, initialMentions);
  const overLimit = text.trim().length > maxCommentLength;
  const nearLimit = text.length > maxCommentLength * 0.8;

  async function send() {
    if (busy) return;
    const body = text.trim();
    if (body === '') {
      setEmptyHint(true);
      textareaRef.current?.focus();
      return;
    }
    if (overLimit) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ body, mentions: mentionsInText(body, members, mentions.picked) });
      setText('');
      mentions.reset();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mentions.handleKeyDown(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  }

  const describedBy = [`${id}-hint`, nearLimit ? `${id}-count` : null, emptyHint ? `${id}-empty` : null].filter(Boolean).join(' ');
  const activeOption = mentions.open ? mentions.matches[mentions.activeIndex] : undefined;

  return (
    <form className="comment-composer" onSubmit={handleSubmit} aria-busy={busy || undefined}>
      <ProblemMessage error={error} />
      <label htmlFor={`${id}-text`} className={hideLabel ? 'visually-hidden' : 'comment-composer__label'}>
        {label}
      </label>
      <div className="comment-composer__field">
        {/*
          A textarea keeps its multi-line textbox role (a combobox role is not allowed on it);
          aria-autocomplete, aria-controls and aria-activedescendant tie it to the list, as in
          the combobox pattern, and the list announces itself through a live region.
        */}
        <textarea
          ref={textareaRef}
          id={`${id}-text`}
          className="text-input comment-composer__text"
          value={text}
          rows={3}
          placeholder={props.placeholder}
          autoFocus={props.autoFocus}
          aria-describedby={describedBy}
          aria-invalid={overLimit || emptyHint || undefined}
          aria-autocomplete="list"
          aria-controls={mentions.open ? `${id}-mentions` : undefined}
          aria-activedescendant={activeOption ? `${id}-mention-${activeOption.userId}` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setEmptyHint(false);
          }}
          onSelect={mentions.update}
          onKeyDown={handleKeyDown}
          onKeyUp={mentions.update}
          onClick={mentions.update}
          onBlur={() => window.setTimeout(mentions.update, 0)}
        />
        {mentions.open && (
          <MentionList
            id={`${id}-mentions`}
            optionId={(member) => `${id}-mention-${member.userId}`}
            matches={mentions.matches}
            activeIndex={mentions.activeIndex}
            onChoose={mentions.choose}
          />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {mentions.open ? t('comments.matches', { count: mentions.matches.length }) : ''}
      </p>
      {emptyHint && (
        <p id={`${id}-empty`} className="comment-composer__problem">
          {t('comments.writeFirst')}
        </p>
      )}
      <div className="comment-composer__footer">
        <p id={`${id}-hint`} className="comment-composer__hint">
          {t('comments.composerHint', { keys: isMac ? '⌘' : 'Ctrl' })}
        </p>
        {nearLimit && (
          <p id={`${id}-count`} className={overLimit ? 'comment-composer__count comment-composer__count--over' : 'comment-composer__count'}>
            {t('comments.characters', { count: text.trim().length, max: maxCommentLength })}
          </p>
        )}
        <div className="comment-composer__actions">
          {onCancel && (
            <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
              {t('comments.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy || overLimit}>
            <Send size={18} aria-hidden="true" />
            {busy ? t('comments.sending') : submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
