import type { CloudResource, CloudResourceKind } from '@clientele/sdk';
import { html } from 'lit';
import { formatDate } from '../../../base/format/dates.ts';
import type { ResourcesTabText } from './messages.ts';
import { type AttributeColumn, KIND_COLUMNS, resourceStatus } from './resource-kinds.ts';

export interface ResourceTableView {
  readonly t: ResourcesTabText;
  readonly locale: string;
  readonly kind: CloudResourceKind;
  /** The table's name (the sub-view's label). */
  readonly caption: string;
  readonly items: readonly CloudResource[];
  /** The user asked to open a resource (its name's button). */
  open(resource: CloudResource): void;
}

/** An attribute's text in words: its unit, yes/no, "Not attached"; a missing one a dash. */
function attributeValue(t: ResourcesTabText, column: AttributeColumn, value: string | undefined) {
  if (column.format === 'attached' && !value) return t.resourcesNotAttached;
  if (value === undefined || value === '') return '—';
  switch (column.format) {
    case 'gib':
      return t.resourcesGib({ value });
    case 'mib':
      return t.resourcesMib({ value });
    case 'yes-no':
      return value === 'true' ? t.resourcesYes : value === 'false' ? t.resourcesNo : value;
    case 'code':
      return html`<code>${value}</code>`;
    default:
      return value;
  }
}

/**
 * The Details cell: the kind's named attributes that have no column, then every attribute
 * the kind's table does not know, under its own key (server text, shown as text).
 */
function renderDetails(t: ResourcesTabText, kind: CloudResourceKind, resource: CloudResource) {
  const { columns, details } = KIND_COLUMNS[kind];
  const known = new Set([...columns, ...details].map((c) => c.key));
  const named = details
    .filter((c) => resource.attributes[c.key] !== undefined)
    .map((c) => [t[c.label], attributeValue(t, c, resource.attributes[c.key])] as const);
  const other = Object.entries(resource.attributes)
    .filter(([key]) => !known.has(key))
    .map(([key, value]) => [key, value || '—'] as const);
  const pairs = [...named, ...other];
  if (pairs.length === 0) return '—';
  return html`<dl class="details">
    ${pairs.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

/** A cell's label, shown only when the rows stack (a narrow container); the header says it otherwise. */
const cellLabel = (text: string) =>
  html`<span class="cell-label" aria-hidden="true">${text}</span>`;

/**
 * One kind's resources as a table: the name (a button that opens the resource), the status
 * in words with a tone, the kind's own columns (`KIND_COLUMNS`), the region ("Global" for
 * resources without one), the creation date and the other attributes. Below 40rem of its own
 * width the rows stack, each cell labelled.
 */
export function renderResourceTable(view: ResourceTableView) {
  const { t, kind } = view;
  const { columns } = KIND_COLUMNS[kind];
  return html`<table part="table" class="resources panel-table stacked" data-kind=${kind}>
    <caption class="visually-hidden">${view.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${t.resourcesColumnName}</th>
        <th scope="col">${t.columnStatus}</th>
        ${columns.map((c) => html`<th scope="col">${t[c.label]}</th>`)}
        <th scope="col">${t.resourcesColumnRegion}</th>
        <th scope="col">${t.columnCreated}</th>
        <th scope="col">${t.resourcesColumnDetails}</th>
      </tr>
    </thead>
    <tbody>
      ${view.items.map((resource) => {
        const status = resourceStatus(resource.status, t);
        return html`<tr part="row" data-resource-id=${resource.id}>
          <th scope="row" class="name">
            <button part="resource-open" class="link" type="button" @click=${() => view.open(resource)}>
              ${resource.name}
            </button>
          </th>
          <td class="status">
            ${cellLabel(t.columnStatus)}<span class="badge tone-${status.tone}" data-status=${resource.status}
              >${status.text}</span
            >
          </td>
          ${columns.map(
            (c) =>
              html`<td data-attribute=${c.key}>${cellLabel(t[c.label])}${attributeValue(t, c, resource.attributes[c.key])}</td>`,
          )}
          <td class="region">${cellLabel(t.resourcesColumnRegion)}${resource.region?.name ?? t.resourcesGlobal}</td>
          <td class="created">
            ${cellLabel(t.columnCreated)}<time datetime=${resource.created_at}
              >${formatDate(view.locale, resource.created_at)}</time
            >
          </td>
          <td class="more">${cellLabel(t.resourcesColumnDetails)}${renderDetails(t, kind, resource)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
