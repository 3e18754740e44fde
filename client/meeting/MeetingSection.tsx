import type { ReactNode } from 'react';
import '../plan/sections/SectionFrame.css';

interface MeetingSectionProps {
  readonly id: string;
  readonly title: string;
  readonly explanation: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** One part of a meeting, styled like a plan section so the two screens feel like one tool. */
export function MeetingSection({ id, title, explanation, children, className }: MeetingSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className={`plan-section ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="plan-section__titles">
        <h2 id={headingId} className="plan-section__title">
          {title}
        </h2>
        <p className="plan-section__explanation">{explanation}</p>
      </header>
      <div className="plan-section__body">{children}</div>
    </section>
  );
}
