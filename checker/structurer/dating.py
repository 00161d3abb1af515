"""What the structurer settles once for every event: its stage and, for a date written without a
year («октябрь», «до 20 октября», «10–12 марта»), the year its frame gives.

A yearless date is read in the year that puts it inside its frame: the stage the row stands under,
else the reporting period, else the project period. A frame within one calendar year gives its
year even to a date outside it («июль» under a stage of September – December 2024); a date
outside the frame in every year it spans («18 июня» under September 2024 – May 2025) is outside
whichever year is meant and is read in the nearest. Otherwise (more than one year holds it, or
it straddles an edge) it stays unread: a guessed year would turn a correct row into a wrong
finding.
"""

from __future__ import annotations

from repcheck.models.report import Event, Report
from repcheck.parsing.dates import Period, event_dates, find_dates
from repcheck.structurer.stages import event_stage


def has_year(text: str) -> bool:
    return any(not d.is_reference for d in find_dates(text))


def _frame(report: Report, event: Event) -> Period | None:
    if event.stage is not None and 0 <= event.stage < len(report.stages):
        period = report.stages[event.stage].period
        if period is not None:
            return period
    return report.reporting_period or report.project_period


def year_in_frame(text: str, frame: Period) -> Period | None:
    """The period of a yearless date cell in the one year of `frame` that holds it."""
    fits: list[Period] = []
    for year in range(frame.start.year, frame.end.year + 1):
        period = event_dates(text, default_year=year)
        if period is None:
            return None
        if frame.contains(period):
            fits.append(period)
    if not fits and frame.start.year == frame.end.year:
        return event_dates(text, default_year=frame.start.year)  # one year: «июль» of a 2024 stage is July 2024
    if not fits:
        # «18 июня» under September 2024 – May 2025: outside in every year the frame spans, so it
        # is outside whichever year is meant; read it in the nearest one.
        tries = [p for y in range(frame.start.year, frame.end.year + 1) if (p := event_dates(text, default_year=y))]
        if tries and not any(p.overlaps(frame) for p in tries):
            return min(tries, key=lambda p: min(abs((p.start - frame.end).days), abs((frame.start - p.end).days)))
        return None
    return fits[0] if len(fits) == 1 else None


def settle_events(report: Report) -> None:
    """Give each event its stage (stage column, stage row above it, or its table's stage) and
    read yearless dates in the year their frame gives."""
    for event in report.events:
        event.stage = event_stage(report, event)
        if event.period is not None or not event.dates_text or has_year(event.dates_text):
            continue
        frame = _frame(report, event)
        if frame is not None:
            event.period = year_in_frame(event.dates_text, frame)
