"""Renderers: the engines that turn the pages of kb.site into a website.

The core (kb.site) says what every page holds as plain data; a renderer owns everything that
is particular to an engine: its configuration, its templates, its page frame and its search
box. One exists, mkdocs/ (MkDocs with Material for MkDocs); moving to another engine means
writing another package with the same `render` function.
"""
