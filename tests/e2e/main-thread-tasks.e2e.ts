import { describe, expect, it } from 'vitest';
import { describeTask, traceMainThreadTasks } from '../support/main-thread-tasks';
import { useDemoDesk } from '../support/demo-desk';
import { overlay } from '../support/browser';

// The tests that say "no long task" pass when the trace sees nothing: this proves it sees a task that is long.
describe('the main-thread trace the long-task checks rely on', () => {
  const desk = useDemoDesk();

  it("sees one page task's CPU time however loaded the machine", async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await overlay(page).locator('[data-entry-id]').first().waitFor();
    const trace = await traceMainThreadTasks(page);
    // A fixed amount of work, not a span of wall time: a descheduled loop of 80 ms wall may do 20 ms of work.
    // 3e8 dependent multiplications take well over 50 ms of CPU on any machine (about 450 ms here).
    await page.evaluate(() => {
      let x = 1;
      for (let i = 0; i < 3e8; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
      return x;
    });
    const tasks = await trace.stop();
    const long = tasks.filter((t) => t.cpuMs > 50);
    console.log(`burning task: ${long.map(describeTask).join(', ')}; ${tasks.length} main-thread tasks in all`);
    expect(long.length).toBeGreaterThanOrEqual(1);
    expect(long[0].wallMs).toBeGreaterThanOrEqual(long[0].cpuMs);
  });
});
