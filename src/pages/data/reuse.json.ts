/** /data/reuse.json: wording shared between documents (docs/data.md). */
import { copyDataFile } from '../../lib/data-file.ts';

export const GET = copyDataFile('reuse.json');
