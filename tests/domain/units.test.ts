import { describe, expect, it } from 'vitest';
import { createUnitResolver, isUnitName, loadUnitTable, normalizeUnitName, roleLabel } from '../../src/domain/units';

const units = createUnitResolver(loadUnitTable());

describe('createUnitResolver', () => {
  describe('resolve', () => {
    it.each([
      ['县人社局', '稷山县', '稷山县:县人力资源和社会保障局'],
      ['县人力资源和社会保障局', '稷山县', '稷山县:县人力资源和社会保障局'],
      ['稷山县人力资源和社会保障局', '稷山县', '稷山县:县人力资源和社会保障局'],
      ['县行政审批局', '稷山县', '稷山县:县行政审批服务管理局'],
      ['县行政审批服务管理局', '夏县', '夏县:县行政审批服务管理局'],
      ['县工信科局', '夏县', '夏县:县工业和信息化和科技局'],
      ['县工科局', '稷山县', '稷山县:县工业和信息化和科技局'],
      ['县工业和信息化和科技局', '夏县', '夏县:县工业和信息化和科技局'],
      ['县工信科局（商务局）', '夏县', '夏县:县工业和信息化和科技局'],
      ['县发改局', '稷山县', '稷山县:县发展和改革局'],
      ['县发展改革局', '夏县', '夏县:县发展和改革局'],
      ['县发展和改革委员会', '夏县', '夏县:县发展和改革局'],
      ['县住建局', '夏县', '夏县:县住房和城乡建设局'],
      ['县住房和城乡建设管理局', '夏县', '夏县:县住房和城乡建设局'],
      ['县卫健委', '稷山县', '稷山县:县卫生健康局'],
      ['县卫体局', '夏县', '夏县:县卫生健康和体育局'],
      ['县市场监管局', '稷山县', '稷山县:县市场监督管理局'],
      ['县市场监督管理局', '稷山县', '稷山县:县市场监督管理局'],
      ['县医保局', '稷山县', '稷山县:县医疗保障局'],
      ['县交通局', '稷山县', '稷山县:县交通运输局'],
      ['县应急局', '稷山县', '稷山县:县应急管理局'],
      ['县应急管理局', '稷山县', '稷山县:县应急管理局'],
      ['县供销社', '稷山县', '稷山县:县供销合作社联合社'],
      ['县文旅局', '夏县', '夏县:县文化和旅游局'],
      ['国家税务总局稷山县税务局', '稷山县', '稷山县:县税务局'],
      ['县税务局', '稷山县', '稷山县:县税务局'],
      ['稷山县公安局交通管理大队', '稷山县', '稷山县:县公安局交通管理大队'],
      ['县交警大队', '稷山县', '稷山县:县公安局交通管理大队'],
      ['县交管大队', '稷山县', '稷山县:县公安局交通管理大队'],
      ['市生态环境局稷山分局', '稷山县', '稷山县:市生态环境局县分局'],
      ['运城市生态环境局夏县分局', '夏县', '夏县:市生态环境局县分局'],
      ['生态环境夏县分局', '夏县', '夏县:市生态环境局县分局'],
      ['稷山经开区管委会', '稷山县', '稷山县:县经济技术开发区管理委员会'],
      ['稷山经济技术开发区管委会', '稷山县', '稷山县:县经济技术开发区管理委员会'],
      ['人行稷山支行', '稷山县', '稷山县:中国人民银行县支行'],
      ['国网稷山县供电公司', '稷山县', '稷山县:国网县供电公司'],
      ['国网稷山供电公司', '稷山县', '稷山县:国网县供电公司'],
      ['县政府', '夏县', '夏县:县人民政府'],
      ['县人民政府', '夏县', '夏县:县人民政府'],
      ['县政府办', '夏县', '夏县:县人民政府办公室'],
      ['水利局', '夏县', '夏县:县水利局'],
      ['县委网信办', '稷山县', '稷山县:县委网络安全和信息化委员会办公室'],
      ['县枣业发展服务中心', '稷山县', '稷山县:县枣业发展服务中心'],
      ['稷峰镇人民政府', '稷山县', '稷山县:稷峰镇人民政府'],
      ['区人社局', '盐湖区', '盐湖区:区人力资源和社会保障局'],
      ['国家税务总局盐湖区税务局', '盐湖区', '盐湖区:区税务局'],
      ['县生态环境分局', '稷山县', '稷山县:市生态环境局县分局'],
      ['稷山银保监局', '稷山县', '稷山县:银保监分局县监管组'],
      ['运城银保监分局稷山监管组', '稷山县', '稷山县:银保监分局县监管组'],
      ['夏县移动公司', '夏县', '夏县:中国移动县分公司'],
      ['武警夏县中队', '夏县', '夏县:武警县中队'],
    ])('%s in %s is %s', (name, county, id) => {
      expect(units.resolve(name, county)?.id).toBe(id);
    });

    // An office written for several levels (data: levelAlternatives) is the county's own.
    it.each([
      ['区(市)县民政局', '金堂县', '金堂县:县民政局'],
      ['区（市）县民政局', '郫都区', '郫都区:区民政局'],
      ['县区民政局', '大荔县', '大荔县:县民政局'],
      ['市/县民政局', '大荔县', '大荔县:县民政局'],
      ['县(市)民政局', '永济市', '永济市:市民政局'],
      // Must not: a name the table knows keeps its reading (县市场监管局 is no 县/市 run).
      ['县市场监管局', '稷山县', '稷山县:县市场监督管理局'],
      ['县民政局', '大荔县', '大荔县:县民政局'],
    ])('reads %s in %s as %s', (name, county, id) => {
      expect(units.resolve(name, county)?.id).toBe(id);
    });

    it('never reads a run of levels as another county (县区民政局 is no office of a 县区)', () => {
      expect(units.resolve('县区民政局', '大荔县')?.county).toBe('大荔县');
    });

    it('keeps offices of two counties apart', () => {
      expect(units.resolve('县交通局', '稷山县')?.id).not.toBe(units.resolve('县交通局', '夏县')?.id);
    });

    it('leaves a bare national name as written when no county is given', () => {
      expect(units.resolve('发展改革委')?.id).toBe('发展改革委');
      expect(units.resolve('生态环境部')?.id).toBe('生态环境部');
    });

    it('gives a name that carries another county to that county', () => {
      expect(units.resolve('夏县人社局', '稷山县')?.id).toBe('夏县:县人力资源和社会保障局');
    });

    it('lists the abbreviations of a unit among its aliases', () => {
      expect(units.resolve('县人力资源和社会保障局', '稷山县')?.aliases).toContain('县人社局');
    });

    it.each([
      ['各乡（镇）人民政府'],
      ['各乡(镇)人民政府'],
      ['县直各有关单位'],
      ['县直有关单位'],
      ['各有关部门'],
      ['各成员单位'],
      ['县服务业发展领导小组有关成员单位'],
      ['各乡镇人民政府'],
      ['事发地乡镇人民政府'],
      ['乡镇政府'],
      ['村委会'],
    ])('returns undefined for the collective %s', (name) => {
      expect(units.resolve(name, '稷山县')).toBeUndefined();
    });

    it.each([['李 雷'], ['韩俊峰'], ['政府'], ['局'], ['金融业专班'], ['责任单位'], ['本办法由县行政审批局'], ['县指挥部办公室设在县能源局'], ['']])(
      'returns undefined for %j, which is no unit',
      (name) => {
        expect(units.resolve(name, '稷山县')).toBeUndefined();
      },
    );
  });

  describe('learn', () => {
    it('merges the forms met for one office into one unit', () => {
      const resolver = createUnitResolver(loadUnitTable());
      resolver.learn('县人社局', '稷山县');
      resolver.learn('稷山县人力资源和社会保障局', '稷山县');
      const learned = resolver.units('稷山县');
      expect(learned).toHaveLength(1);
      expect(learned[0].aliases).toEqual(expect.arrayContaining(['县人社局', '稷山县人力资源和社会保障局']));
    });

    it('makes a unit of a name the table does not know', () => {
      const resolver = createUnitResolver(loadUnitTable());
      expect(resolver.learn('县枣业发展服务中心', '稷山县')?.id).toBe('稷山县:县枣业发展服务中心');
      expect(resolver.units()).toHaveLength(1);
    });

    it('learns nothing from a collective', () => {
      const resolver = createUnitResolver(loadUnitTable());
      expect(resolver.learn('县直各有关单位', '稷山县')).toBeUndefined();
      expect(resolver.units()).toHaveLength(0);
    });
  });
});

