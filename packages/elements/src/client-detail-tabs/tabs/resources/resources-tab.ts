import type { ClienteleClient, CloudResource } from '@clientele/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { baseStyles } from '../../../base/styles/base.ts';
import { openResource } from '../../../client/resource-open.ts';
import { statusToneStyles } from '../../../client/status-badge.styles.ts';
import { TabsController } from '../../../ui/tabs.ts';
import { uiStyles } from '../../../ui/ui.styles.ts';
import { panelStyles } from '../panel.styles.ts';
import { fromResource, renderTabState } from '../tab-state.ts';
import { KindView } from './kind-view.ts';
import { type ResourcesTabText, resourcesTabText } from './messages.ts';
import { COLLECTIONS, RESOURCE_COLLECTIONS, type ResourceCollection } from './resource-kinds.ts';
import { renderResourceTable } from './resource-table.ts';
import { resourcesTabStyles } from './resources-tab.styles.ts';

const DEFAULT_PAGE_SIZE = 50;

/**
 * One client's cloud resources, one sub-view per kind: instances, volumes, networks, routers,
 * SSH keys, images and ports, chosen with nested tabs (WAI-ARIA APG tabs with manual
 * activation: Left/Right, Home/End move among the kinds, Enter or Space shows one). Each kind loads when its sub-view first opens and is kept while
 * the user looks at the others; each has the six states of its own (loading, loaded, "No
 * volumes", an error with Retry, access denied, not found) and cursor paging ("Show more").
 * Each kind shows the fields it has (flavor and IPv4 of an instance, size and attachment of a
 * volume, a network's CIDR, ...); an attribute the tab does not know still shows, as text.
 * A resource's name is a button: activating it fires `resource-open`.
 *
 * The Cloud resources tab of `<client-detail-tabs>`, and usable alone inside
 * `<clientele-provider>` (or with its own `client`).
 *
 * @tag client-resources-tab
 * @summary One client's cloud resources by kind, each kind loaded on first view.
 *
 * @event {CustomEvent<ResourceOpenDetail>} resource-open - The user opened a resource (`detail.kind`: the contract's kind such as `instance` or `ssh_key`, `detail.id`, `detail.clientId`). Cancelable: the host shows its own view. Bubbles, composed.
 *
 * @csspart kinds - The row of kind tabs (`role="tablist"`).
 * @csspart kind - One kind's tab.
 * @csspart kind-panel - One kind's panel.
 * @csspart table - A kind's table.
 * @csspart row - A resource's row.
 * @csspart resource-open - A resource's name, the button that opens it.
 * @csspart show-more - The button that loads the next page.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - The selected kind, links and focus.
 * @cssprop --clientele-color-border - The kind tabs' line and the table rules.
 */
