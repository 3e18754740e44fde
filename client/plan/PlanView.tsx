import { Eye } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { planDoc, sectionIds, type Author, type PlanDoc, type SectionId } from '../../shared/schema';
import { DecisionsList } from './decisions/DecisionsList';
import { DiscussingBanner } from './discussing/DiscussingBanner';
import { useDiscussing } from './discussing/useDiscussing';
import { GoalsSection } from './goals/GoalsSection';
import { caretUserFor } from './live/caretUser';
import { RemovedWhileTypingDialog } from './live/RemovedWhileTypingDialog';
import { useRemovedWhileTyping } from './live/useRemovedWhileTyping';
import { LiveDocContext, type LiveDoc } from './live/LiveDocContext';
import { SectionJump, SectionOutline } from './outline/SectionOutline';
import { useFocusClearOfBars } from './outline/useFocusClearOfBars';
import { useStickyTop } from './outline/useStickyTop';
import { useVisibleSection } from './outline/useVisibleSection';
import { PresentLevelsSection } from './presentLevels/PresentLevelsSection';
import { ParentInputSection } from './sections/RichTextSections';
import { SectionFrame } from './sections/SectionFrame';
import { goToSection } from './sections/sectionText';
import { SpecialFactorsSection } from './sections/SpecialFactorsSection';
import { ServicesSection } from './services/ServicesSection';
import { SupportsSection } from './supports/SupportsSection';
import { AssessmentsSection } from './iep/AssessmentsSection';
import { CompletenessLine } from './iep/CompletenessLine';
import { AgreedPlanLine } from '../versions/AgreedVersions';
import { DatesSection } from './iep/DatesSection';
import { ExtendedSchoolYearSection } from './iep/ExtendedSchoolYearSection';
import { MeetingTeamSection } from './iep/MeetingTeamSection';
import { ParentParticipationSection } from './iep/ParentParticipationSection';
import { PlacementSection } from './iep/PlacementSection';
import { PriorWrittenNoticeSection } from './iep/PriorWrittenNoticeSection';
import { StudentSection } from './iep/StudentSection';
import { TransitionSection } from './iep/TransitionSection';
import { useTeamCoverage, workspaceOfRoom, type TeamCoverage } from './iep/useTeamCoverage';
import type { ApiData } from '../api/useApiData';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import { SuggestOnlyNote } from '../suggestions/SuggestOnlyNote';
import { UndoButtons } from './undo/UndoButtons';
import { useSharedUndo } from './undo/useSharedUndo';
import { useUndoShortcuts } from './undo/useUndoShortcuts';
import './PlanView.css';
import { SuggestingProvider } from '../suggestions/SuggestingProvider';
import { SuggestionsBar } from '../suggestions/SuggestionsBar';
import { HistoryButton } from '../history/HistoryButton';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { TranslationsButton } from '../translations/TranslationsButton';
import { InterpreterNote, translatesOnly } from '../translations/InterpreterNote';
import { can } from '../../shared/roles';

interface PlanViewProps {
  readonly doc: Y.Doc;
  /** The live connection: carets in rich-text fields and "now discussing" use its awareness. */
  readonly provider: WebsocketProvider;
  /** Recorded on everything this person adds, with their setting. */
  readonly author: Author;
  readonly canEdit: boolean;
  /** Shown at the end of the tools' bar: the comments inbox, where the page has no column for it. */
  readonly barEnd?: ReactNode;
}

