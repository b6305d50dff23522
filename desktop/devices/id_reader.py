"""Second-generation ID card readers (二代身份证阅读器) at the front desk, without vendor code.

Readers reach a PC in one of two ways that need no vendor SDK:

- **Keyboard wedge**: the reader "types" the citizen ID number (often followed by Enter) into whatever field has the
  focus. ``WedgeDetector`` tells such a burst from a person typing: 18 characters each within ``max_gap`` seconds
  of the one before (a person needs 100 ms or more a key; a reader sends one every few ms) that form a valid number
  (GB 11643 check character). The view then takes the characters back out of the field they landed in and fills
  the form from the card.
- **Serial port** (RS-232 or a USB virtual COM port, pyserial): the reader sends one line per card. The line format
  differs by model, so it is configuration (``SerialConfig``): a separator and the order of the fields, a regular
  expression with named groups, or "find the number anywhere in the line". The port and its settings (COM3,
  /dev/ttyUSB0, 9600 8N1, GBK text) are per PC. ``SerialCardReader`` reads on its own thread and hands each card to
  a callback.

Photos and the chip's other data need the vendor SDK and are not read here. Defaults marked *unverified* follow
common reader manuals and are configuration.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime

from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import normalize, parse_citizen_id

log = logging.getLogger(__name__)

ID_LENGTH = 18
_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_SEX = {"男": "1", "女": "2", "1": "1", "2": "2", "M": "1", "F": "2"}
KNOWN_FIELDS = ("name", "sex", "ethnicity", "birth", "address", "id_number", "authority", "valid")


@dataclass(frozen=True)
class CardData:
    """What a card gave: the number always (validated), the rest when the reader sends it."""

    id_number: str
    name: str = ""
    sex: str | None = None  # "1" male, "2" female, from the number when the reader does not say
    ethnicity: str = ""  # 汉 / 回 / …, as printed on the card
    birth_date: date | None = None
    address: str = ""
    raw: str = ""


def card_from_number(number: str, **extra) -> CardData | None:
    """A card from a bare number (what a keyboard wedge types); None when it is not a valid citizen ID."""
    try:
        cid = parse_citizen_id(number)
    except ValidationError:
        return None
    values = {"sex": cid.sex, "birth_date": cid.birth_date} | {k: v for k, v in extra.items() if v}
    return CardData(cid.number, **values)


# -- keyboard wedge --------------------------------------------------------------------------------------------


class WedgeDetector:
    """Feed it every character typed with its time (seconds, monotonic); ``feed`` returns the number when the last
    18 characters were a reader's burst. ``burst_started`` says whether the current run of fast keys may still be
    one (the view keeps what the field held before it)."""

    def __init__(self, max_gap: float = 0.035, length: int = ID_LENGTH):
        self.max_gap = max_gap
        self.length = length
        self._chars: list[str] = []
        self._last: float | None = None
        self.finished_at: float | None = (
            None  # when the last burst ended (an Enter right after it belongs to it)
        )

    def reset(self) -> None:
        self._chars.clear()
        self._last = None

    def starts_new_run(self, t: float) -> bool:
        """Would a key at ``t`` start a new run (the previous key was long ago)?"""
        return self._last is None or t - self._last > self.max_gap

    def feed(self, char: str, t: float) -> str | None:
        if self.starts_new_run(t):
            self._chars.clear()
        self._last = t
        if len(char) != 1 or not (char.isdigit() or char in "Xx"):
            self._chars.clear()
            return None
        self._chars.append(char.upper())
        if len(self._chars) < self.length:
            return None
        number = "".join(self._chars[-self.length :])
        if len(self._chars) > self.length:  # more than 18 fast characters: not a card
            return None
        if card_from_number(number) is None:
            return None
        self._chars.clear()
        self.finished_at = t
        return number

    @property
    def run_length(self) -> int:
        return len(self._chars)

    def is_trailing_key(self, t: float, window: float = 0.15) -> bool:
        """An Enter or Tab that comes right after a burst is the reader's, not the person's."""
        return self.finished_at is not None and 0 <= t - self.finished_at <= window


class ScanBurst:
    """A code scanner in keyboard mode (the volunteer card's QR code) types its text and Enter the way an ID reader
    does: every key within ``max_gap`` of the one before. Feed it each printable character with its time;
    ``enter(t)`` gives the text when the whole run since the last pause came as such a burst (at least
    ``min_length`` characters), else None — a person typed it."""

    def __init__(self, max_gap: float = 0.035, min_length: int = 4):
        self.max_gap, self.min_length = max_gap, min_length
        self._chars: list[str] = []
        self._last: float | None = None

    def feed(self, char: str, t: float) -> None:
        if self._last is None or t - self._last > self.max_gap:
            self._chars.clear()
        self._chars.append(char)
        self._last = t

    def enter(self, t: float) -> str | None:
        text = "".join(self._chars)
        burst = self._last is not None and t - self._last <= self.max_gap and len(text) >= self.min_length
        self._chars.clear()
        self._last = None
        return text if burst else None


# -- serial port ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SerialConfig:
    """A serial reader of one PC. ``line_format``: "fields" (``separator`` and ``fields`` in order), "regex"
    (``pattern`` with named groups id_number, name, sex, ethnicity, birth, address) or "number" (the first valid
    18-character number anywhere in the line)."""

    enabled: bool = False
    port: str = ""  # COM3, /dev/ttyUSB0, or a pyserial URL (socket://host:port, loop://)
    baudrate: int = 9600  # *unverified*: 9600 and 115200 are the common settings
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    encoding: str = "gbk"  # *unverified*: readers in text mode send GBK; some send UTF-8
    line_format: str = "fields"
    separator: str = "|"
    fields: tuple[str, ...] = ("name", "sex", "ethnicity", "birth", "address", "id_number")
    pattern: str = ""
    timeout: float = 0.2  # how long one read waits (seconds): how quickly stop() is obeyed

    def __post_init__(self):
        if self.line_format not in ("fields", "regex", "number"):
            raise ValidationError("line_format", "unknown_line_format")
        if self.line_format == "fields" and "id_number" not in self.fields:
            raise ValidationError("fields", "id_number_field_needed")
        if self.line_format == "regex":
            try:
                compiled = re.compile(self.pattern)
            except re.error:
                raise ValidationError("pattern", "bad_pattern") from None
            if "id_number" not in compiled.groupindex:
                raise ValidationError("pattern", "id_number_field_needed")
        if self.enabled and not self.port.strip():
            raise ValidationError("port", "required")
        if self.baudrate <= 0:
            raise ValidationError("baudrate", "bad_baudrate")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["fields"] = list(self.fields)
        return d

    @classmethod
    def from_dict(cls, raw: Mapping | None) -> SerialConfig:
        """From the stored table (config.toml); unknown keys are ignored, missing ones take the defaults."""
        raw = dict(raw or {})
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        if "fields" in values:
            if isinstance(values["fields"], str):
                values["fields"] = tuple(x.strip() for x in values["fields"].split(",") if x.strip())
            else:
                values["fields"] = tuple(values["fields"])
        return cls(**values)


@dataclass(frozen=True)
class IdReaderConfig:
    """How this PC reads ID cards: a wedge (always listened for unless off) and, optionally, a serial reader."""

    wedge: bool = True
    wedge_max_gap_ms: int = 35
    serial: SerialConfig = field(default_factory=SerialConfig)

    def to_dict(self) -> dict:
        return {
            "wedge": self.wedge,
            "wedge_max_gap_ms": self.wedge_max_gap_ms,
            "serial": self.serial.to_dict(),
        }

    @classmethod
    def from_dict(cls, raw: Mapping | None) -> IdReaderConfig:
        raw = dict(raw or {})
        return cls(
            wedge=bool(raw.get("wedge", True)),
            wedge_max_gap_ms=int(raw.get("wedge_max_gap_ms", 35)),
            serial=SerialConfig.from_dict(raw.get("serial")),
        )


def _birth(text: str) -> date | None:
    digits = re.sub(r"\D", "", text or "")
    try:
        return datetime.strptime(digits, "%Y%m%d").date() if len(digits) == 8 else None
    except ValueError:
        return None


def parse_line(line: str, cfg: SerialConfig) -> CardData | None:
    """One line from the reader -> a card, or None when the line holds no valid number (noise, a status line)."""
    text = line.strip().strip("\x02\x03")  # some readers frame a line with STX / ETX
    if not text:
        return None
    values: dict[str, str] = {}
    if cfg.line_format == "fields":
        parts = [p.strip() for p in text.split(cfg.separator)]
        values = {name: parts[i] for i, name in enumerate(cfg.fields) if i < len(parts) and name}
    elif cfg.line_format == "regex":
        m = re.search(cfg.pattern, text)
        if m is None:
            return None
        values = {k: (v or "").strip() for k, v in m.groupdict().items()}
    number = normalize(values.get("id_number", ""))
    if cfg.line_format == "number" or not number:
        found = _NUMBER.search(text)
        number = found.group(1).upper() if found else ""
    sex = _SEX.get((values.get("sex") or "").strip()[:1])
    card = card_from_number(
        number,
        name=values.get("name", "").replace(" ", ""),
        ethnicity=values.get("ethnicity", "").removesuffix("族"),
        address=values.get("address", ""),
    )
    if card is None:
        return None
    if sex is not None and sex != card.sex:
        log.warning("card reader: sex %s does not match the number; the number wins", sex)
    birth = _birth(values.get("birth", ""))
    if birth is not None and birth != card.birth_date:
        log.warning("card reader: birth date %s does not match the number; the number wins", birth)
    return CardData(card.id_number, card.name, card.sex, card.ethnicity, card.birth_date, card.address, text)


def open_port(cfg: SerialConfig):
    """The port as pyserial opens it (a device name or a pyserial URL)."""
    import serial  # pyserial: imported when a serial reader is configured, not at start

    return serial.serial_for_url(
        cfg.port,
        baudrate=cfg.baudrate,
        bytesize=cfg.bytesize,
        parity=cfg.parity,
        stopbits=cfg.stopbits,
        timeout=cfg.timeout,
    )


class SerialCardReader:
    """Reads lines from the configured port on its own thread. ``on_card(CardData)`` and ``on_error(exc)`` are
    called on that thread (a view passes them on to the GUI thread with a signal). A port that fails is retried
    every ``retry`` seconds (a USB reader unplugged and plugged back in)."""

    def __init__(
        self,
        cfg: SerialConfig,
        on_card: Callable[[CardData], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        opener: Callable[[SerialConfig], object] = open_port,
        retry: float = 2.0,
    ):
        self.cfg = cfg
        self._on_card = on_card
        self._on_error = on_error
        self._opener = opener
        self._retry = retry
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> SerialCardReader:
        if self.running:
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="id-card-serial", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                port = self._opener(self.cfg)
            except Exception as exc:  # noqa: BLE001 - told to the view, retried
                self._error(exc)
                self._stop.wait(self._retry)
                continue
            self.connected.set()
            try:
                self._read(port)
            except Exception as exc:  # noqa: BLE001
                self._error(exc)
                self._stop.wait(self._retry)
            finally:
                self.connected.clear()
                with contextlib.suppress(Exception):
                    port.close()

    def _read(self, port) -> None:
        buf = b""
        while not self._stop.is_set():
            chunk = port.read(256)
            if not chunk:
                continue
            buf += chunk
            while True:
                cut = min((i for i in (buf.find(b"\n"), buf.find(b"\r")) if i >= 0), default=-1)
                if cut < 0:
                    break
                line, buf = buf[:cut], buf[cut + 1 :]
                if not line.strip():
                    continue
                card = parse_line(line.decode(self.cfg.encoding, errors="replace"), self.cfg)
                if card is not None:
                    self._on_card(card)
            if len(buf) > 4096:  # a reader that never ends its lines: drop the noise
                buf = b""

    def _error(self, exc: BaseException) -> None:
        log.warning("ID card reader on %s: %s", self.cfg.port, exc)
        if self._on_error is not None:
            self._on_error(exc)


def monotonic() -> float:
    return time.monotonic()
