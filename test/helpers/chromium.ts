/**
 * Headless Chromium for the tests of herald's HTML pages (playwright-core drives a browser that is
 * already installed; nothing is downloaded). Debian's chromium here (.ci/install-chromium.sh);
 * Google Chrome on GitHub's Ubuntu runners, whose apt chromium is only a snap stub.
 * HERALD_CHROMIUM names any other build. Empty when there is none: such tests are skipped.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM =
  [process.env.HERALD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((candidate) => candidate && existsSync(candidate)) ?? '';

/** A browser that makes no request of its own (updates, sync, QUIC probes): only the page's show up. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
