import { css } from 'lit';

/**
 * `<quota-editor>` on top of `baseStyles` (its own field and error styles: the list widgets'
 * `uiStyles` carry chips and toolbars it does not need). The layout follows
 * the editor's own width (a container query), not the viewport's: below 46rem each row becomes a
 * block of labelled lines (the cells' `data-label`), so it fits a narrow tab panel or a phone.
 *
 * - `.meter`: the bar is decoration (`aria-hidden`); its value is the text beside it and the
 *   meter's `aria-valuetext`, so colour never carries it alone.
 * - `.stepper`: − field + unit as one control; the steppers are pointer targets (keyboard users
 *   have Arrow Up/Down in the field).
 */
export const quotaEditorStyles = [
  css`
    :host {container-type: inline-size;}
    p {margin: 0;}
    .input {min-block-size: var(--_control-size); padding-block: var(--_space-xs); padding-inline: var(--_space-s); border: 1px solid var(--_color-border); border-radius: var(--_radius-s); background: var(--_color-surface); color: var(--_color-text); font: inherit;}
    .input[aria-invalid='true'] {border-color: var(--_color-danger);}
    .field-error {color: var(--_color-danger);}
    .load-error {display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-s); color: var(--_color-danger);}
    .quota-form {display: grid; gap: var(--_space-m);}
    .table-wrap {overflow-x: auto;}
    .quota-table {inline-size: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums;}
    .quota-table th, .quota-table td {padding-block: var(--_space-s); padding-inline: var(--_space-s); border-block-end: 1px solid var(--_color-border); text-align: start; vertical-align: middle;}
    .quota-table thead th {color: var(--_color-text-muted); font-size: var(--_font-size-s); font-weight: var(--_font-weight-strong); white-space: nowrap;}
    .quota-table .number {text-align: end; white-space: nowrap;}
    .quota-row[data-edited] {background: var(--_color-surface-sunken);}
    .resource {font-weight: var(--_font-weight-strong);}
    .resource > span:first-child {display: block;}
    .edited {display: inline-block; margin-block-start: var(--_space-2xs); padding-inline: var(--_space-xs); border-radius: var(--_radius-pill); background: var(--_color-status-blue); color: var(--_color-status-blue-text); font-size: var(--_font-size-s);}
    .meter {display: grid; gap: var(--_space-2xs); min-inline-size: 8rem;}
    .meter-track {display: block; block-size: 0.5rem; border-radius: var(--_radius-pill); background: var(--_color-skeleton); overflow: hidden;}
    .meter-fill {display: block; block-size: 100%; background: var(--_color-accent);}
    .meter[data-level='high'] .meter-fill {background: var(--_color-status-amber-text);}
    .meter[data-level='over'] .meter-fill {background: var(--_color-status-red-text);}
    .meter-text, .meter-none, .was, .hint {color: var(--_color-text-muted); font-size: var(--_font-size-s);}
    .meter[data-level='over'] .meter-text {color: var(--_color-status-red-text);}
    .limit-field {display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-xs) var(--_space-m);}
    .stepper {display: inline-flex; align-items: center; gap: var(--_space-2xs);}
    .stepper[hidden] {display: none;}
    .stepper .input {inline-size: 8.5rem; text-align: end; font-variant-numeric: tabular-nums;}
    .step {min-inline-size: var(--_control-size); min-block-size: var(--_control-size); border: 1px solid var(--_color-border); border-radius: var(--_radius-s); background: var(--_color-surface); color: var(--_color-text); font: inherit; font-size: var(--_font-size-l); cursor: pointer;}
    .step:disabled {cursor: not-allowed; opacity: 0.5;}
    .unit {min-inline-size: 2rem; color: var(--_color-text-muted);}
    .switch {display: inline-flex; align-items: center; gap: var(--_space-xs); white-space: nowrap;}
    .switch input {inline-size: 1.1rem; block-size: 1.1rem; accent-color: var(--_color-accent);}
    .field-error, .field-warning {margin-block-start: var(--_space-2xs); font-size: var(--_font-size-s);}
    .field-warning {padding-inline: var(--_space-xs); border-radius: var(--_radius-s); background: var(--_color-status-amber); color: var(--_color-status-amber-text);}
    .row-actions {white-space: nowrap;}
    .button.small {min-block-size: 1.9rem; padding-inline: var(--_space-s); font-size: var(--_font-size-s);}
    .toolbar {display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-s) var(--_space-l); margin: 0;}
    .toolbar .buttons {display: flex; flex-wrap: wrap; gap: var(--_space-s); margin-inline-start: auto;}
    .summary {font-weight: var(--_font-weight-strong);}
    .problems {color: var(--_color-danger);}
    .notice {padding: var(--_space-m); border-radius: var(--_radius-m); background: var(--_color-surface-sunken);}
    .notice .button[aria-disabled='true'] {margin-inline-start: auto;}
    @container (max-width: 46rem) {.quota-table thead {position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%);}
    .quota-table, .quota-table tbody, .quota-row, .quota-row > th, .quota-row > td {display: block;}
    .quota-row {padding-block: var(--_space-s); border-block-end: 1px solid var(--_color-border);}
    .quota-row > th, .quota-row > td {display: grid; grid-template-columns: 5.5rem 1fr; gap: var(--_space-s); padding-block: var(--_space-2xs); border: 0; text-align: start;}
    .quota-row > th {display: block; font-size: var(--_font-size-l);}
    .quota-row > td::before {content: attr(data-label); color: var(--_color-text-muted); font-size: var(--_font-size-s);}
    .quota-row > td.row-actions {display: flex; gap: var(--_space-s);}
    .quota-row > td.row-actions::before {content: none;}
    .quota-table .number {text-align: start;}
    .stepper .input {inline-size: 5.5rem;}
    }
  `,
];
