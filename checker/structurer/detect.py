"""Choosing the profile of a document: detection patterns in its opening and its headings."""

from __future__ import annotations

from dataclasses import dataclass

from checker.models.document import Document
from checker.profile import Profile

HEAD_CHARS = 6000


@dataclass
class Detection:
    profile: Profile
    score: float
    reason_ru: str
    reason_en: str
    confident: bool


def document_head(doc: Document, limit: int = HEAD_CHARS) -> str:
    parts: list[str] = []
    size = 0
    for b in doc.blocks:
        text = b.full_text if b.table is None else " ".join(c.text for r in b.table.rows[:3] for c in r.cells)
        parts.append(text)
        size += len(text)
        if size > limit:
            break
    return "\n".join(parts)


def detect_profile(doc: Document, profiles: list[Profile], generic: Profile) -> Detection:
    """Best-scoring profile; the generic one when no profile reaches its minimum score."""
    head = document_head(doc)
    full = "\n".join(b.full_text for b in doc.blocks if b.table is None)
    scored = []
    for prof in profiles:
        if prof.name == generic.name:
            continue
        s_head, hits = prof.detect_score(head)
        s_full, hits_full = prof.detect_score(full)
        score = max(s_head, 0.8 * s_full)
        scored.append((score, prof, hits if s_head >= 0.8 * s_full else hits_full))
    scored.sort(key=lambda t: -t[0])
    if scored and scored[0][0] >= scored[0][1].min_detect_score:
        score, prof, hits = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        confident = score - runner_up >= 0.5
        found = ", ".join(f"«{h[:40]}»" for h in hits[:4])
        return Detection(
            profile=prof, score=score, confident=confident,
            reason_ru=f"найдено: {found} (оценка {score:.1f}, следующий профиль {runner_up:.1f})",
            reason_en=f"found: {found} (score {score:.1f}, next profile {runner_up:.1f})",
        )
    best = f"{scored[0][1].name} {scored[0][0]:.1f}" if scored else "—"
    return Detection(
        profile=generic, score=0.0, confident=False,
        reason_ru=f"форма не распознана уверенно (лучший профиль: {best}); применён общий профиль",
        reason_en=f"the template was not recognised with confidence (best: {best}); the generic profile is used",
    )
