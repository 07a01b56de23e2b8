/** The article's headline: its first line, when that line stands alone (short, a line of its own, no full stop). */
export function textTitle(text: string): string | null {
  const end = text.indexOf('\n');
  if (end < 0) return null;
  const line = text.slice(0, end).trim();
  if (line.length < 3 || line.length > 200 || /[.!?…]["”’)]?$/.test(line) || !/\S/.test(text.slice(end))) return null;
  return line;
}
