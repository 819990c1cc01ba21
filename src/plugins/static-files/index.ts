/** Every file the plugin writes into the built site, one writer per feature (one file each in this folder). */
import type {StaticFileWriter} from './types.ts';

export const staticFileWriters: StaticFileWriter[] = [];
