"""Fast QR matrices: module for module the same as the qrcode library (plain Python).

Speed is not a timed test; print it with
``PYTHONPATH=. .venv/bin/python tests/unit/test_qr_matrix.py``.
"""
import dataclasses
import random
import string

import numpy as np
import pytest
import qrcode
import qrcode.util
from qrcode.exceptions import DataOverflowError

from mymap_plugin.qr_labels import qr_matrix
from mymap_plugin.qr_labels.qr_matrix import QrCode, make_qr, penalty_scores

EC_CONSTANTS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
EC_LEVELS = tuple(EC_CONSTANTS)
ASSET_PREFIXES = ("CX", "TR", "NH", "DN", "CN", "HT")
VIETNAMESE_WORDS = (
    "Phường", "Mỹ", "Hào", "cây", "xanh", "đèn", "đường", "Nguyễn", "Văn", "Linh",
    "số", "nhà", "ngõ", "trạm", "biến", "áp", "cống", "thoát", "nước", "Hưng", "Yên",
    "bằng", "lăng", "sấu", "trụ", "cứu", "hỏa", "Ướt", "ĐÔNG", "Quốc", "lộ", "5A",
)


def asset_code(rng):
    return "{}{:07d}".format(rng.choice(ASSET_PREFIXES), rng.randrange(10 ** 7))


def make_payloads():
    """Seeded payloads of every kind the labels print, plus awkward ones."""
    rng = random.Random(20240518)
    payloads = ["", "A", "a", "1", " ", "é", "Đ", "HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234"]
    payloads += ["HTTPS://MYHAO.EXAMPLE.VN/A/" + asset_code(rng) for _ in range(60)]
    payloads += ["https://myhao.example.vn/a/{}?v={}".format(asset_code(rng).lower(),
                                                            rng.randrange(100))
                 for _ in range(40)]
    payloads += [" ".join(rng.choice(VIETNAMESE_WORDS) for _ in range(rng.randint(1, 12)))
                 for _ in range(40)]
    payloads += ["".join(rng.choice(string.digits) for _ in range(rng.randint(1, 80)))
                 for _ in range(30)]
    # Mixed text where add_data's optimize=20 splits off numeric/alphanumeric chunks.
    payloads += ["mã tài sản {} và {}".format(
        "".join(rng.choice(string.digits) for _ in range(rng.randint(18, 40))),
        "".join(rng.choice(string.ascii_uppercase + "0123456789 $%*+-./:")
                for _ in range(rng.randint(18, 40))))
        for _ in range(12)]
    payloads += ["".join(rng.choice(string.printable[:95]) for _ in range(rng.randint(1, 160)))
                 for _ in range(16)]
    payloads += ["".join(rng.choice(string.ascii_letters + "ăâđêôơư ") for _ in range(300)),
                 "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(300))]
    return payloads


PAYLOADS = make_payloads()


def reference(text, ec, version=None, fit=True):
    """qrcode's own QRCode for *text*, as the label code used to make it."""
    qr = qrcode.QRCode(version=version, error_correction=EC_CONSTANTS[ec], box_size=1, border=0)
    qr.add_data(text)
    qr.make(fit=fit)
    return qr


def as_matrix(modules):
    """qrcode's list-of-lists modules as a bool array (None → False)."""
    return np.array([[bool(module) for module in row] for row in modules], dtype=bool)


def mask_from_format_bits(matrix, ec):
    """Read the mask number back from the format information next to the top-left finder."""
    size = matrix.shape[0]
    rows = [0, 1, 2, 3, 4, 5, 7, 8] + [size - 15 + bit for bit in range(8, 15)]
    bits = sum(int(matrix[row, 8]) << bit for bit, row in enumerate(rows))
    data = (bits ^ qrcode.util.G15_MASK) >> 10
    assert data >> 3 == EC_CONSTANTS[ec]
    return data & 7


def test_payloads_cover_what_was_asked():
    assert len(PAYLOADS) >= 200
    assert any(len(text) == 300 for text in PAYLOADS)
    assert "" in PAYLOADS


@pytest.mark.parametrize("ec", EC_LEVELS)
def test_matrix_version_and_mask_match_qrcode(ec):
    mismatches = []
    for text in PAYLOADS:
        code = make_qr(text, ec)
        qr = reference(text, ec)
        expected = as_matrix(qr.modules)
        if code.version != qr.version or not np.array_equal(code.modules, expected):
            mismatches.append((text, code.version, qr.version))
            continue
        assert qr.mask_pattern is None  # so qrcode chose the mask itself
        assert code.mask == mask_from_format_bits(expected, ec), text
        assert code.error_correction == ec
        assert code.size == 4 * code.version + 17 == expected.shape[0]
    assert not mismatches, mismatches[:5]


@pytest.mark.parametrize("text", [
    "HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234",
    "https://myhao.example.vn/a/tr0098765",
    "Cây sấu số 12, Phường Mỹ Hào",
    "0123456789",
    "",
])
@pytest.mark.parametrize("ec", EC_LEVELS)
def test_mask_is_what_best_mask_pattern_returns(text, ec):
    qr = qrcode.QRCode(error_correction=EC_CONSTANTS[ec], box_size=1, border=0)
    qr.add_data(text)
    qr.best_fit()
    assert make_qr(text, ec).mask == qr.best_mask_pattern()


def qrcode_test_matrices(text, ec):
    """qrcode's eight mask candidates as scored by best_mask_pattern, and their lost points."""
    qr = qrcode.QRCode(error_correction=EC_CONSTANTS[ec], box_size=1, border=0)
    qr.add_data(text)
    qr.best_fit()
    matrices, points = [], []
    for mask in range(8):
        qr.makeImpl(True, mask)
        matrices.append(as_matrix(qr.modules))
        points.append(qrcode.util.lost_point(qr.modules))
    return qr.version, np.array(matrices), points


PENALTY_SAMPLES = [
    ("HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234", "Q"),
    ("HTTPS://MYHAO.EXAMPLE.VN/A/NH7654321", "L"),
    ("https://myhao.example.vn/a/cx0001234", "M"),
    ("Trạm biến áp Mỹ Hào 3 — ngõ 15", "H"),
    ("31415926535897932384626433832795028841971693993751", "Q"),
    ("x" * 120, "M"),  # version 7: version information blocks
    ("Đèn đường số 7 " * 40, "L"),  # version 19: several alignment patterns
    ("", "L"),
]


@pytest.mark.parametrize("text, ec", PENALTY_SAMPLES)
def test_penalties_equal_qrcode_lost_point_for_every_mask(text, ec):
    version, expected_matrices, expected_points = qrcode_test_matrices(text, ec)
    segments = qr_matrix._segments_for_text(text)
    ec_value = EC_CONSTANTS[ec]
    size = 4 * version + 17
    buffer = qr_matrix._candidate_buffer(segments, version, ec_value)
    candidates = qr_matrix._matrices_from_line_buffer(buffer, 8, size)
    assert np.array_equal(candidates, expected_matrices)

    flags = qr_matrix._penalty_flags(buffer, 8, size)
    rules = qr_matrix._penalty_rules(flags)
    for mask in range(8):
        modules = expected_matrices[mask].tolist()
        assert list(rules[:, mask]) == [
            qrcode.util._lost_point_level1(modules, size),
            qrcode.util._lost_point_level2(modules, size),
            qrcode.util._lost_point_level3(modules, size),
            qrcode.util._lost_point_level4(modules, size),
        ], mask
    assert list(qr_matrix._penalty_totals(flags)) == expected_points
    assert list(penalty_scores(candidates)) == expected_points
    assert [int(penalty_scores(matrix)) for matrix in candidates] == expected_points


def test_penalties_of_random_matrices_equal_lost_point():
    rng = np.random.default_rng(7)
    finder_like = np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=bool)
    for size in (21, 25, 29, 33, 45):
        for density in (0.2, 0.5, 0.8):
            matrices = rng.random((6, size, size)) < density
            # Plant finder-like patterns (both directions, both axes), some at the edges.
            for matrix in matrices[:3]:
                for _ in range(4):
                    line = rng.integers(size)
                    start = rng.choice([0, size - 11, rng.integers(size - 10)])
                    pattern = finder_like if rng.random() < 0.5 else finder_like[::-1]
                    if rng.random() < 0.5:
                        matrix[line, start:start + 11] = pattern
                    else:
                        matrix[start:start + 11, line] = pattern
            expected = [qrcode.util.lost_point(matrix.tolist()) for matrix in matrices]
            assert list(penalty_scores(matrices)) == expected, (size, density)


