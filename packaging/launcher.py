"""Entry point of the bundled app: the same command line as the ``jnprojects`` script."""

import sys

from jnprojects.cli import main

if __name__ == "__main__":
    sys.exit(main())
