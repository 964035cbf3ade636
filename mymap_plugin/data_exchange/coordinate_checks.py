"""Coordinate sanity checks before an import writes anything.

The traps of Vietnamese survey data (domain.md): no CRS at all; X and Y exchanged
(survey sheets write X = northing); coordinates of another province's VN-2000 TM-3
zone; VN-2000 without the datum shift ("nội bộ", about 224 m off at Mỹ Hào); and
data that simply lands outside the ward. Each check reinterprets a sample of the
source's positions and asks where they would land; what it finds is a
:class:`Finding` with the fix (a CRS or swapping the axes) the user can apply, or
confirm the data as it is.
"""
import re
from dataclasses import dataclass
from typing import Optional

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext,
                       QgsCsException, QgsDistanceArea, QgsGeometry, QgsPointXY, QgsRectangle)

from ..i18n import tr
from ..ward_map.open_ward_map import pin_vn2000_transformation

# VN-2000 TM-3 zones: central meridian (degrees) → EPSG code with the official shift.
VN2000_TM3_ZONES = {
    102.0: 5896, 103.0: 9205, 104.0: 9206, 104.5: 9207, 104.75: 9208, 105.0: 5897, 105.5: 9209,
    105.75: 9210, 106.0: 9211, 106.25: 9212, 106.5: 9213, 107.0: 9214, 107.25: 9215, 107.5: 9216,
    107.75: 5899, 108.0: 5898, 108.25: 9217, 108.5: 9218,
}
VN2000_GEOGRAPHIC = 4756
# Deprecated EPSG definitions with northing and easting exchanged, and what replaces them.
DEPRECATED_SWAPPED = {6956: 5896, 6957: 5897, 6958: 5898, 6959: 5899}
WARD_MARGIN_M = 200.0
SAMPLE_SIZE = 500

ERROR = "error"          # the import cannot go on until it is fixed
WARNING = "warning"      # the import goes on only when the user confirms
INFO = "info"            # said, nothing to do


@dataclass
class Finding:
    kind: str
    severity: str
    message: str
    fix_crs: Optional[str] = None       # authid to use as the source CRS
    fix_swap: bool = False              # exchange X and Y


def zone_label(meridian: float) -> str:
    degrees = int(meridian)
    minutes = int(round((meridian - degrees) * 60))
    return "{}°{:02d}′".format(degrees, minutes)


def _proj_parameters(crs: QgsCoordinateReferenceSystem) -> dict:
    parameters = {}
    for token in crs.toProj().split():
        key, _, value = token.lstrip("+").partition("=")
        parameters[key] = value
    return parameters


def vn2000_meridian(crs: QgsCoordinateReferenceSystem) -> Optional[float]:
    """The central meridian when *crs* is laid out like a VN-2000 TM-3 zone (whatever its datum)."""
    if not crs.isValid():
        return None
    parameters = _proj_parameters(crs)
    if parameters.get("proj") != "tmerc":
        return None
    try:
        meridian = float(parameters.get("lon_0", "nan"))
        scale = float(parameters.get("k", parameters.get("k_0", "nan")))
        false_easting = float(parameters.get("x_0", "nan"))
    except ValueError:
        return None
    if abs(scale - 0.9999) > 1e-9 or abs(false_easting - 500000) > 1e-3:
        return None
    for zone in VN2000_TM3_ZONES:
        if abs(zone - meridian) < 1e-6:
            return zone
    return None


def _has_official_shift(crs: QgsCoordinateReferenceSystem) -> bool:
    match = re.search(r"\+towgs84=([-0-9.,e]+)", crs.toProj())
    if not match:
        return False
    values = [float(v) for v in match.group(1).split(",") if v]
    return bool(values) and abs(values[0] + 191.90441429) < 0.01


def _looks_vn2000(crs: QgsCoordinateReferenceSystem) -> bool:
    wkt = crs.toWkt().lower()
    return "vn-2000" in wkt or "vn_2000" in wkt or "vietnam_2000" in wkt or "vietnam 2000" in wkt


