"""Identity documents: normalising what people type, and validating each ID type.

Citizen ID numbers (GB 11643-1999) are checked with python-stdnum's pieces (check digit, birth date) but
**not** ``stdnum.cn.ric.validate()``: that one requires the region code to have existed in the holder's
birth year, while the code is that of the registration office when the number was issued (a person born
in 1950 may hold a 1983 code) and numbers issued under an abolished code (320103 白下区, gone 2013) stay
valid for life. We accept any code ever assigned in the GB/T 2260 history stdnum ships (``cn/loc.dat``).
See DOMAIN.md section 5 and TRAPS.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from stdnum.cn import ric

from desktop.services.core.clock import today as local_today
from desktop.services.core.errors import ValidationError
from desktop.services.core.vocabulary import ID_TYPE

ID_TYPES: dict[str, str] = {t.code: t.zh for t in ID_TYPE.terms}  # labels: the vocabulary

FIELD = "id_number"

# Whitespace people paste from Word/Excel/web pages: ASCII, ideographic space, NBSP, zero-width ones.
_SPACES = re.compile(r"[\s\u3000\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
_DIGITS17 = re.compile(r"^\d{17}[\dX]$")
_DIGITS15 = re.compile(r"^\d{15}$")
# 港澳台居民居住证 (2018-) carry these region codes; stdnum's table does not know 830000.
_SPECIAL_REGIONS = {"810000": "香港特别行政区", "820000": "澳门特别行政区", "830000": "台湾地区"}
# Prefecture-level placeholders that add nothing to a readable place name.
_FILLER = {"市辖区", "县", "市区"}


def _is_filler(name: str) -> bool:
    return name in _FILLER or "直辖" in name


# Numbers were first issued in 1984; a number is assigned at household registration (at birth since).
_FIRST_ISSUE_YEAR = 1984


def normalize(raw: str) -> str:
    """Strip all spaces (incl. full-width), turn full-width digits/letters into ASCII, upper-case letters."""
    if raw is None:
        return ""
    text = unicodedata.normalize("NFKC", str(raw))  # full-width Ａ１ -> A1, ideographic space -> space
    text = _SPACES.sub("", text)
    return text.upper()


@dataclass(frozen=True)
class CitizenId:
    number: str  # always 18 characters
    birth_date: date
    sex: str  # GB/T 2261.1: "1" male, "2" female
    region_code: str
    region_name: str
    upgraded_from_15: bool


def check_digit(first17: str) -> str:
    """The GB 11643 check character of 17 digits (stdnum computes it from a number incl. a check place)."""
    return ric.calc_check_digit(first17 + "0")


def _names(entry: str | None) -> list[tuple[int | None, int | None, str]]:
    """'[1983-2013]白下区,[2014-]x' -> [(1983, 2013, '白下区'), (2014, None, 'x')]."""
    out: list[tuple[int | None, int | None, str]] = []
    if not entry:
        return out
    for part in entry.split(","):
        if part.startswith("["):
            span, name = part[1:].split("]", 1)
            start, end = span.split("-")
            out.append((int(start) if start else None, int(end) if end else None, name))
        else:
            out.append((None, None, part))
    return out


def _pick(names: list[tuple[int | None, int | None, str]], year: int) -> str:
    """The name in use in ``year``, else the latest one (codes were reused for renamed places)."""
    for start, end, name in names:
        if (start is None or year >= start) and (end is None or year <= end):
            return name
    return names[-1][2]


@lru_cache(maxsize=8192)
def _lookup(
    code: str,
) -> tuple[tuple[str, str | None], tuple[str, str | None], tuple[str, str | None]] | None:
    from stdnum import numdb

    db = numdb.get("cn/loc")

    def county_of(c: str) -> str | None:
        info = {k: v for _part, props in db.info(c) for k, v in props.items()}
        return info.get("county")

    info = {k: v for _part, props in db.info(code) for k, v in props.items()}
    if "county" not in info:
        return None
    province = info.get("province", "")
    prefecture = county_of(code[:4] + "00") if code[4:] != "00" else None
    return (("province", province), ("prefecture", prefecture), ("county", info["county"]))


def region_name(code: str, year: int | None = None) -> str | None:
    """A readable place for a GB/T 2260 code ever assigned ('江苏省南京市白下区'), None if never assigned."""
    if code in _SPECIAL_REGIONS:
        return _SPECIAL_REGIONS[code]
    found = _lookup(code)
    if found is None:
        return None
    year = year or local_today().year
    province = found[0][1] or ""
    prefecture = _pick(_names(found[1][1]), year) if found[1][1] else ""
    county = _pick(_names(found[2][1]), year)
    parts = [province]
    if code[2:] == "0000":
        return province
    if prefecture and not _is_filler(prefecture) and prefecture != province:
        parts.append(prefecture)
    if not _is_filler(county) and county not in parts:
        parts.append(county)
    return "".join(parts)


def stored_forms(raw: str) -> tuple[str, ...]:
    """The forms a typed number may be stored under: a 15-digit 居民身份证 number is stored upgraded to 18
    digits (GB 11643), so a lookup asks for both; every ID query normalises through here, as storage does."""
    number = normalize(raw)
    if _DIGITS15.match(number):
        first17 = number[:6] + "19" + number[6:]
        return (number, first17 + check_digit(first17))
    return (number,)


def parse_citizen_id(raw: str) -> CitizenId:
    """Validate a 居民身份证 number (18, or 15 upgraded to 18) and read birth date, sex and region.

    Raises ValidationError("id_number", code) with code id_bad_length, id_bad_characters,
    id_bad_checksum, id_bad_birth_date (impossible or in the future) or id_unknown_region.
    """
    number = normalize(raw)
    upgraded = False
    if len(number) == 15:
        if not _DIGITS15.match(number):
            raise ValidationError(FIELD, "id_bad_characters")
        first17 = number[:6] + "19" + number[6:]
        number = first17 + check_digit(first17)
        upgraded = True
    elif len(number) != 18:
        raise ValidationError(FIELD, "id_bad_length")
    if not _DIGITS17.match(number):
        raise ValidationError(FIELD, "id_bad_characters")
    if not upgraded and number[-1] != check_digit(number[:17]):
        raise ValidationError(FIELD, "id_bad_checksum")
    try:
        born = ric.get_birth_date(number)
    except Exception as exc:  # stdnum raises InvalidComponent for 19990230
        raise ValidationError(FIELD, "id_bad_birth_date") from exc
    if born > local_today() or born.year < 1880:
        raise ValidationError(FIELD, "id_bad_birth_date")
    code = number[:6]
    name = region_name(code, max(born.year, _FIRST_ISSUE_YEAR))
    if name is None:
        raise ValidationError(FIELD, "id_unknown_region")
    sex = "1" if int(number[16]) % 2 == 1 else "2"
    return CitizenId(
        number=number,
        birth_date=born,
        sex=sex,
        region_code=code,
        region_name=name,
        upgraded_from_15=upgraded,
    )


# Format checks for the other documents (no public checksum exists for them):
# - 中国护照: E/G/D/S/P + 8 digits, or E + letter + 7 digits (2012-); foreign passports vary: 5-17 alnum.
# - 港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macao) + 8 digits (2013 card) or 10 digits (old).
# - 台湾居民来往大陆通行证 (台胞证): 8 digits (2015 card); older ones had 10 digits + letter -> accept 10.
# - 外国人永久居留身份证: 15 characters (2004 card: 3 letters + 12 digits) or 18 (2023 card: "9" + 17, the
#   last may be X). Its check digit is not enforced: refusing a real card costs more than a typo.
_PASSPORT = re.compile(r"^[A-Z0-9]{5,17}$")
_HK_MACAO = re.compile(r"^[HM](\d{8}|\d{10})$")
_TAIWAN = re.compile(r"^(\d{8}|\d{10})$")
_FOREIGNER_PR_15 = re.compile(r"^[A-Z]{3}\d{12}$")
_FOREIGNER_PR_18 = re.compile(r"^9\d{16}[\dX]$")


def check_id(id_type: str, raw: str) -> str:
    """The normalised number, validated for its type; ValidationError('id_number', code) when not.

    resident_id follows ``parse_citizen_id`` (15-digit numbers come back upgraded to 18); the other
    types get format checks and raise code ``id_bad_format``; an unknown type raises ``id_bad_type``.
    """
    if id_type not in ID_TYPES:
        raise ValidationError("id_type", "id_bad_type")
    number = normalize(raw)
    if id_type == "resident_id":
        return parse_citizen_id(number).number
    if not number:
        raise ValidationError(FIELD, "id_bad_format")
    ok = {
        "passport": lambda n: bool(_PASSPORT.match(n)) and not n.isalpha(),
        "hk_macao_permit": lambda n: bool(_HK_MACAO.match(n)),
        "taiwan_permit": lambda n: bool(_TAIWAN.match(n)),
        "foreigner_pr": _foreigner_pr_ok,
        "other": lambda n: len(n) <= 40,
    }[id_type](number)
    if not ok:
        raise ValidationError(FIELD, "id_bad_format")
    return number


def _foreigner_pr_ok(number: str) -> bool:
    return bool(_FOREIGNER_PR_15.match(number) or _FOREIGNER_PR_18.match(number))


def id_facts(id_type: str, number: str) -> CitizenId | None:
    """Birth date/sex/region derived from a valid resident ID, None for other types or bad numbers."""
    if id_type != "resident_id" or not number:
        return None
    try:
        return parse_citizen_id(number)
    except ValidationError:
        return None
