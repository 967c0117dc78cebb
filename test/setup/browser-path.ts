/**
 * Vitest global setup: stop at once, with the one line that says what to install, when no browser
 * is found (scripts/system/requirements.ts), rather than in every browser test.
 */
import { findChromium, installAdvice, systemRequirements } from '../../scripts/system/requirements.ts';

export default function setup() {
  if (!findChromium()) throw new Error(installAdvice(systemRequirements.filter((r) => r.package === 'chromium')));
}
