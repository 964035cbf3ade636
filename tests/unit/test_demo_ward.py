"""The demo ward: deterministic, realistic, with a drainage network that flows out."""
import collections

import pytest
from shapely import wkt
from shapely.strtree import STRtree

from mymap_plugin.ward_map import asset_codes
from mymap_plugin.ward_map.demo_ward import build_demo_ward


@pytest.fixture(scope="module")
def ward():
    return build_demo_ward()


def test_same_ward_every_time(ward):
    again = build_demo_ward()
    assert again.rows == ward.rows


def test_sizes_match_the_brief(ward):
    assert 7500 <= ward.count("housing") <= 8500
    assert ward.count("trees") == 3000
    assert ward.count("sensors") == 20
    assert ward.count("residential_groups") == 20
    # a week of readings every 10 minutes for 20 stations (one went silent a day early)
    assert ward.count("sensor_readings") >= 19 * 7 * 144


def test_houses_do_not_overlap_and_have_addresses(ward):
    shapes = [wkt.loads(row["geom"]) for row in ward.rows["housing"]]
    tree = STRtree(shapes)
    overlaps = 0
    for index, shape in enumerate(shapes):
        for other in tree.query(shape, predicate="intersects"):
            if other != index and shape.intersection(shapes[other]).area > 0.01:
                overlaps += 1
    assert overlaps == 0
    assert all(row["full_address"].startswith("Số ") for row in ward.rows["housing"])
    assert all(10 <= shape.area <= 2000 for shape in shapes)


def test_identities_are_unique_and_valid(ward):
    for layer_name in asset_codes.PREFIXES:
        rows = ward.rows[layer_name]
        assert len({row["uuid"] for row in rows}) == len(rows)
        codes = [row["asset_code"] for row in rows]
        assert len(set(codes)) == len(codes)
        assert all(asset_codes.parse_asset_code(code)[0] == layer_name for code in codes)


def test_drainage_network_flows_to_an_outlet(ward):
    nodes = {row["uuid"]: row for row in ward.rows["drainage_nodes"]}
    downstream = collections.defaultdict(list)
    for line in ward.rows["drainage_lines"]:
        assert line["from_node_uuid"] in nodes and line["to_node_uuid"] in nodes
        downstream[line["from_node_uuid"]].append(line["to_node_uuid"])
        start = wkt.loads("POINT({} {})".format(*wkt.loads(line["geom"]).coords[0]))
        end = wkt.loads("POINT({} {})".format(*wkt.loads(line["geom"]).coords[-1]))
        assert wkt.loads(nodes[line["from_node_uuid"]]["geom"]).distance(start) < 0.01
        assert wkt.loads(nodes[line["to_node_uuid"]]["geom"]).distance(end) < 0.01
        assert line["invert_up_m"] > line["invert_down_m"], "water must flow downhill"
    outlets = {uuid for uuid, row in nodes.items() if row["node_type"] == "tram_bom"}
    assert len(outlets) == 1
    for uuid in nodes:
        seen = set()
        current = uuid
        while current not in outlets:
            assert current not in seen, "cycle in the drainage network"
            seen.add(current)
            assert len(downstream[current]) == 1, "every node but the outlet drains one way"
            current = downstream[current][0]
    assert sum(1 for row in nodes.values() if row["node_type"] == "cua_xa") >= 4


def test_sensor_readings_are_consistent(ward):
    keys = [(r["station_uuid"], r["phenomenon_time"]) for r in ward.rows["sensor_readings"]]
    assert len(keys) == len(set(keys))
    levels = collections.Counter(row["last_alert_level"] for row in ward.rows["sensors"])
    assert len(levels) >= 3, "the demo should show several alert levels"
    for sensor in ward.rows["sensors"]:
        assert sensor["threshold_1_cm"] < sensor["threshold_2_cm"] < sensor["threshold_3_cm"]


def test_residential_groups_cover_every_house(ward):
    groups = {row["group_id"] for row in ward.rows["residential_groups"]}
    assert all(g.startswith("12103-") for g in groups)
    assert {row["residential_group_id"] for row in ward.rows["housing"]} <= groups


def test_node_levels_follow_the_form_rules(ward):
    for node in ward.rows["drainage_nodes"]:
        assert node["invert_elev_m"] < node["rim_elev_m"]
