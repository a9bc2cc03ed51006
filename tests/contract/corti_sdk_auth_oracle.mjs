// Drives Corti's own JavaScript SDK (@corti/sdk, pinned in package.json) through every
// sign-in flow against a Corti-compatible Keycloak, for tests/verify/test_corti_sdk_auth.py.
//
// Usage: node corti_sdk_auth_oracle.mjs -    (config on stdin)
//
// Config (JSON): environment {base, wss, login, agents}, tenantName, clientId, clientSecret
// (a confidential client), publicClientId, username, password, redirectUri, interactionId.
//
// `CortiAuth`: client credentials with scopes, ROPC, refresh (and the spent refresh token
// again), authorizeURL followed as a browser would (redirect: manual) then the code
// exchange, the same with PKCE (the SDK's own verifier and challenge helpers). Then a
// `CortiClient` built from each kind of credential gets the interaction.
//
// Output: one JSON object: {steps: {name: {ok, data | error}}, wire: [token requests]}.
// Tokens never leave the script: a token step reports its fields with the tokens replaced
// by their presence, and the issuer as the SDK decodes it (decodeToken).
import { CortiAuth, CortiClient } from "@corti/sdk";
import { decodeToken, generateCodeChallenge, generateCodeVerifier } from "@corti/sdk/utils";
import { readFileSync } from "node:fs";

const config = JSON.parse(readFileSync(0, "utf8"));
const SECRET_FIELDS = new Set(["client_secret", "password", "refresh_token", "code", "code_verifier"]);
const wire = [];

async function recordingFetch(input, init = {}) {
    const url = new URL(typeof input === "string" ? input : input.url);
    const entry = { method: init.method ?? "GET", path: url.pathname, form: null, status: null, headers: {} };
    for (const [key, value] of new Headers(init.headers ?? {})) {
        entry.headers[key] = key === "authorization" ? value.replace(/ .*/, " ***") : value;
    }
    if (typeof init.body === "string" && url.pathname.endsWith("/openid-connect/token")) {
        entry.form = Object.fromEntries(
            [...new URLSearchParams(init.body)].map(([k, v]) => [k, SECRET_FIELDS.has(k) ? "***" : v]),
        );
    }
    wire.push(entry);
    const response = await fetch(input, init);
    entry.status = response.status;
    return response;
}

function describeToken(token) {
    const decoded = decodeToken(token.accessToken);
    return {
        hasAccessToken: typeof token.accessToken === "string" && token.accessToken.length > 0,
        hasRefreshToken: typeof token.refreshToken === "string" && token.refreshToken.length > 0,
        expiresIn: token.expiresIn,
        refreshExpiresIn: token.refreshExpiresIn,
        tokenType: token.tokenType,
        scope: token.scope,
        issuer: decoded ? { tenantName: decoded.tenantName, environment: decoded.environment } : null,
    };
}

function describeError(error) {
    return {
        class: error?.constructor?.name ?? typeof error,
        statusCode: error?.statusCode ?? null,
        body: error?.body ?? null,
        message: String(error?.message ?? error).slice(0, 300),
    };
}

const steps = {};
async function step(name, run) {
    try {
        steps[name] = { ok: true, data: await run() };
    } catch (error) {
        steps[name] = { ok: false, error: describeError(error) };
    }
}

/** Follow Keycloak's authorize URL as a browser would: the code on the redirect. */
async function codeFrom(url) {
    const response = await fetch(url, { redirect: "manual" });
    const location = response.headers.get("location");
    if (response.status !== 302 || !location) {
        throw new Error(`authorize answered ${response.status}`);
    }
    return new URL(location).searchParams.get("code");
}

const { environment, tenantName, clientId, clientSecret, publicClientId, username, password, redirectUri } =
    config;
const auth = new CortiAuth({ environment, tenantName, fetch: recordingFetch });
const tokens = {};

