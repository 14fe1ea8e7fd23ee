/**
 * @module model/doc-number
 * 发文字号: the number an official document is issued under, e.g. 稷政办发〔2022〕31号.
 */

/**
 * Administrative level of the issuer: from its name (domain/organ-place levelOfOrgan), else the
 * prefix table in data/. A township's or a street's organ (某镇人民政府, 某街道办事处) is 'township',
 * below its county; a number's prefix never tells one.
 */
export type Level = 'national' | 'provincial' | 'city' | 'county' | 'township' | 'unknown';

export interface DocNumber {
  /** Canonical form: prefix + 〔YYYY〕 + serial + 号 (decrees: 国务院令第713号). */
  canonical: string;
  /** As written in the text. */
  raw: string;
  /** 机关代字, e.g. 稷政办发, 晋农计财发, 国务院令. */
  prefix: string;
  /** Year; undefined for decrees (国务院令第713号). */
  year?: number;
  serial: number;
  kind: 'standard' | 'decree';
  level: Level;
  /** The region the prefix belongs to: 山西省, 运城市, 稷山县, 国家 … */
  region?: string;
}
