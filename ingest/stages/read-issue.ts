/**
 * @module ingest/stages/read-issue
 * Gazette issue metadata from the cover lines: name, county, year, issue, 总第N期,
 * publication date and publisher.
 */
import { chineseNumber, findDates, parseChineseDate } from '../../src/domain/dates';
import { gazetteName } from '../../src/domain/gazette-layout';
import { loadDocumentGrammar, type DocumentGrammar } from '../../src/domain/grammar';
import type { GazetteIssue, Message } from '../../src/model';
import { compact, foldWidth } from '../../src/text/normalize';

/** A province's 政报 (浙东政报) names its place without 省: the name alone on its line. */
const BULLETIN = /^(\p{Script=Han}{2,6}?)政报$/u;
/**
 * Issues counted in 号, as some provinces' gazettes and the State Council's do: 2023年第10号（总第1796号）,
 * 1993年第2号 (总号:720); the 总 tells it from a 通告's serial (2022年第3号).
 */
const YEAR_NUMBERED = /((?:19|20)\d{2})\s*年\s*第\s*(\d{1,3})\s*号\s*[（(]\s*总(?:第|号\s*[:：]?)\s*(\d{1,5})\s*号?/;
/**
 * An issue, or issues printed together (合刊): 第5、6期, 第4-6期, 1-3期. The first is the issue's
 * number, the last its lastIssue; a 期 after a year may leave out its 第 (2019年1-3期), a 期
 * alone may not (总第N期, 3期).
 */
const ISSUES = '(\\d{1,3})(?:\\s*[-－—–~～、,，至]\\s*(?:第\\s*)?(\\d{1,3}))?\\s*期';
/** 2023年第4期, 2023 第 4 期, 2024年第5、6期, 2019年1-3期, or the year and the 期 on lines of their own ("2024" / "第3期（总第806期）"); never 总第N期. */
const YEAR_ISSUE = new RegExp(`(?:^|[^\\d])((?:19|20)\\d{2})\\s*年?\\s*(?:[（(]\\s*)?(?:(?<!总)第\\s*|(?<=年\\s*))${ISSUES}`);
/** 第3期 with no year beside it: the year is then the cover's date's ("第3期" / "二〇二三年三月三十一日"). */
const ISSUE_ALONE = new RegExp(`(?<!总)第\\s*${ISSUES}`);

export interface IssueReading {
  issue: GazetteIssue | null;
  messages: Message[];
}

/** 二〇二二年第二期（总第二十期） → 2022年第2期（总第20期）: a cover may print its numbers in Chinese. */
function arabicNumerals(text: string): string {
  return text
    .replace(/([〇零○一二三四五六七八九]{4})(?=\s*年)/g, (year) => String(chineseNumber(year.replace(/○/g, '〇')) ?? year))
    .replace(/第([一二三四五六七八九十百]{1,4})([期号])/g, (all, n: string, unit: string) => `第${chineseNumber(n) ?? n}${unit}`)
    // 第五、六期 (合刊): both numbers of the pair.
    .replace(/第([一二三四五六七八九十百]{1,4})([、\-—至])([一二三四五六七八九十百]{1,4})期/g, (all, a: string, sep: string, b: string) => `第${chineseNumber(a) ?? a}${sep}${chineseNumber(b) ?? b}期`);
}

/**
 * @example readIssue(['稷山县人民政府公报', '2022 年第 3 期（总第 7 期）', '2022 年 9 月 30 日出版（季刊）'])
 *   // { name: '稷山县人民政府公报', county: '稷山县', year: 2022, issue: 3, totalIssue: 7, publishedOn: '2022-09-30' }
 */
export function readIssue(coverLines: string[], grammar: DocumentGrammar = loadDocumentGrammar()): IssueReading {
  const lines = coverLines.map((l) => foldWidth(compact(l))).filter(Boolean);
  const messages: Message[] = [];
  let name: string | undefined;
  let county: string | undefined;
  for (const line of lines) {
    const m = gazetteName(line);
    if (m && (line === m.name || /^\d{4}/.test(line.slice(m.name.length)))) {
      name = m.name;
      county = m.place;
      break;
    }
    const bulletin = line.match(BULLETIN);
    if (bulletin) {
      name = line;
      county = bulletin[1];
      break;
    }
  }
  let year: number | undefined;
  let issue: number | undefined;
  let lastIssue: number | undefined;
  let totalIssue: number | undefined;
  const yearIssue = arabicNumerals(lines.join(' ')).match(YEAR_ISSUE);
  const numbered = yearIssue ? undefined : arabicNumerals(lines.join(' ')).match(YEAR_NUMBERED);
  if (yearIssue) {
    year = Number(yearIssue[1]);
    issue = Number(yearIssue[2]);
    lastIssue = yearIssue[3] ? Number(yearIssue[3]) : undefined;
  } else if (numbered) {
    year = Number(numbered[1]);
    issue = Number(numbered[2]);
    totalIssue = Number(numbered[3]);
  }
  // A cover line that is only a date is the issue's date, with or without 出版 after it.
  const coverDate = lines.map((line) => parseChineseDate(line)).find((d) => d !== undefined);
  if (!yearIssue) {
    const alone = arabicNumerals(lines.join(' ')).match(ISSUE_ALONE);
    if (alone && coverDate) {
      issue = Number(alone[1]);
      lastIssue = alone[2] ? Number(alone[2]) : undefined;
      year = Number(coverDate.slice(0, 4));
    }
  }
  for (const line of lines.map(arabicNumerals)) {
    const t = line.match(/总第(\d{1,5})期/);
    if (t && totalIssue === undefined) totalIssue = Number(t[1]);
  }
  let publishedOn: string | undefined = coverDate;
  let publisher: string | undefined;
  for (const line of lines) {
    if (!publishedOn && line.includes(grammar.issueLabels.published)) publishedOn = findDates(line)[0]?.iso;
    for (const label of grammar.issueLabels.publisher) {
      const at = line.indexOf(label);
      if (!publisher && at > 1) publisher = line.slice(0, at);
    }
  }
  if (!name || !county || year === undefined || issue === undefined) {
    // No masthead at all is a page collecting documents, not a gazette whose head was damaged.
    if (name || year !== undefined || issue !== undefined) {
      messages.push({
        level: 'warning',
        origin: 'read-issue',
        message: `公报刊头不完整（名称 ${name ?? '?'}，年份 ${year ?? '?'}，期号 ${issue ?? '?'}） (gazette issue metadata incomplete)`,
      });
    }
    return { issue: null, messages };
  }
  return {
    issue: {
      name,
      county,
      year,
      issue,
      // A range read backwards or of one issue (第5-5期) is no range.
      ...(lastIssue !== undefined && lastIssue > issue ? { lastIssue } : {}),
      ...(totalIssue !== undefined ? { totalIssue } : {}),
      ...(publishedOn ? { publishedOn } : {}),
      ...(publisher ? { publisher } : {}),
    },
    messages,
  };
}
