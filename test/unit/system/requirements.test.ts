import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, installAdvice, missingRequirements, systemRequirements, type SystemRequirement } from '../../../scripts/system/requirements.ts';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

const requirement = (name: string, present: boolean, platforms?: NodeJS.Platform[]): SystemRequirement => ({ package: name, why: `why ${name}`, present: () => present, platforms });

describe('system requirements of the tests', () => {
  it('takes the browser from CHROMIUM_PATH, and only when it is there', () => {
    process.env.CHROMIUM_PATH = process.execPath;
    expect(findChromium()).toBe(process.execPath);
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(findChromium()).toBeNull();
  });

  it('lists the missing ones, asking only on the platforms they apply to', () => {
    const list = [requirement('a', true), requirement('b', false), requirement('c', false, ['aix'])];
    expect(missingRequirements(list).map((r) => r.package)).toEqual(['b']);
  });

  it('says in one line what to install, naming CHROMIUM_PATH when the browser is missing', () => {
    const advice = installAdvice(systemRequirements.filter((r) => r.package.startsWith('chromium') || r.package.startsWith('fonts')));
    expect(advice).not.toContain('\n');
    expect(advice).toContain('sudo apt-get install -y chromium fonts-noto-cjk');
    expect(advice).toContain('CHROMIUM_PATH');
  });

  it('lists chromium, the CJK fonts and tesseract with Chinese, each with a reason', () => {
    expect(systemRequirements.map((r) => r.package)).toEqual(expect.arrayContaining(['chromium', 'fonts-noto-cjk', 'tesseract-ocr', 'tesseract-ocr-chi-sim']));
    for (const r of systemRequirements) expect(r.why).toBeTruthy();
  });
});
