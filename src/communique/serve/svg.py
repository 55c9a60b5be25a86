"""Chart geometry for the dashboard's SVG (drawn by templates/_charts.html, no JS library).

Python computes coordinates, ticks and labels; the template only places them, so every text in
a chart is autoescaped like the rest of the page and the charts work with JavaScript off.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Series:
    name: str
    css: str  # class that gives the colour (static/app.css)
    values: list[float | None]


@dataclass
class Axis:
    """How a chart reads: the period length (x labels), the y label, and y-range choices."""

    interval: str
    y_label: str
    fixed: tuple[float, float] | None = None  # pin the y range (Goldstein: -10..10)
    integer: bool = False  # whole y ticks (counts)
    size: tuple[int, int] = (1000, 300)


@dataclass
class Chart:
    """A line chart over dated points; `links[i]` is where clicking point i goes (or None)."""

    width: int
    height: int
    left: int
    top: int
    plot_w: int
    plot_h: int
    x_label: str
    y_label: str
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    zero_y: float | None = None


def nice_ticks(low: float, high: float, count: int = 5, integer: bool = False) -> list[float]:
    """Round tick values covering [low, high] (1, 2, 5 x 10^k steps; whole steps for counts)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if integer:
        step = max(1, round(step))
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _label(day: date, interval: str) -> str:
    if interval == "year":
        return f"{day.year}"
    if interval == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    if interval == "month":
        return day.strftime("%b %Y")
    return day.isoformat()


def _fmt(value: float) -> str:
    return f"{value:g}"


def line_chart(days: list[date], series: list[Series], axis: Axis,
               links: list[str | None] | None = None) -> Chart:
    """Lines (with a dot per point) for each series over `days`; `links[i]` is where point i goes."""
    interval, fixed, integer = axis.interval, axis.fixed, axis.integer
    width, height = axis.size
    left, right, top, bottom = 64, 16, 16, 56
    chart = Chart(width, height, left, top, width - left - right, height - top - bottom,
                  x_label={"day": "Day", "week": "Week starting", "month": "Month",
                           "quarter": "Quarter", "year": "Year"}[interval], y_label=axis.y_label)
    values = [v for s in series for v in s.values if v is not None]
    low, high = fixed or (min([0.0, *values]), max([1.0, *values]))
    ticks = nice_ticks(low, high, integer=integer) if not fixed else nice_ticks(*fixed, count=4)
    low, high = ticks[0], ticks[-1]

    def y(v: float) -> float:
        return top + chart.plot_h * (1 - (v - low) / (high - low))

    def x(i: int) -> float:
        return left + (chart.plot_w * (i + 0.5) / max(len(days), 1))

    chart.y_ticks = [(y(t), _fmt(t)) for t in ticks]
    chart.zero_y = y(0) if low < 0 < high else None
    step = max(1, math.ceil(len(days) / 8))
    chart.x_ticks = [(x(i), _label(d, interval)) for i, d in enumerate(days) if i % step == 0]
    for s in series:
        points = [(x(i), y(v), v, days[i], (links or [None] * len(days))[i])
                  for i, v in enumerate(s.values) if v is not None]
        path = " ".join(f"{'M' if j == 0 else 'L'}{px:.1f},{py:.1f}" for j, (px, py, *_r) in enumerate(points))
        chart.lines.append({"name": s.name, "css": s.css, "path": path,
                            "points": [{"x": px, "y": py, "value": v, "label": _label(d, interval), "href": h}
                                       for px, py, v, d, h in points]})
    return chart


@dataclass
class Network:
    width: int
    height: int
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def network(dyads: list[dict[str, Any]], size: int = 720) -> Network:
    """Countries on a circle (most active at the top, clockwise); one curved arrow per direction.

    Edge width grows with the log of stories; its colour says whether cooperation (quad classes
    1-2) or conflict (3-4) dominates.
    """
    activity: dict[str, int] = {}
    for d in dyads:
        for code in (d["source"], d["target"]):
            activity[code] = activity.get(code, 0) + d["stories"]
    order = sorted(activity, key=lambda c: (-activity[c], c))
    centre, radius = size / 2, size / 2 - 70
    where = {}
    nodes = []
    for i, code in enumerate(order):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(order), 1)
        px, py = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        where[code] = (px, py)
        lx, ly = centre + (radius + 28) * math.cos(angle), centre + (radius + 28) * math.sin(angle)
        nodes.append({"code": code, "x": px, "y": py, "lx": lx, "ly": ly + 4, "activity": activity[code],
                      "r": 6 + 4 * math.log1p(activity[code])})
    most = max([d["stories"] for d in dyads] or [1])
    radius_of = {n["code"]: n["r"] for n in nodes}
    edges = [_edge(d, where, radius_of, most) for d in dyads if d["source"] != d["target"]]
    return Network(size, size, nodes, edges)


def _edge(d: dict[str, Any], where: dict[str, tuple[float, float]], radius_of: dict[str, float],
          most: int) -> dict[str, Any]:
    (x1, y1), (x2, y2) = where[d["source"]], where[d["target"]]
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1
    bend = 0.12 * length  # both directions of a pair bend to their own side, so they never overlap
    cx, cy = mx - dy / length * bend, my + dx / length * bend
    x1, y1 = _towards((x1, y1), (cx, cy), radius_of[d["source"]] + 2)
    x2, y2 = _towards((x2, y2), (cx, cy), radius_of[d["target"]] + 4)  # the arrowhead stays visible
    tone = "coop" if d["cooperation"] >= d["conflict"] else "conflict"
    return {**d, "path": f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}",
            "width": 1 + 5 * math.log1p(d["stories"]) / math.log1p(most), "tone": tone}


def _towards(start: tuple[float, float], goal: tuple[float, float], distance: float) -> tuple[float, float]:
    """The point `distance` from `start` in the direction of `goal` (edges end at a node's rim)."""
    dx, dy = goal[0] - start[0], goal[1] - start[1]
    length = math.hypot(dx, dy) or 1
    return start[0] + dx / length * distance, start[1] + dy / length * distance
