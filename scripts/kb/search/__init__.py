"""Turkish-aware site search: the normaliser shared with the browser and the index builder."""
