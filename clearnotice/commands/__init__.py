"""The subcommands of ``clearnotice``: one module each, with ``add_arguments`` and ``run``."""
