/** Every page the plugin adds, one builder per feature (one file each in this folder). */
import {addCatalogRoutes} from './catalog.ts';
import {addGlossaryRoutes} from './glossary.ts';
import type {RouteBuilder} from './types.ts';

export const routeBuilders: RouteBuilder[] = [addCatalogRoutes, addGlossaryRoutes];
