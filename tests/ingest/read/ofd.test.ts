import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOfd } from '../../../ingest/read/ofd';
import { deltas, textObjectRuns } from '../../../ingest/read/ofd-text';
import { GazetteError } from '../../../src/errors';
import type { Source } from '../../../src/model';
import { imageObject, makeOfd, textObject } from './make-ofd';

const source = (path = 'test.ofd'): Source => ({ path, sha256: 'x', format: 'ofd' });
const linesOf = async (bytes: Buffer) => (await readOfd(bytes, source())).lines.map((l) => l.text).filter((t) => t !== '');

/** A body line long enough that the page counts as text (≥ 10 characters a page). */
const BODY = '各乡镇人民政府，县政府各部门：现将有关事项通知如下，请认真贯彻执行。';

describe('deltas', () => {
  it.each([
    ['plain offsets', '5.57 2.77 2.77', [5.57, 2.77, 2.77]],
    ['a repeat', 'g 3 5.6', [5.6, 5.6, 5.6]],
    ['repeats among offsets', '7.5 g 2 2.8 7.7', [7.5, 2.8, 2.8, 7.7]],
    ['negative offsets (a wrapped line)', 'g 2 4.2 -80.4', [4.2, 4.2, -80.4]],
    ['nothing', undefined, []],
    ['a malformed repeat (no value)', 'g 2', []],
  ])('reads %s', (_, value, expected) => {
    expect(deltas(value)).toEqual(expected);
  });
});

describe('textObjectRuns', () => {
  it('splits a TextCode that moves down (DeltaY) or back (negative DeltaX) into runs, one per printed line', () => {
    const object = {
      Boundary: '20 50 90 20',
      Size: '4.2',
      TextCode: [{ X: '0', Y: '4.2', DeltaX: 'g 9 4.2 -37.8 g 10 4.2', DeltaY: 'g 9 0 5 g 10 0', '#text': '临沧市临翔区发展和改革局关于同意建设的批复' }],
    };
    const runs = textObjectRuns(object, [1, 0, 0, 1, 0, 0]);
    expect(runs.map((r) => [r.str, Math.round(r.x * 100) / 100, Math.round(r.y * 100) / 100])).toEqual([
      ['临沧市临翔区发展和改', 20, 54.2],
      ['革局关于同意建设的批复', 20, 59.2],
    ]);
  });

  it('applies the object CTM and the outer transform (a composite unit in points inside a page in mm)', () => {
    const object = { Boundary: '10 20 50 10', CTM: '2 0 0 2 0 0', Size: '1', TextCode: [{ X: '0', Y: '1', '#text': '文' }] };
    const [run] = textObjectRuns(object, [0.5, 0, 0, 0.5, 100, 100]);
    expect([run.x, run.y, run.size]).toEqual([105, 111, 1]);
  });
});

