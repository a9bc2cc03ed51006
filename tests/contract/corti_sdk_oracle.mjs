// Drives Corti's own JavaScript SDK (@corti/sdk, pinned in package.json) against a
// Corti-compatible service, for tests/verify/test_corti_sdk.py. No dependency besides the SDK.
//
// Usage: node corti_sdk_oracle.mjs [config.json | -]    (no argument or "-": config on stdin)
//
// Config (JSON):
//   environment  {base, wss, login, agents}: the SDK's environment object (URLs)
//   tenantName   the tenant (also the OAuth realm)
//   auth         {clientId, clientSecret}: the SDK's own client-credentials flow
//   maxRetries, timeoutInSeconds   optional client options (the SDK's defaults otherwise)
//   scenarios    [{name, steps: [step, ...]}], run in order with one client (one token cache)
// Steps:
//   {op: "create", request}            {op: "get", id}            {op: "delete", id}
//   {op: "update", id, request}        (request omitted: the SDK's default, {})
//   {op: "list", request, mode: "pages" | "iterate", maxPages: 20, maxItems: 1000}
//     "pages" walks the SDK's Page with hasNextPage()/getNextPage(); "iterate" uses
//     `for await` over it. Both stop where the SDK stops (after an empty page) or at the cap.
//   {op: "stream", id, configuration, chunks, chunkBytes}  /  {op: "transcribe", configuration, ...}
//     connect with the config (the SDK waits for CONFIG_ACCEPTED), send `chunks` binary
//     chunks of `chunkBytes` zero bytes, flush and wait for `flushed`, end and wait for
//     ENDED/ended; data: {messages, readyState} (every message the socket delivered).
//   {op: "call", resource: "documents", method: "create", args: [...]}: any other method,
//     `client.<resource>.<method>(...args)` (a dotted resource for a nested one); a
//     `core.BinaryResponse` answer is read whole and given as {"$bytes": base64, length}.
//   In requests, {"$date": "<ISO 8601>"} becomes a JS Date: the SDK takes Date objects for
//   date-time fields (a string there is refused by the SDK before anything is sent), and
//   {"$bytes": "<base64>"} a Buffer (an upload's bytes).
//
// Output: one JSON line per scenario on stdout:
//   {name, steps: [{op, ok, status, data, dates} | {op, ok: false, error}], wire, warnings}
//   data: what the SDK returned, made JSON (Date objects as ISO strings; `dates` lists the
//   paths that were Date objects); error: {class, statusCode, body, message, errors};
//   wire: every HTTP request the SDK made during the scenario (method, url, path, query,
//   headers with the bearer token and client secret masked, body, status);
//   warnings: what the SDK printed with console.warn (its lenient response parsing logs
//   "Failed to validate." there when a response does not match its schema).
import { readFileSync } from "node:fs";
import { CortiClient } from "@corti/sdk";

function readConfig() {
    const arg = process.argv[2];
    const text = arg && arg !== "-" ? readFileSync(arg, "utf8") : readFileSync(0, "utf8");
    return JSON.parse(text);
}

/** JSON from the test -> SDK input: {"$date": "..."} becomes a Date. */
function revive(value) {
    if (Array.isArray(value)) {
        return value.map(revive);
    }
    if (value !== null && typeof value === "object") {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === "$date") {
            return new Date(value.$date);
        }
        if (keys.length === 1 && keys[0] === "$bytes") {
            return Buffer.from(value.$bytes, "base64");
        }
        return Object.fromEntries(keys.map((key) => [key, revive(value[key])]));
    }
    return value;
}

/** SDK output -> JSON, noting where it handed back Date objects. */
function plain(value, dates = [], path = "") {
    if (value instanceof Date) {
        dates.push(path);
        return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    }
    if (Array.isArray(value)) {
        return value.map((item, i) => plain(item, dates, `${path}[${i}]`));
    }
    if (value !== null && typeof value === "object") {
        const out = {};
        for (const [key, item] of Object.entries(value)) {
            if (item !== undefined) {
                out[key] = plain(item, dates, path ? `${path}.${key}` : key);
            }
        }
        return out;
    }
    return value === undefined ? null : value;
}

