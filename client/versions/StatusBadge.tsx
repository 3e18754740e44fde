import { CircleCheckBig, Hourglass } from 'lucide-react';
import type { VersionView } from '../../shared/api';
import { statusLabels } from './versionText';
import { useTranslation } from 'react-i18next';

/** Proposed or Agreed, in words with an icon; colour only repeats what the words say. */
export function StatusBadge({ status, latest = false }: { status: VersionView['status']; latest?: boolean }) {
  const { t } = useTranslation();
  const Icon = status === 'agreed' ? CircleCheckBig : Hourglass;
  return (
    <span className={`version-status version-status--${status}`}>
      <Icon size={18} aria-hidden="true" />
      {statusLabels[status]}
      {latest && <span className="version-status__latest">{t('versions.latestAgreed')}</span>}
    </span>
  );
}
