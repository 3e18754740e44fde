import { useId, useState, type FormEvent } from 'react';
import type { MemberView } from '../../shared/api';
import type { AuditQuery } from '../api/workspaceApi';
import { auditActionChoices } from './auditText';
import { useTranslation } from 'react-i18next';

/** A local calendar day as the ISO instant it starts (or ends) at, so "today" means the person's today. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const boundary = end ? new Date(year, month - 1, date, 23, 59, 59, 999) : new Date(year, month - 1, date);
  return Number.isNaN(boundary.getTime()) ? undefined : boundary.toISOString();
}

/** Narrows the activity log to one person, one kind of event, and a period. */
export function AuditFilters({ members, onApply }: { members: readonly MemberView[]; onApply: (query: AuditQuery) => void }) {
  const id = useId();
  const { t } = useTranslation();
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ actor, action, from: dayBoundary(from, false), to: dayBoundary(to, true) });
  }

  return (
    <form className="audit-filters" aria-label={t('audit.filter')} onSubmit={handleSubmit}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-actor`}>{t('audit.person')}</label>
        <select id={`${id}-actor`} className="text-input" value={actor} onChange={(event) => setActor(event.target.value)}>
          <option value="">{t('audit.everyone')}</option>
          {members.map((member) => (
            <option key={member.userId} value={member.userId}>{member.displayName}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-action`}>{t('audit.what')}</label>
        <select id={`${id}-action`} className="text-input" value={action} onChange={(event) => setAction(event.target.value)}>
          <option value="">{t('audit.everything')}</option>
          {auditActionChoices.map((choice) => (
            <option key={choice.action} value={choice.action}>{choice.label}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-from`}>{t('audit.from')}</label>
        <input id={`${id}-from`} className="text-input" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-to`}>{t('audit.to')}</label>
        <input id={`${id}-to`} className="text-input" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
      <div className="audit-filters__actions">
        <button type="submit" className="button button--secondary">{t('audit.show')}</button>
      </div>
    </form>
  );
}
