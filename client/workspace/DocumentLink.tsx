import type { LucideIcon } from 'lucide-react';
import { AppLink } from '../routing/AppLink';

interface DocumentLinkProps {
  icon: LucideIcon;
  title: string;
  lead: string;
  to: string;
  openLabel: string;
  testId: string;
}

/** One entry of a student's list of documents and screens: what it is, and a button to open it. */
export function DocumentLink({ icon: Icon, title, lead, to, openLabel, testId }: DocumentLinkProps) {
  return (
    <li className="documents__item">
      <Icon className="documents__icon" size={26} aria-hidden="true" />
      <div className="documents__text">
        <p className="documents__title">{title}</p>
        <p className="muted">{lead}</p>
      </div>
      <AppLink to={to} className="button button--secondary documents__open" data-testid={testId}>
        {openLabel}
      </AppLink>
    </li>
  );
}
