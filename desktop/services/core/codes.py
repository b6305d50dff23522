"""Lenient readers of what people write for the register's national code lists (sex GB/T 2261.1, ethnic group
GB/T 3304, relation to the householder GB/T 4761, resident type); the lists themselves are in ``vocabulary``.
"""

from __future__ import annotations

from desktop.services.core import vocabulary
from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import normalize

# the labels live in the vocabulary; these code -> Chinese maps are read from it
ETHNIC_GROUPS: dict[str, str] = {t.code: t.zh for t in vocabulary.ETHNIC.terms}
RELATIONS: dict[str, str] = {t.code: t.zh for t in vocabulary.RELATION.terms}
MAIN_RELATIONS = vocabulary.MAIN_RELATIONS
RESIDENT_TYPES: dict[str, str] = {t.code: t.zh for t in vocabulary.RESIDENT_TYPE.terms}
SEXES: dict[str, str] = {t.code: t.zh for t in vocabulary.SEX.terms}

_RELATION_ALIASES = {
    "户主本人": "02",
    "丈夫": "11",
    "妻子": "12",
    "儿子": "20",
    "女儿": "30",
    "父": "51",
    "母": "52",
}
_SEX_ALIASES = {
    "男": "1",
    "男性": "1",
    "M": "1",
    "MALE": "1",
    "女": "2",
    "女性": "2",
    "F": "2",
    "FEMALE": "2",
}
_RESIDENT_TYPE_ALIASES = {
    "户籍": "registered",
    "常住": "registered",
    "流动": "floating",
    "境外": "overseas",
    "外籍": "overseas",
}


def _clean(value: object) -> str:
    return normalize("" if value is None else str(value))


def _two_digits(value: str) -> str | None:
    if value.isdigit() and 1 <= len(value) <= 2:
        return value.zfill(2)
    return None


def ethnic_code(value: str) -> str:
    """'01', '1', '汉族' or '汉' -> '01'; ValidationError('ethnic', 'unknown_ethnic') otherwise."""
    v = _clean(value)
    code = _two_digits(v)
    if code in ETHNIC_GROUPS:
        return code
    for code, name in ETHNIC_GROUPS.items():
        if v == name or (len(v) >= 1 and name.endswith("族") and v == name[:-1]):
            return code
    raise ValidationError("ethnic", "unknown_ethnic")


def relation_code(value: str) -> str:
    """'02', '2', '户主', '妻子' -> GB/T 4761 code; ValidationError('relation', 'unknown_relation')."""
    v = _clean(value)
    code = _two_digits(v)
    if code in RELATIONS:
        return code
    for code, name in RELATIONS.items():
        if v == name:
            return code
    if v in _RELATION_ALIASES:
        return _RELATION_ALIASES[v]
    raise ValidationError("relation", "unknown_relation")


def sex_code(value: str) -> str:
    """'1', '男', '男性', 'M' -> '1'; '2', '女' -> '2'; ValidationError('sex', 'unknown_sex')."""
    v = _clean(value)
    if v in SEXES:
        return v
    if v in _SEX_ALIASES:
        return _SEX_ALIASES[v]
    raise ValidationError("sex", "unknown_sex")


def resident_type_code(value: str) -> str:
    """'registered', '户籍人口', '户籍', '流动人口' ... -> code; ValidationError('resident_type', ...)."""
    v = _clean(value)
    if v.lower() in RESIDENT_TYPES:
        return v.lower()
    for code, name in RESIDENT_TYPES.items():
        if v == name:
            return code
    for alias, code in _RESIDENT_TYPE_ALIASES.items():
        if v.startswith(alias):
            return code
    raise ValidationError("resident_type", "unknown_resident_type")
