"""A submitted "Propose a practice" form, turned into checked files and a report.

The pieces, in the order they run:

- `form`: the answers of one issue body, with the problems and corrections found in them;
- `values`: lenient readings of one answer (vocabulary terms, dates, links);
- `institutions`: municipalities and organisations found by name, plausible suggestions;
- `newrecord`: a new municipality or organisation asked for in the form, as a record file;
- `convert`: every answer → the files of the practice (and of a new record);
- `check`: the files written, validated in place, and removed again if anything is wrong;
- `report`: the Markdown comment, a Turkish and an English part;
- `workflow`: the propose workflow's steps (branch, pull request, comment) as a script.

The issue body is untrusted: it is parsed as text, never evaluated, and every value shown
in the report is escaped.
"""
