import { Eye } from 'lucide-react';
import { useId } from 'react';
import type * as Y from 'yjs';
import type { Author } from '../../shared/schema';
import { GoalProgressCard } from './GoalProgressCard';
import { ProgressDashboard } from './ProgressDashboard';
import { useProgressData } from './useProgressData';
import '../components/fields.css';
import './progress.css';
import { useTranslation } from 'react-i18next';

interface ProgressViewProps {
  /** The live plan document (`<workspaceId>/plan`): goals come from here. */
  planDoc: Y.Doc;
  /** The live progress document (`<workspaceId>/progress`): measures and points. */
  progressDoc: Y.Doc;
  author: Author;
  /** False for observers: everything is shown, nothing can be recorded or changed. */
  canRecord: boolean;
}

/**
 * Joint progress monitoring: every goal's data from school, clinic and home in one picture,
 * so nobody sees progress in one setting while another sees struggle. Live in both directions:
 * a point recorded anywhere appears here at once.
 */
export function ProgressView({ planDoc, progressDoc, author, canRecord }: ProgressViewProps) {
  const { progress, goals } = useProgressData(planDoc, progressDoc);
  const id = useId();
  const { t } = useTranslation();

  if (goals.length === 0) {
    return (
      <div className="progress-view">
        <p className="progress-empty">{t('progress.noGoals')}</p>
      </div>
    );
  }

  return (
    <div className="progress-view">
      {!canRecord && (
        <p className="progress-readonly">
          <Eye size={20} aria-hidden="true" />
          {t('progress.readOnly')}
        </p>
      )}
      <section className="progress-section" aria-labelledby={`${id}-glance`}>
        <h2 id={`${id}-glance`}>{t('progress.atAGlance')}</h2>
        <p className="progress-section__intro">{t('progress.atAGlanceLead')}</p>
        <ProgressDashboard goals={goals} />
      </section>
      <section className="progress-section" aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>{t('progress.goalByGoal')}</h2>
        <div className="progress-goals">
          {goals.map((entry) => (
            <GoalProgressCard key={entry.goal.id} entry={entry} progress={progress} author={author} canRecord={canRecord} />
          ))}
        </div>
      </section>
    </div>
  );
}
