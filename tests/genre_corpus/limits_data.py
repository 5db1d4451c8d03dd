"""Limit values of the kinds the limit tables print, roughly as the standards give them: ambient-air
ПДК (м.р., с.с., mg/m3), QCVN 40 columns A and B for industrial waste water, surface-water and
soil limits, stack-gas limits (QCVN 19 A/B and Kazakh technological norms, mg/Nm3). A tuple is a
range (min, max); None is a dash."""

from __future__ import annotations

from .common import Doc, num

# code: (м.р., с.с.)
AIR_PDK = {
    "0301": (0.2, 0.04), "0304": (0.4, 0.06), "0330": (0.5, 0.05), "0337": (5, 3), "0333": (0.008, None),
    "2908": (0.3, 0.1), "2902": (0.5, 0.15), "0328": (0.15, 0.05), "0703": (None, 0.000001), "0602": (0.3, 0.1),
    "1325": (0.05, 0.01), "0303": (0.2, 0.04), "0143": (0.01, 0.001), "0123": (None, 0.04), "0316": (0.2, 0.1),
    "0621": (0.6, None), "0616": (0.2, None), "2754": (1, None), "0184": (0.001, 0.0003), "0008": (0.3, 0.06),
}
# symbol: (A, B) — QCVN 40:2011/BTNMT, industrial waste water
QCVN40 = {
    "pH": ((6, 9), (5.5, 9)), "BOD5": (30, 50), "COD": (75, 150), "TSS": (50, 100), "As": (0.05, 0.1),
    "Hg": (0.005, 0.01), "Pb": (0.1, 0.5), "Cd": (0.05, 0.1), "Cr6+": (0.05, 0.1), "Cu": (2, 2), "Zn": (3, 3),
    "Ni": (0.2, 0.5), "Mn": (0.5, 1), "Fe": (1, 5), "CN-": (0.07, 0.1), "Phenols": (0.1, 0.5), "TPH": (5, 10),
    "S2-": (0.2, 0.5), "F-": (5, 10), "NH4+": (5, 10), "TN": (20, 40), "TP": (4, 6), "Cl-": (500, 1000),
}
# symbol: limit — surface water (fishery ПДК)
SURFACE = {
    "pH": (6.5, 8.5), "NH4+": 0.5, "NO2-": 0.08, "NO3-": 40, "TPH": 0.05, "Fe": 0.1, "Cu": 0.001, "Zn": 0.01,
    "Cl-": 300, "SO4": 100, "Phenols": 0.001, "Mn": 0.01, "Pb": 0.006, "BOD5": 2.1,
}
# symbol: limit — discharged waste water (a permit's allowed concentrations)
DISCHARGE = {
    "pH": (6.5, 8.5), "BOD5": 15, "COD": 30, "TSS": 20, "NH4+": 2, "NO2-": 3.3, "NO3-": 45, "TPH": 0.3,
    "Fe": 0.3, "Cl-": 350, "SO4": 500, "Surfactants": 0.5, "TDS": 1000,
}
# symbol: ПДК in soil, mg/kg
SOIL_PDK = {"Pb": 32, "As": 2, "Hg": 2.1, "Zn": 23, "Cu": 3, "Ni": 4, "Co": 5, "Cr": 6}
# symbol: (agricultural, industrial land), mg/kg — QCVN 03-MT:2015/BTNMT
SOIL_VN = {"As": (15, 25), "Cd": (1.5, 10), "Pb": (70, 300), "Cu": (100, 300), "Zn": (200, 300), "Cr": (150, 250)}
# code: (A, B), mg/Nm3 — QCVN 19:2009/BTNMT
QCVN19 = {"2902": (400, 200), "0337": (1000, 1000), "0330": (1500, 500), "0301": (1000, 850), "0316": (200, 50),
          "0333": (7.5, 7.5), "0303": (76, 50)}
# code: mg/Nm3 — technological norms of a boiler house
STACK = {"0301": 470, "0304": 75, "0330": 1200, "0337": 300, "2908": 150, "0328": 100, "0703": 0.0005}


def cell(doc: Doc, value, dash: str = "-", to: str | None = None) -> str:
    """A limit as written: a figure, a range (`6,5–8,5`, `6 đến 9`) or a dash."""
    if value is None:
        return dash
    if isinstance(value, tuple):
        low, high = (num(v, doc.lang) for v in value)
        return f"{low}{to or (' đến ' if doc.lang == 'vi' else '–')}{high}"
    return num(value, doc.lang)


def limit(key: tuple[str, str], medium: str, value, unit: str | None, column=None, point=None, measured=None) -> dict | None:
    """The expected limit of one cell, None for a dash; pH has no unit."""
    if value is None:
        return None
    out = {key[0]: key[1], "medium": medium, "unit": None if key[1] == "pH" else unit, "column": column, "point": point}
    if isinstance(value, tuple):
        out.update(limit=None, limit_min=float(value[0]), limit_max=float(value[1]))
    else:
        out.update(limit=float(value), limit_min=None, limit_max=None)
    out["value"] = measured
    return out


def add(doc: Doc, *items) -> None:
    doc.add("limits", *(x for x in items if x is not None))
