/**
 * Members and offices of leading groups as printed: member lines with any position (副厅长,
 * 规财股股长, 副调研员), a place's head (某区副区长 → 某区人民政府), a seat that is no office
 * (省委常委), members named in a sentence (…为成员单位, …的分管副职任小组成员), a list whose
 * label the page lost, an office set up under a heading or named by its head; and items run
 * together in one paragraph. Every form has rows that must give no duty. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (paragraphs: string[]) => extractDuties(makeDocument(paragraphs, '某县')).duties;
const pairs = (paragraphs: string[]): Array<[string, DutyRole]> => read(paragraphs).map((d) => [d.unit, d.role]);

describe('member lists', () => {
  it.each<[string, string[], Array<[string, DutyRole]>]>([
    ['continuation lines with provincial positions', ['成 员:张三 县财政局局长', '王五 省教育厅副厅长', '赵 六 省卫生厅规财处处长'], [['县财政局', 'member'], ['省教育厅', 'member'], ['省卫生厅', 'member']]],
    ['a division between office and position', ['成 员:张三 县卫生健康局规财股股长'], [['县卫生健康局', 'member']]],
    ['副调研员 in brackets', ['组 长:李四 (市政府办公厅副调研员)'], [['市政府办公厅', 'member']]],
    ['a place\'s deputy head is its government', ['成 员:王五 (甲区副区长)', '赵六 (乙县副县长)'], [['甲区人民政府', 'member'], ['乙县人民政府', 'member']]],
    ['a seat is no office, the title after it is', ['召集人:李四 省委常委、省委宣传部部长'], [['省委宣传部', 'member']]],
    ['a member with no office keeps the list open', ['召集人:李四 省委常委、省委宣传部部长', '王五 副省长', '赵六 省委组织部副部长'], [['省委宣传部', 'member'], ['省委组织部', 'member']]],
    ['a list whose label the page lost', ['李 四 (甲区副区长)', '王五 (县教育局副局长)'], [['甲区人民政府', 'member'], ['县教育局', 'member']]],
    ['units before 为成员单位', ['领导小组由县长任组长,县发改局、县教育局、县财政局为成员单位。'], [['县发改局', 'member'], ['县教育局', 'member'], ['县财政局', 'member']]],
    ['units whose deputies take the seats', ['另外县委办公室、团县委和县台办3个相关职能部门的分管副职任小组成员。'], [['县委办公室', 'member'], ['团县委', 'member'], ['县台办', 'member']]],
    ['成员单位为 a list', ['领导小组成员单位为县发改局、县教育局等部门。'], [['县发改局', 'member'], ['县教育局', 'member']]],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a position with no place', ['组 长:李四 副省长']],
    ['a place\'s head whose title names another level', ['成 员:王五 (甲区副县长)']],
    ['a person and a seat', ['召集人:李四 省委常委']],
    ['persons as members', ['张三、李四为小组成员。']],
    ['成员单位 told what to do', ['各成员单位要按时报送信息。']],
    ['a bracketed role after a unit is no member line', ['县财政局 (牵头单位)']],
    ['a name and a date in brackets', ['李四 (2023年3月)']],
  ])('finds no member in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});

describe('offices of leading groups', () => {
  it.each<[string, string[], Array<[string, DutyRole]>]>([
    ['an office set up under its heading', ['(一)办公室', '设在县卫健局,主任由县卫健局副局长张三担任。'], [['县卫健局', 'office']]],
    ['an office named by its head', ['领导小组下设办公室,县台办主任兼办公室主任。'], [['县台办', 'office']]],
    ['办公室主任由…兼任', ['领导小组下设办公室,办公室主任由县应急局局长兼任。'], [['县应急局', 'office']]],
    ['an office placed and headed is said once', ['办公室设在县能源局,办公室主任由县能源局局长兼任。'], [['县能源局', 'office']]],
    ['下设办公室于X', ['县农村村民建房会审联席会议，下设办公室于县自然资源局，负责审议相关议题。'], [['县自然资源局', 'office']]],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a person heads the office', ['领导小组下设办公室,王五同志兼任办公室主任。']],
    ['由 a person', ['领导小组下设办公室,由张三兼任办公室主任。']],
    ['设在 under a heading that is no office', ['(一)工作地点', '设在县政务服务中心三楼。']],
  ])('finds no office in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});

describe('items run together in one paragraph', () => {
  it('reads each numbered item opened by a unit and a colon', () => {
    expect(pairs(['成员单位职责 (1)县委宣传部:把握好舆论导向。(2)县教育局:负责学校防控措施。(3)县公安局:依法处置治安事件。'])).toEqual([
      ['县委宣传部', 'responsible'],
      ['县教育局', 'responsible'],
      ['县公安局', 'responsible'],
    ]);
  });

  it('reads a lead introduced by 由 after a group\'s name once, with the group in the matter', () => {
    expect(read(['综合组:由县政府办牵头,负责政务工作的综合协调。']).map((d) => [d.unit, d.role, d.matter])).toEqual([
      ['县政府办', 'lead', '综合组:负责政务工作的综合协调'],
    ]);
  });

  it('reads an office-shaped name after 由 that has no level (厅办公室)', () => {
    expect(pairs(['综合组:由厅办公室牵头,负责政务工作的综合协调。'])).toEqual([['厅办公室', 'lead']]);
  });

  it('reads a township\'s government after 由, each clause of a sentence its own', () => {
    expect(pairs(['甲林区由某某自然保护区管理局负责落实封闭措施;乙林区由丙丁镇政府负责督促指导村委落实封闭措施。'])).toEqual([
      ['某某自然保护区管理局', 'responsible'],
      ['丙丁镇政府', 'responsible'],
    ]);
  });

  it.each<[string, string[]]>([
    ['items that name no unit', ['工作要求 (1)提高认识:加强领导。(2)强化督导:定期检查。']],
    ['a company after 由', ['日常维护由某物业公司负责。']],
    ['a government of no place after 由', ['日常维护由财政补齐政府负责。']],
    ['你局 after 请 with no addressee', ['请你局负责组织实施。']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});

describe('a body’s members listed by 由…组成 or 成员包括, an office named by its role label', () => {
  it.each<[string, string[], Array<[string, DutyRole]>]>([
    ['联席会议由…等N个部门组成, a name the table cannot place costing itself only', ['联席会议由县民政局、县财政局、热心群众代表、县教育局等20个部门组成。'], [['县民政局', 'member'], ['县财政局', 'member'], ['县教育局', 'member']]],
    ['成员包括…等单位分管负责同志', ['成员包括县委宣传部、县公安局、县民政局等单位分管负责同志。'], [['县委宣传部', 'member'], ['县公安局', 'member'], ['县民政局', 'member']]],
    ['X为牵头单位', ['县民政局为联席会议牵头单位，县民政局局长为召集人。'], [['县民政局', 'lead']]],
    ['X作为…牵头单位', ['财政部门作为改革牵头单位，负责改革具体工作。'], [['财政部门', 'lead']]],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['persons making up the body', ['联席会议由张三、李四等3人组成。']],
    ['a body called together, not made up', ['联席会议由县政府分管领导召集。']],
    ['one office only', ['联席会议由县民政局等1个部门组成。']],
    ['a person given a role', ['确定张三为联络员。']],
    ['a subject that is no office', ['以县政府为责任主体，以乡镇为牵头单位开展工作的做法要推广。']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});
