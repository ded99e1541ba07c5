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
    """Move everything alive now (the newly swapped-in index) out of the collector's view.
    Frozen objects are skipped by collections; a replaced index is still freed by
    reference counting."""
    gc.freeze()
