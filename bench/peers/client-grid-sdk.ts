/**
 * client-grid over the SDK against the mock API served over HTTP (`@clientele/mocks/http`, in
 * the benchmark's Node process, on loopback), as a host page would use it: a
 * `<clientele-provider>` with a base URL and a token around a `<client-grid>`. Measured by
 * ./http-measure.ts, like lit-virtualizer over a plain fetch (./lit-virtualizer-http.ts).
 */
import '../../packages/elements/src/define/client-grid.ts';
import '../../packages/elements/src/define/clientele-provider.ts';
import { exposeHttpBench, inside } from './http-measure.ts';

exposeHttpBench('client-grid', (apiUrl) => {
  const provider = document.createElement('clientele-provider');
  provider.setAttribute('base-url', apiUrl);
  provider.setAttribute('token', 'admin-token');
  const grid = document.createElement('client-grid');
  provider.append(grid);
  document.body.append(provider);
  return {
    rowShown: () =>
      inside(
        grid.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]:not([aria-busy])'),
        grid.shadowRoot!.querySelector('[role="grid"]')!,
      ),
    placeholdersShown: () => !!grid.shadowRoot?.querySelector('.placeholder'),
  };
});
