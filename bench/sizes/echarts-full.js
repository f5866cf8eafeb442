// @ts-check
// Everything: `import * as echarts from 'echarts'`.
import * as echarts from 'echarts';

export { echarts };
