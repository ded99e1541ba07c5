"""Scale and speed benchmarks for the answer engine (not part of the installed package).

`python -m benchmarks.engine --facts N [--json]`; see benchmarks/README.md.
"""