@pytest.mark.parametrize("text, ec, version", [
    ("HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234", "Q", 5),
    ("Cây xanh", "M", 7),
    ("12345678901234567890", "H", 12),
])
def test_explicit_version_matches_qrcode(text, ec, version):
    code = make_qr(text, ec, version=version)
    qr = reference(text, ec, version=version, fit=False)
    assert code.version == version
    assert np.array_equal(code.modules, as_matrix(qr.modules))
    assert code.mask == mask_from_format_bits(code.modules, ec)


@pytest.mark.parametrize("version", range(1, 41))
def test_every_version_layout_matches_qrcode_with_the_same_mask(version):
    """Function patterns, alignment, version info and interleaving of all 40 versions."""
    ec = EC_LEVELS[version % 4]
    text = "Mỹ {}".format(version) if version < 4 else "MỸ HÀO CX{:07d}".format(version)
    code = make_qr(text, ec, version=version)
    qr = qrcode.QRCode(version=version, error_correction=EC_CONSTANTS[ec], box_size=1,
                       border=0, mask_pattern=code.mask)
    qr.add_data(text)
    qr.make(fit=False)
    assert np.array_equal(code.modules, as_matrix(qr.modules))


def test_explicit_version_too_small_raises():
    text = "HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234"
    assert make_qr(text, "Q").version == 3
    with pytest.raises(ValueError, match="version 2-Q.*smallest version that fits is 3"):
        make_qr(text, "Q", version=2)


