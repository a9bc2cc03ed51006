// Corti's own browser-side proxy client, `CortiWebSocketProxyClient` (@corti/sdk 1.0.0),
// through `corti-interactions proxy`, for tests/verify/test_proxy_browser.py.
//
// Usage: node corti_proxy_oracle.mjs  (config JSON on stdin)
// Config: {runs: [{name, socket: "stream" | "transcribe", url, token, configuration,
//          chunks, chunkBytes}]}
// Each run connects with {proxy: {url, queryParameters: {"proxy-auth-token": token}}} (the
// SDK waits for CONFIG_ACCEPTED), sends `chunks` binary chunks, flushes, ends, and waits for
// ENDED/ended. Output: one JSON line per run: {name, ok, messages, error}.
import { readFileSync } from "node:fs";
import { CortiWebSocketProxyClient } from "@corti/sdk";

const config = JSON.parse(readFileSync(0, "utf8"));

function waitFor(messages, types, seconds = 15) {
    const deadline = Date.now() + seconds * 1000;
    return new Promise((resolve, reject) => {
        const poll = () => {
            if (messages.some((m) => types.includes(m.type))) resolve();
            else if (Date.now() > deadline) reject(new Error(`no ${types.join("/")} within ${seconds} s`));
            else setTimeout(poll, 10);
        };
        poll();
    });
}

function within(promise, seconds, what) {
    return Promise.race([
        promise,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${seconds} s`)), seconds * 1000)),
    ]);
}

async function run(spec) {
    const options = {
        proxy: { url: spec.url, queryParameters: { "proxy-auth-token": spec.token } },
        configuration: spec.configuration,
        reconnectAttempts: 0,
    };
    const client = spec.socket === "stream" ? CortiWebSocketProxyClient.stream : CortiWebSocketProxyClient.transcribe;
    const messages = [];
    let socket;
    try {
        socket = await within(client.connect(options), 15, "connect");
        socket.on("message", (message) => messages.push(message));
        for (let i = 0; i < (spec.chunks ?? 0); i += 1) {
            socket.sendAudio(new Uint8Array(spec.chunkBytes ?? 32000).fill(1));
        }
        socket.sendFlush({ type: "flush" });
        await waitFor(messages, ["flushed"]);
        socket.sendEnd({ type: "end" });
        await waitFor(messages, ["ENDED", "ended"]);
        return { name: spec.name, ok: true, messages };
    } catch (error) {
        return { name: spec.name, ok: false, messages, error: String(error?.message ?? error) };
    } finally {
        try {
            socket?.close();
        } catch {}
    }
}

for (const spec of config.runs) {
    process.stdout.write(JSON.stringify(await run(spec)) + "\n");
}
process.exit(0);
