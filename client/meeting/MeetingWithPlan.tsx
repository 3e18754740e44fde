import { ArrowLeft, FileText, PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { Author } from '../../shared/schema';
import type { CollabUser } from '../collab/CollabSession';
import { useMediaQuery } from '../components/useMediaQuery';
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

/** Where the plan and the meeting fit side by side (PlanBeside.css). */
const sideBySideQuery = '(min-width: 1200px)';

/**
 * The meeting, and on request the live plan: beside it on a wide screen; in its place on a
 * narrower one, where below a meeting thousands of pixels long the plan seemed not to open at
 * all. The meeting stays mounted while hidden, so going back finds it as it was left.
 */
export function MeetingWithPlan({ workspaceId, user, author, canEdit, tools, children }: MeetingWithPlanProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const sideBySide = useMediaQuery(sideBySideQuery);
  const [Icon, label] = sideBySide
    ? open ? [PanelRightClose, t('meetingPage.hidePlan')] : [PanelRightOpen, t('meetingPage.showPlan')]
    : open ? [ArrowLeft, t('meetingPage.backToMeeting')] : [FileText, t('meetingPage.showPlanInstead')];
  return (
    <div className={`meeting-with-plan ${open ? 'meeting-with-plan--open' : ''}`}>
      <div className="meeting-with-plan__tools">
        <button type="button" className="button button--secondary meeting-with-plan__toggle" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          <Icon size={18} aria-hidden="true" />
          {label}
        </button>
        {tools}
      </div>
      <div className="meeting-with-plan__meeting" hidden={open && !sideBySide}>
        {children}
      </div>
      {open && <PlanBeside workspaceId={workspaceId} user={user} author={author} canEdit={canEdit} />}
    </div>
  );
}
