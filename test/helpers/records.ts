/** Minimal documents and clauses for unit tests. */
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';

export function doc(id: string, fields: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    title: null,
    docNumber: null,
    issuer: null,
    date: null,
    level: null,
    region: { province: null, city: null, county: null },
    period: { start: null, end: null },
    cites: [],
    citesByTitle: [],
    preamble: '',
    closing: '',
    pageNumbers: [],
    pageHeads: [],
    notes: [],
    source: { file: `corpus/${id}.txt`, encoding: 'utf-8', lines: 1, bytes: 1 },
    provenance: {},
    messages: [],
    issuers: [],
    attachments: [],
    division: null,
    ...fields,
  };
}

export function clause(id: string, title: string | null, body: string, parent: string | null = null): ClauseRecord {
  const [docId, path] = id.split('/');
  const text = title ? `${title}。${body}` : body;
  return {
    id,
    doc: docId,
    parent,
    path: path.split('.'),
    marker: null,
    depth: path.split('.').length,
    title,
    text,
    bodyStart: title ? title.length + 1 : 0,
    enumeration: [],
    source: { file: `corpus/${docId}.txt`, line: 1, endLine: 1 },
    task: '',
    units: [],
    deadlines: [],
    metrics: [],
    links: [],
    part: null,
    cells: [],
    members: [],
    suggestions: [],
  };
}

/** A national plan with two tasks and a county plan implementing one of them. */
export function smallCorpus(county: Partial<DocumentRecord> = {}) {
  const documents = [
    doc('nation', { level: 'national', date: '2021-10-26', title: '“千县工程”县医院综合能力提升工作方案' }),
    doc('county', { level: 'county', date: '2023-08-18', ...county }),
  ];
  const clauses = [
    clause('nation/1', '建强急诊急救“五大中心”', '进一步强化胸痛、卒中、创伤、危重孕产妇救治、危重儿童和新生儿救治等急诊急救五大中心，优化资源配置，完善管理制度和流程。'),
    clause('nation/2', '持续改善硬件条件', '系统完善发热门诊、急诊医学科、住院部、医技科室等业务用房条件，改善停车、医用织物洗涤、医疗废物和污水处理等后勤保障设施。'),
    clause('nation/3', '强化宣传培训', '组织开展县医院能力建设有关政策培训，加强政策解读和典型宣传，营造良好社会氛围。'),
    clause('county/1', '建强急诊急救“五大中心”', '县人民医院完成胸痛中心、卒中中心、创伤中心、危重孕产妇救治中心、危重儿童和新生儿救治中心等五大中心建设。'),
    clause('county/2', '打造中医药服务“五大中心”', '县中医医院建立中医康复中心、中医适宜技术推广中心、共享中药房等中医药服务五大中心，方便群众看中医。'),
    clause('county/3', '改善就医环境', '改善停车、医用织物洗涤、医疗废物和污水处理等后勤保障设施，完善发热门诊和住院部业务用房条件。'),
  ];
  return { documents, clauses };
}
