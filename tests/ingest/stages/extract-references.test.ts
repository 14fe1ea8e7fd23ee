import { describe, expect, it } from 'vitest';
import { createExtractReferences, headingNumbers } from '../../../ingest/stages/extract-references';
import { loadPrefixTable } from '../../../src/domain/doc-number';
import { loadPageNoise } from '../../../src/domain/page-noise';
import { docOf } from './doc';

const extract = createExtractReferences();
const refsOf = (text: string, fields = {}) => extract(docOf([text], fields)).references;

describe('createExtractReferences', () => {
  it.each([
    // [sentence, relation, docNumber, title]
    ['近年来，各地区、各部门认真贯彻落实《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号），按照全国金融工作会议要求，进行了积极探索。', 'implements', '国发〔2015〕43号', '国务院关于促进融资担保行业加快发展的意见'],
    ['要按照《国务院办公厅关于印发国家破坏性地震应急预案的通知》（国办发〔1996〕54号）精神，制定和进一步完善地震应急预案。', 'basedOn', '国办发〔1996〕54号', '国务院办公厅关于印发国家破坏性地震应急预案的通知'],
    ['根据晋农计财发〔2022〕17号文件要求，结合我县实际，制定本方案。', 'basedOn', '晋农计财发〔2022〕17号', undefined],
    ['本办法自印发之日起施行，《夏县健全重大行政决策机制实施办法》（夏政发〔2016〕66号）同时废止。', 'repeals', '夏政发〔2016〕66号', '夏县健全重大行政决策机制实施办法'],
    ['根据《中华人民共和国城乡规划法》等相关法律、法规，结合我县实际，制定本办法。', 'basedOn', undefined, '中华人民共和国城乡规划法'],
    ['各有关部门要于6月底完成晋政办发〔2019〕10号文件规定的任务。', 'cites', '晋政办发〔2019〕10号', undefined],
    // The words of the title's own clause decide before the sentence's: 贯彻落实 names the 精神, 依据 the 意见.
    ['为深入贯彻落实党中央、国务院关于耕地保护的决策部署，依据《中共中央国务院关于加强耕地保护和改进占补平衡的意见》，制定本方案。', 'basedOn', undefined, '中共中央国务院关于加强耕地保护和改进占补平衡的意见'],
    ['为贯彻落实《国务院关于加强政务诚信建设的指导意见》（国发〔2016〕76号）要求，依据《某市社会信用条例》，提出如下意见。', 'implements', '国发〔2016〕76号', '国务院关于加强政务诚信建设的指导意见'],
    ['为贯彻落实《国务院关于加强政务诚信建设的指导意见》（国发〔2016〕76号）要求，依据《某市社会信用条例》，提出如下意见。', 'basedOn', undefined, '某市社会信用条例'],
    // The organ printed before a title that opens with 关于 is the title's.
    ['按照国务院《关于行政区划管理的规定》，现批复如下。', 'basedOn', undefined, '国务院关于行政区划管理的规定'],
    ['根据人力资源和社会保障部《关于做好某项工作的通知》要求，制定本方案。', 'basedOn', undefined, '人力资源和社会保障部关于做好某项工作的通知'],
    ['按照县政府印发的《关于做好某项工作的通知》要求执行。', 'basedOn', undefined, '关于做好某项工作的通知'],
    ['根据《某省条例》和省政府办公厅《关于做好某项工作的通知》，制定本方案。', 'basedOn', undefined, '省政府办公厅关于做好某项工作的通知'],
    ['原则同意县水务局《关于清淤工作的请示》。', 'cites', undefined, '县水务局关于清淤工作的请示'],
    // The request a reply answers.
    ['你市《关于某县撤乡设镇的请示》（某府呈〔2013〕144号）收悉。', 'cites', '某府呈〔2013〕144号', '关于某县撤乡设镇的请示'],
    ['你局报来的《关于某事的请示》收悉。', 'cites', undefined, '关于某事的请示'],
    // A law by its short name of three characters.
    ['根据《公路法》等有关规定，结合本县实际，制定本办法。', 'basedOn', undefined, '公路法'],
    // A title's clause that opens with words of its own takes no word from the clause before it.
    ['根据《某省行政规范性文件管理办法》要求，区司法局组织起草《某区人民政府关于公布清理结果的决定》。', 'cites', undefined, '某区人民政府关于公布清理结果的决定'],
    ['根据《某省行政规范性文件管理办法》要求，区司法局组织起草《某区人民政府关于公布清理结果的决定》。', 'basedOn', undefined, '某省行政规范性文件管理办法'],
    // …while a list's later items take its first item's word, and its last item's verb.
    ['根据《中华人民共和国森林法》、《某省森林防火条例》，结合本县实际，制定本办法。', 'basedOn', undefined, '某省森林防火条例'],
    ['《某县甲办法》，《某县乙办法》同时废止。', 'repeals', undefined, '某县甲办法'],
    // A title's state stated (已废止) is no act of the document citing it.
    ['2008年新的《中华人民共和国城乡规划法》正式实施后，原《中华人民共和国城市规划法》已废止。', 'cites', undefined, '中华人民共和国城市规划法'],
    ['2008年新的《中华人民共和国城乡规划法》正式实施后，原《中华人民共和国城市规划法》已废止。', 'cites', undefined, '中华人民共和国城乡规划法'],
    ['对适用期已过的《某县甲管理办法》等4件文件，宣布失效。', 'repeals', undefined, '某县甲管理办法'],
    // A title holding another in the same marks is one reference: the outer.
    ['为贯彻落实《某县人民政府办公室关于印发《某县消除麻风危害规划（2024—2030年）》的通知》要求，制定本方案。', 'implements', undefined, '某县人民政府办公室关于印发〈某县消除麻风危害规划（2024—2030年）〉的通知'],
    // Another title's words are never this one's verb: 宣布失效 names the second decision.
    ['为贯彻落实《甲省人民政府关于印发某实施方案的通知》（甲政发〔2015〕36号）、《乙省人民政府关于宣布失效一批文件的决定》（乙政发〔2015〕68号）等文件，省政府进行了全面清理。', 'implements', '甲政发〔2015〕36号', '甲省人民政府关于印发某实施方案的通知'],
    ['为贯彻落实《甲省人民政府关于印发某实施方案的通知》（甲政发〔2015〕36号）、《乙省人民政府关于宣布失效一批文件的决定》（乙政发〔2015〕68号）等文件，省政府进行了全面清理。', 'implements', '乙政发〔2015〕68号', '乙省人民政府关于宣布失效一批文件的决定'],
    // 新修订的 describes the edition cited: no revision by the citing document.
    ['根据新修订的《中华人民共和国预算法》和《某省人民政府关于深化预算管理制度改革的意见》（某政发〔2014〕8号）有关要求，提出以下意见。', 'basedOn', undefined, '中华人民共和国预算法'],
    ['根据新修订的《中华人民共和国预算法》和《某省人民政府关于深化预算管理制度改革的意见》（某政发〔2014〕8号）有关要求，提出以下意见。', 'basedOn', '某政发〔2014〕8号', undefined],
    ['现对《某县殡葬管理办法》修订如下。', 'revises', undefined, '某县殡葬管理办法'],
    // What another organ did with a title is that title's act, told: 予以废止 is the decision's.
    ['某省人民政府2024年2月6日印发了《某省人民政府关于废止部分省政府文件的决定》，对310件省政府文件予以废止。', 'cites', undefined, '某省人民政府关于废止部分省政府文件的决定'],
    ['本办法自发布之日起施行，《某县甲管理办法》同时废止。', 'repeals', undefined, '某县甲管理办法'],
    ['1993年8月14日国务院发布的《某某管理办法》、《某某实施细则》，同时废止。', 'repeals', undefined, '某某管理办法'],
    // 失效 closing the title's clause declares it lapsed (a 清理结果 decision).
    ['二、《某县人民政府办公室关于印发〈某县行政许可事项清单（2022年版）〉的通知》等4件规范性文件失效。', 'repeals', undefined, '某县人民政府办公室关于印发〈某县行政许可事项清单（2022年版）〉的通知'],
    ['一、《某县人民政府办公室关于印发〈某县储备粮管理办法〉的通知》等7件规范性文件继续有效。', 'extends', undefined, '某县人民政府办公室关于印发〈某县储备粮管理办法〉的通知'],
    ['《某县甲管理办法》失效后，由县政府另行制定。', 'cites', undefined, '某县甲管理办法'],
    // A rule's number printed in a bracket with its date and verb of issue is the title's own.
    ['一、《某市城市市容管理办法》（2016年12月1日某市人民政府令第2号发布）废止。', 'repeals', '某市人民政府令第2号', '某市城市市容管理办法'],
    ['现决定废止《某市殡葬管理办法》（2009年4月21日某市人民政府令第166号公布）。', 'repeals', '某市人民政府令第166号', '某市殡葬管理办法'],
    // A revising act named in a rule's 题注 revised the rule: the rule does not revise it.
    ['根据2003年4月24日某市人民代表大会常务委员会《关于修改〈某市市容环境卫生管理条例〉的决定》修正。', 'basedOn', undefined, '某市人民代表大会常务委员会关于修改〈某市市容环境卫生管理条例〉的决定'],
    // Must not: an organ's name with 日 in it stays whole after the date is taken off.
    ['根据2021年3月1日日照市人民政府《关于做好某项工作的通知》要求，制定本方案。', 'basedOn', undefined, '日照市人民政府关于做好某项工作的通知'],
    // A list of organs before a title is taken whole or not at all.
    ['根据市委、市政府《关于争创某示范市的实施意见》（济发〔2021〕9号）要求，制定本方案。', 'basedOn', '济发〔2021〕9号', '关于争创某示范市的实施意见'],
  ] as const)('%s → %s %s', (sentence, relation, docNumber, title) => {
    const refs = refsOf(sentence);
    expect(refs).toContainEqual(expect.objectContaining({ relation, ...(docNumber ? { docNumber } : {}), ...(title ? { title } : {}), sentence, paragraph: 0 }));
  });

  it('keeps a number outside the dated bracket after a title its own reference (must not join them)', () => {
    const refs = refsOf('《某县甲办法》（2016年12月1日印发）和某政发〔2016〕3号文件同时废止。');
    expect(refs).toContainEqual(expect.objectContaining({ title: '某县甲办法' }));
    expect(refs.find((r) => r.title === '某县甲办法')?.docNumber).toBeUndefined();
    expect(refs).toContainEqual(expect.objectContaining({ docNumber: '某政发〔2016〕3号', relation: 'repeals' }));
  });

  it('does not repeal the revising acts a repealed rule\'s history names, only the rule (must not: a false repeal)', () => {
    const refs = refsOf('1992年6月19日某市人民代表大会常务委员会会议通过，1997年4月15日某市人民代表大会常务委员会会议《关于修改〈某市水土保持办法〉的决定》第一次修正的《某市水土保持办法》同时废止。');
    expect(refs).toContainEqual(expect.objectContaining({ relation: 'repeals', title: '某市水土保持办法' }));
    expect(refs.filter((r) => r.relation === 'repeals')).toHaveLength(1);
  });

  it('does not revise a revising act a rule names as what amended it', () => {
    const refs = refsOf('根据2010年7月30日某省人民代表大会常务委员会《关于修改〈某省气象条例〉的决定》第一次修正。');
    expect(refs.map((r) => r.relation)).not.toContain('revises');
  });

  it('finds the three cited numbers of a forwarding notice (国办发〔1997〕2号)', () => {
    const refs = refsOf(
      '各地区、各有关部门应按照《国务院办公厅转发国家地震局关于1994年地震趋势和防震减灾工作意见报告的通知》（国办发〔1994〕36号）和《国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知》（国办发〔1996〕2号）的精神，结合本地区实际，尽快制定实施方案。要按照《国务院办公厅关于印发国家破坏性地震应急预案的通知》（国办发〔1996〕54号）精神，做好应急准备。',
    );
    expect(refs.map((r) => r.docNumber)).toEqual(['国办发〔1994〕36号', '国办发〔1996〕2号', '国办发〔1996〕54号']);
  });

  it('does not count the instruments a notice issues together, listed after the first', () => {
    const refs = refsOf('现将《某市甲工作规定（试行）》、《某市乙审查办法（试行）》和《某市丙考核办法（试行）》印发给你们，请遵照执行。', {
      title: '某市人民政府办公室关于印发某市甲工作规定（试行）等办法的通知',
    });
    expect(refs).toEqual([]);
  });

  it('keeps a title listed after the instrument with words of its own between them', () => {
    const refs = refsOf('现将《某市甲工作规定（试行）》印发给你们，请结合《某市乙审查办法》遵照执行。', { title: '某市人民政府办公室关于印发某市甲工作规定（试行）的通知' });
    expect(refs.map((r) => r.title)).toEqual(['某市乙审查办法']);
  });

  it('does not count a text it attaches, named where it is issued', () => {
    const refs = extract(docOf(['现将《某某资金管理办法》印发给你们，请遵照执行。', '附件：某某资金管理办法'], { title: '某部关于印发某某资金管理办法的通知', attachments: [{ title: '某某资金管理办法' }] })).references;
    expect(refs).toEqual([]);
  });

  it('does not count itself, named in an attached form with its own number', () => {
    const refs = extract(docOf(['根据《某市举报奖励实施细则（试行）》（某粮规范〔2023〕2号）文件，经审核，同意奖励。'], { title: '某局关于印发某市举报奖励实施细则（试行）的通知', docNumber: '某粮规范〔2023〕2号' })).references;
    expect(refs).toEqual([]);
  });

  it('does not count the instrument the notice issues', () => {
    const refs = refsOf('现将《稷山县自建房安全专项整治实施方案》印发给你们，请认真贯彻执行。', {
      title: '关于印发稷山县自建房安全专项整治实施方案的通知',
      instrumentTitle: '稷山县自建房安全专项整治实施方案',
    });
    expect(refs).toEqual([]);
  });

  it('counts the document a notice forwards: another authority\'s, not an instrument of its own', () => {
    const refs = refsOf('现将《某省人民政府办公厅关于加强防汛工作的通知》（某政办发〔2021〕9号）转发给你们，请认真贯彻执行。', {
      title: '某市人民政府办公室转发某省人民政府办公厅关于加强防汛工作的通知的通知',
    });
    expect(refs.map((r) => [r.title, r.docNumber])).toEqual([['某省人民政府办公厅关于加强防汛工作的通知', '某政办发〔2021〕9号']]);
    const unnumbered = refsOf('现将《某省人民政府办公厅关于加强防汛工作的通知》转发给你们，请认真贯彻执行。', {
      title: '某市人民政府办公室转发某省人民政府办公厅关于加强防汛工作的通知的通知',
    });
    expect(unnumbered.map((r) => r.title)).toEqual(['某省人民政府办公厅关于加强防汛工作的通知']);
  });

  it('names a reply\'s request by the organ it is addressed to', () => {
    const reply = (recipients: string) => extract(docOf(['你委《关于调整市级储备粮规模的请示》收悉。经研究，同意。'], { title: '某市人民政府关于调整市级储备粮规模的批复', recipients })).references.map((r) => r.title);
    expect(reply('某市发展和改革委员会')).toEqual(['某市发展和改革委员会关于调整市级储备粮规模的请示']);
    expect(reply('各县区人民政府，市直各部门')).toEqual(['关于调整市级储备粮规模的请示']);
  });

  it('reads a short name the text gives a document as that document', () => {
    const own = extract(docOf(['经研究，制定《某市行政许可事项通用目录》（以下简称《通用目录》），现印发给你们。', '各部门要按照此次公布的《通用目录》，及时调整衔接到位。'], { title: '某市办公室关于印发《某市行政许可事项通用目录》的通知' })).references;
    expect(own).toEqual([]);
    const other = extract(docOf(['《某省行政许可事项通用清单》（以下简称《省级清单》）已经公布。', '按照《省级清单》要求调整。'], { title: '某市关于调整行政许可事项的通知' })).references;
    // Named twice, once stated and once followed: one reference, the stronger relation.
    expect(other.map((r) => [r.relation, r.title])).toEqual([['basedOn', '某省行政许可事项通用清单']]);
  });

  it('counts the predecessor the notice repeals, though named like the instrument it issues', () => {
    // One sentence issues the new plan and repeals the old one of nearly the same name.
    const refs = refsOf('经县人民政府同意，现将《某县突发环境事件应急预案（试行）》印发给你们，请认真贯彻执行，原2007年印发的《某县突发环境事件应急预案》同时废止。', {
      title: '某县人民政府办公室关于印发某县突发环境事件应急预案（试行）的通知',
      instrumentTitle: '某县突发环境事件应急预案（试行）',
    });
    expect(refs.map((r) => [r.relation, r.title])).toEqual([['repeals', '某县突发环境事件应急预案']]);
  });

  it.each([
    ['《实施办法》共三条，明确了职责分工。'],
    ['《暂行规定》自发布之日起施行。'],
    ['按照《管理法》的要求执行。'],
    ['认真贯彻落实《管理办法》的各项要求。'],
  ])('a short name (%s) is no reference of its own', (text) => {
    expect(refsOf(text)).toEqual([]);
  });

  it('still cites a full title that ends like a short name', () => {
    expect(refsOf('认真贯彻落实《江城市物业服务管理办法》的各项要求。').map((r) => r.title)).toEqual(['江城市物业服务管理办法']);
  });

  it('does not reference the document itself', () => {
    expect(refsOf('稷政办发〔2022〕31号', { docNumber: '稷政办发〔2022〕31号' })).toEqual([]);
    // A decree above the text quotes the title, its inner 《》 printed 〈〉.
    const decree = '《某省人民政府关于废止〈某省信访规定〉的决定》已经省政府常务会议通过，现予公布。';
    expect(refsOf(decree, { title: '某省人民政府关于废止《某省信访规定》的决定' })).toEqual([]);
  });

  it.each([
    ['a list the title set', '《关于推进特色小镇建设的指导意见》（甲政办发〔2016〕112号）确定的省级特色小镇名单即行废止。'],
    ['an article of the title', '《某县某管理办法》第五条同时废止。'],
    ['the title\'s attachment', '《某县某管理办法》所附目录同时废止。'],
  ])('cites a title when only a part of it is repealed: %s', (_, sentence) => {
    expect(refsOf(sentence).map((r) => r.relation)).toEqual(['cites']);
  });

  it.each([
    ['two titles, the second a list', '《某县甲办法》和《某县乙目录》同时废止。', ['repeals', 'repeals']],
    ['a title and its number', '《某县甲办法》（某政发〔2019〕第4号）同时废止。', ['repeals']],
  ])('still repeals whole documents: %s', (_, sentence, relations) => {
    expect(refsOf(sentence).map((r) => r.relation)).toEqual(relations);
  });

  it('counts the edition before it, repealed by the same name', () => {
    const refs = refsOf('2005年公布的《某省动物防疫条例》同时废止。', { title: '某省动物防疫条例' });
    expect(refs.map((r) => [r.relation, r.title])).toEqual([['repeals', '某省动物防疫条例']]);
  });

  // Shapes real pages print, cited in running text: each counts as the number it stands for.
  it.each([
    ['你市《关于撤乡设镇的请示》(甲政文〔201764号)收悉。', '甲政文〔2017〕64号'],
    ['根据《某某管理办法》(中华人民共和国国务院令第641号)，制定本细则。', '国务院令第641号'],
    ['依照《某省某某规定》(省人民政府令第二十三号)执行。', '省人民政府令第23号'],
    ['按照乙政发(97)12号文件精神执行。', '乙政发〔1997〕12号'],
    ['根据丙府办电〔2021〕3号明传电报要求，立即部署。', '丙府办电〔2021〕3号'],
  ])('cites %s as %s', (text, docNumber) => {
    expect(refsOf(text).map((r) => r.docNumber)).toContain(docNumber);
  });

  it.each([
    ['2022年第3期'],
    ['联系电话：0359-5522123'],
    ['咨询电话：(0359)5522123，手机13912345678。'],
    ['按照第三条规定执行。'],
    ['依照本办法第12条、第二十三条处理。'],
    ['〔2022〕31号'],
    ['〔2019〕年度工作已完成。'],
    ['详见第(17)页。'],
    ['— 12 —'],
    ['共计2019 46户。'],
  ])('finds nothing in %s', (text) => {
    expect(refsOf(text).filter((r) => r.docNumber)).toEqual([]);
  });

  it('gives a title cited without number the number it has elsewhere in the document', () => {
    const doc = docOf([
      '为做好《夏县大面积停电事件应急预案》修订工作，特制定本预案。',
      '本预案自印发之日起施行，原《夏县大面积停电事件应急预案》（夏政办函〔2022〕27号）同时废止。',
    ]);
    const repeals = extract(doc).references.filter((r) => r.relation === 'repeals');
    expect(repeals).toEqual([expect.objectContaining({ docNumber: '夏政办函〔2022〕27号', paragraph: 1 })]);
  });
});

