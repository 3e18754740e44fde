import { createHash } from 'node:crypto';
import { roleDefinitions } from '../../shared/roles';
import { sectionIds, sectionLabels, type SectionId } from '../../shared/schema';
import type { VersionView } from '../../shared/api';
import type { PlanExportInput, TeamMember } from './ExportInput';
import { goalsBlocks } from './goalsOutline';
import { meetingsBlocks, signaturesBlocks } from './meetingsOutline';
import type { Block, FieldRow, Outline } from './outline';
import {
  decisionsBlocks,
  parentInputBlocks,
  servicesBlocks,
  specialFactorsBlocks,
  supportsBlocks,
} from './planSections';
import { emptyLine } from './formAnswers';
import { richTextBlocks } from './richTextBlocks';
import { assessmentsBlocks, curriculumEffectBlocks, datesBlocks, extendedSchoolYearBlocks, placementBlocks, studentBlocks, transitionBlocks } from './iepOutline';
import { meetingTeamBlocks, parentParticipationBlocks, priorWrittenNoticeBlocks } from './iepNoticeOutline';
import { cleanLine, dateOf, formatDateTime, settingLabels } from './text';

/**
 * A plan as one outline: cover, team, the law's checklist in order (sectionIds), meetings and
 * the signature page. Every renderer draws this, so the four formats cannot drift apart.
 */

export type PlanOutlineSection = 'cover' | 'team' | SectionId | 'meetings' | 'signatures';

/** The order sections appear in every export. */
export const planOutlineSections: readonly PlanOutlineSection[] = ['cover', 'team', ...sectionIds, 'meetings', 'signatures'];

export const draftMark = 'DRAFT — not agreed';

/** Drafts have no date of their own: a fixed one keeps a draft's file stable for one content. */
export const draftEpoch = new Date('2000-01-01T00:00:00.000Z');

const sectionTitles: Record<PlanOutlineSection, string> = {
  cover: 'Plan',
  team: 'Team members',
  ...sectionLabels,
  meetings: 'Meetings and attendance',
  signatures: 'Signatures',
};

// One plain sentence under each heading, for a parent who has not read the law.
const sectionIntros: Partial<Record<PlanOutlineSection, string>> = {
  team: 'The people who write and agree this plan, and where each of them works with the child.',
  presentLevels: 'What the child can do now, area by area: the starting point for every goal.',
  goals: 'What the team expects the child to achieve within a year, how progress is measured, and when it is reported to parents.',
  services: 'Teaching and therapy the child receives: who provides it, how often, for how long and where.',
  supports: 'Accommodations, tools and strategies, and where each one is used: in the classroom, at the clinic and at home.',
  participation: 'Time the child spends away from classmates without disabilities, and changes made for tests.',
  specialFactors: 'Needs the law asks the team to consider for every child.',
  parentInput: 'Observations and priorities from home, in the family’s own words.',
  decisions: 'What the team agreed, in the order it was decided.',
  meetings: 'Who took part in each meeting, and how, and what was decided there.',
  signatures: 'Each team member’s decision on this version of the plan.',
};

// Where the plan's body, its goals and the records after the law's checklist begin. Services and
// the sections after them flow on: a short section must not leave most of a page blank.
const newPageSections = new Set<PlanOutlineSection>(['presentLevels', 'goals', 'meetings', 'signatures']);

export function planTitle(input: PlanExportInput): string {
  return cleanLine(input.plan.title) || 'Individualized Education Program';
}

/** A body that is only the muted "nothing yet" line: its heading needs no introduction. */
function isEmptyNote(body: readonly Block[]): boolean {
  const [only] = body;
  return body.length === 1 && only?.kind === 'paragraph' && only.runs.every((run) => run.muted && run.italic);
}

function sectionHeading(section: PlanOutlineSection, empty: boolean): Block[] {
  const intro = empty ? undefined : sectionIntros[section];
  const heading: Block = { kind: 'heading', level: 2, text: sectionTitles[section], section, newPage: newPageSections.has(section) };
  return intro ? [heading, { kind: 'paragraph', style: 'intro', runs: [{ text: intro }] }] : [heading];
}

function versionLine(version: VersionView | null): string {
  if (!version) return 'Live draft (not a frozen version)';
  const title = cleanLine(version.title);
  return title ? `Version ${version.number}: ${title}` : `Version ${version.number}`;
}

function statusLine(version: VersionView | null): string {
  if (!version) return draftMark;
  return version.status === 'agreed' ? 'Agreed by the team' : 'Proposed, waiting for signatures';
}

function coverBlocks(input: PlanExportInput): Block[] {
  const { student, version } = input;
  const rows: FieldRow[] = [
    { label: 'Student', value: [{ text: cleanLine(student.name), bold: true }] },
    { label: 'Grade or date of birth', value: [{ text: cleanLine(student.gradeOrBirthDate) || '—' }] },
    { label: 'School', value: [{ text: cleanLine(student.school) || '—' }] },
    { label: 'Plan', value: [{ text: planTitle(input) }] },
    { label: 'Version', value: [{ text: versionLine(version) }] },
    { label: 'Status', value: [{ text: statusLine(version), bold: true }] },
  ];
  if (version) {
    rows.push({
      label: 'Proposed',
      value: [{ text: `${formatDateTime(version.proposedAt, input.timeZone)}, by ${cleanLine(version.proposedBy.name)}` }],
    });
    rows.push({ label: 'Document code', value: [{ text: cleanLine(version.documentCode), bold: true }, { text: ' (the full fingerprint is on the signature page)', muted: true }] });
    const reason = cleanLine(version.reason);
    if (reason) rows.push({ label: 'Proposed again because', value: [{ text: reason }] });
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: planTitle(input), section: 'cover' },
    {
      kind: 'paragraph',
      style: 'intro',
      runs: [{ text: `Individualized Education Program (IEP) for ${cleanLine(student.name)}` }],
    },
  ];
  if (!version) {
    blocks.push({
      kind: 'notice',
      runs: [
        { text: `${draftMark}.`, bold: true },
        { text: ' This copy shows the plan while the team is still writing it. It has not been agreed or signed, and it may change.' },
      ],
    });
  }
  blocks.push({ kind: 'fields', rows });
  blocks.push({
    kind: 'paragraph',
    style: 'intro',
    runs: [{ text: 'Each goal, support, service and decision names the team member who added it and the setting they work in.' }],
  });
  return blocks;
}

