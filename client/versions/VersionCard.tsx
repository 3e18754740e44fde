import { BookOpen, FileSignature, GitCompareArrows, TriangleAlert } from 'lucide-react';
import type { Ref } from 'react';
import type { MeetingSummary, MemberView, VersionView } from '../../shared/api';
import { EditAgreedMeeting } from './EditAgreedMeeting';
import { can, type Role } from '../../shared/roles';
import { AgreedMeetingLine } from './AgreedMeetingLine';
import { EditSigners } from './EditSigners';
import { ExportMenu } from './ExportMenu';
import { HashLine } from './HashLine';
import { SignerList } from './SignerList';
import { StatusBadge } from './StatusBadge';
import { versionExportHref } from './versionsApi';
import { formatMoment, progressSentence, signatureProgress, versionName } from './versionText';
import './VersionCard.css';
import { useTranslation } from 'react-i18next';
import { joinWords } from '../plan/common/labels';

interface VersionCardProps {
  workspaceId: string;
  version: VersionView;
  me: { userId: string; role: Role };
  members: readonly MemberView[];
  /** The workspace's meetings, for the case manager to say which one agrees a proposed version. */
  meetings?: readonly MeetingSummary[];
  latestAgreed: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onSign: () => void;
  onRead: () => void;
  onCompare: () => void;
  onUpdated: (version: VersionView) => void;
}

/** One frozen version: who proposed it, its fingerprint, who signed what, and what can be done with it. */
export function VersionCard({ workspaceId, version, me, members, meetings = [], latestAgreed, headingRef, onSign, onRead, onCompare, onUpdated }: VersionCardProps) {
  const { t } = useTranslation();
  const progress = signatureProgress(version, members);
  const mine = version.signatures.find((signature) => signature.userId === me.userId);
  const mustSign = !mine && version.requiredSigners.includes(me.userId);
  const canSign = mustSign;
  const name = versionName(version);

  return (
    <article className={`version-card version-card--${version.status}`} aria-labelledby={`version-${version.id}`}>
      <header className="version-card__head">
        <h3 className="version-card__title" id={`version-${version.id}`} ref={headingRef} tabIndex={-1}>
          <span className="version-card__number">{t('versions.number', { number: version.number })}</span>{' '}
          <span>{version.title}</span>
        </h3>
        <StatusBadge status={version.status} latest={latestAgreed} />
      </header>

      <p className="muted">
        <time dateTime={version.proposedAt}>{t('versions.proposedBy', { name: version.proposedBy.name, date: formatMoment(version.proposedAt, version.timeZone) })}</time>
      </p>
      {version.reason && <p className="muted">{t('versions.proposedAgain', { reason: version.reason })}</p>}
      <AgreedMeetingLine version={version} />
      {version.recordFrozen === false && <p className="muted">{t('planRecord.teamNotFrozen')}</p>}
      <HashLine hash={version.hash} documentCode={version.documentCode} versionLabel={name} />

      <div className="version-card__signatures">
        <p className="version-card__progress">
          {progressSentence(progress)}
          {version.status === 'agreed' && <span className="muted">{t('versions.everyoneAgreed')}</span>}
        </p>
        <SignerList progress={progress} myUserId={me.userId} />
        {version.status === 'proposed' && progress.disagreements.length > 0 && (
          <p className="version-card__warning">
            <TriangleAlert size={20} aria-hidden="true" />
            <span>
              {t('versions.disagree', { names: joinWords(progress.disagreements.map((row) => row.name)), count: progress.disagreements.length })}
            </span>
          </p>
        )}
      </div>

      {mustSign && <p className="version-card__ask">{t('versions.signatureNeeded')}</p>}
      <div className="version-card__actions">
        {canSign && (
          <button type="button" className="button button--primary" onClick={onSign}>
            <FileSignature size={20} aria-hidden="true" /> {t('versions.sign')}<span className="visually-hidden"> {name}</span>
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onRead}>
          <BookOpen size={20} aria-hidden="true" /> {t('versions.read')}<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={onCompare}>
          <GitCompareArrows size={20} aria-hidden="true" /> {t('versions.compare')}<span className="visually-hidden">{t('versions.withAnother', { version: name })}</span>
        </button>
        <ExportMenu
          hrefFor={(format) => versionExportHref(workspaceId, version.id, format)}
          label={name}
          canExport={can(me.role, 'export')}
        />
      </div>
      {version.status === 'proposed' && can(me.role, 'manageTeam') && meetings.length > 0 && (
        <EditAgreedMeeting workspaceId={workspaceId} version={version} meetings={meetings} onUpdated={onUpdated} />
      )}
      {version.status === 'proposed' && version.signatures.length === 0 && can(me.role, 'manageTeam') && (
        <EditSigners workspaceId={workspaceId} version={version} members={members} onUpdated={onUpdated} />
      )}
    </article>
  );
}
