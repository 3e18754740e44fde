import { useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import { isProgressCode, progressCodes, type ProgressCode } from '../../shared/progressCodes';
import { apiRequest } from '../api/http';
import { ExportMenu } from '../versions/ExportMenu';
import { Term } from '../glossary/Term';
import { goalAreaLabels, progressCodeLabels } from '../i18n/vocabulary';
import type { GoalArea } from '../../shared/schema';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../i18n/dates';
import { defaultReportPeriod } from '../progress/reportPeriod';
import { useSettledChanges } from '../progress/useSettledChanges';

// Long enough for a point just recorded here to be stored before the server is asked again.
const refetchAfterMs = 800;

interface GoalCode {
  readonly goalId: string;
  readonly number: number;
  readonly area: GoalArea;
  readonly suggested: ProgressCode;
}

interface ReportCodes {
  readonly versionNumber: number | null;
  readonly goals: readonly GoalCode[];
}

/**
 * The periodic progress report to parents: choose the period, agree a progress code per goal
 * (starting from the one the data suggests), download it in any format. Defaults to the last
 * three months up to today in the school's time zone. The suggestions follow the data: they are
 * asked for again whenever the live progress document settles after a change.
 */
export function ProgressReportDownload({ workspaceId, canExport, progressDoc, timeZone }: { workspaceId: string; canExport: boolean; progressDoc: Y.Doc; timeZone: string }) {
  const id = useId();
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => defaultReportPeriod(timeZone).from);
  const [to, setTo] = useState(() => defaultReportPeriod(timeZone).to);
  const dataChanges = useSettledChanges(progressDoc, refetchAfterMs);
  const [report, setReport] = useState<ReportCodes | null>(null);
  const [chosen, setChosen] = useState<Record<string, ProgressCode>>({});
  const valid = from !== '' && to !== '' && from <= to;

  useEffect(() => {
    if (!valid || !canExport) return;
    let current = true;
    const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    apiRequest<ReportCodes>('GET', `/workspaces/${encodeURIComponent(workspaceId)}/progress/report/codes?${query}`).then(
      (codes) => {
        if (current) setReport(codes);
      },
      () => {
        if (current) setReport(null);
      },
    );
    return () => {
      current = false;
    };
    // dataChanges: a point recorded anywhere may change a suggestion.
  }, [workspaceId, from, to, valid, canExport, dataChanges]);

  const codeQuery = Object.entries(chosen)
    .filter(([goalId]) => report?.goals.some((goal) => goal.goalId === goalId))
    .map(([goalId, code]) => `&${encodeURIComponent(`code.${goalId}`)}=${code}`)
    .join('');

  return (
    <section className="card progress-report" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('progress.report')}
      </h2>
      <p className="muted">
        {t('progress.reportLead')}
        {report && (report.versionNumber === null ? t('progress.reportDraft') : t('progress.reportVersion', { number: report.versionNumber }))}
      </p>
      <div className="progress-report__row">
        <label className="progress-report__field">
          <span className="progress-report__label">{t('progress.from')}</span>
          <input className="text-input" type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="progress-report__field">
          <span className="progress-report__label">{t('progress.to')}</span>
          <input className="text-input" type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      {report && report.goals.length > 0 && (
        <fieldset className="progress-report__codes">
          <legend className="progress-report__label">{t('progress.codesLegend')}</legend>
          <p className="muted">
            <Term id="progressCodes" ownLine />
          </p>
          {report.goals.map((goal) => (
            <label key={goal.goalId} className="progress-report__field">
              <span>{t('planEdit.goalHeading', { number: goal.number, area: goalAreaLabels[goal.area] })}</span>
              <select
                className="text-input"
                value={chosen[goal.goalId] ?? goal.suggested}
                onChange={(event) => {
                  const code = event.target.value;
                  if (isProgressCode(code)) setChosen({ ...chosen, [goal.goalId]: code });
                }}
              >
                {progressCodes.map((code) => (
                  <option key={code} value={code}>
                    {progressCodeLabels[code]}
                    {code === goal.suggested ? t('progress.suggested') : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <ExportMenu
        label={t('progress.reportLabel', { from: formatDay(from), to: formatDay(to) })}
        canExport={canExport && valid}
        hrefFor={(format) =>
          `/api/workspaces/${encodeURIComponent(workspaceId)}/progress/report?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&format=${format}${codeQuery}`
        }
      />
    </section>
  );
}