describe('createExtractReferences: items listed under a heading', () => {
  const refs = (paragraphs: string[]) => extract(docOf(paragraphs)).references.map((r) => [r.relation, r.title ?? r.docNumber]);

  it('gives the items under a heading of 依据 that relation, until the next heading', () => {
    expect(refs(['一、制定背景', '为规范管理，区司法局开展了清理。', '二、法律依据', '1、《某省行政规范性文件管理办法》；', '2、《某市人民政府关于开展清理工作的通知》（某政办〔2024〕2号）。', '三、主要内容', '《某区人民政府关于某事的决定》共五条。'])).toEqual([
      ['basedOn', '某省行政规范性文件管理办法'],
      ['basedOn', '某市人民政府关于开展清理工作的通知'],
      ['cites', '某区人民政府关于某事的决定'],
    ]);
  });

  it('gives the items under a decimal-numbered heading of 依据 that relation (1.2 编制依据)', () => {
    expect(refs(['1.2 编制依据', '《中华人民共和国突发事件应对法》', '1.3 适用范围', '《某县甲管理办法》适用于全县。'])).toEqual([
      ['basedOn', '中华人民共和国突发事件应对法'],
      ['cites', '某县甲管理办法'],
    ]);
  });

  it('reads an item whose 《 the page lost', () => {
    expect(refs(['二、制定依据', '1.《某省规范性文件管理办法》(省政府令第242号)；', '2.某市人民政府办公室关于进一步加强规范性文件管理工作的通知》(某政办发〔2018〕10号)'])).toEqual([
      ['basedOn', '某省规范性文件管理办法'],
      ['basedOn', '某市人民政府办公室关于进一步加强规范性文件管理工作的通知'],
    ]);
  });

  it('makes the rows under a list of what is repealed repealed, not what their notes cite', () => {
    expect(refs(['附件1：某市人民政府决定废止的政策性文件目录（28件）', '序号 文件名称 发布机关及文号 说明', '1 关于城市规划建设管理规定的通知 某市府发〔2000〕65号 1、制定依据发生了重大变化。（新的《中华人民共和国城乡规划法》实施后，原《中华人民共和国城市规划法》已废止）'])).toEqual([
      ['repeals', '某市府发〔2000〕65号'],
      ['cites', '中华人民共和国城乡规划法'],
      ['cites', '中华人民共和国城市规划法'],
    ]);
  });

  it('reads a cleanup printed as lists under headings: the items under 废止的/宣布失效的 documents are repealed, those under 继续有效 extended (kept in force), the rest cited', () => {
    expect(
      refs([
        '一、继续有效的规范性文件（2件）',
        '1.《某县最低生活保障办法》（某政发〔2016〕12号）',
        '二、废止的规范性文件（1件）',
        '1.《某县殡葬管理暂行办法》（某政发〔2011〕21号）',
        '三、宣布失效的政府规章',
        '1.《某县植树造林实施方案》（某政办发〔2015〕9号）',
        '四、需要修改的规范性文件',
        '1.《某县物业管理办法》（某政发〔2016〕2号）',
      ]),
    ).toEqual([
      ['extends', '某县最低生活保障办法'],
      ['repeals', '某县殡葬管理暂行办法'],
      ['repeals', '某县植树造林实施方案'],
      ['cites', '某县物业管理办法'],
    ]);
  });

  it.each([
    ['三、废止程序', '《某县某办法》规定的程序'],
    ['第五章 文件的废止', '《某县某办法》的规定'],
    ['二、废止的规定', '《某县某办法》适用于全县'],
  ])('a heading on repeal as a matter (%s) repeals nothing under it', (heading, item) => {
    expect(refs([heading, `1.${item}。`])).toEqual([['cites', '某县某办法']]);
  });

  it('makes the items a sentence announces as repealed repealed, each title printed without 《》 with its number', () => {
    expect(refs(['经过清理，省政府决定废止以下规章：', '一、某省信访规定（省政府令第114号）。', '二、某省安全生产监督管理规定(省政府令第141号)。', '三、某省自学考试若干规定（甲政发〔1983〕90号）。', '本决定自公布之日起施行。'])).toEqual([
      ['repeals', '某省信访规定'],
      ['repeals', '某省安全生产监督管理规定'],
      ['repeals', '某省自学考试若干规定'],
    ]);
    const [first] = extract(docOf(['决定对下列文件予以废止：', '1.某县某管理办法（某政发〔2001〕3号）；'])).references;
    expect([first.relation, first.title, first.docNumber]).toEqual(['repeals', '某县某管理办法', '某政发〔2001〕3号']);
  });

  it('ends an announced list at the first paragraph that is no item', () => {
    expect(refs(['决定废止以下文件：', '一、《某县某办法》（某政发〔2001〕3号）。', '《某县某规定》（某政发〔2005〕8号）涉及的事项另行办理。', '二、《某县某细则》。'])).toEqual([
      ['repeals', '某县某办法'],
      ['cites', '某县某规定'],
      ['cites', '某县某细则'],
    ]);
  });

  it.each([
    ['a lead-in with no relation word', ['现将有关事项通知如下：', '一、某县某管理办法（某政发〔2001〕3号）继续执行。']],
    ['a repeal sentence that announces no list', ['下列情形之一的，予以废止。', '一、某县某管理办法（某政发〔2001〕3号）继续执行。']],
  ])('gives the items after %s only the relation of their own words (继续执行: extends)', (_, paragraphs) => {
    const all = extract(docOf(paragraphs)).references;
    expect(all.map((r) => [r.relation, r.title])).toEqual([['extends', undefined]]);
  });

  it.each([
    ['a heading that names no list', ['三、废止程序', '《某县规范性文件管理办法》规定了程序。', '《某县规范性文件清理细则》另行制定。']],
    ['a sentence that mentions 依据', ['各单位要以《某县某办法》为依据。', '《某县某细则》另行制定。']],
  ])('gives nothing under %s', (_, paragraphs) => {
    expect(refs(paragraphs).map(([relation]) => relation)).toEqual(['cites', 'cites']);
  });
});

