import { runSuite } from '../index';

/** Entry the extension host calls for the suite on the FA-KES corpus (804 articles): the tests beside this file. */
export const run = (): Promise<void> => runSuite(__dirname);