describe('kindOf', () => {
  it.each([
    ['各乡镇人民政府', '乡镇人民政府'],
    ['各乡（镇）人民政府', '乡镇人民政府'],
    ['各乡、镇人民政府', '乡镇人民政府'],
    ['各镇人民政府', '乡镇人民政府'],
    ['乡镇人民政府', '乡镇人民政府'],
    ['事发地乡镇人民政府', '乡镇人民政府'],
    ['各乡镇', '乡镇人民政府'],
    ['各街道办事处', '街道办事处'],
    ['各县（市、区）人民政府', '县(市、区)人民政府'],
    ['各县(市、区)党委和人民政府', '县(市、区)党委和人民政府'],
    ['各试点乡镇、街道', '乡镇人民政府(街道办事处)'],
    ['相关镇(街道)', '乡镇人民政府(街道办事处)'],
    ['各村民委员会', '村民委员会'],
    // A committee is an organ, not a place: written bare it names the kind (村委会负责…), unlike 镇.
    ['村委会', '村民委员会'],
    ['居委会', '居民委员会'],
    ['公安机关', '公安机关'],
    ['审计机关', '审计机关'],
    ['县(市、区)以上气象主管机构', '县(市、区)以上气象主管机构'],
    ['市、县(区)人民政府法制机构', '市、县(区)人民政府法制机构'],
    ['县级以上人民政府民政部门', '县级以上人民政府民政部门'],
    ['各级全民国防教育主管部门', '各级全民国防教育主管部门'],
    ['有关县级公安机关', '县级公安机关'],
    ['国务院自然资源主管部门', '国务院自然资源主管部门'],
    ['各区县政府', '县(市、区)人民政府'],
    // The organ in brackets stands in where a place has another (a 管委会): the kind written first.
    ['各区县政府(地区管委会)', '县(市、区)人民政府'],
    ['各乡镇人民政府（街道办事处）', '乡镇人民政府(街道办事处)'],
    // 应急 is a field (应急管理部门), not the modal 应 before an organ.
    ['应急管理部门', '应急管理部门'],
    // A narrower field in brackets is part of the field.
    ['农业农村（畜牧兽医）部门', '农业农村(畜牧兽医)部门'],
    // 水行政 is the field (of water): 行政 is not cut off down to one character.
    ['县级以上水行政主管部门', '县级以上水行政主管部门'],
    ['水行政主管部门', '水行政主管部门'],
    ['林业行政主管部门', '林业行政主管部门'],
    // Fields the laws name with 机构 for their organ need no 人民政府.
    ['消防救援机构', '消防救援机构'],
    ['动物卫生监督机构', '动物卫生监督机构'],
    // The township's government and the committees written with their alternatives the other way round.
    ['乡镇人民政府(街道)', '乡镇人民政府(街道办事处)'],
    ['居(村)委会', '村(居)民委员会'],
    ['各居(村)', '村(居)民委员会'],
    ['镇街', '乡镇人民政府(街道办事处)'],
    // Township-level places written as several at once, in any order, bracketed, run together, with riders after.
    ['各街道、镇', '乡镇人民政府(街道办事处)'],
    ['街道、乡镇', '乡镇人民政府(街道办事处)'],
    ['镇（乡）、街道', '乡镇人民政府(街道办事处)'],
    ['各乡（镇、办事处）', '乡镇人民政府(街道办事处)'],
    ['镇（街道）', '乡镇人民政府(街道办事处)'],
    ['乡（镇）', '乡镇人民政府'],
    ['各苏木乡镇', '乡镇人民政府'],
    ['苏木乡镇人民政府', '乡镇人民政府'],
    ['各乡镇（场）', '乡镇人民政府'],
    ['各镇（区、街道）', '乡镇人民政府(街道办事处)'],
    ['各乡镇、街道、园区', '乡镇人民政府(街道办事处)'],
    // An office of a field written for several levels, read at the first that is not 市 (no county here).
    ['县（市）农业农村部门', '县农业农村部门'],
    ['县(区)民政部门', '县民政部门'],
  ])('reads %s as the kind %s', (text, kind) => {
    expect(units.kindOf(text)).toBe(kind);
  });

  it.each([
    ['有关部门'], ['各有关单位'], ['相关责任单位'], ['各成员单位'], ['县直各有关单位'], ['各有关部门'], ['县直部门'],
    ['职能部门'], ['主管部门'], ['上级主管部门'], ['行政机关'], ['国家机关'], ['政府部门'], ['各部门'], ['决策承办部门'],
    ['行政执法部门'], ['项目主管部门'], ['医疗机构'], ['金融机构'], ['公安、财政等部门'], ['镇'], ['街道'], ['村'], ['社区'],
    ['县财政局'], ['县政府'], ['翟店镇人民政府'], ['公安机关(派出所)'], ['有关部门(单位)'], ['县财政局(地区管委会)'],
    // Who drafts or carries out a document is a role, not a kind of office.
    ['起草部门'], ['制定机关'], ['实施部门'],
    ['有关部门和机关'], ['各级人民政府和军事机关'], ['必须经国务院地震工作主管部门'], ['报上海市人民政府交通主管部门'], ['其卫生健康主管部门'],
    ['应当部门'], ['应由公安部门'], ['有关(相关)部门'], ['农业农村(有关)部门'],
    // Must not: a run of levels before no field, or before an office that is no kind.
    ['县(市)'], ['县区民政局'], ['镇街道路'],
    // Must not: a rider first names two levels (区、乡镇人民政府: the district's and the townships' governments),
    // one place word is no compound, organs listed each with its own name are no shared organ.
    ['区、乡镇人民政府'], ['场、镇'], ['镇'], ['街道办事处、乡镇人民政府'], ['乡镇、街道卫生院'], ['镇（街道'], ['乡（镇'],
    // An office counted or designated is none named (由县政府指定一个部门牵头).
    ['一个部门'], ['多个部门'], ['县政府指定一个部门'],
    // 机构 of a field not listed stays no organ; 行政 alone is no field.
    ['培训机构'], ['检验检测机构'], ['行政主管部门'], ['消防机构'],
    // A clause before an organ is no field.
    ['必要时可以通知公安机关'], ['必要时可以申请公安机关'],
    // A verb opening a heading's task is no field (（二）强化主管部门职责, 三、落实监管部门责任).
    ['强化主管部门'], ['落实监管部门'], ['明确行业主管部门'],
  ])('reads no kind in %s', (text) => {
    expect(units.kindOf(text)).toBeUndefined();
  });

  it('gives a kind a unit of the county, apart from named offices', () => {
    expect(units.resolveKind('县（市）农业农村部门', '若羌县')?.id).toBe('若羌县:县农业农村部门');
    expect(units.resolveKind('旗县（市、区）农牧部门', '杭锦旗')?.id).toBe('杭锦旗:旗农牧部门');
    // Must not: the kinds the table names with their levels stay as they are.
    expect(units.resolveKind('各县（市、区）人民政府', '五华县')?.id).toBe('五华县:县(市、区)人民政府');
    expect(units.resolveKind('市、县（区）财政部门', '五华县')?.id).toBe('五华县:市、县(区)财政部门');
    expect(units.resolveKind('各镇人民政府', '五华县')).toMatchObject({ id: '五华县:乡镇人民政府', name: '乡镇人民政府', aliases: ['各镇人民政府'] });
    expect(units.resolve('各镇人民政府', '五华县')).toBeUndefined();
    expect(units.resolveKind('有关部门', '五华县')).toBeUndefined();
  });
});

