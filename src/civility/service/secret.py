"""Comparing a secret a client sent with the one expected, in constant time, whatever it holds."""

from __future__ import annotations

import hmac


def same_secret(given: str, expected: str) -> bool:
    """True when equal. Compares bytes, so non-ASCII text from a client is simply unequal (the
    standard ``compare_digest`` raises TypeError on non-ASCII ``str``)."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"),
                               expected.encode("utf-8", "surrogatepass"))
