/**
 * @module ingest/stages/salutation
 * Whom a reply to a deputy's suggestion or a member's proposal answers, as its greeting prints them
 * (张某、李某代表：, 尊敬的王某委员：, 某镇代表团：): the names and their title, the courtesy before
 * them left out. A greeting that lost its colon counts only right above the reply's first sentence.
 * Words in data/document-grammar.json (`salutation`). Pure.
 */
import { loadDataJson } from '../../src/domain/load-data';
import { compact } from '../../src/text/normalize';

interface SalutationWords {
  courtesies: string[];
  titles: string[];
  notNames: string[];
  replyOpeners: string[];
  replyWords: string[];
}

interface Rules {
  words: SalutationWords;
  /** <courtesy>? <who> <title> <colon>? as one whole line. */
  greeting: RegExp;
  courtesy: RegExp;
  opensReply: RegExp;
}

let compiled: Rules | undefined;

function rules(): Rules {
  if (compiled) return compiled;
  const words = loadDataJson<{ salutation: SalutationWords }>('document-grammar.json').salutation;
  const titles = [...words.titles].sort((a, b) => b.length - a.length).join('|');
  const courtesies = words.courtesies.join('|');
  compiled = {
    words,
    greeting: new RegExp(`^(?:${courtesies})?(.{2,150}?)(${titles})们?([:：])?$`),
    courtesy: new RegExp(`^(?:${courtesies})`),
    opensReply: new RegExp(`^(?:${words.replyOpeners.join('|')})|${words.replyWords.join('|')}`),
  };
  return compiled;
}

/** A person's name as a greeting lists it: two to four characters (a mirror may have spaced them). */
const PERSON = /^[\u4e00-\u9fff·]{2,4}$/;
/** A group a 代表团 is named by: its place or its field (某镇, 县直机关), no sentence. */
const GROUP = /^[\u4e00-\u9fff]{2,12}$/;

/**
 * The addressee a line greets, or undefined. Without its colon, only when `next` (the next line
 * that is not blank) opens the reply (您在…提出的…, …建议收悉).
 *
 * @example salutationOf('尊敬的张某、李某代表：') // '张某、李某代表'
 * @example salutationOf('王某等委员', '您提出的关于某事的提案收悉，现答复如下：') // '王某等委员'
 * @example salutationOf('县人大代表：') // undefined
 */
export function salutationOf(line: string, next?: string): string | undefined {
  const r = rules();
  const m = r.greeting.exec(compact(line));
  if (!m) return undefined;
  const [, who, title, colon] = m;
  if (!colon && !(next !== undefined && r.opensReply.test(compact(next)))) return undefined;
  if (r.words.notNames.some((w) => who.includes(w))) return undefined;
  const names = who.replace(/等$/, '').split(/[、，,]/);
  const named = title === '代表团' ? names.length === 1 && GROUP.test(names[0]) : names.every((n) => PERSON.test(n));
  return named ? `${who}${title}` : undefined;
}

/** The addressee without the courtesy a greeting puts before it (尊敬的某某代表 → 某某代表). */
export function withoutCourtesy(addressee: string): string {
  return addressee.replace(rules().courtesy, '');
}