describe('headingNumbers (a number printed as a heading is not cited)', () => {
  const headingsOf = (paragraph: string) => [...headingNumbers(paragraph, loadPageNoise().numberLabels, loadPrefixTable())];

  it.each([
    ['珲办发〔2017〕19号', '珲办发〔2017〕19号'],
    ['（兴署发〔2019〕1号）', '兴署发〔2019〕1号'],
    ['梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知', '梁政发〔2023〕7号'],
    ['文 号 | 涟政办发〔2021〕12号 | 分 类 | 政府文件 | |', '涟政办发〔2021〕12号'],
    ['- 发文字号:阿行发〔2021〕42号', '阿行发〔2021〕42号'],
    ['N001-2011-000627 宛政〔2011〕7号', '宛政〔2011〕7号'],
  ])('%j is a heading: %s', (paragraph, number) => {
    expect(headingsOf(paragraph)).toEqual([number]);
  });

  // Numbers inside sentences are citations, even at the start of a paragraph or after 文号-like words.
  it.each([
    ['稷政办发〔2021〕37号文件同时废止。'],
    ['根据《地名管理条例》(国务院令第753号)第十四条规定。'],
    ['丹江口市人民政府审议批准了中沟路等578条新增城乡道路名称,批准文号:丹政函〔2023〕67号。'],
    ['按照晋政办发〔2022〕33号要求'],
  ])('%j holds no heading number', (paragraph) => {
    expect(headingsOf(paragraph)).toEqual([]);
  });

  it('keeps a document from citing its own number when the header missed it', () => {
    const refs = extract(docOf(['梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知', '依据《山东省突发事件应对条例》和鲁政发〔2021〕14号文件，制定本预案。'])).references;
    expect(refs.map((r) => r.docNumber).filter(Boolean)).toEqual(['鲁政发〔2021〕14号']);
  });
});
