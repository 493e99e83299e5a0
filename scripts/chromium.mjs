// The Chromium that every browser test, smoke test and benchmark launches: Debian's package, or
// the one CHROME_PATH names. Background networking stays off: the machine may have no internet.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
