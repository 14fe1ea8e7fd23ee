import { describe, expect, it } from 'vitest';
import { headlineSubstance, titleAfterCaption, titleBeforeSiteName } from '../../src/domain/page-title-grammar';

describe('titleAfterCaption', () => {
  it.each([
    ['应急预案—某县森林火灾应急预案', '某县森林火灾应急预案'],
    ['应急预案 - 某县地质灾害应急预案', '某县地质灾害应急预案'],
    ['政策解读：关于《某县宅基地管理办法》的政策解读', '关于《某县宅基地管理办法》的政策解读'],
    ['信息公开｜某县人民政府关于公布清理结果的决定', '某县人民政府关于公布清理结果的决定'],
    ['文件 | 关于做好冬季供暖工作的通知', '关于做好冬季供暖工作的通知'],
    ['通知公告:某县人民政府办公室关于印发某预案的通知', '某县人民政府办公室关于印发某预案的通知'],
    ['政策文件——某县关于加强安全生产工作的意见', '某县关于加强安全生产工作的意见'],
    ['某某县：关于做好春季森林防火工作的通知', '关于做好春季森林防火工作的通知'],
  ])('%j → %j', (line, rest) => {
    expect(titleAfterCaption(line)).toBe(rest);
  });

  it.each([
    ['某县防汛抗旱应急预案—2023年版'],
    ['关于农村集体经济发展的调研报告—以某县为例'],
    ['附件：某县森林防火工作方案'],
    ['某县人民政府：关于某事的通知'],
    ['一、总体要求'],
    ['政策解读：'],
    ['某县人民政府关于做好防汛工作的通知'],
  ])('%j opens with no caption', (line) => {
    expect(titleAfterCaption(line)).toBeUndefined();
  });
});

describe('headlineSubstance', () => {
  it.each([
    ['某某区发布城市内涝应急预案', '城市内涝应急预案'],
    ['某县印发秋冬季大气污染防治攻坚行动方案', '秋冬季大气污染防治攻坚行动方案'],
    ['某市出台优化营商环境若干措施', '优化营商环境若干措施'],
  ])('%j → %j', (line, substance) => {
    expect(headlineSubstance(line)).toBe(substance);
  });

  it.each([['某县人民政府印发某办法的通知'], ['关于印发某县防汛应急预案的通知'], ['某县发布'], ['某县2021年秋冬季大气污染防治攻坚行动方案']])('%j is no headline', (line) => {
    expect(headlineSubstance(line)).toBeUndefined();
  });
});

describe('titleBeforeSiteName', () => {
  it.each([
    ['关于做好防汛工作的通知_某县人民政府', '关于做好防汛工作的通知'],
    ['关于做好防汛工作的通知-某县人民政府门户网站', '关于做好防汛工作的通知'],
    ['某县森林防火工作方案 | 某县政府网', '某县森林防火工作方案'],
    // The site's name cut off, its separator left.
    ['某市卫生计生委关于印发某工作要点的通知 |', '某市卫生计生委关于印发某工作要点的通知'],
    ['关于做好防汛工作的通知_', '关于做好防汛工作的通知'],
    ['关于做好防汛工作的通知 ｜ ', '关于做好防汛工作的通知'],
  ])('%j → %j', (line, title) => {
    expect(titleBeforeSiteName(line)).toBe(title);
  });

  it.each([['某县防汛抗旱应急预案—2023年版'], ['某县防汛抗旱应急预案-2023年版'], ['关于农村集体经济发展的调研报告—以某县为例'], ['关于做好防汛工作的通知'], ['通知 |'], ['| 某县人民政府']])('%j names no site', (line) => {
    expect(titleBeforeSiteName(line)).toBeUndefined();
  });
});
