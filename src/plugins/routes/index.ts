/** Every page the plugin adds, one builder per feature (one file each in this folder). */
import {addCatalogRoutes} from './catalog.ts';
import {addFacetRoutes} from './facets.ts';
import {addSelbstcheckRoutes} from './selbstcheck.ts';
import {addZahlenRoutes} from './zahlen.ts';
import {addFieldRoutes} from './fields.ts';
import {addGlossaryRoutes} from './glossary.ts';
import {addHomeRoute} from './home.ts';
import {addReviewRoutes} from './review.ts';
import {addSearchRoutes} from './search.ts';
import {addBeitragenRoutes} from './beitragen.ts';
import {addBriefRoutes, addEvidenceRoutes} from './brief.ts';
import {addLegalRoutes} from './legal.ts';
import {addDatenRoutes} from './daten.ts';
import type {RouteBuilder} from './types.ts';

export const routeBuilders: RouteBuilder[] = [addHomeRoute, addCatalogRoutes, addFacetRoutes, addZahlenRoutes, addSelbstcheckRoutes, addGlossaryRoutes, addFieldRoutes, addReviewRoutes, addSearchRoutes, addBriefRoutes, addEvidenceRoutes, addBeitragenRoutes, addLegalRoutes, addDatenRoutes];
