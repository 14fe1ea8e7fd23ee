/**
 * Duties of a kind of office (各乡镇人民政府, 公安机关, 县（市、区）以上气象主管机构): phrasings of
 * real county notices and local rules, each read as one duty of the kind, and placeholders that
 * must give none.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (text: string) => extractDuties(makeDocument([text], '五华县')).duties;

describe('duties of a kind of office', () => {
  it.each<[string, string, string, DutyRole, string]>([
    ['各乡镇 then 负责', '三、各乡镇人民政府负责所辖行政区的禁止露天焚烧秸秆工作,切实做好秸秆禁烧的宣传、巡查等工作。', '各乡镇人民政府', 'responsible', '五华县:乡镇人民政府'],
    ['a kind without 各, in an article', '第三条 乡镇人民政府负责本辖区内宅基地审批和监督管理工作。', '乡镇人民政府', 'responsible', '五华县:乡镇人民政府'],
    ['各镇 then 要 then 负责', '六、各镇人民政府要落实属地责任,负责辖区内禁止燃放烟花爆竹安全管理工作的组织实施。', '各镇人民政府', 'responsible', '五华县:乡镇人民政府'],
    ['a bracketed 乡（镇）', '各乡（镇）人民政府负责本辖区秸秆禁烧工作。', '各乡（镇）人民政府', 'responsible', '五华县:乡镇人民政府'],
    ['各街道办事处', '各街道办事处负责辖区内的垃圾分类宣传。', '各街道办事处', 'responsible', '五华县:街道办事处'],
    ['a kind of places with its own 、', '1.摸清存量宅基地底数。(配合单位:各试点乡镇、街道)', '各试点乡镇、街道', 'support', '五华县:乡镇人民政府(街道办事处)'],
    ['governments of the counties below a city', '各县（市、区）人民政府负责本行政区域内的河长制工作。', '各县（市、区）人民政府', 'responsible', '五华县:县(市、区)人民政府'],
    ['a law: the organs of a field', '公安机关负责查处燃放烟花爆竹违法行为。', '公安机关', 'responsible', '五华县:公安机关'],
    ['a law: 由 a kind of township 组织实施 a matter', '禁放区域内的宣传由禁放区乡镇(街道)组织实施。', '禁放区乡镇(街道)', 'responsible', '五华县:乡镇人民政府(街道办事处)'],
    ['a law: a field organ with its scope, then 在…下，负责', '第四条县(市、区)以上气象主管机构在同级人民政府领导下,负责人工影响天气工作的组织实施和指导管理。', '县(市、区)以上气象主管机构', 'responsible', '五华县:县(市、区)以上气象主管机构'],
    ['a rule: a government\'s 法制机构 at two levels', '第五条 市、县(区)人民政府法制机构负责指导和监督本行政区域的行政执法公示工作。', '市、县(区)人民政府法制机构', 'responsible', '五华县:市、县(区)人民政府法制机构'],
    ['a law: 县级以上人民政府民政部门', '县级以上人民政府民政部门负责本行政区域内的地名管理工作。', '县级以上人民政府民政部门', 'responsible', '五华县:县级以上人民政府民政部门'],
    ['a rule: the field 水行政, with 依照…的规定 before 具体负责', '第二条县级以上水行政主管部门依照本办法的规定,具体负责本行政区域内河道采砂的日常管理和监督检查工作。', '县级以上水行政主管部门', 'responsible', '五华县:县级以上水行政主管部门'],
    ['a rule: 消防救援机构, an organ named with 机构', '消防救援机构负责住宅小区电动自行车充电消防安全的监督管理,依法查处违法行为。', '消防救援机构', 'responsible', '五华县:消防救援机构'],
    // An office of a field written for several levels: the county's own (data: levelAlternatives).
    ['a field office written for two levels', '县（市）农业农村部门负责轮作补助面积核实认定。', '县（市）农业农村部门', 'responsible', '五华县:县农业农村部门'],
    ['a field office written for three levels', '旗县（市、区）农牧部门负责草原补奖资金发放。', '旗县（市、区）农牧部门', 'responsible', '五华县:县农牧部门'],
    ['the committees written 居（村）', '居(村)委会负责协助受理申请。', '居(村)委会', 'support', '五华县:村(居)民委员会'],
    ['the township government written 乡镇人民政府（街道）', '乡镇人民政府(街道)负责受理低保申请。', '乡镇人民政府(街道)', 'responsible', '五华县:乡镇人民政府(街道办事处)'],
  ])('reads %s', (_name, text, unit, role, unitId) => {
    expect(read(text).map((d) => [d.unit, d.role, d.unitId])).toEqual([[unit, role, unitId]]);
  });

  it('reads both organs a law joins with 或者 (one or the other by place)', () => {
    expect(read('(一)畜牧兽医部门或者动物卫生监督机构负责犬类的免疫、检疫。').map((d) => [d.unitId, d.role])).toEqual([
      ['五华县:畜牧兽医部门', 'responsible'],
      ['五华县:动物卫生监督机构', 'responsible'],
    ]);
  });

  it.each([
    ['有关部门', '有关部门负责查处燃放烟花爆竹违法行为。'],
    ['各有关单位', '各有关单位要按照职责分工，负责做好宣传工作。'],
    ['相关责任单位', '相关责任单位负责整改落实。'],
    ['各成员单位', '各成员单位负责本系统的信息报送。'],
    ['县直各有关单位', '县直各有关单位负责做好本部门的安全管理。'],
    ['主管部门 with no field', '行业主管部门负责监督检查。'],
    ['医疗机构 is no organ', '医疗机构负责病例报告。'],
    ['a 培训机构 is no organ', '培训机构负责学员的安全管理。'],
    ['各级 alone', '各级要负责做好宣传。'],
    ['a bare 镇 is a place, not a kind', '镇负责做好宣传。'],
    ['负责人 stays a person', '县(市、区)以上气象主管机构的负责人是第一责任人。'],
    ['an adverbial without a verb after it', '县(市、区)以上气象主管机构在同级人民政府领导下,做好人工影响天气工作。'],
  ])('finds no duty of %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});
