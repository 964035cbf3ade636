"""Asset codes and their Damm check digit (plain Python)."""
import itertools
import random

import pytest

from mymap_plugin.ward_map import asset_codes


def test_known_damm_check_digit():
    # Worked example of Damm's algorithm: 572 → check digit 4.
    assert asset_codes.damm_check_digit("572") == 4
    assert asset_codes.damm_is_valid("5724")
    assert not asset_codes.damm_is_valid("5723")


def test_every_single_digit_error_is_caught():
    rng = random.Random(1)
    for _ in range(300):
        digits = "".join(rng.choice("0123456789") for _ in range(6))
        code = digits + str(asset_codes.damm_check_digit(digits))
        for position, wrong in itertools.product(range(len(code)), "0123456789"):
            if wrong == code[position]:
                continue
            mutated = code[:position] + wrong + code[position + 1:]
            assert not asset_codes.damm_is_valid(mutated), (code, mutated)


def test_every_adjacent_swap_is_caught():
    rng = random.Random(2)
    for _ in range(300):
        digits = "".join(rng.choice("0123456789") for _ in range(6))
        code = digits + str(asset_codes.damm_check_digit(digits))
        for position in range(len(code) - 1):
            if code[position] == code[position + 1]:
                continue
            swapped = code[:position] + code[position + 1] + code[position] + code[position + 2:]
            assert not asset_codes.damm_is_valid(swapped), (code, swapped)


def test_codes_round_trip_for_every_layer():
    for layer_name, prefix in asset_codes.PREFIXES.items():
        code = asset_codes.make_asset_code(layer_name, 1234)
        assert code.startswith(prefix) and len(code) == 9
        assert asset_codes.parse_asset_code(code) == (layer_name, 1234)
        assert asset_codes.parse_asset_code(" {}-{}-{} ".format(code[:2], code[2:8], code[8]).lower()) == \
            (layer_name, 1234)


def test_invalid_codes_are_rejected():
    good = asset_codes.make_asset_code("trees", 42)
    bad_check = good[:-1] + str((int(good[-1]) + 1) % 10)
    for text in ("", "CX", "XX0000421", bad_check, good + "1", "CX00004A1"):
        assert asset_codes.parse_asset_code(text) is None, text


def test_serial_out_of_range():
    with pytest.raises(ValueError, match="outside"):
        asset_codes.make_asset_code("trees", 0)
    with pytest.raises(ValueError, match="outside"):
        asset_codes.make_asset_code("trees", asset_codes.MAX_SERIAL + 1)
    with pytest.raises(ValueError, match="no asset code prefix"):
        asset_codes.make_asset_code("species", 1)
