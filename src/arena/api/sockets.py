"""The debate WebSocket: events go out as JSON text frames; ``cancel`` and ``resume`` commands come in."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Annotated, Literal

from fastapi import FastAPI
from fastapi.exceptions import WebSocketRequestValidationError
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from arena.api.control import controllers_of
from arena.api.errors import InvalidClientMessage, TooManyMessages
from arena.api.problems import (
    Problem,
    error_frame,
    make_problem,
    problem_from_error,
    status_for,
    validation_problem,
)
from arena.debate import DebateService
from arena.errors import ArenaError
from arena.streaming import Heartbeat, LiveBatch, LiveItem, LogEntry, ViewerCount

CLOSE_NORMAL = 1000
CLOSE_POLICY_VIOLATION = 1008
HEARTBEAT_FRAME = json.dumps({"type": "heartbeat"})
# After the last event, how long a command the client sent as the debate ended may take to arrive and be answered
# before the socket closes: a cancel sent on connecting to a debate that finishes (or was finished) at once can
# reach the server after its replay, and would otherwise go unanswered.
LAST_COMMAND_GRACE_S = 0.5


class CancelCommand(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["cancel"]
    token: str | None = Field(default=None, min_length=1, max_length=256)


class ResumeCommand(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["resume"]
    after: int = Field(ge=0, le=10**15)


_COMMANDS: TypeAdapter[CancelCommand | ResumeCommand] = TypeAdapter(
    Annotated[CancelCommand | ResumeCommand, Field(discriminator="type")]
)


def _frame(item: LiveItem) -> str:
    if isinstance(item, LogEntry):
        return item.data  # the event's own JSON, with its seq and type
    if isinstance(item, ViewerCount):
        return item.to_json()
    if isinstance(item, Heartbeat):
        return HEARTBEAT_FRAME
    raise TypeError(f"not a live stream item: {item!r}")


class MessageRate:
    """A token bucket: ``per_second`` messages a second on average, in bursts of up to ``per_second`` (one
    at least); ``allow`` says whether one more message fits."""

    def __init__(self, per_second: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second = per_second
        self._burst = max(1.0, per_second)
        self._tokens = self._burst
        self._clock = clock
        self._last = clock()

    def allow(self) -> bool:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._last) * self.per_second)
        self._last = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


async def serve_debate_socket(websocket: WebSocket, debates: DebateService, debate_id: str, *, after: int,
                              controllers: tuple[str, ...], rate: MessageRate) -> None:
    """Serve the debate's events; ``controllers`` (from the upgrade request) may cancel it, as may a
    ``cancel`` command carrying its token."""
    await websocket.accept()
    await _Session(websocket, debates, debate_id, controllers, rate).run(after)


def install_socket_refusals(app: FastAPI) -> None:
    """A WebSocket upgrade that fails validation (a malformed debate id, an unknown query parameter) or names no
    route is accepted and closed with a problem (4422, 4404) rather than refused with a bare 403."""

    async def invalid(websocket: WebSocket, exc: Exception) -> None:
        assert isinstance(exc, WebSocketRequestValidationError)
        await refuse_socket_with(websocket, validation_problem(exc.errors(), websocket.url.path))

    not_found = app.router.default

    async def no_route(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "websocket":
            await not_found(scope, receive, send)
            return
        problem = make_problem(404, "not-found", "no WebSocket route at this path; a debate's is "
                               "/v1/debates/{id}/ws", instance=scope["path"])
        await refuse_socket_with(WebSocket(scope, receive, send), problem)

    app.add_exception_handler(WebSocketRequestValidationError, invalid)
    app.router.default = no_route


async def refuse_socket(websocket: WebSocket, exc: ArenaError) -> None:
    """Accept, send ``exc`` as an error frame and close with 4000 + its HTTP status (a browser sees no HTTP
    status of a refused upgrade, only a close code)."""
    await refuse_socket_with(websocket, problem_from_error(exc))


async def refuse_socket_with(websocket: WebSocket, problem: Problem) -> None:
    """Accept, send ``problem`` as an error frame and close with 4000 + its status, its ``code`` the close
    reason: a refusal before the upgrade is only a bare 403 to the client, which says nothing of what to fix."""
    with contextlib.suppress(WebSocketDisconnect, RuntimeError):
        await websocket.accept()
        await websocket.send_text(json.dumps(error_frame(problem)))
        await websocket.close(4000 + problem.status, reason=problem.code)


@dataclass
class _Session:
    socket: WebSocket
    debates: DebateService
    debate_id: str
    controllers: tuple[str, ...]
    rate: MessageRate
    flooded: bool = field(default=False, init=False)
    # the event sender and the command reader both send
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)
    # held while a received command is answered: the session ends only between commands, so a command read
    # just as the debate's last event goes out (a cancel whose owner check is still at the database) is answered
    answering: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)

    async def run(self, after: int) -> None:
        sender = await self._start_sender(after)
        if sender is None:
            return
        receiver = asyncio.create_task(self._receive())
        try:
            while True:
                await asyncio.wait((sender, receiver), return_when=asyncio.FIRST_COMPLETED)
                if sender.done() and not receiver.done():
                    await asyncio.wait((receiver,), timeout=LAST_COMMAND_GRACE_S)
                if sender.done() or receiver.result() is None:
                    break
                resume_after = receiver.result()
                assert resume_after is not None
                await _cancel(sender)
                # Frames already on their way came before this marker; everything after it is the replay.
                await self._send(json.dumps({"type": "resumed", "after": resume_after}))
                restarted = await self._start_sender(resume_after)
                if restarted is None:
                    return
                sender = restarted
                receiver = asyncio.create_task(self._receive())
        finally:
            await _cancel(sender)
            async with self.answering:
                receiver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await receiver
        await self._close(CLOSE_POLICY_VIOLATION if self.flooded else CLOSE_NORMAL)

    async def _start_sender(self, after: int) -> asyncio.Task[None] | None:
        try:
            items = await self.debates.watch(self.debate_id, after=after, transport="websocket")
        except ArenaError as exc:
            await self._fail(exc)
            # Application close codes mirror HTTP: 4404 for an unknown debate, 4410 for expired events.
            await self._close(4000 + status_for(type(exc)), reason=exc.code)
            return None
        return asyncio.create_task(self._send_items(items))

    async def _send_items(self, items: AsyncGenerator[LiveBatch, None]) -> None:
        async with contextlib.aclosing(items) as live:
            try:
                async for batch in live:
                    for item in batch:
                        await self._send(_frame(item))
            except ArenaError as exc:
                await self._fail(exc)
            except WebSocketDisconnect:
                return

    async def _receive(self) -> int | None:
        """Handle commands until a ``resume`` (returns its id), the client leaves or floods (returns None)."""
        while True:
            message = await self.socket.receive()
            if message["type"] == "websocket.disconnect":
                return None
            async with self.answering:
                answer = await self._answer(message)
            if not isinstance(answer, str):
                return answer

    async def _answer(self, message: Message) -> int | Literal["next"] | None:
        """Handle one command: a resume's id or None (the reader stops), or "next" (read the next command)."""
        if not self.rate.allow():
            # Each command costs a validation and maybe a log call; a client sending faster than any
            # person could is closed rather than served.
            self.flooded = True
            await self._fail(TooManyMessages(self.rate.per_second))
            return None
        text = message.get("text")
        try:
            command = _COMMANDS.validate_json(text if text is not None else message.get("bytes") or b"")
        except ValidationError as exc:
            reason = "; ".join(e["msg"] for e in exc.errors()) or "invalid command"
            await self._fail(InvalidClientMessage(
                f'expected {{"type": "cancel"}} or {{"type": "resume", "after": ID}}: {reason}'))
            return "next"
        if isinstance(command, ResumeCommand):
            return command.after
        try:
            await self.debates.cancel(self.debate_id, controllers=controllers_of(command.token) + self.controllers)
        except ArenaError as exc:
            await self._fail(exc)
        return "next"

    async def _send(self, text: str) -> None:
        async with self.send_lock:
            await self.socket.send_text(text)

    async def _fail(self, exc: ArenaError) -> None:
        with contextlib.suppress(WebSocketDisconnect):
            await self._send(json.dumps(error_frame(problem_from_error(exc))))

    async def _close(self, code: int, reason: str | None = None) -> None:
        if self.socket.application_state == WebSocketState.CONNECTED:
            with contextlib.suppress(WebSocketDisconnect, RuntimeError):
                await self.socket.close(code, reason=reason)


async def _cancel(task: asyncio.Task[None] | asyncio.Task[int | None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
