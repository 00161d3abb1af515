"""A file result's descriptive texts in the run's language: why its profile was chosen, the
profile's title, the project and reporting periods («2023–2025 гг.» / "2023–2025")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from repcheck.models.results import FileResult


def profile_reason(fr: "FileResult", lang: str) -> str:
    return (fr.profile_reason_en or fr.profile_reason) if lang == "en" else fr.profile_reason


def profile_title(fr: "FileResult", lang: str) -> str:
    return (fr.stats.profile_title_en or fr.stats.profile_title) if lang == "en" else fr.stats.profile_title


def project_period(fr: "FileResult", lang: str) -> str | None:
    st = fr.stats
    return (st.project_period_en or st.project_period) if lang == "en" else st.project_period


def reporting_period(fr: "FileResult", lang: str) -> str | None:
    st = fr.stats
    return (st.reporting_period_en or st.reporting_period) if lang == "en" else st.reporting_period


def stats_dict(fr: "FileResult", lang: str) -> dict[str, Any]:
    """`stats` as the JSON output shows it: the periods and the profile title in `lang`."""
    data = fr.stats.model_dump()
    data["project_period"] = project_period(fr, lang)
    data["reporting_period"] = reporting_period(fr, lang)
    data["profile_title"] = profile_title(fr, lang)
    return data
