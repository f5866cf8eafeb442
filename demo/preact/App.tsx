/** @jsxImportSource preact */
import type {} from 'civic-widgets/preact'; // the widget tags in JSX: typed props and events
import type { CivicSelectEvent, RankedUnit } from 'civic-widgets/leaderboard';
import { useState } from 'preact/hooks';
import { describeUnit, units } from '../shared/units.ts';

export function App() {
  const [picked, setPicked] = useState<RankedUnit>();
  const onSelect = (event: CivicSelectEvent<RankedUnit>) => setPicked(event.detail);
  return (
    <main>
      <h1>单位排行榜 · Preact</h1>
      {/* Preact sets known properties (`data`, `limit`) and listens to `on` + event name. */}
      <civic-unit-leaderboard
        data={units}
        limit={6}
        metric="参与人次"
        theme="light"
        oncivic-select={onSelect}
      />
      <p class="drill-down" aria-live="polite">
        {picked ? describeUnit(picked) : '点击一个单位查看详情'}
      </p>
    </main>
  );
}
