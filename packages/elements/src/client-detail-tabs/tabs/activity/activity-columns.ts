import type { ActivityEntry, ActivitySort } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel } from '../../../base/enum-label.ts';
import { formatDateTime, formatRelativeTime } from '../../../base/format/dates.ts';
import type { GridColumn } from '../../../list/data-grid.ts';
import { fitColumns, fits } from '../../../list/fit-columns.ts';
import { sortDirectionOf } from '../../../list/list-query.ts';
import { ACTOR_TYPE_KEYS, actionLabel, CATEGORY_KEYS, parametersText } from './activity-labels.ts';
import type { ActivityTabText } from './messages.ts';

/** What the columns depend on. */
export interface ActivityColumnsView {
  readonly t: ActivityTabText;
  readonly locale: string;
  readonly sort: ActivitySort;
  /** The widget's own inline size in rem; undefined: not measured yet. */
  readonly width?: number | undefined;
}

/**
 * Columns that give way when the tab is too narrow, first to last: the IP address, the
 * category, the impersonator (the action cell then says "Impersonated by …"). Time, actor and
 * action never do; below their width the rows turn compact (time over actor, action).
 */
export const ACTIVITY_COLUMNS_GIVING_WAY = ['ip', 'category', 'impersonator'];

const EXACT = { dateStyle: 'medium', timeStyle: 'medium' } as const;
const SHOWN = { dateStyle: 'medium', timeStyle: 'short' } as const;
const SHORT = { dateStyle: 'short', timeStyle: 'short' } as const;

/**
 * The activity grid's columns: time (exact, relative below), actor (name, kind below),
 * impersonator, IP address, action (in words, its parameters below) and category. Time sorts.
 * Server data is text only.
 */
export function activityColumns({
  t,
  locale,
  sort,
  width = Infinity,
}: ActivityColumnsView): GridColumn<ActivityEntry>[] {
  let compact = false;
  let hidden = new Set<string>();
  const actor = (entry: ActivityEntry) =>
    html`<span class="primary" title=${entry.actor.id}>${entry.actor.name}</span
      ><span class="secondary">${enumLabel(t, ACTOR_TYPE_KEYS, entry.actor.type)}</span>`;
  const impersonatedBy = (entry: ActivityEntry) =>
    entry.impersonator
      ? html`<span class="impersonated">${t.activityImpersonatedBy({ name: entry.impersonator.name })}</span>`
      : nothing;
  let columns: GridColumn<ActivityEntry>[] = [
    {
      id: 'time',
      sortKey: 'at',
      header: () => t.activityColumnTime,
      width: 'minmax(13.5rem, 1fr)',
      minWidth: 13.5,
      sort: sortDirectionOf(sort, 'at'),
      cell: (entry) =>
        html`<time
            class="primary"
            datetime=${entry.at}
            title=${formatDateTime(locale, entry.at, EXACT)}
            >${formatDateTime(locale, entry.at, compact ? SHORT : SHOWN)}</time
          ><span class="secondary">${compact ? entry.actor.name : formatRelativeTime(locale, entry.at)}</span>`,
    },
    {
      id: 'actor',
      header: () => t.activityColumnActor,
      width: 'minmax(10rem, 1.2fr)',
      minWidth: 10,
      cell: actor,
    },
    {
      id: 'impersonator',
      header: () => t.activityColumnImpersonator,
      width: 'minmax(9rem, 1fr)',
      minWidth: 9,
      cell: (entry) =>
        entry.impersonator
          ? html`<span class="impersonator" title=${entry.impersonator.id}>${entry.impersonator.name}</span>`
          : html`<span class="muted"><span aria-hidden="true">—</span
              ><span class="visually-hidden">${t.activityNone}</span></span>`,
    },
    {
      id: 'ip',
      header: () => t.activityColumnIp,
      width: 'minmax(9rem, 0.8fr)',
      minWidth: 9,
      cell: (entry) =>
        entry.ip
          ? html`<span class="ip">${entry.ip}</span>`
          : html`<span class="muted">${t.activityNone}</span>`,
    },
    {
      id: 'action',
      header: () => t.activityColumnAction,
      width: 'minmax(12rem, 2.5fr)',
      minWidth: 12,
      cell: (entry) => {
        const params = parametersText(entry.parameters);
        const secondary = [
          hidden.has('impersonator') ? impersonatedBy(entry) : nothing,
          params ? html`<span title=${params}>${params}</span>` : nothing,
        ];
        return html`<span class="primary" title=${entry.action}
            >${actionLabel(t, entry.action) ?? entry.action}</span
          ><span class="secondary">${secondary}</span>`;
      },
    },
    {
      id: 'category',
      header: () => t.activityColumnCategory,
      width: 'minmax(7.5rem, 0.7fr)',
      minWidth: 7.5,
      cell: (entry) =>
        html`<span
          class="badge"
          data-category=${entry.category}
          >${enumLabel(t, CATEGORY_KEYS, entry.category)}</span
        >`,
    },
  ];
  const room = width - 0.125; // the grid's borders, 1px each side
  const all = columns;
  columns = fitColumns(columns, room, ACTIVITY_COLUMNS_GIVING_WAY);
  hidden = new Set(all.filter((c) => !columns.includes(c)).map((c) => c.id));
  if (fits(columns, room)) return columns;
  // Compact: two narrower columns whose cells say more (they render after this).
  compact = true;
  hidden.add('impersonator');
  const narrow = { time: 8, action: 10 } as Record<string, number>;
  return columns.flatMap((column) => {
    const min = narrow[column.id];
    return min ? [{ ...column, minWidth: min, width: `minmax(${min}rem, 1fr)` }] : [];
  });
}