/** The structured plan: every section of the IEP, edited live by the whole team. */
export function PlanView({ doc, provider, author, canEdit, barEnd }: PlanViewProps) {
  // One origin per open view: the undo history tracks exactly this person's writes here.
  const origin = useMemo(() => ({ view: 'plan', doc }), [doc]);
  const plan = useMemo(() => planDoc(doc, { origin }), [doc, origin]);
  const undo = useSharedUndo(doc, origin);
  const { userId, name, role, setting } = author;
  const live = useMemo<LiveDoc | null>(() => {
    if (!undo) return null;
    const stableAuthor: Author = { userId, name, role, setting };
    return { origin, undo, provider, author: stableAuthor, caretUser: caretUserFor(provider.awareness, stableAuthor), canEdit };
  }, [origin, undo, provider, userId, name, role, setting, canEdit]);

  useEffect(() => {
    // Safe for every peer to call; a reader's write would be refused anyway. Only once the
    // server's copy is here: before it, the document looks new, so every open would write
    // the version again as one more writer of the plan, and a page where nothing was typed
    // would tell its person that their changes were being sent.
    if (!canEdit) return;
    const initOnceSynced = (synced: boolean) => {
      if (synced) plan.init();
    };
    if (provider.synced) plan.init();
    else provider.on('sync', initOnceSynced);
    return () => provider.off('sync', initOnceSynced);
  }, [plan, provider, canEdit]);

  if (!live) return <div className="plan-view" aria-busy="true" />;
  return (
    <LiveDocContext.Provider value={live}>
      <SuggestingProvider workspaceId={workspaceOfRoom(provider.roomname)} author={live.author} color={live.caretUser.color}>
        <PlanLayout plan={plan} live={live} barEnd={barEnd} />
      </SuggestingProvider>
    </LiveDocContext.Provider>
  );
}

function sectionContent(plan: PlanDoc, section: SectionId, workspaceId: string, coverage: ApiData<TeamCoverage>): ReactNode {
  switch (section) {
    case 'student':
      return <StudentSection plan={plan} />;
    case 'dates':
      return <DatesSection plan={plan} />;
    case 'assessments':
      return <AssessmentsSection plan={plan} />;
    case 'extendedSchoolYear':
      return <ExtendedSchoolYearSection plan={plan} />;
    case 'transition':
      return <TransitionSection plan={plan} />;
    case 'meetingTeam':
      return <MeetingTeamSection workspaceId={workspaceId} coverage={coverage} />;
    case 'parentParticipation':
      return <ParentParticipationSection plan={plan} />;
    case 'priorWrittenNotice':
      return <PriorWrittenNoticeSection plan={plan} />;
    case 'presentLevels':
      return <PresentLevelsSection plan={plan} />;
    case 'goals':
      return <GoalsSection plan={plan} />;
    case 'services':
      return <ServicesSection plan={plan} workspaceId={workspaceId} />;
    case 'supports':
      return <SupportsSection plan={plan} />;
    case 'participation':
      return <PlacementSection plan={plan} />;
    case 'specialFactors':
      return <SpecialFactorsSection plan={plan} />;
    case 'parentInput':
      return <ParentInputSection plan={plan} />;
    case 'decisions':
      return (
        <DecisionsList
          decisions={plan.decisions}
          extra={(decision) =>
            decision.meetingId && (
              <AppLink className="decision__meeting" to={paths.meeting(workspaceId, decision.meetingId)}>
                {i18n.t('planEdit.agreedInMeeting')}
              </AppLink>
            )
          }
        />
      );
  }
}

function goToSectionAndFocus(section: SectionId): void {
  goToSection(section, { focus: true });
}