function describeError(error) {
    const described = {
        class: error?.constructor?.name ?? typeof error,
        statusCode: error?.statusCode ?? null,
        body: plain(error?.body ?? null),
        message: String(error?.message ?? error),
    };
    if (Array.isArray(error?.errors)) {
        described.errors = error.errors; // JsonError / ParseError: [{path, message}]
    }
    return described;
}

function maskHeaders(headers) {
    const out = Object.fromEntries(new Headers(headers ?? {}).entries());
    if ("authorization" in out) {
        out.authorization = /^bearer /i.test(out.authorization) ? "Bearer ***" : "***";
    }
    return out;
}

function describeBody(body, contentType) {
    if (body == null) {
        return null;
    }
    if (typeof body !== "string") {
        return `<${body.constructor?.name ?? typeof body}>`;
    }
    if ((contentType ?? "").startsWith("application/x-www-form-urlencoded")) {
        const form = Object.fromEntries(new URLSearchParams(body));
        if ("client_secret" in form) {
            form.client_secret = "***";
        }
        return { form, raw: body.replace(/(client_secret=)[^&]*/, "$1***") };
    }
    try {
        return { json: JSON.parse(body), raw: body };
    } catch {
        return { raw: body };
    }
}

const wire = [];

/** The SDK's `fetch` option: the global fetch, with every request written down. */
async function recordingFetch(input, init = {}) {
    const url = new URL(typeof input === "string" ? input : input.url);
    const headers = maskHeaders(init.headers);
    const entry = {
        method: init.method ?? "GET",
        url: url.href.replace(/(client_secret=)[^&]*/, "$1***"),
        path: url.pathname,
        rawQuery: url.search.replace(/^\?/, ""),
        query: [...url.searchParams.entries()],
        headers,
        body: describeBody(init.body, headers["content-type"]),
        status: null,
    };
    wire.push(entry);
    try {
        const response = await fetch(input, init);
        entry.status = response.status;
        return response;
    } catch (error) {
        entry.error = String(error?.message ?? error);
        throw error;
    }
}

async function listStep(client, step) {
    const request = revive(step.request ?? {});
    const page = await client.interactions.list(request);
    const statuses = [page.rawResponse.status];
    if ((step.mode ?? "pages") === "iterate") {
        const maxItems = step.maxItems ?? 1000;
        const items = [];
        let truncated = false;
        for await (const item of page) {
            items.push(item);
            if (items.length >= maxItems) {
                truncated = true;
                break;
            }
        }
        return { status: statuses[0], value: { items, truncated } };
    }
    const maxPages = step.maxPages ?? 20;
    const pages = [page.data];
    let truncated = false;
    while (page.hasNextPage()) {
        if (pages.length >= maxPages) {
            truncated = true;
            break;
        }
        await page.getNextPage();
        pages.push(page.data);
        statuses.push(page.rawResponse.status);
    }
    return { status: statuses, value: { pages, items: pages.flat(), truncated } };
}

/** Resolves once `messages` holds one of `types` (rejects after `seconds`). */
function waitFor(messages, types, seconds = 15) {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
            const found = messages.find((m) => types.includes(m?.type));
            if (found) {
                resolve(found);
            } else if (Date.now() - started > seconds * 1000) {
                reject(new Error(`no ${types.join("/")} within ${seconds} s`));
            } else {
                setTimeout(poll, 10);
            }
        };
        poll();
    });
}

