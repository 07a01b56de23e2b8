import { hash } from 'node:crypto';

/** Content hash an analysis is cached under (one call: no hash object per article). */
export function contentHash(text: string): string {
  return hash('sha1', text);
}
