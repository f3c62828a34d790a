"""``python -m quotes``: the command line."""
import sys

from quotes.cli import main

sys.exit(main())
