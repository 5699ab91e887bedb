import { remember } from '../base/lazy.ts';

/**
 * The parts of `<ticket-list>` its first paint does not need, each loaded by a relative
 * dynamic `import()` (a host's bundler makes chunks of them; the published dist keeps them as
 * modules beside the list's): the grid, with the first page, the filter controls, as soon as
 * the list connects, the
 * "open a ticket" form on first use, and the URL state for a list with `url-state`. One
 * object, so a test can make a load fail. The grid's loader keeps its module, so a list added
 * after it loaded makes its grid in its first update.
 */
export const ticketListParts = {
  /** The selects, quick filters and chips, and the departments they load. */
  filters: () => import('./ticket-filters.ts'),
  /** The form, with its own messages in the widget's language (English if those fail). */
  form: (locale?: string) =>
    import('./ticket-form.ts').then(async (form) => {
      await form.ticketFormText.load(locale).catch(() => undefined);
      return form;
    }),
  /** The grid and its columns, loaded with the first page. */
  grid: remember(() => import('./ticket-grid.ts')),
  /** `url-state`: the list state in the page URL. */
  url: () => import('./ticket-url.ts'),
};
