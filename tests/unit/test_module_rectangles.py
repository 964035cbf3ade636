"""The QR path's rectangles cover exactly the dark modules."""
import numpy

from mymap_plugin.qr_labels.label_sheet import module_rectangles
from mymap_plugin.qr_labels.qr_matrix import make_qr


def test_rectangles_cover_exactly_the_dark_modules():
    rng = numpy.random.default_rng(7)
    matrices = [make_qr("HTTPS://MYHAO.EXAMPLE.VN/A/CX{:07d}".format(n), "H").modules for n in range(20)]
    matrices += [rng.random((25, 25)) < 0.5 for _ in range(20)] + [numpy.ones((5, 5), bool), numpy.zeros((4, 4), bool)]
    for modules in matrices:
        painted = numpy.zeros(modules.shape, dtype=int)
        rectangles = module_rectangles(modules)
        for column, row, width, height in rectangles:
            painted[row:row + height, column:column + width] += 1
        assert (painted == modules.astype(int)).all(), "every dark module painted exactly once"
    runs = sum(1 for row in matrices[0] for i, v in enumerate(row) if v and (i == 0 or not row[i - 1]))
    assert len(module_rectangles(matrices[0])) < runs
