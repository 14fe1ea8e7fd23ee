import { describe, expect, it } from 'vitest';
import { derivedTitle, meetingDate } from '../../../ingest/stages/derived-title';

describe('derivedTitle', () => {
  const derive = (lines: string[]) => derivedTitle(lines, lines.map((_, i) => i));

  it.each([
    ['an instrument handed on to the recipients', ['各乡镇人民政府：', '现将《某县防汛抗旱应急预案》印发给你们，请认真贯彻执行。'], '关于印发《某县防汛抗旱应急预案》的通知'],
    ['an instrument issued at once, named before the verb', ['各乡镇人民政府：', '《某县森林火灾应急预案》已经县政府同意，现予印发，希认真贯彻执行。'], '关于印发《某县森林火灾应急预案》的通知'],
    ['an instrument drawn up, then issued', ['各科室，各站所，各村：为提高处置突发事件的能力。经研究，制定《某镇突发公共事件总体应急预案（修订）》，现印发给你们，请遵照执行。'], '关于印发《某镇突发公共事件总体应急预案（修订）》的通知'],
    ['a document forwarded, its own title holding a title', ['各县区人民政府：', '现将《某省人民政府办公厅关于印发〈某办法〉的通知》转发给你们，请结合实际认真贯彻落实。'], '关于转发《某省人民政府办公厅关于印发〈某办法〉的通知》的通知'],
    ['a title nested in the same brackets', ['现将《某县办公室关于印发《某规划（2024—2030年）》的通知》转发给你们。'], '关于转发《某县办公室关于印发〈某规划（2024—2030年）〉的通知》的通知'],
    ['two instruments issued together', ['《关于解决某问题的指导意见》《某县存量土地盘活利用实施方案（试行）》已经县政府常务会议研究通过，现予印发，请认真贯彻执行。'], '关于印发《关于解决某问题的指导意见》《某县存量土地盘活利用实施方案（试行）》的通知'],
    ['two instruments joined by 和', ['现将《某县甲办法》和《某县乙细则》印发给你们。'], '关于印发《某县甲办法》和《某县乙细则》的通知'],
    // The 《》 only part of the instrument's name: the words around it belong to the name.
    ['an instrument whose name holds a title', ['各区人民政府：', '现将某市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案印发给你们，望遵照执行。'], '关于印发某市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案的通知'],
    // MUST-NOT: words after the 《》 that end in no 文种 are no part of a name.
    ['instruments and the words 等文件 after them', ['现将《某县甲办法》等文件印发给你们。'], '关于印发《某县甲办法》的通知'],
    ['an instrument after another the sentence only cites', ['根据《某省条例》，制定《某县实施办法》，现印发给你们。'], '关于印发《某县实施办法》的通知'],
    ['a document forwarded to one county', ['和某县人民政府：', '现将自治区人民政府《关于同意某乡区划调整的批复》（某政函〔2009〕21号）转发你县，请按照批复精神组织实施。'], '关于转发《关于同意某乡区划调整的批复》的通知'],
    ['a reply to the request it received', ['某州人民政府：', '你州呈报的《关于某县乡镇行政区划调整的请示》（某政〔2020〕87号）收悉。经研究，现批复如下：', '一、同意撤销某乡。'], '关于《关于某县乡镇行政区划调整的请示》的批复'],
    ['an explanation announced', ['现就《某县人民政府关于公布规范性文件清理结果的决定》（以下简称《决定》）的有关情况说明如下：', '一、制定必要性'], '关于《某县人民政府关于公布规范性文件清理结果的决定》的解读'],
    ['an interpretation opening with its headings, its subject named for short', ['一、制定背景', '根据《某省行政规范性文件管理办法》要求，区司法局组织起草《某区人民政府关于公布清理结果的决定》（以下简称《决定》）。', '二、法律依据'], '关于《某区人民政府关于公布清理结果的决定》的解读'],
    // An interpretation announced now by its verb, its subject named in full before its short name.
    ['an interpretation announced by 现对…进行政策解读', ['县政府办公室制定印发《某县人民政府办公室关于印发为民实事实施方案的通知》（以下简称《通知》），现对《通知》进行政策解读。', '一、《通知》出台的目的'], '关于《某县人民政府办公室关于印发为民实事实施方案的通知》的解读'],
    ['an interpretation announced by 现就…进行解读', ['现就《某县养犬管理办法》进行解读：', '一、出台背景'], '关于《某县养犬管理办法》的解读'],
    ['an announcement saying what it announces', ['为保障公共安全，根据有关规定，现就禁止燃放烟花爆竹有关事项通告如下：', '一、禁放区域'], '关于禁止燃放烟花爆竹的通告'],
    ['a notice saying what it is about', ['各乡镇人民政府：', '现就做好2023年防汛工作的有关事项通知如下：'], '关于做好2023年防汛工作的通知'],
    ['a 预公告 of what is to be taken', ['因公共利益的需要，需征收某村地段的集体土地，现将拟征收土地情况预公告如下：', '一、征收范围'], '关于拟征收土地情况的预公告'],
    ['results published by a text calling itself 本公告', ['现将市政府行政规范性文件清理结果集中公布如下：', '一、继续有效的文件', '二、宣布失效的文件自本公告公布之日起停止执行。'], '关于公布市政府行政规范性文件清理结果的公告'],
    ['an announcement of what it names 有关', ['某市人民政府审议批准了新增道路名称。现将有关批复情况公告如下：'], '关于批复情况的公告'],
    ['a call for comments on the draft it names', ['为促进新市民安居乐业，结合本市实际，起草形成了《某市促进新市民安居乐业政策举措（征求意见稿）》。现向社会公开征求意见。', '公开征求意见时间自2024年9月6日至9月14日。'], '某市促进新市民安居乐业政策举措（征求意见稿）'],
    ['an announcement named whole', ['为了公共利益的需要，根据有关法律法规的规定，现发布征收土地预公告。', '一、征收目的'], '征收土地预公告'],
    ['a reply by letter to a request named by its matter', ['某县自然资源和规划局：', '你单位就某县某项目压覆重要矿产资源的申请收悉，现函复如下：', '一、原则同意。'], '关于某县某项目压覆重要矿产资源的复函'],
    ['a reply by letter to a request named in 《》', ['你局《关于某事的请示》收悉。经研究，现函复如下：'], '关于《关于某事的请示》的复函'],
    ['an answer to a request named by its matter', ['你们就规范审批流程的请示收悉，现答复如下：'], '关于规范审批流程的答复'],
    // A reply to a deputy's suggestion or a member's proposal that prints no title: the one it answers names it.
    ['a reply to a suggestion named bare before 收悉', ['某某代表：', '您提出的关于某村至某镇农村公路改造的建议收悉，现答复如下：'], '关于《关于某村至某镇农村公路改造的建议》的答复'],
    ['a reply to a proposal named in quotation marks', ['某某委员：', '感谢您的关心，您提出的“关于某路段提升改造的提案”已收悉，现答复如下：'], '关于《关于某路段提升改造的提案》的答复'],
    ['a reply to a suggestion handed over, not received', ['某镇代表团：', '你们在某县第十七届人民代表大会第三次会议上提出的《关于配置某卫生院救护车的建议》，已交由我单位办理，经研究答复如下：'], '关于《关于配置某卫生院救护车的建议》的答复'],
    ['a reply naming the suggestion a sentence before 答复如下', ['您在某县人大会议上提出的“关于加大乡村旅游开发的建议”，县人民政府已交我局办理。经研究，现答复如下：'], '关于《关于加大乡村旅游开发的建议》的答复'],
    ['a notice naming only 有关事项 after what was decided', ['各相关经营户：', '为规范市场秩序，根据监测计划，决定在全县范围内开展食品质量专项监测，现将有关事项通知如下：'], '关于在全县范围内开展食品质量专项监测的通知'],
    ['an announcement of 具体情况 after what will be done', ['某公路建设项目因路面施工将采取封闭施工管理，现将具体情况通告如下：', '一、封闭时间'], '关于某公路建设项目因路面施工将采取封闭施工管理的通告'],
    ['a decision announcing the list it repeals', ['为维护法治统一，市政府决定对以下2件市政府规章予以废止：', '一、《某市市容管理办法》（2016年12月1日某市人民政府令第2号发布）'], '关于废止2件市政府规章的决定'],
    ['a decision repealing the list below', ['经过清理，省政府决定废止下列规章：', '一、某省信访规定（省政府令第114号）。'], '关于废止规章的决定'],
    ['a decision declaring the list lapsed', ['经清理，县政府决定对以下五件规范性文件宣布失效：'], '关于宣布失效五件规范性文件的决定'],
    ['an announcement standing alone after what is planned', ['根据《某法》等规定，为了公共利益需要，拟征收某镇甲村、乙村集体土地。现将有关情况公告如下：', '一、拟征收土地目的'], '关于拟征收某镇甲村、乙村集体土地的公告'],
    ['an announcement standing alone after what was decided', ['为加强队伍建设，结合用人需求，经研究，决定面向社会公开招聘事业单位工作人员。现将有关事项公告如下：', '一、招聘条件'], '关于面向社会公开招聘事业单位工作人员的公告'],
    // The organ the decided clause opens with is its subject: the title names it as its issuer.
    ['an organ announcing what it does', ['根据工作需要，甲县人力资源和社会保障局面向社会公开招聘劳动保障协理员20名，现将有关事项公告如下：', '一、招聘条件'], '甲县人力资源和社会保障局关于面向社会公开招聘劳动保障协理员20名的公告'],
    ['a clause whose head is a place, not an organ', ['经研究，决定甲县城区道路实行交通管制，现将有关事项通告如下：'], '关于甲县城区道路实行交通管制的通告'],
    ['a decision amending the rules it names', ['某自治县第五届人民代表大会第四次会议决定对《某自治县自治条例》作如下修改：', '一、第四条第二款修改为：“…”'], '关于修改《某自治县自治条例》的决定'],
    ['a decision amending a rule whose title holds one', ['某市人民代表大会常务委员会第十次会议决定对《某市实施〈某法〉办法》作出如下修改：'], '关于修改《某市实施〈某法〉办法》的决定'],
    ['a decision amending parts of two rules', ['省人民政府决定对《某省甲办法》和《某省乙规定》的部分条款作如下修改：'], '关于修改《某省甲办法》和《某省乙规定》的决定'],
    ['minutes naming the meeting they record', ['2017年1月10日上午，区长某某主持召开区政府2017年度第1次常务会议，现纪要如下：', '一、会议讨论了区政府领导工作分工'], '区政府2017年度第1次常务会议纪要'],
    ['minutes whose record follows a full stop', ['某日下午，副区长某某主持召开五届104次区政府常务会议。纪要如下：', '一、审议某清单'], '五届104次区政府常务会议纪要'],
    ['a list published now (现将…予以公示)', ['按照有关通知要求，现将我市拟推荐对象名单予以公示，其中劳动模范19名。'], '关于我市拟推荐对象名单的公示'],
    ['projects published now (现将…进行公示)', ['有关单位：根据有关规定，现将2021年度州级专家工作站拟建站项目进行公示，并对有关情况说明如下：'], '关于2021年度州级专家工作站拟建站项目的公示'],
    ['a list published now where it is made (在全市范围内)', ['为充分发扬民主，现将推荐对象在全市范围内进行公示，公示期为5月20日至5月27日。'], '关于推荐对象的公示'],
    // A law printed under the sentence that promulgates it, with no title of its own: the law it names.
    ['a law under its promulgation sentence', ['《某自治区乡村振兴促进条例》已由某自治区第十三届人民代表大会第五次会议通过，并公布，自2022年3月1日起施行。', '第一条 为了全面实施乡村振兴战略，制定本条例。'], '某自治区乡村振兴促进条例'],
    ['a 人大常委会 公告 sentence', ['《某省通信管理条例》已经1996年12月31日某省第八届人民代表大会常务委员会第二十八次会议通过，现予公布，自1997年3月1日起施行。'], '某省通信管理条例'],
    // MUST-NOT: the same sentence handing the instrument on is a notice (read as before).
    ['an instrument adopted, then handed on', ['《某县森林防火办法》已经县政府常务会议通过，现印发给你们，请遵照施行。'], '关于印发《某县森林防火办法》的通知'],
    ['persons circulated now (现将…予以通报)', ['各省辖市防汛抗旱指挥部：', '现将全省大中型水库防汛责任人和抗旱行政责任人予以通报。各地要逐级落实，并予以通报。'], '关于全省大中型水库防汛责任人和抗旱行政责任人的通报'],
  ])('%s', (_, lines, title) => {
    expect(derive(lines)).toBe(title);
  });

  it.each([
    // MUST-NOT: an instruction to interpret (要…进行解读) is no interpretation announced.
    ['an instruction to interpret', ['各部门要对《某县人民政府关于某事的通知》进行政策解读，扩大知晓面。']],
    ['an instruction to interpret, its sentence ending with it', ['起草部门应当对《某县养犬管理办法》进行解读。']],
    // MUST-NOT: a promulgation sentence not first (a text citing one), or one naming no adoption.
    ['a promulgation cited in a later sentence', ['各乡镇人民政府：', '根据工作需要，现将有关要求明确如下。《某条例》已由某省人大常委会通过，自2022年3月1日起施行。']],
    ['a law named as in force, no adoption', ['《某省条例》自2022年3月1日起施行，各地要认真学习。']],
    ['a report announced, no instrument', ['各镇人民政府：', '为贯彻落实《某办法》有关要求，县政府办开展了检查，现将检查情况通报如下：']],
    ['a measure made here, nothing handed on', ['为促进经济平稳发展，根据《某市若干政策措施》，结合本区实际，特制定如下政策措施。']],
    ['a document named for short outside an interpretation', ['根据《某省条例》（以下简称《条例》）规定，现就有关事项通知如下：']],
    ['an issuing verb with no instrument named before it', ['各乡镇人民政府：', '县政府决定印发给你们的材料请妥善保管。']],
    ['an instrument named after the verb only', ['现予印发，《某方案》同时废止。']],
    ['a request received but no reply announced', ['你局《关于某事的请示》收悉，请按规定办理。']],
    ['a draft cited, no comments called for', ['根据《某条例（草案）》的说明，现就有关事项通知如下：', '一、工作要求']],
    ['comments called for on no draft', ['现就《某县某办法》向社会公开征求意见。']],
    ['a notice announcing only 有关事项', ['现就有关事项通知如下：', '一、工作要求']],
    ['an announcement of 有关事宜 only', ['根据《某条例》，现将有关事宜公告如下。', '一、禁牧范围']],
    ['results published by a text that never says what it is', ['现将检查结果公布如下：', '一、合格单位']],
    ['a report of a check (通报 is no announcement here)', ['现将检查情况通报如下：']],
    ['有关事项 after a purpose only', ['为做好防汛工作，现将有关事项通知如下：']],
    ['有关事项 after a basis only', ['按照县政府统一部署，现将有关事项通知如下：']],
    ['a decision commending a list (no repeal)', ['县政府决定对以下2名同志予以表彰：']],
    ['a repeal inside a sentence, no list announced', ['本办法自发布之日起施行，原《某办法》同时废止。']],
    ['具体情况 after the decision words alone', ['经研究，现将具体情况通告如下：']],
    ['有关事项 after a sentence ended half-width', ['为加强管理,县人民政府决定在全县范围实施禁燃禁放工作.现将有关事项通告如下:']],
    ['a request named by its matter but no reply announced', ['你单位就有关问题的来函收悉，请按规定办理。']],
    ['a matter that cites a title before 有关事项', ['决定贯彻《某条例》，现将有关事项通知如下：']],
    ['有关事项 standing alone after a narrative sentence', ['今年以来全县防汛工作取得了明显成效。现将有关事项通知如下：']],
    ['有关事项 standing alone after a purpose', ['为切实做好春节期间安全工作。现将有关事项通知如下：']],
    ['有关事项 standing alone, the decision in another paragraph', ['经研究，决定开展专项检查。', '现将有关事项通知如下：']],
    ['a meeting convened, no minutes announced (a news report)', ['区长某某主持召开区政府第66次常务会议。', '会议要求，各部门要抓好安全生产。']],
    ['a decision that amends nothing named (决定如下)', ['经研究，某县人民政府决定如下：', '一、同意设立某中心。']],
    ['a decision repealing what it names', ['市人民代表大会常务委员会决定对《某市甲条例》予以废止。']],
    ['an amendment reported, not decided (a news sentence)', ['会议审议了对《某市甲条例》作如下修改的议案。']],
    ['minutes announced, no meeting named', ['现将会议研究的事项纪要如下：', '一、关于某事']],
    // MUST-NOT: an instruction to publish (要将…予以公示) or a document named in 《》 is no announcement made now.
    ['an instruction to publish a list', ['各县区要将推荐名单予以公示，公示期不少于5个工作日。']],
    ['a document named in 《》 circulated', ['现将《某县关于检查情况的报告》予以通报。']],
    ['有关情况 only, circulated now', ['现将有关情况予以通报。']],
    // MUST-NOT: a suggestion named where no reply is announced, or a quoted phrase that names no proposal.
    ['a suggestion named, no reply announced (a news sentence)', ['某某代表提出的关于某村道路硬化的建议，已交县交通局办理。']],
    ['a quoted requirement made, not a proposal', ['您提出的“三个一”要求收悉，现答复如下：']],
    ['a suggestion answered by a 批复 (no deputy\'s reply)', ['你局提出的关于某事的建议收悉，现批复如下：']],
  ])('writes none for %s', (_, lines) => {
    expect(derive(lines)).toBeUndefined();
  });
});

describe('meetingDate', () => {
  it.each<[string[], string | undefined]>([
    // Minutes dated by the meeting their opening sentence reports, before naming it.
    [['2017年1月10日上午，在区机关815会议室，区长某某主持召开区政府2017年度第1次常务会议，现纪要如下：'], '2017-01-10'],
    [['2024年9月13日下午，副区长某某同志主持召开五届104次区政府常务会议。纪要如下：'], '2024-09-13'],
    [['主送：各单位', '二〇二三年三月五日，县长主持召开县政府第8次常务会议，现纪要如下：'], '2023-03-05'],
    // Must not: a date after the meeting is named, a meeting no minutes record, no date at all.
    [['区长主持召开区政府第1次常务会议，现纪要如下：2017年1月10日'], undefined],
    [['2017年1月10日，区政府召开第1次常务会议。'], undefined],
    [['区长主持召开区政府第1次常务会议，现纪要如下：'], undefined],
  ])('%j → %s', (paragraphs, expected) => {
    expect(meetingDate(paragraphs)).toBe(expected);
  });
});