def test_text_too_long_raises():
    fits = make_qr("a" * 2953, "L")  # the version 40-L byte capacity
    assert fits.version == 40 and fits.size == 177
    with pytest.raises(ValueError, match="too long"):
        make_qr("a" * 2954, "L")
    with pytest.raises(ValueError, match="too long"):
        make_qr("7" * 8000, "H")
    with pytest.raises(ValueError, match="does not fit in any version"):
        make_qr("a" * 5000, "M", version=40)


@pytest.mark.parametrize("bad_version", [0, 41, -3])
def test_version_out_of_range_raises(bad_version):
    with pytest.raises(ValueError, match="QR version must be from 1 to 40"):
        make_qr("A", "L", version=bad_version)


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match="L, M, Q or H"):
        make_qr("A", "X")
    with pytest.raises(TypeError):
        make_qr(b"A")
    with pytest.raises(TypeError):
        make_qr("A", "L", version=2.0)


def qrcode_best_fit(text, ec):
    """qrcode's version for *text*, or None when it does not fit at all."""
    qr = qrcode.QRCode(error_correction=EC_CONSTANTS[ec])
    qr.add_data(text)
    try:
        return qr.best_fit()
    except (ValueError, DataOverflowError):
        return None


def last_length_within(character, ec, version):
    """Longest run of *character* that qrcode fits in at most *version*."""
    low, high = 1, 8000
    while low < high:
        middle = (low + high + 1) // 2
        fitted = qrcode_best_fit(character * middle, ec)
        if fitted is not None and fitted <= version:
            low = middle
        else:
            high = middle - 1
    return low


@pytest.mark.parametrize("ec", EC_LEVELS)
def test_version_choice_at_the_boundaries(ec):
    """Around versions 9/10 and 26/27 the count fields grow; 40 is the end."""
    for character in ("7", "K", "k", "ư"):
        for version in (9, 26, 40):
            edge = last_length_within(character, ec, version)
            for length in range(max(1, edge - 2), edge + 3):
                text = character * length
                expected = qrcode_best_fit(text, ec)
                if expected is None:
                    with pytest.raises(ValueError, match="Text too long"):
                        make_qr(text, ec)
                else:
                    assert make_qr(text, ec).version == expected, (character, length)


def test_qr_code_value_object():
    code = make_qr("HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234")
    assert code.modules.dtype == bool
    assert code.modules.shape == (code.size, code.size) == (29, 29)
    assert code.error_correction == "Q"
    with pytest.raises(dataclasses.FrozenInstanceError):
        code.mask = 0
    with pytest.raises(ValueError, match="read-only"):
        code.modules[0, 0] = False  # read-only: cached layouts can never leak out
    again = make_qr("HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234", "q")
    assert again == code and hash(again) == hash(code)
    assert make_qr("HTTPS://MYHAO.EXAMPLE.VN/A/CX0001235") != code
    assert isinstance(code, QrCode)


def render(modules, quiet_zone=4, pixels_per_module=8):
    """Black-on-white uint8 image of a QR matrix."""
    padded = np.pad(modules, quiet_zone, constant_values=False)
    image = np.where(padded, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(
        image.repeat(pixels_per_module, axis=0).repeat(pixels_per_module, axis=1))


@pytest.mark.parametrize("text", [
    "HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234",
    "https://myhao.example.vn/a/tr0098765?v=2",
    "Cây sấu số 12, đường Nguyễn Văn Linh, Phường Mỹ Hào",
    "000123456789",
    "mã 12345678901234567890123 HTTPS://MYHAO.EXAMPLE.VN",
    "x" * 120,
])
@pytest.mark.parametrize("ec", EC_LEVELS)
def test_codes_decode_back_to_their_text(text, ec):
    zxingcpp = pytest.importorskip("zxingcpp")
    code = make_qr(text, ec)
    results = zxingcpp.read_barcodes(render(code.modules))
    assert [result.text for result in results] == [text]
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode


def _average_ms(function, payloads):
    import time
    start = time.perf_counter()
    for text in payloads:
        function(text)
    return (time.perf_counter() - start) / len(payloads) * 1000


def _qrcode_matrix(text):
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=1, border=0)
    qr.add_data(text)
    qr.make(fit=True)
    return qr.modules


if __name__ == "__main__":
    count = 2000
    texts = ["HTTPS://MYHAO.EXAMPLE.VN/A/{}{:07d}".format(ASSET_PREFIXES[i % 6], i)
             for i in range(count)]
    for warm_up in texts[:200]:
        make_qr(warm_up, "Q")
    ours = _average_ms(lambda text: make_qr(text, "Q"), texts)
    theirs = _average_ms(_qrcode_matrix, texts)
    print("{} codes, version {}-Q: make_qr {:.3f} ms/code, qrcode {:.3f} ms/code ({:.0f}x)"
          .format(count, make_qr(texts[0]).version, ours, theirs, theirs / ours))
