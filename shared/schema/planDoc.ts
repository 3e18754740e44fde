import type * as Y from 'yjs';
import { Assessments, type AssessmentView } from './assessments';
import { Decisions, type DecisionView } from './decisions';
import { ExtendedSchoolYear, type ExtendedSchoolYearView } from './extendedSchoolYear';
import { ContactAttempts, ParentParticipation, type ContactAttemptView, type ParentParticipationView } from './parentParticipation';
import { PlacementPart, type PlacementView } from './placementPart';
import { PlanDates, type PlanDatesView } from './planDates';
import { PriorWrittenNotice, type PriorWrittenNoticeView } from './priorWrittenNotice';
import { StudentRecord, type StudentRecordView } from './studentRecord';
import { Transition, type TransitionView } from './transition';
import { Goals, type GoalView } from './goals';
import { Links, type LinkView } from './links';
import { PlanMeta, type PlanMetaView } from './planMeta';
import { planMetaKeys, planRoots, planSchemaVersion } from './planRoots';
import { PresentLevels, type PresentLevelView } from './presentLevels';
import { readNumber } from './read';
import type { RichTextNode } from './richText';
import { RichTextSection } from './richTextSection';
import { Services, type ServiceView } from './services';
import { SpecialFactors, type SpecialFactorView } from './specialFactors';
import { Supports, type SupportView } from './supports';
import { schemaInitOrigin, writerFor, type SchemaOptions } from './writer';

/** Everything a plan holds, as plain data: what exports render and what tests compare. */
export interface PlanSnapshot extends PlanMetaView {
  readonly presentLevels: PresentLevelView[];
  readonly goals: GoalView[];
  readonly links: LinkView[];
  readonly services: ServiceView[];
  readonly supports: SupportView[];
  readonly participation: RichTextNode;
  readonly assessmentAccommodations: RichTextNode;
  readonly specialFactors: SpecialFactorView[];
  readonly parentInput: RichTextNode;
  readonly decisions: DecisionView[];
  readonly student: StudentRecordView;
  readonly dates: PlanDatesView;
  /** Dates progress reports are due, from the goals' schedules. */
  readonly progressReportDates: string[];
  readonly curriculumEffect: RichTextNode;
  readonly placement: PlacementView;
  readonly assessments: AssessmentView[];
  readonly extendedSchoolYear: ExtendedSchoolYearView;
  readonly transition: TransitionView;
  readonly parentParticipation: ParentParticipationView;
  readonly parentContactAttempts: ContactAttemptView[];
  readonly priorWrittenNotice: PriorWrittenNoticeView;
}

export interface PlanDoc {
  readonly doc: Y.Doc;
  /** Origin of this instance's writes: give it to createUndoManager. */
  readonly origin: unknown;
  readonly meta: PlanMeta;
  readonly presentLevels: PresentLevels;
  readonly goals: Goals;
  readonly links: Links;
  readonly services: Services;
  readonly supports: Supports;
  /** Extent of non-participation with non-disabled peers (34 CFR 300.320(a)(5)). */
  readonly participation: RichTextSection;
  /** Accommodations in state and district assessments (34 CFR 300.320(a)(6)). */
  readonly assessmentAccommodations: RichTextSection;
  readonly specialFactors: SpecialFactors;
  readonly parentInput: RichTextSection;
  readonly decisions: Decisions;
  readonly student: StudentRecord;
  readonly dates: PlanDates;
  /** How the disability affects involvement and progress in the general curriculum (300.320(a)(1)(i)). */
  readonly curriculumEffect: RichTextSection;
  readonly placement: PlacementPart;
  readonly assessments: Assessments;
  readonly extendedSchoolYear: ExtendedSchoolYear;
  readonly transition: Transition;
  readonly parentParticipation: ParentParticipation;
  readonly parentContactAttempts: ContactAttempts;
  readonly priorWrittenNotice: PriorWrittenNotice;
  /** Records the schema version; idempotent and safe for every peer to call on open. */
  init(): void;
  snapshot(): PlanSnapshot;
}

/**
 * Records the schema version. Every peer may call this at the same moment: they all write the
 * same value to the same key, so merging leaves one value, never two of anything. No other
 * content is created up front; sections exist as root types and defaults are applied on read.
 */
