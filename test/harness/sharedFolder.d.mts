/** `../shared` beside the project, or beside the repository a scratch clone was made from. */
export function sharedFolder(root: string): string;
