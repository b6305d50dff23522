"""One attachments store for every room: the type from the content, no duplicates, no folders in names."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop.services.core import attachments
from desktop.services.core.errors import ValidationError
from tests.conftest import make_actor


def _png(colour="red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "PNG")
    return out.getvalue()


def test_given_a_file_then_its_type_comes_from_its_content_not_its_name():
    name, mime, digest = attachments.check_file("扫描件.pdf", _png())
    assert (name, mime, len(digest)) == ("扫描件.pdf", "image/png", 64)


def test_given_a_path_from_windows_or_posix_then_only_the_file_name_is_kept():
    assert attachments.safe_name("C:\\扫描\\..\\来信第1页.jpg") == "来信第1页.jpg"
    assert attachments.safe_name("../../etc/收据.xyz") == "收据.xyz"
    with pytest.raises(ValidationError) as err:
        attachments.safe_name("../")
    assert err.value.code == "required"


def test_given_a_program_where_scans_are_expected_then_it_is_refused_at_the_field():
    with pytest.raises(ValidationError) as err:
        attachments.check_file("virus.exe", b"MZ\x90\x00", field="data")
    assert (err.value.field, err.value.code) == ("data", "not_image_or_pdf")
    # a room that accepts any file keeps it, typed by its name since the content says nothing
    assert attachments.check_file("收据.zzz", b"\x00\x01", accept=None)[1] == "application/octet-stream"
    assert attachments.check_file("录音.mp3", b"\x00\x01", accept=None)[1] == "audio/mpeg"


def test_given_an_empty_or_huge_file_then_it_is_refused():
    for data, code in ((b"", "empty_file"), (b"%PDF-" + b"0" * attachments.MAX_SIZE, "file_too_large")):
        with pytest.raises(ValidationError) as err:
            attachments.check_file("x.pdf", data)
        assert err.value.code == code


def test_given_the_same_file_twice_for_a_case_then_the_second_is_refused_in_every_room(services, admin):
    from desktop.services.mediation.dto import CaseInput, PartyInput

    director = make_actor(services, "zhuren", "李主任", "director")
    case = services.mediation.create_case(
        director,
        CaseInput(
            source="application",
            dispute_type="neighbour",
            facts="楼上漏水",
            parties=(PartyInput(role="applicant", name="张伟"),),
        ),
    ).case
    first = services.mediation.add_attachment(director, case.id, "evidence", "漏水.png", _png())
    assert (first.mime_type, first.category) == ("image/png", "evidence")
    with pytest.raises(ValidationError) as err:
        services.mediation.add_attachment(director, case.id, "identity", "again.png", _png())
    assert err.value.code == "duplicate_file" and err.value.params["filename"] == "漏水.png"
    assert services.mediation.attachment_data(director, first.id)[1:] == ("image/png", _png())
