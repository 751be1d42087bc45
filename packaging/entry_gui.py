"""Entry point of the windowed FetalHC executable."""

import multiprocessing
import sys

from fetalhc_gui.gui.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes (--jobs) start this executable with spawn
    sys.exit(main())
