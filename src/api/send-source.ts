/**
 * @module api/send-source
 * Answers the file a gazette issue or document was read from. The path is the one the store
 * recorded at ingest — never one a client sends — and the bytes are served only while they are
 * still the ones ingested (same sha256), so a moved or edited file is a 404, not another file.
 * Messages name the file by its base name only: no server path reaches a client.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Response } from 'express';
import { GazetteError } from '../errors';
import type { GazetteSummary } from '../store/gazette-store';

/** '; charset=utf-8' for UTF-8 bytes; otherwise (GB18030 text) the browser's own detection decides. */
function textCharset(bytes: Buffer): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return '; charset=utf-8';
  } catch {
    return '';
  }
}

/**
 * Sends the source file of an issue.
 *
 * @param disposition 'attachment' makes a PDF a download (the issue's own link); 'inline' lets
 *   the page viewer (pdf.js) and a browser tab show it.
 * @example await sendSource(res, store.getGazette(id)!.source, 'inline')
 */
export async function sendSource(res: Response, source: GazetteSummary['source'], disposition: 'inline' | 'attachment'): Promise<void> {
  const name = path.basename(source.path);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(path.resolve(source.path));
  } catch {
    throw new GazetteError('NOT_FOUND', `原始文件 ${name} 已不在服务器上，请管理员重新导入 (the source file is no longer on the server)`);
  }
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== source.sha256) {
    throw new GazetteError('NOT_FOUND', `原始文件 ${name} 在导入后已被修改，请管理员重新导入 (the source file changed after ingest)`);
  }
  res.setHeader('Content-Disposition', `${source.format === 'pdf' ? disposition : 'inline'}; filename*=UTF-8''${encodeURIComponent(name)}`);
  if (source.format === 'pdf') {
    res.type('application/pdf');
  } else {
    // An HTML page from another site must never run under this origin: show it as text.
    res.setHeader('Content-Type', `text/plain${textCharset(bytes)}`);
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
  }
  res.send(bytes);
}
