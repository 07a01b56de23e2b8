import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { incidentTitle, newestFirst } from '../../core/incidents/describe';
import type { FigureRef } from '../../core/model';
import { type ChartData, FromChart, type ToChart } from '../../webview/chartProtocol';
import type { CorpusService } from '../corpus/corpusService';
import { openLocation } from '../shared/claims';
import { incidentChart, timelineChart } from './chartData';

export const CHART_VIEW_TYPE = 'conflictLens.chart';

/** What the chart is opened on: an incident, a kind of quantity about a place, or a figure (its incident). */
export type ChartTarget = { incident: string; from?: FigureRef } | { group: string; place: string } | FigureRef;

/**
 * Conflict Lens: Show Claims Chart — one panel that draws an incident's claims on a number line, or a kind of
 * quantity about a place over time, from the index the hovers read; it is drawn again when the index changes.
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  let panel: vscode.WebviewPanel | undefined;
  let target: ChartTarget | undefined;
  let ready = false;

  const dataFor = (t: ChartTarget): ChartData | undefined => {
    if ('incident' in t) return incidentChart(corpus.index, t.incident, t.from);
    if ('group' in t) return timelineChart(corpus.index, t.group, t.place);
    const incident = corpus.index.incidentOf(t);
    return incident && incidentChart(corpus.index, incident.id, t);
  };
  const post = () => {
    const data = target && dataFor(target);
    if (panel && ready && data) void panel.webview.postMessage({ type: 'show', data } satisfies ToChart);
    if (panel && data) panel.title = `Claims: ${data.title}`;
  };

  const open = (t: ChartTarget): ChartData | undefined => {
    const data = dataFor(t);
    if (!data) return undefined;
    target = t;
    if (!panel) {
      ready = false;
      panel = vscode.window.createWebviewPanel(CHART_VIEW_TYPE, 'Claims', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist'), vscode.Uri.joinPath(context.extensionUri, 'media')],
      });
      panel.webview.html = html(panel.webview, context.extensionUri);
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = FromChart.safeParse(raw);
        if (!message.success) return;
        if (message.data.type === 'ready') { ready = true; post(); } else void openLocation(message.data.location);
      }, undefined, context.subscriptions);
      panel.onDidDispose(() => { panel = undefined; target = undefined; }, undefined, context.subscriptions);
    } else panel.reveal(undefined, false);
    post();
    return data;
  };

  /** From the palette: the incident of the figure under the cursor, else one chosen among those with several claims. */
  const choose = async (): Promise<ChartTarget | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && corpus.isArticle(editor.document) ? corpus.analysisOf(editor.document) : undefined;
    if (editor && analysis) {
      const offset = editor.document.offsetAt(editor.selection.active);
      const index = analysis.figures.findIndex((f) => f.start <= offset && offset <= f.end && f.group);
      if (index >= 0) return { file: analysis.file, index };
    }
    const incidents = corpus.index.incidents().filter((i) => i.members.length > 1).sort(newestFirst);
    const pick = await vscode.window.showQuickPick(incidents.map((i) => ({ label: incidentTitle(corpus.index, i), description: `${i.members.length} claims`, id: i.id })), {
      title: 'Conflict Lens: Show Claims Chart', placeHolder: 'An incident reported by several claims', matchOnDescription: true,
    });
    return pick && { incident: pick.id };
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('conflictLens.showChart', async (args?: ChartTarget | { kind: 'incident'; id: string }) => {
      // a tree item passes its node: an incident's
      const t = args && 'kind' in args ? { incident: args.id } : args ?? (await choose());
      return t ? open(t) : undefined;
    }),
    corpus.onDidChange(post),
    { dispose: () => panel?.dispose() },
  );
}

/** The panel's page: the chart script and style from the extension, nothing remote, scripts only with this page's nonce. */
function html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'chart.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'chart.css'));
  // Observable Plot writes the style of each chart it draws into the chart itself: styles may be inline, scripts may not
  const csp = `default-src 'none'; img-src ${webview.cspSource} data:; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}'; font-src ${webview.cspSource};`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Claims</title>
</head>
<body>
<main id="chart" aria-live="polite"><p>Drawing the claims…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
