"""Schemathesis hooks for HGCS: every request carries the administrator's
access token that scripts/fuzz-api obtained before the run (the fuzzer's
own failed sign-ins would soon throttle a sign-in from the same address)."""

import os

import schemathesis


@schemathesis.auth()
class AdminToken:
    def get(self, case, context):
        return os.environ["HGCS_FUZZ_TOKEN"]

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"
