/** The hand-made chart data set, read and validated like the site reads real data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clausesFileSchema, documentsFileSchema } from '../../../scripts/publish/schema.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'charts-data', 'site', 'data');

export const documents = documentsFileSchema.parse(JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8')));
export const clauses = clausesFileSchema.parse(JSON.parse(readFileSync(join(dir, 'clauses.json'), 'utf8')));
