"""A QR code as SVG: one merged path of whole modules, a 4-module quiet zone,
crisp edges. Used by layout picture items (through an expression function) and
for sign makers' tag files."""
import base64

import numpy

from .label_templates import QUIET_ZONE_MODULES
from .qr_matrix import make_qr


def qr_svg(text: str, error_correction: str = "Q", module_mm: float = 0.0) -> str:
    """SVG of the QR for *text*. With *module_mm*, the SVG has a physical size."""
    qr = make_qr(text, error_correction)
    side = qr.size + 2 * QUIET_ZONE_MODULES
    padded = numpy.zeros((qr.size, qr.size + 2), dtype=numpy.int8)
    padded[:, 1:-1] = qr.modules
    changes = numpy.diff(padded, axis=1)
    starts = numpy.argwhere(changes == 1).tolist()
    ends = numpy.argwhere(changes == -1).tolist()
    commands = []
    for (row, start), (_row, end) in zip(starts, ends):
        commands.append("M{} {}h{}v1h-{}z".format(start + QUIET_ZONE_MODULES, row + QUIET_ZONE_MODULES,
                                                   end - start, end - start))
    size = ' width="{0}mm" height="{0}mm"'.format(round(side * module_mm, 3)) if module_mm else ""
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0} {0}"{1} shape-rendering="crispEdges">'
            '<rect width="{0}" height="{0}" fill="#fff"/><path fill="#000" d="{2}"/></svg>'
            .format(side, size, "".join(commands)))


def qr_svg_base64(text: str, error_correction: str = "Q") -> str:
    """``base64:…`` form accepted by QGIS layout picture items (data-defined source)."""
    return "base64:" + base64.b64encode(qr_svg(text, error_correction).encode("ascii")).decode("ascii")
