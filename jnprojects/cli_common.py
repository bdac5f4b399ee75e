"""Exit codes shared by the subcommand modules."""

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
