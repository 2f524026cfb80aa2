"""Run one export in a forked process while the build writes the others.

The exports of a large graph (Turtle, GraphML, the HTML page) each read the
finished graph and write one file, and each takes seconds at the size of the
current register; written one after another they leave a core idle.  A
forked child shares the parent's memory (nothing is pickled on the way in),
writes its file, and sends back only the exception it raised, if any.
Where ``fork`` is missing (Windows, and macOS by default), or where the
caller says the job is too small to pay for a process, the job runs in this
process when it is started: the files written are the same either way.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> job = Background(lambda: open(os.path.join(folder, "a.txt"), "w").write("a"), forked=True)
>>> job.wait()
>>> open(os.path.join(folder, "a.txt")).read()
'a'
>>> def fails():
...     raise OSError(28, "No space left on device")
>>> Background(fails, forked=True).wait()
Traceback (most recent call last):
...
OSError: [Errno 28] No space left on device
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable
from multiprocessing.connection import Connection

from .gc_pause import frozen_for_fork


def _child(job: Callable[[], object], sender: Connection) -> None:
    try:
        job()
    except BaseException as err:  # noqa: BLE001 - every failure goes back to the parent, which raises it
        try:
            sender.send(err)
        except (pickle.PicklingError, TypeError, AttributeError):  # an exception that cannot be pickled: its words
            sender.send(RuntimeError(f"{type(err).__name__}: {err}"))
        return
    sender.send(None)


class Background:
    """``job`` run in a forked child (``forked`` and fork available) or here; :meth:`wait` raises what it raised."""

    def __init__(self, job: Callable[[], object], *, forked: bool):
        self._process = None
        self._receiver: Connection | None = None
        self._error: BaseException | None = None
        if forked and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self._receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(job, sender), daemon=True)
            with frozen_for_fork():
                self._process.start()
            sender.close()  # the child holds its own end: EOF here once it is gone
            return
        try:
            job()
        except BaseException as err:  # noqa: BLE001 - raised by wait, as a forked job's would be
            self._error = err

    def stop(self) -> None:
        """End the job without waiting for it (the build failed: its file is not wanted)."""
        if self._process is not None and self._receiver is not None:
            self._process.terminate()
            self._process.join()
            self._receiver.close()
            self._process = self._receiver = None
        self._error = None

    def wait(self) -> None:
        """Return when the job is done; raise the exception it raised."""
        if self._process is not None and self._receiver is not None:
            try:
                self._error = self._receiver.recv()
            except EOFError:  # killed, or died in C code, before it could say anything
                self._process.join()
                self._error = RuntimeError(f"an export process ended with exit code {self._process.exitcode}")
            finally:
                self._receiver.close()
                self._process.join()
                self._process = self._receiver = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error
