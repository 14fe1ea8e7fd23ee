/**
 * @module ingest/read/ofd
 * Reads an OFD (GB/T 33190, the fixed-layout format of 电子公文) into lines in reading order
 * with page numbers. An OFD is a zip of XML: OFD.xml → DocBody/DocRoot → Document.xml → its
 * Pages (and TemplatePages, Annotations, resources) → each page's Content.xml, whose TextObjects
 * carry TextCodes with positions. Text is collected from page layers, nested PageBlocks, the
 * page's templates, CompositeObjects (whose text lives in the resource file, as in journal
 * exports) and annotations; its positions go through the same layout as a PDF's text.
 * A file with no usable text (images only, or glyph codes nobody can read) is a scan: with
 * `--ocr` its page images (Res/*.png, *.jpg) are recognised, as for a scanned PDF.
 *
 * Written here because npm has no maintained OFD reader (see DESIGN.md, "Reading OFD").
 */
import { XMLParser } from 'fast-xml-parser';
import { defaultReadLimits } from '../../src/config';
import type { Message, Source, SourceText } from '../../src/model';
import { fileError } from './file-error';
import { ocrImages, type PageImage } from './ocr';
import { asArray, box, IDENTITY, matrix, multiply, textObjectRuns, toPdfSpace, translate, type Matrix, type XmlNode } from './ofd-text';
import { layoutPages, type PositionedPage, type PositionedText } from './page-layout';
import { textQuality, withoutWatermarks } from './text-quality';
import { normaliseZipPath, readZip, type ZipEntries } from './zip-archive';

export interface OfdReadOptions {
  ocr?: boolean;
  maxInflatedBytes?: number;
  maxPages?: number;
}

