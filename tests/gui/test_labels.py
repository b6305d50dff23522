"""Code-list labels come from the one vocabulary, in the language the program runs in."""

from desktop.services.core import vocabulary
from desktop.views.common.labels import term, terms
from desktop.views.common.qt_setup import install_translator


def test_given_chinese_then_the_laws_words_and_given_english_then_english(zh_app):
    assert term(vocabulary.VISIT_OUTCOME, "answered") == "当场解答"
    assert terms(vocabulary.PETITION_CHANNEL)[-1] == ("network", "信息网络")
    assert term(vocabulary.SEX, None) == "" and term(vocabulary.SEX, "x") == "x"
    install_translator(zh_app, "en")  # (the zh_app fixture puts English back after the test anyway)
    assert term(vocabulary.VISIT_OUTCOME, "answered") == "Answered on the spot"
    assert term(vocabulary.ETHNIC, "01") == "Han"
    assert term(vocabulary.RELATION, "02") == "户主"  # a national list without English shows its Chinese
