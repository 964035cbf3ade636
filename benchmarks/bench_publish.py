"""Record website benchmark: publish every asset of the demo ward with its page map drawn
from shared tiles, beside the old way (one QGIS render per asset) timed on a sample of
assets in the same run and extrapolated to the whole ward."""
import tempfile
import time
from pathlib import Path

SAMPLE = 200            # assets rendered the old way


def run():
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from mymap_plugin.qr_labels.publish_records import MAP_LAYERS, publish_records, render_page_map
    from mymap_plugin.ward_map import schema
    from mymap_plugin.ward_map.create_ward_map import create_ward_map, layer_source

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        ward = Path(folder) / "ward.gpkg"
        create_ward_map(ward, "Phường Mỹ Hào", "12103", "33", demo=True, overwrite=True, language="vi",
                        qr_link_template="HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{code}", hotline="0221 3943 888")
        started = time.perf_counter()
        counts = publish_records(ward, Path(folder) / "pages", map_images=False)
        pages_only = time.perf_counter() - started
        started = time.perf_counter()
        counts = publish_records(ward, Path(folder) / "site", map_images=True)
        tiled = time.perf_counter() - started
        assets = sum(counts.values())

        map_layers = [QgsVectorLayer(layer_source(ward, name), name, "ogr") for name in MAP_LAYERS]
        geometries = []
        for layer_def in schema.ASSET_LAYERS:
            layer = QgsVectorLayer(layer_source(ward, layer_def.name), layer_def.name, "ogr")
            request = QgsFeatureRequest().setFilterExpression("\"asset_code\" IS NOT NULL")
            geometries += [feature.geometry() for feature in layer.getFeatures(request)
                           if not feature.geometry().isEmpty()]
        sample = geometries[::max(1, len(geometries) // SAMPLE)][:SAMPLE]
        render_page_map(map_layers, sample[0])          # warm-up (fonts, caches)
        started = time.perf_counter()
        for index, geometry in enumerate(sample):
            render_page_map(map_layers, geometry).save(str(Path(folder) / "old_{}.png".format(index)))
        old_map = (time.perf_counter() - started) / len(sample)
        old_total = pages_only + old_map * len(geometries)
    rows.append(("publish demo ward, {} pages, no maps".format(assets), pages_only, "s", ""))
    rows.append(("publish demo ward with maps from shared tiles", tiled, "s", ""))
    rows.append(("  per asset, shared tiles", 1000 * tiled / assets, "ms", ""))
    rows.append(("  per asset, one render per map (old, {} sampled)".format(len(sample)),
                 1000 * (pages_only / assets + old_map), "ms", ""))
    rows.append(("publish with one render per map (old, extrapolated)", old_total, "s", ""))
    rows.append(("old / shared tiles", old_total / tiled, "×", "ratio"))
    return rows
