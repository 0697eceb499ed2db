import { expect, test, type APIRequestContext } from "@playwright/test";

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(body: Buffer): string | null {
  if (!body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

async function fetchOk(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return { type: response.headers()["content-type"] ?? "", body: await response.body() };
}

test("the browser's first request, /favicon.ico, is an icon", async ({ request }) => {
  const { type, body } = await fetchOk(request, "/favicon.ico");
  expect(type).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  // ICONDIR: reserved 0, type 1 (icon), then the number of images, each a PNG here.
  expect(body.readUInt16LE(0)).toBe(0);
  expect(body.readUInt16LE(2)).toBe(1);
  const count = body.readUInt16LE(4);
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i;
    const [size, offset] = [body.readUInt32LE(entry + 8), body.readUInt32LE(entry + 12)];
    const width = body.readUInt8(entry) || 256;
    expect(pngSize(body.subarray(offset, offset + size))).toBe(`${width}x${width}`);
  }
});

test("every page links a web app manifest that makes the app installable", async ({ page, request }) => {
  await page.goto("/signin");
  const head = page.locator("head");
  const href = (selector: string) => head.locator(selector).first().getAttribute("href");
  const manifestUrl = await href('link[rel="manifest"]');
  expect(manifestUrl).toBeTruthy();
  await expect(head.locator('meta[name="theme-color"]')).not.toHaveCount(0);

  const { type, body } = await fetchOk(request, manifestUrl!);
  expect(type).toMatch(/^application\/(manifest\+)?json/);
  const manifest = JSON.parse(body.toString()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
  };
  expect(manifest).toMatchObject({ name: "Todo Chat", short_name: "Todo Chat", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect((await request.get(manifest.start_url, { maxRedirects: 0 })).status()).toBeLessThan(400);
  // What Chromium requires to offer installation: PNG icons of 192 and 512 pixels.
  const pngs = manifest.icons.filter((icon) => icon.type === "image/png").map((icon) => icon.sizes);
  expect(pngs).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const fetched = await fetchOk(request, icon.src);
    expect(fetched.type, icon.src).toContain(icon.type);
    if (icon.type === "image/png") expect(pngSize(fetched.body), icon.src).toBe(icon.sizes);
    else expect(fetched.body.toString(), icon.src).toContain("<svg");
  }

  // And the icons the page names itself: the SVG favicon and the home-screen icon for iOS.
  for (const selector of ['link[rel="icon"][type="image/svg+xml"]', 'link[rel="apple-touch-icon"]']) {
    const url = await href(selector);
    expect(url, selector).toBeTruthy();
    await fetchOk(request, url!);
  }
});
