import { Trans, useTranslation } from 'react-i18next';
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
  // The person's name stands out as it does on a changed field's line.
  const key = entry.kind === 'moved' ? 'betweenMeetings.historyMoved' : entry.kind === 'added' ? 'betweenMeetings.historyAdded' : 'betweenMeetings.historyRemoved';
  const values = entry.kind === 'moved' ? { name: entry.name, from: entry.before, to: entry.after } : { name: entry.name };
  return (
    <p className={`history__head history__head--${entry.kind}`} data-kind={entry.kind}>
      {/* The item's words go in as an element, never into the sentence's markup: a "<" in them stays a "<". */}
      <Trans i18nKey={key} values={values} components={{ strong: <strong />, item: <span>{item}</span> }} />
      <time dateTime={entry.endedAt}>{when}</time>
      {isNew && <span className="history__badge">{t('betweenMeetings.historyNew')}</span>}
    </p>
  );
}
