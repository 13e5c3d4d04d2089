"""The content rules: what a practice, a record or a hand-written page must be, beyond its form.

`practice` runs a practice's own checks (in validation workers too); `text` holds the rules
on words (spelling, apostrophes, personal data) with their data in spelling.yml; `numbers`
reads the figures a text states; `records` checks records against each other.
"""
