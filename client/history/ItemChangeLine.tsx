import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../shared/history';
import { planRoots } from '../../shared/schema/planRoots';

/** One item added, removed or moved: who, which item (with its first words), and when. */
export function ItemChangeLine({ entry, when, isNew }: { entry: HistoryEntry; when: string; isNew: boolean }) {
  const { t } = useTranslation();
  // An area shown or hidden is recorded with its English name as its words; the label names it already.
  const isArea = entry.path[0]?.startsWith(planRoots.presentLevelPrefix) ?? false;
  const words = isArea ? '' : entry.kind === 'removed' ? entry.before : entry.kind === 'added' ? entry.after : '';
  // The label names the item ("Goal: Reads a passage…"); the words say which one when it has none.
  const item = words && !entry.label.includes(words) ? `${entry.label} (“${words}”)` : entry.label;
  const sentence =
    entry.kind === 'moved'
      ? t('betweenMeetings.historyMoved', { name: entry.name, item, from: entry.before, to: entry.after })
      : t(entry.kind === 'added' ? 'betweenMeetings.historyAdded' : 'betweenMeetings.historyRemoved', { name: entry.name, item });
  return (
    <p className={`history__head history__head--${entry.kind}`} data-kind={entry.kind}>
      {sentence}
      <time dateTime={entry.endedAt}>{when}</time>
      {isNew && <span className="history__badge">{t('betweenMeetings.historyNew')}</span>}
    </p>
  );
}
