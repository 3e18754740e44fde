/**
 * The document schema: the only code that knows the Y keys of Bridgeplan's documents. The
 * client edits through it, the server exports through it, tests use it.
 */
export type { Author } from './author';
export { authorValue, readAuthor } from './author';
export type { ChangeInfo, ItemMeta, Unsubscribe } from './collection';
export { itemKeys } from './collection';
export type { Discussing, LocalAwareness, SectionId } from './discussing';
export { discussingField, isSectionId, readDiscussing, sectionIds, sectionLabels, setDiscussing } from './discussing';
export { newId, isId } from './ids';
export { compareOrderKeys, isOrderKey, keyBetween } from './orderKey';
export type { RichTextMark, RichTextNode } from './richText';
export { emptyRichText, readRichText, richTextToPlain, writePlainParagraphs } from './richText';
export { RichTextSection } from './richTextSection';
export type { UndoManagerOptions } from './undo';
export { createUndoManager } from './undo';
export * from './vocabulary';
export type { SchemaOptions } from './writer';
export { schemaInitOrigin } from './writer';

// The plan document
export type { PlanDoc, PlanSnapshot } from './planDoc';
export { initPlan, planDoc } from './planDoc';
export { planMetaKeys, planRoots, planSchemaVersion, presentLevelRoot, specialFactorNoteRoot } from './planRoots';
export type { PlanMetaView } from './planMeta';
export { PlanMeta } from './planMeta';
export type { PresentLevelAreaView, PresentLevelView } from './presentLevels';
export { defaultPresentLevelAreas, presentLevelAreaKeys, PresentLevels } from './presentLevels';
export type { GoalFragmentField, GoalInput, GoalPatch, GoalTextField, GoalView } from './goals';
export { goalKeys, goalSettings, goalTextFields, Goals } from './goals';
export type { ObjectiveInput, ObjectivePatch, ObjectiveView } from './objectives';
export { objectiveKeys, Objectives } from './objectives';
export type { GoalLinkView, LinkInput, LinkView } from './links';
export { linkKeys, Links } from './links';
export type { SupportInput, SupportPatch, SupportStatus, SupportUse, SupportUseChange, SupportView } from './supports';
export { isSupportStatus, supportKeys, supportStatusLabels, supportStatuses, Supports } from './supports';
export type { ServiceInput, ServicePatch, ServiceView } from './services';
export { serviceKeys, Services } from './services';
export type { SpecialFactorView } from './specialFactors';
export { specialFactorKeys, SpecialFactors } from './specialFactors';
export type { DecisionInput, DecisionPatch, DecisionView } from './decisions';
export { decisionKeys, Decisions } from './decisions';

// The IEP's legal components (34 CFR 300.320–300.324, 300.503)
export * from './iepVocabulary';
export type { StudentRecordPatch, StudentRecordView } from './studentRecord';
export { StudentRecord, studentRecordKeys } from './studentRecord';
export type { PlanDatesPatch, PlanDatesView } from './planDates';
export { PlanDates, planDatesKeys } from './planDates';
export type { PlacementView } from './placementPart';
export { PlacementPart, placementKeys } from './placementPart';
export type { AssessmentInput, AssessmentTextField, AssessmentView } from './assessments';
export { assessmentComplete, assessmentKeys, Assessments, assessmentTextFields } from './assessments';
export type { ExtendedSchoolYearView } from './extendedSchoolYear';
export { ExtendedSchoolYear, extendedSchoolYearKeys, extendedSchoolYearTextFields } from './extendedSchoolYear';
export type { TransitionTextField, TransitionView } from './transition';
export { Transition, transitionKeys, transitionTextFields, transitionTextLabels } from './transition';
export type { ContactAttemptInput, ContactAttemptView, ParentParticipationPatch, ParentParticipationView } from './parentParticipation';
export { contactAttemptKeys, ContactAttempts, ParentParticipation, parentParticipationKeys } from './parentParticipation';
export type { PriorWrittenNoticeView } from './priorWrittenNotice';
export { PriorWrittenNotice, priorWrittenNoticeKeys } from './priorWrittenNotice';
export type { SupportScheduleField } from './supports';
export { supportScheduleFields } from './supports';
export type { CoverageState, ExcusalInput, ExcusalView, GuestView, MeetingTeam, ParticipantCoverage } from './meetingTeam';
export { coversByRole, coversFromMembers, defaultCovers, Excusals, Guests, meetingTeam, meetingTeamRoots, participantCoverage, roleCoversParticipant, type CoversOf } from './meetingTeam';

// Meeting documents
export type { MeetingDoc, MeetingMetaView, MeetingSnapshot } from './meetingDoc';
export { initMeeting, meetingDoc, MeetingMeta, meetingMetaKeys, meetingRoots, meetingSchemaVersion } from './meetingDoc';
export type { AgendaItemInput, AgendaItemView } from './agenda';
export { Agenda, agendaKeys } from './agenda';
export type { AttendanceMember, AttendanceView } from './attendance';
export { Attendance } from './attendance';
export type { ActionItemInput, ActionItemOwner, ActionItemView } from './actionItems';
export { actionItemKeys, ActionItems } from './actionItems';

// The comments document
export type { CommentView, FieldRef, ThreadAnchor, ThreadView } from './comments';
export { CommentThreads, commentRoots, readAnchor } from './comments';

// The progress document
export type { DataPointInput, DataPointView, GoalMeasure, MeasureKind } from './progress';
export { defaultMeasure, isMeasureKind, measureKindLabels, measureKinds, ProgressDoc, valueProblem } from './progress';
export { EntryProblemError, entryProblemKeys, entryValueProblem, type EntryProblem, type EntryProblemKey } from './progressProblems';

// The schedule document
export type { AcceptedConflict, ScheduleSessionInput, ScheduleSessionPatch, ScheduleSessionView, ScheduleSettings, ScheduleSnapshot } from './schedule';
export { defaultScheduleSettings, localDatePattern, scheduleClockSettings, localStartPattern, ScheduleDoc, scheduleRoots, sessionKeys } from './schedule';
export type { MeetingSessionKind, SessionKind } from './scheduleVocabulary';
export { isChildSession, isMeetingSession, isSessionKind, mayEnterKind, meetingSessionKinds, mayMoveKind, occupiesChild, sessionKindLabels, sessionKinds, sessionKindSetting } from './scheduleVocabulary';
