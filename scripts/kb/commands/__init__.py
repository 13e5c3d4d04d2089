"""One module per `kb` sub-command; each exposes run(args) -> exit code."""
