"""One QR image per asset (PNG or SVG), named by asset code, for sign makers who
engrave or print metal plates."""
import os
import shutil
from pathlib import Path

import numpy

from qgis.PyQt.QtGui import QImage

from ..errors import MyMapError
from ..i18n import tr
from .label_templates import ERROR_CORRECTION, MIN_MODULE_MM, QUIET_ZONE_MODULES
from .qr_matrix import make_qr
from .qr_svg import qr_svg

FORMATS = ("png", "svg")


def qr_image(text: str, error_correction: str, module_px: int) -> QImage:
    """A black-and-white QImage of the QR with its quiet zone; whole pixels per module."""
    qr = make_qr(text, error_correction)
    padded = numpy.pad(qr.modules, QUIET_ZONE_MODULES, constant_values=False)
    pixels = numpy.where(padded, 0, 255).astype(numpy.uint8)
    pixels = numpy.kron(pixels, numpy.ones((module_px, module_px), dtype=numpy.uint8))
    pixels = numpy.ascontiguousarray(pixels)
    height, width = pixels.shape
    image = QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()   # own the pixels


def export_tag_images(source, folder, image_format="png", dpi=600, module_mm=0.0, feedback=None) -> list:
    """Write one image per asset of *source* (a LabelSource) into *folder*.

    Written into a temporary folder first and moved into place at the end, so an
    error leaves no partial set. Returns the written paths.
    """
    image_format = (image_format or "png").lower()
    if image_format not in FORMATS:
        raise MyMapError(tr("The image format must be PNG or SVG."))
    if not 72 <= int(dpi) <= 4800:
        raise MyMapError(tr("The print resolution must be between 72 and 4800 dpi."))
    folder = Path(str(folder or ""))
    if not str(folder):
        raise MyMapError(tr("Choose a folder for the tag images."))
    parent = folder.parent
    if not parent.is_dir() or not os.access(str(parent), os.W_OK) or \
            (folder.exists() and not os.access(str(folder), os.W_OK)):
        raise MyMapError(tr("{} cannot be written: choose a folder you may write in.").format(folder))
    if folder.exists() and not folder.is_dir():
        raise MyMapError(tr("{} is a file, not a folder.").format(folder))
    error_correction = ERROR_CORRECTION[source.layer_name]
    module_mm = module_mm or MIN_MODULE_MM[source.layer_name]
    module_px = max(1, int(round(module_mm * dpi / 25.4)))
    dots_per_metre = int(round(dpi / 0.0254))
    staging = parent / ".{}.part-{}".format(folder.name, os.getpid())
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    written = []
    try:
        for number, item in enumerate(source.items):
            name = "{}.{}".format(item.code, image_format)
            if image_format == "png":
                image = qr_image(item.payload, error_correction, module_px)
                image.setDotsPerMeterX(dots_per_metre)
                image.setDotsPerMeterY(dots_per_metre)
                if not image.save(str(staging / name), "PNG"):
                    raise MyMapError(tr("{} cannot be written.").format(staging / name))
            else:
                (staging / name).write_text(qr_svg(item.payload, error_correction, module_mm), encoding="ascii")
            written.append(name)
            if feedback is not None and number % 50 == 0:
                feedback.setProgress(100.0 * number / len(source.items))
                if feedback.isCanceled():
                    raise MyMapError(tr("Exporting the tag images was cancelled; nothing was written."))
        folder.mkdir(exist_ok=True)
        for name in written:
            os.replace(str(staging / name), str(folder / name))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [folder / name for name in written]
