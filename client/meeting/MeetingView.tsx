import { VersionsAgreedAt } from '../versions/AgreedVersions';
import { Eye } from 'lucide-react';
import { useMemo, useRef } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { Role } from '../../shared/roles';
import { meetingDoc, type Author, type MeetingDoc } from '../../shared/schema';
import { DecisionsList } from '../plan/decisions/DecisionsList';
import { RichTextField } from '../plan/fields/RichTextField';
import { caretUserFor } from '../plan/live/caretUser';
import { LiveDocContext, type LiveDoc } from '../plan/live/LiveDocContext';
import { useFocusClearOfBars } from '../plan/outline/useFocusClearOfBars';
import { useStickyTop } from '../plan/outline/useStickyTop';
import { RemovedWhileTypingDialog } from '../plan/live/RemovedWhileTypingDialog';
import { useRemovedWhileTyping } from '../plan/live/useRemovedWhileTyping';
import { UndoButtons } from '../plan/undo/UndoButtons';
import { useSharedUndo } from '../plan/undo/useSharedUndo';
import { useUndoShortcuts } from '../plan/undo/useUndoShortcuts';
import { ActionItemsList } from './ActionItemsList';
import { AgendaList } from './AgendaList';
import { AttendanceList } from './AttendanceList';
import { MeetingDetails } from './MeetingDetails';
import { MeetingSection } from './MeetingSection';
import { MeetingTeamPanel } from './MeetingTeamPanel';
import { DecisionToPlan } from './DecisionToPlan';
import type { MeetingMember } from './members';
import './MeetingView.css';
import { useTranslation } from 'react-i18next';

interface MeetingViewProps {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly author: Author;
  readonly canEdit: boolean;
  /** The workspace's team, for attendance and action-item owners. */
  readonly members: MeetingMember[];
  /** The meeting's title in its record. */
  readonly title: string;
  /** After this person changed the meeting's kind, time or title. */
  readonly onMeetingChanged?: () => void;
  /** Whether the server holds everything typed here (CollabSession.serverHolds). */
  readonly serverHolds: (waitMs: number) => Promise<boolean>;
}

/** One meeting: when, agenda, who came, notes, decisions and action items, all edited live. */
export function MeetingView({ doc, provider, author, canEdit, members, title, onMeetingChanged, serverHolds }: MeetingViewProps) {
  const origin = useMemo(() => ({ view: 'meeting', doc }), [doc]);
  const meeting = useMemo(() => meetingDoc(doc, { origin }), [doc, origin]);
  const undo = useSharedUndo(doc, origin);
  const { userId, name, role, setting } = author;
  const live = useMemo<LiveDoc | null>(() => {
    if (!undo) return null;
    const stableAuthor: Author = { userId, name, role, setting };
    return { origin, undo, provider, author: stableAuthor, caretUser: caretUserFor(provider.awareness, stableAuthor), canEdit };
  }, [origin, undo, provider, userId, name, role, setting, canEdit]);

  if (!live) return <div className="meeting-view" aria-busy="true" />;
  return (
    <LiveDocContext.Provider value={live}>
      <MeetingLayout meeting={meeting} live={live} members={members} title={title} onMeetingChanged={onMeetingChanged} serverHolds={serverHolds} />
    </LiveDocContext.Provider>
  );
}

function MeetingLayout({ meeting, live, members, title, onMeetingChanged, serverHolds }: { meeting: MeetingDoc; live: LiveDoc; members: readonly MeetingMember[]; title: string; onMeetingChanged?: () => void; serverHolds: MeetingViewProps['serverHolds'] }) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  useUndoShortcuts(rootRef, live.undo, live.canEdit);
  // Shift+Tab up the meeting left fields under the document header and the Undo bar.
  useFocusClearOfBars(rootRef, useStickyTop(barRef));
  // A colleague may remove the agenda item, decision or action item someone is typing in.
  const [removedWhileTyping, dismissRemoved] = useRemovedWhileTyping(rootRef);
  const sorted = useMemo(() => [...members].sort((a, b) => a.displayName.localeCompare(b.displayName)), [members]);
  // The document is `<workspaceId>/meeting/<meetingId>`.
  const [workspaceId = '', , meetingId = ''] = live.provider.roomname.split('/');

  return (
    <div ref={rootRef} className="meeting-view">
      {live.canEdit && (
        <div ref={barRef} className="meeting-view__bar">
          <UndoButtons undo={live.undo} />
        </div>
      )}
      {!live.canEdit && (
        <p className="meeting-view__read-only">
          <Eye size={20} aria-hidden="true" />
          {t('meetingPage.readOnly')}
        </p>
      )}
      <div className="meeting-view__grid">
        <MeetingSection id="meeting-details" title={t('meetingPage.details')} explanation={t('meetingPage.detailsLead')} className="meeting-view__wide">
          <MeetingDetails meeting={meeting} workspaceId={workspaceId} meetingId={meetingId} recordTitle={title} onChanged={onMeetingChanged} />
        </MeetingSection>
        <MeetingSection id="meeting-agenda" title={t('meetingPage.agenda')} explanation={t('meetingPage.agendaLead')} className="meeting-view__wide">
          <AgendaList meeting={meeting} />
        </MeetingSection>
        <MeetingSection id="meeting-attendance" title={t('meetingPage.attendance')} explanation={t('meetingPage.attendanceLead')} className="meeting-view__wide">
          <AttendanceList meeting={meeting} members={sorted} />
        </MeetingSection>
        <MeetingSection id="meeting-team" title={t('meetingPage.team')} explanation={t('meetingPage.teamLead')} className="meeting-view__wide">
          <MeetingTeamPanel meeting={meeting} members={members} />
        </MeetingSection>
        <MeetingSection id="meeting-notes" title={t('meetingPage.notes')} explanation={t('meetingPage.notesLead')} className="meeting-view__wide">
          <RichTextField fragment={meeting.notes.fragment()} label={t('meetingPage.notesLabel')} hideLabel placeholder={t('meetingPage.notesPlaceholder')} />
        </MeetingSection>
        <MeetingSection id="meeting-decisions" title={t('meetingPage.decisions')} explanation={t('meetingPage.decisionsLead')} className="meeting-view__wide">
          <DecisionsList decisions={meeting.decisions} extra={live.canEdit ? (decision) => <DecisionToPlan workspaceId={workspaceId} meetingId={meetingId} decision={decision} serverHolds={serverHolds} /> : undefined} />
          <VersionsAgreedAt workspaceId={workspaceId} meetingId={meetingId} />
        </MeetingSection>
        <MeetingSection id="meeting-actions" title={t('meetingPage.actions')} explanation={t('meetingPage.actionsLead')} className="meeting-view__wide">
          <ActionItemsList meeting={meeting} members={sorted} />
        </MeetingSection>
      </div>
      {removedWhileTyping && <RemovedWhileTypingDialog removed={removedWhileTyping} onClose={dismissRemoved} />}
    </div>
  );
}
