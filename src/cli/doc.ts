/**
 * @module cli/doc
 * `gazette doc <id|docNumber>`: one document with its header, status, references and duties.
 */
import type { Command } from 'commander';
import { GazetteError } from '../errors';
import { publishedIn, RELATION_LABELS, ROLE_LABELS } from '../model';
import type { GazetteStore, StoredDocument } from '../store/gazette-store';
import { formatFields, formatTable } from './format-table';
import { asOfOption, print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';


/** Finds a document by id, else by document number in any written form. */
export function findDocument(store: GazetteStore, key: string, asOf?: string): StoredDocument {
  const document = store.getDocument(key, { asOf }) ?? store.getDocumentByNumber(key, { asOf });
  if (!document) {
    throw new GazetteError('NOT_FOUND', `找不到公文 "${key}"；请给出文档 id 或发文字号，如 稷政办发〔2022〕31号 (no such document)`);
  }
  return document;
}

export function registerDoc(program: Command): void {
  withCommonOptions(
    program
      .command('doc')
      .description('显示一篇公文（按 id 或任意写法的发文字号）— show one document by id or document number')
      .argument('<key>', '文档 id 或发文字号，如 稷政办发[2022]31号 (document id or number)')
      .option('--as-of <date>', '按此日期计算效力状态 YYYY-MM-DD (date for the validity status)')
      .option('--text', '同时输出正文 (also print the body text)'),
  )
    .addHelpText('after', '\n示例 Examples:\n  gazette doc 稷政办发〔2022〕31号\n  gazette doc "夏政发(2023)12号" --json')
    .action(async (key: string, options: CommonOptions & { asOf?: string; text?: boolean }) => {
      await withStore(options, (store) => {
        const document = findDocument(store, key, asOfOption(options.asOf));
        if (options.json) return printJson(document);
        print(
          formatFields([
            ['标题 title', document.title],
            ['发文字号 number', document.docNumber],
            ['发文机关 issuer', document.issuingBody],
            ['成文日期 date', document.date],
            ['文种 type', document.type],
            ['主送 recipients', document.recipients],
            ['公开 publicity', document.publicity],
            ['公报 gazette', document.gazette ? `${publishedIn(document.gazette)}${document.page ? ` 第${document.page}页` : ''}` : undefined],
            ['效力 status', `${document.status.status}${document.status.reason ? `（${document.status.reason}）` : ''}`],
            ['附件 attachments', document.attachments.map((a) => a.title).join('；')],
            ['id', document.id],
          ]),
        );
        if (document.references.length > 0) {
          print('\n引用 References');
          print(
            formatTable(document.references, [
              { header: '关系', value: (r) => RELATION_LABELS[r.relation] ?? r.relation },
              { header: '文号', value: (r) => r.docNumber },
              { header: '标题', value: (r) => r.title, maxWidth: 50 },
            ]),
          );
        }
        if (document.duties.length > 0) {
          print('\n职责 Duties');
          print(
            formatTable(document.duties, [
              { header: '单位', value: (d) => d.unit },
              { header: '角色', value: (d) => ROLE_LABELS[d.role] ?? d.role },
              { header: '事项', value: (d) => d.matter, maxWidth: 60 },
            ]),
          );
        }
        if (options.text) print(`\n${document.text}`);
      });
    });
}
