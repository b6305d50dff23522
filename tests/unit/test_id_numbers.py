"""ID numbers and national code lists: what a clerk types at the counter must be read as it is meant."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.services.core import codes
from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import (
    ID_TYPES,
    CitizenId,
    check_digit,
    check_id,
    id_facts,
    normalize,
    parse_citizen_id,
    region_name,
)


def with_check(first17: str) -> str:
    return first17 + check_digit(first17)


def code_of(fn, *args) -> str:
    with pytest.raises(ValidationError) as info:
        fn(*args)
    return info.value.code


def test_given_the_gb11643_weights_when_computing_check_digits_then_they_match_published_numbers():
    # 11010519491231002X is the example number printed in GB 11643-1999 itself
    assert check_digit("11010519491231002") == "X"
    assert check_digit("36042619910101007") == "1"  # python-stdnum's doc example


def test_given_a_person_born_1950_with_a_1983_code_when_parsed_then_valid_with_birth_sex_region():
    # 320102 玄武区 was created in 1983: stdnum's ric.validate() refuses this real resident
    number = with_check("32010219500307123")
    cid = parse_citizen_id(number)
    assert cid == CitizenId(number, date(1950, 3, 7), "1", "320102", "江苏省南京市玄武区", False)


def test_given_an_abolished_region_code_when_parsed_then_still_valid():
    cid = parse_citizen_id(with_check("32010319750812456"))  # 白下区, merged into 秦淮区 in 2013
    assert cid.region_name == "江苏省南京市白下区"
    assert cid.sex == "2"  # 17th digit 6: even = female


def test_given_lower_case_x_and_full_width_digits_when_normalised_then_ascii_upper_case():
    assert normalize(" １１０１０５ 19491231 002x\u3000") == "11010519491231002X"
    assert parse_citizen_id("１１０１０５１９４９１２３１００２ｘ").number == "11010519491231002X"
    assert normalize("\u00a0h1234\u200b5678 ") == "H12345678"


def test_given_a_15_digit_number_when_parsed_then_upgraded_to_18():
    cid = parse_citizen_id("320103500307123")
    assert cid.number == with_check("32010319500307123")
    assert cid.upgraded_from_15
    assert cid.birth_date == date(1950, 3, 7)
    assert check_id("resident_id", "320103500307123") == cid.number


def test_given_a_wrong_check_digit_when_parsed_then_refused():
    good = with_check("32010219500307123")
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    assert code_of(parse_citizen_id, bad) == "id_bad_checksum"


def test_given_february_30th_when_parsed_then_bad_birth_date():
    assert code_of(parse_citizen_id, with_check("32010219990230123")) == "id_bad_birth_date"


def test_given_a_birth_date_in_the_future_when_parsed_then_bad_birth_date():
    tomorrow = date.today() + timedelta(days=1)
    assert code_of(parse_citizen_id, with_check(f"320102{tomorrow:%Y%m%d}123")) == "id_bad_birth_date"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("3201021950030712", "id_bad_length"),
        ("", "id_bad_length"),
        ("32010219500307A231", "id_bad_characters"),
        ("32010A500307123", "id_bad_characters"),
    ],
)
def test_given_malformed_numbers_when_parsed_then_the_fault_is_named(raw, code):
    assert code_of(parse_citizen_id, raw) == code


def test_given_a_region_code_never_assigned_when_parsed_then_unknown_region():
    assert code_of(parse_citizen_id, with_check("99010219500307123")) == "id_unknown_region"


def test_given_codes_renamed_over_time_when_named_then_the_name_of_the_issue_year():
    assert region_name("120110", 1985) == "天津市东郊区"
    assert region_name("120110", 2000) == "天津市东丽区"
    assert region_name("110101") == "北京市东城区"
    assert region_name("659001") == "新疆维吾尔自治区石河子市"
    assert region_name("830000") == "台湾地区"  # 台湾居民居住证


@pytest.mark.parametrize(
    ("id_type", "raw", "expected"),
    [
        ("passport", "e12345678", "E12345678"),
        ("passport", "EA1234567", "EA1234567"),
        ("hk_macao_permit", "H12345678", "H12345678"),
        ("hk_macao_permit", "m1234567890", "M1234567890"),
        ("taiwan_permit", "12345678", "12345678"),
        ("foreigner_pr", "USA123456789012", "USA123456789012"),
        ("foreigner_pr", "911234567890123456", "911234567890123456"),
        ("other", " 军官证 第123号 ", "军官证第123号"),
    ],
)
def test_given_each_other_id_type_when_checked_then_the_normalised_number(id_type, raw, expected):
    assert check_id(id_type, raw) == expected


@pytest.mark.parametrize(
    ("id_type", "raw"),
    [
        ("passport", "ABCDEFGH"),
        ("passport", "E12"),
        ("hk_macao_permit", "A12345678"),
        ("hk_macao_permit", "H1234567"),
        ("taiwan_permit", "1234567"),
        ("foreigner_pr", "12345"),
        ("other", "  "),
    ],
)
def test_given_badly_formed_other_ids_when_checked_then_id_bad_format(id_type, raw):
    assert code_of(check_id, id_type, raw) == "id_bad_format"


def test_given_an_unknown_id_type_when_checked_then_refused():
    assert code_of(check_id, "library_card", "123") == "id_bad_type"


def test_given_the_id_type_list_then_six_types_with_chinese_labels():
    assert list(ID_TYPES) == [
        "resident_id",
        "passport",
        "hk_macao_permit",
        "taiwan_permit",
        "foreigner_pr",
        "other",
    ]
    assert ID_TYPES["hk_macao_permit"] == "港澳居民来往内地通行证"


def test_given_id_facts_then_only_for_valid_resident_ids():
    assert id_facts("resident_id", with_check("32010219500307123")).birth_date == date(1950, 3, 7)
    assert id_facts("passport", "E12345678") is None
    assert id_facts("resident_id", "123") is None


# --- code lists -------------------------------------------------------------------------------------


def test_given_gb3304_then_56_groups_plus_other_and_foreign_origin():
    assert len(codes.ETHNIC_GROUPS) == 58
    assert codes.ETHNIC_GROUPS["01"] == "汉族"
    assert codes.ETHNIC_GROUPS["05"] == "维吾尔族"
    assert codes.ETHNIC_GROUPS["29"] == "柯尔克孜族"
    assert codes.ETHNIC_GROUPS["56"] == "基诺族"
    assert codes.ETHNIC_GROUPS["98"] == "外国血统中国籍人士"
    assert len(set(codes.ETHNIC_GROUPS.values())) == 58


@pytest.mark.parametrize("value", ["01", "1", "汉族", "汉", " 汉族 ", "０１"])
def test_given_ways_of_writing_han_when_read_then_code_01(value):
    assert codes.ethnic_code(value) == "01"


def test_given_other_names_when_read_then_their_codes():
    assert codes.ethnic_code("蒙古") == "02"
    assert codes.ethnic_code("其他") == "97"
    assert codes.ethnic_code("56") == "56"


@pytest.mark.parametrize("value", ["", "57", "火星族", "汉人"])
def test_given_unknown_ethnic_values_when_read_then_refused(value):
    assert code_of(codes.ethnic_code, value) == "unknown_ethnic"


def test_given_gb4761_then_main_relation_codes():
    r = codes.RELATIONS
    assert (r["01"], r["02"], r["10"], r["11"], r["12"], r["20"], r["30"]) == (
        "本人",
        "户主",
        "配偶",
        "夫",
        "妻",
        "子",
        "女",
    )
    assert (r["50"], r["51"], r["52"], r["80"], r["97"], r["99"]) == (
        "父母",
        "父亲",
        "母亲",
        "其他",
        "其他亲属",
        "非亲属",
    )
    assert all(c in r for c in codes.MAIN_RELATIONS)
    assert codes.relation_code("户主") == "02"
    assert codes.relation_code("妻子") == "12"
    assert codes.relation_code("2") == "02"
    assert code_of(codes.relation_code, "邻居") == "unknown_relation"


def test_given_sexes_and_resident_types_when_read_then_codes():
    assert codes.sex_code("男") == "1"
    assert codes.sex_code("女性") == "2"
    assert codes.sex_code("2") == "2"
    assert code_of(codes.sex_code, "x") == "unknown_sex"
    assert codes.RESIDENT_TYPES == {"registered": "户籍人口", "floating": "流动人口", "overseas": "境外人员"}
    assert codes.resident_type_code("流动人口") == "floating"
    assert codes.resident_type_code("户籍") == "registered"
    assert codes.resident_type_code("overseas") == "overseas"
    assert code_of(codes.resident_type_code, "游客") == "unknown_resident_type"