export function initPlan(doc: Y.Doc): void {
  const meta = doc.getMap<unknown>(planRoots.meta);
  const stored = readNumber(meta, planMetaKeys.schemaVersion);
  if (stored !== undefined && stored >= planSchemaVersion) return;
  doc.transact(() => meta.set(planMetaKeys.schemaVersion, planSchemaVersion), schemaInitOrigin);
}

/** Typed readers and writers over a plan document (`<workspaceId>/plan`). */
export function planDoc(doc: Y.Doc, options?: SchemaOptions): PlanDoc {
  const writer = writerFor(doc, options);
  const goalsRoot = doc.getMap<unknown>(planRoots.goals);
  let goals: Goals | null = null;
  const links = new Links(writer, doc.getMap<unknown>(planRoots.links), (goalId) => goals?.has(goalId) ?? false);
  goals = new Goals(writer, goalsRoot, links);
  const plan: PlanDoc = {
    doc,
    origin: writer.origin,
    meta: new PlanMeta(writer, doc.getMap<unknown>(planRoots.meta), doc.getText(planRoots.title)),
    presentLevels: new PresentLevels(writer, doc, doc.getMap<unknown>(planRoots.presentLevelAreas)),
    goals,
    links,
    services: new Services(writer, doc.getMap<unknown>(planRoots.services)),
    supports: new Supports(writer, doc.getMap<unknown>(planRoots.supports)),
    participation: new RichTextSection(writer, doc.getXmlFragment(planRoots.participation)),
    assessmentAccommodations: new RichTextSection(writer, doc.getXmlFragment(planRoots.assessmentAccommodations)),
    specialFactors: new SpecialFactors(writer, doc, doc.getMap<unknown>(planRoots.specialFactors)),
    parentInput: new RichTextSection(writer, doc.getXmlFragment(planRoots.parentInput)),
    decisions: new Decisions(writer, doc.getMap<unknown>(planRoots.decisions)),
    student: new StudentRecord(writer, doc, planRoots.student),
    dates: new PlanDates(writer, doc, planRoots.dates),
    curriculumEffect: new RichTextSection(writer, doc.getXmlFragment(planRoots.curriculumEffect)),
    placement: new PlacementPart(writer, doc, planRoots.placement),
    assessments: new Assessments(writer, doc.getMap<unknown>(planRoots.assessments)),
    extendedSchoolYear: new ExtendedSchoolYear(writer, doc, planRoots.extendedSchoolYear),
    transition: new Transition(writer, doc, planRoots.transition),
    parentParticipation: new ParentParticipation(writer, doc, planRoots.parentParticipation),
    parentContactAttempts: new ContactAttempts(writer, doc.getMap<unknown>(planRoots.parentContactAttempts)),
    priorWrittenNotice: new PriorWrittenNotice(writer, doc, planRoots.priorWrittenNotice),
    init: () => initPlan(doc),
    snapshot: () => ({
      ...plan.meta.get(),
      presentLevels: plan.presentLevels.areas(),
      goals: plan.goals.list(),
      links: plan.links.list(),
      services: plan.services.list(),
      supports: plan.supports.list(),
      participation: plan.participation.read(),
      assessmentAccommodations: plan.assessmentAccommodations.read(),
      specialFactors: plan.specialFactors.list(),
      parentInput: plan.parentInput.read(),
      decisions: plan.decisions.list(),
      ...iepParts(plan),
    }),
  };
  return plan;
}

/** The legal components added to the plan, read together (the eligibility date feeds the re-evaluation). */
function iepParts(plan: PlanDoc): Omit<PlanSnapshot, keyof PlanMetaView | 'presentLevels' | 'goals' | 'links' | 'services' | 'supports' | 'participation' | 'assessmentAccommodations' | 'specialFactors' | 'parentInput' | 'decisions'> {
  const student = plan.student.get();
  return {
    student,
    dates: plan.dates.get(student.eligibilityDate),
    progressReportDates: plan.dates.progressReports(plan.goals.list().map((goal) => goal.progressSchedule)),
    curriculumEffect: plan.curriculumEffect.read(),
    placement: plan.placement.get(),
    assessments: plan.assessments.list(),
    extendedSchoolYear: plan.extendedSchoolYear.get(),
    transition: plan.transition.get(),
    parentParticipation: plan.parentParticipation.get(),
    parentContactAttempts: plan.parentContactAttempts.list(),
    priorWrittenNotice: plan.priorWrittenNotice.get(),
  };
}
