import { defineElement } from '../base/define.ts';
import { QuotaEditor } from '../quota-editor/quota-editor.ts';
import './clientele-state.ts';

defineElement('quota-editor', QuotaEditor);

declare global {
  interface HTMLElementTagNameMap {
    'quota-editor': QuotaEditor;
  }
}
