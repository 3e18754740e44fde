import { ArrowLeftRight, Link2, Unlink } from 'lucide-react';
import { useId, useState } from 'react';
import { type GoalView, type PlanDoc } from '../../../shared/schema';
import { SettingBadge } from '../common/SettingBadge';
import { PlainInput } from '../fields/PlainInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { goalElementId, goalGist, goalSummary } from './goalSummary';
import './GoalLinks.css';
import { goalAreaLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

interface GoalLinksProps {
  readonly plan: PlanDoc;
  readonly goal: GoalView;
  readonly allGoals: readonly GoalView[];
  readonly goalName: string;
}

/**
 * Complementary goals across settings, side by side: the school's pencil grip next to the
 * clinic's hand strength behind it, so each therapist sees what the other is building.
 */
export function GoalLinks({ plan, goal, allGoals, goalName }: GoalLinksProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const headingId = `${goal.id}-links`;
  const byId = new Map(allGoals.map((candidate) => [candidate.id, candidate]));
  const linked = goal.links.flatMap((link) => {
    const other = byId.get(link.goalId);
    return other ? [{ link, other }] : [];
  });
  const candidates = allGoals.filter((candidate) => candidate.id !== goal.id && !goal.links.some((link) => link.goalId === candidate.id));

  return (
    // A group, not a section: every goal has one, and named sections would be landmarks of one name.
    <div className="goal-links" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="objectives__title">
        {t('planEdit.worksTogether')}
      </h4>
      {linked.length === 0 && <p className="muted">{t('planEdit.notLinked')}</p>}
      {linked.map(({ link, other }) => (
        <div key={link.linkId} className="goal-link">
          <div className="goal-link__pair" aria-label={t('planEdit.linkedPair', { goal: goalSummary(goal), other: goalSummary(other) })} role="group">
            <GoalChip goal={goal} />
            <ArrowLeftRight className="goal-link__arrow" size={22} aria-hidden="true" />
            <GoalChip goal={other} href={`#${goalElementId(other.id)}`} />
          </div>
          <div className="goal-link__note">
            <LinkNote
              value={link.note}
              label={t('planEdit.linkNoteLabel', { goal: goalName, number: allGoals.indexOf(other) + 1 })}
              onCommit={(note) => plan.links.update(link.linkId, { note })}
            />
            {canEdit && (
              <button
                type="button"
                className="button button--quiet goal-link__unlink"
                aria-label={t('planEdit.unlinkLabel', { goal: goalName, number: allGoals.indexOf(other) + 1 })}
                onClick={() => plan.links.remove(link.linkId)}
              >
                <Unlink size={18} aria-hidden="true" />
                {t('planEdit.unlink')}
              </button>
            )}
          </div>
        </div>
      ))}
      {canEdit && candidates.length > 0 && <AddLink plan={plan} goal={goal} candidates={candidates} allGoals={allGoals} goalName={goalName} />}
    </div>
  );
}

function GoalChip({ goal, href }: { goal: GoalView; href?: string }) {
  const { t } = useTranslation();
  const body = (
    <>
      <span className="goal-chip__places">
        {goal.settings.length > 0 ? goal.settings.map((setting) => <SettingBadge key={setting} setting={setting} />) : t('planEdit.noSetting')}
        <span className="goal-chip__area">{goalAreaLabels[goal.area]}</span>
      </span>
      <span className="goal-chip__gist">{goalGist(goal)}</span>
    </>
  );
  if (!href) return <span className="goal-chip">{body}</span>;
  return (
    <a
      className="goal-chip goal-chip--link"
      href={href}
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(href.slice(1));
        target?.scrollIntoView({ block: 'start' });
        target?.querySelector<HTMLElement>('h3')?.focus();
      }}
    >
      {body}
      <span className="visually-hidden">{t('planEdit.goToGoal')}</span>
    </a>
  );
}

function LinkNote({ value, label, onCommit }: { value: string; label: string; onCommit: (note: string) => void }) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="live-field goal-link__note-field">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <PlainInput id={id} value={value} onCommit={onCommit} placeholder={t('planEdit.linkNotePlaceholder')} />
    </div>
  );
}

interface AddLinkProps {
  readonly plan: PlanDoc;
  readonly goal: GoalView;
  readonly candidates: readonly GoalView[];
  readonly allGoals: readonly GoalView[];
  readonly goalName: string;
}

function AddLink({ plan, goal, candidates, allGoals, goalName }: AddLinkProps) {
  const { author } = useLiveDoc();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [otherId, setOtherId] = useState('');
  const [note, setNote] = useState('');
  const selectId = useId();
  const noteId = useId();
  const chosen = candidates.find((candidate) => candidate.id === otherId) ?? candidates[0];

  if (!open) {
    return (
      <button type="button" className="button button--quiet add-button" onClick={() => setOpen(true)}>
        <Link2 size={18} aria-hidden="true" />
        {t('planEdit.linkGoal')}
        <span className="visually-hidden">{t('planEdit.toGoal', { goal: goalName })}</span>
      </button>
    );
  }
  return (
    <form
      className="goal-links__add"
      aria-label={t('planEdit.linkGoalTo', { goal: goalName })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        plan.links.add({ goalId: goal.id, otherGoalId: chosen.id, note: note.trim() }, author);
        setOpen(false);
        setNote('');
        setOtherId('');
      }}
    >
      <div className="live-field">
        <label className="live-field__label" htmlFor={selectId}>
          {t('planEdit.linkedGoal')}
        </label>
        <select id={selectId} className="text-input live-select" value={chosen?.id ?? ''} onChange={(event) => setOtherId(event.target.value)}>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t('planEdit.goalOption', { number: allGoals.indexOf(candidate) + 1, summary: goalSummary(candidate) })}
            </option>
          ))}
        </select>
      </div>
      <div className="live-field">
        <label className="live-field__label" htmlFor={noteId}>
          {t('planEdit.fitTogether')} <span className="muted">{t('planEdit.optional')}</span>
        </label>
        <input id={noteId} className="text-input" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="goal-links__add-actions">
        <button type="submit" className="button button--primary">
          <Link2 size={18} aria-hidden="true" />
          {t('planEdit.linkGoals')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('planEdit.cancel')}
        </button>
      </div>
    </form>
  );
}
