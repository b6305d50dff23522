"""Who may see what, and masking as every list and export shows it."""

from desktop.services.core.permissions import PERMISSIONS, Perm, Role, can, mask_id_number, mask_phone


def test_masks_match_what_the_centre_prints():
    assert mask_id_number("32010219500101123X") == "3201**********123X"
    assert mask_id_number("E12345678") == "E1*****78"
    assert mask_id_number("") == ""
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("025-83456789") == "025-****6789"


def test_key_group_data_and_unmasked_ids_only_for_police_and_director():
    allowed = {r for r in Role if can(r, Perm.KEY_GROUPS_READ)}
    assert allowed == {Role.POLICE, Role.DIRECTOR}
    assert {r for r in Role if can(r, Perm.REVEAL_ID)} == {Role.POLICE, Role.DIRECTOR}


def test_accusations_readable_by_director_only_among_roles():
    # 信访工作条例 art. 30: the handler is checked per record by the reception module
    assert {r for r in Role if can(r, Perm.PETITIONS_ACCUSATION_READ)} == {Role.DIRECTOR}


def test_every_role_has_a_row_and_unknown_roles_get_nothing():
    assert set(PERMISSIONS) == set(Role)
    assert not can("boss", Perm.PRINT)


def test_the_signage_page_is_offered_to_exactly_the_roles_that_may_print_signs():
    from desktop.printing import registry
    from desktop.services.core.permissions import Perm, Role, can

    signs = {d.key: d for d in registry.documents() if d.kind == registry.SIGNAGE}
    for role in Role:
        assert can(role, Perm.SIGNAGE_PRINT) == all(role.value in d.roles for d in signs.values()), role
