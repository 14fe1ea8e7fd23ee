import { describe, expect, it } from 'vitest';
import { salutationOf, withoutCourtesy } from '../../../ingest/stages/salutation';

const REPLY = '您提出的关于某村道路硬化的建议收悉，现答复如下：';

describe('salutationOf', () => {
  it.each<[string, string, string | undefined, string]>([
    ['one deputy', '张某某代表：', undefined, '张某某代表'],
    ['deputies listed', '陈某、马某某、司某某代表:', undefined, '陈某、马某某、司某某代表'],
    ['members and 等', '马某、周某等委员：', undefined, '马某、周某等委员'],
    ['a courtesy before the name', '尊敬的朱某代表：', undefined, '朱某代表'],
    ['a delegation by its town', '某花镇代表团：', undefined, '某花镇代表团'],
    ['names a mirror spaced', '闫 冰、罗 岚代表：', undefined, '闫冰、罗岚代表'],
    // A greeting that lost its colon, right above the reply.
    ['no colon, the reply below', '贺某某、佟某某委员', REPLY, '贺某某、佟某某委员'],
    ['no colon, a courtesy, the reply below (its 你 lost)', '尊敬的陈某、刘某、张某委员', '们提出的关于加快某事的提案收悉，现答复如下：', '陈某、刘某、张某委员'],
    ['no colon, the suggestion received below', '陈某某代表', '《关于某事的建议》收悉，现就办理情况答复如下：', '陈某某代表'],
  ])('%s', (_, line, next, who) => {
    expect(salutationOf(line, next)).toBe(who);
  });

  it.each<[string, string, string | undefined]>([
    // MUST-NOT: a body or everyone is no greeting of people; nor a line without colon above no reply.
    ['a congress\'s deputies', '县人大代表：', undefined],
    ['all members', '全体委员：', undefined],
    ['the deputies at large', '各位代表：', undefined],
    ['a committee member by office', '政协委员：', undefined],
    ['no colon, a news sentence below', '张某代表', '他在会上提出了三条意见。'],
    ['no colon, nothing below', '王某委员', undefined],
    ['a sentence about a deputy', '张某代表提出了关于某事的建议：', undefined],
    ['a name too long to be a person\'s', '某县交通运输局代表：', undefined],
  ])('none for %s', (_, line, next) => {
    expect(salutationOf(line, next)).toBeUndefined();
  });
});

describe('withoutCourtesy', () => {
  it.each([
    ['尊敬的王某代表', '王某代表'],
    ['王某代表', '王某代表'],
    // Must not: 尊敬 inside a name's text is kept.
    ['各乡镇人民政府', '各乡镇人民政府'],
  ])('%j → %j', (text, out) => {
    expect(withoutCourtesy(text)).toBe(out);
  });
});
