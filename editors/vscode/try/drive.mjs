// Drives VS Code (code-server, in Chromium through Playwright) as a user would, on a folder with
// a reform that has a typo: open it, wait for the LK squiggle, open the Problems panel, hover on a
// parameter, complete after `benefit =`, take the quick fix, and open the built-in law by go to
// definition. Each step takes a screenshot and records what the page showed; a step that does not
// see what it should fails the run (exit 1) after the screenshots taken so far.
//   node drive.mjs <url of code-server with ?folder=…> <folder for the PNGs> <chromium> <seen.json to write>
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [url, out, executablePath, seenFile] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const seen = {};
const failures = [];
const log = (s) => process.stdout.write(s + '\n');

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 960, height: 560 }, deviceScaleFactor: 1 });
const shot = async (name) => {
  // The pointer on the title bar: no tooltip of the last click in the picture.
  await page.mouse.move(480, 12);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, name + '.png') });
  log('screenshot ' + name + '.png');
};
const check = (what, ok, detail) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ': ' + detail : ''}`);
  if (!ok) failures.push(what);
};
const text = async (selector) => (await page.locator(selector).allInnerTexts()).join('\n');
// A command by its title, through the command palette (F1), as a user who does not know the keys.
const command = async (title) => {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
};
const goTo = async (line, column) => {
  await command('Go to Line/Column');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
};

try {
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 120000 });
  await page.waitForTimeout(3000);

  // Open the reform: quick open, as a user would.
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type('mine.rules');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'mine.rules' }).first().click({ timeout: 30000 });
  await page.locator('.monaco-editor .view-lines', { hasText: 'MyReform' }).waitFor({ timeout: 30000 });
  await command('Notifications: Clear All Notifications');
  await command('View: Close Primary Side Bar');

  // 1. The squiggle and the Problems panel. The server starts with the first .rules file.
  const squiggle = page.locator('.monaco-editor .squiggly-error');
  await squiggle.first().waitFor({ state: 'attached', timeout: 120000 }).catch(() => {});
  check('an error squiggle in the editor', (await squiggle.count()) > 0);
  await command('View: Focus Problems');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30000 }).catch(() => {});
  seen.problems = await text('.markers-panel .monaco-list-row');
  check('the Problems panel lists LK0013 with its message', /LK0013/.test(seen.problems) && /'Dagpeng' is not a member of enum Benefit; did you mean 'Dagpenge'\?/.test(seen.problems), seen.problems.replace(/\n/g, ' | '));
  await goTo(13, 20);
  await shot('vscode-diagnostic');

  // 2. Hover on the overridden parameter: its citation and what the base said.
  await goTo(4, 22);
  await command('Show or Focus Hover');
  const hover = page.locator('.monaco-hover:visible .hover-contents, .monaco-hover:visible .rendered-markdown');
  await hover.first().waitFor({ timeout: 30000 }).catch(() => {});
  seen.hover = (await hover.allInnerTexts()).join('\n');
  check('the hover shows the parameter, its citation and the base', /CvFrist/.test(seen.hover) && /Min lov § 1/.test(seen.hover) && /Before this reform/.test(seen.hover), seen.hover.slice(0, 300).replace(/\n/g, ' | '));
  await shot('vscode-hover');
  await page.keyboard.press('Escape');

  // 3. Completion after `benefit =`: take the misspelt member out and ask for suggestions.
  await goTo(13, 18);
  for (let i = 0; i < 'Dagpeng'.length; i++) await page.keyboard.press('Delete');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget .monaco-list-row');
  await suggest.first().waitFor({ timeout: 30000 }).catch(() => {});
  seen.completion = (await suggest.allInnerTexts()).map((s) => s.split('\n')[0]);
  check('completion after `benefit =` lists the members of Benefit', seen.completion.includes('Dagpenge') && seen.completion.includes('Kontanthjaelp'), seen.completion.join(', '));
  await shot('vscode-completion');
  await page.keyboard.press('Escape');
  await page.keyboard.type('Dagpeng');
  await page.waitForTimeout(300);

  // 4. The quick fix on the typo, then the error is gone.
  await squiggle.first().waitFor({ state: 'attached', timeout: 60000 }).catch(() => {});
  await goTo(13, 20);
  await command('Quick Fix...');
  const actions = page.locator('.action-widget .monaco-list-row, .context-view .action-widget .action-label');
  await actions.first().waitFor({ timeout: 30000 }).catch(() => {});
  seen.quickFix = await actions.allInnerTexts();
  check('the quick fix offers "Change to \'Dagpenge\'"', seen.quickFix.some((s) => s.includes("Change to 'Dagpenge'")), seen.quickFix.join(' | '));
  await shot('vscode-quick-fix');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-error').length === 0, null, { timeout: 60000 }).catch(() => {});
  check('the error is gone after the fix', (await squiggle.count()) === 0);
  seen.problemsAfter = await text('.markers-panel');

  // 5. A reform that breaks a rule of the built-in law: CvFrist = 0 is the deadline of Lab2019's
  // requirement Cv. The finding is shown here, at the override (LK0044), linked to the law's line.
  await goTo(5, 5);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('0');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'LK0044' }).first().waitFor({ timeout: 60000 }).catch(() => {});
  seen.reformBreaksBase = await text('.markers-panel .monaco-list-row');
  check('LK0044 at the override, linked to Lab2019.rules', /LK0044/.test(seen.reformBreaksBase) && /Lab2019\.rules/.test(seen.reformBreaksBase) && /\[Ln 4, Col 1\]/.test(seen.reformBreaksBase), seen.reformBreaksBase.replace(/\n/g, ' | '));
  await goTo(4, 1);
  await shot('vscode-reform-breaks-base');

  // 6. Go to definition into the built-in law: the grammar's colours on a real file.
  await goTo(1, 28);
  await command('Go to Definition');
  await page.locator('.monaco-editor .view-lines', { hasText: 'Lov om en aktiv beskæftigelsesindsats' }).first().waitFor({ timeout: 30000 }).catch(() => {});
  await command('View: Close Panel');
  seen.definition = (await page.locator('.tabs-container .tab.active').first().innerText().catch(() => '')).replace(/\s+/g, '');
  check('go to definition opens Lab2019.rules', /Lab2019\.rules/.test(seen.definition), seen.definition);
  await goTo(273, 1);
  await page.waitForTimeout(500);
  // What colour each word of the view has, for a reader of seen.json (and the check below).
  seen.colours = await page.evaluate(() => {
    const byColour = {};
    for (const s of document.querySelectorAll('.monaco-editor .view-line span span')) {
      const c = getComputedStyle(s).color;
      const words = (byColour[c] ??= []);
      for (const w of s.textContent.trim().split(/\s+/)) if (w && words.length < 40 && !words.includes(w)) words.push(w);
    }
    return byColour;
  });
  const colours = Object.keys(seen.colours).length;
  check('the grammar colours the built-in law (distinct colours in view)', colours >= 5, `${colours} colours`);
  await shot('vscode-grammar');
} catch (e) {
  failures.push(String(e));
  log('FAIL ' + e);
  await shot('vscode-error').catch(() => {});
} finally {
  writeFileSync(seenFile, JSON.stringify({ seen, failures }, null, 2));
  await browser.close();
}
process.exit(failures.length === 0 ? 0 : 1);
