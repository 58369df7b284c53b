/**
 * How Proficio's browser tests start Chromium: Debian's own build (never `npx playwright install` —
 * the build machines download nothing), headless, with every background connection off, because the
 * machines' closed network refuses them noisily.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync',
  ],
};
