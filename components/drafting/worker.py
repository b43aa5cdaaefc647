"""A draft run in a separate process with a deadline, so that no text, however hostile, holds the server.

Regular expressions hold Python's global lock while they run: a draft on the page's own thread would stop every
other reader's page until it ended. Here it runs in a child of a fork server (started once, with the drafting
modules already imported, so a draft starts in milliseconds), and is killed when its deadline passes.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection

import pandas as pd

from components.drafting.assembly import ArticleMeta, draft_article
from components.drafting.limits import ArticleRefused, check_article
from components.drafting.records import Draft

DEADLINE_SECONDS = 10.0
_context_lock = threading.Lock()
_context: multiprocessing.context.BaseContext | None = None


class DraftFailed(RuntimeError):
    """The draft did not finish: it ran past its deadline or stopped on an error; the message says which."""


def _fork_server() -> multiprocessing.context.BaseContext:
    global _context
    with _context_lock:
        if _context is None:
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload(["components.drafting.assembly"])
        return _context


def _child(send: Connection, text: str, meta: ArticleMeta, gazetteer: pd.DataFrame, topics: pd.DataFrame) -> None:
    try:
        send.send((True, draft_article(text, meta, gazetteer, topics)))
    except Exception as error:  # sent back as a sentence: the reader sees it, never a traceback
        send.send((False, f"{type(error).__name__}: {error}"))
    finally:
        send.close()


def draft_with_deadline(text: str, meta: ArticleMeta, gazetteer: pd.DataFrame, topics: pd.DataFrame,
                        seconds: float = DEADLINE_SECONDS) -> Draft:
    """`draft_article` in a worker process: the draft, or ArticleRefused (a text it will not take) or
    DraftFailed (past the deadline, or an error), each with a sentence for the reader."""
    check_article(text)
    context = _fork_server()
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, text, meta, gazetteer, topics), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise DraftFailed(f"Drafting this text took longer than {seconds:g} seconds and was stopped. Check that "
                              "it is one article's plain text; if it is, report it as a bug with the text.")
        try:
            ok, payload = receive.recv()
        except EOFError as error:
            raise DraftFailed("The drafting process stopped without an answer (out of memory?).") from error
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receive.close()
    if not ok:
        raise DraftFailed(f"The draft stopped on an error ({payload}). Report it as a bug with the text.")
    return payload


__all__ = ["ArticleRefused", "DraftFailed", "draft_with_deadline"]
