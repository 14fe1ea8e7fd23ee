/**
 * @module cli/usage-errors
 * commander's usage errors (unknown option, missing argument …) in Chinese first, the English
 * after, as every other error of the program is written.
 */

const MESSAGES: Array<[RegExp, string]> = [
  [/^error: unknown option '(.+)'/, '未知选项 $1'],
  [/^error: unknown command '(.+)'/, '未知命令 $1'],
  [/^error: missing required argument '(.+)'/, '缺少必需的参数 $1'],
  [/^error: too many arguments/, '参数过多'],
  [/^error: option '(.+)' argument missing/, '选项 $1 缺少取值'],
  [/^error: option '(.+)' argument '(.+)' is invalid/, '选项 $1 的取值 $2 无效'],
  [/^error: required option '(.+)' not specified/, '缺少必需的选项 $1'],
];

/**
 * @example inChinese("error: unknown option '--bogus'\n") // "错误：未知选项 --bogus (error: unknown option '--bogus')\n"
 */
export function inChinese(message: string): string {
  const text = message.trimEnd();
  for (const [pattern, chinese] of MESSAGES) {
    const m = pattern.exec(text);
    if (m) return `错误：${m[0].replace(pattern, chinese)} (${text})\n`;
  }
  return message;
}
