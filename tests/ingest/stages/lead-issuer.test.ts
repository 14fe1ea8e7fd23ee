import { describe, expect, it } from 'vitest';
import { leadIssuers } from '../../../ingest/stages/lead-issuer';

describe('leadIssuers', () => {
  it.each([
    ['an organ deciding a temporary measure', ['“某某上海”微信公众号消息，为确保进口博览会顺利进行，根据《中华人民共和国道路交通安全法》等有关规定，上海市公安局决定于2022年11月1日至11月10日期间，对部分道路采取临时交通管制措施。现通告如下：'], ['上海市公安局']],
    ['joint organs deciding an amendment (作如下修改)', ['农业部，各省财政厅：', '根据《中共中央国务院关于加快水利改革发展的决定》精神，财政部、水利部决定对《某专项资金管理办法》有关条文作如下修改：'], ['财政部', '水利部']],
    ['经 an organ 研究决定 … 现发布公告', ['为了公共利益的需要，根据《中华人民共和国土地管理法》等规定，经简阳市人民政府研究决定，启动某社区集体土地征收工作，现发布土地征收预公告。'], ['简阳市人民政府']],
    ['a lead saying who published the 通告 whose text follows', ['10月1日至8日，北京部分道路采取交通管理措施', '[汽车之家 资讯] 9月28日，北京市公安局公安交通管理局发布《关于2025年“国庆节”期间对部分道路采取交通管理措施的通告》。为保证道路交通安全顺畅，决定对北京市部分道路采取交通管理措施。现通告如下：'], ['北京市公安局公安交通管理局']],
    ['a lead-in before the organ (近日，…印发了)', ['近日，某省人民政府办公厅印发了《某行动方案》。', '现将有关事项通告如下：'], ['某省人民政府办公厅']],
    ['a bare organ, left to be completed by the issuer stage', ['根据有关规定，经县政府研究决定，现发布土地征收启动公告：'], ['县政府']],
  ])('%s', (_, paragraphs, organs) => {
    expect(leadIssuers(paragraphs)).toEqual(organs);
  });

  it.each([
    // MUST-NOT: news ABOUT an organ's decision announces no document of its own.
    ['news of a State Council decision', ['据中国政府网10日发布的消息，国务院决定再取消和下放68项行政审批项目。']],
    ['news with a wire lead', ['据新华社电 国务院近期决定，取消和下放一批行政审批项目等事项，共计50项。']],
    ['news of a document issued', ['近日，国务院办公厅印发《关于对2017年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报》。', '为鼓励先进，经省政府同意，省政府办公厅发文予以通报表扬。']],
    // MUST-NOT: an organ the clause does not open with as subject.
    ['a decision cited with 根据', ['根据国务院决定，现将有关事项通告如下：']],
    ['an organ approving (经…同意)', ['经省政府同意，现将有关事项通告如下：']],
    ['an organ whose document is implemented', ['为贯彻落实省委办公厅印发的《某意见》，现将有关事项通告如下：']],
    ['news a reporter learned', ['记者从市公安局获悉，公安局决定对部分道路实施管制。', '现通告如下：']],
    ['a decision with no organ named', ['为确保活动顺利进行，决定对部分道路实行临时交通管制，具体事项通告如下：']],
    ['words before 决定 that are no organ', ['经研究决定，现将有关事项通告如下：']],
    ['a subject that is no organ', ['某某公司决定于5月1日停业。现通告如下：']],
  ])('names none for %s', (_, paragraphs) => {
    expect(leadIssuers(paragraphs)).toEqual([]);
  });
});
