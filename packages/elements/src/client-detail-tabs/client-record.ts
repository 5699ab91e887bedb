import type { Client } from '@clientele/sdk';
import { createContext } from '@lit/context';

/**
 * The client `<client-detail-tabs>` shows, provided to its panels: a panel that needs the
 * record (the Overview) consumes it (`new ContextConsumer(this, { context: clientRecordContext,
 * subscribe: true })`) instead of loading it again; it changes after an edit or a status action.
 * Undefined until the client has loaded. Panels that need only the id ignore it.
 */
export const clientRecordContext = createContext<Client | undefined>(
  Symbol.for('clientele.client-record'),
);
