/**
 * Everything `<quota-editor>` loads on first use, as one chunk: the dialogs with the conflict
 * view, and the change requests (a page that shows the editor soon needs both; one chunk shares
 * the dialog, the change list and the messages without a further request).
 */
export { QuotaDialogs } from './quota-dialogs.ts';
export { quotaPartsText } from './quota-parts-text.ts';
export { QuotaRequests } from './quota-requests.ts';
