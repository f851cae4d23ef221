"""How ``arena serve`` writes a response: its head leaves with its body's first bytes, in one write."""

from __future__ import annotations

import asyncio

from arena.api.connections import HeadWithBody


class RecordingTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.writes.append(bytes(data))

    def writelines(self, list_of_data: object) -> None:
        self.writes.append(b"".join(list_of_data))  # type: ignore[arg-type]

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True


HEAD = b"HTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\n"


async def test_the_head_and_the_body_leave_in_one_write() -> None:
    transport = RecordingTransport()
    response = HeadWithBody(transport, asyncio.get_running_loop())
    response.write(HEAD)
    response.write(b"{}")
    await asyncio.sleep(0)
    assert transport.writes == [HEAD + b"{}"]


async def test_a_head_whose_body_is_not_ready_leaves_at_the_loops_next_turn() -> None:
    transport = RecordingTransport()
    response = HeadWithBody(transport, asyncio.get_running_loop())
    response.write(HEAD)
    assert transport.writes == []
    await asyncio.sleep(0)
    assert transport.writes == [HEAD]
    response.write(b"{")
    response.write(b"}")
    assert transport.writes == [HEAD, b"{", b"}"]


async def test_closing_sends_a_held_head_first() -> None:
    transport = RecordingTransport()
    response = HeadWithBody(transport, asyncio.get_running_loop())
    response.write(HEAD)
    response.close()
    await asyncio.sleep(0)
    assert transport.writes == [HEAD]
    assert transport.closed
