import * as vscode from 'vscode';

export { escapeMarkdown } from '../../core/markdown';

/** A command link with JSON arguments; only commands this extension enables in its hovers may run. */
export function commandLink(label: string, command: string, args: unknown, tooltip?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  return `[${label}](${uri}${tooltip ? ` "${tooltip.replace(/"/g, '')}"` : ''})`;
}

export const HOVER_COMMANDS = ['conflictLens.openClaim', 'conflictLens.search', 'conflictLens.showIncident', 'conflictLens.showGroup', 'conflictLens.showChart'];

export function trustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  md.supportThemeIcons = true;
  return md;
}
