/**
 * What the tests need from the machine beyond node_modules: Debian packages, each with why and
 * how to tell it is there. Add a line here when a test starts to need a new system tool;
 * `npm test` (scripts/system/ensure.ts, the pretest step) installs or names what is missing.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemRequirement {
  /** The Debian package that provides it. */
  package: string;
  why: string;
  /** Whether the machine has it; only asked on the platforms it applies to. */
  present(): boolean;
  platforms?: NodeJS.Platform[];
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of the names found on PATH, as a full path. */
function onPath(...names: string[]): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  return null;
}

/** Whether a shell command succeeds (its output is not wanted). */
function succeeds(command: string): boolean {
  try {
    execFileSync('sh', ['-c', command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser the tests drive: $CHROMIUM_PATH, else Debian's chromium, else a Chromium or Chrome
 * on PATH. Never a downloaded browser.
 */
export function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return executable(chosen) ? chosen : null;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome');
}

export const systemRequirements: SystemRequirement[] = [
  { package: 'chromium', why: 'the browser tests drive it through playwright-core', present: () => findChromium() !== null },
  {
    package: 'fonts-noto-cjk',
    why: 'Chinese text in the browser tests and their screenshots',
    present: () => succeeds(`dpkg-query -W -f='\${Status}' fonts-noto-cjk | grep -q 'ok installed' || fc-list :lang=zh | grep -q .`),
    platforms: ['linux'],
  },
  { package: 'tesseract-ocr', why: 'OCR of scanned documents', present: () => succeeds('tesseract --version') },
  { package: 'tesseract-ocr-chi-sim', why: 'OCR of Simplified Chinese', present: () => succeeds('tesseract --list-langs 2>&1 | grep -qx chi_sim') },
  { package: 'tesseract-ocr-osd', why: 'which way up a scanned page lies (tesseract-ocr brings it; named so a missing one is said)', present: () => succeeds('tesseract --list-langs 2>&1 | grep -qx osd') },
  { package: 'poppler-utils', why: 'pdftoppm renders the pages of a scanned PDF for OCR', present: () => onPath('pdftoppm') !== null },
];

/** The requirements this machine lacks. */
export function missingRequirements(requirements = systemRequirements): SystemRequirement[] {
  return requirements.filter((r) => (!r.platforms || r.platforms.includes(process.platform)) && !r.present());
}

/** Whether missing packages can be installed here: root with apt-get. */
export function canInstall(): boolean {
  return process.getuid?.() === 0 && onPath('apt-get') !== null;
}

/** The one line that tells a user what to install. */
export function installAdvice(missing: SystemRequirement[]): string {
  const names = missing.map((r) => r.package);
  const chosen = process.env.CHROMIUM_PATH;
  const browser = !names.includes('chromium') ? '' : chosen ? ` (CHROMIUM_PATH=${chosen} is not an executable)` : ' (or set CHROMIUM_PATH to a Chromium or Chrome)';
  return `Missing for the tests: ${missing.map((r) => `${r.package} (${r.why})`).join(', ')}. Install: sudo apt-get install -y ${names.join(' ')}${browser}`;
}
