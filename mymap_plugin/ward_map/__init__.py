"""The ward map: the ward GeoPackage, its asset layers, forms, styles and demo ward."""
