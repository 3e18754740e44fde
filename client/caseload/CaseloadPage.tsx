import { CalendarClock, FileSignature, MessageSquare } from 'lucide-react';
import type { CaseloadStudent, UserView } from '../../shared/api';
import type { DueItem } from '../../shared/caseloadDue';
import { useApiData } from '../api/useApiData';
import { useRefreshWhileVisible } from '../api/useRefreshWhileVisible';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDay, formatMoment } from '../i18n/dates';
import { AppLink } from '../routing/AppLink';
import { paths } from '../routing/route';
import { roleLabel } from '../workspace/roleLabels';
import { loadCaseload } from './caseloadApi';
import './CaseloadPage.css';

function dueText(item: DueItem): string {
  if (item.overdue) return `overdue by ${-item.daysLeft} day${item.daysLeft === -1 ? '' : 's'}`;
  if (item.daysLeft === 0) return 'due today';
  return `in ${item.daysLeft} day${item.daysLeft === 1 ? '' : 's'}`;
}

/** Every student this person works with, what is due (overdue first), and what waits for them. */
export function CaseloadPage({ user }: { user: UserView }) {
  const [caseload, { reload }] = useApiData(loadCaseload, user.id);
  useRefreshWhileVisible(() => void reload(), 60_000);
  return (
    <AppPage title="Caseload" user={user} busy={caseload.status === 'loading'}>
      <div className="page-intro">
        <h1 className="page-title">Your caseload</h1>
        <p className="page-lead">
          Your students, with what is overdue first, upcoming meetings, plans waiting for your signature and conversations you have not read.
        </p>
      </div>
      {caseload.status === 'loading' && <p className="muted">Loading your caseload…</p>}
      {caseload.status === 'failed' && <ProblemMessage error={caseload.error} />}
      {caseload.status === 'ready' &&
        (caseload.data.students.length === 0 ? (
          <p className="students__empty">You are not on a student’s team yet.</p>
        ) : (
          <ol className="caseload" aria-label="Students, most urgent first" data-testid="caseload">
            {caseload.data.students.map((student) => (
              <CaseloadCard key={student.workspaceId} student={student} />
            ))}
          </ol>
        ))}
    </AppPage>
  );
}

function CaseloadCard({ student }: { student: CaseloadStudent }) {
  const overdue = student.due.some((item) => item.overdue);
  return (
    <li className={`caseload__student ${overdue ? 'caseload__student--overdue' : ''}`} data-testid="caseload-student">
      <div className="caseload__head">
        <h2 className="caseload__name">
          <AppLink to={paths.plan(student.workspaceId)}>{student.studentName}</AppLink>
        </h2>
        <span className="badge">You: {roleLabel(student.role)}</span>
        <span className="caseload__complete">{student.completeness}</span>
      </div>
      {student.due.length === 0 ? (
        <p className="muted">No dates yet: set the plan’s dates to see what is due.</p>
      ) : (
        <ul className="caseload__due" aria-label={`What is due for ${student.studentName}`}>
          {student.due.map((item) => (
            <li key={item.kind} className={item.overdue ? 'caseload__late' : item.daysLeft <= 30 ? 'caseload__soon' : ''} data-testid="due-item">
              <strong>{item.label}</strong>: {formatDay(item.due)} ({dueText(item)})
            </li>
          ))}
        </ul>
      )}
      <ul className="caseload__waiting">
        <li>
          <CalendarClock size={18} aria-hidden="true" />
          {student.upcomingMeetings.length === 0 ? (
            'No meetings scheduled'
          ) : (
            <>
              Next meeting:{' '}
              <AppLink to={paths.meeting(student.workspaceId, student.upcomingMeetings[0]!.id)}>
                {student.upcomingMeetings[0]!.title}, {new Date(student.upcomingMeetings[0]!.startsAt).toLocaleString()}
              </AppLink>
              {student.upcomingMeetings.length > 1 && ` (and ${student.upcomingMeetings.length - 1} more)`}
            </>
          )}
        </li>
        <li>
          <FileSignature size={18} aria-hidden="true" />
          {student.awaitingSignature.length === 0
            ? 'Nothing waiting for your signature'
            : `${student.awaitingSignature.length} version${student.awaitingSignature.length === 1 ? '' : 's'} waiting for your signature`}
        </li>
        <li>
          <MessageSquare size={18} aria-hidden="true" />
          {student.unreadConversations === 0 || !student.firstUnreadThreadId ? (
            'No unread conversations'
          ) : (
            <AppLink to={`${paths.plan(student.workspaceId)}?thread=${encodeURIComponent(student.firstUnreadThreadId)}`}>
              {`${student.unreadConversations} unread conversation${student.unreadConversations === 1 ? '' : 's'}`}
            </AppLink>
          )}
        </li>
      </ul>
      <AppLink className="button button--secondary caseload__open" to={paths.workspace(student.workspaceId)}>
        Open {student.studentName}’s team
      </AppLink>
    </li>
  );
}
