import type { ReactNode } from 'react';
import { BrandLink } from './BrandLink';
import './DocumentHeader.css';

interface DocumentHeaderProps {
  title: string;
  location: string | null;
  /** Presence and connection state; absent while the person still has to give a name. */
  children?: ReactNode;
}

export function DocumentHeader({ title, location, children }: DocumentHeaderProps) {
  return (
    <header className="doc-header">
      <div className="doc-header__identity">
        <BrandLink />
        <span className="doc-header__separator" aria-hidden="true" />
        <div className="doc-header__title-block">
          <h1 className="doc-header__title">{title}</h1>
          {location && <p className="doc-header__location">{location}</p>}
        </div>
      </div>
      {children && <div className="doc-header__live">{children}</div>}
    </header>
  );
}
