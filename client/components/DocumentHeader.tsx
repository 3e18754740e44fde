import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { AppLink } from '../routing/AppLink';
import './DocumentHeader.css';
import { useTranslation } from 'react-i18next';

interface DocumentHeaderProps {
  title: string;
  /** Whose plan this is, shown under the title. */
  studentName: string;
  /** The student's workspace, where the team and invitations live. */
  backHref: string;
  /** Presence and connection state, once the document is open. */
  children?: ReactNode;
}

/**
 * The bar under the account header: which plan, who is here, and whether it is saved. It
 * sticks to the top while the document scrolls, so the connection state is always in view.
 */
export function DocumentHeader({ title, studentName, backHref, children }: DocumentHeaderProps) {
  const ref = useRef<HTMLElement>(null);
  const { t } = useTranslation();
  const back = t('document.back', { student: studentName });
  // The views' own sticky bars and the jump targets sit under this bar: they read its height.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--doc-header-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--doc-header-height');
    };
  }, []);
  return (
    <section ref={ref} className="doc-header" aria-label={t('document.label')}>
      <div className="doc-header__identity">
        <AppLink to={backHref} className="doc-header__back" title={back}>
          <ArrowLeft size={22} aria-hidden="true" />
          <span className="visually-hidden">{back}</span>
        </AppLink>
        <div className="doc-header__title-block">
          <h1 className="doc-header__title">{title}</h1>
          <p className="doc-header__location" data-testid="plan-student">{studentName}</p>
        </div>
      </div>
      {children && <div className="doc-header__live">{children}</div>}
    </section>
  );
}
