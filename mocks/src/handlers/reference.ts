/** The reference lists filters and forms use, each a page in the catalog's order. */
import { pageRequest, paginate } from '../query.ts';
import type { MockStore } from '../store.ts';
import type { OperationId, paths } from '../types.ts';
import { type OpenApiHttp, route } from './route.ts';

type ReferencePath =
  | '/client-groups'
  | '/configurations'
  | '/regions'
  | '/flavors'
  | '/hypervisors'
  | '/products'
  | '/service-types'
  | '/roles'
  | '/ticket-departments'
  | '/unit-offers';

/** What the spec says one page of the list at `P` holds. */
type ItemOf<P extends ReferencePath> =
  paths[P]['get']['responses'][200]['content']['application/json']['items'][number];

export function referenceHandlers(http: OpenApiHttp, store: MockStore) {
  const { catalog } = store;
  // One handler per list; `items` is checked at each call against what the spec lists at `path`.
  const list = <P extends ReferencePath>(
    path: P,
    operationId: OperationId,
    items: () => readonly ItemOf<P>[],
  ) =>
    http.get(
      path as ReferencePath,
      route(store, operationId, ({ response }, ctx) =>
        response(200).json(paginate(items(), pageRequest(ctx.query))),
      ),
    );
  return [
    list('/client-groups', 'listClientGroups', () => store.dataset.groups()),
    list('/configurations', 'listConfigurations', () => catalog.configurations),
    list('/regions', 'listRegions', () => catalog.regions),
    list('/flavors', 'listFlavors', () => catalog.flavors),
    list('/hypervisors', 'listHypervisors', () => catalog.hypervisors),
    list('/products', 'listProducts', () => catalog.products),
    list('/service-types', 'listServiceTypes', () => catalog.serviceTypes),
    list('/roles', 'listRoles', () => catalog.roles),
    list('/ticket-departments', 'listTicketDepartments', () => catalog.departments),
    list('/unit-offers', 'listUnitOffers', () => catalog.unitOffers),
  ];
}
