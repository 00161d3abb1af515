import sys

from repcheck.cli import main

sys.exit(main())
