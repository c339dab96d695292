"""Where a webhook may send: public http(s) addresses on web ports, checked when it is made and
again, after resolving the name, before every delivery.

A webhook URL is refused when it cannot be parsed, carries credentials, control characters or
whitespace, names a port of another kind of service (databases, caches, mail, SSH), or points at
a loopback, private, link-local, multicast or reserved address. A publisher whose receiver runs
on its own network turns on the ``webhook-private-targets`` setting; ports stay checked.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import SplitResult, urlsplit

from civility.errors import InputError

MAX_URL = 2000
# Ports of services that speak something other than HTTP and must not be reached by a webhook.
BLOCKED_PORTS = frozenset({
    0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
    102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
    427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
    989, 990, 993, 995, 1433, 1521, 1719, 1720, 1723, 2049, 2375, 2376, 2379, 2380, 3306, 3389,
    4369, 5060, 5061, 5432, 5672, 5984, 6000, 6379, 6443, 6566, 6665, 6666, 6667, 6668, 6669,
    6697, 9042, 9092, 9200, 9300, 10080, 11211, 15672, 25565, 27017, 27018,
})


class TargetError(InputError):
    """A webhook URL Civility will not send to, with the reason."""


def _parsed(url: str) -> SplitResult:
    if len(url) > MAX_URL:
        raise TargetError(f"a webhook's url must be at most {MAX_URL} characters")
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        raise TargetError("a webhook's url must not contain spaces, line breaks or control characters")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError as exc:
        raise TargetError(f"a webhook's url cannot be parsed: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise TargetError("a webhook's url must be an http:// or https:// URL")
    if not parts.hostname:
        raise TargetError("a webhook's url must name a host")
    if parts.username is not None or parts.password is not None:
        raise TargetError("a webhook's url must not carry credentials; the signature authenticates us")
    return parts


def _port(parts: SplitResult) -> int:
    port = parts.port if parts.port is not None else (443 if parts.scheme == "https" else 80)
    if port in BLOCKED_PORTS:
        raise TargetError(f"a webhook may not send to port {port}, which belongs to another service")
    return port


def check_address(address: str, allow_private: bool) -> None:
    """Refuse an IP address that is not public (unless ``allow_private``, which still refuses
    unspecified and multicast addresses)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_unspecified or ip.is_multicast:
        raise TargetError(f"a webhook may not send to {ip}")
    if not allow_private and not ip.is_global:
        raise TargetError(f"a webhook may not send to {ip}, a loopback, private, link-local or "
                          "reserved address (set webhook-private-targets for a receiver on your own "
                          "network)")


def check_url(url: str, allow_private: bool = False) -> str:
    """``url`` if a webhook may be made with it; else TargetError with the reason. Names are not
    resolved here (the receiver's DNS may change): ``resolve_target`` checks at delivery."""
    parts = _parsed(url)
    _port(parts)
    host = parts.hostname or ""
    if _is_address(host):
        check_address(host, allow_private)
    elif not allow_private and (host == "localhost" or host.endswith((".localhost", ".local", ".internal"))):
        raise TargetError(f"a webhook may not send to {host}, a name on this machine or network")
    return url


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    return True


def resolve_target(url: str, allow_private: bool = False) -> None:
    """Check ``url`` again and every address its host resolves to; TargetError with the reason.
    (A name that no longer resolves is a failed attempt, retried like a receiver that is down.)"""
    check_url(url, allow_private)
    parts = _parsed(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, _port(parts), type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise OSError(f"cannot resolve {parts.hostname}: {exc}") from None
    for info in infos:
        check_address(str(info[4][0]), allow_private)
