// Headless Chromium (the Debian package) through playwright-core, with a fresh profile.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { artifactsDir } from './env';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'accord-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}

/** Saves a screenshot of the page into ACCORD_ARTIFACTS; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = artifactsDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs a step; if it fails, saves a screenshot into ACCORD_ARTIFACTS first and names it. */
export async function withScreenshot<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    const path = await screenshot(page, name).catch((err) => `none (${err})`);
    console.log(`${name} failed; screenshot: ${path}`);
    throw e;
  }
}
