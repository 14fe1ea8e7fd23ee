/**
 * whoHandles over the two seed gazettes (real duties), with a table of residents' questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigrams, questionFragments, loadQuestionWords, whoHandles } from '../../src/kb/who-handles';
import type { WhoHandlesResult } from '../../src/model';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openSampleStore } from '../sample-store';

let store: GazetteStore;

beforeAll(async () => {
  store = await openSampleStore();
}, 120_000);

afterAll(() => store?.close());

const names = (result: WhoHandlesResult, n: number) => result.answers.slice(0, n).map((a) => (a.unit.canonical ?? a.unit.name));

describe('whoHandles', () => {
  it('puts 县税务局 and 县行政审批局 in the top 3 for 新办企业首次申领发票, with the sentence of 稷政办发〔2022〕31号', async () => {
    const result = await whoHandles(store, { q: '新办企业首次申领发票', county: '稷山县' });
    expect(names(result, 3)).toEqual(expect.arrayContaining(['县税务局', '县行政审批服务管理局']));
    const tax = result.answers.find((a) => (a.unit.canonical ?? a.unit.name) === '县税务局')!;
    expect(tax.evidence[0].document.docNumber).toBe('稷政办发〔2022〕31号');
    expect(tax.evidence[0].sentence).toContain('新办企业首次申领发票');
    const approval = result.answers.find((a) => (a.unit.canonical ?? a.unit.name) === '县行政审批服务管理局')!;
    expect([approval.unit.name, ...approval.unit.aliases]).toContain('县行政审批局');
  });

  it('reads a question typed in traditional script as the simplified one (被徵地農民養老保險補貼)', async () => {
    const simplified = await whoHandles(store, { q: '被征地农民养老保险补贴找哪个部门', county: '稷山县' });
    const traditional = await whoHandles(store, { q: '被徵地農民養老保險補貼找哪個部門', county: '稷山县' });
    expect(names(traditional, 3)).toEqual(names(simplified, 3));
    expect(traditional.answers.length).toBeGreaterThan(0);
  });

  it('answers with a kind of office where only the kind has the matter (乡镇人民政府 for 征地补贴方案)', async () => {
    const result = await whoHandles(store, { q: '征地补贴方案谁负责', county: '稷山县' });
    expect(result.answers[0].unit).toMatchObject({ id: '稷山县:乡镇人民政府', name: '乡镇人民政府' });
  });

  it('ranks a named office before a kind of office with the same matter (控辍保学: 县教育局, then 乡镇人民政府)', async () => {
    const ids = (await whoHandles(store, { q: '控辍保学归谁管', county: '夏县' })).answers.map((a) => a.unit.id);
    expect(ids).toContain('夏县:乡镇人民政府');
    expect(ids.indexOf('夏县:县教育局')).toBeLessThan(ids.indexOf('夏县:乡镇人民政府'));
  });

  it('puts 县司法局 first for 重大行政决策合法性审查 in 夏县', async () => {
    const result = await whoHandles(store, { q: '重大行政决策合法性审查', county: '夏县' });
    expect(names(result, 1)).toEqual(['县司法局']);
  });

  it('puts 县人力资源和社会保障局 (县人社局) in the top 3 for 被征地农民养老保险补贴', async () => {
    const result = await whoHandles(store, { q: '被征地农民养老保险补贴', county: '稷山县' });
    expect(names(result, 3)).toContain('县人力资源和社会保障局');
    const hrss = result.answers.find((a) => (a.unit.canonical ?? a.unit.name) === '县人力资源和社会保障局')!;
    expect(hrss.unit.aliases).toContain('县人力资源和社会保障局');
    // Shown as the page prints it.
    expect(hrss.unit.name).toBe('县人社局');
  });

  it('lists the duties of an office the question names (mode unit)', async () => {
    const result = await whoHandles(store, { q: '县司法局负责哪些事?', county: '夏县' });
    expect(result.mode).toBe('unit');
    expect(result.answers[0].unit.id).toBe('夏县:县司法局');
    expect(result.answers[0].evidence.some((e) => e.matter.includes('合法性审查'))).toBe(true);
  });

  it('reads an office by its abbreviation in a unit question (县人社局管什么)', async () => {
    const result = await whoHandles(store, { q: '县人社局管什么', county: '稷山县' });
    expect(result.mode).toBe('unit');
    expect((result.answers[0].unit.canonical ?? result.answers[0].unit.name)).toBe('县人力资源和社会保障局');
  });

  it('keeps matter mode when an office is named next to a matter, and ranks that office first', async () => {
    const result = await whoHandles(store, { q: '县行政审批局 新办企业首次申领发票', county: '稷山县' });
    expect(result.mode).toBe('matter');
    expect(names(result, 1)).toEqual(['县行政审批服务管理局']);
  });

  it('says so and suggests nearby matters when nothing matches', async () => {
    const result = await whoHandles(store, { q: '办理结婚登记找哪个部门', county: '夏县' });
    expect(result.answers).toEqual([]);
    expect(result.message).toContain('没有找到');
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('says the question has no matter when it is only question words', async () => {
    const result = await whoHandles(store, { q: '找哪个部门?', county: '夏县' });
    expect(result.answers).toEqual([]);
    expect(result.message).toMatch(/没有可查的事项/);
  });

  const table: Array<{ county: string; q: string; expect: string[]; within: number; inForce?: boolean }> = [
    { county: '稷山县', q: '新办企业首次申领发票找哪个部门?', expect: ['县税务局', '县行政审批服务管理局'], within: 3 },
    { county: '稷山县', q: '被征地农民养老保险补贴找哪个部门？', expect: ['县人力资源和社会保障局'], within: 3 },
    { county: '稷山县', q: '旅行社的旅游服务质量保证金暂退找谁?', expect: ['县文化和旅游局'], within: 1 },
    { county: '稷山县', q: '新认定的高新技术企业奖励找哪个部门', expect: ['县工业和信息化和科技局'], within: 1 },
    { county: '稷山县', q: '高校毕业生首次创办小微企业的补贴找哪个部门?', expect: ['县人力资源和社会保障局'], within: 3 },
    { county: '稷山县', q: '建筑企业首次获得特级资质的奖励归谁管', expect: ['县住房和城乡建设局'], within: 1 },
    { county: '稷山县', q: '乡村e镇的补贴找哪个单位', expect: ['县商务局'], within: 3 },
    { county: '稷山县', q: '社区居家养老服务中心建设由哪个部门负责?', expect: ['县民政局'], within: 3 },
    { county: '稷山县', q: '企业想上市挂牌找哪个部门？', expect: ['县金融服务中心'], within: 3 },
    { county: '稷山县', q: '被征地农民的户籍和身份确认去哪里办?', expect: ['县公安局'], within: 3 },
    { county: '稷山县', q: '研发费用加计扣除找哪个部门', expect: ['县工业和信息化和科技局'], within: 3 },
    { county: '夏县', q: '重大行政决策合法性审查找哪个部门?', expect: ['县司法局'], within: 1 },
    { county: '夏县', q: '煤改电煤改气取暖补贴用户核实找哪个部门?', expect: ['县人力资源和社会保障局'], within: 3 },
    { county: '夏县', q: '控辍保学的法制教育宣传找谁？', expect: ['县司法局'], within: 3 },
    { county: '夏县', q: '企业资金链应急周转资金的监督管理归哪个部门管?', expect: ['县金融服务中心'], within: 3 },
    { county: '夏县', q: '特殊困难家庭适老化改造找哪个部门?', expect: ['县民政局'], within: 1 },
    { county: '夏县', q: '托育服务试点示范哪个部门负责？', expect: ['县卫生健康和体育局'], within: 3 },
    { county: '夏县', q: '大面积停电后森林防火工作谁负责?', expect: ['县林业局'], within: 3 },
    { county: '夏县', q: '影响行洪的桥梁改造找哪个部门', expect: ['县交通运输局'], within: 3 },
    { county: '夏县', q: '保交楼专项借款找哪个部门？', expect: ['县住房和城乡建设局'], within: 3 },
    { county: '夏县', q: '农业灌溉用水定额管理归谁管?', expect: ['县水利局'], within: 3 },
    { county: '夏县', q: '适龄儿童少年信息由哪个部门提供给教育部门?', expect: ['县公安局'], within: 3 },
    { county: '夏县', q: '地下水超采治理归哪个部门管?', expect: ['县水利局'], within: 1 },
    { county: '夏县', q: '防洪能力提升工程找哪个部门？', expect: ['县水利局'], within: 1 },
    { county: '稷山县', q: '新开的公司第一次领发票找谁', expect: ['县税务局'], within: 3 },
    { county: '稷山县', q: '农村道路交通安全管理哪个部门负责?', expect: ['县公安局交通管理大队'], within: 3 },
    { county: '稷山县', q: '失业保险稳岗返还找哪个部门?', expect: ['县人力资源和社会保障局'], within: 3 },
    { county: '稷山县', q: '农机深松整地作业补助找哪个部门', expect: ['县现代农业发展中心'], within: 1 },
    { county: '稷山县', q: '高标准农田建设项目找谁?', expect: ['县农业农村局'], within: 3 },
    { county: '稷山县', q: '县城里居民自建房的规划施工登记去哪里办?', expect: ['县行政审批服务管理局'], within: 3, inForce: false },
    { county: '夏县', q: '城乡居民医保费怎么交，找哪个部门?', expect: ['县医疗保障局'], within: 3 },
  ];

  it('gives every evidence its document\'s status and puts a duty sentence before a list or a note', async () => {
    const result = await whoHandles(store, { q: '被征地农民养老保险补贴', county: '稷山县' });
    for (const answer of result.answers) {
      for (const evidence of answer.evidence) expect(evidence.status).toBe('现行有效');
      expect(answer.evidence[0].kind).toBe('duty');
    }
    const hrss = result.answers.find((a) => (a.unit.canonical ?? a.unit.name) === '县人力资源和社会保障局')!;
    expect(hrss.evidence[0].sentence).toContain('县人社局负责社保审核');
  });

  it('never puts first an office whose only evidence is a publicity role or a members\' list', async () => {
    const result = await whoHandles(store, { q: '停电了怎么办', county: '夏县' });
    expect((result.answers[0].unit.canonical ?? result.answers[0].unit.name)).toBe('国网夏县供电公司');
    expect(result.answers[0].evidence.some((e) => e.kind === 'duty')).toBe(true);
    const propaganda = result.answers.findIndex((a) => (a.unit.canonical ?? a.unit.name) === '县委宣传部');
    if (propaganda >= 0) expect(result.answers[propaganda].evidence[0].kind).not.toBe('duty');
  });

  it('answers a command post by the office hosting it (县指挥部 → 县能源局), never as an office of its own', async () => {
    const result = await whoHandles(store, { q: '停电了找谁', county: '稷山县' });
    expect(result.answers.map((a) => (a.unit.canonical ?? a.unit.name))).not.toContain('县指挥部');
    const energy = result.answers.find((a) => (a.unit.canonical ?? a.unit.name) === '县能源局');
    expect(energy?.evidence.some((e) => e.via === '县指挥部')).toBe(true);
  });

  it('merges one office written two ways (国网稷山供电公司 = 国网稷山县供电公司) into one card', async () => {
    const result = await whoHandles(store, { q: '停电了找谁', county: '稷山县' });
    expect(result.answers.filter((a) => (a.unit.canonical ?? a.unit.name).includes('供电公司'))).toHaveLength(1);
  });

  it('leaves out expired documents by default and says so; with inForce false marks them and answers', async () => {
    const only = await whoHandles(store, { q: '盖房子要去哪里审批', county: '稷山县' });
    expect(only.answers).toEqual([]);
    expect(only.notInForce).toBeGreaterThan(0);
    expect(only.message).toContain('已失效');
    const all = await whoHandles(store, { q: '盖房子要去哪里审批', county: '稷山县', inForce: false });
    expect((all.answers[0].unit.canonical ?? all.answers[0].unit.name)).toBe('县行政审批服务管理局');
    expect(all.answers[0].status).toBe('已失效');
    expect(all.answers[0].evidence[0].document.docNumber).toBe('稷政发〔2022〕18号');
  });

  it('counts in its note exactly the offices that asking with lapsed documents adds', async () => {
    for (const q of ['盖房子要去哪里审批', '自建房', '停电了找谁', '安全生产']) {
      const only = await whoHandles(store, { q, county: '稷山县' });
      const all = await whoHandles(store, { q, county: '稷山县', inForce: false });
      const shown = new Set(only.answers.map((a) => a.unit.id));
      const added = all.answers.filter((a) => !shown.has(a.unit.id) && a.status && a.status !== '现行有效');
      expect([q, only.notInForce ?? 0]).toEqual([q, added.length]);
    }
  });

  it('ranks an office in force above one whose evidence has expired', async () => {
    const result = await whoHandles(store, { q: '自建房', county: '稷山县', inForce: false });
    const statuses = result.answers.map((a) => a.status ?? '现行有效');
    const firstExpired = statuses.findIndex((s) => s === '已失效');
    if (firstExpired >= 0) expect(statuses.slice(firstExpired).every((s) => s === '已失效')).toBe(true);
  });

  it('answers without a county, naming the county of each office', async () => {
    const result = await whoHandles(store, { q: '重大行政决策合法性审查找哪个部门' });
    expect(result.answers[0].unit).toMatchObject({ name: '县司法局', county: '夏县' });
  });

  it(`answers at least 80% of ${table.length} residents' questions with the right office`, async () => {
    const misses: string[] = [];
    for (const row of table) {
      const result = await whoHandles(store, { q: row.q, county: row.county, inForce: row.inForce });
      const top = names(result, row.within);
      if (!row.expect.every((name) => top.includes(name))) misses.push(`${row.county} ${row.q} → ${top.join('、') || '(none)'}; expected ${row.expect.join('、')}`);
    }
    const rate = (table.length - misses.length) / table.length;
    console.log(`who-handles pass rate: ${table.length - misses.length}/${table.length} = ${(rate * 100).toFixed(0)}%${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });
});

describe('questionFragments', () => {
  it.each([
    ['新办企业首次申领发票找哪个部门?', ['新办企业首次申领发票']],
    ['请问被征地农民养老保险补贴去哪里办理？', ['被征地农民养老保险补贴']],
    ['找哪个部门?', []],
    ['新开的公司第一次领发票找谁', ['新开', '企业首次申领发票']],
    ['家里突然停电了该联系哪个单位', ['大面积停电']],
  ])('reduces %s to its matter', (question, expected) => {
    expect(questionFragments(question, loadQuestionWords())).toEqual(expected);
  });
});

describe('bigrams', () => {
  it('cuts CJK runs into overlapping pairs, skipping single characters', () => {
    expect(bigrams('申领发票，税')).toEqual(['申领', '领发', '发票']);
  });
});
