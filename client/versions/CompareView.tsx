import { useId, useState } from 'react';
import type { VersionView } from '../../shared/api';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { ChangesList, changesSummary } from './ChangesList';
import { getChanges, type VersionChanges } from './versionsApi';
import { versionName } from './versionText';
import './CompareView.css';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';

/** The other side of a comparison: a version id, or the live draft everyone is editing. */
export const draftChoice = 'draft';

interface CompareViewProps {
  workspaceId: string;
  /** Newest first. */
  versions: readonly VersionView[];
  initialFrom?: string;
  /** A version id or `draftChoice`. */
  initialTo?: string;
}

/** Picks a sensible pair: the chosen version against the one before it, or against the draft if it is the first. */
export function defaultPair(versions: readonly VersionView[], versionId?: string): { from: string; to: string } {
  const chosen = versions.find((v) => v.id === versionId) ?? versions[0];
  if (!chosen) return { from: '', to: draftChoice };
  const earlier = versions.find((v) => v.number < chosen.number);
  return earlier ? { from: earlier.id, to: chosen.id } : { from: chosen.id, to: draftChoice };
}

/** Compares any two versions, or a version with the live draft, section by section. */
export function CompareView({ workspaceId, versions, initialFrom, initialTo }: CompareViewProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const fallback = defaultPair(versions);
  const [from, setFrom] = useState(initialFrom ?? fallback.from);
  const [to, setTo] = useState(initialTo ?? fallback.to);
  const fromId = useId();
  const toId = useId();
  const same = from === to;

  const [result] = useApiData<VersionChanges | null>(() => {
    if (!from || same) return Promise.resolve(null);
    return to === draftChoice ? getChanges(workspaceId, from, { from, toDraft: true, language }) : getChanges(workspaceId, to, { from, language });
  }, `${workspaceId}:${from}:${to}:${language}`);

  const nameOf = (id: string) => {
    if (id === draftChoice) return t('versions.theLiveDraft');
    const version = versions.find((v) => v.id === id);
    return version ? versionName(version) : t('versions.aVersion');
  };

  if (versions.length === 0) return <p className="muted">{t('versions.nothingToCompare')}</p>;

  return (
    <div className="compare">
      <div className="compare__pickers">
        <div className="field">
          <label className="field__label" htmlFor={fromId}>{t('versions.from')}</label>
          <select id={fromId} className="text-input" value={from} onChange={(event) => setFrom(event.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>{versionName(v)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={toId}>{t('versions.to')}</label>
          <select id={toId} className="text-input" value={to} onChange={(event) => setTo(event.target.value)}>
            <option value={draftChoice}>{t('versions.liveDraftOption')}</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>{versionName(v)}</option>
            ))}
          </select>
        </div>
      </div>

      <p className="compare__status" role="status">
        {same && t('versions.chooseTwo')}
        {!same && result.status === 'loading' && t('versions.comparing')}
        {!same && result.status === 'ready' && result.data && (
          <>
            {t('versions.fromTo', { from: nameOf(from), to: nameOf(to) })}<strong>{changesSummary(result.data.changes)}</strong>
          </>
        )}
      </p>
      {!same && result.status === 'failed' && <ProblemMessage error={result.error} />}
      {!same && result.status === 'ready' && result.data && (
        <ChangesList changes={result.data.changes} headingLevel={3} emptyText={t('versions.sameAs', { to: nameOf(to), from: nameOf(from) })} />
      )}
    </div>
  );
}
