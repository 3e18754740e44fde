import type { Setting } from '../../shared/roles';
/**
 * The format-neutral document every export is built from. Plans and meetings are first turned
 * into this list of blocks, then each renderer (Markdown, HTML, PDF, DOCX) walks the same list,
 * so the four files of one version hold the same words in the same order.
 *
 * Every string in here is already cleaned (see text.ts) but NOT escaped: escaping belongs to
 * each renderer, because what is dangerous differs per format.
 */

/** A piece of text with one style. `muted` marks provenance and hints ("Added by ..."). */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly muted?: boolean;
}

export type Runs = readonly Run[];

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1 = document title (one per document), 2 = section, 3 = item, 4 = heading inside typed text. */
  readonly level: 1 | 2 | 3 | 4;
  readonly text: string;
  /** Set on section headings; tests and renderers use it to find the sections. */
  readonly section?: string;
  /** Major sections start on a new printed page. */
  readonly newPage?: boolean;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: Runs;
  /** `intro` is the one-line plain explanation under a section heading. */
  readonly style?: 'body' | 'intro';
}

export interface ListItem {
  readonly runs: Runs;
  readonly children?: readonly ListBlock[];
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
}

export interface FieldRow {
  readonly label: string;
  readonly value: Runs;
}

/** Label and value pairs (a goal's baseline, target...), shown as a two-column grid. */
export interface FieldsBlock {
  readonly kind: 'fields';
  readonly rows: readonly FieldRow[];
}

export interface TableColumn {
  readonly label: string;
  /** Share of the table's width; a table's widths add up to 1. */
  readonly width: number;
}

/** A cell is a list of lines, each line a list of runs. */
export type Cell = readonly Runs[];

export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A framed statement that must not be missed: the draft warning, the unsigned notice. */
export interface NoticeBlock {
  readonly kind: 'notice';
  readonly runs: Runs;
}

/** One setting's measurements over time, for a chart. */
export interface ChartSeries {
  readonly label: string;
  /** The setting the measurements were taken in, which decides the line's colour and marker. */
  readonly setting?: Setting;
  readonly points: readonly { readonly date: string; readonly value: number }[];
}

/**
 * A line chart of measurements over a period. The PDF draws it as vector graphics and the web
 * page as SVG, both with `description` as its text alternative; DOCX and Markdown give the
 * description alone.
 */
/** The words at a chart's edges, in the reader's language and the measure's unit. */
export interface ChartAxis {
  /** The measure at the bottom and the top of the box ("0%", "100%"). */
  readonly low: string;
  readonly high: string;
  /** The first and last day of the period, under the box. */
  readonly from: string;
  readonly to: string;
  /** What the dashed line is ("Target 80%"), or null when there is no target. */
  readonly target: string | null;
}

export interface ChartBlock {
  readonly kind: 'chart';
  readonly description: string;
  readonly from: string;
  readonly to: string;
  readonly min: number;
  readonly max: number;
  readonly target: number | null;
  readonly series: readonly ChartSeries[];
  /** Scale, period and target written at the edges; without it the chart shows only its lines. */
  readonly axis?: ChartAxis;
  /** What Word and Markdown call the chart before its description; "Chart" when absent. */
  readonly caption?: string;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | FieldsBlock | TableBlock | NoticeBlock | ChartBlock;

export interface OutlineProperties {
  readonly title: string;
  readonly subject: string;
  /** Written into the file's metadata and, for PDF, the source of its file identifier. */
  readonly keywords: string;
  /** The date the file says it was made: a version's when it was frozen (re-exports are byte-identical), else the moment of export. */
  readonly date: Date;
  /** BCP 47 tag of the fixed text ("es-US"), for screen readers and spell checkers; en-US when absent. */
  readonly language?: string;
}

export interface Outline {
  readonly blocks: readonly Block[];
  /** Shown on every page of a draft (header, watermark); null for a frozen version. */
  readonly draftMark: string | null;
  /** The short line at the foot of every page (before "Page n of m"). */
  readonly footer: string;
  readonly properties: OutlineProperties;
}
