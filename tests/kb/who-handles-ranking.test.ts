/**
 * Ranking rules of whoHandles over made-up documents (a county's division of duties and a
 * provincial rule naming offices by kind): the act a resident asks for (巡查, 审批) picks the
 * office that does it among the offices on the topic; an office's many duties on the topic do not
 * outweigh another's duty naming the very thing asked; a bigram across two of the question's words
 * (业服 in 物业服务) is no match of a text lacking one of them (就业服务). Must-not rows: a general
 * office still wins where the question asks what it does, the topic office where no act is asked,
 * and an act word alone never outweighs the topic.
 */
import { describe, expect, it } from 'vitest';
import { storeOfTexts } from '../fixtures/store-of-texts';
import { whoHandles } from '../../src/kb/who-handles';

const DOCS: Record<string, string> = {
  'county.txt': [
    '丙山县人民政府办公室关于明确农村建房和地质灾害防治职责分工的通知',
    '丙政办发〔2024〕3号',
    '各乡镇人民政府，县直各有关单位：',
    '为做好全县农村建房和地质灾害防治工作，现将职责分工通知如下：',
    '一、县人民政府负责统一领导全县地质灾害防治工作。',
    '二、县人民政府负责处置较大地质灾害灾情。',
    '三、县人民政府负责组织地质灾害搬迁避让工作。',
    '四、各乡镇人民政府负责本辖区内地质灾害巡查工作。',
    '五、县自然资源局负责查处人为引发地质灾害的责任事故。',
    '六、县住房和城乡建设局负责农村住房建设的质量安全管理。',
    '七、各乡镇人民政府负责农村住房建设的审批工作。',
    '八、县人力资源和社会保障局负责公共就业服务工作。',
    '九、县住房和城乡建设局负责物业管理活动的监督工作。',
    '十、县公安局负责养犬登记工作。',
    '十一、县市场监督管理局负责宠物经营主体的登记工作。',
    '丙山县人民政府办公室',
    '2024年3月1日',
  ].join('\n'),
  'rule.txt': [
    '某省小餐饮管理条例',
    '第一条 为了加强小餐饮管理，制定本条例。',
    '第五条 乡镇人民政府负责小餐饮的日常巡查。',
    '第六条 县级以上市场监督管理部门负责小餐饮的监督管理。',
  ].join('\n'),
};

const storeOf = storeOfTexts('who-rank', DOCS);

describe('whoHandles ranking', () => {
  it.each([
    // The act asked (巡查) is the township's, not that of the offices with more duties on the topic.
    ['地质灾害谁来巡查', '丙山县', '乡镇人民政府'],
    ['农村建房审批找谁', '丙山县', '乡镇人民政府'],
    // 物业服务 is no 就业服务: the office of 物业 answers, the office of 就业服务 not at all.
    ['小区物业服务不好谁来监督', '丙山县', '县住房和城乡建设局'],
    // Must not: the government as a whole where the question asks what it does (统一领导).
    ['地质灾害防治谁统一领导', '丙山县', '县人民政府'],
    // Must not: with no act asked, the office of the topic — not the government with most duties.
    ['地质灾害归谁管', '丙山县', '县自然资源局'],
    ['农村建房质量安全谁管', '丙山县', '县住房和城乡建设局'],
    // Must not: an act word alone never outweighs the topic (宠物 is the market regulator's, 养犬 the police's).
    ['宠物店登记找谁', '丙山县', '县市场监督管理局'],
    ['养狗登记找谁', '丙山县', '县公安局'],
    ['就业服务找谁', '丙山县', '县人力资源和社会保障局'],
    // Must not: a kind of office of the field never outweighs a township whose duty holds the act.
    ['小餐饮谁来巡查', '', '乡镇人民政府'],
  ])('%s (%s) → %s first', async (q, county, first) => {
    const result = await whoHandles(storeOf(), { q, county: county || undefined });
    expect(result.answers[0]?.unit.canonical ?? result.answers[0]?.unit.name).toBe(first);
  });

  it('leaves out an office whose text shares only a bigram across the question\'s words (业服 of 就业服务)', async () => {
    const result = await whoHandles(storeOf(), { q: '小区物业服务不好谁来监督', county: '丙山县' });
    expect(result.answers.map((a) => a.unit.canonical ?? a.unit.name)).not.toContain('县人力资源和社会保障局');
  });
});
