"""The practice format, declared once: types (types.py) and the fields of each file (fields.py)."""
