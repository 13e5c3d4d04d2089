"""The figures every benchmark hands to `make bench` for its closing table.

A benchmark run by run_all.py finds the file to add to in KB_BENCH_SUMMARY and writes one JSON
line per figure (size, name, value, goal); run alone it writes nothing. run_all.py then prints
them side by side, one column per size, each with its goal and whether it is met.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ENV = "KB_BENCH_SUMMARY"


def record(size: int, name: str, value: float, goal: float | None = None, unit: str = "",
           higher_is_better: bool = False) -> None:
    """One figure of one library size, for the closing table (nothing if run alone)."""
    path = os.environ.get(ENV)
    if not path:
        return
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps({"size": size, "name": name, "value": value, "goal": goal,
                              "unit": unit, "higher": higher_is_better}) + "\n")


def _cell(value: float, unit: str) -> str:
    if unit == "B":
        return f"{value / 1024:.1f} KB" if value >= 1024 else f"{value:.0f} B"
    return f"{value:.2f}{' ' + unit if unit else ''}" if value < 100 else f"{value:,.0f} {unit}"


def table(path: Path) -> str:
    """The recorded figures, side by side: a row per figure, a column per size, the goal."""
    if not path.exists():
        return "(no figures recorded)"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    sizes = sorted({r["size"] for r in rows})
    names = list(dict.fromkeys(r["name"] for r in rows))
    cells = {(r["name"], r["size"]): r for r in rows}
    width = max(len(n) for n in names) + 2
    lines = [f"{'':<{width}}" + "".join(f"{s:>14,}" for s in sizes) + "   goal"]
    for name in names:
        line, goal_text = f"{name:<{width}}", ""
        for size in sizes:
            r = cells.get((name, size))
            if r is None:
                line += f"{'':>14}"
                continue
            mark = ""
            if r["goal"] is not None:
                met = r["value"] >= r["goal"] if r["higher"] else r["value"] <= r["goal"]
                mark = " ✓" if met else " ✗"
                goal_text = ("≥ " if r["higher"] else "≤ ") + _cell(r["goal"], r["unit"])
            line += f"{_cell(r['value'], r['unit']) + mark:>14}"
        lines.append(line + (f"   {goal_text}" if goal_text else ""))
    return "\n".join(lines)
