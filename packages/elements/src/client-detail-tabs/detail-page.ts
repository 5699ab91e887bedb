/**
 * What `<client-detail-tabs>` shows once the client has loaded and its first paint (the loading
 * state) does not need: the header with its facts' formatters and status labels, and the action
 * buttons. A chunk of its own (`clientDetailParts.page`), which the define module starts loading
 * as the tag is registered, so that it is in before the client's request answers.
 */
export { renderHeader } from './client-header.ts';
export { renderHeaderActions } from './header-actions.ts';
