import type { ReactNode } from 'react';
import type { PlanSnapshot } from '../../shared/schema';

import { formatDay } from './versionText';
import { GoalReader } from './GoalReader';
import { IepPartReader, MeetingTeamsReader } from './IepPartReader';
import type { MeetingTeamSnapshot } from '../../shared/planPartsDiff';
import { isBlank, RichText } from './RichText';
import { SupportsTable } from './SupportsTable';
import './PlanReader.css';
import { serviceTypeLabels } from '../i18n/vocabulary';

/**
 * A frozen plan, read-only, in the order of the plan itself. Headings start at h3: the
 * reader sits under a page or dialog heading naming the version.
 */
export function PlanReader({ plan, meetingTeams = null }: { plan: PlanSnapshot; meetingTeams?: readonly MeetingTeamSnapshot[] | null }) {
  // Empty areas are named once, together, rather than as a column of empty boxes.
  const described = plan.presentLevels.filter((level) => !isBlank(level.content));
  const blank = plan.presentLevels.filter((level) => isBlank(level.content));
  return (
    <div className="reader">
      <p className="reader__plan-title">{plan.title || 'Untitled plan'}</p>
      <IepPartReader plan={plan} part="student" />
      <IepPartReader plan={plan} part="dates" />

      <ReaderSection title="Present levels" intro="How the child is doing now, area by area.">
        {described.length === 0 && <p className="reader__empty">No areas described.</p>}
        {described.map((level) => (
          <div key={level.area} className="reader__item">
            <h4 className="reader__item-title">{level.label}</h4>
            <RichText node={level.content} headingLevel={5} />
          </div>
        ))}
        {blank.length > 0 && (
          <p className="reader__empty">Not described in this version: {blank.map((level) => level.label).join(', ')}.</p>
        )}
      </ReaderSection>

      <IepPartReader plan={plan} part="curriculumEffect" />

      <ReaderSection title="Goals" intro="What the child works toward this year, and how progress is measured.">
        {plan.goals.length === 0 && <p className="reader__empty">No goals in this version.</p>}
        {plan.goals.map((goal) => <GoalReader key={goal.id} goal={goal} plan={plan} />)}
      </ReaderSection>

      <ReaderSection title="Services" intro="Therapy and teaching the child receives: how often, how long, where and by whom.">
        {plan.services.length === 0 && <p className="reader__empty">No services in this version.</p>}
        {plan.services.map((service) => (
          <article key={service.id} className="reader__item">
            <h4 className="reader__item-title">{serviceTypeLabels[service.type]}</h4>
            <dl className="reader__fields reader__fields--compact">
              <Field label="Provider" value={service.provider} />
              <Field label="How often" value={service.frequency} />
              <Field label="How long" value={service.duration} />
              <Field label="Where" value={service.location} />
              <Field label="Starts" value={service.startDate && formatDay(service.startDate)} />
              {service.endDate && <Field label="Ends" value={formatDay(service.endDate)} />}
            </dl>
          </article>
        ))}
      </ReaderSection>

      <ReaderSection title="Supports at school, clinic and home" intro="Accommodations, modifications and strategies, and where each is used.">
        <SupportsTable supports={plan.supports} />
      </ReaderSection>

      <ReaderSection title="Time with classmates without disabilities" intro="When, if ever, the child is not with the general class, and why.">
        <RichText node={plan.participation} />
      </ReaderSection>

      <IepPartReader plan={plan} part="placement" />

      <ReaderSection title="Accommodations in tests">
        <RichText node={plan.assessmentAccommodations} />
      </ReaderSection>
      <IepPartReader plan={plan} part="assessments" />
      <IepPartReader plan={plan} part="extendedSchoolYear" />
      <IepPartReader plan={plan} part="transition" />

      <ReaderSection title="Special factors" intro="Needs the team must consider by law.">
        <ul className="reader__factors">
          {plan.specialFactors.map((factor) => (
            <li key={factor.factor}>
              <span className="reader__factor-label">{factor.label}</span>
              <span className="reader__tag">{factor.considered ? 'Considered' : 'Not marked as considered'}</span>
              {factor.note && <span className="reader__note">{factor.note}</span>}
            </li>
          ))}
        </ul>
      </ReaderSection>

      <ReaderSection title="Parent input" intro="What the family sees at home and wants the team to know.">
        <RichText node={plan.parentInput} />
      </ReaderSection>
      <MeetingTeamsReader meetings={meetingTeams} />
      <IepPartReader plan={plan} part="parentParticipation" />
      <IepPartReader plan={plan} part="contactAttempts" />

      <ReaderSection title="Decisions">
        {plan.decisions.length === 0 && <p className="reader__empty">No decisions recorded.</p>}
        {plan.decisions.length > 0 && (
          <ol className="reader__decisions">
            {plan.decisions.map((decision) => (
              <li key={decision.id}>
                <span>{decision.text || 'Decision without text'}</span>
                {decision.decidedAt && <span className="reader__note">Decided {formatDay(decision.decidedAt)}</span>}
              </li>
            ))}
          </ol>
        )}
      </ReaderSection>
      <IepPartReader plan={plan} part="priorWrittenNotice" />
    </div>
  );
}

function ReaderSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="reader__section">
      <div className="reader__section-head">
        <h3 className="reader__section-title">{title}</h3>
        {intro && <p className="muted">{intro}</p>}
      </div>
      {children}
    </section>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div className="reader__field">
      <dt>{label}</dt>
      <dd>{value || <span className="reader__empty">Not filled in</span>}</dd>
    </div>
  );
}
