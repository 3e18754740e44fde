import { createHash } from 'node:crypto';
import { sectionIds, type SectionId } from '../../shared/schema';
import type { VersionView } from '../../shared/api';
import type { PlanExportInput, TeamMember } from './ExportInput';
import { goalsBlocks } from './goalsOutline';
import { agreedAtLine, meetingsBlocks, signaturesBlocks } from './meetingsOutline';
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
import { languageInfo } from '../../shared/i18n/languages';
import { exportWords, type ExportWords } from './exportWords';
import { cleanLine, dateOf, madeAtDate } from './text';
import { FieldTranslations } from './translatedFields';
import { sectionWords, type SectionWords } from './sectionWords';
import { meetingWords } from './meetingWords';

/**
 * A plan as one outline: cover, team, the law's checklist in order (sectionIds), meetings and
 * the signature page. Every renderer draws this, so the four formats cannot drift apart.
 */

export type PlanOutlineSection = 'cover' | 'team' | SectionId | 'meetings' | 'signatures';

/** The order sections appear in every export. */
export const planOutlineSections: readonly PlanOutlineSection[] = ['cover', 'team', ...sectionIds, 'meetings', 'signatures'];

export const draftMark = 'DRAFT — not agreed';


// Where the plan's body, its goals and the records after the law's checklist begin. Services and
// the sections after them flow on: a short section must not leave most of a page blank.
const newPageSections = new Set<PlanOutlineSection>(['presentLevels', 'goals', 'meetings', 'signatures']);

export function planTitle(input: PlanExportInput): string {
  return cleanLine(input.plan.title) || exportWords(input.language).defaultTitle;
}

/** A body that is only the muted "nothing yet" line: its heading needs no introduction. */
function isEmptyNote(body: readonly Block[]): boolean {
  const [only] = body;
  return body.length === 1 && only?.kind === 'paragraph' && only.runs.every((run) => run.muted && run.italic);
}

function sectionHeading(section: PlanOutlineSection, words: ExportWords, empty: boolean): Block[] {
  const intro = empty ? undefined : words.sectionIntros[section];
  // An empty section is one line: a page of its own for it would be a blank page in Word.
  const heading: Block = { kind: 'heading', level: 2, text: words.sectionTitles[section], section, newPage: newPageSections.has(section) && !empty };
  return intro ? [heading, { kind: 'paragraph', style: 'intro', runs: [{ text: intro }] }] : [heading];
}

function versionLine(version: VersionView | null, words: ExportWords): string {
  if (!version) return words.liveDraft;
  const title = cleanLine(version.title);
  return title ? `${words.version(version.number)}: ${title}` : words.version(version.number);
}

function statusLine(version: VersionView | null, words: ExportWords): string {
  if (!version) return words.draftMark;
  return version.status === 'agreed' ? words.agreed : words.proposed;
}

function coverBlocks(input: PlanExportInput, words: ExportWords): Block[] {
  const { student, version } = input;
  const label = words.cover;
  const rows: FieldRow[] = [
    { label: label.student, value: [{ text: cleanLine(student.name), bold: true }] },
    ...studentRows(input, words),
    { label: label.plan, value: [{ text: planTitle(input) }] },
    { label: label.version, value: [{ text: versionLine(version, words) }] },
    { label: label.status, value: [{ text: statusLine(version, words), bold: true }] },
  ];
  if (version) {
    rows.push({
      label: label.proposedLabel,
      value: [{ text: label.proposedBy(words.dateTime(version.proposedAt, input.timeZone), cleanLine(version.proposedBy.name)) }],
    });
    rows.push({ label: label.documentCode, value: [{ text: cleanLine(version.documentCode), bold: true }, { text: label.fingerprintNote, muted: true }] });
    const reason = cleanLine(version.reason);
    if (reason) rows.push({ label: label.proposedAgain, value: [{ text: reason }] });
    const agreedAt = agreedAtLine(version, input.timeZone, words);
    if (agreedAt) rows.push({ label: label.agreedAtLabel, value: [{ text: agreedAt }] });
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: planTitle(input), section: 'cover' },
    {
      kind: 'paragraph',
      style: 'intro',
      runs: [{ text: label.iepFor(cleanLine(student.name)) }],
    },
  ];
  if (!version) {
    blocks.push({
      kind: 'notice',
      runs: [
        { text: `${words.draftMark}.`, bold: true },
        { text: words.draftNotice },
      ],
    });
  }
  if (input.unfrozenRecord) blocks.push({ kind: 'notice', runs: [{ text: label.notFrozen }] });
  blocks.push({ kind: 'fields', rows });
  blocks.push({
    kind: 'paragraph',
    style: 'intro',
    runs: [{ text: label.provenance }],
  });
  return blocks;
}

