/**
 * @module ingest/stages/read-issue
 * Gazette issue metadata from the cover lines: name, county, year, issue, 总第N期,
 * publication date and publisher.
 */
import { findDates } from '../../src/domain/dates';
import { loadDocumentGrammar, type DocumentGrammar } from '../../src/domain/grammar';
import type { GazetteIssue, Message } from '../../src/model';
import { compact, foldWidth } from '../../src/text/normalize';

const NAME = /^(.{1,15}?(?:县|市|区|旗|州|盟))(?:人民)?政府公报$/;

export interface IssueReading {
  issue: GazetteIssue | null;
  messages: Message[];
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
    const m = line.match(NAME) ?? line.match(/^(.{1,15}?(?:县|市|区|旗|州|盟))(?:人民)?政府公报(?=\d{4})/);
    if (m) {
      name = line.match(/^.*?公报/)![0];
      county = m[1];
      break;
    }
  }
  let year: number | undefined;
  let issue: number | undefined;
  let totalIssue: number | undefined;
  for (const line of lines) {
    const m = line.match(/(\d{4})年?第(\d{1,3})期/);
    if (m && year === undefined) {
      year = Number(m[1]);
      issue = Number(m[2]);
    }
    const t = line.match(/总第(\d{1,5})期/);
    if (t && totalIssue === undefined) totalIssue = Number(t[1]);
  }
  let publishedOn: string | undefined;
  let publisher: string | undefined;
  for (const line of lines) {
    if (!publishedOn && line.includes(grammar.issueLabels.published)) publishedOn = findDates(line)[0]?.iso;
    for (const label of grammar.issueLabels.publisher) {
      const at = line.indexOf(label);
      if (!publisher && at > 1) publisher = line.slice(0, at);
    }
  }
  if (!name || !county || year === undefined || issue === undefined) {
    messages.push({ level: 'warning', origin: 'read-issue', message: `gazette issue metadata incomplete (name=${name ?? '?'}, year=${year ?? '?'}, issue=${issue ?? '?'})` });
    return { issue: null, messages };
  }
  return {
    issue: {
      name,
      county,
      year,
      issue,
      ...(totalIssue !== undefined ? { totalIssue } : {}),
      ...(publishedOn ? { publishedOn } : {}),
      ...(publisher ? { publisher } : {}),
    },
    messages,
  };
}
