/**
 * @module kb/context-words
 * A resident says where, when or for whom a matter happens (乡下养狗, 工地欠薪, 春节放烟花, 家里老人
 * 去世): words the duty that answers seldom repeats — 乡镇人民政府负责一般管理区养犬工作的日常监管
 * says nothing of 农村. When no duty holds enough of the question, who-handles asks once more
 * without those words of context that no duty's matter holds, and says so. Only words of context
 * are let go (data/who-handles.json `contextWords`: a list, and two-character words of a place
 * and a locative ending, 镇上, 河里, 路边): the object of a matter (身份证, 护照, 结婚) never is, so a
 * question about a matter no document covers still answers nothing.
 */
import { bigrams, type QuestionWords } from './question-words';
import type { DutyIndex } from './duty-index';

/** Whether a word of a question is one of place, time or person around its matter. */
export function isContextWord(word: string, words: QuestionWords): boolean {
  const context = words.contextWords;
  if (!context) return false;
  if (context.words.includes(word)) return true;
  const chars = [...word];
  return chars.length === 2 && context.placeEndings.includes(chars[1]) && !context.notPlaces.includes(word);
}

/** Whether some duty's matter holds every bigram of the word. */
function heldInMatter(index: DutyIndex, word: string): boolean {
  const grams = bigrams(word);
  if (grams.length === 0) return false;
  return (index.postings.get(grams[0]) ?? []).some((i) => grams.every((g) => index.grams[i].matter.has(g)));
}

/**
 * The readings of a question without its words of context that no duty's matter holds, and
 * those words. A reading left with nothing but context is dropped; no reading changes when the
 * question has no such word (then `dropped` is empty).
 *
 * @example withoutContext(index, [['农村养犬']], words, segment) // → { readings: [['养犬']], dropped: ['农村'] }
 */
export function withoutContext(
  index: DutyIndex,
  readings: string[][],
  words: QuestionWords,
  segment: (text: string) => string[],
): { readings: string[][]; dropped: string[] } {
  const dropped = new Set<string>();
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    const context = [...new Set(reading.flatMap((f) => segment(f)))].filter((w) => isContextWord(w, words) && !heldInMatter(index, w));
    if (context.length === 0) continue;
    // The word leaves a gap: the pieces on either side of it are not read as one word.
    const kept = reading
      .flatMap((f) => context.reduce((text, w) => text.split(w).join(' '), f).split(' '))
      .filter((piece) => [...piece].length >= 2);
    const key = kept.join('|');
    if (kept.length === 0 || seen.has(key)) continue;
    seen.add(key);
    context.forEach((w) => dropped.add(w));
    out.push(kept);
  }
  return { readings: out, dropped: [...dropped] };
}

/** The notice shown above answers read without the question's words of context. */
export function contextNotice(dropped: string[], readings: string[][]): string {
  const quoted = (list: string[]) => list.map((w) => `“${w}”`).join('、');
  return `没有文件在职责中写到${quoted(dropped)}；以下按${quoted(readings[0] ?? [])}回答，请核实是否适用。`;
}
