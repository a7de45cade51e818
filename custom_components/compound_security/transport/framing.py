"""Finding `68 … CS 16` frames in a byte stream, as DL/T 645 and CJ/T 188 both send them.

Skips `FE` wake-up bytes and noise, waits for a whole frame, checks its length, end byte
and checksum (the sum of every byte before the checksum, mod 256), and on any mismatch
resynchronises one byte further on. Never raises on input.
"""

from __future__ import annotations

START = 0x68
END = 0x16


class FrameScanner[F]:
    """Splits a stream into frames; subclasses give the layout and build the frame."""

    length_index: int  # where the data-length byte sits (from the first 68)
    overhead: int  # bytes of a frame besides its data
    max_data: int

    def __init__(self) -> None:
        """Start with an empty buffer."""
        self._buffer = bytearray()
        self.bad_checksum = 0
        self.garbage_bytes = 0

    def _header_ok(self, buffer: bytearray) -> bool:
        """Return whether the bytes up to the length byte look like a header."""
        return True

    def _build(self, frame: bytes) -> F:
        raise NotImplementedError

    def feed(self, data: bytes) -> list[F]:
        """Return the frames completed by `data`."""
        self._buffer += data
        frames: list[F] = []
        while True:
            start = self._buffer.find(START)
            if start < 0:
                self.garbage_bytes += len(self._buffer)
                self._buffer.clear()
                return frames
            if start:
                self.garbage_bytes += start
                del self._buffer[:start]
            if len(self._buffer) <= self.length_index:
                return frames
            length = self._buffer[self.length_index]
            if length > self.max_data or not self._header_ok(self._buffer):
                self._skip_one()
                continue
            total = self.overhead + length
            if len(self._buffer) < total:
                return frames
            frame = bytes(self._buffer[:total])
            if frame[-1] != END or sum(frame[:-2]) % 256 != frame[-2]:
                self.bad_checksum += frame[-1] == END
                self._skip_one()
                continue
            del self._buffer[:total]
            frames.append(self._build(frame))

    def _skip_one(self) -> None:
        self.garbage_bytes += 1
        del self._buffer[:1]
