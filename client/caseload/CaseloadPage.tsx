import { CalendarClock, FileSignature, MessageSquare } from 'lucide-react';
import type { CaseloadStudent, UserView } from '../../shared/api';
import { isFamilyOnly } from '../workspace/familyOnly';
import type { DueItem } from '../../shared/caseloadDue';
import { useApiData } from '../api/useApiData';
import { useRefreshWhileVisible } from '../api/useRefreshWhileVisible';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDay, formatMoment } from '../i18n/dates';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import { roleLabel } from '../workspace/roleLabels';
import { loadCaseload } from './caseloadApi';
import './CaseloadPage.css';
import { useTranslation } from 'react-i18next';
import { currentLanguage, i18n } from '../i18n/i18n';
import { formatSpan } from '../../shared/i18n/format';
import { dueKindLabels } from '../i18n/vocabulary';
import { meetingTitleOf } from '../meetings/meetingTitle';

function dueText(item: DueItem): string {
  if (item.overdue) return i18n.t('caseload.overdue', { span: formatSpan(currentLanguage(), item.daysLeft) });
  if (item.daysLeft === 0) return i18n.t('caseload.today');
  return i18n.t('caseload.inSpan', { span: formatSpan(currentLanguage(), item.daysLeft) });
}


/** Every student this person works with, what is due (overdue first), and what waits for them. */
export function CaseloadPage({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const [caseload, { reload }] = useApiData(loadCaseload, user.id);
  useRefreshWhileVisible(() => void reload(), 60_000);
  return (
    <AppPage title={t('caseload.title')} user={user} busy={caseload.status === 'loading'}>
      <div className="page-intro">
        <h1 className="page-title">{t('caseload.heading')}</h1>
        <p className="page-lead">
          {caseload.status === 'ready' && isFamilyOnly(caseload.data.students)
            ? t('caseload.leadFamily', { count: caseload.data.students.length })
            : t('caseload.lead')}
        </p>
      </div>
      {caseload.status === 'loading' && <p className="muted">{t('caseload.loading')}</p>}
      {caseload.status === 'failed' && <ProblemMessage error={caseload.error} />}
      {caseload.status === 'ready' &&
        (caseload.data.students.length === 0 ? (
          <p className="students__empty">{t('caseload.empty')}</p>
        ) : (
          <ol className="caseload" aria-label={t('caseload.listLabel')} data-testid="caseload">
            {caseload.data.students.map((student) => (
              <CaseloadCard key={student.workspaceId} student={student} />
            ))}
          </ol>
        ))}
    </AppPage>
  );
}

/** A student whose plan the parent's consent does not share with this person: the name, and why nothing more. */
function NotSharedCard({ student }: { student: CaseloadStudent }) {
  const { t } = useTranslation();
  return (
    <li className="caseload__student" data-testid="caseload-student">
      <div className="caseload__head">
        <h2 className="caseload__name">
          <AppLink to={paths.workspace(student.workspaceId)}>{student.studentName}</AppLink>
        </h2>
        <span className="badge">{t('common.you', { role: roleLabel(student.role) })}</span>
      </div>
      <p className="muted">{t('caseload.planNotShared')}</p>
      <AppLink className="button button--secondary caseload__open" to={paths.workspace(student.workspaceId)}>
        {t('caseload.open', { name: student.studentName })}
      </AppLink>
    </li>
  );
}

function CaseloadCard({ student }: { student: CaseloadStudent }) {
  const { t } = useTranslation();
  if (!student.planShared) return <NotSharedCard student={student} />;
  const overdue = student.due.some((item) => item.overdue);
  return (
    <li className={`caseload__student ${overdue ? 'caseload__student--overdue' : ''}`} data-testid="caseload-student">
      <div className="caseload__head">
        <h2 className="caseload__name">
          <AppLink to={paths.plan(student.workspaceId)}>{student.studentName}</AppLink>
        </h2>
        <span className="badge">{t('common.you', { role: roleLabel(student.role) })}</span>
        <span className="caseload__complete">
          {student.requiredComplete === student.requiredTotal
            ? t('iepComponents.allComplete', { count: student.requiredTotal })
            : t('iepComponents.someComplete', { done: student.requiredComplete, count: student.requiredTotal })}
        </span>
      </div>
      {student.due.length === 0 ? (
        <p className="muted">{t('caseload.noDates')}</p>
      ) : (
        <ul className="caseload__due" aria-label={t('caseload.dueFor', { name: student.studentName })}>
          {student.due.map((item) => (
            <li key={item.kind} className={item.overdue ? 'caseload__late' : item.daysLeft <= 30 ? 'caseload__soon' : ''} data-testid="due-item">
              <strong>{dueKindLabels[item.kind]}</strong>: {formatDay(item.due)} ({dueText(item)})
            </li>
          ))}
        </ul>
      )}
      <ul className="caseload__waiting">
        <li>
          <CalendarClock size={18} aria-hidden="true" />
          {student.upcomingMeetings.length === 0 ? (
            t('caseload.noMeetings')
          ) : (
            <>
              {t('caseload.nextMeeting')}
              <AppLink to={paths.meeting(student.workspaceId, student.upcomingMeetings[0]!.id)}>
                {t('caseload.meetingWhen', { title: meetingTitleOf(student.upcomingMeetings[0]!), date: formatMoment(student.upcomingMeetings[0]!.startsAt, student.timeZone) })}
              </AppLink>
              {student.upcomingMeetings.length > 1 && t('caseload.andMore', { count: student.upcomingMeetings.length - 1 })}
            </>
          )}
        </li>
        <li>
          <FileSignature size={18} aria-hidden="true" />
          {student.awaitingSignature.length === 0
            ? t('caseload.nothingToSign')
            : t('caseload.toSign', { count: student.awaitingSignature.length })}
        </li>
        <li>
          <MessageSquare size={18} aria-hidden="true" />
          {student.unreadConversations === 0 || !student.firstUnreadThreadId ? (
            t('caseload.noUnread')
          ) : (
            <AppLink to={`${paths.plan(student.workspaceId)}?thread=${encodeURIComponent(student.firstUnreadThreadId)}`}>
              {t('caseload.unread', { count: student.unreadConversations })}
            </AppLink>
          )}
        </li>
      </ul>
      <AppLink className="button button--secondary caseload__open" to={paths.workspace(student.workspaceId)}>
        {t('caseload.open', { name: student.studentName })}
      </AppLink>
    </li>
  );
}
