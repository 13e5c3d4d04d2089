"""Ortak Akıl knowledge base: load, validate and publish practices."""
