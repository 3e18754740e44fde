/**
 * The few words the renderers add themselves (page numbers, the draft watermark, the chart
 * caption, the missing-glyph notice), chosen by the outline's language tag. Outlines cross to
 * the render worker as plain data, so the words are looked up here rather than carried along.
 */
export interface RendererWords {
  readonly page: (number: number, count: number) => string;
  readonly watermark: string;
  /** The watermark's size in points: longer words get smaller so they stay on the page. */
  readonly watermarkSize: number;
  readonly chart: string;
  /** A heading repeated where what it heads runs onto a new page. */
  readonly continued: (heading: string) => string;
  readonly missingGlyphs: (listed: string) => readonly [string, string];
}

const english: RendererWords = {
  page: (number, count) => `Page ${number} of ${count}`,
  watermark: 'DRAFT',
  watermarkSize: 120,
  chart: 'Chart',
  continued: (heading) => `${heading} (continued)`,
  missingGlyphs: (listed) => ['Some characters cannot be shown in this PDF', ` and appear as their Unicode code points in brackets: ${listed}. The Word, web page and text copies show them.`],
};

const spanish: RendererWords = {
  page: (number, count) => `Página ${number} de ${count}`,
  watermark: 'BORRADOR',
  watermarkSize: 80,
  chart: 'Gráfico',
  continued: (heading) => `${heading} (continuación)`,
  missingGlyphs: (listed) => ['Algunos caracteres no se pueden mostrar en este PDF', ` y aparecen como sus códigos Unicode entre corchetes: ${listed}. Las copias de Word, página web y texto los muestran.`],
};

/** `language` is the outline's BCP 47 tag ("es-US"); English when absent. */
export function rendererWords(language: string | undefined): RendererWords {
  return language?.toLowerCase().startsWith('es') ? spanish : english;
}
