"""Render ward layers to an image, headless (demo products, record pages, benchmarks)."""
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def render_layers(layers, width=1920, height=1080, extent: QgsRectangle = None, crs=None,
                  project: QgsProject = None, background="#ffffff"):
    """Render *layers* (top first) into a QImage of *width* × *height* pixels."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor(background))
    settings.setOutputDpi(96)
    if crs is None:
        crs = next((layer.crs() for layer in layers if layer.isSpatial()), None)
    if crs is not None:
        settings.setDestinationCrs(crs)
    if project is not None:
        settings.setTransformContext(project.transformContext())
    if extent is None:
        extent = QgsRectangle()
        for layer in layers:
            if layer.isSpatial() and not layer.extent().isEmpty():
                extent.combineExtentWith(layer.extent())
        extent.scale(1.05)
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()
