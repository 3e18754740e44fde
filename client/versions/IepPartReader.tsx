import { useTranslation } from 'react-i18next';
import { assessmentFields, assessmentLabel, contactAttemptFields, contactAttemptLabel, meetingTeamFields, planPartFields, type Fields, type MeetingTeamSnapshot, type PlanPartId } from '../../shared/planPartsDiff';
import type { PlanSnapshot } from '../../shared/schema';
import { diffWordsShown } from './diffWordsShown';
import { useLocale } from '../i18n/useLocale';

type ReaderPart = Exclude<PlanPartId, 'meetingTeam'> | 'assessments' | 'contactAttempts';

/**
 * One legal component of a frozen plan, read-only, with the same fields the comparison shows
 * (student record, dates, curriculum effect, placement, assessments, extended school year,
 * transition and transfer of rights, parent participation, prior written notice), in the reader's
 * language. The team at the meetings is in the version's downloads, which hold the meetings it froze.
 */
export function IepPartReader({ plan, part, timeZone }: { plan: PlanSnapshot; part: ReaderPart; timeZone: string }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const words = diffWordsShown(language);
  return (
    <section className="reader__section" data-testid={`reader-${part}`}>
      <div className="reader__section-head">
        <h3 className="reader__section-title">{t(`planRecord.changes.${part}`)}</h3>
      </div>
      {part === 'assessments' ? (
        <ItemList items={plan.assessments} fields={(item) => assessmentFields(item, words)} label={(item) => assessmentLabel(item, words)} empty={t('planRecord.noAssessments')} />
      ) : part === 'contactAttempts' ? (
        <ItemList items={plan.parentContactAttempts} fields={(item) => contactAttemptFields(item, words)} label={(item) => contactAttemptLabel(item, words)} empty={t('planRecord.noContactAttempts')} />
      ) : (
        <FieldList fields={planPartFields(part, plan, [], timeZone, words)} />
      )}
    </section>
  );
}

/**
 * The team at each meeting the version froze: which required participants were covered and by
 * whom, others present, excusals. A version from before records were kept froze none, and says so.
 */
export function MeetingTeamsReader({ meetings, timeZone }: { meetings: readonly MeetingTeamSnapshot[] | null; timeZone: string }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  return (
    <section className="reader__section" data-testid="reader-meetingTeam">
      <div className="reader__section-head">
        <h3 className="reader__section-title">{t('planRecord.changes.meetingTeam')}</h3>
      </div>
      {meetings === null ? (
        <p className="reader__empty">{t('planRecord.teamNotFrozen')}</p>
      ) : meetings.length === 0 ? (
        <p className="reader__empty">{t('planRecord.noMeetings')}</p>
      ) : (
        <FieldList fields={meetingTeamFields(meetings, timeZone, diffWordsShown(language))} />
      )}
    </section>
  );
}

function ItemList<T extends { id: string }>({ items, fields, label, empty }: { items: readonly T[]; fields: (item: T) => Fields; label: (item: T) => string; empty: string }) {
  if (items.length === 0) return <p className="reader__empty">{empty}</p>;
  return (
    <>
      {items.map((item) => (
        <article key={item.id} className="reader__item">
          <h4 className="reader__item-title">{label(item)}</h4>
          <FieldList fields={fields(item)} />
        </article>
      ))}
    </>
  );
}

function FieldList({ fields }: { fields: Fields }) {
  const { t } = useTranslation();
  return (
    <dl className="reader__fields reader__fields--compact">
      {Object.entries(fields).map(([key, field]) => (
        <div key={key} className="reader__field">
          <dt>{field.label}</dt>
          <dd className="reader__multiline">{field.value || <span className="reader__empty">{t('planRecord.notFilled')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