def official_equivalent(crs: QgsCoordinateReferenceSystem) -> Optional[QgsCoordinateReferenceSystem]:
    """The EPSG VN-2000 CRS with the official shift that *crs* should have been, when *crs* is
    VN-2000 laid out without the shift ("nội bộ"); else None."""
    if not crs.isValid() or _has_official_shift(crs):
        return None
    meridian = vn2000_meridian(crs)
    parameters = _proj_parameters(crs)
    on_wgs84 = parameters.get("ellps") == "WGS84" or parameters.get("datum") == "WGS84"
    if meridian is not None and (on_wgs84 or _looks_vn2000(crs)):
        return QgsCoordinateReferenceSystem("EPSG:{}".format(VN2000_TM3_ZONES[meridian]))
    if crs.isGeographic() and _looks_vn2000(crs):
        return QgsCoordinateReferenceSystem("EPSG:{}".format(VN2000_GEOGRAPHIC))
    return None


class WardArea:
    """Where the ward is, in the ward CRS: its residential groups (or, without them, its
    assets; or, for a new empty ward, the CRS's area of use), with a margin."""

    def __init__(self, geometry: QgsGeometry, described_by: str, core: Optional[QgsGeometry] = None,
                 core_name: str = ""):
        self.geometry = geometry
        self.described_by = described_by
        self.core = core if core is not None else geometry      # the ward itself, without the margin
        self.core_name = core_name or tr("the ward")            # what distances are measured from
        self._box = geometry.boundingBox() if not geometry.isEmpty() else None

    def contains(self, point: QgsPointXY) -> bool:
        if self._box is None:
            return True
        if not self._box.contains(point):
            return False
        return self.geometry.intersects(QgsGeometry.fromPointXY(point))

    def distance_m(self, point: QgsPointXY, crs: QgsCoordinateReferenceSystem,
                   context: QgsCoordinateTransformContext) -> Optional[float]:
        """Metres on the ellipsoid from *point* (in the ward CRS *crs*) to the nearest part of the
        ward; None when the ward has no known place."""
        if self.core.isEmpty():
            return None
        nearest = self.core.nearestPoint(QgsGeometry.fromPointXY(point))
        if nearest.isEmpty():
            return None
        measure = QgsDistanceArea()
        measure.setSourceCrs(crs, context)
        measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
        try:
            return measure.measureLine(point, nearest.asPoint())
        except QgsCsException:
            return None

    @classmethod
    def of_ward(cls, group_geometries, asset_extent: QgsRectangle, ward_crs: QgsCoordinateReferenceSystem,
                context: QgsCoordinateTransformContext):
        geometries = [g for g in group_geometries if g is not None and not g.isEmpty()]
        if geometries:
            groups = QgsGeometry.unaryUnion(geometries)
            return cls(groups.buffer(WARD_MARGIN_M, 8),
                       tr("more than {} m from the ward's residential groups").format(int(WARD_MARGIN_M)),
                       groups, tr("the ward's residential groups"))
        if asset_extent is not None and not asset_extent.isEmpty():
            rectangle = QgsRectangle(asset_extent)
            rectangle.grow(1000.0)
            return cls(QgsGeometry.fromRect(rectangle), tr("more than 1 km from the ward's assets"),
                       QgsGeometry.fromRect(asset_extent), tr("the ward's assets"))
        bounds = ward_crs.bounds()
        if bounds.isEmpty():
            return cls(QgsGeometry(), "")
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), ward_crs, context)
        try:
            area = transform.transformBoundingBox(bounds)
        except QgsCsException:   # no usable area: skip the check
            return cls(QgsGeometry(), "")
        return cls(QgsGeometry.fromRect(area),
                   tr("outside the area of use of the ward's coordinate system {}").format(ward_crs.authid()),
                   core_name=tr("the area of use of the ward's coordinate system {}").format(ward_crs.authid()))


def swapped(point: QgsPointXY) -> QgsPointXY:
    return QgsPointXY(point.y(), point.x())


def landing(points, source_crs, ward_crs, context, swap=False):
    """The sample's positions in the ward CRS (None where they cannot be transformed)."""
    transform = QgsCoordinateTransform(source_crs, ward_crs, context)
    result = []
    for point in points:
        point = swapped(point) if swap else point
        try:
            result.append(transform.transform(point))
        except QgsCsException:   # a position off the projection
            result.append(None)
    return result


def inside_fraction(points, source_crs, ward_crs, context, area: WardArea, swap=False) -> float:
    if not points or not source_crs.isValid():
        return 0.0
    landed = landing(points, source_crs, ward_crs, context, swap)
    return sum(1 for p in landed if p is not None and area.contains(p)) / len(points)