describe('isUnitName', () => {
  it.each([
    ['县人社局', true],
    ['县委宣传部', true],
    ['稷山经开区管委会', true],
    ['县消防救援大队', true],
    ['市某某执法总队', true],
    ['县城管执法中队', true],
    ['总队', false],
    ['国网夏县供电公司', true],
    ['县供销社', true],
    ['县人民检察院', true],
    ['县公路段', true],
    ['县直各有关单位', false],
    ['各乡（镇）人民政府', false],
    ['李 雷', false],
    ['县长', false],
    ['政府', false],
    ['县发改局负责', false],
    ['本文件由县发改局', false],
    ['2022年', false],
    ['县级医院', false],
    ['县以上医院', false],
    ['全县各学校', false],
    ['本单位', false],
  ])('%s → %s', (text, expected) => {
    expect(isUnitName(text)).toBe(expected);
  });
});

describe('normalizeUnitName', () => {
  it.each([
    ['县工信科局（商务局）', '县工信科局'],
    [' 县 人社局 ', '县人社局'],
    ['县委宣传部(网信办)', '县委宣传部'],
  ])('%j → %j', (name, expected) => {
    expect(normalizeUnitName(name)).toBe(expected);
  });
});

describe('roleLabel', () => {
  it.each([
    ['lead', '牵头'],
    ['responsible', '负责'],
    ['support', '配合'],
    ['interprets', '解读'],
    ['office', '办公室'],
    ['member', '成员'],
  ] as const)('%s → %s', (role, label) => {
    expect(roleLabel(role)).toBe(label);
  });
});
