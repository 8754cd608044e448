"""Style data used by write and check alike: clichés, placeholders, banned phrases.

A leaf package: it imports only paths from coverletter.
"""

from .banned import MAX_BANNED, banned_phrases
from .cliches import find_cliches, load_cliches
from .placeholders import find_placeholders, placeholder_spans

__all__ = ["MAX_BANNED", "banned_phrases", "find_cliches", "find_placeholders", "load_cliches", "placeholder_spans"]
