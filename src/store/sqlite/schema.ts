/**
 * @module store/sqlite/schema
 * Runs the store's migrations (migrations.ts), versioned with `PRAGMA user_version`, with the
 * SQL functions the steps that rewrite stored rows call.
 */
import type Database from 'better-sqlite3';
import { GazetteError } from '../../errors';
import { documentChecksum, gazetteChecksum } from './checksum';
import { decodeDocumentHead, decodeParagraphTexts } from './document-codec';
import { quoteIn } from './quoted-text';
import { titleKey } from '../../text/book-titles';
import { migrations } from './migrations';
import { issuedKey } from './numberless-documents';
import { textValue } from './row-values';

/** Version written to `user_version` after the last migration: one a step. */
export const schemaVersion = migrations.length;

/**
 * Brings the schema to `schemaVersion` (or an earlier `target`, which tests use to build an
 * old store) in one transaction. A store written by a newer version is refused rather than
 * guessed at. Run it inside a write transaction (openStore does, IMMEDIATE): the version is
 * then read under the lock, so two processes opening a new store at once cannot both create
 * its tables ("table gazettes already exists" in 2 of 17 runs before).
 */
export function migrate(db: Database.Database, target = schemaVersion): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > schemaVersion) {
    throw new GazetteError(
      'STORE_CORRUPT',
      `数据库 ${db.name} 的结构版本 ${current} 高于本程序支持的 ${schemaVersion}；请升级 gazette-kb (store schema is newer than this program)`,
    );
  }
  if (current >= target) return;
  // Step 5 computes the checksums of stored rows in SQL, with the function rows are written with.
  db.function('gazette_checksum', { deterministic: true }, (record: unknown, paragraphs: unknown) =>
    documentChecksum(record as Buffer | string, paragraphs as Buffer | null),
  );
  // Step 10 likewise for gazettes' rows.
  db.function('gazette_row_checksum', { deterministic: true }, (contents: unknown, messages: unknown, issue: unknown) =>
    gazetteChecksum(contents as string, messages as string, issue as string | null),
  );
  // Step 11 writes texts as writing does.
  db.function('gazette_text_value', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? textValue(text) : text) as string | Buffer | null);
  // Step 15 keys stored titles as writing and lookups do.
  db.function('gazette_title_key', { deterministic: true }, (title: unknown) => (typeof title === 'string' ? titleKey(title) : null));
  // Step 16 keys the name each stored document issues as writing does, from its record.
  db.function('gazette_issued_key', { deterministic: true }, issuedKeyOfRow);
  // Step 6 finds each duty's sentence in its paragraph as writing does.
  db.function('gazette_sentence_at', { deterministic: true }, sentenceAtInRow());
  db.transaction(() => {
    for (let version = current; version < target; version++) {
      db.exec(migrations[version]);
    }
    db.pragma(`user_version = ${target}`);
  })();
}

/** Step 16's gazette_issued_key(title, record): the key of the name the document issues, or NULL. */
function issuedKeyOfRow(title: unknown, record: unknown): string | null {
  let instrumentTitle: string | undefined;
  try {
    instrumentTitle = decodeDocumentHead(record as Buffer | string).instrumentTitle;
  } catch {
    // a record no decoder reads (a hand-made or damaged row): its title alone says what it issues
  }
  return typeof title === 'string' ? issuedKey({ title, instrumentTitle }) : null;
}

/** Step 6's gazette_sentence_at(document id, record, paragraphs, paragraph, sentence): the sentence's offset in its paragraph, or NULL. */
function sentenceAtInRow(): (...args: unknown[]) => number | null {
  // Rows come ordered by id, so a document's rows follow each other: decode its texts once.
  let last: { id: unknown; texts: string[] } | undefined;
  return (id, record, paragraphs, paragraph, sentence) => {
    if (last === undefined || last.id !== id) {
      let texts: string[] = [];
      try {
        texts = decodeParagraphTexts(record as Buffer | string, paragraphs as Buffer | null);
      } catch {
        // a record no decoder reads (a hand-made or damaged row) keeps its sentences as text
      }
      last = { id, texts };
    }
    return quoteIn(last.texts[paragraph as number], sentence as string)?.at ?? null;
  };
}
