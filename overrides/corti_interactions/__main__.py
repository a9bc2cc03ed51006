"""`python -m corti_interactions` runs the command line."""

from ._cli.commands import main

raise SystemExit(main())
