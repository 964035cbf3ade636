"""Processing algorithms of MyMap's PostgreSQL/PostGIS wards (registered by ``processing_provider.py``)."""
