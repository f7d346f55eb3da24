"""`python -m assistant.cli`: the `assistant` command."""

from assistant.cli.main import main

main()
