import { dispatch } from '../base/events.ts';

/**
 * What a `resource-open` event names: a record shown in one of the client page's tabs that a
 * host has its own view of (an invoice, a service, a domain, one of the client's cloud
 * resources). The cloud kinds are the contract's `CloudResourceKind`.
 */
export type ResourceKind =
  | 'invoice'
  | 'service'
  | 'domain'
  | 'instance'
  | 'volume'
  | 'network'
  | 'router'
  | 'ssh_key'
  | 'image'
  | 'port';

/** `detail` of `resource-open`. */
export interface ResourceOpenDetail {
  /** What was opened. */
  readonly kind: ResourceKind;
  /** Its id in the API. */
  readonly id: string;
  /**
   * Its name as the user saw it (an invoice's number, a domain's name, a service's product, a
   * cloud resource's name), for the host's title, breadcrumb or announcement of the view it
   * opens, without reading the record again. Text, never HTML.
   */
  readonly label: string;
  /** The client it belongs to. */
  readonly clientId: string;
}

declare global {
  interface HTMLElementEventMap {
    'resource-open': CustomEvent<ResourceOpenDetail>;
  }
}

/**
 * Fires `resource-open` from `target`: the user asked to open a record (activated its link or
 * row). The host owns navigation: it listens, calls `preventDefault()` and shows its own view.
 * One typed event for every tab, so a host handles invoices, services and cloud resources in
 * one listener. Returns false when the host cancelled it (the widget then does nothing more);
 * when nobody cancels it, the widget has no view of its own to open and does nothing either.
 */
export function openResource(target: EventTarget, detail: ResourceOpenDetail): boolean {
  return dispatch(target, 'resource-open', detail, { cancelable: true });
}
