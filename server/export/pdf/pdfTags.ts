/**
 * The tagged PDF's structure tree (headings, paragraphs, lists, tables), built while drawing,
 * so screen readers read the document in order and know what each piece is. Lines, fills,
 * the footer and the watermark are marked as artifacts: decoration, not content.
 */

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;

export type StructType =
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Note';

export class PdfTags {
  private readonly parents: StructElement[];

  constructor(private readonly doc: Doc) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.parents = [root];
  }

  private get parent(): StructElement {
    return this.parents[this.parents.length - 1]!;
  }

  /** A leaf element whose content is what `draw` puts on the page (text only). */
  element(type: StructType, draw: () => void): void {
    this.parent.add(this.doc.struct(type, {}, [draw]));
  }

  /** An element holding other elements (a list, a table row, a section). */
  group(type: StructType, inner: () => void): void {
    const element = this.doc.struct(type, {});
    this.parent.add(element);
    this.parents.push(element);
    try {
      inner();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** A picture drawn in vector graphics, with its text alternative. */
  figure(alt: string, draw: () => void): void {
    this.parent.add(this.doc.struct('Figure', { alt }, [draw]));
  }

  /** Decoration (rules, fills, page furniture), outside the structure tree. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /** Closes the tree; call once, after everything is drawn. */
  end(): void {
    this.parents[0]!.end();
  }
}
