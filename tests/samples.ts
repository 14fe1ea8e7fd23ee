/**
 * @module tests/samples
 * The two sample gazettes bundled in data/ (text in data/samples, their PDF renderings in
 * data/pdf): where they are and what any reader can count in them, for tests that must run in
 * any checkout. The hand-checked facts about them stay in ../shared/corpus/gold (see
 * ./shared-corpus.ts).
 */
import path from 'node:path';
import { projectRoot } from '../src/config';

export const samplesDir = path.join(projectRoot, 'data', 'samples');
export const samplePdfDir = path.join(projectRoot, 'data', 'pdf');

/** Each sample: its text file, its PDF, its county, and how many documents (发文字号) it prints. */
export const sampleGazettes = [
  { file: 'jishan-2022-03.txt', pdf: 'jishan-2022-03.pdf', county: '稷山县', documents: 14 },
  { file: 'xiaxian-2023-04.txt', pdf: 'xiaxian-2023-04.pdf', county: '夏县', documents: 12 },
] as const;

/** Documents in both samples together: 14 in 稷山县 2022-3, 12 in 夏县 2023-4. */
export const sampleDocuments = sampleGazettes.reduce((n, g) => n + g.documents, 0);

export const sampleText = (file: string) => path.join(samplesDir, file);
export const samplePdf = (file: string) => path.join(samplePdfDir, file);