/**
 * Date of birth, grade and school from the plan's student record; where the record has none,
 * the workspace's older free-text fields, so a plan written before the record existed still
 * names the child's grade and school.
 */
function studentRows(input: PlanExportInput, words: ExportWords): FieldRow[] {
  const label = words.cover;
  const record = input.plan.student;
  const dateOfBirth = cleanLine(record.dateOfBirth);
  const grade = cleanLine(record.grade);
  const rows: FieldRow[] = [];
  if (dateOfBirth) rows.push({ label: label.dateOfBirth, value: [{ text: words.date(dateOfBirth, input.timeZone) }] });
  if (grade) rows.push({ label: label.grade, value: [{ text: grade }] });
  if (!dateOfBirth && !grade) rows.push({ label: label.gradeOrBirth, value: [{ text: cleanLine(input.student.gradeOrBirthDate) || '—' }] });
  rows.push({ label: label.school, value: [{ text: cleanLine(record.school) || cleanLine(input.student.school) || '—' }] });
  return rows;
}

function teamBlocks(team: readonly TeamMember[], words: ExportWords): Block[] {
  if (team.length === 0) return [{ kind: 'paragraph', runs: [{ text: words.team.none, muted: true, italic: true }] }];
  return [
    {
      kind: 'table',
      columns: [
        { label: words.team.name, width: 0.4 },
        { label: words.team.role, width: 0.35 },
        { label: words.team.setting, width: 0.25 },
      ],
      rows: team.map((member) => [
        [[{ text: cleanLine(member.displayName) || words.team.nameMissing }]],
        [[{ text: words.roles[member.role] }]],
        [[{ text: words.settings[member.setting] }]],
      ]),
    },
  ];
}

/**
 * Areas with a description, each under its own heading; the shown areas nobody described are
 * named in one line, so a parent sees they were left blank rather than reading ten empty headings.
 * Then how the disability affects the general curriculum; with nothing written at all, one line.
 */
function presentLevelsBlocks(input: PlanExportInput, words: ExportWords, forms: SectionWords, translated: FieldTranslations | null): Block[] {
  const blocks: Block[] = [];
  const blank: string[] = [];
  for (const level of input.plan.presentLevels) {
    const written = richTextBlocks(level.content, 4);
    const content = translated ? translated.blocks([`presentLevel.${level.area}`], written) : written;
    // English keeps the label the area carries; another language names the area in its own words.
    const label = words.language === 'en' ? level.label : words.goals.areas[level.area];
    if (content.length === 0) blank.push(label);
    else blocks.push({ kind: 'heading', level: 3, text: label }, ...content);
  }
  const curriculumWritten = curriculumEffectBlocks(input.plan, forms);
  const curriculum = translated ? translated.blocks(['presentLevels.curriculumEffect'], curriculumWritten) : curriculumWritten;
  if (blocks.length === 0 && curriculum.length === 0) {
    return [emptyLine(forms.presentLevels.nothingAtAll)];
  }
  if (blocks.length === 0) blocks.push(emptyLine(words.presentLevels.none));
  if (blank.length > 0 && blocks.length > 1) {
    blocks.push({ kind: 'paragraph', runs: [{ text: words.presentLevels.notDescribed(blank.join(', ')), muted: true, italic: true }] });
  }
  // A required statement left blank is named, never silently dropped.
  const curriculumMissing = curriculum.length === 0 ? [emptyLine(forms.presentLevels.curriculumMissing)] : [];
  return [...blocks, ...curriculum, ...curriculumMissing];
}

