"""Translated segments kept in the database, so a segment is sent to an engine only once.

Keyed by engine, language pair and the SHA-256 of the segment's exact text: a letter edited in
one paragraph is re-translated in that paragraph only, and a provider that failed halfway keeps
what it had already translated. The texts stay in the organisation's own database.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from clearnotice import audit
from clearnotice.schema import CachedSegment
from clearnotice.translate.engine import segment_key

# Many databases cap the number of bound parameters in one statement; stay well below.
_LOOKUP_CHUNK = 400


class SegmentCache:
    """The database-backed store of translated segments (``engine.SegmentStore``)."""

    def __init__(self, session_factory: sessionmaker):
        self.session_factory = session_factory

    def get_many(
        self, engine: str, source: str, target: str, segments: Sequence[str]
    ) -> dict[str, str]:
        """Cached translations of those ``segments`` that have one."""
        by_key = {segment_key(s): s for s in segments}
        keys = list(by_key)
        found: dict[str, str] = {}
        with self.session_factory() as s:
            for i in range(0, len(keys), _LOOKUP_CHUNK):
                rows = s.execute(
                    select(CachedSegment.segment_sha256, CachedSegment.translation).where(
                        CachedSegment.engine == engine,
                        CachedSegment.source_language == source,
                        CachedSegment.target_language == target,
                        CachedSegment.segment_sha256.in_(keys[i : i + _LOOKUP_CHUNK]),
                    )
                )
                for key, translation in rows:
                    if translation.strip():  # a blank one is no translation: asked again
                        found[by_key[key]] = translation
        return found

    def put_many(self, engine: str, source: str, target: str, pairs: dict[str, str]) -> None:
        """Keep ``pairs`` (segment -> translation). A segment already cached, perhaps by another
        session a moment ago, keeps the translation it has; a blank one is replaced, and a blank
        translation is never kept (a service answered some paragraphs with nothing until its
        answers were checked: clearnotice.translate.providers)."""
        existing = self.get_many(engine, source, target, list(pairs))
        fresh = {s: t for s, t in pairs.items() if s not in existing and t.strip()}
        if not fresh:
            return
        self._forget_blank(engine, source, target, list(fresh))
        try:
            self._insert(engine, source, target, fresh)
        except IntegrityError:
            # another session cached one of them meanwhile: insert one by one, skipping those
            for segment, translation in fresh.items():
                try:
                    self._insert(engine, source, target, {segment: translation})
                except IntegrityError:
                    continue

    def _forget_blank(self, engine: str, source: str, target: str, segments: list[str]) -> None:
        """Delete the blank translations cached for ``segments``, so theirs can be kept."""
        keys = [segment_key(segment) for segment in segments]
        with self.session_factory() as s, s.begin():
            for i in range(0, len(keys), _LOOKUP_CHUNK):
                rows = s.scalars(
                    select(CachedSegment).where(
                        CachedSegment.engine == engine,
                        CachedSegment.source_language == source,
                        CachedSegment.target_language == target,
                        CachedSegment.segment_sha256.in_(keys[i : i + _LOOKUP_CHUNK]),
                    )
                )
                for row in rows:
                    if not row.translation.strip():
                        s.delete(row)

    def _insert(self, engine: str, source: str, target: str, pairs: dict[str, str]) -> None:
        with self.session_factory() as s, s.begin():
            s.add_all(
                CachedSegment(
                    engine=engine,
                    source_language=source,
                    target_language=target,
                    segment_sha256=segment_key(segment),
                    translation=translation,
                    created_at=audit.now(),
                )
                for segment, translation in pairs.items()
            )
