"""Entry point of the console fetalhc executable."""

import sys

from fetalhc_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
