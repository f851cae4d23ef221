"""Stripe for the billing tests: localstripe (a real, stateful fake Stripe server) in a process of its own,
behind :class:`StripeFront`, which answers the two calls localstripe lacks and forwards every other one.

``StripeFront`` answers ``POST /v1/checkout/sessions`` and ``POST /v1/billing_portal/sessions`` as Stripe's
API reference documents them (the Checkout Session and the Customer Portal Session objects, and Stripe's
error body for a missing parameter or an unknown customer); everything else goes to localstripe unchanged.
Stopping the front is Stripe becoming unreachable for Arena; starting it again on the same port, its return.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import parse_qsl

import httpx

from dependency_servers import spare_port, unavailable

SECRET_KEY = "sk_test_arena"
WEBHOOK_SECRET = "whsec_arena_test"
READY_SECONDS = 30.0
_FORWARDED_HEADERS = ("authorization", "content-type", "idempotency-key", "stripe-version")


def sign(payload: bytes, *, secret: str = WEBHOOK_SECRET, at: int | None = None) -> str:
    """A ``Stripe-Signature`` header for ``payload``, by Stripe's documented scheme: ``t=<unix time>,v1=<hex
    HMAC-SHA256 of "<t>.<payload>" with the endpoint's secret>``."""
    at = int(time.time()) if at is None else at
    digest = hmac.new(secret.encode(), f"{at}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={at},v1={digest}"


def event(event_type: str, obj: dict[str, Any], *, created: int | None = None) -> bytes:
    """A Stripe event's JSON body around ``obj``."""
    return json.dumps({"id": f"evt_{secrets.token_hex(12)}", "object": "event", "type": event_type,
                       "created": int(time.time()) if created is None else created, "api_version": "2025-03-31",
                       "livemode": False, "data": {"object": obj}}).encode()


class LocalStripe:
    """localstripe on a spare port, in a process started and stopped by the tests."""

    def __init__(self, workdir: Path) -> None:
        self.port = spare_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._workdir = workdir
        self._process: subprocess.Popen[bytes] | None = None
        self._log: BinaryIO | None = None

    def start(self) -> LocalStripe:
        try:
            import localstripe  # noqa: F401, PLC0415  (only to say how to install it)
        except ImportError:
            unavailable("localstripe is not installed; install it with: pip install localstripe")
        self._log = (self._workdir / "localstripe.log").open("wb")
        self._process = subprocess.Popen([sys.executable, "-m", "localstripe", "--port", str(self.port),
                                          "--from-scratch"], cwd=self._workdir, stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + READY_SECONDS
        while True:
            try:
                if httpx.get(f"{self.url}/v1/balance", auth=(SECRET_KEY, "")).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"localstripe did not start; see {self._workdir / 'localstripe.log'}")
            time.sleep(0.1)

    def send_webhooks_to(self, url: str) -> None:
        """Have localstripe deliver its events to ``url``, signed with :data:`WEBHOOK_SECRET`."""
        response = httpx.post(f"{self.url}/_config/webhooks/arena", data={"url": url, "secret": WEBHOOK_SECRET},
                              auth=(SECRET_KEY, ""))
        response.raise_for_status()

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None


class StripeFront:
    """Stripe's API for Arena: Checkout and portal sessions answered here, the rest forwarded to localstripe."""

    def __init__(self, localstripe: LocalStripe) -> None:
        self.port = spare_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.checkouts: dict[str, dict[str, Any]] = {}
        self._backend = localstripe.url
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> StripeFront:
        front = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                front._forward(self, b"")

            def do_DELETE(self) -> None:
                front._forward(self, b"")

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                path = self.path.split("?")[0]
                if path == "/v1/checkout/sessions":
                    front._answer(self, *front._checkout(dict(parse_qsl(body.decode()))))
                elif path == "/v1/billing_portal/sessions":
                    front._answer(self, *front._portal(dict(parse_qsl(body.decode()))))
                else:
                    front._forward(self, body)

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- the two calls localstripe lacks ----------------------------------------------------------------

    def _customer_exists(self, customer: str) -> bool:
        return httpx.get(f"{self._backend}/v1/customers/{customer}", auth=(SECRET_KEY, "")).status_code == 200

    @staticmethod
    def _missing(name: str) -> tuple[int, dict[str, Any]]:
        return 400, {"error": {"type": "invalid_request_error", "code": "parameter_missing", "param": name,
                               "message": f"Missing required param: {name}."}}

    def _no_customer(self, customer: str) -> tuple[int, dict[str, Any]]:
        return 400, {"error": {"type": "invalid_request_error", "code": "resource_missing", "param": "customer",
                               "message": f"No such customer: '{customer}'"}}

    def _checkout(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        for name in ("mode", "success_url", "line_items[0][price]"):
            if not form.get(name):
                return self._missing(name)
        customer = form.get("customer")
        if customer is not None and not self._customer_exists(customer):
            return self._no_customer(customer)
        session_id = f"cs_test_{secrets.token_hex(16)}"
        session = {
            "id": session_id, "object": "checkout.session", "mode": form["mode"], "status": "open",
            "payment_status": "unpaid", "customer": customer, "client_reference_id": form.get("client_reference_id"),
            "success_url": form["success_url"], "cancel_url": form.get("cancel_url"),
            "url": f"https://checkout.stripe.com/c/pay/{session_id}", "subscription": None,
            "metadata": {key[len("metadata["):-1]: value for key, value in form.items()
                         if key.startswith("metadata[")},
            "line_items_price": form["line_items[0][price]"], "created": int(time.time()), "livemode": False}
        self.checkouts[session_id] = session
        return 200, session

    def _portal(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        customer = form.get("customer")
        if not customer:
            return self._missing("customer")
        if not self._customer_exists(customer):
            return self._no_customer(customer)
        session_id = f"bps_{secrets.token_hex(12)}"
        return 200, {"id": session_id, "object": "billing_portal.session", "customer": customer,
                     "return_url": form.get("return_url"), "url": f"https://billing.stripe.com/p/session/{session_id}",
                     "created": int(time.time()), "livemode": False}

    # -- plumbing ------------------------------------------------------------------------------------------

    @staticmethod
    def _answer(handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        headers = {name: value for name, value in handler.headers.items() if name.lower() in _FORWARDED_HEADERS}
        response = httpx.request(handler.command, f"{self._backend}{handler.path}", headers=headers, content=body)
        handler.send_response(response.status_code)
        handler.send_header("content-type", response.headers.get("content-type", "application/json"))
        handler.send_header("content-length", str(len(response.content)))
        handler.end_headers()
        handler.wfile.write(response.content)
