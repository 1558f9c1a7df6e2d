/**
 * Debian's chromium (`apt-get install chromium`, .ci/run installs it) started
 * headless through playwright-core, with the flags this machine's closed
 * network needs: without the background-networking ones chromium keeps
 * trying (and failing) to reach Google's hosts. playwright gives the browser
 * a fresh profile folder of its own and removes it on close.
 */
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** Debian's chromium, or the browser CHROMIUM_PATH names (GitHub's runners have Google Chrome, not chromium). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
