/**
 * @module web/pages/document-duties
 * 责任分工 of a document as a reader wants it: each office once, with its roles and matters and
 * the sentence that says so shown once; the members of a 指挥部 or 领导小组 folded into one line
 * per body (29 rows of "成员 | 县指挥部" become "县指挥部 成员单位（29）").
 */
import type { Duty } from '../../../src/model';
import { h, type Child } from '../dom';
import { roleLabels } from '../format';
import { href } from '../router';

export function unitLink(duty: Pick<Duty, 'unit' | 'unitId'>): Child {
  return duty.unitId ? h('a', { href: href('unit', { id: duty.unitId }) }, duty.unit) : duty.unit;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const at = key(item);
    const list = groups.get(at);
    if (list) list.push(item);
    else groups.set(at, [item]);
  }
  return groups;
}

/** Where a duty's sentence stands: in the text of this page, and in the original file. */
function places(documentId: string, paragraph: number): Child[] {
  return [
    h('a', { href: `#p-${paragraph}`, class: 'small' }, '正文'),
    ' ',
    h('a', { href: href('original', { id: documentId, p: paragraph }), class: 'small' }, '原件'),
  ];
}

/** One office: its duties, each sentence once (an office named three times in one sentence is one entry). */
function officeCard(documentId: string, duties: Duty[]): HTMLElement {
  const first = duties[0];
  const bySentence = groupBy(duties, (duty) => duty.sentence || duty.matter);
  return h('li', { class: 'office' },
    h('h3', { class: 'office-name' }, unitLink(first),
      ' ', [...new Set(duties.map((duty) => duty.role))].map((role) => h('span', { class: `role role-${role}` }, roleLabels[role] ?? role))),
    h('ul', { class: 'office-duties' }, [...bySentence.values()].map((same) => {
      const matters = [...new Set(same.map((duty) => duty.matter).filter(Boolean))];
      const sentence = same[0].sentence;
      return h('li', {},
        matters.length ? h('span', { class: 'matter' }, matters.join('；')) : null,
        sentence && !matters.includes(sentence) ? h('details', {}, h('summary', {}, '原文'), h('blockquote', {}, sentence)) : null,
        ' ', places(documentId, same[0].paragraph));
    })));
}

/** Members of each body (县指挥部 …), folded: the names in one line, the sentences once. */
function memberGroups(documentId: string, members: Duty[]): HTMLElement[] {
  return [...groupBy(members, (duty) => duty.matter || '成员单位')].map(([body, duties]) => {
    const units = [...new Map(duties.map((duty) => [duty.unitId ?? duty.unit, duty])).values()];
    const sentences = [...new Map(duties.map((duty) => [duty.sentence, duty])).values()].filter((duty) => duty.sentence);
    return h('details', { class: 'members' },
      h('summary', {}, `${body} 成员单位（${units.length}）`),
      h('p', { class: 'member-names' }, units.map((duty, index) => [index > 0 ? '、' : '', unitLink(duty)])),
      sentences.map((duty) => h('blockquote', {}, duty.sentence, ' ', places(documentId, duty.paragraph))));
  });
}

export function dutiesSection(documentId: string, all: Duty[]): HTMLElement | null {
  // The interpreting office is in the card above; here are the offices that act.
  const duties = all.filter((duty) => duty.role !== 'interprets');
  if (duties.length === 0) return null;
  const members = duties.filter((duty) => duty.role === 'member');
  const acting = groupBy(duties.filter((duty) => duty.role !== 'member'), (duty) => duty.unitId ?? duty.unit);
  const offices = new Set(duties.map((duty) => duty.unitId ?? duty.unit)).size;
  return h('section', { class: 'duties', 'aria-labelledby': 'duties-title' },
    h('h2', { id: 'duties-title' }, `责任分工（${offices} 个单位）`),
    acting.size ? h('ul', { class: 'offices' }, [...acting.values()].map((group) => officeCard(documentId, group))) : null,
    memberGroups(documentId, members));
}
