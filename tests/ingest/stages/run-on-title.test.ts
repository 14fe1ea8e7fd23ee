import { describe, expect, it } from 'vitest';
import { textAfterRunOnTitle, titleInRunOn } from '../../../ingest/stages/run-on-title';

/** Characters parted by spaces, as a PDF's transcript prints them. */
const spaced = (text: string) => [...text].join(' ');
/** A body long enough to make the line a page run together. */
const BODY = '为深入贯彻落实有关部署，加快改革创新，发挥金融在实体经济中的作用，结合实际，提出如下措施。'.repeat(8);

describe('titleInRunOn', () => {
  it.each([
    ['after a red head', `1 ${spaced('省政府文件某省人民政府关于印发某省推动金融改革若干政策措施的通知某政号各市人民政府：')}${spaced(BODY)}`, '某省人民政府关于印发某省推动金融改革若干政策措施的通知'],
    ['at the line\'s start', `${spaced('某市财政局关于做好预算管理工作的通知各县财政局：')}${spaced(BODY)}`, '某市财政局关于做好预算管理工作的通知'],
    ['after a news page\'s slogans run on before it', `焦点:某地海鲜食用方法发布!我饿了~ 推广:某县,向全世界发出邀请... 某市人民政府关于进一步深化殡葬改革加强殡葬管理的通告某府公字〔〕14号(图/网络)${BODY}`, '某市人民政府关于进一步深化殡葬改革加强殡葬管理的通告'],
    ['in 《》 after a colon (its own title in book marks)', `全文如下:《某市财政局关于做好预算管理工作的通知》各县财政局：${BODY}`, '某市财政局关于做好预算管理工作的通知'],
    ['after a news item\'s 全文如下：', `原标题:某部成立某领导小组中新网6月13日电,国务院办公厅公布关于成立某领导小组的通知。全文如下:国务院办公厅关于成立某领导小组的通知各省人民政府:${BODY}`, '国务院办公厅关于成立某领导小组的通知'],
  ])('reads the title %s', (_, line, title) => {
    expect(titleInRunOn(['标题', '', line], [0, 2])).toBe(title);
  });

  it.each([
    ['a short line (a head of its own lines)', spaced('某省人民政府关于印发某办法的通知')],
    ['a 关于 title with no organ before it', spaced(`关于做好预算管理工作的通知各县财政局：${BODY}`)],
    ['words before the organ that are no red head', spaced(`下载文档标题某省人民政府关于做好预算管理工作的通知${BODY}`).replace(/文 件/g, '')],
    ['a title cited deep in the body', spaced(`${BODY}某省人民政府关于做好预算管理工作的通知`)],
    ['words after a colon that name no organ', `据报道,某县召开会议:会议讨论了关于做好预算管理工作的通知各乡镇:${BODY}`],
    ['slogans run on before a 关于 title with no organ', `推广:某县,向全世界发出邀请... 关于做好预算管理工作的通知各乡镇:${BODY}`],
    // MUST-NOT: a title the text cites in 《》 is not its own, whatever marks stand before the organ in it.
    ['a title cited in 《》 in the first article', `第一条 为贯彻落实《中共中央 国务院关于深化医疗保障制度改革的意见》和有关规定,结合实际,制定本办法。${BODY}`],
    ['a title cited in 《》 in an explainer', `文字解读 一、出台背景 为落实《中共某省委办公厅 某省人民政府办公厅关于印发〈某方案〉的通知》要求,${BODY}`],
    ['a title cited in 《》 in a list of bases', `文字解读 一、出台背景 根据《某法》、《中共某省委办公厅 某省人民政府办公厅关于印发〈某方案〉的通知》等规定,${BODY}`],
    ['a clause before a 关于 title that names no organ', `会议强调,要认真落实关于做好预算管理工作的通知各乡镇:${BODY}`],
  ])('finds none in %s', (_, line) => {
    expect(titleInRunOn([line], [0])).toBeUndefined();
  });
});

describe('textAfterRunOnTitle', () => {
  it('gives what follows the title on its run-on line', () => {
    const line = `某市财政局关于做好预算管理工作的通知各县财政局：${BODY}`;
    expect(textAfterRunOnTitle([line], [0], '某市财政局关于做好预算管理工作的通知')?.startsWith('各县财政局：')).toBe(true);
  });

  it.each([
    ['a short line', ['某市财政局关于做好预算管理工作的通知各县财政局：'], '某市财政局关于做好预算管理工作的通知'],
    ['a title the line does not hold near its start', [`${BODY}某市财政局关于做好预算管理工作的通知各县财政局：`], '某市财政局关于做好预算管理工作的通知'],
  ])('gives nothing for %s', (_, lines, title) => {
    expect(textAfterRunOnTitle(lines, [0], title)).toBeUndefined();
  });
});

