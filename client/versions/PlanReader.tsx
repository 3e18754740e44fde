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
import { useTranslation } from 'react-i18next';
import { goalAreaLabels, specialFactorLabels } from '../i18n/vocabulary';

/**
 * A frozen plan, read-only, in the order of the plan itself, its meetings dated in `timeZone`.
 * Headings start at h3: the reader sits under a page or dialog heading naming the version.
 */
export function PlanReader({ plan, meetingTeams = null, timeZone }: { plan: PlanSnapshot; meetingTeams?: readonly MeetingTeamSnapshot[] | null; timeZone: string }) {
  const { t } = useTranslation();
  // Empty areas are named once, together, rather than as a column of empty boxes.
  const described = plan.presentLevels.filter((level) => !isBlank(level.content));
  const blank = plan.presentLevels.filter((level) => isBlank(level.content));
  return (
    <div className="reader">
      <p className="reader__plan-title">{plan.title || t('reader.untitled')}</p>
      <IepPartReader plan={plan} part="student" timeZone={timeZone} />
      <IepPartReader plan={plan} part="dates" timeZone={timeZone} />

      <ReaderSection title={t('reader.presentLevels')} intro={t('reader.presentLevelsIntro')}>
        {described.length === 0 && <p className="reader__empty">{t('reader.noAreas')}</p>}
        {described.map((level) => (
          <div key={level.area} className="reader__item">
            <h4 className="reader__item-title">{goalAreaLabels[level.area]}</h4>
            <RichText node={level.content} headingLevel={5} />
          </div>
        ))}
        {blank.length > 0 && (
          <p className="reader__empty">{t('reader.notDescribed', { areas: blank.map((level) => goalAreaLabels[level.area]).join(', ') })}</p>
        )}
      </ReaderSection>

      <IepPartReader plan={plan} part="curriculumEffect" timeZone={timeZone} />

      <ReaderSection title={t('reader.goals')} intro={t('reader.goalsIntro')}>
        {plan.goals.length === 0 && <p className="reader__empty">{t('reader.noGoals')}</p>}
        {plan.goals.map((goal) => <GoalReader key={goal.id} goal={goal} plan={plan} />)}
      </ReaderSection>

      <ReaderSection title={t('reader.services')} intro={t('reader.servicesIntro')}>
        {plan.services.length === 0 && <p className="reader__empty">{t('reader.noServices')}</p>}
        {plan.services.map((service) => (
          <article key={service.id} className="reader__item">
            <h4 className="reader__item-title">{serviceTypeLabels[service.type]}</h4>
            <dl className="reader__fields reader__fields--compact">
              <Field label={t('reader.provider')} value={service.provider} />
              <Field label={t('reader.howOften')} value={service.frequency} />
              <Field label={t('reader.howLong')} value={service.duration} />
              <Field label={t('reader.where')} value={service.location} />
              <Field label={t('reader.starts')} value={service.startDate && formatDay(service.startDate)} />
              {service.endDate && <Field label={t('reader.ends')} value={formatDay(service.endDate)} />}
            </dl>
          </article>
        ))}
      </ReaderSection>

      <ReaderSection title={t('reader.supports')} intro={t('reader.supportsIntro')}>
        <SupportsTable supports={plan.supports} />
      </ReaderSection>

      <ReaderSection title={t('reader.participation')} intro={t('reader.participationIntro')}>
        <RichText node={plan.participation} />
      </ReaderSection>

      <IepPartReader plan={plan} part="placement" timeZone={timeZone} />

      <ReaderSection title={t('reader.testAccommodations')}>
        <RichText node={plan.assessmentAccommodations} />
      </ReaderSection>
      <IepPartReader plan={plan} part="assessments" timeZone={timeZone} />
      <IepPartReader plan={plan} part="extendedSchoolYear" timeZone={timeZone} />
      <IepPartReader plan={plan} part="transition" timeZone={timeZone} />

      <ReaderSection title={t('reader.specialFactors')} intro={t('reader.specialFactorsIntro')}>
        <ul className="reader__factors">
          {plan.specialFactors.map((factor) => (
            <li key={factor.factor}>
              <span className="reader__factor-label">{specialFactorLabels[factor.factor]}</span>
              <span className="reader__tag">{factor.considered ? t('reader.considered') : t('reader.notConsidered')}</span>
              {factor.note && <span className="reader__note">{factor.note}</span>}
            </li>
          ))}
        </ul>
      </ReaderSection>

      <ReaderSection title={t('reader.parentInput')} intro={t('reader.parentInputIntro')}>
        <RichText node={plan.parentInput} />
      </ReaderSection>
      <MeetingTeamsReader meetings={meetingTeams} timeZone={timeZone} />
      <IepPartReader plan={plan} part="parentParticipation" timeZone={timeZone} />
      <IepPartReader plan={plan} part="contactAttempts" timeZone={timeZone} />

      <ReaderSection title={t('reader.decisions')}>
        {plan.decisions.length === 0 && <p className="reader__empty">{t('reader.noDecisions')}</p>}
        {plan.decisions.length > 0 && (
          <ol className="reader__decisions">
            {plan.decisions.map((decision) => (
              <li key={decision.id}>
                <span>{decision.text || t('reader.decisionWithoutText')}</span>
                {decision.decidedAt && <span className="reader__note">{t('reader.decided', { date: formatDay(decision.decidedAt) })}</span>}
              </li>
            ))}
          </ol>
        )}
      </ReaderSection>
      <IepPartReader plan={plan} part="priorWrittenNotice" timeZone={timeZone} />
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
  const { t } = useTranslation();
  return (
    <div className="reader__field">
      <dt>{label}</dt>
      <dd>{value || <span className="reader__empty">{t('reader.notFilled')}</span>}</dd>
    </div>
  );
}
