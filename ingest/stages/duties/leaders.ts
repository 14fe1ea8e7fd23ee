/**
 * @module ingest/stages/duties/leaders
 * Leader lists of leading groups and command posts — "组长：翟廷伟(政府副县长)", "韩俊峰 县水利局
 * 党组书记、局长" — read for the offices their members come from.
 */
import { compact } from '../../../src/text/normalize';
import type { DutyContext } from './duty-grammar';
import { opensClause } from './unit-lists';

/**
 * The office a position title belongs to: 县水利局党组书记、局长 → 县水利局; 县政府副县长 → 县政府;
 * 省卫生厅规财处处长 → 省卫生厅 (a division between office and position); 某区副区长 → 某区人民政府.
 * A seat (省委常委) names no office.
 */
export function unitOfTitle(title: string, { units, grammar }: DutyContext): string | undefined {
  const text = compact(title).replace(/^[(（]|[)）]$/g, '');
  const members = grammar.table.roles.members;
  if (members.seatsOnly?.endings.some((e) => text.endsWith(e))) return undefined;
  const isPosition = (rest: string) => grammar.positions.some((p) => rest.startsWith(p));
  const divisions = members.divisions?.endings ?? [];
  /** 规财处处长: a division of at most six characters, then a position. */
  const afterDivision = (rest: string) => {
    for (let d = 2; d <= Math.min(7, rest.length - 1); d++) if (divisions.includes(rest[d - 1]) && isPosition(rest.slice(d))) return true;
    return false;
  };
  for (let k = Math.min(text.length, 30); k >= 2; k--) {
    const prefix = text.slice(0, k);
    const rest = text.slice(k);
    if ((rest === '' || isPosition(rest) || afterDivision(rest)) && units.isUnitName(prefix)) {
      return rest === '' && !units.resolve(prefix) ? undefined : prefix;
    }
  }
  return governmentOf(text, members.governmentLeaders?.levels ?? [], units);
}

/** 某区副区长, 某县常务副县长 → 某区人民政府: a place's head is a member for its government. */
function governmentOf(text: string, levels: string[], units: DutyContext['units']): string | undefined {
  const m = /^([\u4e00-\u9fff]{2,8}?)(?:常务)?副?([\u4e00-\u9fff])长$/.exec(text);
  if (!m || !levels.includes(m[2]) || !m[1].endsWith(m[2])) return undefined;
  const government = `${m[1]}人民政府`;
  return units.isUnitName(government) ? government : undefined;
}

/** Units of one line of a leader list: "韩俊峰 县水利局党组书记、局长", "翟廷伟(政府副县长)". */
export function unitsOfMemberText(text: string, county: string | undefined, ctx: DutyContext): string[] {
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
      const whole = unitOfTitle(pieces[0], ctx);
      // Without spaces "韩俊峰县水利局…" also ends like a unit; trust it only when it opens like one.
      if (tokens.length > 1 || (whole && opensClause(whole, county, ctx))) titles.push(...pieces);
      else titles.push(...[titleAfterName(pieces[0], county, ctx)].filter((t): t is string => !!t), ...pieces.slice(1));
    }
  }
  return titles.map((t) => unitOfTitle(t, ctx)).filter((u): u is string => !!u);
}

/** "韩俊峰县水利局局长" (spaces lost): the title starts after a 2–4 character name. */
function titleAfterName(text: string, county: string | undefined, ctx: DutyContext): string | undefined {
  const starts = [3, 2, 4].filter((s) => s < text.length);
  const candidates = starts.map((s) => ({ s, unit: unitOfTitle(text.slice(s), ctx) })).filter((c): c is { s: number; unit: string } => !!c.unit);
  const best =
    candidates.find((c) => ctx.units.isKnownName(c.unit, county)) ??
    candidates.find((c) => ctx.grammar.table.levelPrefixes.includes(text[c.s])) ??
    candidates[0];
  return best ? text.slice(best.s) : undefined;
}
