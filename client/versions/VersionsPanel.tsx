import type { TFunction } from 'i18next';
import { ArrowLeft, FileSignature } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { MeetingSummary, MemberView, VersionView } from '../../shared/api';
import { can, type Role } from '../../shared/roles';
import { useApiData } from '../api/useApiData';
import { useRefreshWhileVisible } from '../api/useRefreshWhileVisible';
import { ProblemMessage } from '../components/ProblemMessage';
import { CompareView, defaultPair } from './CompareView';
import { ExportMenu } from './ExportMenu';
import { ProposeVersionForm } from './ProposeVersionForm';
import { SignDialog } from './SignDialog';
import { StatusBadge } from './StatusBadge';
import { VersionCard } from './VersionCard';
import { VersionReader } from './VersionReader';
import { draftExportHref, listVersions, versionExportHref } from './versionsApi';
import { progressSentence, signatureProgress, versionName } from './versionText';
import './VersionsPanel.css';
import { useTranslation } from 'react-i18next';

interface VersionsPanelProps {
  workspaceId: string;
  me: { userId: string; role: Role };
  members: MemberView[];
  studentName: string;
  /** The workspace's meetings: which one agrees a version is chosen among them. */
  meetings?: readonly MeetingSummary[];
  timeZone?: string;
}

type Mode = { kind: 'list' } | { kind: 'read'; versionId: string } | { kind: 'compare'; from: string; to: string };

/**
 * Agreed plans: the frozen versions of the plan, newest first, with their signatures, and the
 * ways to propose, sign, read, compare and download them. Reading and comparing replace the
 * list in place (a back button returns to it), so they work the same on a phone.
 */
