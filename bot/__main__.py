"""`python -m bot` is the same as the `franchise-bot` command.

The program's entry point, not part of the core: nothing imports this module, and it is the
one place under bot/ that names the command line (adapters/cli.py), which is an edge.
"""

import sys

from adapters.cli import main

sys.exit(main())
