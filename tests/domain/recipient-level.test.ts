import { describe, expect, it } from 'vitest';
import { levelOfRecipients } from '../../src/domain/recipient-level';

describe('levelOfRecipients', () => {
  it.each([
    // Own departments name the issuer's government.
    ['各县(市)、区人民政府，高新区管委会，市政府各部门', 'city'],
    ['各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构', 'provincial'],
    ['各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位', 'provincial'],
    ['各乡镇人民政府，县直有关单位', 'county'],
    ['各区、县人民政府，市级有关部门', 'city'],
    // Else the most senior government below it: a province writes to cities and counties both.
    ['各设区市人民政府，各县（市、区）人民政府', 'provincial'],
    ['各市州、甘肃矿区卫生计生委、兰州新区卫计和食药监局,省卫生计生委综合监督局,省属各医疗机构', 'provincial'],
    ['各县区人民政府', 'city'],
    // A province writes to its cities and counties in one item (各市、县(市、区)), and to its government's directly-run units.
    ['各市、县（市、区）人民政府，省政府直属各单位', 'provincial'],
    ['各市、县(市)人民政府', 'provincial'],
    ['各地市人民政府，省人民政府直属各单位', 'provincial'],
    ['各乡镇人民政府、街道办事处', 'county'],
    // 市府 is how a city names its government's departments (市府各委办局, 市府直属各单位).
    ['各区人民政府,江北新区管委会,市府各委办局,市各直属单位', 'city'],
    ['各区、县级市人民政府,市府直属各单位', 'city'],
    // A county's 县府各部门 and a district's 区直各单位 likewise (a district is of a county's level).
    ['各乡镇人民政府,县府各部门', 'county'],
    ['各街道办事处，区直各单位', 'county'],
    ['各苏木乡镇，旗人民政府各部门', 'county'],
    // MUST NOT read as a district's: an autonomous region's own departments are a province's.
    ['各盟行政公署，自治区政府各部门', 'provincial'],
    // 市政府有关部门 inside an item is the cities' departments, not the issuer's own: the province's.
    ['各设区市政府有关部门', 'provincial'],
    // A national organ writes to the provinces (their governments or their departments) and to the State Council's.
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构', 'national'],
    ['各省、自治区、直辖市水利(水电)厅(局),部属流域机构、管理单位', 'national'],
    ['各省（自治区、直辖市）财政厅（局）', 'national'],
    // MUST NOT read as national: a province's own cities (各省辖市) are a province's list.
    ['各省辖市防汛抗旱指挥部、监察局', 'provincial'],
    // MUST NOT read as provincial: a city with county-level cities writes to 各市、区 or 各县（市、区）.
    ['各县（市、区）人民政府，市政府各部门', 'city'],
  ])('%s → %s', (recipients, level) => {
    expect(levelOfRecipients(recipients)).toBe(level);
  });

  it.each([
    // MUST NOT: a phrase inside an item (甲乙市政府各部门 is one city's, whoever writes), an organ alone,
    // own departments of two levels, nothing.
    ['甲乙市政府各部门'],
    ['省卫生厅'],
    ['辛集市人民政府'],
    ['各有关单位'],
    ['县直各单位，市直驻县各单位，市政府各部门'],
    ['甲省、乙省人民政府'],
    // MUST NOT: a city's 各市、区 (its county-level cities and districts) names no province's list.
    ['各市、区人民政府'],
    [''],
  ])('%s → none', (recipients) => {
    expect(levelOfRecipients(recipients)).toBeUndefined();
  });
});
