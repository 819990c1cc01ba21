/** The system Chromium (Debian package) through playwright-core: no browser download. */
import {chromium, type Browser} from 'playwright-core';

export const CHROMIUM_PATH = process.env.PRAXISATLAS_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
}
