import { describe, expect, it } from 'vitest';
import { createExtractValidity } from '../../../ingest/stages/extract-validity';
import { docOf } from './doc';

const extract = createExtractValidity();

describe('createExtractValidity', () => {
  it.each([
    // [sentence, document date, effectiveFrom, validYears, expiresOn]
    ['第二十五条 本办法自2022年8月16日起实施，有效期3年。', '2022-08-16', '2022-08-16', 3, '2025-08-15'],
    ['第十条 本办法自 2022 年 7 月 7 日起施行。', '2022-07-06', '2022-07-07', undefined, undefined],
    ['本文件由县农业农村局负责解读，文件自印发之日起实行。', '2022-07-06', '2022-07-06', undefined, undefined],
    ['本措施自印发之日起执行,责任单位根据需要及时制定实施细则,并负责政策解释。', '2022-07-08', '2022-07-08', undefined, undefined],
    ['第二十七条 本办法自印发之日起施行，有效期 5 年。', '2023-11-30', '2023-11-30', 5, '2028-11-29'],
    ['本方案自发布之日起施行，有效期为两年。', '2023-01-10', '2023-01-10', 2, '2025-01-09'],
    ['本规定自二〇二三年一月一日起施行，有效期为三年。', '2022-12-20', '2023-01-01', 3, '2025-12-31'],
    ['有效期3年的证件到期后应重新申领。', undefined, undefined, 3, undefined],
    ['各单位要于2022年8月16日前上报材料。', '2022-08-01', undefined, undefined, undefined],
  ] as const)('%s', (sentence, date, effectiveFrom, validYears, expiresOn) => {
    const { validity } = extract(docOf([sentence], date ? { date } : {}));
    expect(validity.effectiveFrom).toBe(effectiveFrom);
    expect(validity.validYears).toBe(validYears);
    expect(validity.expiresOn).toBe(expiresOn);
  });

  it('keeps the sentence that states it', () => {
    const { validity } = extract(docOf(['一、总则', '第二十五条 本办法自2022年8月16日起实施，有效期3年。'], { date: '2022-08-16' }));
    expect(validity.sentence).toBe('第二十五条 本办法自2022年8月16日起实施，有效期3年。');
  });
});