function PlanLayout({ plan, live, barEnd }: { plan: PlanDoc; live: LiveDoc; barEnd: ReactNode }) {
  // Re-renders the sections' fixed words when the reader switches language.
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const discussingRef = useRef<HTMLDivElement>(null);
  useBarHeights(rootRef, barRef, discussingRef);
  const [sectionsRoot, setSectionsRoot] = useState<HTMLDivElement | null>(null);
  const coveredTop = useStickyTop(barRef, discussingRef);
  useFocusClearOfBars(rootRef, coveredTop);
  const visible = useVisibleSection(sectionsRoot, coveredTop);
  const { current, point } = useDiscussing(live.provider.awareness);
  // Stable, so the banner renders again only when who points where (or Follow) changes.
  const stopPointing = useCallback(() => point(null), [point]);
  const [following, setFollowing] = useState(false);
  useUndoShortcuts(rootRef, live.undo, live.canEdit);
  const [removedWhileTyping, dismissRemoved] = useRemovedWhileTyping(rootRef);
  const workspaceId = workspaceOfRoom(live.provider.roomname);
  const coverage = useTeamCoverage(workspaceId);

  const pointedSection = current?.section ?? null;
  const pointedByOther = current && !current.isSelf ? `${current.clientId}:${current.section}` : null;
  useEffect(() => {
    if (!following || !pointedByOther || !pointedSection) return;
    goToSection(pointedSection, { focus: false });
  }, [following, pointedByOther, pointedSection]);

  return (
    <div ref={rootRef} className="plan-view">
      <div ref={barRef} className="plan-view__bar">
        <div className="plan-view__bar-row">
          <div className="plan-view__jump">
            <SectionJump discussed={pointedSection} />
          </div>
          {live.canEdit && <UndoButtons undo={live.undo} />}
        </div>
        <div className="plan-view__bar-row">
          <SuggestionsBar doc={plan.doc} canEdit={live.canEdit} />
          <HistoryButton workspaceId={workspaceId} doc={plan.doc} />
          <TranslationsButton workspaceId={workspaceId} canTranslate={can(live.author.role, 'translate')} canExport={can(live.author.role, 'export')} />
          {barEnd && <div className="plan-view__bar-end">{barEnd}</div>}
        </div>
        <CompletenessLine plan={plan} teamCovered={coverage.status === 'ready' ? coverage.data.covered : null} />
        <AgreedPlanLine workspaceId={workspaceId} />
      </div>
      <DiscussingBanner
        pointer={current}
        following={following}
        onFollowChange={setFollowing}
        onGo={goToSectionAndFocus}
        onStop={stopPointing}
        stripRef={discussingRef}
      />
      <SuggestOnlyNote />
      {!live.canEdit && translatesOnly(live.author.role) && <InterpreterNote />}
      {!live.canEdit && !translatesOnly(live.author.role) && (
        <p className="plan-view__read-only" data-testid="read-only-note">
          <Eye size={20} aria-hidden="true" />
          {t('planEdit.readOnly')}
        </p>
      )}
      <div className="plan-view__layout">
        <aside className="plan-view__outline">
          <SectionOutline visible={visible} discussed={pointedSection} />
        </aside>
        <div ref={setSectionsRoot} className="plan-view__sections">
          {sectionIds.map((section) => (
            <SectionFrame
              key={section}
              section={section}
              isPointedByMe={current?.isSelf === true && current.section === section}
              isDiscussed={pointedSection === section}
              onPoint={point}
            >
              {sectionContent(plan, section, workspaceId, coverage)}
            </SectionFrame>
          ))}
        </div>
      </div>
      {removedWhileTyping && <RemovedWhileTypingDialog removed={removedWhileTyping} onClose={dismissRemoved} />}
    </div>
  );
}

/**
 * The sticky bar grows for people who suggest, and the "now discussing" strip under it when
 * someone points the room somewhere; sections jumped to and the side outline must clear both,
 * so their heights are published as CSS variables. Where the bar does not stick (phones, short
 * screens: PlanView.css) it covers nothing once scrolled past, and counts as no height.
 */
function useBarHeights(root: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>, discussing: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const rootElement = root.current;
    const barElement = bar.current;
    const discussingElement = discussing.current;
    if (!rootElement || !barElement || !discussingElement) return;
    const publish = () => {
      const barSticks = getComputedStyle(barElement).position === 'sticky';
      rootElement.style.setProperty('--plan-bar-height', `${barSticks ? Math.ceil(barElement.getBoundingClientRect().height) : 0}px`);
      rootElement.style.setProperty('--plan-discussing-height', `${Math.ceil(discussingElement.getBoundingClientRect().height)}px`);
    };
    const observer = new ResizeObserver(publish);
    observer.observe(barElement);
    observer.observe(discussingElement);
    // Whether the bar sticks follows the window's size, which need not change the bar's own.
    window.addEventListener('resize', publish);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', publish);
    };
  }, [root, bar, discussing]);
}
