/**
 * @module model/labels
 * The closed vocabularies every front end shows and every backend filters by — validity
 * statuses, duty roles and relations — each as one list with its Chinese labels. The API's
 * schemas, the CLI, the web UI and the Meilisearch filter translation all read them from here,
 * so a new status or role is added in one place.
 */
import type { DutyRole, RelationKind, ValidityStatus } from './knowledge';

/** Validity statuses, in the order a reader sorts them: in force first. */
export const VALIDITY_STATUSES = ['现行有效', '尚未生效', '已失效', '已废止'] as const satisfies readonly ValidityStatus[];

/** Statuses of a document no longer in force. */
export const NOT_IN_FORCE_STATUSES: readonly ValidityStatus[] = ['已失效', '已废止'];

export function isValidityStatus(value: string): value is ValidityStatus {
  return (VALIDITY_STATUSES as readonly string[]).includes(value);
}

/** The role a unit plays for a matter, as a reader says it. */
export const ROLE_LABELS: Readonly<Record<DutyRole, string>> = {
  lead: '牵头',
  responsible: '负责',
  support: '配合',
  interprets: '解读',
  office: '办公室',
  member: '成员',
};

/** How one document relates to another it mentions, as a reader says it. */
export const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  cites: '引用',
  basedOn: '依据',
  implements: '贯彻落实',
  repeals: '废止',
  revises: '修订',
  interprets: '解读',
  extends: '延长有效期',
};

/** 第3期, or 第1—3期（合刊） for issues printed together: how every front end names an issue. */
export function issueNumberLabel(gazette: { issue?: number; lastIssue?: number }): string {
  return gazette.lastIssue ? `第${gazette.issue}—${gazette.lastIssue}期（合刊）` : `第${gazette.issue ?? '?'}期`;
}

/**
 * Where a document was published: an issue (2022年第3期) for a gazette, the page or file's own
 * name for a single document or a law — never "第N期" where there is no issue.
 */
export function publishedIn(gazette: { kind?: string; name?: string; year?: number; issue?: number; lastIssue?: number; totalIssue?: number }): string {
  if (gazette.kind && gazette.kind !== 'gazette') return gazette.name ?? (gazette.kind === 'law' ? '法律法规文本' : '单独发布的文件');
  return gazetteLabel(gazette);
}

/** 稷山县人民政府公报 2022年第3期（总第7期）; issues printed together: 2019年第1—3期（合刊） */
export function gazetteLabel(gazette: { name?: string; year?: number; issue?: number; lastIssue?: number; totalIssue?: number }): string {
  const issue = gazette.year && gazette.issue ? ` ${gazette.year}年${issueNumberLabel(gazette)}` : '';
  const total = gazette.totalIssue ? `（总第${gazette.totalIssue}期）` : '';
  return `${gazette.name ?? '公报'}${issue}${total}`;
}
