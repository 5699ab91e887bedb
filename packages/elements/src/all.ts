/**
 * `@clientele/elements/all`: registers every tag at once, on import (the main entry registers
 * widgets as a page first uses them). For a host that needs every class registered before its
 * own code runs; `pnpm size` reports what it costs.
 */
import './define/clientele-provider.ts';
import './define/clientele-state.ts';
import './define/client-grid.ts';
import './define/client-detail-tabs.ts';
import './define/client-overview.ts';
import './define/quota-editor.ts';
import './define/ticket-list.ts';
import './define/units-ledger.ts';
