/**
 * @module store/meilisearch/meili-errors
 * Every failure of the Meilisearch client as one GazetteError naming the server: it answered
 * with an error or a failed task (BACKEND_TASK_FAILED), or could not be reached or did not
 * answer in time (BACKEND_UNAVAILABLE). Each message says the SQLite store was not touched.
 */
import { MeilisearchApiError, MeilisearchTaskTimeOutError, type Task } from 'meilisearch';
import { GazetteError } from '../../errors';

/** Runs a client call, wrapping any failure in one clear error. */
export async function guard<T>(what: string, host: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GazetteError) throw error;
    const answered = error instanceof MeilisearchApiError;
    const detail = error instanceof MeilisearchTaskTimeOutError ? `等待任务超时：${error.message}` : `${(error as Error).message}${systemCode(error)}`;
    throw new GazetteError(
      answered ? 'BACKEND_TASK_FAILED' : 'BACKEND_UNAVAILABLE',
      `Meilisearch ${host} ${what}失败：${detail}；SQLite 中的公文未受影响，可稍后重试（gazette reindex 可重复运行）`,
      { cause: error, details: answered ? { meiliCode: error.cause?.code } : undefined },
    );
  }
}

/** The innermost cause of a failed request (ECONNREFUSED, ENOTFOUND, bad port …), for the message. */
function systemCode(error: unknown): string {
  let innermost: unknown;
  for (let e = (error as { cause?: unknown }).cause, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) innermost = e;
  if (!innermost) return '';
  const { code, message } = innermost as { code?: unknown; message?: unknown };
  const why = typeof code === 'string' ? code : typeof message === 'string' ? message : '';
  return why ? `（${why}）` : '';
}

/** Throws when an awaited task did not succeed. */
export function checkTask(task: Task, what: string, host: string): void {
  if (task.status !== 'succeeded') {
    throw new GazetteError(
      'BACKEND_TASK_FAILED',
      `Meilisearch ${host} 任务 ${task.uid}（${what}）状态为 ${task.status}：${task.error?.message ?? '无错误信息'}；SQLite 中的公文未受影响，可重新运行 gazette reindex`,
      { details: { meiliCode: task.error?.code } },
    );
  }
}

/** The index is gone (deleted, or a server started afresh): create it again and retry. */
export const indexMissing = (error: unknown) => error instanceof GazetteError && error.details?.meiliCode === 'index_not_found';
