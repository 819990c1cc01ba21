/** Where the project is, for the benchmark's copies of it. */
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