function sectionBody(section: PlanOutlineSection, input: PlanExportInput, words: ExportWords, translated: FieldTranslations | null): Block[] {
  const { plan } = input;
  const forms = sectionWords(words.language);
  switch (section) {
    case 'cover':
      return translated ? [...coverBlocks(input, words), ...translated.summary(plan)] : coverBlocks(input, words);
    case 'team':
      return teamBlocks(input.team, words);
    case 'presentLevels':
      return presentLevelsBlocks(input, words, forms, translated);
    case 'goals':
      return goalsBlocks(plan.goals, plan.links, words, translated ?? undefined);
    case 'services':
      return servicesBlocks(plan.services, words, translated ?? undefined);
    case 'supports':
      return supportsBlocks(plan.supports, words, translated ?? undefined);
    case 'participation':
      return placementBlocks(plan, forms);
    case 'student':
      return studentBlocks(plan, forms);
    case 'dates':
      return datesBlocks(plan, forms);
    case 'assessments':
      return assessmentsBlocks(plan, forms);
    case 'extendedSchoolYear':
      return extendedSchoolYearBlocks(plan, forms);
    case 'transition':
      return transitionBlocks(plan, forms);
    case 'meetingTeam':
      return meetingTeamBlocks(input.meetings, input.timeZone, input.team, forms);
    case 'parentParticipation':
      return parentParticipationBlocks(plan, forms);
    case 'priorWrittenNotice':
      return priorWrittenNoticeBlocks(plan, forms);
    case 'specialFactors':
      return specialFactorsBlocks(plan, forms);
    case 'parentInput':
      return translated && richTextBlocks(plan.parentInput).length > 0 ? translated.blocks(['parentInput'], parentInputBlocks(plan, words)) : parentInputBlocks(plan, words);
    case 'decisions':
      return decisionsBlocks(plan.decisions, input.timeZone, words, translated ?? undefined);
    case 'meetings':
      return meetingsBlocks(input.meetings, input.timeZone, meetingWords(words.language));
    case 'signatures':
      return signaturesBlocks(input.version, input.team, input.timeZone, words);
  }
}

/** The whole plan as an outline, sections in `planOutlineSections` order. */
export function planOutline(input: PlanExportInput): Outline {
  const words = exportWords(input.language);
  const translated = input.translations ? new FieldTranslations(input.translations, words, input.timeZone) : null;
  const blocks = planOutlineSections.flatMap((section) => {
    const body = sectionBody(section, input, words, translated);
    return section === 'cover' ? body : [...sectionHeading(section, words, isEmptyNote(body)), ...body];
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
    draftMark: version ? null : words.draftMark,
    footer: version ? `${title} · ${words.footerVersion(version.number)} · ${cleanLine(version.hash).slice(0, 12)}` : `${title} · ${words.draftMark}`,
    properties: {
      title,
      subject: words.subject(cleanLine(input.student.name)),
      ...(words.language === 'en' ? {} : { language: languageInfo[words.language].locale }),
      keywords,
      // A version of record is dated when it was frozen, never when it is exported: the same
      // version must give the same bytes every time (the file identifier derives from these
      // dates), so a copy can be checked against the one that was signed. A draft is a reading
      // of the live plan and says when it was made.
      date: version ? dateOf(version.proposedAt, madeAtDate(input.madeAt)) : madeAtDate(input.madeAt),
    },
  };
}
