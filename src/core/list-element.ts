import { css } from 'lit';
import { adaptRows } from '../data/adapt/index.js';
import type { AdaptOptions, RowSchema } from '../data/adapt/types.js';
import type { Adapted } from '../data/data-controller.js';
import { CivicElement } from './civic-element.js';

/**
 * What the list widgets (leaderboard, timeline) share on top of CivicElement: the model is a
 * list of rows read with the widget's schema, empty when it has none, and a column layout
 * whose toolbar sits above a list that scrolls inside the widget.
 */
export abstract class CivicListElement<Row> extends CivicElement<Row[]> {
  static override styles = [
    ...CivicElement.styles,
    css`
      .base {
        display: flex;
        flex-direction: column;
        overflow: hidden;
      }
      .toolbar {
        display: flex;
        align-items: center;
        gap: var(--_c-space);
        padding: calc(var(--_c-space) / 2) var(--_c-space);
      }
    `,
  ];

  /** The fields of a row, with the names other backends commonly use for them. */
  protected abstract readonly rowSchema: RowSchema;

  protected override adapt(body: unknown, options: AdaptOptions): Adapted<Row[]> {
    const { rows, issues, skipped } = adaptRows<Row>(body, this.rowSchema, options);
    return { model: rows, issues, skipped };
  }

  protected override isEmpty(model: Row[]): boolean {
    return model.length === 0;
  }
}
