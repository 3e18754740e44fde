import { useId, useState } from 'react';
import { ExportMenu } from '../versions/ExportMenu';

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The periodic progress report to parents: choose the period, download it in any format.
 * Defaults to the last three months, a common reporting cycle.
 */
export function ProgressReportDownload({ workspaceId, canExport }: { workspaceId: string; canExport: boolean }) {
  const id = useId();
  const today = new Date();
  const [from, setFrom] = useState(() => day(new Date(today.getFullYear(), today.getMonth() - 3, today.getDate())));
  const [to, setTo] = useState(() => day(today));
  const valid = from !== '' && to !== '' && from <= to;
  return (
    <section className="card progress-report" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        Progress report
      </h2>
      <p className="muted">A summary for each goal over a period, with the data from every setting: the report parents receive.</p>
      <div className="progress-report__row">
        <label className="progress-report__field">
          <span className="progress-report__label">From</span>
          <input className="text-input" type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="progress-report__field">
          <span className="progress-report__label">To</span>
          <input className="text-input" type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
        </label>
        <ExportMenu
          label={`progress report from ${from} to ${to}`}
          canExport={canExport && valid}
          hrefFor={(format) =>
            `/api/workspaces/${encodeURIComponent(workspaceId)}/progress/report?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&format=${format}`
          }
        />
      </div>
    </section>
  );
}
