import { css } from 'lit';
import { dialogStyles } from '../ui/confirm-dialog.styles.ts';

/** The dialogs, the change list, the force confirmation, the conflict view and the requests. */
export const quotaDialogStyles = [
  dialogStyles,
  css`
    .changes {
      margin: 0;
      padding-inline-start: var(--_space-l);
      font-variant-numeric: tabular-nums;
    }
    .changes li + li {
      margin-block-start: var(--_space-2xs);
    }
    .below-mark {
      color: var(--_color-status-amber-text);
    }
    .force {
      display: grid;
      gap: var(--_space-2xs);
      padding: var(--_space-s);
      border-radius: var(--_radius-s);
      background: var(--_color-status-amber);
      color: var(--_color-status-amber-text);
    }
    .force .hint {
      color: inherit;
    }
    .check {
      display: flex;
      gap: var(--_space-xs);
      align-items: start;
      font-weight: var(--_font-weight-strong);
    }
    .conflict,
    .requests {
      display: grid;
      gap: var(--_space-s);
      margin-block-end: var(--_space-m);
      padding: var(--_space-m);
      border: 1px solid var(--_color-status-amber-text);
      border-radius: var(--_radius-m);
      background: var(--_color-status-amber);
      color: var(--_color-status-amber-text);
    }
    .requests {
      border-color: var(--_color-status-blue-text);
      background: var(--_color-status-blue);
      color: var(--_color-status-blue-text);
    }
    .conflict-title,
    .requests-title {
      margin: 0;
      font-size: var(--_font-size-l);
    }
    .conflict-table {
      border-collapse: collapse;
      background: var(--_color-surface);
      color: var(--_color-text);
      font-variant-numeric: tabular-nums;
    }
    .conflict-table th,
    .conflict-table td {
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_color-border);
      text-align: start;
    }
    .conflict-table .changed {
      font-weight: var(--_font-weight-strong);
    }
    .muted {
      color: var(--_color-text-muted);
    }
    .conflict .buttons,
    .request .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    .request-list {
      display: grid;
      gap: var(--_space-s);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .request {
      display: grid;
      gap: var(--_space-xs);
      padding: var(--_space-s);
      border-radius: var(--_radius-s);
      background: var(--_color-surface);
      color: var(--_color-text);
    }
    .request .changes {
      padding-inline-start: var(--_space-l);
    }
    .request-meta {
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
    .form-field {
      display: grid;
      gap: var(--_space-2xs);
    }
    .form-field label {
      font-weight: var(--_font-weight-strong);
    }
    .form-field textarea {
      inline-size: 100%;
      min-block-size: 5rem;
      resize: vertical;
    }
  `,
];