async function socketStep(client, step) {
    const args = { configuration: step.configuration, reconnectAttempts: 0 };
    const socket =
        step.op === "stream"
            ? await client.stream.connect({ id: step.id, ...args })
            : await client.transcribe.connect(args);
    const messages = [];
    socket.on("message", (message) => messages.push(message));
    for (let i = 0; i < (step.chunks ?? 0); i += 1) {
        socket.sendAudio(new Uint8Array(step.chunkBytes ?? 32000));
    }
    if (step.audio) {
        // a real file (base64), sent in chunkBytes slices as Corti's own live test sends an MP3
        const audio = Buffer.from(step.audio, "base64");
        for (let at = 0; at < audio.length; at += step.chunkBytes ?? 60000) {
            socket.sendAudio(new Uint8Array(audio.subarray(at, at + (step.chunkBytes ?? 60000))));
        }
    }
    socket.sendFlush({ type: "flush" });
    await waitFor(messages, ["flushed"]);
    socket.sendEnd({ type: "end" });
    await waitFor(messages, ["ENDED", "ended"]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const readyState = socket.readyState;
    socket.close();
    return { status: null, value: { messages, readyState } };
}

async function runStep(client, step) {
    const interactions = client.interactions;
    switch (step.op) {
        case "create": {
            const { data, rawResponse } = await interactions.create(revive(step.request)).withRawResponse();
            return { status: rawResponse.status, value: data };
        }
        case "get": {
            const { data, rawResponse } = await interactions.get(step.id).withRawResponse();
            return { status: rawResponse.status, value: data };
        }
        case "update": {
            const call =
                step.request === undefined
                    ? interactions.update(step.id)
                    : interactions.update(step.id, revive(step.request));
            const { data, rawResponse } = await call.withRawResponse();
            return { status: rawResponse.status, value: data };
        }
        case "delete": {
            const { data, rawResponse } = await interactions.delete(step.id).withRawResponse();
            return { status: rawResponse.status, value: data };
        }
        case "list":
            return listStep(client, step);
        case "stream":
        case "transcribe":
            return socketStep(client, step);
        case "call": {
            let target = client;
            for (const name of step.resource.split(".")) {
                target = target[name];
            }
            const { data, rawResponse } = await target[step.method](...revive(step.args ?? [])).withRawResponse();
            if (data !== null && typeof data === "object" && typeof data.arrayBuffer === "function") {
                const bytes = Buffer.from(await data.arrayBuffer()); // core.BinaryResponse
                return { status: rawResponse.status, value: { $bytes: bytes.toString("base64"), length: bytes.length } };
            }
            return { status: rawResponse.status, value: data };
        }
        default:
            throw new Error(`unknown op ${JSON.stringify(step.op)}`);
    }
}

async function main() {
    const config = readConfig();
    const warnings = [];
    console.warn = (...args) => warnings.push(args.map(String).join(" "));
    const client = new CortiClient({
        environment: config.environment,
        tenantName: config.tenantName,
        auth: { clientId: config.auth.clientId, clientSecret: config.auth.clientSecret },
        fetch: recordingFetch,
        ...(config.maxRetries != null ? { maxRetries: config.maxRetries } : {}),
        ...(config.timeoutInSeconds != null ? { timeoutInSeconds: config.timeoutInSeconds } : {}),
    });
    for (const scenario of config.scenarios) {
        const wireStart = wire.length;
        const warningsStart = warnings.length;
        const steps = [];
        for (const step of scenario.steps) {
            try {
                const { status, value } = await runStep(client, step);
                const dates = [];
                const data = plain(value, dates);
                steps.push({ op: step.op, ok: true, status, data, undefined: value === undefined, dates });
            } catch (error) {
                steps.push({ op: step.op, ok: false, error: describeError(error) });
            }
        }
        const result = {
            name: scenario.name,
            steps,
            wire: wire.slice(wireStart),
            warnings: warnings.slice(warningsStart),
        };
        process.stdout.write(`${JSON.stringify(result)}\n`);
    }
}

main().catch((error) => {
    process.stderr.write(`corti_sdk_oracle: ${error?.stack ?? error}\n`);
    process.exit(2);
});
