import { chromium } from 'playwright-core';
const [,, base, token] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.text()));
await page.goto(base + '/');
await page.fill('#token', token);
await page.click('button[type=submit]');
console.log('after login', page.url());
for (const [name, path] of [['overview', '/'], ['preview', '/preview?subscription=1'], ['stories', '/stories'], ['trends', '/trends'], ['story', '/stories/1']]) {
  const t0 = Date.now();
  await page.goto(base + path);
  console.log(name, Date.now() - t0, 'ms', await page.title());
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
}
await browser.close();
