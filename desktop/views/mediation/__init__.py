"""矛盾纠纷调处室: the queue of dispute cases, the case page and its dialogs."""
