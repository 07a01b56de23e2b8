import fs from 'node:fs';
import { analyzeCorpus, type CorpusResult } from '../core/corpus/analyzeCorpus';
import { UserAliasFile } from '../core/data/schemas';
import { collectArticles } from '../core/files';
import { buildLexicon, defaultLexicon } from '../core/lexicon/bundled';
import { formatReport } from './report';

const USAGE = `Usage: conflict-lens <command> [options] PATH...

Commands:
  analyze [--json] PATH...   entities and figures of each article (.txt/.report files, folders recursively)
  report PATH...             the incidents the articles report, with every claim's value, place,
                             source and article: those whose sources disagree first

Options:
  --json            print one JSON object (the documented analyze schema)
  --aliases FILE    extra actors, places and people (JSON, same shape as .conflict-lens/aliases.json)
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 every file analysed; 2 some files were skipped (reported on stderr); 1 usage error.`;

class UsageError extends Error {}

interface Options { command: 'analyze' | 'report'; json: boolean; aliases?: string; paths: string[] }

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.length === 0) throw new UsageError('no command given');
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'report') throw new UsageError(`unknown command '${command}'`);
  const opts: Options = { command, json: false, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') opts.json = true;
    else if (a === '--aliases') { opts.aliases = rest[++i]; if (!opts.aliases) throw new UsageError('--aliases needs a file'); }
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
    else opts.paths.push(a);
  }
  if (opts.paths.length === 0) throw new UsageError('no files or folders given');
  return opts;
}

function loadAliases(file: string): UserAliasFile {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const parsed = UserAliasFile.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void, version: string): number {
  let opts: ReturnType<typeof parseArgs>;
  let aliases: UserAliasFile | null = null;
  try {
    opts = parseArgs(argv);
    if (opts === 'help') { out(USAGE + '\n'); return 0; }
    if (opts === 'version') { out(version + '\n'); return 0; }
    if (opts.aliases) aliases = loadAliases(opts.aliases);
  } catch (e) {
    if (e instanceof UsageError || e instanceof SyntaxError || (e as NodeJS.ErrnoException).code) {
      err(`conflict-lens: ${(e as Error).message}\n\n${USAGE}\n`);
      return 1;
    }
    throw e;
  }
  const { files, missing } = collectArticles(opts.paths);
  for (const m of missing) err(`conflict-lens: skipped ${m}: no such file or folder\n`);
  const { output, skipped, index } = analyzeCorpus(files, aliases ? buildLexicon(aliases) : defaultLexicon());
  for (const s of skipped) err(`conflict-lens: skipped ${s.file}: ${s.reason}\n`);
  if (opts.command === 'report') out(formatReport(index));
  else if (opts.json) out(JSON.stringify(output) + '\n');
  else out(formatSummary(output));
  return skipped.length || missing.length ? 2 : 0;
}

function formatSummary(output: CorpusResult['output']): string {
  const lines: string[] = [];
  for (const d of output.documents) {
    lines.push(`${d.file}: ${d.entities.length} mentions, ${d.figures.length} figures`);
    for (const f of d.figures) {
      const value = f.low === f.high ? `${f.low}` : `${f.low}-${f.high}`;
      lines.push(`  ${JSON.stringify(f.text)} = ${value} ${f.unit} [${f.qualifier}] ${f.category}/${f.event ?? '-'}${f.place ? ` @ ${f.place}` : ''}${f.source ? ` (${f.source}${f.speaker ? `, ${f.speaker}` : ''})` : ''}`);
    }
  }
  lines.push(`${output.documents.length} documents, ${output.groups.length} comparison groups, ${output.incidents.length} incidents, ${output.disagreements.length} disagreements, ${output.updates.length} updates`);
  return lines.join('\n') + '\n';
}
