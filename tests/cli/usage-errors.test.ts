import { describe, expect, it } from 'vitest';
import { inChinese } from '../../src/cli/usage-errors';

describe('inChinese', () => {
  it.each([
    ["error: unknown option '--bogus'\n", "错误：未知选项 --bogus (error: unknown option '--bogus')\n"],
    ["error: missing required argument 'question'\n", "错误：缺少必需的参数 question (error: missing required argument 'question')\n"],
    ["error: unknown command 'frob'\n", "错误：未知命令 frob (error: unknown command 'frob')\n"],
    ["error: option '--limit <n>' argument missing\n", "错误：选项 --limit <n> 缺少取值 (error: option '--limit <n>' argument missing)\n"],
    ["error: too many arguments for 'search'. Expected 1 argument but got 2.\n", "错误：参数过多 (error: too many arguments for 'search'. Expected 1 argument but got 2.)\n"],
  ])('%j', (english, chinese) => {
    expect(inChinese(english)).toBe(chinese);
  });

  it('leaves a message it does not know as it is', () => {
    expect(inChinese('something else\n')).toBe('something else\n');
  });
});
