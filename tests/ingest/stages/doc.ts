/** A GazetteDocument built from real sentences, one paragraph each, for stage tests. */
import type { GazetteDocument } from '../../../src/model';

export function docOf(paragraphs: string[], fields: Partial<GazetteDocument> = {}): GazetteDocument {
  return {
    id: 'test',
    gazetteId: 'test',
    ordinal: 0,
    title: '关于印发有关事项的通知',
    attachments: [],
    outline: [],
    paragraphs: paragraphs.map((text, i) => ({ text, raw: text, lineStart: i, lineEnd: i })),
    text: paragraphs.join('\n'),
    references: [],
    validity: {},
    duties: [],
    messages: [],
    ...fields,
  };
}