def transform_context(ward_crs) -> QgsCoordinateTransformContext:
    context = QgsCoordinateTransformContext()
    pin_vn2000_transformation(context, ward_crs)
    return context


def _guess_crs(points, ward_crs, context, area):
    """The best CRS (and swap) for positions without a CRS: the one that lands most inside the ward."""
    candidates = [(ward_crs, False), (ward_crs, True), (QgsCoordinateReferenceSystem("EPSG:4326"), False),
                  (QgsCoordinateReferenceSystem("EPSG:4326"), True)]
    candidates += [(QgsCoordinateReferenceSystem("EPSG:{}".format(code)), False)
                   for code in VN2000_TM3_ZONES.values()]
    best = (0.0, None, False)
    for crs, swap in candidates:
        if crs.isGeographic() and any(abs(p.x()) > 180 or abs(p.y()) > 90 for p in points[:50]):
            continue
        fraction = inside_fraction(points, crs, ward_crs, context, area, swap)
        if fraction > best[0] + 1e-9:
            best = (fraction, crs, swap)
    return best


def check_coordinates(points, source_crs: QgsCoordinateReferenceSystem, ward_crs, area: WardArea,
                      context=None, swap_xy=False):
    """Findings about where a sample of source *points* (in *source_crs*) would land."""
    context = context or transform_context(ward_crs)
    findings = []
    points = list(points)[:SAMPLE_SIZE]
    if not points:
        return findings
    if source_crs is None or not source_crs.isValid():
        fraction, guess, swap = _guess_crs(points, ward_crs, context, area)
        if guess is not None and fraction >= 0.5:
            message = tr("The source has no coordinate system. Its coordinates fit the ward when read as {} ({}){}. "
                         "Choose that coordinate system to import.").format(
                guess.authid(), guess.description(), tr(", with X and Y exchanged") if swap else "")
            findings.append(Finding("crs_missing", ERROR, message, fix_crs=guess.authid(), fix_swap=swap))
        else:
            findings.append(Finding("crs_missing", ERROR, tr(
                "The source has no coordinate system and its coordinates do not fit the ward in any usual "
                "one (VN-2000 zones, WGS 84). Choose the coordinate system the data was surveyed in.")))
        return findings

    deprecated = source_crs.authid().upper()
    if deprecated.startswith("EPSG:") and int(deprecated[5:] or 0) in DEPRECATED_SWAPPED:
        replacement = "EPSG:{}".format(DEPRECATED_SWAPPED[int(deprecated[5:])])
        findings.append(Finding("deprecated_crs", INFO, tr(
            "The source uses {}, a withdrawn EPSG code whose axes are northing, easting; {} replaces it. "
            "Check the result on the map.").format(source_crs.authid(), replacement)))

    official = official_equivalent(source_crs)
    if official is not None:
        offsets = []
        plain = landing(points[:20], source_crs, ward_crs, context, swap_xy)
        shifted = landing(points[:20], official, ward_crs, context, swap_xy)
        for a, b in zip(plain, shifted):
            if a is not None and b is not None:
                offsets.append(a.distance(b))
        offset = sum(offsets) / len(offsets) if offsets else 0.0
        findings.append(Finding("no_datum_shift", WARNING, tr(
            "The source's coordinate system ({}) is VN-2000 without the official datum shift to WGS 84 "
            "(\"VN-2000 nội bộ\"): its features would land about {} m away from where they are. Use {} ({}) "
            "instead, or confirm to import as it is.").format(
            source_crs.description() or source_crs.authid(), int(round(offset)), official.authid(),
            official.description()), fix_crs=official.authid()))
        return findings

    meridian = vn2000_meridian(source_crs)
    ward_meridian = vn2000_meridian(ward_crs)
    fraction = inside_fraction(points, source_crs, ward_crs, context, area, swap_xy)
    if area.geometry.isEmpty() or fraction >= 0.5:
        if meridian is not None and ward_meridian is not None and meridian != ward_meridian:
            findings.append(Finding("zone_converted", INFO, tr(
                "The source is in VN-2000 zone {}; it is converted to the ward's zone {}.").format(
                zone_label(meridian), zone_label(ward_meridian))))
        return findings
    if inside_fraction(points, source_crs, ward_crs, context, area, not swap_xy) >= 0.8:
        findings.append(Finding("axes_swapped", WARNING, tr(
            "Most features land outside the ward, but with X and Y exchanged they land inside: the source "
            "probably writes X = northing and Y = easting, as Vietnamese survey sheets do. Swap X and Y, "
            "or confirm to import as it is."), fix_swap=not swap_xy))
        return findings
    if meridian is not None or not source_crs.isGeographic():
        for zone, code in VN2000_TM3_ZONES.items():
            if zone == meridian:
                continue
            candidate = QgsCoordinateReferenceSystem("EPSG:{}".format(code))
            if inside_fraction(points, candidate, ward_crs, context, area, swap_xy) >= 0.8:
                findings.append(Finding("other_zone", WARNING, tr(
                    "The features land outside the ward in {}, but inside it when read in VN-2000 zone {} "
                    "({}): the data was probably surveyed in that zone. Use {}, or confirm to import as it "
                    "is.").format(source_crs.authid() or source_crs.description(), zone_label(zone),
                                  candidate.authid(), candidate.authid()), fix_crs=candidate.authid()))
                return findings
    return findings


