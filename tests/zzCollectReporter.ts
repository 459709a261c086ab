import type { Reporter, TestModule } from 'vitest/node';
export default class CollectReporter implements Reporter {
  rows: [number, number, string][] = [];
  onTestModuleEnd(m: TestModule) {
    const d = m.diagnostic();
    this.rows.push([Math.round(d.collectDuration), Math.round(d.prepareDuration), m.moduleId.replace(/.*\/tests\//, '')]);
  }
  async onTestRunEnd() {
    this.rows.sort((a, b) => b[0] - a[0]);
    const sum = this.rows.reduce((s, r) => s + r[0], 0);
    (await import('node:fs')).writeFileSync('/tmp/collect.txt', `sum ${sum}\n` + this.rows.map((r) => r.join(' ')).join('\n'));
  }
}
