/**
 * @module ingest/stages/extract-duties
 * Who must do what: finds the units a document charges with a matter and the role they play
 * (牵头 lead, 负责 responsible, 配合 support, 解读 interprets, 办公室 office, 成员 member).
 * Forms read, all from real county gazettes:
 * - closing groups of numbered items: （责任单位：县交通局、县卫健局）, （牵头单位：…；配合单位：…）,
 *   （县农业农村局牵头，县供销社、县工科局配合）, （县人社局负责）, （…按照职责分工负责）;
 * - clauses: 县司法局负责县人民政府重大行政决策事项的合法性审查工作; 财政风险评估由县财政局负责;
 * - 本文件由县发改局负责解读 / 本预案由县能源局负责解释 (interprets); 办公室设在县水利局 (office);
 * - leader lists (组长：… 县政府副县长 / 成员：… 县财政局局长) and duty tables of 应急预案 attachments.
 * Role words, labels and positions come from data/units.json through the unit resolver.
 */
import type { Duty, DutyRole, GazetteDocument, Message } from '../../src/model';
import type { UnitResolver } from '../../src/domain/units';
import { compact } from '../../src/text/normalize';
import { CLAUSE_END, CLOSE, cleanMatter, findGroups, LEADING_PUNCT, LIST_TAIL, matchesOf, SENTENCE_END, splitAfter, stripNumbering, unbalancedOpen, type Group } from './duty-text';

export interface ExtractDutiesOptions {
  units: UnitResolver;
}

const ORIGIN = 'extract-duties';

/**
 * Builds the stage.
 * @example
 * const extractDuties = createExtractDuties({ units: createUnitResolver(loadUnitTable()) });
 * // paragraph "八、新办企业首次申领发票，…(责任单位：县税务局、县行政审批局)"
 * // → duties 县税务局 and 县行政审批局, role 'responsible', matter "新办企业首次申领发票，…"
 */
