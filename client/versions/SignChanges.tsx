import { useId } from 'react';
import type { VersionView } from '../../shared/api';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { ChangesList, changesSummary } from './ChangesList';
import { getChanges } from './versionsApi';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';

interface SignChangesProps {
  workspaceId: string;
  version: VersionView;
  /** Every version, newest first: to find what this one is compared with. */
  versions: readonly VersionView[];
}

/**
 * In the sign dialog: what this version changes since the last agreed plan. Before anything
 * is agreed, since the previous proposal, which is what the team argued about last.
 */
export function SignChanges({ workspaceId, version, versions }: SignChangesProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const titleId = useId();
  const lastAgreed = versions.find((v) => v.status === 'agreed' && v.number < version.number);
  const base = lastAgreed ?? versions.find((v) => v.number < version.number) ?? null;
  const [loaded] = useApiData(
    () => (base ? getChanges(workspaceId, version.id, { from: base.id, language }) : Promise.resolve(null)),
    `${workspaceId}/${version.id}/${base?.id ?? ''}/${language}`,
  );

  return (
    <section className="sign__changes" aria-labelledby={titleId}>
      <h3 id={titleId} className="sign__section-title">
        {lastAgreed || !base ? t('versions.sinceAgreed') : t('versions.sinceProposal')}
      </h3>
      {!base && <p>{t('versions.firstVersion')}</p>}
      {base && loaded.status === 'loading' && <p className="muted">{t('versions.comparing')}</p>}
      {base && loaded.status === 'failed' && <ProblemMessage error={loaded.error} />}
      {base && loaded.status === 'ready' && loaded.data && (
        <>
          <p>
            {lastAgreed
              ? t('versions.comparedAgreed', { number: base.number, title: base.title })
              : t('versions.comparedProposal', { number: base.number, title: base.title })}
            <strong>{changesSummary(loaded.data.changes)}</strong>
          </p>
          <ChangesList changes={loaded.data.changes} headingLevel={4} emptyText={t('versions.sameAsNumber', { number: base.number })} />
        </>
      )}
    </section>
  );
}
