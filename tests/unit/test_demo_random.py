"""The demo ward's own random numbers give, draw by draw, what random.Random(seed) gives."""
import random

import pytest

from mymap_plugin.ward_map.demo_ward import SEED, DemoRandom


@pytest.mark.parametrize("seed", [SEED, 0, 1, 2**32 - 1])
def test_every_draw_the_demo_uses_matches_python_random(seed):
    ours, reference = DemoRandom(seed), random.Random(seed)  # the reference stream; tests are not shipped
    items = list("abcdefghij")
    for step in range(3000):          # crosses several of DemoRandom's 4096-word chunks
        kind = step % 9
        if kind == 0:
            assert ours.random() == reference.random()
        elif kind == 1:
            assert ours.randint(1, 6) == reference.randint(1, 6)
            assert ours.randint(1925, 2024) == reference.randint(1925, 2024)
        elif kind == 2:
            assert ours.uniform(-3.0, 3.0) == reference.uniform(-3.0, 3.0)
        elif kind == 3:
            assert ours.choice(items) == reference.choice(items)
        elif kind == 4:
            weights = [72, 18, 5, 3, 2, 0, 1, 9, 4, 1]
            assert ours.choices(items, weights) == reference.choices(items, weights)
            assert ours.choices(items, weights, k=3) == reference.choices(items, weights, k=3)
        elif kind == 5:
            assert ours.getrandbits(128) == reference.getrandbits(128)
            assert ours.getrandbits(7) == reference.getrandbits(7)
        elif kind == 6:
            assert ours.gauss(0, 0.6) == reference.gauss(0, 0.6)
        elif kind == 7:
            mine, theirs = list(range(24)), list(range(24))
            ours.shuffle(mine)
            reference.shuffle(theirs)
            assert mine == theirs
        else:
            assert ours.randint(0, 10**12) == reference.randint(0, 10**12)


def test_the_same_seed_gives_the_same_stream_and_another_seed_another():
    first = [DemoRandom(SEED).getrandbits(64) for _ in range(2)]
    assert first[0] == first[1]
    assert DemoRandom(SEED + 1).getrandbits(64) != first[0]
