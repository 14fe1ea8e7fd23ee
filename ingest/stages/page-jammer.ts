/**
 * @module ingest/stages/page-jammer
 * A forum's anti-copy strings taken out of a line (clean-lines.ts counts them in its messages):
 * a rule of its own about character runs, beside the line rules of the cleaning stage.
 */

/**
 * A forum's anti-copy string: runs of one- to three-character ASCII tokens between single spaces
 * (`8 h/ [1 P5 b% n: z) O) A# i7 ?`) that Discuz boards put before, after and between the lines of
 * a post, glued to its Chinese text (`! ]3 H$ V) F- q W# i- C安陆市…的公告`).
 */
const JAMMER_RUN = /(?<![!-~])(?:[!-~]{1,3} ){5,}[!-~]{0,3}(?![!-~])/g;
/** Tokens mixing a letter or digit with a symbol or each other (h/ [1 P5 b%): random strings are made of them, text is not. */
const JAMMER_MIN_MIXED_TOKENS = 4;
const JAMMER_MIN_DISTINCT_SYMBOLS = 4;
const JAMMER_MIN_LETTER_TOKENS = 2;
const MIXED_TOKEN = /^(?=.*[A-Za-z0-9])(?=.*[^A-Za-z0-9]).|^(?=.*[A-Za-z])(?=.*[0-9])./;

/**
 * The line without anti-copy runs, and how many were taken out. A run counts when it stands at
 * the line's start or end or between Chinese characters, and its tokens look random: four or more mix a letter or digit with
 * a symbol (or a letter with a digit), four or more different symbols, two or more tokens with a
 * letter — an enumeration ((1) (2) (3) …, (a) (b) (c) …), a formula (x = a + b * c) or a list of
 * codes never does.
 */
export function withoutJammer(text: string): { text: string; runs: number } {
  let runs = 0;
  const out = text.replace(JAMMER_RUN, (run: string, at: number) => {
    const before = at === 0 || /[\u3400-\u9fff。，；：！？、\s]/.test(text[at - 1]);
    const next = text[at + run.length];
    const after = next === undefined || /[\u3400-\u9fff]/.test(next);
    if (!before || !after) return run;
    const tokens = run.trim().split(' ');
    const mixed = tokens.filter((t) => MIXED_TOKEN.test(t)).length;
    const letters = tokens.filter((t) => /[A-Za-z]/.test(t)).length;
    const symbols = new Set(run.replace(/[A-Za-z0-9 ]/g, '')).size;
    if (mixed < JAMMER_MIN_MIXED_TOKENS || symbols < JAMMER_MIN_DISTINCT_SYMBOLS || letters < JAMMER_MIN_LETTER_TOKENS) return run;
    runs++;
    return '';
  });
  return { text: out === text ? text : out.trimEnd(), runs };
}
