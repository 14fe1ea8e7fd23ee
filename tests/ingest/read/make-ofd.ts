/**
 * Test helpers: small OFD and DOCX packages built with fflate, the way producers lay them out
 * (OFD.xml → Doc_0/Document.xml → Pages/Page_N/Content.xml; word/document.xml), so the readers'
 * tables can state each case in a few lines of XML.
 */
import { strToU8, zipSync } from 'fflate';

const OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

/** A TextObject at (x, y) mm with one TextCode; `extra` adds attributes to the TextCode (DeltaX …). */
export function textObject(id: number, x: number, y: number, text: string, extra = '', size = 5.6): string {
  return `<ofd:TextObject ID="${id}" Boundary="${x} ${y} 150 ${size * 2}" Font="1" Size="${size}"><ofd:TextCode X="0" Y="${size}" ${extra}>${text}</ofd:TextCode></ofd:TextObject>`;
}

export function imageObject(id: number, resourceId: number): string {
  return `<ofd:ImageObject ID="${id}" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="${resourceId}"/>`;
}

export interface OfdSpec {
  /** Inner XML of each page's Layer. */
  pages: string[];
  /** Inner XML of a template drawn under every page. */
  template?: string;
  /** Inner XML of an annotation Appearance on page 1, placed at `annotationAt` (mm). */
  annotation?: string;
  annotationAt?: [number, number];
  /** DocumentRes inner XML (CompositeGraphicUnits, MultiMedias). */
  resources?: string;
  /** Extra files by path (images under Doc_0/Res/). */
  files?: Record<string, Uint8Array>;
}

/** A one-document OFD package. */
export function makeOfd(spec: OfdSpec): Buffer {
  const files: Record<string, Uint8Array> = { ...(spec.files ?? {}) };
  const pageList = spec.pages.map((_, i) => `<ofd:Page ID="${100 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('');
  const templateRef = spec.template ? '<ofd:TemplatePage ID="9" BaseLoc="Tpls/Tpl_0/Content.xml"/>' : '';
  files['OFD.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${OFD_NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>t</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
  files['Doc_0/Document.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${OFD_NS}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>${templateRef}<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>${pageList}</ofd:Pages>${spec.annotation ? '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>' : ''}</ofd:Document>`,
  );
  files['Doc_0/DocumentRes.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${OFD_NS} BaseLoc="Res">${spec.resources ?? ''}</ofd:Res>`);
  spec.pages.forEach((layer, i) => {
    const template = spec.template ? '<ofd:Template TemplateID="9" ZOrder="Background"/>' : '';
    files[`Doc_0/Pages/Page_${i}/Content.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${OFD_NS}>${template}<ofd:Content><ofd:Layer ID="${500 + i}">${layer}</ofd:Layer></ofd:Content></ofd:Page>`,
    );
  });
  if (spec.template) {
    files['Doc_0/Tpls/Tpl_0/Content.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${OFD_NS}><ofd:Content><ofd:Layer ID="8">${spec.template}</ofd:Layer></ofd:Content></ofd:Page>`);
  }
  if (spec.annotation) {
    const [x, y] = spec.annotationAt ?? [0, 0];
    files['Doc_0/Annots/Annotations.xml'] = strToU8(`<ofd:Annotations ${OFD_NS}><ofd:Page PageID="100"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>`);
    files['Doc_0/Annots/Page_0/Annotation.xml'] = strToU8(
      `<ofd:PageAnnot ${OFD_NS}><ofd:Annot ID="700" Type="Stamp"><ofd:Appearance Boundary="${x} ${y} 60 20">${spec.annotation}</ofd:Appearance></ofd:Annot></ofd:PageAnnot>`,
    );
  }
  return Buffer.from(zipSync(files));
}

/** A DOCX whose body is `bodyXml` (w:p and w:tbl elements); `extra` adds parts (word/_rels, media). */
export function makeDocx(bodyXml: string, extra: Record<string, Uint8Array> = {}): Buffer {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><w:document ${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${bodyXml}</w:body></w:document>`,
      ),
      ...extra,
    }),
  );
}

/** A paragraph of one run. */
export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