export function createExtractDuties({ units }: ExtractDutiesOptions): (doc: GazetteDocument) => GazetteDocument {
  const { table } = units;
  const labelRoles = new Map(Object.entries(table.roles.labels).map(([k, v]) => [k, v] as const));
  const labelAlternation = [...labelRoles.keys()].sort((a, b) => b.length - a.length).join('|');
  const LABELLED = new RegExp(`^(${labelAlternation})[：:](.*)$`);
  const verbs = [...table.roles.verbs].sort((a, b) => b[0].length - a[0].length);
  const verbAlternation = verbs.map(([v]) => v).join('|');
  const ROLE_MARK = new RegExp(`[（(](${verbAlternation})[）)]$`);
  // 负责人 (the person in charge) is a noun, not the verb 负责.
  const dutyLabels = [...labelRoles.keys()].filter((l) => labelRoles.get(l) !== 'member').sort((a, b) => b.length - a.length);
  const LABEL_OUTSIDE = new RegExp(`(?:^|[。；;])((?:${dutyLabels.join('|')})[：:])`);
  const LABEL_START = new RegExp(`(?<![；;，,]|^)(${labelAlternation})(?=[：:])`, 'g');
  const CLAUSE = new RegExp(`^([^，,。；;]{2,60}?)[：:]?(${verbAlternation})(?!人|同志)`);
  const modals = [...(table.roles.modals?.words ?? [])].sort((a, b) => b.length - a.length);
  const notModal = table.roles.modals?.notModal ?? [];
  /**
   * Where a modal may stand, longest first as `modals`: the engine finds the next one without
   * a step per character (a walk over every position was the stage's dearest line).
   */
  const MODAL_AT = modals.length ? new RegExp(modals.join('|'), 'g') : undefined;
  const longestModal = modals[0]?.length ?? 0;
  const interpretWords = table.roles.interprets.filter((w) => w.startsWith('负责')).sort((a, b) => b.length - a.length);
  const INTERPRETS = new RegExp(`由([^，。,；;由]{2,40}?)(?:${interpretWords.join('|')})|解释权归([^，。,；;]{2,40}?)(?:所有)?(?:[。，,；;]|$)`, 'g');
  const OFFICE = new RegExp(`(${table.roles.office.join('|')})([^，。,；;（(]{2,40})`, 'g');
  // 成员由教育部、住房城乡建设部等部门负责同志组成
  const MEMBERS_OF = /成员(?:单位)?(?:由|为|包括)([^。；;，,]+?)(?:等(?:有关)?(?:部门|单位))?(?:的?(?:主要|分管)?负责同志|分管副职)?组成/g;
  // 领导小组，组长：翟廷伟(政府副县长)，副组长：曹三红(县政府办副主任)、杨志军(县财政局局长)，…
  const MEMBERS_INLINE = /(?<=[，,。；;])(副?组长|副?指挥长)[：:]([^。；;]+?)(?=[，,](?:副?组长|成员|副?指挥长|办公室)|[。；;]|$)/g;
  // What each of those forms cannot do without, tested before it is read: most paragraphs hold
  // none, and matchAll copies its expression on every call (MEMBERS_INLINE, opening with a
  // look-behind, was also tried at every position).
  const MAY_INTERPRET = new RegExp(`${interpretWords.join('|')}|解释权归`);
  const MAY_NAME_OFFICE = new RegExp(table.roles.office.join('|'));
  const MAY_LIST_LEADERS = /(?:组长|指挥长)[：:]/;
  const MAY_LIST_MEMBERS = /成员/;
  const memberLabels = [...table.roles.members.labels].sort((a, b) => b.length - a.length);
  const MEMBER_LINE = new RegExp(`^(${memberLabels.join('|')})[：:](.*)$`);
  const positions = [...table.roles.members.positions].sort((a, b) => b.length - a.length);
  const bodyWords = table.bodiesOfMatter.join('|');
  const BODY_OF_MATTER = new RegExp(`([\\u4e00-\\u9fff\\d“”"]{0,30}?(?:${bodyWords}))`, 'g');
  /**
   * Whether a text names a body at all: BODY_OF_MATTER tries thirty lengths at every character,
   * and was the dearest expression of the stage on the many paragraphs that name none.
   */
  const NAMES_BODY = new RegExp(bodyWords);

  /**
   * A unit opening a clause must look like one for sure: known to the table, or written with a
   * level or county (县…, 稷山县…, 市…), since a broken line can leave "作社" or "计局" in front of 负责.
   */
  function opensClause(name: string, county?: string): boolean {
    if (units.isKnownName(name, county)) return true;
    const starts = [...table.levelPrefixes, '国家', '国务院', '中国', '国网', '省'];
    if (county) starts.push(county);
    return starts.some((s) => name.startsWith(s));
  }

  function roleOfVerb(verb: string): DutyRole {
    return verbs.find(([v]) => v === verb)?.[1] ?? 'responsible';
  }

  /** Units named in a list such as "县工科局、县财政局，稷山经开区管委会"; null when any item is not a unit. */
  function parseUnitList(text: string): { units: string[]; collectives: number } | null {
    const items = text
      .replace(LIST_TAIL, '')
      .split(/[、，,]/)
      .map((s) => s.replace(/^(?:以及|及|和|与|并)/, '').replace(LIST_TAIL, '').trim())
      .filter(Boolean);
    if (items.length === 0) return null;
    const found: string[] = [];
    let collectives = 0;
    for (const item of items) {
      // "国网夏县供电公司和天然气公司": split on a conjunction only when every part is a unit;
      // 县人力资源和社会保障局 stays whole because 县人力资源 is not one.
      const parts = item.split(/和|及|与/).filter(Boolean);
      const split =
        parts.length > 1 &&
        !units.isKnownName(item) &&
        parts.every((p) => units.isUnitName(p) || units.isCollective(p));
      for (const part of split ? parts : [item]) {
        if (units.isCollective(part)) collectives++;
        else if (units.isUnitName(part)) found.push(part);
        else return null;
      }
    }
    return { units: found, collectives };
  }

  /** Reads a closing group: （责任单位：…）, （A牵头，B配合）, （A负责）. Null when it is not a duty group. */
  function parseDutyGroup(content: string, bareListRole?: DutyRole): Array<{ unit: string; role: DutyRole }> | null {
    // "牵头单位：县发改局 责任单位：…" written on one line: each label opens a segment.
    const separated = compact(content).replace(LABEL_START, '；$1');
    const segments = separated.split(/[；;，,]/).filter(Boolean);
    const out: Array<{ unit: string; role: DutyRole }> = [];
    let current: DutyRole | undefined;
    let pending: string[] = [];
    let labelled = false;
    for (const seg of segments) {
      const label = LABELLED.exec(seg);
      if (label) {
        current = labelRoles.get(label[1]);
        labelled = true;
        const list = parseUnitList(label[2]);
        if (!list) return out.length ? out : null;
        for (const u of list.units) out.push({ unit: u, role: current! });
        continue;
      }
      const verb = verbs.find(([v]) => seg.endsWith(v));
      if (verb) {
        const list = parseUnitList(seg.slice(0, -verb[0].length));
        if (!list) {
          if (out.length) break;
          return null;
        }
        for (const u of [...pending, ...list.units]) out.push({ unit: u, role: verb[1] });
        pending = [];
        continue;
      }
      if (/[：:]/.test(seg)) {
        // Another label (牵头领导：…, 适用范围：…) is no list of units; what follows it is not either.
        current = undefined;
        pending = [];
        continue;
      }
      const list = parseUnitList(seg);
      if (!list) {
        if (out.length) break;
        if (labelled) continue;
        return null;
      }
      if (current) for (const u of list.units) out.push({ unit: u, role: current });
      else pending.push(...list.units);
    }
    if (!labelled && out.length === 0 && pending.length && bareListRole) {
      // "…项目建设。（县发改局、县财政局）": a bare list closing an item names who is responsible.
      for (const u of pending) out.push({ unit: u, role: bareListRole });
    }
    // "责任单位：县发改局（牵头）、县财政局": a role written after one unit of the list.
    return out.length
      ? out.map(({ unit, role }) => {
          const marked = ROLE_MARK.exec(unit);
          return marked ? { unit: unit.slice(0, marked.index), role: roleOfVerb(marked[1]) } : { unit, role };
        })
      : null;
  }

  /** The office a position title belongs to: 县水利局党组书记、局长 → 县水利局; 县政府副县长 → 县政府. */
  function unitOfTitle(title: string): string | undefined {
    const text = compact(title).replace(/^[(（]|[)）]$/g, '');
    for (let k = Math.min(text.length, 30); k >= 2; k--) {
      const prefix = text.slice(0, k);
      const rest = text.slice(k);
      if ((rest === '' || positions.some((p) => rest.startsWith(p))) && units.isUnitName(prefix)) {
        return rest === '' && !units.resolve(prefix) ? undefined : prefix;
      }
    }
    return undefined;
  }

  /** Units of one line of a leader list: "韩俊峰 县水利局党组书记、局长", "翟廷伟(政府副县长)". */
  function unitsOfMemberText(text: string, county?: string): string[] {
    const parenthesised = [...text.matchAll(/[（(]([^（）()]+)[）)]/g)].map((m) => m[1]);
    const titles: string[] = [];
    if (parenthesised.length) titles.push(...parenthesised.flatMap((t) => t.split('、')));
    else {
      for (const part of text.split(/[，,；;]/)) {
        const tokens = part.trim().split(/\s+/).filter(Boolean);
        if (tokens.length === 0) continue;
        // Person names (李 雷) come before the title; the title is the last token.
        const last = tokens.length > 1 ? tokens[tokens.length - 1] : tokens[0];
        const pieces = last.split('、');
        const whole = unitOfTitle(pieces[0]);
        // Without spaces "韩俊峰县水利局…" also ends like a unit; trust it only when it opens like one.
        if (tokens.length > 1 || (whole && opensClause(whole, county))) titles.push(...pieces);
        else titles.push(...[titleAfterName(pieces[0], county)].filter((t): t is string => !!t), ...pieces.slice(1));
      }
    }
    return titles.map((t) => unitOfTitle(t)).filter((u): u is string => !!u);
  }

  /** "韩俊峰县水利局局长" (spaces lost): the title starts after a 2–4 character name. */
  function titleAfterName(text: string, county?: string): string | undefined {
    const starts = [3, 2, 4].filter((s) => s < text.length);
    const candidates = starts
      .map((s) => ({ s, unit: unitOfTitle(text.slice(s)) }))
      .filter((c): c is { s: number; unit: string } => !!c.unit);
    const best =
      candidates.find((c) => units.isKnownName(c.unit, county)) ??
      candidates.find((c) => table.levelPrefixes.includes(text[c.s])) ??
      candidates[0];
    return best ? text.slice(best.s) : undefined;
  }

  return function extractDuties(doc: GazetteDocument): GazetteDocument {
    const county = doc.county;
    const texts = doc.paragraphs.length
      ? doc.paragraphs.map((p) => (!p.text.includes('\t') && p.raw.includes('\t') && !p.raw.includes('\n') ? p.raw : p.text))
      : doc.text.split('\n');
    const duties: Duty[] = [];
    const messages: Message[] = [];
    const seen = new Set<string>();
    const matterTitle = doc.instrumentTitle ?? doc.title;

    function add(unit: string, role: DutyRole, matter: string, sentence: string, paragraph: number): void {
      const written = compact(unit);
      const resolved = units.resolve(written, county);
      if (!resolved) return;
      const m = matter.trim() || matterTitle;
      const key = `${resolved.id}|${role}|${m}|${paragraph}`;
      if (seen.has(key)) return;
      seen.add(key);
      duties.push({ unit: written, unitId: resolved.id, role, matter: m, sentence: sentence.trim(), paragraph });
    }

    let lastBody: string | undefined;
    /** The last paragraph that was an item, for label lines that follow it. */
    let lastItem: string | undefined;
    let inMembers = false;
    let tableGroup: string | undefined;

    for (let i = 0; i < texts.length; i++) {
      const original = texts[i];
      let text = original;
      // A closing group broken over paragraphs ("…（责" / "任单位：县税务局)") is read as one.
      if (unbalancedOpen(text) && i + 1 < texts.length) {
        const next = texts[i + 1];
        const close = [...CLOSE].map((c) => next.indexOf(c)).filter((n) => n >= 0);
        if (close.length && Math.min(...close) < 120) text = text + next.slice(0, Math.min(...close) + 1);
      }

      // Duty tables: cells separated by tabs.
      if (original.includes('\t')) {
        readTableRow(original.split('\t').map((c) => c.trim()), i);
        continue;
      }
      tableGroup = undefined;
      const flat = text.replace(/[ \u3000\u00a0]+/g, ' ').trim();

      // Leader lists: 组长：… / 成员：… and the "姓名 职务" lines after them.
      const member = MEMBER_LINE.exec(compactLabel(flat));
      if (member) {
        inMembers = true;
        const rest = member[2];
        for (const u of unitsOfMemberText(rest, county)) add(u, 'member', lastBody ?? matterTitle, flat, i);
        continue;
      }
      if (inMembers && flat.length < 60 && !/[。；;]/.test(flat)) {
        const listed = unitsOfMemberText(flat, county);
        for (const u of listed) add(u, 'member', lastBody ?? matterTitle, flat, i);
        if (listed.length) continue;
      }
      inMembers = false;

      const compacted = compact(flat);
      const memberUnits = /^(?:成员单位|组成单位)[：:](.*)$/.exec(compacted);
      if (memberUnits) {
        const list = parseUnitList(memberUnits[1].replace(/[。；;].*$/, ''));
        for (const u of list?.units ?? []) add(u, 'member', lastBody ?? matterTitle, flat, i);
        noteBody(compacted);
        continue;
      }

      // Labels outside brackets: a line "责任单位：县发改局、县财政局" under an item, or "…。牵头单位：…" at its end.
      const label = LABEL_OUTSIDE.exec(compacted);
      if (label && !inBrackets(compacted, label.index + label[0].length - label[1].length)) {
        const at = label.index + label[0].length - label[1].length;
        const parsed = parseDutyGroup(compacted.slice(at));
        if (parsed) {
          const head = cleanMatter(compacted.slice(0, at));
          for (const { unit, role } of parsed) add(unit, role, head || lastItem || matterTitle, flat, i);
          if (head) lastItem = head;
          continue;
        }
      }

      // "6.县人社局:定期对企业、个体工商户等用工单位进行检查…": a unit and its duty after a colon.
      const unnumbered = stripNumbering(compacted);
      const colon = /^([^：:，,。；;]{2,30})[：:](.{4,})$/.exec(unnumbered);
      if (colon && !CLAUSE.test(unnumbered) && !verbs.some(([v]) => colon[2].startsWith(v))) {
        const list = parseUnitList(colon[1]);
        if (list && list.units.length && list.units.every((u) => opensClause(u, doc.county))) {
          for (const u of list.units) add(u, 'responsible', colon[2].replace(/[。；;]$/, ''), flat, i);
          continue;
        }
      }

      // Closing groups of numbered items.
      let itemStart = 0;
      const dutyGroups: Group[] = [];
      for (const group of findGroups(text)) {
        // A bare list of units is a duty only where it closes an item: after 。 and at the paragraph end.
        const closesItem = /[。；;]\s*$/.test(text.slice(0, group.start)) && /^[\s。；;]*$/.test(text.slice(group.end));
        const parsed = parseDutyGroup(group.content, closesItem ? 'responsible' : undefined);
        if (!parsed) {
          if (LABELLED.test(compact(group.content)))
            messages.push({ level: 'warning', origin: ORIGIN, message: `paragraph ${i}: no unit could be read in "${group.content}"` });
          continue;
        }
        dutyGroups.push(group);
        let matter = cleanMatter(text.slice(itemStart, group.start));
        // A matter cut by a page break ("地落实。") continues the paragraph before.
        if (matter.length < 8 && itemStart === 0 && i > 0) matter = cleanMatter(`${texts[i - 1]}${matter}`);
        const sentence = text.slice(itemStart, group.end);
        for (const { unit, role } of parsed) add(unit, role, matter, sentence, i);
        itemStart = group.end;
      }

      // Sentences: interprets, office, and clauses opened by a unit.
      let rest = text;
      for (const g of [...dutyGroups].reverse()) rest = rest.slice(0, g.start) + '。' + rest.slice(g.end);
      rest = compact(rest);
      for (const m of matchesOf(rest, MAY_INTERPRET, INTERPRETS)) {
        const list = parseUnitList(m[1] ?? m[2]);
        for (const u of list?.units ?? []) add(u, 'interprets', matterTitle, sentenceAround(rest, m.index!), i);
      }
      for (const m of matchesOf(rest, MAY_LIST_LEADERS, MEMBERS_INLINE)) {
        for (const u of unitsOfMemberText(m[2], county)) add(u, 'member', lastBody ?? matterTitle, sentenceAround(rest, m.index!), i);
      }
      for (const m of matchesOf(rest, MAY_LIST_MEMBERS, MEMBERS_OF)) {
        const list = parseUnitList(m[1]);
        for (const u of list?.units ?? []) add(u, 'member', lastBody ?? matterTitle, sentenceAround(rest, m.index!), i);
      }
      for (const m of matchesOf(rest, MAY_NAME_OFFICE, OFFICE)) {
        const list = parseUnitList(m[2].replace(/[，,。；;].*$/, ''));
        if (!list || list.units.length === 0) continue;
        const before = rest.slice(0, m.index);
        // "县指挥部办公室设在…", "治理工作联合办公室设在…": the words just before name the body.
        const own = cleanBody(before.slice(Math.max(...['，', ',', '。', '；', ';', '：'].map((c) => before.lastIndexOf(c))) + 1));
        const bodies = [...before.matchAll(BODY_OF_MATTER)].map((b) => cleanBody(b[1]));
        // A bare 领导小组 names the one introduced before it: 夏县…领导小组.
        const named = [...bodies].reverse().find((b) => !table.bodiesOfMatter.includes(b));
        const body = own.length >= 2 && own.length <= 24 ? own : named ?? lastBody ?? bodies[bodies.length - 1];
        for (const unit of list.units) add(unit, 'office', body ? `${body}办公室` : '办公室', sentenceAround(rest, m.index!), i);
      }
      readClauses(rest, i);
      noteBody(rest);
      lastItem = cleanMatter(rest) || lastItem;
    }

    /** True when position `at` of the text lies inside brackets. */
    function inBrackets(text: string, at: number): boolean {
      return unbalancedOpen(text.slice(0, at));
    }

    function compactLabel(text: string): string {
      // Both forms end at a colon; most lines have none.
      if (!text.includes('：') && !text.includes(':')) return text;
      // "组 长：李 雷" → "组长：李 雷": spaced labels are print layout.
      return text.replace(/^([\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,3})(?=\s*[：:])/, (l) => l.replace(/\s/g, '')).replace(/^(\S+)\s+(?=[：:])/, '$1');
    }

    /** "2.1县指挥部" → 县指挥部; "(以下简称县指挥部)" → 县指挥部. */
    function cleanBody(body: string): string {
      return body.replace(/^(?:.*?简称|县政府成立了?|特成立|成立了?|下设)/, '').replace(/^[\d.]+/, '');
    }

    /** Remembers the body a paragraph names (领导小组, 指挥部 …), from its compacted text. */
    function noteBody(compacted: string): void {
      if (!NAMES_BODY.test(compacted)) return;
      const bodies = [...compacted.matchAll(BODY_OF_MATTER)];
      const named = bodies.map((b) => cleanBody(b[1])).filter((b) => !table.bodiesOfMatter.includes(b));
      if (named.length) lastBody = named[named.length - 1];
      else if (bodies.length && !lastBody) lastBody = cleanBody(bodies[bodies.length - 1][1]);
    }

    function sentenceAround(text: string, index: number): string {
      const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('；', index - 1)) + 1;
      const ends = ['。', '；'].map((c) => text.indexOf(c, index)).filter((n) => n >= 0);
      const end = ends.length ? Math.min(...ends) + 1 : text.length;
      return text.slice(start, end);
    }

    /**
     * "县交通局要健全紧急运输保障体系", "县税务局、县医保局将会同相关单位…": units opening a clause,
     * then a modal (要/应当/将 …), optionally followed by a role verb (县发改局要牵头…).
     * Shaped like a CLAUSE match: [whole, subject, verb]; the verb is '负责' when none follows.
     */
    function modalClause(clause: string): [string, string, string] | null {
      if (!MODAL_AT) return null;
      // The subject holds no punctuation: no reading past the first mark.
      const mark = clause.search(/[，,。；;：:]/);
      const last = Math.min(clause.length - 2, 60, mark >= 0 ? mark : Infinity);
      const head = clause.slice(0, last + longestModal);
      MODAL_AT.lastIndex = 2;
      for (let found = MODAL_AT.exec(head); found && found.index <= last; found = MODAL_AT.exec(head)) {
        const at = found.index;
        const modal = found[0];
        // Every position is a candidate, even inside the modal just found (将要: 将, then 要).
        MODAL_AT.lastIndex = at + 1;
        if (notModal.some((w) => clause.startsWith(w, at))) continue;
        const subject = clause.slice(0, at);
        const list = parseUnitList(subject);
        if (!list || list.units.length === 0 || !list.units.every((u) => opensClause(u, doc.county))) continue;
        const verb = verbs.find(([v]) => clause.startsWith(v, at + modal.length))?.[0];
        if (verb && /^(?:人|同志)/.test(clause.slice(at + modal.length + verb.length))) return null;
        return [clause.slice(0, at + modal.length + (verb?.length ?? 0)), subject, verb ?? '负责'];
      }
      return null;
    }

    function readClauses(text: string, paragraph: number): void {
      for (const sentence of splitAfter(text, SENTENCE_END)) {
        const clauses = splitAfter(sentence, CLAUSE_END);
        // "由县农业农村局牵头，县供销社配合，做好…": every clause opened by units is a duty of the sentence.
        const found: Array<{ start: number; after: number; units: string[]; role: DutyRole; head: string }> = [];
        let offset = 0;
        for (let c = 0; c < clauses.length; offset += clauses[c].length, c++) {
          const whole = sentence.slice(offset);
          const clause = stripNumbering(whole);
          // "县发改局要牵头…" matches CLAUSE with the subject "县发改局要"; the modal reading then gets its
          // turn. Tried one after the other: most clauses are settled by the first.
          let read: { m: ArrayLike<string>; units: string[]; head: string } | undefined;
          for (const reading of [() => CLAUSE.exec(clause), () => modalClause(clause)]) {
            const m = reading();
            if (!m) continue;
            let subject = m[1].replace(/^(?:并|再|均|统一)?由/, '');
            let head = '';
            const by = subject.lastIndexOf('由');
            if (by > 0) {
              head = subject.slice(0, by);
              subject = subject.slice(by + 1);
            }
            const list = parseUnitList(subject);
            if (!list || list.units.length === 0 || !list.units.every((u) => opensClause(u, doc.county))) continue;
            read = { m, units: list.units, head };
            break;
          }
          if (!read) continue;
          const { m, units: opened, head } = read;
          const start = offset + (whole.length - clause.length);
          const rest = clause.slice(m[0].length);
          if (/^(?:政策)?(?:解读|解释)/.test(rest.replace(LEADING_PUNCT, ''))) continue;
          found.push({ start, after: start + m[0].length, units: opened, role: roleOfVerb(m[2]), head });
        }
        if (found.length === 0) continue;
        const before = cleanMatter(sentence.slice(0, found[0].start));
        const tails = found.map((f, k) => cleanMatter(sentence.slice(f.after, found[k + 1]?.start ?? sentence.length)));
        const shared = [before, tails[tails.length - 1]].filter(Boolean).join('，') || cleanMatter(sentence);
        found.forEach((f, k) => {
          const own = tails[k].length >= 4 ? tails[k] : shared;
          const matter = f.head ? `${f.head}${tails[k]}` : own;
          for (const u of f.units) add(u, f.role, matter, sentence, paragraph);
        });
      }
    }

    function readTableRow(cells: string[], paragraph: number): void {
      const plain = cells.map((c) => compact(c.replace(/<[^>]+>/g, '')));
      const labelAt = plain.findIndex((c) => labelRoles.has(c));
      if (plain[0] && labelAt !== 0 && !units.isUnitName(plain[0]) && !memberLabels.includes(plain[0])) {
        if (/组$|组别$/.test(plain[0])) tableGroup = plain[0];
      }
      const sentence = plain.filter(Boolean).join(' ');
      if (labelAt >= 0) {
        const role = labelRoles.get(plain[labelAt])!;
        const list = parseUnitList(plain[labelAt + 1] ?? '');
        const duty = plain.slice(labelAt + 2).filter(Boolean).join('');
        const group = tableGroup ?? lastBody ?? matterTitle;
        const effective: DutyRole = role === 'member' && duty.length >= 4 && !tableGroup ? 'responsible' : role;
        // A member row with its own duties says what that unit must do; a group row says which group.
        const matter = role === 'member' ? (effective === 'member' ? group : duty) : duty ? `${group}：${duty}` : group;
        for (const u of list?.units ?? []) add(u, effective, matter, sentence, paragraph);
        return;
      }
      if (plain[0] && memberLabels.includes(plain[0])) {
        const unit = unitOfTitle(plain[1] ?? '');
        if (unit) add(unit, 'member', lastBody ?? matterTitle, sentence, paragraph);
        return;
      }
      // "县财政局 <tab> 负责电力应急救援工作资金保障。": a unit and what it must do.
      for (let c = 0; c + 1 < plain.length; c++) {
        const list = plain[c] ? parseUnitList(plain[c]) : null;
        const duty = plain.slice(c + 1).filter(Boolean).join('');
        if (list && list.units.length && duty.length >= 4 && !parseUnitList(duty)) {
          for (const u of list.units) add(u, 'responsible', duty, sentence, paragraph);
          return;
        }
      }
      // Office titles in the second column (县政府办协管副主任) belong to the row label above.
      const titled = plain.map((c) => (c ? unitOfTitle(c) : undefined)).find(Boolean);
      if (titled && plain.filter(Boolean).length === 1) add(titled, 'member', lastBody ?? matterTitle, sentence, paragraph);
    }

    return {
      ...doc,
      duties,
      messages: messages.length ? [...doc.messages, ...messages] : doc.messages,
    };
  };
}
