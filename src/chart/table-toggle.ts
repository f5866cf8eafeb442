import { html, type TemplateResult } from 'lit';

export interface TableToggleOptions {
  /** The id of the table it shows or hides. */
  controls: string;
  expanded: boolean;
  /** What pressing it does, in the page's language ("显示数据表", "查看全部 27 类"). */
  label: string;
  onToggle: () => void;
}

/** The button beside a chart's data table that shows it, or more of it. */
export function renderTableToggle(o: TableToggleOptions): TemplateResult {
  return html`<button
    part="toggle"
    class="toggle"
    type="button"
    aria-controls=${o.controls}
    aria-expanded=${o.expanded ? 'true' : 'false'}
    @click=${o.onToggle}
  >
    ${o.label}
  </button>`;
}