export class ClientResourcesTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
    kind: {},
    pageSize: { attribute: 'page-size', type: Number },
  };

  static override styles = [
    ...baseStyles,
    uiStyles,
    statusToneStyles,
    panelStyles,
    resourcesTabStyles,
  ];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client whose resources to show. */
  declare clientId: string | undefined;
  /** The sub-view shown: a plural kind of the contract (`instances`, `ssh-keys`, ...). Follows the user's choice. */
  declare kind: ResourceCollection;
  /** Resources per page (1 to 200). */
  declare pageSize: number;

  readonly #context = new ClienteleConsumer(this);
  readonly #views = new Map<ResourceCollection, KindView>();
  readonly #tabs = new TabsController<ResourceCollection>(this, {
    tabs: () => RESOURCE_COLLECTIONS,
    idPrefix: 'resources',
    // A kind loads when first shown: the APG's manual activation, so arrowing past kinds on
    // the way to another does not load each of them.
    activation: 'manual',
    onChange: (selected) => {
      this.kind = selected;
      this.#view(selected).open();
    },
  });

  constructor() {
    super();
    this.kind = 'instances';
    this.pageSize = DEFAULT_PAGE_SIZE;
    for (const collection of RESOURCE_COLLECTIONS) {
      this.#views.set(
        collection,
        new KindView(this, collection, {
          client: () => this.#context.client,
          clientId: () => this.clientId,
          pageSize: () =>
            Math.min(200, Math.max(1, Math.trunc(this.pageSize) || DEFAULT_PAGE_SIZE)),
        }),
      );
    }
  }

  /** The resources of a kind loaded so far (none before its sub-view opened). */
  resources(collection: ResourceCollection): readonly CloudResource[] {
    return this.#view(collection).items;
  }

  #view(collection: ResourceCollection): KindView {
    // Every collection has its view (made in the constructor).
    return this.#views.get(collection) as KindView;
  }

  get #t(): ResourcesTabText {
    return resourcesTabText(this.#context.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind')) {
      if (RESOURCE_COLLECTIONS.includes(this.kind)) this.#tabs.selected = this.kind;
      else console.warn(`<client-resources-tab>: unknown kind "${this.kind}".`);
    }
    const selected = this.#tabs.selected;
    if (selected) this.#view(selected).open();
  }

  #open(resource: CloudResource): void {
    openResource(this, {
      kind: resource.kind,
      id: resource.id,
      label: resource.name,
      clientId: this.clientId ?? '',
    });
  }

  /**
   * The next page, then focus on its first resource: the Show more button may be gone (the
   * last page), and the new rows are where the user was going.
   */
  async #showMore(view: KindView): Promise<void> {
    const first = await view.showMore();
    if (!first) return;
    await this.updateComplete;
    const row = `[data-resource-id="${CSS.escape(first.id)}"] button`;
    this.renderRoot.querySelector<HTMLElement>(row)?.focus();
  }

  #renderKind(t: ResourcesTabText, view: KindView) {
    const locale = this.#context.locale;
    const { first } = view;
    const info = COLLECTIONS[view.collection];
    const items = view.items;
    const number = new Intl.NumberFormat(locale);
    return renderTabState(
      {
        locale,
        ...fromResource(first),
        rows: 4,
        empty: { title: t[info.empty], message: t.resourcesEmptyMessage },
      },
      first.state === 'loaded'
        ? html`<div class="table-wrap">
                ${renderResourceTable({
                  t,
                  locale,
                  kind: info.kind,
                  caption: t[info.label],
                  items,
                  open: (resource) => this.#open(resource),
                })}
              </div>
              <div class="pager">
                <span class="shown">${t.resourcesShown({
                  shown: number.format(items.length),
                  total: number.format(Math.max(view.total, items.length)),
                })}</span>
                ${
                  view.hasMore
                    ? html`<button
                        part="show-more"
                        class="button"
                        type="button"
                        aria-busy=${view.moreBusy ? 'true' : nothing}
                        @click=${() => void this.#showMore(view)}
                      >
                        ${t.resourcesShowMore}
                      </button>`
                    : nothing
                }
                ${view.moreFailed ? html`<p class="more-failed" role="alert">${t.resourcesMoreFailed}</p>` : nothing}
              </div>`
        : nothing,
    );
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!resourcesTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const tabs = this.#tabs;
    return html`
      <div part="kinds" class="kinds" ${tabs.tablist()} aria-label=${t.resourcesKindsLabel}>
        ${RESOURCE_COLLECTIONS.map(
          (collection) =>
            html`<button part="kind" class="kind" type="button" ${tabs.tab(collection)}>
              ${t[COLLECTIONS[collection].label]}
            </button>`,
        )}
      </div>
      ${RESOURCE_COLLECTIONS.map((collection) => {
        const view = this.#view(collection);
        return html`<section part="kind-panel" class="kind-panel" ${tabs.panel(collection)}>
          ${view.opened ? this.#renderKind(t, view) : nothing}
        </section>`;
      })}
    `;
  }
}
