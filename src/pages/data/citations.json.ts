/** /data/citations.json: the cited documents and who cites them (docs/data.md). */
import { copyDataFile } from '../../lib/data-file.ts';

export const GET = copyDataFile('citations.json');
