"""Copies handed to the system's viewer stay inside this run's private folder, whatever the stored name."""

from __future__ import annotations

from desktop.views.common.system_viewer import write_copy


def test_given_stored_file_names_when_copied_for_the_viewer_then_inside_the_folder_and_intact(tmp_path):
    for key, name in [
        ("petition-file-7", "../../etc/passwd"),
        ("case-file-3", "C:\\Users\\a\\扫描件 1.jpg"),
        ("case-file-4", "  ..  "),
        (None, "调解协议书.pdf"),
    ]:
        path = write_copy(key, name, b"%PDF data", folder=tmp_path)
        assert path.resolve().is_relative_to(tmp_path.resolve()) and path.read_bytes() == b"%PDF data"
        assert path.name not in ("", ".", "..")
    assert (
        write_copy("case-file-3", "C:\\Users\\a\\扫描件 1.jpg", b"x", folder=tmp_path).name == "扫描件 1.jpg"
    )
    # two files of the same name from two records do not overwrite each other
    a = write_copy("case-file-8", "照片.jpg", b"a", folder=tmp_path)
    b = write_copy("case-file-9", "照片.jpg", b"b", folder=tmp_path)
    assert a != b and a.read_bytes() == b"a" and b.read_bytes() == b"b"
