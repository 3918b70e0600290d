"""Schemathesis hooks for HGCS: every request carries a fresh access token
of the administrator the fuzz server was started with.

The fuzzer itself ends sessions (logout, "sign out everywhere") and fails
sign-ins by the thousand from 127.0.0.1, which the server throttles. So
the token is renewed every few seconds, by a sign-in that reaches the
server through its configured proxy (HGCS_TRUSTED_PROXIES=127.0.0.1) on
behalf of another address, as an official's browser would."""

import json
import os
import urllib.request

import schemathesis

OFFICE_ADDRESS = "192.0.2.10"


@schemathesis.auth(refresh_interval=2)
class AdminSession:
    def get(self, case, context):
        base = os.environ["HGCS_FUZZ_BASE"]
        body = json.dumps(
            {"username": "admin", "password": os.environ["HGCS_FUZZ_PASSWORD"]}
        ).encode()
        request = urllib.request.Request(
            f"{base}/api/v1/auth/login",
            data=body,
            headers={
                "Content-Type": "application/json",
                "X-Forwarded-For": OFFICE_ADDRESS,
            },
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["access_token"]

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"
