import { createHash } from 'node:crypto';

/** Content hash an analysis is cached under. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
