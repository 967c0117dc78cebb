/**
 * Progress of a long build on stderr: the stage, documents done and time elapsed. On a
 * terminal one line is redrawn; elsewhere (CI logs) a large corpus gets a line per tenth.
 */
export interface Progress {
  /** `done` of `total` items of `stage` are finished. */
  tick(stage: string, done: number, total: number): void;
  /** A stage without per-document steps has finished. */
  stage(stage: string, ms: number): void;
  end(): void;
}

/** Corpora at least this large report progress even when stderr is not a terminal. */
const LARGE = 500;

export function progress(stream: NodeJS.WriteStream = process.stderr, started = performance.now()): Progress {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let drawn = false;
  let lastTenth = new Map<string, number>();
  let large = false;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return {
    tick(stage, done, total) {
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r\x1b[K${stage} ${done}/${total} documents, ${elapsed()}`);
        drawn = true;
      } else if (total >= LARGE) {
        large = true;
        const tenth = Math.floor((done * 10) / total);
        if (tenth === lastTenth.get(stage)) return;
        lastTenth.set(stage, tenth);
        stream.write(`${stage} ${done}/${total} documents, ${elapsed()}\n`);
      }
    },
    stage(stage, ms) {
      const line = `${stage} done in ${(ms / 1000).toFixed(1)} s, ${elapsed()}`;
      if (tty) {
        stream.write(`\r\x1b[K${line}`);
        drawn = true;
      } else if (large) stream.write(`${line}\n`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
      lastTenth = new Map();
    },
  };
}

/** Progress that shows nothing (tests, small corpora off a terminal). */
export const quiet: Progress = { tick: () => {}, stage: () => {}, end: () => {} };
