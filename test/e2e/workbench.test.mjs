// Browser end-to-end: the packaged .vsix installed into a real VS Code workbench (code-server), driven in
// Chromium like a person would: open an article, read the language mode, hover a figure, open the entity view,
// use the command palette. Screenshots go to test-results/; a failure leaves a screenshot and the server log.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyWorkspace, installVsix, launchChromium, runDirs, startCodeServer, workbenchUrl } from '../harness/codeServer.mjs';
import { sharedFolder } from '../harness/sharedFolder.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const results = path.join(root, 'test-results');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `conflict-lens-${version}.vsix`);

/** Quick Open (Ctrl+P) an article by name, as a person would; `side`: beside the open editor (Ctrl+Enter). */
async function quickOpenIn(page, file, side = false) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
  await page.keyboard.press(side ? 'Control+Enter' : 'Enter');
}

/** Closes the walkthrough the first run opened beside the article, so that the article has the width of the window. */
async function closeWalkthrough(page) {
  const walkthrough = page.locator('.tab', { hasText: 'Walkthrough' }).first();
  if (!(await walkthrough.count())) return;
  // the tab's own close button: the command palette's rows carry keybindings and "recently used" labels
  try {
    await walkthrough.click({ timeout: 5_000 });
    await walkthrough.hover({ timeout: 5_000 });
    await walkthrough.locator('.tab-actions .action-label').first().click({ timeout: 5_000 });
  } catch (e) {
    // the workbench closed or replaced the tab meanwhile (a CI run saw it go between the count and the click)
    if (await walkthrough.count()) throw e;
  }
  await walkthrough.waitFor({ state: 'detached', timeout: 10_000 });
}

