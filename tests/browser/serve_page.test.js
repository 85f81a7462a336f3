// The page of kg serve in headless Chromium, as a person uses it: search in Arabic, open the
// entity, click an edge of its graph and read the evidence; then a query with an error.
//
//   node serve_page.test.js KG_BIN SOURCE_DIR [--screenshot FILE]
//
// Exits 77 (CTest's skip) when Debian's chromium or playwright-core is missing: never a pass.
'use strict';

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const CHROMIUM = '/usr/bin/chromium';
const SKIP = 77;

const [kg, source] = process.argv.slice(2, 4);
const shotAt = process.argv.indexOf('--screenshot');
const screenshot = shotAt > 0 ? process.argv[shotAt + 1] : null;

let playwright;
try {
  playwright = require('playwright-core');
} catch (e) {
  console.log('SKIP: playwright-core is not installed (npm and a build with it install it)');
  process.exit(SKIP);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIP: no ${CHROMIUM} (apt-get install chromium)`);
  process.exit(SKIP);
}

function check(condition, what) {
  if (!condition) throw new Error('failed: ' + what);
  console.log('ok: ' + what);
}

// Starts kg serve on a free port and resolves with its address once it says it listens.
function startServer(db) {
  const server = spawn(kg, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`kg serve exited with ${code}`)));
    readline.createInterface({ input: server.stdout }).once('line', (line) => {
      const match = line.match(/listening on (http:\/\/\S+)/);
      if (match) resolve({ server, url: match[1] });
      else reject(new Error('unexpected first line: ' + line));
    });
  });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-browser-'));
  const db = path.join(dir, 'db');
  execFileSync(kg, ['ingest', '--db', db, path.join(source, 'examples')], { stdio: 'ignore' });
  const { server, url } = await startServer(db);
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    const offsite = [];
    page.on('request', (req) => { if (!req.url().startsWith(url)) offsite.push(req.url()); });
    await page.goto(url);

    // Search in Arabic; the completion offers Iraq.
    await page.fill('#search', 'عرا');
    const option = page.locator('#completions li', { hasText: 'العراق' }).first();
    await option.waitFor();
    await option.click();
    await page.locator('#entity-label', { hasText: 'Iraq' }).waitFor();
    check(await page.textContent('#entity-type') === 'COUNTRY', 'the entity view shows Iraq, a country');
    await page.waitForFunction(() => typeof cy !== 'undefined' && cy && cy.edges().length > 0);
    check(await page.evaluate(() => cy.nodes().length) > 5, "Iraq's neighbourhood is drawn");
    check(await page.evaluate(() => cy.edges('.denied').length) > 0, 'denied claims are drawn as such');

    // Click the edge Iraq -sent_letter_to-> UN Security Council where it is drawn.
    const point = await page.evaluate(() => {
      const edge = cy.edges().filter((e) => e.data('edge').neighbour.name === 'un_security_council' &&
        e.data('edge').parts.some((p) => p.predicate === 'sent_letter_to') && !e.data('edge').negated)[0];
      const box = document.getElementById('graph').getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    const sentence = page.locator('#claims-list .sentence').first();
    await sentence.waitFor();
    check(await sentence.getAttribute('dir') === 'rtl', 'the evidence reads right to left');
    check((await sentence.textContent()).includes('مجلس الأمن'), 'the evidence names the Security Council');
    check(await page.locator('#claims-list .sentence mark.trigger').count() > 0, 'the trigger is marked');
    check((await page.textContent('#claims-title')).includes('sent_letter_to'), 'the claims are the edge\'s');
    check((await page.textContent('#claims-list .claim-meta')).length > 0, 'each claim names its article');
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });

    // A query with a mistake is pointed at.
    await page.fill('#query', '?x attacked Irak');
    await page.click('#run');
    const error = page.locator('#query-error');
    await error.locator('pre').waitFor();
    check((await error.textContent()).includes('(1:13)'), 'a query error points at line and column');
    check((await error.textContent()).includes('Iraq'), 'it suggests the name meant');
    await page.fill('#query', '?x attacked Israel');
    await page.click('#run');
    await page.locator('#results td', { hasText: 'Iran' }).first().waitFor();
    check(true, 'a query answers in a table');
    check(offsite.length === 0, 'the page fetched nothing from elsewhere: ' + offsite.join(' '));
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => console.log('1 passed, 0 failed'), (e) => {
  console.error(e);
  process.exit(1);
});
