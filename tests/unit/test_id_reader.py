"""ID card readers without vendor code: the keyboard-wedge burst and the serial line protocol, the latter against a
real pseudo-terminal pair (os.openpty) as a USB reader's virtual COM port would be."""

from __future__ import annotations

import os
import queue
import sys

import pytest

from desktop.devices.id_reader import (
    IdReaderConfig,
    SerialCardReader,
    SerialConfig,
    WedgeDetector,
    parse_line,
)
from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import check_digit

NUMBER = "32010219800307123" + check_digit("32010219800307123")
WOMAN = "32010619920115242" + check_digit("32010619920115242")


def test_given_a_reader_typing_18_characters_within_milliseconds_then_the_burst_is_a_card():
    d = WedgeDetector(max_gap=0.035)
    t = 100.0
    out = [d.feed(c, t + i * 0.004) for i, c in enumerate(NUMBER)]
    assert out[:-1] == [None] * 17 and out[-1] == NUMBER
    assert d.is_trailing_key(t + 17 * 0.004 + 0.01)  # the Enter the reader sends after it


def test_given_a_person_typing_the_same_number_then_it_is_not_a_burst():
    d = WedgeDetector(max_gap=0.035)
    assert all(d.feed(c, 100 + i * 0.15) is None for i, c in enumerate(NUMBER))


def test_given_a_fast_burst_that_is_no_valid_number_or_too_long_then_nothing_is_detected():
    d = WedgeDetector()
    bad = NUMBER[:-1] + ("0" if NUMBER[-1] != "0" else "1")
    assert all(d.feed(c, 1 + i * 0.001) is None for i, c in enumerate(bad))
    d = WedgeDetector()
    assert all(d.feed(c, 5 + i * 0.001) is None for i, c in enumerate("9" + NUMBER))  # 19 fast characters
    d = WedgeDetector()
    assert d.feed("张", 9.0) is None and d.run_length == 0


def test_given_line_formats_then_the_card_is_read_and_the_number_checked():
    fields = SerialConfig()
    card = parse_line(f"张伟|男|汉|19800307|南京市玄武区长江路1号|{NUMBER}|南京市公安局玄武分局", fields)
    assert (card.id_number, card.name, card.sex, card.ethnicity, card.address) == (
        NUMBER,
        "张伟",
        "1",
        "汉",
        "南京市玄武区长江路1号",
    )
    assert card.birth_date.isoformat() == "1980-03-07"
    assert parse_line(f"\x02{WOMAN}\x03", SerialConfig(line_format="number")).sex == "2"
    regex = SerialConfig(line_format="regex", pattern=r"NAME=(?P<name>\S+);ID=(?P<id_number>\w+)")
    assert parse_line(f"NAME=刘芳;ID={WOMAN}", regex).name == "刘芳"
    assert parse_line("READER READY", fields) is None
    wrong = NUMBER[:-1] + ("1" if NUMBER[-1] != "1" else "2")  # a mistyped check character
    assert parse_line(f"张伟|男|汉|19800307|x|{wrong}", fields) is None
    with pytest.raises(ValidationError):
        SerialConfig(line_format="regex", pattern=r"(?P<name>\w+)")
    with pytest.raises(ValidationError):
        SerialConfig(enabled=True, port="")


def test_given_a_stored_config_then_it_round_trips_through_its_table():
    cfg = IdReaderConfig(
        wedge=False,
        serial=SerialConfig(enabled=True, port="COM3", baudrate=115200, fields=("id_number", "name")),
    )
    assert IdReaderConfig.from_dict(cfg.to_dict()) == cfg
    assert SerialConfig.from_dict({"fields": "name, id_number", "unknown": 1}).fields == ("name", "id_number")


@pytest.mark.skipif(sys.platform == "win32", reason="os.openpty is POSIX")
def test_given_a_serial_reader_on_a_pseudo_terminal_then_each_line_sent_becomes_a_card():
    pytest.importorskip("serial")
    import tty

    # Given a pty pair: the reader side is the device file pyserial opens, we write to the other side
    master, slave = os.openpty()
    tty.setraw(slave)
    cards: queue.Queue = queue.Queue()
    errors: queue.Queue = queue.Queue()
    cfg = SerialConfig(enabled=True, port=os.ttyname(slave), baudrate=9600, encoding="gbk")
    reader = SerialCardReader(cfg, cards.put, errors.put).start()
    try:
        assert reader.connected.wait(5), errors.queue
        # When the reader sends a status line, then a card line in GBK with CR LF
        os.write(master, "READY\r\n".encode("gbk"))
        os.write(master, f"刘芳|女|回|19920115|南京市秦淮区中华路8号|{WOMAN}\r\n".encode("gbk"))
        # Then one card arrives, with the Chinese decoded
        card = cards.get(timeout=5)
        assert (card.id_number, card.name, card.sex, card.ethnicity) == (WOMAN, "刘芳", "2", "回")
        # and a line split over two writes is put together
        os.write(master, f"张伟|男|汉|19800307|长江路|{NUMBER[:9]}".encode("gbk"))
        os.write(master, f"{NUMBER[9:]}\n".encode("gbk"))
        assert cards.get(timeout=5).id_number == NUMBER
        assert cards.empty() and errors.empty()
    finally:
        reader.stop()
        os.close(master)
        os.close(slave)
    assert not reader.running


def test_given_a_port_that_cannot_open_then_the_error_is_told_and_it_retries():
    errors: queue.Queue = queue.Queue()
    calls = []

    def opener(cfg):
        calls.append(cfg.port)
        raise OSError("could not open port COM9")

    reader = SerialCardReader(
        SerialConfig(port="COM9"), lambda c: None, errors.put, opener=opener, retry=0.01
    )
    reader.start()
    try:
        assert "COM9" in str(errors.get(timeout=5))
        errors.get(timeout=5)  # tried again
    finally:
        reader.stop()
    assert len(calls) >= 2


def test_given_a_code_scanner_in_keyboard_mode_then_its_burst_and_enter_give_the_text_and_a_person_typing_gives_none():
    from desktop.devices.id_reader import ScanBurst

    burst = ScanBurst(max_gap=0.035)
    t = 10.0
    for ch in "ZY0000001":  # the scanner: a key every 8 ms, Enter right after
        burst.feed(ch, t)
        t += 0.008
    assert burst.enter(t) == "ZY0000001"
    for ch in "ZY0000001":  # a person: 200 ms a key
        t += 0.2
        burst.feed(ch, t)
    assert burst.enter(t + 0.2) is None
    for ch in "Z1":  # too short to be a card, however fast
        burst.feed(ch, t)
    assert burst.enter(t) is None
