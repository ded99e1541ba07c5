"""Keeping the garbage collector out of the way of large, acyclic fact indexes.

A full collection walks every tracked object with the GIL held. With 100,000 facts
loaded that is millions of objects and hundreds of milliseconds in which the event loop
cannot answer anyone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector (process-wide) while many acyclic objects are built:
    it would rescan the heap again and again and find nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle() -> None:
    """Move everything alive now (the first index) out of the collector's view.

    Called once, at start-up, before any adapter exists: frozen objects are never
    collected, so freezing later would pin whatever the adapters hold then (clients,
    sessions, their cycles) for the life of the process. A replaced index is acyclic and is
    still freed by reference counting; later indexes stay in the collector's view.
    """
    gc.freeze()
