/**
 * Data files written one record at a time: the same bytes as `JSON.stringify(records, null, indent)`
 * and as csv-stringify's sync `stringify(rows, { header: true })` (csv-stringify writes each batch of rows),
 * without holding the whole file as one string (at a thousand plans clauses.json is 70 MB, most
 * of publish's time was collecting the garbage of such strings). Files are written under a temporary name and renamed when all
 * are complete, so a build that stops half-way leaves the earlier files as they were.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';

/** What is kept before it goes to the file: big enough for few writes, small enough to stay cheap to collect. */
const FLUSH_AT = 1 << 20;

class PendingFile {
  readonly temporary: string;
  private fd: number;
  private pending = '';

  constructor(readonly path: string) {
    this.temporary = `${path}.partial`;
    this.fd = openSync(this.temporary, 'w');
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending) writeSync(this.fd, this.pending);
    this.pending = '';
  }
}

export interface RecordFile<T> {
  add(record: T): void;
}

type Cell = string | number | null | undefined;

/** The files of one publish run: all renamed into place by `commit`, or all removed by `abandon`. */
export class RecordFiles {
  private files: { file: PendingFile; end: () => void }[] = [];

  /** A JSON array, pretty-printed with `indent` spaces like JSON.stringify, or compact without. */
  json<T>(path: string, indent?: number): RecordFile<T> {
    const file = this.open(path);
    let count = 0;
    this.files.at(-1)!.end = () => file.write(count === 0 ? '[]' : indent ? '\n]' : ']');
    return {
      add(record: T) {
        // JSON.stringify([record], null, indent) is "[\n" + indentation + record + "\n]": the element as it stands in the array.
        const element = indent ? JSON.stringify([record], null, indent).slice(2, -2) : JSON.stringify(record);
        file.write(count++ === 0 ? (indent ? `[\n${element}` : `[${element}`) : indent ? `,\n${element}` : `,${element}`);
      },
    };
  }

  /**
   * CSV with a BOM (spreadsheet programs then read the Chinese text as UTF-8), `\n` after each row, and a
   * header of the given columns (written even when no row comes), else of the first row's keys.
   */
  csv<T extends Record<string, Cell>>(path: string, fixedColumns?: readonly string[]): RecordFile<T> {
    const file = this.open(path);
    file.write('\uFEFF');
    let columns: string[] | null = fixedColumns ? [...fixedColumns] : null;
    // Rows go to csv-stringify a batch at a time: a call per row made publish 1.3 s slower at a thousand plans.
    const rows: Cell[][] = columns ? [columns] : [];
    const flush = () => {
      if (rows.length) file.write(stringify(rows));
      rows.length = 0;
    };
    this.files.at(-1)!.end = flush;
    return {
      add(row: T) {
        if (!columns) rows.push((columns = Object.keys(row)));
        rows.push(columns.map((column) => row[column]));
        if (rows.length >= CSV_BATCH) flush();
      },
    };
  }

  /** Every file complete: renamed into place; returns their paths. */
  commit(): string[] {
    for (const { file, end } of this.files) {
      end();
      file.close();
    }
    for (const { file } of this.files) renameSync(file.temporary, file.path);
    return this.files.map(({ file }) => file.path);
  }

  /** The run failed: the temporary files go, the files of the earlier build stay. */
  abandon(): void {
    for (const { file } of this.files) {
      try {
        file.close();
      } catch {
        // already closed
      }
      rmSync(file.temporary, { force: true });
    }
  }

  private open(path: string): PendingFile {
    const file = new PendingFile(path);
    this.files.push({ file, end: () => {} });
    return file;
  }
}

/** Rows stringified together: a call per row costs its set-up each time, and csv-stringify's cost per row grows with the batch (1,000 rows at once cost twice what 50 do). */
const CSV_BATCH = 50;