export function VersionsPanel({ workspaceId, me, members, studentName, meetings = [], timeZone = 'UTC' }: VersionsPanelProps) {
  const [loaded, { reload, replace }] = useApiData(() => listVersions(workspaceId), workspaceId);
  const { t } = useTranslation();
  // Colleagues sign during the meeting: their signatures show up without a reload.
  useRefreshWhileVisible(() => void reload(), 10_000);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [signingId, setSigningId] = useState<string | null>(null);
  // What to say, worded when shown: an announcement follows a change of language.
  const [announcement, setAnnouncement] = useState<((say: TFunction) => string) | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const titleRef = useRef<HTMLHeadingElement>(null);
  const versions = loaded.status === 'ready' ? loaded.data : [];
  const signing = versions.find((v) => v.id === signingId) ?? null;
  const myName = members.find((m) => m.userId === me.userId)?.displayName ?? 'you';
  const latestAgreedId = versions.find((v) => v.status === 'agreed')?.id;

  // After a change, or when coming back to the list, focus lands on the version concerned
  // (its Sign button, say, may be gone); while reading one version, on the panel title.
  useEffect(() => {
    if (focusId === null) return;
    (headings.current.get(focusId) ?? titleRef.current)?.focus();
    setFocusId(null);
  }, [focusId, mode, versions]);

  function show(next: Mode) {
    setAnnouncement(null);
    setMode(next);
    if (next.kind === 'list') return;
    requestAnimationFrame(() => titleRef.current?.focus());
  }

  function backToList(versionId: string | null) {
    setMode({ kind: 'list' });
    setFocusId(versionId ?? '');
  }

  function updated(version: VersionView) {
    replace(versions.some((v) => v.id === version.id) ? versions.map((v) => (v.id === version.id ? version : v)) : [version, ...versions]);
  }

  function signed(version: VersionView) {
    updated(version);
    setSigningId(null);
    setFocusId(version.id);
    setAnnouncement(() => (say: TFunction) =>
      version.status === 'agreed'
        ? say('versions.signedAgreed', { version: versionName(version) })
        : say('versions.signedOn', { version: versionName(version), progress: progressSentence(signatureProgress(version, members)) }),
    );
  }

  function signersChanged(version: VersionView) {
    updated(version);
    setAnnouncement(() => (say: TFunction) => say('versions.signersSaved', { version: versionName(version), progress: progressSentence(signatureProgress(version, members)) }));
  }

  function proposed(version: VersionView) {
    updated(version);
    setFocusId(version.id);
    setAnnouncement(() => (say: TFunction) => say('versions.proposedFrozen', { version: versionName(version) }));
  }

  const reading = mode.kind === 'read' ? versions.find((v) => v.id === mode.versionId) ?? null : null;

  return (
    <section className="card versions" aria-labelledby="versions-title" data-testid="versions-panel">
      {mode.kind !== 'list' && (
        <button type="button" className="button button--quiet versions__back" onClick={() => backToList(mode.kind === 'read' ? mode.versionId : null)}>
          <ArrowLeft size={18} aria-hidden="true" /> {t('versions.allVersions')}
        </button>
      )}
      <div className="card__intro">
        <h2 className="card__title" id="versions-title" ref={titleRef} tabIndex={-1}>
          {mode.kind === 'list' && t('versions.agreedPlans')}
          {mode.kind === 'compare' && t('versions.compareVersions')}
          {mode.kind === 'read' && (reading ? versionName(reading) : t('versions.version'))}
        </h2>
        {mode.kind === 'list' && (
          <p className="muted">
            {t('versions.lead')}
          </p>
        )}
      </div>
      <p className="versions__announce" role="status">{announcement?.(t) ?? ''}</p>

      {loaded.status === 'loading' && <p className="muted">{t('versions.loading')}</p>}
      {loaded.status === 'failed' && <ProblemMessage error={loaded.error} />}

      {loaded.status === 'ready' && mode.kind === 'list' && (
        <>
          {can(me.role, 'manageTeam') && (
            <ProposeVersionForm workspaceId={workspaceId} members={members} nextNumber={(versions[0]?.number ?? 0) + 1} meetings={meetings} timeZone={timeZone} onProposed={proposed} />
          )}
          {versions.length === 0 ? (
            <p className="versions__empty">{t('versions.none')}</p>
          ) : (
            <ol className="versions__list" aria-label={t('versions.newestFirst')}>
              {versions.map((version) => (
                <li key={version.id}>
                  <VersionCard
                    meetings={meetings}
                    workspaceId={workspaceId}
                    version={version}
                    me={me}
                    members={members}
                    latestAgreed={version.id === latestAgreedId}
                    headingRef={(element) => {
                      if (element) headings.current.set(version.id, element);
                      else headings.current.delete(version.id);
                    }}
                    onSign={() => setSigningId(version.id)}
                    onRead={() => show({ kind: 'read', versionId: version.id })}
                    onCompare={() => show({ kind: 'compare', ...defaultPair(versions, version.id) })}
                    onUpdated={signersChanged}
                  />
                </li>
              ))}
            </ol>
          )}
          <div className="versions__draft">
            <p>
              <strong>{t('versions.liveDraft')}</strong>
              <span className="muted">{t('versions.liveDraftLead')}</span>
            </p>
            <ExportMenu hrefFor={(format) => draftExportHref(workspaceId, format)} label={t('versions.liveDraftLabel')} canExport={can(me.role, 'export')} />
          </div>
        </>
      )}

      {loaded.status === 'ready' && mode.kind === 'compare' && (
        <CompareView workspaceId={workspaceId} versions={versions} initialFrom={mode.from} initialTo={mode.to} />
      )}

      {loaded.status === 'ready' && mode.kind === 'read' && reading && (
        <div className="versions__reading">
          <div className="versions__reading-meta">
            <StatusBadge status={reading.status} latest={reading.id === latestAgreedId} />
            <span className="muted">{progressSentence(signatureProgress(reading, members))}</span>
          </div>
          <div className="version-card__actions">
            {reading.requiredSigners.includes(me.userId) && !reading.signatures.some((s) => s.userId === me.userId) && (
              <button type="button" className="button button--primary" onClick={() => setSigningId(reading.id)}>
                <FileSignature size={20} aria-hidden="true" /> {t('versions.signThis')}
              </button>
            )}
            <ExportMenu hrefFor={(format) => versionExportHref(workspaceId, reading.id, format)} label={versionName(reading)} canExport={can(me.role, 'export')} />
          </div>
          <VersionReader workspaceId={workspaceId} versionId={reading.id} timeZone={reading.timeZone} />
        </div>
      )}

      {signing && (
        <SignDialog
          workspaceId={workspaceId}
          version={signing}
          versions={versions}
          signerName={myName}
          studentName={studentName}
          meetings={meetings}
          onClose={() => setSigningId(null)}
          onSigned={signed}
          onReload={() => void reload()}
        />
      )}
    </section>
  );
}
