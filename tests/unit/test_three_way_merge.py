"""The three-way merge of one feature as a table: base (the row at my last sync), mine (the row
now), theirs (the log entries others sent since) → the row everybody ends with, what I send, and
the conflicts (kind, field, editor named as the one whose value won)."""
import pytest

from mymap_plugin.sync.changes import Change
from mymap_plugin.sync.merge import Entry, merge

U = "11111111-1111-4111-8111-111111111111"
BASE = {"uuid": U, "asset_code": "CX0000013", "height_m": 5.0, "condition": "tot", "notes": "Hoa",
        "created_at": "2026-12-01T08:00:00Z", "created_by": "chi",
        "updated_at": "2026-12-01T08:00:00Z", "updated_by": "chi"}
NFD = "Ho\u0300a"          # "Hòa" typed as o + combining grave
NFC = "H\u00f2a"


def row(**values):
    return dict(BASE, **values)


def update(editor, **values):
    return Entry("trees", U, "U", {name: BASE.get(name) for name in values}, dict(values), editor=editor)


def insert(editor, **values):
    return Entry("trees", U, "I", None, row(**values), editor=editor)


def delete(editor):
    return Entry("trees", U, "D", dict(BASE), None, editor=editor)


# id, base, mine, their entries, expected result (None: deleted), sent fields (None: nothing sent),
# conflicts as (kind, field, theirs_editor)
CASES = [
    ("different fields merge", BASE, row(condition="kem"), [update("binh", height_m=7.0)],
     row(condition="kem", height_m=7.0), {"condition"}, []),
    ("same field, same value: no conflict", BASE, row(height_m=7.0), [update("binh", height_m=7.0)],
     row(height_m=7.0), None, []),
    ("same field, different values: theirs wins, named", BASE, row(height_m=6.0),
     [update("binh", height_m=7.0), update("chi", notes="x")],
     row(height_m=7.0, notes="x"), None, [("field", "height_m", "binh")]),
    ("stamps of different-field edits never conflict; the later stamp stands", BASE,
     row(condition="kem", updated_at="2026-12-05T10:05:00Z", updated_by="an"),
     [update("binh", height_m=7.0, updated_at="2026-12-05T10:00:00Z", updated_by="binh")],
     row(condition="kem", height_m=7.0, updated_at="2026-12-05T10:05:00Z", updated_by="an"),
     {"condition", "updated_at", "updated_by"}, []),
    ("an earlier stamp gives way to theirs", BASE,
     row(condition="kem", updated_at="2026-12-05 09:00:00", updated_by="an"),
     [update("binh", height_m=7.0, updated_at="2026-12-05T10:00:00Z", updated_by="binh")],
     row(condition="kem", height_m=7.0, updated_at="2026-12-05T10:00:00Z", updated_by="binh"), {"condition"}, []),
    ("a stamp of a change that lost is not sent", BASE,
     row(height_m=6.0, updated_at="2026-12-05T11:00:00Z", updated_by="an"),
     [update("binh", height_m=7.0, updated_at="2026-12-05T10:00:00Z", updated_by="binh")],
     row(height_m=7.0, updated_at="2026-12-05T10:00:00Z", updated_by="binh"), None,
     [("field", "height_m", "binh")]),
    ("created stamps never change", BASE, row(created_at="2030-01-01T00:00:00Z", created_by="an"), [],
     BASE, None, []),
    ("same text in NFD and NFC is one value", BASE, row(notes=NFD), [update("binh", notes=NFC)],
     row(notes=NFC), None, []),
    ("I deleted, they changed: kept, named", BASE, None, [update("binh", height_m=7.0)],
     row(height_m=7.0), None, [("delete_update", None, "binh")]),
    ("I changed, they deleted: deleted, named", BASE, row(height_m=6.0), [delete("binh")],
     None, None, [("update_delete", None, "binh")]),
    ("both deleted", BASE, None, [delete("binh")], None, None, []),
    ("same uuid added twice keeps the first code and stamps", None,
     row(asset_code="CX0000099", created_by="an", updated_by="an"),
     [insert("binh", created_by="binh", updated_by="binh")],
     row(created_by="binh", updated_by="binh"), None, []),
    ("same uuid added twice with different data", None, row(height_m=9.0), [insert("binh")],
     BASE, None, [("insert_insert", "height_m", "binh")]),
    ("added again after it was deleted: stays deleted, with a record", None, BASE,
     [insert("an"), delete("binh")], None, None, [("update_delete", None, "binh")]),
    ("new feature", None, BASE, [], BASE, set(BASE), []),
]


@pytest.mark.parametrize("name, base, mine, theirs, result, sent, conflicts", CASES, ids=[c[0] for c in CASES])
def test_three_way_merge(name, base, mine, theirs, result, sent, conflicts):
    merged = merge(Change("trees", U, base, mine), theirs)
    assert merged.result == result
    if sent is None:
        assert merged.push is None
    else:
        assert set(merged.push.new) == sent
    assert [(c.kind, c.field, c.theirs_editor) for c in merged.conflicts] == conflicts
