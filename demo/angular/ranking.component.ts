import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { CivicSelectEvent, RankedUnit } from 'civic-widgets/leaderboard';
import { describeUnit, units } from '../shared/units.ts';

@Component({
  selector: 'app-ranking',
  // The civic-* tags are custom elements; `[data]` binds the property, `(civic-select)` the
  // event, typed by the element's own addEventListener under strict templates.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>单位排行榜 · Angular</h1>
      <civic-unit-leaderboard
        [data]="units"
        [limit]="6"
        metric="参与人次"
        theme="light"
        (civic-select)="onSelect($event)"
      ></civic-unit-leaderboard>
      <p class="drill-down" aria-live="polite">
        {{ picked() ? describe(picked()!) : '点击一个单位查看详情' }}
      </p>
    </main>
  `,
})
export class RankingComponent {
  protected readonly units = units;
  protected readonly picked = signal<RankedUnit | undefined>(undefined);
  protected readonly describe = describeUnit;

  onSelect(event: CivicSelectEvent<RankedUnit>): void {
    this.picked.set(event.detail);
  }
}
