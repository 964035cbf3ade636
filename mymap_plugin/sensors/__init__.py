"""Water-level sensors: readings in, flood status on the map, charts out."""
