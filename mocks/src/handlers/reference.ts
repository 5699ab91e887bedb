/** The reference lists filters and forms use, each a page in the catalog's order. */
import { pageRequest, paginate } from '../query.ts';
import type { MockStore } from '../store.ts';
import { type OpenApiHttp, route } from './route.ts';

export function referenceHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/client-groups',
      route(store, 'listClientGroups', ({ response }, ctx) =>
        response(200).json(paginate(store.dataset.groups(), pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/configurations',
      route(store, 'listConfigurations', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.configurations, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/regions',
      route(store, 'listRegions', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.regions, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/flavors',
      route(store, 'listFlavors', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.flavors, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/hypervisors',
      route(store, 'listHypervisors', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.hypervisors, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/products',
      route(store, 'listProducts', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.products, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/service-types',
      route(store, 'listServiceTypes', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.serviceTypes, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/roles',
      route(store, 'listRoles', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.roles, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/ticket-departments',
      route(store, 'listTicketDepartments', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.departments, pageRequest(ctx.query))),
      ),
    ),
    http.get(
      '/unit-offers',
      route(store, 'listUnitOffers', ({ response }, ctx) =>
        response(200).json(paginate(store.catalog.unitOffers, pageRequest(ctx.query))),
      ),
    ),
  ];
}