describe('readOfd', () => {
  it('reads TextObjects top to bottom whatever their order in Content.xml', async () => {
    const bytes = makeOfd({
      pages: [
        textObject(3, 28, 130, BODY) + textObject(1, 52, 60, '关于同意张阿三同志辞职的批复') + textObject(2, 80, 40, '路卫发〔2011〕76号'),
      ],
    });
    expect(await linesOf(bytes)).toEqual(['路卫发〔2011〕76号', '关于同意张阿三同志辞职的批复', BODY]);
  });

  it('joins fragments placed side by side on one baseline ("202", "3", "年") into one line', async () => {
    const bytes = makeOfd({
      pages: [textObject(1, 30, 60, '关于加快建设的函') + textObject(2, 116.9, 200, '202', 'DeltaX="2.8 2.8"', 5.6) + textObject(3, 125.3, 200, '3') + textObject(4, 129.9, 200, '年7月12日') + textObject(5, 24, 90, BODY)],
    });
    const lines = await linesOf(bytes);
    expect(lines.find((l) => l.includes('月12日'))?.replace(/\s/g, '')).toBe('2023年7月12日');
  });

  it('reads a form field whose TextCode wraps by DeltaY as one paragraph, in order', async () => {
    const wrapped = textObject(1, 20, 50, '临沧市临翔区发展和改革局关于同意建设的批复', 'DeltaX="g 9 4.2 -37.8 g 10 4.2" DeltaY="g 9 0 5 g 10 0"', 4.2);
    const lines = await linesOf(makeOfd({ pages: [wrapped + textObject(2, 20, 100, BODY)] }));
    expect(lines[0]).toBe('临沧市临翔区发展和改革局关于同意建设的批复');
  });

  it('reads the text of the page template, of annotations and of composite units', async () => {
    const bytes = makeOfd({
      template: textObject(1, 30, 20, '测试县人民政府文件'),
      annotation: textObject(2, 0, 0, '此件公开发布'),
      annotationAt: [30, 150],
      resources: `<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="40" Width="100" Height="20"><ofd:Content>${textObject(41, 0, 0, '测政发〔2024〕5号')}</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits>`,
      pages: [`<ofd:CompositeObject ID="42" Boundary="60 40 100 20" ResourceID="40"/>${textObject(3, 28, 100, BODY)}`],
    });
    expect(await linesOf(bytes)).toEqual(['测试县人民政府文件', '测政发〔2024〕5号', BODY, '此件公开发布']);
  });

  it('gives each line the page it is on', async () => {
    const pages = [textObject(1, 28, 60, '一、各部门要按照职责分工抓好落实。') + textObject(2, 28, 70, '特此通知。'), textObject(3, 39, 60, '二、各部门要按照职责分工，抓好贯彻落实，确保各项工作取得实效。')];
    const text = await readOfd(makeOfd({ pages }), source());
    expect(text.lines.filter((l) => l.text !== '').map((l) => l.page)).toEqual([1, 2]);
  });

  it.each([
    ['image only', makeOfd({ pages: [imageObject(1, 50)], resources: '<ofd:MultiMedias><ofd:MultiMedia ID="50" Type="Image"><ofd:MediaFile>page.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>', files: { 'Doc_0/Res/page.png': new Uint8Array([0x89, 0x50]) } }), '只有图像', '--ocr'],
    ['private-use glyph codes', makeOfd({ pages: [textObject(1, 28, 60, '\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b\ue00c')] }), '无法解码', '私用区'],
    ['wrongly mapped characters', makeOfd({ pages: [textObject(1, 28, 60, '犐犆犛犌犅犜犗犉犇犪狆狆犾犻犮犪狋犻狅狀狋狅犵狅狏犲狉狀犿犲狀狋狑犲犫狊犻狋犲狑犲犫狆犪犵犲犪狉犮犺犻狏犻狀犵')] }), '无法解码', '错误的字符'],
    ['an empty page', makeOfd({ pages: [''] }), '页面为空', '没有可用的文字'],
  ])('refuses an OFD with %s by name, saying why', async (_, bytes, why, more) => {
    const error = await readOfd(bytes, source('来文/扫描件.ofd')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).code).toBe('NO_TEXT_LAYER');
    expect((error as GazetteError).message).toMatch(/^来文\/扫描件\.ofd: /);
    expect((error as GazetteError).message).toContain(why);
    expect((error as GazetteError).message).toContain(more);
  });

  it('does not take real text for garbled (a body of common characters passes)', async () => {
    await expect(linesOf(makeOfd({ pages: [textObject(1, 28, 60, BODY.repeat(3))] }))).resolves.toHaveLength(1);
  });

  it('refuses an entry that declares more than the inflate limit, naming the file', async () => {
    const bytes = makeOfd({ pages: [textObject(1, 28, 60, BODY)], files: { 'Doc_0/Big.xml': strToU8('<a/>'.repeat(1000)) } });
    const error = await readOfd(bytes, source('bomb.ofd'), { maxInflatedBytes: 2000 }).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('FILE_TOO_LARGE');
    expect((error as GazetteError).message).toMatch(/^bomb\.ofd: .*压缩炸弹/);
  });

  it('refuses an OFD without OFD.xml content by name', async () => {
    const error = await readOfd(Buffer.from(makeOfd({ pages: [] })), source('空.ofd')).catch((e: unknown) => e);
    expect((error as GazetteError).message).toMatch(/^空\.ofd: /);
  });
});
