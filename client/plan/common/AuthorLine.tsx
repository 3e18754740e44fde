import type { Author } from '../../../shared/schema';
import { useAuthorName } from '../../identity/teamNames';
import { formatDay, roleLabel } from './labels';
import { SettingBadge } from './SettingBadge';
import './common.css';

/**
 * Whose words these are and from which setting: IEP content is an education record and
 * clinic input is health information, so every item says who added it: by the name the
 * server knows for them, not one written into the document.
 */
export function AuthorLine({ author, createdAt, verb = 'Added by' }: { author: Author | null; createdAt: string; verb?: string }) {
  const nameOf = useAuthorName();
  if (!author) return <p className="author-line">Added by a former team member</p>;
  const day = formatDay(createdAt);
  return (
    <p className="author-line">
      <span>
        {verb} <strong>{nameOf(author)}</strong>
        <span className="visually-hidden">, {roleLabel(author.role)}</span>
      </span>
      <SettingBadge setting={author.setting} />
      {day && <span className="author-line__date">{day}</span>}
    </p>
  );
}
