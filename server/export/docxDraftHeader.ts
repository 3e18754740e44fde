import { escapeMarkup } from './markup';

/**
 * The page header of a draft DOCX: the words "DRAFT — not agreed" and a diagonal DRAFT
 * watermark behind the text, as Word's own Design > Watermark writes it (a VML WordArt shape
 * whose id starts with "PowerPlusWaterMarkObject", so Word can remove or replace it).
 *
 * Written here rather than with docx's TextWatermark because that gives the shape a random
 * id, and a draft must export to the same bytes each time.
 */

/** Where the docx package writes the document's only header. */
export const draftHeaderPath = 'word/header1.xml';

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word"';

// Word's WordArt shape type for text paths (o:spt 136), exactly as Word defines it.
const wordArtShapeType =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>' +
  '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>' +
  '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>' +
  '<v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>' +
  '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

export function draftHeaderXml(mark: string, color: string): string {
  const watermark =
    '<w:r><w:pict>' +
    wordArtShapeType +
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" ' +
    'style="position:absolute;margin-left:0;margin-top:0;width:527.85pt;height:131.95pt;rotation:315;z-index:-251657216;' +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;' +
    `mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#${color}" stroked="f">` +
    '<v:fill opacity="0.12"/><v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt;font-weight:bold" string="DRAFT"/>' +
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>';
  const words =
    `<w:r><w:rPr><w:b/><w:bCs/><w:color w:val="${color}"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeMarkup(mark)}</w:t></w:r>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:hdr ${namespaces}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${watermark}${words}</w:p></w:hdr>`
  );
}
