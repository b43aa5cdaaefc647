"""`python -m components --help`: the command-line index."""

import sys

from components.cli import main

sys.exit(main())
