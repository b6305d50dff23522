"""Footage copied from a device into an MP4 file without re-encoding (stream copy): what the camera recorded is
what the file holds, bit for bit in its video packets.

The source is an RTSP address: an NVR's playback of a time window (camera_urls.playback_url), which ends when
the window has been sent, or a live stream, copied for ``max_seconds``. Timestamps are moved to start at zero.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av

from desktop.devices.camera_stream import OPEN_TIMEOUT, RTSP_OPTIONS, SOCKET_TIMEOUT
from desktop.devices.camera_urls import redact


class ExportFailed(Exception):
    """The copy could not be made (the message has no credentials in it)."""


@dataclass(frozen=True)
class CopyResult:
    packets: int
    seconds: float  # of video copied


def copy_to_mp4(
    url: str,
    path: Path,
    *,
    max_seconds: float | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> CopyResult:
    """Copy the video of ``url`` into ``path`` (MP4); ``progress(seconds copied)``. A cancelled copy removes the
    partial file."""
    path = Path(path)
    try:
        source = av.open(url, options=RTSP_OPTIONS, timeout=(OPEN_TIMEOUT, SOCKET_TIMEOUT))
    except av.error.FFmpegError as exc:
        raise ExportFailed(redact(f"{type(exc).__name__}: {exc}")) from None
    packets = 0
    seconds = 0.0
    try:
        video = source.streams.video[0]
        with av.open(str(path), "w", format="mp4") as out:
            target = out.add_stream_from_template(video)
            first_dts = None
            began = time.monotonic()
            for packet in source.demux(video):
                if packet.dts is None:
                    continue
                if cancelled():
                    break
                if first_dts is None:
                    if not packet.is_keyframe:
                        continue  # a file starts with a picture that decodes by itself
                    first_dts = packet.dts
                packet.dts -= first_dts
                if packet.pts is not None:
                    packet.pts -= first_dts
                packet.stream = target
                out.mux(packet)
                packets += 1
                seconds = float(packet.dts * video.time_base)
                if progress is not None:
                    progress(seconds)
                if max_seconds is not None and (
                    seconds >= max_seconds or time.monotonic() - began > max_seconds + 10
                ):
                    break
    except av.error.FFmpegError as exc:
        path.unlink(missing_ok=True)
        raise ExportFailed(redact(f"{type(exc).__name__}: {exc}")) from None
    finally:
        source.close()
    if cancelled():
        path.unlink(missing_ok=True)
    elif packets == 0:
        path.unlink(missing_ok=True)
        raise ExportFailed("no video in the window")
    return CopyResult(packets, seconds)
