"""``python -m libcoach``: the libcoach command line (see docs/cli.md)."""

from __future__ import annotations

import sys

from libcoach.cli import main

if __name__ == "__main__":
    sys.exit(main())
