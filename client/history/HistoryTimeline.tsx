import type { HistoryEntry } from '../../shared/history';
import { diffWords } from '../../shared/wordDiff';
import { WordDiff } from '../versions/WordDiff';
import { ItemChangeLine } from './ItemChangeLine';
import { formatMoment } from '../i18n/dates';
import { Trans, useTranslation } from 'react-i18next';

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : formatMoment(at);
}

/** Who changed which field, newest first, each change shown word by word. */
export function HistoryTimeline({ entries, newSince }: { entries: readonly HistoryEntry[]; newSince: string | null }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="history__empty">{t('comments.noChanges')}</p>;
  return (
    <ol className="history__list">
      {entries.map((entry) => {
        const isNew = newSince !== null && entry.endedAt > newSince;
        return (
          <li key={entry.id} className={`history__entry ${isNew ? 'history__entry--new' : ''}`} data-testid="history-entry">
            {entry.kind !== 'edit' ? (
              <ItemChangeLine entry={entry} when={when(entry.endedAt)} isNew={isNew} />
            ) : (
              <>
                <p className="history__head">
                  <Trans i18nKey="comments.changed" values={{ name: entry.name }} components={{ strong: <strong /> }} /> <span className="history__field">{entry.label}</span>
                  <time dateTime={entry.endedAt}>{when(entry.endedAt)}</time>
                  {isNew && <span className="history__badge">{t('comments.newBadge')}</span>}
                </p>
                <p className="history__words">
                  <WordDiff change={{ field: '', label: entry.label, before: entry.before, after: entry.after, words: diffWords(entry.before, entry.after) }} />
                </p>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
