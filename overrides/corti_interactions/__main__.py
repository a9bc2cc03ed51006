"""`python -m corti_interactions` runs the command line."""

from ._cli import main

raise SystemExit(main())
