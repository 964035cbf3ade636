"""Fast QR Code module matrices, identical to the ``qrcode`` library's.

:func:`make_qr` returns the same module matrix as ``qrcode`` 8.2 does for
``QRCode(error_correction=...)``, ``add_data(text)``, ``make(fit=True)``:
same segments (``add_data``'s default ``optimize=20`` chunking), same
version choice, same codewords and the same automatic mask choice (all eight
masks scored with ``qrcode.util.lost_point``'s penalty rules, lowest score
wins, ties go to the lowest mask number).

What makes it fast: ``qrcode`` places every module in pure Python once per
mask and scores each mask in pure Python.  Here everything that depends only
on the version (function patterns, the zig-zag data positions, the masks) or
on the version and error correction level (codeword interleaving, format and
version information) is built once and cached; each code then needs one
fancy-index assignment for the data bits, one XOR for the eight masked
candidates and about thirty whole-array numpy operations for the penalties of
all eight candidates at once (see the "line buffer" below).  Segment bits and
Reed-Solomon codewords are computed with Python integers (no per-bit loops).

Like ``qrcode``, masks are scored on a "test" matrix in which the format
information, the version information and the dark module are all light; the
real bits are only written into the chosen candidate.
"""
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import numpy as np
from qrcode import base as qr_base
from qrcode import constants as qr_constants
from qrcode import util as qr_util

__all__ = ["QrCode", "make_qr", "penalty_scores"]

#: Error correction letter → ``qrcode``'s integer constant.
ERROR_CORRECTION_LEVELS = {
    "L": qr_constants.ERROR_CORRECT_L,
    "M": qr_constants.ERROR_CORRECT_M,
    "Q": qr_constants.ERROR_CORRECT_Q,
    "H": qr_constants.ERROR_CORRECT_H,
}

#: ``QRCode.add_data``'s default: chunks of at least this many numeric or
#: alphanumeric characters get their own, more compact segment.
OPTIMIZE_MINIMUM = 20

MIN_VERSION = 1
MAX_VERSION = 40
MASK_COUNT = 8

_NUMERIC_GROUP_BITS = {3: 10, 2: 7, 1: 4}
_ALPHANUMERIC_VALUES = {byte: index for index, byte in enumerate(qr_util.ALPHA_NUM)}
_FORMAT_BIT_COUNT = 15
_VERSION_BIT_COUNT = 18
_FIRST_VERSION_WITH_VERSION_INFO = 7
_PAD_BYTES = (0xEC, 0x11)
_GF_PRIMITIVE = 0x11D  # x^8 + x^4 + x^3 + x^2 + 1, as qrcode.base uses
_FINDER_LIKE_PENALTY = 40
_BLOCK_PENALTY = 3


@dataclass(frozen=True)
class QrCode:
    """A finished QR Code symbol.

    ``modules`` is a read-only boolean array of shape ``(size, size)``,
    ``True`` for dark modules, without quiet zone.
    """

    modules: np.ndarray
    version: int
    mask: int
    error_correction: str

    @property
    def size(self) -> int:
        """Number of modules along one side (``4 * version + 17``)."""
        return int(self.modules.shape[0])

    def __eq__(self, other):
        if not isinstance(other, QrCode):
            return NotImplemented
        return (
            self.version == other.version
            and self.mask == other.mask
            and self.error_correction == other.error_correction
            and np.array_equal(self.modules, other.modules)
        )

    def __hash__(self):
        return hash((self.version, self.mask, self.error_correction,
                     np.packbits(self.modules).tobytes()))


# ---------------------------------------------------------------------------
# Segments and codewords
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Segment:
    """One encoded data segment: its mode, character count and payload bits."""

    mode: int
    length: int
    payload: int
    payload_bits: int


def _encode_segment(chunk) -> _Segment:
    """Encode one ``qrcode.util.QRData`` chunk as ``QRData.write`` would."""
    data = chunk.data
    mode = chunk.mode
    payload = 0
    payload_bits = 0
    if mode == qr_util.MODE_NUMBER:
        for start in range(0, len(data), 3):
            group = data[start:start + 3]
            bits = _NUMERIC_GROUP_BITS[len(group)]
            payload = (payload << bits) | int(group)
            payload_bits += bits
    elif mode == qr_util.MODE_ALPHA_NUM:
        values = [_ALPHANUMERIC_VALUES[byte] for byte in data]
        for start in range(0, len(values) - 1, 2):
            payload = (payload << 11) | (values[start] * 45 + values[start + 1])
            payload_bits += 11
        if len(values) % 2:
            payload = (payload << 6) | values[-1]
            payload_bits += 6
    elif mode == qr_util.MODE_8BIT_BYTE:
        payload = int.from_bytes(data, "big")
        payload_bits = 8 * len(data)
    else:
        raise ValueError("Unsupported QR data mode {!r}".format(mode))
    return _Segment(mode, len(data), payload, payload_bits)


