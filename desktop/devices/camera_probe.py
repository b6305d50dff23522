"""Is a camera there? A TCP connect to its RTSP port and an RTSP DESCRIBE, answered within a timeout.

Any RTSP answer (200, or 401 because the probe sends no credentials) means the device is up and serving; no
connection, no answer or something that is not RTSP means offline. The probe never sends a password (it would
travel in the clear), so it cannot tell a wrong one: the streams do.
"""

from __future__ import annotations

import socket
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from desktop.devices.camera_urls import redact

TIMEOUT = 3.0


@dataclass(frozen=True)
class ProbeResult:
    online: bool
    detail: str  # "RTSP 200", "RTSP 401", "connection refused", "timed out" …
    latency_ms: int | None = None


def _without_credentials(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    hostport = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=hostport)), parts.hostname or "", parts.port or 554


def probe_rtsp(url: str, timeout: float = TIMEOUT) -> ProbeResult:
    target, host, port = _without_credentials(url)
    began = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(max(0.1, timeout - (time.monotonic() - began)))
            sock.sendall(
                f"DESCRIBE {target} RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\n"
                "User-Agent: zongzhi-desk health check\r\n\r\n".encode("ascii", "replace")
            )
            answer = sock.recv(512).decode("ascii", "replace")
    except TimeoutError:
        return ProbeResult(False, "timed out")
    except ConnectionRefusedError:
        return ProbeResult(False, "connection refused")
    except OSError as exc:
        return ProbeResult(False, redact(exc.strerror or type(exc).__name__)[:200])
    latency = int((time.monotonic() - began) * 1000)
    first = answer.split("\r\n", 1)[0].split()
    if len(first) >= 2 and first[0].startswith("RTSP/") and first[1].isdigit():
        return ProbeResult(True, f"RTSP {first[1]}", latency)
    return ProbeResult(False, "no RTSP answer", latency)


def probe_all(urls: dict[int, str], timeout: float = TIMEOUT, workers: int = 8) -> dict[int, ProbeResult]:
    """Probe many cameras at once (``workers`` at a time): 64 cameras that are all down take ~8 timeouts, not 64."""
    if not urls:
        return {}
    with ThreadPoolExecutor(max_workers=min(workers, len(urls)), thread_name_prefix="probe") as pool:
        futures = {cid: pool.submit(probe_rtsp, url, timeout) for cid, url in urls.items()}
        return {cid: f.result() for cid, f in futures.items()}
