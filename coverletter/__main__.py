"""``python -m coverletter``."""

import gc

if __name__ == "__main__" and gc.isenabled():
    gc.disable()  # as main() does for the command's import, from the start: click's and jinja2's objects too
    from .cli import Startup

    Startup.collector_paused = True
from .cli import main

if __name__ == "__main__":
    main()
