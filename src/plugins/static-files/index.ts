/** Every file the plugin writes into the built site, one writer per feature (one file each in this folder). */
import {writeChangesFeed} from './changes-feed.ts';
import {writeOpenData} from './open-data.ts';
import type {StaticFileWriter} from './types.ts';

export const staticFileWriters: StaticFileWriter[] = [writeChangesFeed, writeOpenData];
