"""A stand-in OpenAI-compatible model server (like a local Ollama) for scripts/screenshots.sh:
answers every chat completion with a short canned reply, streamed or not, with usage.
Never used by the test suite (the tests have their own fakes in tests/support)."""
import json, http.server, sys

REPLIES = [
    "Sure! Here is a short plan:\n\n1. **Pack** the bags\n2. Check the *train times*\n3. Leave at 8:15",
    "The weather in Berlin tomorrow: 14 °C and light rain. Take an umbrella ☂️.",
    "Done — I saved that to your notes under `groceries`.",
    "Here is the summary of the article: it argues that small, local tools beat big platforms for personal automation.",
]
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        last = body["messages"][-1]["content"]
        text = REPLIES[len(body["messages"]) % len(REPLIES)]
        if body.get("stream"):
            self.send_response(200); self.send_header("Content-Type", "text/event-stream"); self.send_header("Transfer-Encoding", "chunked"); self.end_headers()
            def chunk(obj):
                data = ("data: " + json.dumps(obj) + "\n\n").encode()
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            for piece in [text[:5], text[5:]]:
                chunk({"id": "c1", "object": "chat.completion.chunk", "model": body["model"], "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            chunk({"id": "c1", "object": "chat.completion.chunk", "model": body["model"], "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            chunk({"id": "c1", "object": "chat.completion.chunk", "model": body["model"], "choices": [], "usage": {"prompt_tokens": 10, "completion_tokens": 4, "total_tokens": 14}})
            data = b"data: [DONE]\n\n"; self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(data), data))
        else:
            out = json.dumps({"id": "c1", "object": "chat.completion", "model": body["model"], "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 10, "completion_tokens": 4, "total_tokens": 14}}).encode()
            self.send_response(200); self.send_header("Content-Type", "application/json"); self.send_header("Content-Length", str(len(out))); self.end_headers(); self.wfile.write(out)
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
