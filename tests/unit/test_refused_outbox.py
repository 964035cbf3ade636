"""An outbox the shared map refused takes the edits made since (working_copy._combined): one net
change per feature, so the correction of the refused value is sent with the rest."""
from mymap_plugin.sync.changes import Change
from mymap_plugin.sync.working_copy import _combined


def change(uuid, base, mine, table="trees"):
    return Change(table, uuid, base, mine)


def test_a_corrected_value_replaces_the_refused_one_and_keeps_the_original_base():
    sealed = [change("a", {"uuid": "a", "planting_year": 1990}, {"uuid": "a", "planting_year": 3000}),
              change("b", {"uuid": "b", "notes": "x"}, {"uuid": "b", "notes": "y"})]
    later = [change("a", {"uuid": "a", "planting_year": 3000, "notes": "n"},
                    {"uuid": "a", "planting_year": 2001, "notes": "m"})]
    combined = {c.uuid: c for c in _combined(sealed, later)}
    assert combined["a"].base == {"uuid": "a", "planting_year": 1990, "notes": "n"}
    assert combined["a"].mine == {"uuid": "a", "planting_year": 2001, "notes": "m"}
    assert (combined["b"].base, combined["b"].mine) == (sealed[1].base, sealed[1].mine)


def test_a_value_changed_back_is_no_change_and_an_added_then_deleted_feature_is_none():
    sealed = [change("a", {"uuid": "a", "notes": "x"}, {"uuid": "a", "notes": "y"}),
              change("n", None, {"uuid": "n", "notes": "new"})]
    later = [change("a", {"uuid": "a", "notes": "y"}, {"uuid": "a", "notes": "x"}),
             change("n", {"uuid": "n", "notes": "new"}, None)]
    assert _combined(sealed, later) == []


def test_an_added_feature_edited_again_stays_an_insert_and_an_edit_then_delete_is_a_delete_of_the_original():
    sealed = [change("n", None, {"uuid": "n", "notes": "new", "height_m": 3.0}),
              change("a", {"uuid": "a", "notes": "x"}, {"uuid": "a", "notes": "y"})]
    later = [change("n", {"uuid": "n", "height_m": 3.0}, {"uuid": "n", "height_m": 4.0}),
             change("a", {"uuid": "a", "notes": "y", "height_m": 5.0}, None)]
    combined = {c.uuid: c for c in _combined(sealed, later)}
    assert combined["n"].op == "I" and combined["n"].mine == {"uuid": "n", "notes": "new", "height_m": 4.0}
    assert combined["a"].op == "D" and combined["a"].base == {"uuid": "a", "notes": "x", "height_m": 5.0}
