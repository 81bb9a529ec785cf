"""Ordered, bounded parallel map over chunks of work, surviving a worker that dies.

Results come back in input order (the first of a group of near-duplicates must be the
first one read), at most `window` chunks are in flight (a huge input never piles up in
memory: Pool.imap would read all of it ahead), and a worker killed by the OS (out of
memory on one monstrous page, a crash in a C parser) costs only the item that killed it:
the chunks in flight are redone one item at a time in a fresh pool.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(init: Callable | None, args: tuple) -> None:
    # Ctrl-C is the main process's to handle: it rolls back and stops the pool; a worker
    # that died of the same SIGINT would only turn that into a BrokenProcessPool
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if init is not None:
        init(*args)


def _exit_with_parent(parent: int) -> None:
    """A main process killed outright (SIGKILL, OOM killer) cannot stop its workers; they
    notice they were orphaned and go, instead of waiting for work forever."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def ordered_map(
    work: Callable[[list[T]], list[R]],
    chunks: Iterable[list[T]],
    jobs: int,
    init: Callable | None = None,
    init_args: tuple = (),
    crashed: Callable[[T, str], R] | None = None,
    window: int | None = None,
) -> Iterator[R]:
    """work(chunk) for every chunk, results flattened in input order."""
    if jobs <= 1:
        if init is not None:
            init(*init_args)
        for chunk in chunks:
            yield from work(chunk)
        return
    window = window or jobs * 8

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(init, init_args))

    executor = pool()
    pending: deque = deque()
    source = iter(chunks)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                try:
                    chunk = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((executor.submit(work, chunk), chunk))
            if not pending:
                return
            future, chunk = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                redo = [chunk] + [c for _, c in pending]
                pending.clear()
                executor.shutdown(wait=False, cancel_futures=True)
                executor = pool()
                for c in redo:
                    for item in c:
                        try:
                            single = executor.submit(work, [item]).result()
                        except BrokenProcessPool:
                            executor.shutdown(wait=False, cancel_futures=True)
                            executor = pool()
                            if crashed is None:
                                raise
                            single = [crashed(item, "a worker process died on this input (out of memory?)")]
                        yield from single
                continue
            yield from results
    finally:
        # wait for the pool's manager thread: left running, it can close its wake-up pipe just as
        # the interpreter's exit hook writes to it, and Python 3.11 then prints an OSError
        # traceback after Ctrl-C (the chunks already in the workers finish; the rest are cancelled)
        executor.shutdown(wait=True, cancel_futures=True)
