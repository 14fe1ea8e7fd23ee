/**
 * @module cli/export
 * `gazette export`: every stored document as one JSON object per line (JSON Lines).
 */
import type { Command } from 'commander';
import type { StoredDocument } from '../store/gazette-store';
import { asOfOption, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

/** The exported shape of one document (stable field order, for diffs between runs). */
export function exportRecord(document: StoredDocument): Record<string, unknown> {
  const gazette = document.gazette;
  return {
    id: document.id,
    docNumber: document.docNumber ?? null,
    docNumberRaw: document.docNumberRaw ?? null,
    issuingBody: document.issuingBody ?? null,
    title: document.title,
    type: document.type ?? null,
    issuers: document.issuers ?? (document.issuingBody ? [document.issuingBody] : []),
    county: document.county ?? gazette?.county ?? null,
    level: document.level ?? null,
    date: document.date ?? null,
    publishedOn: document.publishedOn ?? null,
    publicity: document.publicity ?? null,
    recipients: document.recipients ?? null,
    signedBy: document.signedBy ?? null,
    attachments: document.attachments,
    gazette: gazette
      ? {
          name: gazette.name ?? null,
          county: gazette.county ?? null,
          year: gazette.year ?? null,
          issue: gazette.issue ?? null,
          totalIssue: gazette.totalIssue ?? null,
          publishedOn: gazette.publishedOn ?? null,
        }
      : null,
    page: document.page ?? null,
    pages: document.pages ?? null,
    outline: document.outline,
    text: document.text,
    references: document.references,
    validity: document.validity,
    duties: document.duties,
    status: document.status.status,
    statusReason: document.status.reason,
  };
}

export function registerExport(program: Command): void {
  withCommonOptions(
    program
      .command('export')
      .description('导出全部公文，每行一个 JSON 对象 — export every document as JSON Lines (one object per line)')
      .option('--as-of <date>', '按此日期计算效力状态 YYYY-MM-DD (date the validity status is computed for; default today)'),
  )
    .addHelpText('after', '\n示例 Example:\n  gazette export --json > documents.jsonl')
    .action(async (options: CommonOptions & { asOf?: string }) => {
      // A closed pipe (`| head`) is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      await withStore(options, async (store) => {
        for (const document of store.exportDocuments({ asOf: asOfOption(options.asOf) })) {
          const line = `${JSON.stringify(exportRecord(document))}\n`;
          if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
        }
      });
    });
}
