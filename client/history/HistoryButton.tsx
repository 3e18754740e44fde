import { History } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { HistoryEntry } from '../../shared/history';
import { isUnder } from '../../shared/history';
import { problemText } from '../components/ProblemMessage';
import { usePathNames } from '../i18n/usePathNames';
import { entryLabel } from './entryLabel';
import { entryValue } from './entryValue';
import { HistoryTimeline } from './HistoryTimeline';
import { loadHistory, markHistorySeen } from './historyApi';
import { liveItems } from './liveItems';
import './history.css';
import { useTranslation } from 'react-i18next';

/**
 * "History" beside the plan's tools. On opening the plan it says how many changes others made
 * since this person last looked; the timeline narrows to one section, goal or field. Fields
 * are named in the reader's language, items by their words in the live plan `doc`, and
 * recorded values (a vocabulary word, a checkbox, a date) as the reader reads them.
 */
export function HistoryButton({ workspaceId, doc }: { workspaceId: string; doc: Y.Doc }) {
  const { t } = useTranslation();
  const names = usePathNames();
  const [open, setOpen] = useState(false);
  const [unseen, setUnseen] = useState<number>(0);
  const [stored, setStored] = useState<HistoryEntry[] | null>(null);
  const [seenBefore, setSeenBefore] = useState<string | null>(null);
  const [scope, setScope] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadHistory(workspaceId, { sinceLastLook: true })
      .then((response) => {
        if (!cancelled) setUnseen(response.lastSeenAt === null ? 0 : response.entries.length);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [workspaceId]);

  const show = async () => {
    setOpen(true);
    setProblem(null);
    try {
      const response = await loadHistory(workspaceId);
      setStored(response.entries);
      setSeenBefore(response.lastSeenAt);
      setUnseen(0);
      await markHistorySeen(workspaceId);
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  // Named when loaded or when the language changes; an item renamed meanwhile shows on reopening.
  const entries = useMemo(() => {
    const live = liveItems(doc);
    return (
      stored?.map((entry) => ({
        ...entry,
        label: entryLabel(entry, names, live),
        ...(entry.kind === 'edit' ? { before: entryValue(entry.path, entry.before), after: entryValue(entry.path, entry.after) } : {}),
      })) ?? null
    );
  }, [stored, names, doc]);

  const scopes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const entry of entries ?? []) {
      const itemPath = entry.path.length > 2 ? entry.path.slice(0, 2) : entry.path.slice(0, 1);
      const label = entry.label.split(' · ').slice(0, entry.path.length > 2 ? 1 : 1).join(' · ');
      seen.set(itemPath.join('/'), label);
    }
    return [...seen.entries()];
  }, [entries]);
  const shown = (entries ?? []).filter((entry) => scope === '' || isUnder(entry.path, scope.split('/')));

  return (
    <div className="history">
      <button type="button" className="button history__button" aria-expanded={open} onClick={() => (open ? setOpen(false) : void show())} data-testid="history-button">
        <History size={16} aria-hidden="true" /> {t('comments.history')}
        {unseen > 0 && <span className="history__unseen">{t('comments.unseen', { count: unseen })}</span>}
      </button>
      {open && (
        <section className="history__panel" aria-label={t('comments.whoChanged')}>
          {scopes.length > 1 && (
            <label className="history__scope">
              {t('comments.historyShow')}{' '}
              <select value={scope} onChange={(event) => setScope(event.target.value)}>
                <option value="">{t('comments.wholePlan')}</option>
                {scopes.map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {problem && <p role="alert">{problem}</p>}
          {entries && <HistoryTimeline entries={shown} newSince={seenBefore} />}
        </section>
      )}
    </div>
  );
}
