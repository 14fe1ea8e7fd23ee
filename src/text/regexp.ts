/**
 * @module text/regexp
 * Text matched literally inside a regular expression built from data (a table's words, a name).
 */

/** `text` with every character a RegExp reads as syntax escaped: '县(市)' → '县\(市\)'. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
