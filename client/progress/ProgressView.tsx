import { Eye } from 'lucide-react';
import { useId } from 'react';
import type * as Y from 'yjs';
import type { Author } from '../../shared/schema';
import { GoalProgressCard } from './GoalProgressCard';
import { ProgressDashboard } from './ProgressDashboard';
import { useProgressData } from './useProgressData';
import '../components/fields.css';
import './progress.css';

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

  if (goals.length === 0) {
    return (
      <div className="progress-view">
        <p className="progress-empty">No goals in the plan yet. Once the team adds goals, everyone can record progress on them here.</p>
      </div>
    );
  }

  return (
    <div className="progress-view">
      {!canRecord && (
        <p className="progress-readonly">
          <Eye size={20} aria-hidden="true" />
          You can see all the progress the team has recorded. Recording is done by the people who work with the child.
        </p>
      )}
      <section className="progress-section" aria-labelledby={`${id}-glance`}>
        <h2 id={`${id}-glance`}>At a glance</h2>
        <p className="progress-section__intro">How each goal is going at school, at the clinic and at home. Goals worth discussing come first.</p>
        <ProgressDashboard goals={goals} />
      </section>
      <section className="progress-section" aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>Goal by goal</h2>
        <div className="progress-goals">
          {goals.map((entry) => (
            <GoalProgressCard key={entry.goal.id} entry={entry} progress={progress} author={author} canRecord={canRecord} />
          ))}
        </div>
      </section>
    </div>
  );
}
