/**
 * The small corpus the SearchBackend contract runs on, written for the suite in the phrasing of
 * real county documents, so each rule has a document that must and one that must not match; and
 * the hostile queries every backend must answer without an error.
 */
import type { IndexableDocument } from '../../src/store/search-backend';

export function contractDoc(fields: Partial<IndexableDocument> & Pick<IndexableDocument, 'id' | 'title' | 'paragraphs'>): IndexableDocument {
  return { gazetteId: `g-${fields.county ?? 'x'}`, units: [], headings: [], citedNumbers: [], ...fields };
}

export const contractCorpus: IndexableDocument[] = [
  contractDoc({
    id: 'd1', county: '稷山县', year: 2022, date: '2022-08-15', docNumber: '稷政办发〔2022〕35号', issuingBody: '稷山县人民政府办公室', type: '预案', noticeType: '通知',
    title: '关于印发稷山县大面积停电事件应急预案的通知', units: ['县能源局'], headings: ['一、总则'],
    paragraphs: ['为有效应对大面积停电事件，待处理事项由县能源局负责。', '本预案自印发之日起施行。'],
    citedNumbers: ['晋政办发〔2021〕1号'],
  }),
  contractDoc({
    id: 'd2', county: '夏县', year: 2023, date: '2023-11-21', docNumber: '夏政办函〔2023〕67号', issuingBody: '夏县人民政府办公室', type: '预案', noticeType: '通知',
    title: '关于印发夏县大面积停电事件应急预案的通知', units: ['县能源局'],
    paragraphs: ['为做好大面积停电事件应对工作，制定本预案。', '原《夏县大面积停电事件应急预案》（夏政办函〔2022〕27号）同时废止。'],
    citedNumbers: ['夏政办函〔2022〕27号'],
  }),
  contractDoc({
    id: 'd3', county: '稷山县', year: 2022, date: '2022-09-14', docNumber: '稷政办发〔2022〕42号', issuingBody: '稷山县人民政府办公室', type: '通知',
    title: '关于做好城乡居民基本医疗保险征缴工作的通知', units: ['县医疗保障局', '县税务局'],
    paragraphs: ['中国农业发展银行稷山县支行配合做好征缴。'],
  }),
  contractDoc({
    id: 'd4', county: '夏县', year: 2023, date: '2023-11-30', docNumber: '夏政办发〔2023〕24号', issuingBody: '夏县人民政府办公室', type: '办法', noticeType: '通知',
    title: '关于印发《夏县企业资金链应急周转保障资金管理办法》的通知', effectiveFrom: '2023-12-01', expiresOn: '2028-11-30',
    paragraphs: ['本办法自2023年12月1日起施行，有效期5年。'],
  }),
  contractDoc({
    id: 'd5', county: '稷山县', year: 2022, date: '2022-08-16', docNumber: '稷政发〔2022〕18号', issuingBody: '稷山县人民政府', type: '办法', noticeType: '通知',
    title: '关于印发《县城规划区内居民自建房规划施工经营管理办法（试行）》的通知', units: ['县行政审批服务管理局'],
    effectiveFrom: '2022-08-16', expiresOn: '2025-08-15',
    paragraphs: ['<script>alert(1)</script>自建房须向县行政审批局申报。', '本办法有效期3年。'],
  }),
  contractDoc({
    id: 'd6', county: '夏县', year: 2016, date: '2016-05-01', docNumber: '夏政发〔2016〕66号', issuingBody: '夏县人民政府', type: '办法',
    title: '夏县健全重大行政决策机制实施办法', repealedOn: '2023-07-12', paragraphs: ['重大行政决策应当经合法性审查。'],
  }),
  contractDoc({
    id: 'd7', county: '稷山县', year: 2022, date: '2022-10-01', docNumber: '稷政办发〔2022〕50号', issuingBody: '稷山县人民政府办公室', type: '办法',
    title: '稷山县煤改电运行补贴办法', paragraphs: ['煤改电补贴标准按户核定。'],
  }),
  contractDoc({
    id: 'd8', county: '夏县', year: 2023, date: '2023-09-15', docNumber: '夏政办函〔2023〕54号', issuingBody: '夏县人民政府办公室', type: '办法',
    title: '夏县煤改气运行补贴办法', paragraphs: ['煤改气补贴标准按户核定。'],
  }),
];

export const HOSTILE = [
  '"unbalanced', '停电"', '((("', ')', 'NEAR(停电 预案, 2)', 'NEAR', '停电 NEAR 预案', '停电*', '*', '^停电', '^', '"title:停电"', 'title:',
  "' OR 1=1 --", '; DROP TABLE documents;', "') OR ('1'='1", '停电'.repeat(5000), 'a'.repeat(10_000), '\u0000\u0007停电', '\u001b[2J',
  '😀 停电', '😀', '\ud800停电', '\udfff', '-', '--', 'OR', 'OR OR', '"" ""', '{title}: 停电', 'county:', 'year:abc', 'county:"夏县',
  'issuer:\\" OR id EXISTS', '<script>alert(1)</script>', 'AND NOT', 'id = "d1"',
];
