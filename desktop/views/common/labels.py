"""Code-list labels on screen: the vocabulary's label in the user's language (Chinese by default, English when
the program runs in English). The vocabulary (services/core/vocabulary.py) is the only place a label is spelled."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.services.core.vocabulary import Vocabulary


def language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "zh"


def term(vocab: Vocabulary, code: str | None) -> str:
    """The label of ``code`` ("" for none; an unknown code as itself)."""
    return vocab.label(code, language())


def terms(vocab: Vocabulary) -> list[tuple[str, str]]:
    """(code, label) pairs in display order, for a combo box."""
    return vocab.pairs(language())
