import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { AppLink } from '../routing/AppLink';
import './DocumentHeader.css';

interface DocumentHeaderProps {
  title: string;
  /** Whose plan this is, shown under the title. */
  studentName: string;
  /** The student's workspace, where the team and invitations live. */
  backHref: string;
  /** Presence and connection state, once the document is open. */
  children?: ReactNode;
}

/** The bar under the account header: which plan, who is here, and whether it is saved. */
export function DocumentHeader({ title, studentName, backHref, children }: DocumentHeaderProps) {
  return (
    <div className="doc-header">
      <div className="doc-header__identity">
        <AppLink to={backHref} className="doc-header__back" title={`Back to ${studentName}’s team`}>
          <ArrowLeft size={22} aria-hidden="true" />
          <span className="visually-hidden">Back to {studentName}’s team</span>
        </AppLink>
        <div className="doc-header__title-block">
          <h1 className="doc-header__title">{title}</h1>
          <p className="doc-header__location" data-testid="plan-student">{studentName}</p>
        </div>
      </div>
      {children && <div className="doc-header__live">{children}</div>}
    </div>
  );
}
