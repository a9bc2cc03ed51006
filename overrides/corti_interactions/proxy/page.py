"""The development page `corti-interactions proxy` serves at its root: the browser's own
microphone or an audio file, streamed through the proxy with the browser's WebSocket, and
the transcripts and facts shown as they arrive (as Corti's own proxy example has).

The page sends what Corti's browser SDK sends: the config (text, first), audio (binary),
then `{"type": "end"}`; it shows every message it gets. The proxy token is typed in the
page (it goes in the socket's query, as `proxy-auth-token`), never embedded in it.
"""

from __future__ import annotations

import json

from corti_interactions_api.websockets import WEBSOCKETS

__all__ = ["dev_page"]

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>corti-interactions proxy</title>
<style>
 body{font-family:system-ui,sans-serif;margin:2em;max-width:60em}
 label{display:block;margin:.4em 0} input[type=text],input[type=password]{width:24em}
 textarea{font-family:monospace}
 #log{white-space:pre-wrap;font-family:monospace;background:#f4f4f4;padding:1em;min-height:8em}
 .transcript{color:#064} .fact{color:#036} .closed{color:#a00}
</style></head><body>
<h1>corti-interactions proxy</h1>
<p>Streams audio through this proxy to Corti with the browser's own WebSocket.</p>
<label>Socket <select id="socket">__OPTIONS__</select></label>
<label>Interaction id (for streams) <input id="interaction" type="text"></label>
<label>Proxy token <input id="token" type="password" autocomplete="off"></label>
<label>Configuration (JSON; e.g. set "mode" to {"type": "facts"} on streams for facts)<br>
<textarea id="config" rows="6" cols="80"></textarea></label>
<label>Audio file <input id="file" type="file" accept="audio/*"></label>
<label><input id="realtime" type="checkbox" checked> real-time pacing</label>
<button id="send-file">Stream file</button>
<button id="mic">Microphone</button> <button id="stop" disabled>Stop</button>
<h2>Transcript</h2><div id="transcript"></div>
<h2>Facts</h2><ul id="facts"></ul>
<h2>Messages</h2><div id="log"></div>
<script>
const DEFAULTS = __DEFAULTS__;
const $ = (id) => document.getElementById(id);
const showDefaults = () => { $("config").value = JSON.stringify(DEFAULTS[$("socket").value], null, 1); };
$("socket").onchange = showDefaults;
showDefaults();
let ws = null, recorder = null;
function show(text, cls) {
  const line = document.createElement("div");
  if (cls) line.className = cls;
  line.textContent = text;
  $("log").appendChild(line);
}
function onMessage(event) {
  if (typeof event.data !== "string") { show("(binary frame)"); return; }
  let message;
  try { message = JSON.parse(event.data); } catch { show(event.data); return; }
  show(message.type || "?");
  // /streams: data is a list of segments (`transcript`), facts come as `fact`; /transcribe:
  // data is one result (`text`). Interim results are shown in the log only.
  const items = [].concat(message.data || [], message.fact || []);
  for (const item of items) {
    const text = item && (typeof item.transcript === "string" ? item.transcript : item.text);
    if (typeof text !== "string" || item.isFinal === false) continue;
    if (message.type === "facts") {
      const li = document.createElement("li"); li.className = "fact"; li.textContent = text;
      $("facts").appendChild(li);
    } else if (message.type === "transcript") {
      const p = document.createElement("p"); p.className = "transcript"; p.textContent = text;
      $("transcript").appendChild(p);
    }
  }
  if (message.type === "CONFIG_DENIED" || message.type === "error") show(JSON.stringify(message), "closed");
}
function open(audioFormat) {
  const socket = $("socket").value;
  let path = "/" + socket;
  if (socket === "streams") path += "/" + encodeURIComponent($("interaction").value.trim());
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = scheme + "//" + location.host + path
    + "?proxy-auth-token=" + encodeURIComponent($("token").value);
  const configuration = JSON.parse($("config").value);
  if (audioFormat) configuration.audioFormat = audioFormat;
  return new Promise((resolve, reject) => {
    const socketObject = new WebSocket(url);
    socketObject.binaryType = "arraybuffer";
    socketObject.onmessage = onMessage;
    socketObject.onclose = (e) => {
      show("closed " + e.code + (e.reason ? " " + e.reason : ""), "closed");
      $("stop").disabled = true;
    };
    socketObject.onerror = () => {
      show("socket error (refused?)", "closed");
      reject(new Error("socket error"));
    };
    socketObject.onopen = () => {
      socketObject.send(JSON.stringify({type: "config", configuration}));
      resolve(socketObject);
    };
  });
}
// Corti's sockets take WAV for recording uploads only: a WAV file goes as its samples, raw
// PCM declared with their rate, channels and bits; any other file as its own type.
function wavAsPcm(buffer) {
  const view = new DataView(buffer);
  if (buffer.byteLength < 12 || view.getUint32(0, false) !== 0x52494646
      || view.getUint32(8, false) !== 0x57415645) return null;
  let at = 12, fmt = null;
  while (at + 8 <= buffer.byteLength) {
    const id = view.getUint32(at, false), size = view.getUint32(at + 4, true);
    if (id === 0x666d7420) {  // "fmt "
      fmt = {channels: view.getUint16(at + 10, true), rate: view.getUint32(at + 12, true),
             byteRate: view.getUint32(at + 16, true), bits: view.getUint16(at + 22, true)};
    } else if (id === 0x64617461 && fmt) {  // "data"
      const format = "audio/pcm;rate=" + fmt.rate + ";channels=" + fmt.channels + ";bits=" + fmt.bits;
      return {format, byteRate: fmt.byteRate, data: buffer.slice(at + 8, at + 8 + size)};
    }
    at += 8 + size + (size % 2);
  }
  return null;
}
$("send-file").onclick = async () => {
  const file = $("file").files[0];
  if (!file) { show("choose a file first", "closed"); return; }
  const buffer = await file.arrayBuffer();
  const pcm = wavAsPcm(buffer);
  const audio = pcm ? pcm.data : buffer;
  const chunk = Math.max(1024, Math.floor((pcm ? pcm.byteRate : 16000) / 4));  // 250 ms of audio
  ws = await open(pcm ? pcm.format : (file.type || undefined));
  $("stop").disabled = false;
  for (let at = 0; at < audio.byteLength && ws.readyState === WebSocket.OPEN; at += chunk) {
    ws.send(audio.slice(at, at + chunk));
    if ($("realtime").checked) await new Promise((r) => setTimeout(r, 250));
  }
  if (ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify({type: "end"})); show("file sent"); }
};
$("mic").onclick = async () => {
  const stream = await navigator.mediaDevices.getUserMedia({audio: true});
  recorder = new MediaRecorder(stream, {mimeType: "audio/webm"});
  ws = await open("audio/webm");
  // Slices go out in order (each waits for the one before), and "end" only after the last
  // slice, which MediaRecorder hands over on stop(), before its "stop" event.
  let sending = Promise.resolve(), sent = 0;
  const socket = ws;
  recorder.ondataavailable = (e) => {
    sending = sending.then(async () => {
      const bytes = await e.data.arrayBuffer();
      if (socket.readyState === WebSocket.OPEN) { socket.send(bytes); sent += bytes.byteLength; }
    });
  };
  recorder.onstop = () => {
    sending.then(() => {
      if (socket.readyState !== WebSocket.OPEN) return;
      socket.send(JSON.stringify({type: "end"}));
      show("microphone sent " + sent + " bytes");
    });
  };
  recorder.start(250);
  $("stop").disabled = false;
};
$("stop").onclick = () => {
  if (recorder) {  // "end" follows the recorder's last slice (onstop above)
    recorder.stop(); recorder.stream.getTracks().forEach((t) => t.stop()); recorder = null;
  } else if (ws && ws.readyState === WebSocket.OPEN) {
    ws.send(JSON.stringify({type: "end"}));
  }
};
</script></body></html>
"""


def dev_page() -> str:
    """The page's HTML: one socket choice per socket of the spec, each with its default
    configuration (`cli_default`, as the command line starts from)."""
    defaults = {}
    for socket in WEBSOCKETS.values():
        route = socket.path.strip("/").split("/")
        name = [part for part in route if not part.startswith("{")][-1]
        defaults[name] = dict(socket.cli_default)
    options = "".join(f'<option value="{name}">{name}</option>' for name in defaults)
    return _PAGE.replace("__OPTIONS__", options).replace("__DEFAULTS__", json.dumps(defaults))
