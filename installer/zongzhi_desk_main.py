"""Entry script of the PyInstaller bundle: the same command line as `python -m desktop`.

Kept outside the package so PyInstaller does not put desktop/ itself on the module search path.
"""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
