"""Dyad charts as image files (matplotlib), for people who script their reports.

The same series as /api/dyads/A/B: stories of cooperation and conflict per period on top, the
mean Goldstein score below, with labelled axes, a legend and dates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from communique.serve.db import Database
from communique.serve.dyads import dyad_series

COOP, CONFLICT, GOLD = "#1b7f3b", "#c0392b", "#6b4fbb"


def plot_dyad(db_path: str | Path, a: str, b: str, out: str | Path, *, interval: str = "month",
              dates: tuple[date | None, date | None] = (None, None)) -> dict[str, Any]:
    """Write the chart of the dyad a-b to `out` (.png, .svg or .pdf); returns the series drawn.

    Raises ValueError when the two actors share no event (an empty chart helps no one).
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, MaxNLocator

    db = Database(db_path)
    try:
        series = dyad_series(db, a.upper(), b.upper(), interval, dates=dates)
    finally:
        db.close()
    points = series["series"]
    if not points:
        raise ValueError(f"no events between {a.upper()} and {b.upper()} in {db_path}")
    days = [p["period"] for p in points]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6.2), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 2]})
    top.plot(days, [p["cooperation"] for p in points], marker="o", color=COOP,
             label="Cooperation (quad classes 1-2)")
    top.plot(days, [p["conflict"] for p in points], marker="o", color=CONFLICT,
             label="Conflict (quad classes 3-4)")
    top.set_ylabel(f"Stories per {interval}")
    top.set_ylim(bottom=0)
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.legend(loc="upper left")
    top.set_title(f"{series['a']} ↔ {series['b']}: cooperation and conflict per {interval}")
    top.grid(alpha=0.3)
    mean = [p["goldstein_mean"] for p in points]
    bottom.plot(days, [float("nan") if m is None else m for m in mean], marker="o", color=GOLD,
                label="Mean Goldstein score")
    bottom.axhline(0, color="#6b7681", linewidth=0.8, linestyle="--")
    bottom.set_ylim(-10, 10)
    bottom.set_ylabel("Mean Goldstein (-10..+10)")
    bottom.set_xlabel({"week": "Week starting"}.get(interval, interval.capitalize()))
    bottom.legend(loc="upper left")
    bottom.grid(alpha=0.3)
    locator = FixedLocator(mdates.date2num(days)) if len(days) <= 12 else mdates.AutoDateLocator()
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator if len(days) > 12
                                                                 else mdates.AutoDateLocator()))
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return series