def _segments_for_text(text: str):
    """The segments ``QRCode.add_data(text)`` (``optimize=20``) would make."""
    return [_encode_segment(chunk)
            for chunk in qr_util.optimal_data_chunks(text, minimum=OPTIMIZE_MINIMUM)]


def _needed_bits(segments, version: int) -> int:
    """Bits the segments take (mode, count and payload) in *version*."""
    count_bits = qr_util.mode_sizes_for_version(version)
    return sum(4 + count_bits[segment.mode] + segment.payload_bits
               for segment in segments)


def _best_fit_version(segments, ec_value: int) -> int:
    """Smallest version that holds the data, exactly as ``QRCode.best_fit``."""
    limits = qr_util.BIT_LIMIT_TABLE[ec_value]
    start = MIN_VERSION
    while True:
        count_bits = qr_util.mode_sizes_for_version(start)
        version = bisect_left(limits, _needed_bits(segments, start), start)
        if version > MAX_VERSION:
            raise ValueError(
                "Text too long for a QR Code with error correction {}: needs {} bits, "
                "version 40 holds {}".format(
                    _ec_letter(ec_value), _needed_bits(segments, MAX_VERSION),
                    limits[MAX_VERSION]))
        if qr_util.mode_sizes_for_version(version) is count_bits:
            return version
        start = version


def _ec_letter(ec_value: int) -> str:
    for letter, value in ERROR_CORRECTION_LEVELS.items():
        if value == ec_value:
            return letter
    raise ValueError("Unknown error correction value {!r}".format(ec_value))