/** Hovers the rendered text `needle` with real mouse moves until a hover containing `expect` shows. */
async function hoverText(page, needle, expect) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const box = () => editor.evaluate((el, word) => {
    for (const line of el.querySelectorAll('.view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.textContent.replace(/\u00a0/g, ' '); }
      const at = all.indexOf(word);
      if (at < 0) continue;
      const [node, offset] = nodes.filter(([, o]) => o <= at).pop();
      const r = document.createRange();
      r.setStart(node, at - offset);
      r.setEnd(node, Math.min(node.textContent.length, at - offset + 2));
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    return null;
  }, needle);
  const widget = page.locator('.monaco-hover:not(.hidden)', { hasText: expect });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const b = await box();
    assert.ok(b, `"${needle}" is rendered in the editor`);
    await page.mouse.move(b.x, b.y + 200);
    await page.mouse.move(b.x, b.y, { steps: 5 });
    try {
      await widget.first().waitFor({ state: 'visible', timeout: 4000 });
      return (await widget.first().innerText()).trim();
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
}


/** The colour each word is drawn in, in the open editor: the computed colour of the element holding its first letter. */
async function colorsOf(page, words) {
  return page.evaluate((list) => {
    const out = {};
    for (const word of list) {
      for (const line of document.querySelectorAll('.editor-instance .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let all = '';
        const nodes = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.textContent.replace(/\u00a0/g, ' '); }
        const at = all.indexOf(word);
        if (at < 0) continue;
        const [node] = nodes.filter(([, o]) => o <= at).pop();
        out[word] = getComputedStyle(node.parentElement).color;
        break;
      }
    }
    return out;
  }, words);
}

/** Switches the colour theme with the theme picker (Ctrl+K Ctrl+T), as a person would. */
async function useTheme(page, theme) {
  await page.locator('.editor-instance .monaco-editor').first().click({ position: { x: 300, y: 40 } });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

describe('the packaged extension in a real VS Code workbench', function () {
  this.timeout(180_000);
  let dirs;
  let server;
  let browser;
  let page;

  before(async () => {
    fs.mkdirSync(results, { recursive: true });
    assert.ok(fs.existsSync(vsix), `${vsix} exists (npm run package)`);
    dirs = runDirs();
    installVsix(dirs, vsix);
    const folder = copyWorkspace(dirs, path.join(root, 'samples'));
    server = await startCodeServer({ dirs });
    browser = await launchChromium(dirs);
    page = browser.pages()[0] ?? await browser.newPage();
    await page.goto(workbenchUrl(server, { folder }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '002_5f087e301ec6f340.txt' }).waitFor({ timeout: 90_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: path.join(results, `failure-${name}.png`) }).catch(() => {});
      if (dirs) fs.copyFileSync(dirs.log, path.join(results, 'server.log'));
    }
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dirs) fs.rmSync(dirs.root, { recursive: true, force: true });
  });

  const quickOpen = (file) => quickOpenIn(page, file);
  const hover = (needle, expect) => hoverText(page, needle, expect);
  it('opens a sample article in the Conflict Report language; the first run\'s walkthrough opens beside it and leaves it the focus', async () => {
    await quickOpen('002_5f087e301ec6f340.txt');
    await page.locator('.editor-instance .view-line', { hasText: '90 percent' }).first().waitFor();
    await page.locator('.statusbar-item', { hasText: 'Conflict Report' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: /4 articles/ }).first().waitFor({ timeout: 30_000 });
    // opening the article activated the extension for the first time: its walkthrough is open, in a group of its own
    await page.locator('.tab', { hasText: 'Walkthrough' }).first().waitFor({ timeout: 30_000 });
    // the walkthrough's page has built its steps (VS Code's page focuses its first step a moment after each build)
    await page.locator('.editor-group-container [data-step-id].expanded').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    const focused = page.locator('.editor-group-container.active .tab.active', { hasText: '002_5f087e301ec6f340.txt' });
    await focused.waitFor({ timeout: 10_000 }).catch(async (e) => {
      const tabs = await page.locator('.editor-group-container').evaluateAll((groups) => groups.map((g) => `${g.classList.contains('active') ? 'active ' : ''}group: ${[...g.querySelectorAll('.tab')].map((t) => `${t.classList.contains('active') ? '*' : ''}${t.textContent}`).join(' | ')}`));
      throw new Error(`the article's tab is not the active one of the active group: ${tabs.join('; ')}\n${e.message}`);
    });
    // and the keys still go to the article
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.editor-group-container.active .monaco-editor')), 'the article\'s editor has the keyboard focus');
    await page.screenshot({ path: path.join(results, 'article.png') });
  });

  it('hovering "90 percent" compares the Observatory with the coalition, disagreement marked', async () => {
    // the card's spread line, which the problem's own hover (shown first, beside the card) does not have
    const text = await hover('90 percent', '2 sources');
    assert.match(text, /90%/);
    assert.match(text, /Syrian Observatory for Human Rights/);
    assert.match(text, /US-led coalition/);
    assert.match(text, /: 65–90% · 2 sources · /);
    assert.match(text, /disputes this source's count/);
    await page.waitForTimeout(600); // the hover fades in
    await page.screenshot({ path: path.join(results, 'hover.png') });
  });

  it('places, actors, people and figures are drawn in four colours, disputed figures in a fifth, in dark, light and high-contrast themes', async () => {
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    await closeWalkthrough(page);
    // a place, an actor, a person and a figure near the top of the Hajin article, opened beside the Raqqa one
    await quickOpenIn(page, '001_2c301afdfc3c815d.txt', true);
    await page.locator('.editor-instance .view-line', { hasText: 'Brett McGurk' }).first().waitFor();
    // and a figure another source disputes (the Observatory's 90 percent of Raqqa, in the article beside it)
    const words = ['Hajin', 'SDF', 'Brett McGurk', 'day or two', '90 percent'];
    const distinct = async (theme) => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const colors = await colorsOf(page, words);
        if (new Set(Object.values(colors)).size === words.length) return colors;
        assert.ok(Date.now() < deadline, `${theme}: a colour each for ${words.join(', ')}: ${JSON.stringify(colors)}`);
        await page.waitForTimeout(250);
      }
    };
    const seen = {};
    for (const [theme, kind] of [['Light Modern', 'vs'], ['Dark Modern', 'vs-dark'], ['Dark High Contrast', 'hc-black'], ['Light High Contrast', 'hc-light']]) {
      await useTheme(page, theme);
      await page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: 30_000 });
      seen[theme] = await distinct(theme);
      if (theme === 'Dark Modern') await page.screenshot({ path: path.join(results, 'colours-dark.png') });
    }
    assert.notDeepEqual(seen['Light Modern'], seen['Dark Modern'], 'the colours follow the theme');
    await useTheme(page, 'Light Modern');
  });

  it('the entity view lists the corpus, with Raqa and Raqqa as one place', async () => {
    await page.mouse.move(5, 400);
    const view = page.locator('.pane', { hasText: 'Entities' });
    // the first run may have opened the view already: clicking its icon then would close it
    if (!(await view.first().isVisible())) await page.locator('.activitybar .action-item a[aria-label^="Conflict Lens"]').first().click();
    const places = view.locator('.monaco-list-row', { hasText: /^Places \(\d+\)/ });
    await places.first().waitFor({ timeout: 30_000 });
    await places.first().click();
    const raqqa = view.locator('.monaco-list-row', { hasText: 'Raqqa' });
    await raqqa.first().waitFor();
    assert.equal(await view.locator('.monaco-list-row', { hasText: /^Raqa\b/ }).count(), 0, 'no separate Raqa node');
    await raqqa.first().hover();
    await page.screenshot({ path: path.join(results, 'tree.png') });
  });

  /** Opens the command palette filtered to `query`; resolves with its input box once `expect` is listed. */
  async function palette(query, expect) {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${query}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: expect }).first().waitFor();
    return input;
  }

  it('the cross-reference search finds Raqqa by typing "Raqa" and opens a mention', async () => {
    const input = await palette('Conflict Lens: Cross-reference Search', 'Cross-reference Search');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Cross-reference Search' }).waitFor();
    await input.fill('Raqa');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Raqqa' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /place · 9 mentions in 2 articles/);
    await page.screenshot({ path: path.join(results, 'search.png') });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Raqqa — 9 mentions' }).waitFor();
    await page.keyboard.type('000_2c29');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '000_2c29b890998c56a9.txt' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: '000_2c29b890998c56a9.txt' }).waitFor();
  });

  it('the claims chart opens from a figure\'s hover and shows each source\'s claim', async () => {
    await quickOpen('002_5f087e301ec6f340.txt');
    await hover('90 percent', 'chart');
    await page.locator('.monaco-hover:not(.hidden) a', { hasText: 'chart' }).first().click();
    // the chart is a webview: its page is an iframe inside an iframe
    const deadline = Date.now() + 60_000;
    let rows;
    for (;;) {
      for (const frame of page.frames()) {
        const text = await frame.locator('#chart table tbody').innerText({ timeout: 500 }).catch(() => undefined);
        if (text) rows = text;
      }
      if (rows || Date.now() > deadline) break;
      await page.waitForTimeout(250);
    }
    assert.ok(rows, 'the chart\'s table is shown');
    assert.match(rows, /90%\s+Syrian Observatory for Human Rights\s+002_5f087e301ec6f340\.txt/);
    assert.match(rows, /65–70%\s+US-led coalition\s+002_5f087e301ec6f340\.txt/);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(results, 'chart.png') });
  });

  it('the command palette offers the Conflict Lens commands', async () => {
    await palette('Conflict Lens', 'Conflict Lens: Rebuild Index');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Conflict Lens: Open Sample Articles' }).first().waitFor();
    await page.screenshot({ path: path.join(results, 'palette.png') });
    await page.keyboard.press('Escape');
  });
});

