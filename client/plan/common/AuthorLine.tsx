import type { Author } from '../../../shared/schema';
import { useAuthorName } from '../../identity/teamNames';
import { formatDay } from '../../i18n/dates';
import { roleLabel } from './labels';
import { SettingBadge } from './SettingBadge';
import './common.css';
import { useTranslation } from 'react-i18next';

/**
 * Whose words these are and from which setting: IEP content is an education record and
 * clinic input is health information, so every item says who added it: by the name the
 * server knows for them, not one written into the document.
 */
export function AuthorLine({ author, createdAt, verb }: { author: Author | null; createdAt: string; verb?: 'added' | 'recorded' }) {
  const nameOf = useAuthorName();
  const { t } = useTranslation();
  if (!author) return <p className="author-line">{t('planEdit.addedByFormer')}</p>;
  const day = formatDay(createdAt);
  return (
    <p className="author-line">
      <span>
        {verb === 'recorded' ? t('planEdit.recordedBy') : t('planEdit.addedBy')} <strong>{nameOf(author)}</strong>
        <span className="visually-hidden">, {roleLabel(author.role)}</span>
      </span>
      <SettingBadge setting={author.setting} />
      {day && <span className="author-line__date">{day}</span>}
    </p>
  );
}
