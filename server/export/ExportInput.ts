import type { MeetingSummary, MemberView, VersionView } from '../../shared/api';
import type { Language } from '../../shared/i18n/languages';
import type { MeetingSnapshot, PlanSnapshot } from '../../shared/schema';
import type { TranslationLanguage, TranslationMode } from '../../shared/translations';
import type { RecordedTranslation } from '../translations/TranslationRepository';

/** The student a plan or meeting is about, as the workspace records them. */
export interface ExportStudent {
  readonly name: string;
  readonly gradeOrBirthDate: string;
  readonly school: string;
}

/** A team member as an export shows them (no e-mail: it is not part of the record). */
export type TeamMember = Pick<MemberView, 'userId' | 'displayName' | 'role' | 'setting' | 'covers'>;

/** One meeting of the plan's team: its summary row and its shared document's content. */
export interface ExportMeeting {
  readonly meeting: MeetingSummary;
  readonly content: MeetingSnapshot;
}

/**
 * Everything an export of the plan shows. The caller reads the plan from a frozen version's
 * state (or from the live document for a draft), so the renderers never touch storage and the
 * same input always gives the same file.
 */
export interface PlanExportInput {
  readonly plan: PlanSnapshot;
  readonly student: ExportStudent;
  readonly team: readonly TeamMember[];
  /** Attendance and decisions of each meeting, in any order (sorted by date on export). */
  readonly meetings: readonly ExportMeeting[];
  /** IANA zone every date and time is shown in. */
  readonly timeZone: string;
  /** null = the live draft: marked "DRAFT — not agreed" on every page, with no signatures. */
  readonly version: VersionView | null;
  /** The language of the fixed text (headings, labels); the team's words are never changed. English when absent. */
  readonly language?: Language;
  /** A version proposed before versions froze their record: the cover says what was not frozen. */
  readonly unfrozenRecord?: boolean;
  /** The family's copy: translations of record beside the team's words or instead of them. */
  readonly translations?: ExportTranslations;
  /** When this copy is made (ISO instant), the date a draft's file carries; now when absent. */
  readonly madeAt?: string;
}

/** Which translations a copy prints, and how; absent, a copy prints the team's words alone. */
export interface ExportTranslations {
  readonly mode: TranslationMode;
  readonly language: TranslationLanguage;
  /** The translations of record (a version's as frozen with it), every language. */
  readonly entries: readonly RecordedTranslation[];
  /** Each translated field's words in the plan being exported, by path key ("goals/g1/target"). */
  readonly currentSources?: Readonly<Record<string, string>>;
}

/** Everything an export of one meeting's notes shows. */
export interface MeetingExportInput {
  readonly meeting: MeetingSummary;
  readonly content: MeetingSnapshot;
  readonly student: ExportStudent;
  readonly team: readonly TeamMember[];
  readonly timeZone: string;
  /** The language of the fixed text; English when absent. */
  readonly language?: Language;
  /** When this copy is made (ISO instant), the date its file carries; now when absent. */
  readonly madeAt?: string;
}
