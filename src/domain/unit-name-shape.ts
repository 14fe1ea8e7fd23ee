/**
 * @module domain/unit-name-shape
 * What a unit's name looks like, before any table is asked: the characters and words it never
 * holds (a clause around a name: 由, 的, 应当 …), how a department, a place and a collective end,
 * and its normal form (spacing, widths, a second hat in brackets taken off). Pure.
 */

export const NON_CJK_NAME = /[，。；;！？!?：:“”"《》\d%]/;
/** Words that open a clause, never a unit name: 由县人社局 is 县人社局 introduced by 由. */
export const LEADING_FUNCTION_CHARS = /^[由与及对向在将请为和按从经据]/;
// 组织 is a verb, but 组织部 (县委组织部) an office. 委托/授权 hand one office's work to another
// (县规划建设局委托县城管办): two offices, never one name.
export const ROLE_INSIDE = /负责|牵头|配合|协助|参与|要求|组织(?!部)|开展|做好|落实|加强|委托|授权|指定|责成/;
/**
 * Characters and words a unit name never contains; they mark a clause around a name — also a step
 * of a procedure handed on (村委会调查核实后报乡镇人民政府: 后报, 后送, 后交 …).
 */
export const NOT_IN_NAME = /[由的将把被给让]|后(?:报|送|交|提交|上报|呈报|转)|应当|进行|依据|履行|做好|发挥|全部$|^该|本(?:文件|办法|预案|方案|意见|通知|规定|措施|细则)|设在|设于|担任|兼任|成立|下设|以上|以下|以内|^[县乡村镇省市区]级|^(?:全|我|本|该)(?:县|市|区|省|乡|镇|级|单位|部门|机关)/;
/** Departments of a government, known by their body alone (教育局, 卫生健康委员会). */
export const BARE_DEPARTMENT = /(?:局|委员会|委|办公室|办|中心)$/;
/** How a place's name ends, before its 人民政府/政府. */
export const PLACE_END = /(?:县|区|市|旗|省|州|盟|乡|镇|村|街道|自治区|特区)$/;
/** How a collective ends: a kind of office, not one office (各有关部门, 县直各有关单位, 各乡镇). */
export const COLLECTIVE_END = /(?:单位|部门|政府|乡镇|乡\(镇\)|镇|机构|委会|社区|中心|局|办|企业|学校|村|组|班)$/;

/**
 * Strips spacing and width differences and a trailing parenthetical:
 * '县工信科局（商务局）' → '县工信科局'; 'Ｘ 局' → 'X局'.
 */
export function normalizeUnitName(name: string): string {
  let text = name
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/（/g, '(')
    .replace(/）/g, ')');
  // A trailing parenthetical names a second hat of the same office (县工信科局（商务局）).
  text = text.replace(/\([^()]*\)$/, '');
  return text.replace(/^[-•·、，,]+|[、，,。；;：:]+$/g, '');
}

/** 稷山县 → 稷山; 夏县 → '' (one character is too ambiguous to replace inside names). */
export function shortCountyName(county: string): string {
  const short = county.replace(/[县区市旗]$/, '');
  return short.length >= 2 && short !== county ? short : '';
}

/**
 * A copy of a string to keep: a string cut from a paragraph keeps the whole paragraph alive in
 * V8, which grew a worker by ~0.1 MB a gazette until a table of answers filled.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
