import { Fragment, useMemo } from 'react';
import { segmentComment, type MentionName } from './commentText';
import './CommentBody.css';
import { useTranslation } from 'react-i18next';

interface CommentBodyProps {
  body: string;
  /** Members whose `@Name` is highlighted. */
  members: readonly MentionName[];
  /** The reader: a mention of them is marked "you" as well as highlighted. */
  myUserId?: string;
  /** The comment's stored mentions: where two members share a name, the mentioned one is meant. */
  mentions?: readonly string[];
}

/**
 * A comment's plain text, rendered only as React text nodes: whatever someone typed (tags,
 * scripts, entities) appears as the characters they typed. Web links open in a new tab
 * without handing the opener or a referrer to the other site.
 */
export function CommentBody({ body, members, myUserId, mentions }: CommentBodyProps) {
  const { t } = useTranslation();
  const lines = useMemo(() => {
    // Equal names keep their order when matched, so the mentioned member goes first.
    const ordered = mentions ? [...members].sort((a, b) => Number(mentions.includes(b.userId)) - Number(mentions.includes(a.userId))) : members;
    return segmentComment(body, ordered);
  }, [body, members, mentions]);
  return (
    <div className="comment-body">
      {lines.map((segments, lineIndex) => (
        <Fragment key={lineIndex}>
          {lineIndex > 0 && <br />}
          {segments.map((segment, index) => {
            if (segment.kind === 'link') {
              return (
                <a key={index} className="comment-body__link" href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
                  {segment.text}
                  <span className="visually-hidden">{t('comments.newTab')}</span>
                </a>
              );
            }
            if (segment.kind === 'mention') {
              const isMe = segment.userId === myUserId;
              return (
                <span key={index} className={isMe ? 'comment-body__mention comment-body__mention--me' : 'comment-body__mention'}>
                  {segment.text}
                  {isMe && <span className="visually-hidden">{t('comments.you')}</span>}
                </span>
              );
            }
            return <Fragment key={index}>{segment.text}</Fragment>;
          })}
        </Fragment>
      ))}
    </div>
  );
}