def _data_codewords(segments, version: int, ec_value: int) -> bytes:
    """The data codewords (with terminator and padding) as ``create_data``."""
    bit_limit = qr_util.BIT_LIMIT_TABLE[ec_value][version]
    count_bits = qr_util.mode_sizes_for_version(version)
    value = 0
    length = 0
    for segment in segments:
        width = count_bits[segment.mode]
        value = (value << 4) | segment.mode
        # qrcode's BitBuffer.put keeps only the low *width* bits of the count.
        value = (value << width) | (segment.length & ((1 << width) - 1))
        value = (value << segment.payload_bits) | segment.payload
        length += 4 + width + segment.payload_bits
    if length > bit_limit:
        raise ValueError(
            "Text does not fit in QR version {}-{}: needs {} bits, the symbol holds {}"
            .format(version, _ec_letter(ec_value), length, bit_limit))
    terminator = min(bit_limit - length, 4)
    length += terminator
    value <<= terminator
    byte_padding = -length % 8
    length += byte_padding
    value <<= byte_padding
    used_bytes = length // 8
    total_bytes = bit_limit // 8
    filler = (bytes(_PAD_BYTES) * ((total_bytes - used_bytes) // 2 + 1))[:total_bytes - used_bytes]
    return value.to_bytes(used_bytes, "big") + filler


def _build_galois_tables():
    exponents = [0] * 512
    logarithms = [0] * 256
    value = 1
    for power in range(255):
        exponents[power] = value
        logarithms[value] = power
        value <<= 1
        if value & 0x100:
            value ^= _GF_PRIMITIVE
    for power in range(255, 512):
        exponents[power] = exponents[power - 255]
    return exponents, logarithms


_GF_EXP, _GF_LOG = _build_galois_tables()


def _gf_multiply(left: int, right: int) -> int:
    if left == 0 or right == 0:
        return 0
    return _GF_EXP[_GF_LOG[left] + _GF_LOG[right]]


@lru_cache(maxsize=None)
def _reed_solomon_table(ec_count: int):
    """For each feedback byte, the generator's lower coefficients times it,
    packed big-endian into one integer (a byte-wise LFSR step)."""
    generator = [1]  # highest degree first; product of (x + alpha^i)
    for power in range(ec_count):
        root = _GF_EXP[power]
        product = generator + [0]
        for index, coefficient in enumerate(generator):
            product[index + 1] ^= _gf_multiply(coefficient, root)
        generator = product
    lower = generator[1:]
    return tuple(int.from_bytes(bytes(_gf_multiply(factor, c) for c in lower), "big")
                 for factor in range(256))


def _reed_solomon_remainder(block: bytes, ec_count: int) -> bytes:
    """Error correction codewords of *block* (systematic Reed-Solomon)."""
    table = _reed_solomon_table(ec_count)
    shift = 8 * (ec_count - 1)
    keep = (1 << (8 * ec_count)) - 1
    remainder = 0
    for byte in block:
        remainder = ((remainder << 8) & keep) ^ table[(remainder >> shift) ^ byte]
    return remainder.to_bytes(ec_count, "big")


# ---------------------------------------------------------------------------
# Cached layouts
# ---------------------------------------------------------------------------

def _read_only(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array


def _symbol_size(version: int) -> int:
    return 4 * version + 17


def _format_positions(size: int):
    """(row, col) of format bit *i* in both copies, as ``setup_type_info``."""
    vertical = []
    horizontal = []
    for bit in range(_FORMAT_BIT_COUNT):
        if bit < 6:
            vertical.append((bit, 8))
        elif bit < 8:
            vertical.append((bit + 1, 8))
        else:
            vertical.append((size - 15 + bit, 8))
        if bit < 8:
            horizontal.append((8, size - bit - 1))
        elif bit < 9:
            horizontal.append((8, 15 - bit))
        else:
            horizontal.append((8, 15 - bit - 1))
    return vertical, horizontal


def _version_positions(size: int):
    """(row, col) of version bit *i* in both copies, as ``setup_type_number``."""
    upper_right = [(bit // 3, bit % 3 + size - 11) for bit in range(_VERSION_BIT_COUNT)]
    lower_left = [(bit % 3 + size - 11, bit // 3) for bit in range(_VERSION_BIT_COUNT)]
    return upper_right, lower_left


def _mask_arrays(size: int) -> np.ndarray:
    """The eight mask patterns (True = flip), shape (8, size, size)."""
    row, col = np.indices((size, size))
    product = row * col
    return np.stack([
        (row + col) % 2 == 0,
        row % 2 == 0,
        col % 3 == 0,
        (row + col) % 3 == 0,
        (row // 2 + col // 3) % 2 == 0,
        product % 2 + product % 3 == 0,
        (product % 2 + product % 3) % 2 == 0,
        (product % 3 + (row + col) % 2) % 2 == 0,
    ])


# The penalty rules run on a "line buffer": one flat uint8 array holding, for
# each candidate matrix, its rows followed by its columns (the rows of its
# transpose), every line ended by a sentinel module and every matrix half by a
# sentinel line.  Data modules are 0 (light) or 1 (dark); sentinels are 2 or 3
# (alternating with the flat index, so neighbouring sentinels never compare
# equal).  Sentinels are neither light nor dark and equal no data module, so
# windows that cross a line end never match a penalty pattern, and every rule
# becomes a few shifted whole-buffer comparisons on contiguous memory.
_LINE_LEAD = 1  # one sentinel before the first matrix (run starts look back one)


def _line_geometry(size: int):
    """Line width, half size, per-matrix chunk and tail of the line buffer."""
    width = size + 1
    half = width * width
    chunk = 2 * half
    tail = width + 11  # the largest look-ahead is ``width + 1`` (rule 2)
    return width, half, chunk, tail


def _sentinels(length: int) -> np.ndarray:
    return (2 + np.arange(length) % 2).astype(np.uint8)


def _line_buffer(matrices: np.ndarray) -> np.ndarray:
    """The line buffer of boolean *matrices*, shape (k, size, size)."""
    count, size = matrices.shape[0], matrices.shape[1]
    width, _, chunk, tail = _line_geometry(size)
    buffer = _sentinels(_LINE_LEAD + count * chunk + tail)
    halves = buffer[_LINE_LEAD:_LINE_LEAD + count * chunk].reshape(count, 2, width, width)
    halves[:, 0, :size, :size] = matrices
    halves[:, 1, :size, :size] = matrices.transpose(0, 2, 1)
    return buffer


def _matrices_from_line_buffer(buffer: np.ndarray, count: int, size: int) -> np.ndarray:
    """The (k, size, size) boolean matrices stored in a line buffer."""
    width, _, chunk, _ = _line_geometry(size)
    halves = buffer[_LINE_LEAD:_LINE_LEAD + count * chunk].reshape(count, 2, width, width)
    return halves[:, 0, :size, :size] == 1


@dataclass(frozen=True)
class _VersionLayout:
    """Everything about a version that does not depend on the data."""

    size: int
    data_positions: np.ndarray  # flat (row * size + col) data modules, zig-zag order
    line_template: np.ndarray   # (chunk,) uint8: function patterns (test mode) as lines
    line_masks: np.ndarray      # (8, chunk) uint8: 1 where mask flips a data module
    line_sentinels: np.ndarray  # empty line buffer for the 8 candidates


@lru_cache(maxsize=None)
def _version_layout(version: int) -> _VersionLayout:
    """Function patterns, reserved map, data positions and masks of *version*.

    Function patterns are drawn in ``qrcode``'s order (finders with
    separators, alignment patterns unless their centre is taken, timing
    patterns where free); format information, the dark module and version
    information are reserved but light, as in ``qrcode``'s test matrices.
    """
    size = _symbol_size(version)
    reserved = np.zeros((size, size), dtype=bool)
    dark = np.zeros((size, size), dtype=bool)

    for top, left in ((0, 0), (size - 7, 0), (0, size - 7)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                row, col = top + r, left + c
                if not (0 <= row < size and 0 <= col < size):
                    continue
                reserved[row, col] = True
                dark[row, col] = (
                    (0 <= r <= 6 and c in (0, 6))
                    or (0 <= c <= 6 and r in (0, 6))
                    or (2 <= r <= 4 and 2 <= c <= 4)
                )

    centres = qr_util.pattern_position(version)
    for centre_row in centres:
        for centre_col in centres:
            if reserved[centre_row, centre_col]:
                continue  # overlaps a finder pattern, as in qrcode
            for r in range(-2, 3):
                for c in range(-2, 3):
                    reserved[centre_row + r, centre_col + c] = True
                    dark[centre_row + r, centre_col + c] = (
                        abs(r) == 2 or abs(c) == 2 or (r == 0 and c == 0))

    for index in range(8, size - 8):
        if not reserved[index, 6]:
            reserved[index, 6] = True
            dark[index, 6] = index % 2 == 0
        if not reserved[6, index]:
            reserved[6, index] = True
            dark[6, index] = index % 2 == 0

    info_positions = [*sum(_format_positions(size), []), (size - 8, 8)]
    if version >= _FIRST_VERSION_WITH_VERSION_INFO:
        info_positions += sum(_version_positions(size), [])
    for row, col in info_positions:
        reserved[row, col] = True
        dark[row, col] = False

    positions = []
    upward = True
    for right_col in range(size - 1, 0, -2):
        if right_col <= 6:
            right_col -= 1  # skip the vertical timing pattern
        rows = range(size - 1, -1, -1) if upward else range(size)
        for row in rows:
            for col in (right_col, right_col - 1):
                if not reserved[row, col]:
                    positions.append(row * size + col)
        upward = not upward

    _, _, chunk, tail = _line_geometry(size)
    line_template = _line_buffer(dark[None])[_LINE_LEAD:_LINE_LEAD + chunk]
    line_masks = _line_buffer(_mask_arrays(size) & ~reserved)
    line_masks = line_masks[_LINE_LEAD:_LINE_LEAD + MASK_COUNT * chunk].reshape(MASK_COUNT, chunk)
    line_masks[line_masks > 1] = 0  # XOR must leave sentinels alone
    return _VersionLayout(
        size=size,
        data_positions=_read_only(np.array(positions, dtype=np.intp)),
        line_template=_read_only(line_template.copy()),
        line_masks=_read_only(line_masks.copy()),
        line_sentinels=_read_only(_sentinels(_LINE_LEAD + MASK_COUNT * chunk + tail)),
    )


@dataclass(frozen=True)
class _CodewordLayout:
    """Block structure, bit destinations and info bits of a version and level."""

    blocks: tuple              # ((data_count, ec_count), ...)
    line_targets: np.ndarray   # (2, bits): line-chunk index of each stream bit (row, column)
    info_overlays: np.ndarray  # (8, size, size) bool: format/version bits + dark module


@lru_cache(maxsize=None)
def _codeword_layout(version: int, ec_value: int) -> _CodewordLayout:
    """Interleaving and format-information layout for *version* and *ec_value*.

    The per-code stream is "all data codewords, block after block, then all
    error correction codewords, block after block"; ``line_targets`` maps its
    bits straight to where the interleaved stream puts them, in both the row
    and the column half of a line-buffer chunk.
    """
    layout = _version_layout(version)
    size = layout.size
    blocks = tuple((block.data_count, block.total_count - block.data_count)
                   for block in qr_base.rs_blocks(version, ec_value))

    data_starts = []
    ec_starts = []
    data_offset = 0
    ec_offset = sum(data_count for data_count, _ in blocks)
    for data_count, ec_count in blocks:
        data_starts.append(data_offset)
        ec_starts.append(ec_offset)
        data_offset += data_count
        ec_offset += ec_count

    interleaved = []  # stream index of each interleaved codeword
    for index in range(max(data_count for data_count, _ in blocks)):
        for block_index, (data_count, _) in enumerate(blocks):
            if index < data_count:
                interleaved.append(data_starts[block_index] + index)
    for index in range(max(ec_count for _, ec_count in blocks)):
        for block_index, (_, ec_count) in enumerate(blocks):
            if index < ec_count:
                interleaved.append(ec_starts[block_index] + index)

    codeword_count = len(interleaved)
    if 8 * codeword_count > len(layout.data_positions):
        raise RuntimeError("QR version {} has too few data modules".format(version))
    bit_targets = np.empty(8 * codeword_count, dtype=np.intp)
    placed = layout.data_positions[:8 * codeword_count].reshape(codeword_count, 8)
    bit_targets.reshape(codeword_count, 8)[interleaved] = placed
    width, half, _, _ = _line_geometry(size)
    rows, cols = np.divmod(bit_targets, size)
    line_targets = np.stack([rows * width + cols, half + cols * width + rows])

    vertical, horizontal = _format_positions(size)
    overlays = np.zeros((MASK_COUNT, size, size), dtype=bool)
    for mask in range(MASK_COUNT):
        bits = qr_util.BCH_type_info((ec_value << 3) | mask)
        for bit in range(_FORMAT_BIT_COUNT):
            if (bits >> bit) & 1:
                overlays[mask][vertical[bit]] = True
                overlays[mask][horizontal[bit]] = True
        overlays[mask, size - 8, 8] = True  # the dark module
    if version >= _FIRST_VERSION_WITH_VERSION_INFO:
        bits = qr_util.BCH_type_number(version)
        for positions in _version_positions(size):
            for bit, (row, col) in enumerate(positions):
                if (bits >> bit) & 1:
                    overlays[:, row, col] = True

    return _CodewordLayout(
        blocks=blocks,
        line_targets=_read_only(line_targets),
        info_overlays=_read_only(overlays),
    )


# ---------------------------------------------------------------------------
# Penalties
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _PenaltyFlags:
    """Per-module penalty flags of the matrices in a line buffer.

    Each array is flat, ``count * chunk`` long (one chunk per matrix: its
    rows, then its columns); a flag marks the module where a pattern starts.
    """

    count: int
    size: int
    uniform5: np.ndarray     # five alike modules start here (rule 1)
    run_starts: np.ndarray   # ... and a run of five or more starts here (rule 1)
    blocks: np.ndarray       # a one-colour 2x2 block has its top-left corner here (rule 2)
    finder_like: np.ndarray  # 1011101 with four light modules before or after (rule 3)
    dark: np.ndarray         # dark module (rule 4)


def _penalty_flags(buffer: np.ndarray, count: int, size: int) -> _PenaltyFlags:
    """Flag the penalty patterns of the *count* matrices in a line buffer.

    All arrays below are indexed like *buffer* (index ``i`` = module ``i``);
    ``window(array, shift)`` looks at module ``i + shift`` for every module
    ``i`` of the matrices.
    """
    width, _, chunk, _ = _line_geometry(size)
    total = count * chunk

    def window(array, shift=0):
        start = _LINE_LEAD + shift
        return array[start:start + total]

    same = buffer[:-1] == buffer[1:]            # module i equals module i + 1
    same3 = same[:-1] & same[1:]                # modules i..i+2 alike
    uniform5 = window(same3[:-2] & same3[2:])   # modules i..i+4 alike
    run_starts = uniform5 > window(same, -1)    # ... and module i - 1 differs

    down = buffer[:-width] == buffer[width:]    # module i equals the one below it
    blocks = window(same) & window(same, width) & window(down)

    light = buffer == 0
    dark = buffer == 1
    light2 = light[:-1] & light[1:]
    light4 = light2[:-2] & light2[2:]           # modules i..i+3 light
    dark2 = dark[:-1] & dark[1:]
    dark3 = dark2[:-1] & dark[2:]               # modules i..i+2 dark
    span = total + 4                            # the core is looked at up to shift 4
    start = _LINE_LEAD
    core = (dark[start:start + span]
            & light[start + 1:start + 1 + span]
            & dark3[start + 2:start + 2 + span]
            & light[start + 5:start + 5 + span]
            & dark[start + 6:start + 6 + span])  # modules i..i+6 are 1011101
    # The two patterns differ in their first module, so no window matches
    # both and OR-ing them counts every match once.
    finder_like = ((core[:total] & window(light4, 7))
                   | (window(light4) & core[4:4 + total]))

    return _PenaltyFlags(count, size, uniform5, run_starts, blocks, finder_like,
                         window(dark))


@lru_cache(maxsize=None)
def _dark_penalty_table(size: int) -> np.ndarray:
    """Rule 4 penalty for every dark-module count, computed like qrcode."""
    area = size * size
    return _read_only(np.array(
        [int(abs(float(dark) / area * 100 - 50) / 5) * 10 for dark in range(area + 1)],
        dtype=np.int64))


def _dark_counts(flags: _PenaltyFlags) -> np.ndarray:
    _, half, chunk, _ = _line_geometry(flags.size)
    return flags.dark.reshape(flags.count, chunk)[:, :half].sum(axis=1)


def _penalty_rules(flags: _PenaltyFlags) -> np.ndarray:
    """The four penalty scores of each matrix, shape (4, count).

    Same numbers as ``qrcode.util``'s ``_lost_point_level1`` … ``level4``:

    1. each row/column run of ``L >= 5`` same-coloured modules: ``L - 2``
       (such a run holds ``L - 4`` uniform 5-windows, one at its start);
    2. each 2×2 block of one colour: 3 (overlapping blocks all count);
    3. each ``1011101 0000`` or ``0000 1011101`` in a row or column: 40;
    4. ``10 * int(abs(dark% - 50) / 5)``, with qrcode's float arithmetic.
    """
    _, half, chunk, _ = _line_geometry(flags.size)

    def per_matrix(array):
        return array.reshape(flags.count, chunk).sum(axis=1)

    rule1 = per_matrix(flags.uniform5) + 2 * per_matrix(flags.run_starts)
    # Rows and columns are both stored, so every block shows up twice;
    # count the row half only.
    rule2 = _BLOCK_PENALTY * flags.blocks.reshape(flags.count, chunk)[:, :half].sum(axis=1)
    rule3 = _FINDER_LIKE_PENALTY * per_matrix(flags.finder_like)
    rule4 = _dark_penalty_table(flags.size)[_dark_counts(flags)]
    return np.stack([rule1, rule2, rule3, rule4]).astype(np.int64)


def _penalty_totals(flags: _PenaltyFlags) -> np.ndarray:
    """Total penalty of each matrix (the sum of :func:`_penalty_rules`).

    Faster than summing rule by rule: the flags are weighted into one small
    integer per module (doubled, since blocks are seen in both halves) and
    summed once.
    """
    _, _, chunk, _ = _line_geometry(flags.size)
    doubled = np.multiply(flags.finder_like, 2 * _FINDER_LIKE_PENALTY, dtype=np.uint8)
    doubled += np.multiply(flags.blocks, _BLOCK_PENALTY, dtype=np.uint8)
    doubled += np.multiply(flags.run_starts, 4, dtype=np.uint8)
    doubled += np.multiply(flags.uniform5, 2, dtype=np.uint8)
    patterns = doubled.reshape(flags.count, chunk).sum(axis=1, dtype=np.int64) // 2
    return patterns + _dark_penalty_table(flags.size)[_dark_counts(flags)]


def penalty_scores(matrices: np.ndarray) -> np.ndarray:
    """Total mask penalty (``qrcode.util.lost_point``) of each matrix.

    *matrices* is a boolean array of shape ``(size, size)`` or
    ``(k, size, size)``; the result has shape ``()`` or ``(k,)``.
    """
    matrices = np.asarray(matrices, dtype=bool)
    if matrices.ndim == 2:
        return penalty_scores(matrices[None])[0]
    if matrices.ndim != 3 or matrices.shape[1] != matrices.shape[2]:
        raise ValueError("Expected square matrices, got shape {}".format(matrices.shape))
    if matrices.shape[1] < 11:
        raise ValueError("Penalty rules need matrices at least 11 modules wide")
    count, size = matrices.shape[0], matrices.shape[1]
    return _penalty_totals(_penalty_flags(_line_buffer(matrices), count, size))


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------

def _check_version(version) -> int:
    if isinstance(version, bool) or not isinstance(version, (int, np.integer)):
        raise TypeError("QR version must be an int from 1 to 40, not {!r}".format(version))
    if not MIN_VERSION <= version <= MAX_VERSION:
        raise ValueError("QR version must be from 1 to 40, got {}".format(version))
    return int(version)


def _candidate_buffer(segments, version: int, ec_value: int) -> np.ndarray:
    """Line buffer of the eight masked test-mode candidates (info areas light)."""
    layout = _version_layout(version)
    codewords = _codeword_layout(version, ec_value)
    data = _data_codewords(segments, version, ec_value)
    stream = [data]
    offset = 0
    for data_count, ec_count in codewords.blocks:
        stream.append(_reed_solomon_remainder(data[offset:offset + data_count], ec_count))
        offset += data_count
    bits = np.unpackbits(np.frombuffer(b"".join(stream), dtype=np.uint8))
    unmasked = layout.line_template.copy()
    unmasked[codewords.line_targets] = bits
    buffer = layout.line_sentinels.copy()
    chunk = unmasked.shape[0]
    candidates = buffer[_LINE_LEAD:_LINE_LEAD + MASK_COUNT * chunk].reshape(MASK_COUNT, chunk)
    np.bitwise_xor(unmasked, layout.line_masks, out=candidates)
    return buffer


def _resolve_version(segments, ec_value: int, version) -> int:
    """The version to use: best fit, or the explicit one if the data fits."""
    if version is None:
        return _best_fit_version(segments, ec_value)
    version = _check_version(version)
    needed = _needed_bits(segments, version)
    available = qr_util.BIT_LIMIT_TABLE[ec_value][version]
    if needed > available:
        try:
            hint = "; the smallest version that fits is {}".format(
                _best_fit_version(segments, ec_value))
        except ValueError:
            hint = "; it does not fit in any version"
        raise ValueError(
            "Text does not fit in QR version {}-{}: needs {} bits, the symbol "
            "holds {}{}".format(version, _ec_letter(ec_value), needed, available, hint))
    return version


def _ec_value(error_correction: str) -> int:
    letter = str(error_correction).upper()
    if letter not in ERROR_CORRECTION_LEVELS:
        raise ValueError("Error correction must be L, M, Q or H, got {!r}"
                         .format(error_correction))
    return ERROR_CORRECTION_LEVELS[letter]


def make_qr(text: str, error_correction: str = "Q", version: Optional[int] = None) -> QrCode:
    """Encode *text* as a QR Code, module for module as ``qrcode`` would.

    *error_correction* is ``"L"``, ``"M"``, ``"Q"`` or ``"H"`` (any case).  With
    ``version=None`` the smallest version that fits is used; an explicit
    version must be large enough, otherwise :class:`ValueError` is raised
    (``qrcode`` itself would silently grow it).  Text longer than version 40
    holds raises :class:`ValueError` too.
    """
    if not isinstance(text, str):
        raise TypeError("QR text must be a str, not {}".format(type(text).__name__))
    ec_value = _ec_value(error_correction)
    segments = _segments_for_text(text)
    version = _resolve_version(segments, ec_value, version)

    size = _symbol_size(version)
    buffer = _candidate_buffer(segments, version, ec_value)
    penalties = _penalty_totals(_penalty_flags(buffer, MASK_COUNT, size))
    mask = int(np.argmin(penalties))  # first minimum: lowest mask wins ties
    width, half, chunk, _ = _line_geometry(size)
    start = _LINE_LEAD + mask * chunk
    rows = buffer[start:start + half].reshape(width, width)[:size, :size]
    modules = (rows == 1) | _codeword_layout(version, ec_value).info_overlays[mask]
    return QrCode(modules=_read_only(modules), version=version, mask=mask,
                  error_correction=_ec_letter(ec_value))
