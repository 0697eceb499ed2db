import type { Page, TestInfo } from "@playwright/test";

/** Saves the screen as it is, at desktop width and at a 375 px phone width, as test artifacts. */
export async function screens(page: Page, testInfo: TestInfo, name: string) {
  const desktop = page.viewportSize();
  await page.screenshot({ path: testInfo.outputPath(`${name}-desktop.png`) });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-phone.png`) });
  if (desktop) await page.setViewportSize(desktop);
}
