import { describe, expect, it } from 'vitest';
import { announcedKind, selfNamedKind } from '../../../ingest/stages/self-named-kind';

describe('selfNamedKind', () => {
  it.each([
    ['a plan body naming itself', ['一、总则', '（一）编制目的', '为做好全乡防汛工作，特制定本预案。', '本预案适用于全乡范围内突发性防汛的预防和应急处置。'], '预案'],
    ['a plan body opening with an outline heading', ['1.1编制目的', '健全重污染天气应急响应机制。', '1.3适用范围', '本预案适用于在某市行政区域内发生的重污染天气应对工作。'], '预案'],
    ['rules naming themselves (特定本办法)', ['第一条为有效的贯彻林业政策，进行合理采伐，特定本办法。', '第二条凡承办采运用材之木商，必须办理登记。'], '办法'],
    ['the kind named most often', ['本预案所称突发事件，依照本办法第三条认定。', '本预案适用于全县。', '本预案自发布之日起实施。'], '预案'],
    ['a regulation naming itself over the rules it holds', ['本条例所称小型餐饮，是指有固定门店的经营者。但营业面积超过50平方米的，不适用本规定。', '本条例自2020年1月1日起施行。'], '条例'],
    ['a list published now (现予公示)', ['经厅长办公会议审议通过，省级示范市拟确定为甲市、乙市。', '现予公示，公示期为5月12日-5月18日。'], '公示'],
    ['a list published now (现予以公示)', ['经专家评审，形成2018年试点县推荐名单，现予以公示。公示期：即日起5个工作日。'], '公示'],
    ['a list published now (现将…进行公示)', ['有关单位：现将2021年度拟建站项目进行公示，并对有关情况说明如下：'], '公示'],
    ['a publicity closing with 特此公示', ['我县2021年建设高标准农田6万亩。目前项目已开工。', '特此公示。'], '公示'],
    ['a circular of named persons (现将…予以通报)', ['各市防汛抗旱指挥部：', '现将全省主要防洪工程防汛责任人予以通报。各地要逐级落实责任人，并予以通报。'], '通报'],
    ['a commendation decided and circulated', ['经县人民政府研究，决定对2008年度民政工作完成得较好的单位进行通报表彰。', '2008年度民政工作先进单位：'], '通报'],
    ['a circular of results (通报如下)', ['根据考评情况，现将评出的全市十佳乡镇通报如下。', '一、十佳乡镇'], '通报'],
    ['a notice with no head (现将有关事项通知如下)', ['各区县人民政府，市政府各部门：为表彰先进，经市政府同意，在全市开展评选。现将有关事项通知如下：一、评选对象'], '通知'],
    ['a notice with no head (特将有关事项通知如下)', ['为了使小学教育的发展适应生产需要，决定农村小学由乡办理。特将有关事项通知如下：第一、乡人民委员会必须加强领导'], '通知'],
    ['a notice with no head (现就…通知如下)', ['为做好春季防火工作，现就有关问题通知如下：', '一、高度重视'], '通知'],
    ['a notice closing with 特此通知', ['请各单位于5月10日前报送材料。', '特此通知。'], '通知'],
    ['a notice naming itself (按照本通知要求)', ['省教育厅制定了《某项目规划》（附件一）。请各地按照本通知要求，结合本地实际，制定实施方案。'], '通知'],
    ['a plan naming itself with a word between (本整改方案)', ['根据督察组反馈意见，结合我省实际，特制定本整改方案。', '一、总体要求'], '方案'],
    ['an opinion giving its opinions now (提出如下实施意见)', ['为贯彻落实《某规划》精神，结合我区实际，提出如下实施意见。', '一、重要意义'], '意见'],
    ['a circular that also says 特此通知 keeps 通报', ['现将检查情况通报如下：', '一、总体情况', '特此通知。'], '通报'],
    ['an announcement with no head (现就有关事项通告如下)', ['为进一步深化殡葬改革，结合本市实际，现就有关事项通告如下：', '一、全市实行火葬。'], '通告'],
    ['an announcement with no head (现通告如下)', ['为确保博览会安全、顺利进行，市公安局决定采取临时交通管理措施。现通告如下：', '一、管制时间'], '通告'],
    ['an announcement closing with 特此通告', ['自2023年7月30日18时起对以下路段实施临时封闭管理。', '特此通告。'], '通告'],
    ['a public announcement (现将…公告如下)', ['根据《土地管理法》，现将拟征收土地有关事项公告如下：', '一、征收范围'], '公告'],
    ['a public notice with no head (现通告如下)', ['某市公安局决定于11月1日至11月10日期间，对部分道路采取临时交通管制措施。现通告如下：', '一、禁止载货机动车通行。'], '通告'],
    ['a public notice with no head (特通告如下)', ['市政府决定2024年春节期间对烟花爆竹燃放实施“禁改限”，特通告如下：'], '通告'],
    ['a public notice closing with 特此通告', ['现将准予备案的行政规范性文件目录予以公布。', '特此通告。'], '通告'],
    ['an announcement closing with 特此公告', ['决定自2013年3月12日起至2013年5月31日止，禁止机动车在某街通行。', '特此公告。'], '公告'],
    ['an announcement made now (现发布…公告)', ['经某市人民政府研究决定，启动某社区集体土地征收工作，现发布土地征收预公告。'], '公告'],
    ['a decision with no head (现决定如下)', ['为加强烟花爆竹管理，经市人民政府研究，现决定如下：', '一、禁止燃放区域'], '决定'],
  ])('%s', (_, paragraphs, kind) => {
    expect(selfNamedKind(paragraphs)).toBe(kind);
  });

  it.each([
    // MUST-NOT: the notice that issues or forwards a plan keeps its own kind, whatever the plan says of itself.
    ['a notice issuing the plan (请根据本预案的要求)', ['各科室，各站所，各村：经研究，制定《某镇总体应急预案》，现印发给你们，请根据本预案的要求制定专项预案。', '1.总则', '本预案适用于全镇。']],
    ['a notice forwarding the plan', ['各镇人民政府：', '区民政局制定的《某区自然灾害救助应急预案》已经区政府同意，现转发给你们。', '1.1 编制目的', '编制本预案。']],
    // MUST-NOT: 本办法 inside another document's quoted words.
    ['本办法 quoted from another document', ['根据《某省管理办法》“本办法所称农田，是指…”的规定，各地要做好认定工作。']],
    ['本办法 in a title quoted', ['各单位要认真学习《关于贯彻本办法的若干意见》。']],
    // MUST-NOT: an instruction that something be published, or another list's publicity quoted.
    ['an instruction to publish a list', ['各县区确定推荐名单后，要将名单予以公示，公示期不少于5个工作日。']],
    ['another list\'s publicity quoted', ['按照县政府“现予公示”的要求，各乡镇要做好名单复核工作。']],
    // MUST-NOT: 本 ending a word (基本制度, 根本规定) names nothing.
    ['基本制度 in a sentence', ['数字档案室建设的探索，为字档案室建设提供了基本制度规范和技术支撑。']],
    ['根本规定 in a sentence', ['宪法是国家的根本规定，各地要认真学习。']],
    // MUST-NOT: a place between 本 and the kind (本县…规划 is the county's plan, not this text).
    ['本县 before a plan', ['各乡镇要按照本县规划做好村庄布局。']],
    // MUST-NOT: opinions asked of others (请提出修改意见), not given now.
    ['opinions asked for', ['请各单位认真研究，于5月10日前提出修改意见。']],
    ['a commendation asked for, not decided', ['各乡镇要对工作突出的单位进行通报表彰。']],
    ['a body naming nothing', ['为了进一步做好今年防汛工作，确保安全度汛。', '各地要落实责任。']],
    // MUST-NOT: a notice that hands a plan on stays the issuing notice (never 通知 from its formula alone: none then).
    ['a notice issuing a plan, with 特此通知', ['现将《某县防汛预案》印发给你们，请认真执行。', '特此通知。']],
    // MUST-NOT: notifying someone below is no announcement made now.
    ['an instruction to notify', ['各乡镇要将检查结果及时通知到村，并通知如下单位做好准备。']],
    ['a notice quoted from above', ['按照市政府“特此通知”的要求，各单位要认真落实。']],
    ['本通知 in a quoted sentence', ['按照县政府“本通知自印发之日起施行”的规定，各单位要认真落实。']],
    // MUST-NOT: an announcement asked of others, or another's quoted, is none made now.
    ['an instruction to announce', ['各乡镇要及时向社会通告如下内容：封闭路段、绕行路线。']],
    ['an announcement quoted from above', ['按照市政府“特此通告”的要求，各单位要做好宣传。']],
    // MUST-NOT: a public notice asked of others, or another's quoted.
    ['a public notice asked for', ['各乡镇要及时发布通告，并将通告内容张贴到村。']],
    ['a public notice quoted', ['按照县政府“特此通告”的要求，各村要做好宣传。']],
  ])('names none for %s', (_, paragraphs) => {
    expect(selfNamedKind(paragraphs)).toBeUndefined();
  });

  it.each([
    ['a stand-in headline\'s page announcing a 通告', ['9月28日，某局发布《关于国庆期间对部分道路采取交通管理措施的通告》。', '为保证道路交通安全，决定10月1日至10月8日对部分道路采取交通管理措施。现通告如下：'], '通告'],
    ['an announcement, not its 本办法', ['本办法自发布之日起施行。', '特此公告。'], '公告'],
    // MUST-NOT: an instrument naming itself is no announcement; a notice handing one on has its title's kind.
    ['an instrument naming itself', ['本办法适用于全县。', '本办法自发布之日起施行。'], undefined],
    ['a notice issuing a plan, with 特此通告', ['现将《某县防汛预案》印发给你们，请认真执行。', '特此通告。'], undefined],
  ])('announcedKind: %s', (_, paragraphs, kind) => {
    expect(announcedKind(paragraphs)).toBe(kind);
  });
});
