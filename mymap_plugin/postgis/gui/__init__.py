"""Dialogs of MyMap's PostgreSQL/PostGIS wards."""
