"""National code lists of the resident register, and lenient readers of what people write for them.

- Ethnic groups: GB/T 3304-1991 (民族代码), 56 groups plus 97 其他, 98 外国血统中国籍人士.
- Relation to the householder: GB/T 4761-2008 (家庭关系代码).
- Sex: GB/T 2261.1-2003.
"""

from __future__ import annotations

from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import normalize

ETHNIC_GROUPS: dict[str, str] = {
    "01": "汉族",
    "02": "蒙古族",
    "03": "回族",
    "04": "藏族",
    "05": "维吾尔族",
    "06": "苗族",
    "07": "彝族",
    "08": "壮族",
    "09": "布依族",
    "10": "朝鲜族",
    "11": "满族",
    "12": "侗族",
    "13": "瑶族",
    "14": "白族",
    "15": "土家族",
    "16": "哈尼族",
    "17": "哈萨克族",
    "18": "傣族",
    "19": "黎族",
    "20": "傈僳族",
    "21": "佤族",
    "22": "畲族",
    "23": "高山族",
    "24": "拉祜族",
    "25": "水族",
    "26": "东乡族",
    "27": "纳西族",
    "28": "景颇族",
    "29": "柯尔克孜族",
    "30": "土族",
    "31": "达斡尔族",
    "32": "仫佬族",
    "33": "羌族",
    "34": "布朗族",
    "35": "撒拉族",
    "36": "毛南族",
    "37": "仡佬族",
    "38": "锡伯族",
    "39": "阿昌族",
    "40": "普米族",
    "41": "塔吉克族",
    "42": "怒族",
    "43": "乌孜别克族",
    "44": "俄罗斯族",
    "45": "鄂温克族",
    "46": "德昂族",
    "47": "保安族",
    "48": "裕固族",
    "49": "京族",
    "50": "塔塔尔族",
    "51": "独龙族",
    "52": "鄂伦春族",
    "53": "赫哲族",
    "54": "门巴族",
    "55": "珞巴族",
    "56": "基诺族",
    "97": "其他",
    "98": "外国血统中国籍人士",
}

# GB/T 4761-2008. The "main" codes (x0) name the class; the others refine it.
RELATIONS: dict[str, str] = {
    "01": "本人",
    "02": "户主",
    "10": "配偶",
    "11": "夫",
    "12": "妻",
    "20": "子",
    "21": "独生子",
    "22": "长子",
    "23": "次子",
    "24": "三子",
    "25": "四子",
    "26": "五子",
    "27": "养子或继子",
    "28": "女婿",
    "29": "其他儿子",
    "30": "女",
    "31": "独生女",
    "32": "长女",
    "33": "次女",
    "34": "三女",
    "35": "四女",
    "36": "五女",
    "37": "养女或继女",
    "38": "儿媳",
    "39": "其他女儿",
    "40": "孙子、孙女或外孙子、外孙女",
    "41": "孙子",
    "42": "孙女",
    "43": "外孙子",
    "44": "外孙女",
    "45": "孙媳妇或外孙媳妇",
    "46": "孙女婿或外孙女婿",
    "47": "曾孙子或外曾孙子",
    "48": "曾孙女或外曾孙女",
    "49": "其他孙子、孙女或外孙子、外孙女",
    "50": "父母",
    "51": "父亲",
    "52": "母亲",
    "53": "公公",
    "54": "婆婆",
    "55": "岳父",
    "56": "岳母",
    "57": "继父或养父",
    "58": "继母或养母",
    "59": "其他父母关系",
    "60": "祖父母或外祖父母",
    "61": "祖父",
    "62": "祖母",
    "63": "外祖父",
    "64": "外祖母",
    "65": "配偶的祖父母或外祖父母",
    "66": "曾祖父",
    "67": "曾祖母",
    "68": "配偶的曾祖父母或外曾祖父母",
    "69": "其他祖父母或外祖父母关系",
    "70": "兄弟姐妹",
    "71": "兄",
    "72": "嫂",
    "73": "弟",
    "74": "弟媳",
    "75": "姐姐",
    "76": "姐夫",
    "77": "妹妹",
    "78": "妹夫",
    "79": "其他兄弟姐妹",
    "80": "其他",
    "81": "伯父",
    "82": "伯母",
    "83": "叔父",
    "84": "婶母",
    "85": "舅父",
    "86": "舅母",
    "87": "姨父",
    "88": "姨母",
    "89": "姑父",
    "90": "姑母",
    "91": "堂兄弟、堂姐妹",
    "92": "表兄弟、表姐妹",
    "93": "侄子",
    "94": "侄女",
    "95": "外甥",
    "96": "外甥女",
    "97": "其他亲属",
    "99": "非亲属",
}

# The short list a form offers first (the rest stay reachable through the full list).
MAIN_RELATIONS: tuple[str, ...] = ("02", "10", "20", "30", "40", "50", "60", "70", "80", "97", "99")

RESIDENT_TYPES: dict[str, str] = {"registered": "户籍人口", "floating": "流动人口", "overseas": "境外人员"}

# GB/T 2261.1-2003
SEXES: dict[str, str] = {"1": "男", "2": "女", "0": "未知的性别", "9": "未说明的性别"}

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
