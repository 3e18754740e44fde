import type { CSSProperties } from 'react';
import type { Occurrence } from '../../shared/scheduleRecurrence';
import { isMeetingSession } from '../../shared/schema';
import { rangeLabel, startLabel } from './blockClock';
import { OccurrenceMeetingLink } from './OccurrenceMeetingLink';
import { sessionLook } from './weekDays';

/**
 * Below this many minutes a block is too short for a title above a line of time (at the grid's
 * scale a 30-minute block holds two short lines): it starts with its start time and runs the
 * title on after it, "9:30 Speech", over as many lines as its height holds; screen readers
 * hear the title and the whole range, and the tooltip shows both.
 */
export const shortBelowMinutes = 40;
/** A short block's line, in px (0.85rem at line-height 1.15, on a 16px root), and its padding. */
const shortLinePx = 16;
const paddingPx = 4;

interface Props {
  readonly workspaceId: string;
  readonly occurrence: Occurrence;
  readonly inConflict: boolean;
  readonly top: number;
  readonly height: number;
  /** Which lane of how many its day's column is split into where sessions overlap. */
  readonly lane: number;
  readonly lanes: number;
}

function blockClass(o: Occurrence, inConflict: boolean, short: boolean): string {
  return [
    'session-block',
    `session-block--${sessionLook(o)}`,
    isMeetingSession(o.kind) ? 'session-block--meeting' : '',
    o.cancelled ? 'session-block--cancelled' : '',
    inConflict ? 'session-block--conflict' : '',
    short ? 'session-block--short' : '',
  ].filter(Boolean).join(' ');
}

/** One occurrence on the week: what it is and when, readable however short or narrow its block. */
export function SessionBlock({ workspaceId, occurrence: o, inConflict, top, height, lane, lanes }: Props) {
  const short = o.end - o.start < shortBelowMinutes;
  const range = rangeLabel(o.start, o.end);
  const title = isMeetingSession(o.kind) && o.cancelled === null ? <OccurrenceMeetingLink workspaceId={workspaceId} occurrence={o} /> : <span className="session-block__title">{o.title}</span>;
  // The tooltip says in full what a narrow block may have to cut short.
  const tooltip = [o.title, range, o.cancelled].filter(Boolean).join(' · ');
  const style: CSSProperties & Record<'--lines', number> = {
    top,
    height,
    left: `calc(${(100 / lanes) * lane}% + 2px)`,
    width: `calc(${100 / lanes}% - 4px)`,
    '--lines': Math.max(1, Math.floor((height - paddingPx) / shortLinePx)),
  };
  return (
    <div data-testid="session-block" data-session={o.sessionId} data-conflict={inConflict ? 'true' : undefined} className={blockClass(o, inConflict, short)} style={style} title={tooltip}>
      {short ? (
        <>
          {/* The start is what the eye looks for first; a screen reader hears the title, then the whole range. */}
          <span className="session-block__flow">
            <span className="session-block__start" aria-hidden="true">{startLabel(o.start)}</span> {title}
            {o.cancelled && <span className="session-block__note"> · {o.cancelled}</span>}
          </span>
          <span className="visually-hidden">{range}</span>
        </>
      ) : (
        <>
          {title}
          <span className="session-block__time">{range}</span>
          {o.cancelled && <span className="session-block__time">{o.cancelled}</span>}
        </>
      )}
    </div>
  );
}
