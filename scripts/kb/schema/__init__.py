"""The practice format, declared once: scalar types (types.py),
structural types (structure.py) and the fields of each file (fields.py)."""
