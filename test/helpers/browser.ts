import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags for a sandboxed, offline machine: without the background-networking ones Chromium
// keeps trying to reach Google's services and floods the closed network with refusals.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium, driven by playwright-core. A missing browser is a failure, never a skip:
 * `.ci/run` installs it, and a suite that silently skips its browser tests proves nothing.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH; browser tests cannot run without it.`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