def format_distance(metres: float) -> str:
    """*metres* as people say it: "180 m", "3 km", "1,100 km" (thousands grouped as the
    interface language writes them)."""
    if metres < 1000:
        value, unit = int(round(metres / 10.0) * 10) if metres >= 100 else int(round(metres)), "m"
    elif metres < 100000:
        value, unit = int(round(metres / 1000.0)), "km"
    else:
        value, unit = int(round(metres / 10000.0) * 10), "km"
    # "1,000" written as the language writes it ("1.000" in Vietnamese) gives the separator.
    sample = tr("1,000")
    separator = sample[1] if len(sample) == 5 and not sample[1].isdigit() else ","
    return "{:,} {}".format(value, unit).replace(",", separator)


def outside_finding(points, total: int, source_crs: QgsCoordinateReferenceSystem, ward_crs, area: WardArea,
                    context=None) -> Finding:
    """The finding for *points* (anchors of the rows, in the ward CRS) that land outside the ward
    among *total* rows: how far they are and what probably went wrong."""
    context = context or transform_context(ward_crs)
    points = list(points)
    distances = sorted(d for d in (area.distance_m(p, ward_crs, context) for p in points[:SAMPLE_SIZE])
                       if d is not None)
    if not distances:
        return Finding("outside_ward", WARNING, tr(
            "{} of {} features land {}. Check the coordinate system, or confirm to import them anyway.").format(
            len(points), total, area.described_by))
    typical = distances[len(distances) // 2]
    if distances[-1] - distances[0] < max(0.1 * typical, 50.0):
        how_far = tr("about {distance} from {place}").format(distance=format_distance(typical),
                                                             place=area.core_name)
    else:
        how_far = tr("between {nearest} and {farthest} from {place} (most about {typical})").format(
            nearest=format_distance(distances[0]), farthest=format_distance(distances[-1]),
            place=area.core_name, typical=format_distance(typical))
    return Finding("outside_ward", WARNING, tr(
        "{count} of {total} features land outside the ward, {how_far}. {cause} Check the coordinate system, "
        "or confirm to import them anyway.").format(count=len(points), total=total, how_far=how_far,
                                                    cause=likely_cause(typical, source_crs)))


def likely_cause(metres: float, source_crs: QgsCoordinateReferenceSystem) -> str:
    """What most probably put data *metres* away from the ward, in one sentence."""
    name = source_crs.authid() or source_crs.description()
    vn2000 = vn2000_meridian(source_crs) is not None or _looks_vn2000(source_crs)
    if 150 <= metres <= 400 and vn2000:
        return tr("An offset of a few hundred metres is what VN-2000 coordinates show when they were surveyed "
                  "without the datum shift (\"VN-2000 nội bộ\") but declared with it, or the reverse.")
    if metres < 2000:
        return tr("The data probably reaches beyond the ward (a neighbouring ward), or the residential "
                  "groups there are not drawn yet.")
    if metres < 100000:
        return tr("The data is probably of another place nearby (another ward, district or a neighbouring "
                  "province), or its coordinates are not in {} as declared.").format(name)
    return tr("The data is probably of another province, or its coordinates are not in {} as "
              "declared.").format(name)
