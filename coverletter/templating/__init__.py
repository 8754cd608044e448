"""templating: Jinja template lookup, the sandbox with StrictUndefined, errors with file and line, citation
markers, and the template checker (against a schema its caller passes in).

May import: the leaves only; it knows no stage's internals.
"""
