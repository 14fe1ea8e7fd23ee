/**
 * @module kb/bodies
 * Command posts, leading groups and their offices (县指挥部, 领导小组办公室) are bodies, not
 * offices a resident can visit. A document that sets one up usually says where its office sits
 * (县指挥部办公室设在县能源局), which extraction keeps as an `office` duty of the host; this
 * module finds that host so an answer can name the office behind the body.
 */
import type { DutyWithDocument } from '../store/gazette-store';
import { unitKey } from './duty-index';
import type { QuestionWords } from './question-words';

/** True when a unit name is a body (ends with one of data/who-handles.json `bodies.endings`). */
export function isBody(name: string, words: QuestionWords): boolean {
  return words.bodies.endings.some((ending) => name.endsWith(ending));
}

/** The ending a body's name has without its 办公室: 指挥部, 领导小组 … */
function bodyType(name: string, words: QuestionWords): string | undefined {
  const core = name.replace(/办公室$/, '');
  return words.bodies.endings.find((ending) => !ending.endsWith('办公室') && core.endsWith(ending));
}

/** A body's name reduced for comparison: county and level prefix and trailing 办公室 removed. */
function core(name: string, county: string | undefined): string {
  let text = name.replace(/\s+/g, '');
  if (county && text.startsWith(county)) text = text.slice(county.length);
  return text.replace(/^[县区市旗]/, '').replace(/办公室$/, '');
}

interface Host {
  core: string;
  type?: string;
  hostKey: string;
  hostName: string;
}

/** Hosts of bodies per document, from the `office` duties (matter = the body's office, unit = its host). */
export function bodyHosts(duties: DutyWithDocument[], words: QuestionWords): Map<string, Host[]> {
  const hosts = new Map<string, Host[]>();
  for (const duty of duties) {
    if (duty.role !== 'office' || isBody(duty.unitName, words)) continue;
    const list = hosts.get(duty.document.id) ?? [];
    list.push({ core: core(duty.matter, duty.document.county), type: bodyType(duty.matter, words), hostKey: unitKey(duty), hostName: duty.unitName });
    hosts.set(duty.document.id, list);
  }
  return hosts;
}

/**
 * The office hosting a body named by a duty, in the same document: the `office` duty whose
 * body is the same (县指挥部 ↔ 县指挥部办公室), else the only host of a body of the same kind.
 *
 * @example hostOf(dutyOf('县指挥部'), hosts, words) // → { hostKey: '稷山县:县能源局', hostName: '县能源局' }
 */
export function hostOf(duty: DutyWithDocument, hosts: Map<string, Host[]>, words: QuestionWords): Host | undefined {
  const list = hosts.get(duty.document.id);
  if (!list || list.length === 0) return undefined;
  const own = core(duty.unitName, duty.document.county);
  const same = list.find((h) => h.core === own || (own.length >= 3 && h.core.length >= 3 && (h.core.endsWith(own) || own.endsWith(h.core))));
  if (same) return same;
  const type = bodyType(duty.unitName, words);
  const ofType = list.filter((h) => h.type === type);
  return type && ofType.length === 1 ? ofType[0] : undefined;
}