function teamBlocks(team: readonly TeamMember[]): Block[] {
  if (team.length === 0) return [{ kind: 'paragraph', runs: [{ text: 'No team members are recorded.', muted: true, italic: true }] }];
  return [
    {
      kind: 'table',
      columns: [
        { label: 'Name', width: 0.4 },
        { label: 'Role', width: 0.35 },
        { label: 'Setting', width: 0.25 },
      ],
      rows: team.map((member) => [
        [[{ text: cleanLine(member.displayName) || 'Name not recorded' }]],
        [[{ text: roleDefinitions[member.role].label }]],
        [[{ text: settingLabels[member.setting] }]],
      ]),
    },
  ];
}

/**
 * Areas with a description, each under its own heading; the shown areas nobody described are
 * named in one line, so a parent sees they were left blank rather than reading ten empty headings.
 * Then how the disability affects the general curriculum; with nothing written at all, one line.
 */
function presentLevelsBlocks(input: PlanExportInput): Block[] {
  const blocks: Block[] = [];
  const blank: string[] = [];
  for (const level of input.plan.presentLevels) {
    const content = richTextBlocks(level.content, 4);
    if (content.length === 0) blank.push(level.label);
    else blocks.push({ kind: 'heading', level: 3, text: level.label }, ...content);
  }
  const curriculum = curriculumEffectBlocks(input.plan);
  if (blocks.length === 0 && curriculum.length === 0) {
    return [emptyLine('No area has been described yet, and nothing is written yet on how the disability affects involvement and progress in the general education curriculum.')];
  }
  if (blocks.length === 0) blocks.push(emptyLine('No area has been described yet.'));
  if (blank.length > 0 && blocks.length > 1) {
    blocks.push({ kind: 'paragraph', runs: [{ text: `Not described in this plan: ${blank.join(', ')}.`, muted: true, italic: true }] });
  }
  // A required statement left blank is named, never silently dropped.
  const curriculumMissing = curriculum.length === 0 ? [emptyLine('Nothing written yet on how the disability affects involvement and progress in the general education curriculum.')] : [];
  return [...blocks, ...curriculum, ...curriculumMissing];
}

function sectionBody(section: PlanOutlineSection, input: PlanExportInput): Block[] {
  const { plan } = input;
  switch (section) {
    case 'cover':
      return coverBlocks(input);
    case 'team':
      return teamBlocks(input.team);
    case 'presentLevels':
      return presentLevelsBlocks(input);
    case 'goals':
      return goalsBlocks(plan.goals, plan.links);
    case 'services':
      return servicesBlocks(plan.services);
    case 'supports':
      return supportsBlocks(plan.supports);
    case 'participation':
      return placementBlocks(plan);
    case 'student':
      return studentBlocks(plan);
    case 'dates':
      return datesBlocks(plan);
    case 'assessments':
      return assessmentsBlocks(plan);
    case 'extendedSchoolYear':
      return extendedSchoolYearBlocks(plan);
    case 'transition':
      return transitionBlocks(plan);
    case 'meetingTeam':
      return meetingTeamBlocks(input.meetings, input.timeZone);
    case 'parentParticipation':
      return parentParticipationBlocks(plan);
    case 'priorWrittenNotice':
      return priorWrittenNoticeBlocks(plan);
    case 'specialFactors':
      return specialFactorsBlocks(plan);
    case 'parentInput':
      return parentInputBlocks(plan);
    case 'decisions':
      return decisionsBlocks(plan.decisions, input.timeZone);
    case 'meetings':
      return meetingsBlocks(input.meetings, input.timeZone);
    case 'signatures':
      return signaturesBlocks(input.version, input.team, input.timeZone);
  }
}

/** The whole plan as an outline, sections in `planOutlineSections` order. */
export function planOutline(input: PlanExportInput): Outline {
  const blocks = planOutlineSections.flatMap((section) => {
    const body = sectionBody(section, input);
    return section === 'cover' ? body : [...sectionHeading(section, isEmptyNote(body)), ...body];
  });
  const title = planTitle(input);
  const { version } = input;
  // A frozen version is named by its hash; a draft by a digest of what it shows, so two
  // different drafts never share a file identifier and one draft always gets the same one.
  const keywords = version
    ? `sha256:${cleanLine(version.hash)}`
    : `draft:${createHash('sha256').update(JSON.stringify(blocks)).digest('hex')}`;
  return {
    blocks,
    draftMark: version ? null : draftMark,
    footer: version ? `${title} · Version ${version.number} · ${cleanLine(version.hash).slice(0, 12)}` : `${title} · ${draftMark}`,
    properties: {
      title,
      subject: `IEP plan for ${cleanLine(input.student.name)}`,
      keywords,
      date: version ? dateOf(version.proposedAt, draftEpoch) : draftEpoch,
    },
  };
}