describe('the packaged extension on a folder of 804 real articles (FA-KES)', function () {
  this.timeout(240_000);
  let dirs;
  let server;
  let browser;
  let page;

  before(async () => {
    fs.mkdirSync(results, { recursive: true });
    dirs = runDirs();
    installVsix(dirs, vsix);
    // the article files alone, as a reader keeps them: .txt files put in the Conflict Report language
    const source = path.join(dirs.root, 'fakes');
    fs.mkdirSync(path.join(source, '.vscode'), { recursive: true });
    const fakes = path.join(sharedFolder(root), 'corpus/fakes');
    for (const f of fs.readdirSync(fakes)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(fakes, f), path.join(source, f));
    fs.writeFileSync(path.join(source, '.vscode/settings.json'), JSON.stringify({ 'files.associations': { '*.txt': 'conflict-report' }, 'conflictLens.hover.maxRows': 60 }));
    const folder = copyWorkspace(dirs, source);
    server = await startCodeServer({ dirs });
    browser = await launchChromium(dirs);
    page = browser.pages()[0] ?? await browser.newPage();
    await page.goto(workbenchUrl(server, { folder }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: path.join(results, `failure-${name}.png`) }).catch(() => {});
      if (dirs) fs.copyFileSync(dirs.log, path.join(results, 'server.log'));
    }
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dirs) fs.rmSync(dirs.root, { recursive: true, force: true });
  });

  it('hovering a toll of the Khan Sheikhoun attack shows the other outlets\' tolls of that attack', async () => {
    await quickOpenIn(page, '023_asharqalawsat.txt');
    await page.locator('.statusbar-item', { hasText: /80\d articles/ }).first().waitFor({ timeout: 90_000 });
    await page.locator('.tab', { hasText: 'Walkthrough' }).first().waitFor({ timeout: 30_000 }).catch(() => {});
    await closeWalkthrough(page);
    // "at least 58" wraps onto two lines: its second word is hovered
    const text = await hoverText(page, 'least 58', 'Civilians killed:');
    assert.match(text, /Civilians killed: \d+–\d+\+? · \d+ sources · 4 Apr 2017/);
    assert.match(text, /Khan Sheikhoun, Idlib · chemical attack/);
    assert.match(text, /Syrian National Coalition/);
    assert.doesNotMatch(text, /2013/);
    await page.waitForTimeout(600); // the hover fades in
    await page.screenshot({ path: path.join(results, 'hover-incident.png') });
  });

  it('hovering a toll of the Jayrud bombardment lists each source once, the others\' tolls of that attack and nothing else', async () => {
    await page.keyboard.press('Escape');
    await quickOpenIn(page, '044_dailysabah.txt');
    await page.locator('.editor-instance .view-line', { hasText: 'Jayrud' }).first().waitFor({ timeout: 30_000 });
    const text = await hoverText(page, 'least 31', 'Civilians killed:');
    assert.match(text, /Civilians killed: 30–43\+? · \d sources · 2 Jul 2016/);
    assert.match(text, /Jayrud, Rif Dimashq/);
    assert.match(text, /Syrian Observatory for Human Rights/);
    assert.match(text, /at least 31 → 43/);
    assert.doesNotMatch(text, /Aleppo|Idlib|Douma|Khan Sheikhoun/);
    const observatoryRows = text.split('\n').filter((l) => /^Syrian Observatory for Human Rights\b/.test(l.trim()));
    assert.ok(observatoryRows.length <= 1, `the Observatory once:\n${text}`);
    await page.waitForTimeout(600);
    // the hover scrolls: past its diagnostic to the sources' table
    const card = page.locator('.monaco-hover:not(.hidden)').first();
    const box = await card.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 140);
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(results, 'hover-jayrud.png') });
  });
});
