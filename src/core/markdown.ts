/**
 * Text from an article (or a file name) shown in a hover is data: every character markdown or HTML could act on is
 * backslash-escaped, so links, command: URIs, images and tags in an article render as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>&~"'$:=@%]/g, '\\$&');
}