/** Elements that may repeat; the parser gives an array for them even when there is one. */
const REPEATED = new Set([
  'DocBody', 'Page', 'TemplatePage', 'Template', 'Layer', 'PageBlock', 'TextObject', 'TextCode', 'ImageObject',
  'CompositeObject', 'CompositeGraphicUnit', 'MultiMedia', 'Annot', 'PathObject',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** Page size when neither the page nor the document states one (mm). */
const A4: [number, number, number, number] = [0, 0, 210, 297];

/** What a page draws: runs of text (page mm from the top) and images (for OCR). */
interface PageDrawing {
  runs: PositionedText[];
  images: Array<{ resourceId: string; area: number }>;
}

/** A document's shared parts: resources by ID, templates by ID, annotations by page ID. */
interface DocumentParts {
  units: Map<string, XmlNode>;
  media: Map<string, string>;
  templates: Map<string, XmlNode>;
  annotations: Map<string, XmlNode[]>;
}

/**
 * @example
 * const text = await readOfd(bytes, source);
 * text.lines[0].text // → '关于加快南货场铁路涵洞下穿建设的函'
 */
export async function readOfd(bytes: Buffer, source: Source, options: OfdReadOptions = {}): Promise<SourceText> {
  const maxInflatedBytes = options.maxInflatedBytes ?? defaultReadLimits.maxInflatedBytes;
  const entries = readZip(bytes, source.path, { want: (n) => /\.xml$/i.test(n), maxInflatedBytes });
  const xml = (path: string): XmlNode | undefined => {
    const data = entries.get(path) ?? caseInsensitive(entries, path);
    if (!data) return undefined;
    try {
      return parser.parse(new TextDecoder().decode(data)) as XmlNode;
    } catch (cause) {
      throw fileError('DAMAGED_FILE', source.path, `OFD 中的 ${path} 不是有效的 XML`, `${path} is not well-formed XML: ${(cause as Error).message}`, cause);
    }
  };
  const root = child(xml('OFD.xml'), 'OFD');
  const bodies = asArray(root?.DocBody) as XmlNode[];
  if (bodies.length === 0) throw fileError('DAMAGED_FILE', source.path, 'OFD 缺少 OFD.xml 或其中没有文档（DocBody）', 'no OFD.xml DocBody');

  const pages: PositionedPage[] = [];
  const pageImages: Array<{ index: number; path: string }> = [];
  for (const body of bodies) {
    const docPath = normaliseZipPath(String(textValue(body.DocRoot)));
    const doc = child(xml(docPath), 'Document');
    if (!doc) throw fileError('DAMAGED_FILE', source.path, `OFD 缺少文档文件 ${docPath}`, `missing ${docPath}`);
    const base = dirOf(docPath);
    const common = child(doc, 'CommonData') ?? {};
    const parts = readParts(doc, common, base, xml);
    const defaultArea = box(textValue(child(common, 'PageArea')?.PhysicalBox));
    for (const page of asArray(child(doc, 'Pages')?.Page) as XmlNode[]) {
      const index = pages.length + 1;
      if (index > (options.maxPages ?? defaultReadLimits.maxPages)) {
        throw fileError('FILE_TOO_LARGE', source.path, `OFD 页数超过上限 ${options.maxPages ?? defaultReadLimits.maxPages} 页`, 'too many pages');
      }
      const contentPath = resolve(base, String(page.BaseLoc ?? ''));
      const content = child(xml(contentPath), 'Page') ?? {};
      const area = box(textValue(child(content, 'Area')?.PhysicalBox));
      const [, , width, height] = area[2] > 0 ? area : defaultArea[2] > 0 ? defaultArea : A4;
      const drawing: PageDrawing = { runs: [], images: [] };
      for (const template of asArray(content.Template) as XmlNode[]) {
        const tpl = parts.templates.get(String(template.TemplateID));
        if (tpl) drawObjects(child(tpl, 'Content'), IDENTITY, parts, drawing);
      }
      drawObjects(child(content, 'Content'), IDENTITY, parts, drawing);
      for (const annot of parts.annotations.get(String(page.ID)) ?? []) drawAnnotation(annot, parts, drawing);
      pages.push({ index, width: width * (72 / 25.4), bottom: 0, top: height * (72 / 25.4), items: toPdfSpace(drawing.runs, height) });
      const biggest = drawing.images.sort((a, b) => b.area - a.area)[0];
      const media = biggest && parts.media.get(biggest.resourceId);
      if (media) pageImages.push({ index, path: media });
    }
  }
  return finish(pages, pageImages, bytes, source, options);
}

/** Text layout, or — when the text is unusable — OCR of the page images, or an error saying why. */
async function finish(
  pages: PositionedPage[],
  pageImages: Array<{ index: number; path: string }>,
  bytes: Buffer,
  source: Source,
  options: OfdReadOptions,
): Promise<SourceText> {
  const messages: Message[] = [];
  const texts = pages.map((p) => withoutWatermarks(p.items.map((it) => it.str).join('')));
  const quality = textQuality(texts, pages.length);
  if (quality.verdict === 'ok') {
    const layout = layoutPages(pages);
    return { source: { ...source, format: 'ofd' }, lines: layout.lines, messages: [...messages, ...layout.messages] };
  }
  const why = quality.verdict === 'garbled'
    ? { zh: 'OFD 的文字无法解码（字形编码映射到私用区或错误的字符）', en: 'text is garbled (glyph codes map to private-use or wrong characters)' }
    : { zh: `OFD 没有可用的文字（${pageImages.length > 0 ? '只有图像，可能是扫描件' : '页面为空'}）`, en: pageImages.length > 0 ? 'image only; scanned?' : 'no text' };
  if (!options.ocr || pageImages.length === 0) {
    const hint = pageImages.length > 0 ? '，请使用 --ocr' : '';
    throw fileError('NO_TEXT_LAYER', source.path, `${why.zh}${hint}`, `${why.en}${hint ? '; use --ocr' : ''}`);
  }
  // Image names differ in case between resource lists and the zip (image_18.PNG): matched without it.
  const wanted = new Set(pageImages.map((p) => p.path.toLowerCase()));
  const images = readZip(bytes, source.path, { want: (n) => wanted.has(n.toLowerCase()), maxInflatedBytes: options.maxInflatedBytes });
  const toRecognise: PageImage[] = pageImages.flatMap((p) => {
    const data = images.get(p.path) ?? caseInsensitive(images, p.path);
    return data ? [{ index: p.index, bytes: data, ext: p.path.split('.').pop()?.toLowerCase() ?? 'png' }] : [];
  });
  const recognised = await ocrImages(toRecognise, source.path);
  const layout = layoutPages(recognised, { ocr: true });
  if (layout.lines.length === 0) {
    throw fileError('NO_TEXT_LAYER', source.path, `${why.zh}，文字识别（OCR）也没有识别出文字`, `${why.en}, and OCR found no text`);
  }
  return { source: { ...source, format: 'ofd', ocr: true }, lines: layout.lines, messages: [...messages, ...layout.messages] };
}

/** Resources (composite units, images), templates and annotations of one document. */
function readParts(doc: XmlNode, common: XmlNode, base: string, xml: (path: string) => XmlNode | undefined): DocumentParts {
  const parts: DocumentParts = { units: new Map(), media: new Map(), templates: new Map(), annotations: new Map() };
  for (const key of ['DocumentRes', 'PublicRes']) {
    for (const loc of asArray(common[key])) {
      const resPath = resolve(base, String(textValue(loc)));
      const res = child(xml(resPath), 'Res');
      if (!res) continue;
      const resBase = resolve(dirOf(resPath), String(res.BaseLoc ?? ''));
      for (const unit of asArray(child(res, 'CompositeGraphicUnits')?.CompositeGraphicUnit) as XmlNode[]) parts.units.set(String(unit.ID), unit);
      for (const media of asArray(child(res, 'MultiMedias')?.MultiMedia) as XmlNode[]) {
        const file = String(textValue(media.MediaFile) ?? '');
        if (file) parts.media.set(String(media.ID), file.startsWith('/') ? normaliseZipPath(file) : resolve(resBase, file));
      }
    }
  }
  for (const tpl of asArray(common.TemplatePage) as XmlNode[]) {
    const page = child(xml(resolve(base, String(tpl.BaseLoc ?? ''))), 'Page');
    if (page) parts.templates.set(String(tpl.ID), page);
  }
  const annotsPath = textValue(doc.Annotations);
  if (annotsPath) {
    const listPath = resolve(base, String(annotsPath));
    for (const page of asArray(child(xml(listPath), 'Annotations')?.Page) as XmlNode[]) {
      const file = resolve(dirOf(listPath), String(textValue(page.FileLoc) ?? ''));
      const annots = asArray(child(xml(file), 'PageAnnot')?.Annot) as XmlNode[];
      parts.annotations.set(String(page.PageID), [...(parts.annotations.get(String(page.PageID)) ?? []), ...annots]);
    }
  }
  return parts;
}

/** Walks a Content (or PageBlock, Appearance): layers, blocks, text, composites, images. */
function drawObjects(container: XmlNode | undefined, outer: Matrix, parts: DocumentParts, out: PageDrawing, depth = 0): void {
  if (!container || depth > 32) return;
  const holders = [container, ...(asArray(container.Layer) as XmlNode[])];
  for (const holder of holders) {
    for (const text of asArray(holder.TextObject) as XmlNode[]) out.runs.push(...textObjectRuns(text, outer));
    for (const block of asArray(holder.PageBlock) as XmlNode[]) drawObjects(block, outer, parts, out, depth + 1);
    for (const image of asArray(holder.ImageObject) as XmlNode[]) {
      const [, , w, h] = box(image.Boundary);
      out.images.push({ resourceId: String(image.ResourceID), area: Math.abs(w * h) });
    }
    for (const composite of asArray(holder.CompositeObject) as XmlNode[]) {
      const unit = parts.units.get(String(composite.ResourceID));
      if (!unit) continue;
      const [x, y] = box(composite.Boundary);
      const m = multiply(matrix(composite.CTM), multiply(translate(x, y), outer));
      drawObjects(child(unit, 'Content'), m, parts, out, depth + 1);
    }
  }
}

/** An annotation's appearance (a stamp's text, a filled form field) at its box on the page. */
function drawAnnotation(annot: XmlNode, parts: DocumentParts, out: PageDrawing): void {
  const appearance = child(annot, 'Appearance');
  if (!appearance) return;
  const [x, y] = box(appearance.Boundary);
  drawObjects(appearance, translate(x, y), parts, out);
}

function child(node: unknown, key: string): XmlNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as XmlNode) : first === '' ? {} : undefined;
}

/** An element's text whether the parser gave a string or an object with '#text'. */
function textValue(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim();
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']).trim();
  return undefined;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** An OFD location: absolute ('/Doc_0/…') from the package root, else relative to `base`. */
function resolve(base: string, loc: string): string {
  const clean = loc.trim();
  return normaliseZipPath(clean.startsWith('/') ? clean : `${base}/${clean}`);
}

function caseInsensitive(entries: ZipEntries, path: string): Uint8Array | undefined {
  const lower = path.toLowerCase();
  for (const [name, data] of entries) if (name.toLowerCase() === lower) return data;
  return undefined;
}
