import * as vscode from 'vscode';
import { z } from 'zod';

/** The extension's settings as read from the configuration, validated: a bad value falls back to its default. */
export const Settings = z.object({
  include: z.array(z.string()).catch([]),
  exclude: z.array(z.string()).catch(['**/node_modules/**', '**/.git/**']),
  diagnostics: z.boolean().catch(true),
  hoverRows: z.number().int().min(1).max(100).catch(8),
  aliasesFile: z.string().catch('.conflict-lens/aliases.json'),
});
export type Settings = z.infer<typeof Settings>;

export const LANGUAGE_ID = 'conflict-report';

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('conflictLens');
  return Settings.parse({
    include: c.get('corpus.include'),
    exclude: c.get('corpus.exclude'),
    diagnostics: c.get('diagnostics.enabled'),
    hoverRows: c.get('hover.maxRows'),
    aliasesFile: c.get('aliasesFile'),
  });
}

/**
 * The globs that select articles: the configured ones, or by default every .report file and every file pattern
 * that `files.associations` maps to the Conflict Report language (the sample folder maps "*.txt").
 */
export function articleGlobs(settings: Settings): string[] {
  if (settings.include.length) return settings.include;
  const associations = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
  const globs = ['**/*.report'];
  for (const [pattern, language] of Object.entries(associations)) {
    if (language !== LANGUAGE_ID) continue;
    globs.push(pattern.includes('/') ? pattern : `**/${pattern}`);
  }
  return globs;
}
