/**
 * @module store/query/query-series
 * A 代字 and a year typed alone — 国办发 2016, 2016年 粤府, 东府办〔2005〕 — ask for that organ's
 * documents of that year: the documents numbered in the series (国办发〔2016〕19号, …〔2016〕80号)
 * come before those whose text only holds the two words (a city's document citing 国办发〔2016〕19号).
 * A word is a 代字 here only when the archive holds numbers with it that year (应急预案 2017 is
 * words), so no table of 代字 decides it.
 */
import { foldWidth } from '../../text/normalize';
import { partsOf } from './near-numbers';

/** A series and year asked for. */
export interface QuerySeries {
  prefix: string;
  year: number;
}

/** A year as typed beside a 代字: 2016, 2016年, 〔2016〕, (2016). */
const YEAR = /^[〔(（[［]?(\d{4})[〕)）\]］]?年?$/;
/** A 代字 and a year in one word: 国办发2016, 国办发〔2016〕, 国办发(2016)年. */
const JOINED = /^([\u3400-\u9fff]{2,12})[〔(（[［]?(\d{4})[〕)）\]］]?年?$/;
const CODE = /^[\u3400-\u9fff]{2,12}$/;

/**
 * The series a query's words ask for, or undefined: one 代字 and one year, alone (as one word or
 * two, in either order). Any other word, an OR or an excluded word makes it a search of words.
 *
 * @example querySeries(['国办发', '2016']) // { prefix: '国办发', year: 2016 }
 * @example querySeries(['国办发〔2016〕']) // { prefix: '国办发', year: 2016 }
 * @example querySeries(['国办发', '2016', '政务公开']) // undefined
 */
export function querySeries(words: readonly string[]): QuerySeries | undefined {
  const folded = words.map((w) => foldWidth(w).trim()).filter(Boolean);
  if (folded.length === 1) {
    const joined = JOINED.exec(folded[0]);
    return joined ? { prefix: joined[1], year: Number(joined[2]) } : undefined;
  }
  if (folded.length !== 2) return undefined;
  const at = folded.findIndex((w) => YEAR.test(w));
  const code = folded[1 - at];
  if (at < 0 || !CODE.test(code)) return undefined;
  return { prefix: code, year: Number(YEAR.exec(folded[at])![1]) };
}

/**
 * The known numbers in the series that year (same 代字 exactly: 粤府 is not 粤府办).
 *
 * @example seriesNumbers({ prefix: '甲发', year: 2016 }, ['甲发〔2016〕5号', '甲发〔2017〕5号', '乙甲发〔2016〕5号']) // ['甲发〔2016〕5号']
 */
export function seriesNumbers(series: QuerySeries, known: Iterable<string>): string[] {
  const out: string[] = [];
  for (const number of known) {
    const parts = partsOf(number);
    if (parts && parts.prefix === series.prefix && parts.year === series.year) out.push(number);
  }
  return out;
}
