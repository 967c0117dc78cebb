/**
 * Vitest global setup: find the browser once (scripts/system/requirements.ts) and hand its path
 * to the test files, which read it with `inject('chromiumPath')` (test/browser/browser.ts).
 */
import type { TestProject } from 'vitest/node';
import { findChromium, installAdvice, systemRequirements } from '../../scripts/system/requirements.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject) {
  const path = findChromium();
  if (!path) throw new Error(installAdvice(systemRequirements.filter((r) => r.package === 'chromium')));
  project.provide('chromiumPath', path);
}
