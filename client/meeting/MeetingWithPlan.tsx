import { PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { Author } from '../../shared/schema';
import type { CollabUser } from '../collab/CollabSession';
import { PlanBeside } from './PlanBeside';
import './PlanBeside.css';
import { useTranslation } from 'react-i18next';

interface MeetingWithPlanProps {
  readonly workspaceId: string;
  readonly user: CollabUser;
  readonly author: Author;
  readonly canEdit: boolean;
  /** The page's other actions on the meeting (its download), kept on one line with the plan's button. */
  readonly tools?: ReactNode;
  readonly children: ReactNode;
}

/** The meeting, and on request the live plan beside it (side by side on wide screens, below on narrow ones). */
export function MeetingWithPlan({ workspaceId, user, author, canEdit, tools, children }: MeetingWithPlanProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className={`meeting-with-plan ${open ? 'meeting-with-plan--open' : ''}`}>
      <div className="meeting-with-plan__tools">
        <button type="button" className="button button--secondary meeting-with-plan__toggle" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {open ? <PanelRightClose size={18} aria-hidden="true" /> : <PanelRightOpen size={18} aria-hidden="true" />}
          {open ? t('meetingPage.hidePlan') : t('meetingPage.showPlan')}
        </button>
        {tools}
      </div>
      <div className="meeting-with-plan__meeting">{children}</div>
      {open && <PlanBeside workspaceId={workspaceId} user={user} author={author} canEdit={canEdit} />}
    </div>
  );
}
