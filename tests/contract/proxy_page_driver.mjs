// Drives the development page of `corti-interactions proxy` in headless Chromium (Debian's
// /usr/bin/chromium, through playwright-core), for tests/verify/test_proxy_browser.py.
//
// Usage: node proxy_page_driver.mjs  (config JSON on stdin)
// Config: {pageUrl, token, socket: "transcribe" | "streams", interactionId, configuration
//          (replaces the page's default), file, chromium, microphone}
// With `microphone: true` the page's Microphone button is used instead of a file: Chromium's
// fake capture device (a beep) stands in for a microphone, its permission prompt answered
// yes; Stop is clicked once a transcript shows (or after 20 s).
// Output: one JSON line: {transcripts: [...], facts: [...], log: [...]} once the page shows
// the socket closed (or after 30 s).
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const config = JSON.parse(readFileSync(0, "utf8"));
const browser = await chromium.launch({
    executablePath: config.chromium ?? "/usr/bin/chromium",
    headless: true,
    args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        ...(config.microphone
            ? ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
            : []),
    ],
});
try {
    const page = await browser.newPage();
    await page.goto(config.pageUrl);
    await page.selectOption("#socket", config.socket);
    if (config.configuration) {
        await page.fill("#config", JSON.stringify(config.configuration));
    }
    if (config.interactionId) {
        await page.fill("#interaction", config.interactionId);
    }
    await page.fill("#token", config.token);
    if (config.microphone) {
        await page.click("#mic");
        await page.waitForSelector("#transcript .transcript", { timeout: 20000 }).catch(() => {});
        await page.click("#stop", { timeout: 5000 }).catch(() => {});
    } else {
        await page.setInputFiles("#file", config.file);
        await page.uncheck("#realtime");
        await page.click("#send-file");
    }
    await page.waitForSelector("#log .closed", { timeout: 30000 }).catch(() => {});
    const texts = (selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent));
    const result = {
        transcripts: await texts("#transcript .transcript"),
        facts: await texts("#facts .fact"),
        log: await texts("#log div"),
    };
    process.stdout.write(JSON.stringify(result) + "\n");
} finally {
    await browser.close();
}
