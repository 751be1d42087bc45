"""Entry point of the console fetalhc executable."""

import multiprocessing
import sys

from fetalhc_gui.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes (--jobs) start this executable with spawn
    sys.exit(main())
