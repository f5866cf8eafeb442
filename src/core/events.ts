import type { CivicErrorDetail } from '../data/errors.js';

const init = { bubbles: true, composed: true } as const;

/** Fired when a widget has shown new data; `detail` is the widget's model. */
export class CivicLoadEvent<Model = unknown> extends CustomEvent<Model> {
  static readonly type = 'civic-load';
  constructor(detail: Model) {
    super(CivicLoadEvent.type, { ...init, detail });
  }
}

/** Fired when data could not be fetched or read; `detail.kind` says which fault it was. */
export class CivicErrorEvent extends CustomEvent<CivicErrorDetail> {
  static readonly type = 'civic-error';
  constructor(detail: CivicErrorDetail) {
    super(CivicErrorEvent.type, { ...init, detail });
  }
}

/** Fired when a person picks an item (click or Enter); `detail` is the item. */
export class CivicSelectEvent<Item = unknown> extends CustomEvent<Item> {
  static readonly type = 'civic-select';
  constructor(detail: Item) {
    super(CivicSelectEvent.type, { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-load': CivicLoadEvent;
    'civic-error': CivicErrorEvent;
    'civic-select': CivicSelectEvent;
  }
}
