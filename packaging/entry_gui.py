"""Entry point of the windowed FetalHC executable."""

import sys

from fetalhc_gui.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