await step("clientCredentials", async () => {
    tokens.scoped = await auth.getToken({ clientId, clientSecret, scopes: ["streams"] });
    return describeToken(tokens.scoped);
});
await step("clientCredentialsUnscoped", async () => {
    tokens.service = await auth.getToken({ clientId, clientSecret });
    return describeToken(tokens.service);
});
await step("ropc", async () => {
    tokens.user = await auth.getRopcFlowToken({ clientId: publicClientId, username, password });
    return describeToken(tokens.user);
});
await step("refresh", async () => {
    tokens.refreshed = await auth.refreshToken({ clientId: publicClientId, refreshToken: tokens.user.refreshToken });
    return { ...describeToken(tokens.refreshed), rotated: tokens.refreshed.refreshToken !== tokens.user.refreshToken };
});
await step("refreshSpent", async () => {
    const again = await auth.refreshToken({ clientId: publicClientId, refreshToken: tokens.user.refreshToken });
    return describeToken(again);
});
await step("authorizationCode", async () => {
    const url = await auth.authorizeURL({ clientId, redirectUri }, { skipRedirect: true });
    const code = await codeFrom(url);
    tokens.code = await auth.getCodeFlowToken({ clientId, clientSecret, redirectUri, code });
    return { url: url.replace(/\?.*/, ""), ...describeToken(tokens.code) };
});
await step("pkce", async () => {
    const codeVerifier = generateCodeVerifier();
    const codeChallenge = await generateCodeChallenge(codeVerifier);
    const url = await auth.authorizeURL({ clientId: publicClientId, redirectUri, codeChallenge }, { skipRedirect: true });
    const code = await codeFrom(url);
    tokens.pkce = await auth.getPkceFlowToken({ clientId: publicClientId, redirectUri, code, codeVerifier });
    return describeToken(tokens.pkce);
});
await step("pkceWrongVerifier", async () => {
    const codeChallenge = await generateCodeChallenge(generateCodeVerifier());
    const url = await auth.authorizeURL({ clientId: publicClientId, redirectUri, codeChallenge }, { skipRedirect: true });
    const code = await codeFrom(url);
    return describeToken(
        await auth.getPkceFlowToken({ clientId: publicClientId, redirectUri, code, codeVerifier: generateCodeVerifier() }),
    );
});

/** A CortiClient built from `options` gets the interaction. */
async function clientGets(options) {
    const client = new CortiClient({ ...options, fetch: recordingFetch });
    const interaction = await client.interactions.get(config.interactionId);
    return { id: interaction.id };
}

await step("clientFromClientCredentials", () =>
    clientGets({ environment, tenantName, auth: { clientId, clientSecret } }),
);
// tenant from the token's issuer: no tenantName given
await step("clientFromAccessToken", () => clientGets({ environment, auth: { accessToken: tokens.service.accessToken } }));
await step("clientFromUserTokens", () =>
    clientGets({
        environment,
        auth: {
            accessToken: tokens.refreshed.accessToken,
            refreshToken: tokens.refreshed.refreshToken,
            expiresIn: tokens.refreshed.expiresIn,
            refreshExpiresIn: tokens.refreshed.refreshExpiresIn,
            clientId: publicClientId,
        },
    }),
);
await step("clientFromRopc", () =>
    clientGets({ environment, tenantName, auth: { clientId: publicClientId, username, password } }),
);
await step("clientFromAuthorizationCode", async () => {
    const code = await codeFrom(await auth.authorizeURL({ clientId, redirectUri }, { skipRedirect: true }));
    return clientGets({ environment, tenantName, auth: { clientId, clientSecret, code, redirectUri } });
});
await step("clientFromPkce", async () => {
    const codeVerifier = generateCodeVerifier();
    const codeChallenge = await generateCodeChallenge(codeVerifier);
    const url = await auth.authorizeURL({ clientId: publicClientId, redirectUri, codeChallenge }, { skipRedirect: true });
    const code = await codeFrom(url);
    return clientGets({ environment, tenantName, auth: { clientId: publicClientId, code, redirectUri, codeVerifier } });
});
await step("clientFromScopedToken", () => clientGets({ environment, auth: { accessToken: tokens.scoped.accessToken } }));

process.stdout.write(`${JSON.stringify({ steps, wire })}\n`);
