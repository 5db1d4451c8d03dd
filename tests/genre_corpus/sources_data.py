"""Emission sources as Kazakh inventories number them (0001–5999 organised, 6001–9999 unorganised)
and Vietnamese reports name them, with the pollutants each one plausibly emits, and the rates."""

from __future__ import annotations

from dataclasses import dataclass

from . import vocab
from .common import Doc, num, rate

# (RU, KK, VI names), organised?, RU/KK codes, VI codes
SOURCES = (
    (("Дымовая труба котельной", "Қазандықтың түтін мұржасы", "Ống khói lò hơi"), True,
     ("0301", "0304", "0330", "0337", "0328", "0703"), ("2902", "0301", "0330", "0337")),
    (("Выхлопная труба дизель-генератора", "Дизель-генератордың шығару құбыры", "Ống xả máy phát điện dự phòng"), True,
     ("0301", "0304", "0337", "1325", "2754"), ("0301", "0330", "0337")),
    (("Аспирационная система дробилки", "Ұсатқыштың аспирациялық жүйесі", "Ống thải hệ thống lọc bụi khu nghiền"), True,
     ("2908",), ("2902",)),
    (("Дыхательный клапан резервуара ДТ", "ДТ резервуарының тыныс алу клапаны", "Ống thoát hơi bồn chứa dầu DO"), True,
     ("0333", "2754"), ("0602", "0621")),
    (("Окрасочная камера", "Бояу камерасы", "Buồng sơn"), True,
     ("0616", "0621"), ("0616", "0621")),
    (("Склад угля", "Көмір қоймасы", "Bãi chứa than"), False, ("2908",), ("2902",)),
    (("Сварочный пост", "Дәнекерлеу посты", "Khu vực hàn"), False, ("0123", "0143"), ("0123", "0143")),
    (("Пересыпка инертных материалов", "Инертті материалдарды төгу", "Khu vực tập kết vật liệu"), False, ("2908",), ("2902",)),
)


@dataclass
class Source:
    number: str
    name: str
    organized: bool
    codes: tuple[str, ...]


def pick_sources(doc: Doc, n: int, min_codes: int = 1) -> list[Source]:
    """n sources, organised ones first, numbered the Kazakh way."""
    lang_i = vocab.LANGS.index(doc.lang)
    chosen = doc.rng.sample(range(len(SOURCES)), n)
    chosen.sort(key=lambda k: not SOURCES[k][1])
    out, org, unorg = [], doc.rng.randint(1, 9), doc.rng.randint(1, 9)
    for k in chosen:
        names, organized, kz_codes, vi_codes = SOURCES[k]
        codes = vi_codes if doc.lang == "vi" else kz_codes
        keep = max(min_codes, min(len(codes), doc.rng.randint(2, 4)))
        number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
        org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
        out.append(Source(number, names[lang_i], organized, codes[:keep]))
    return out


def expect_sources(doc: Doc, sources: list[Source]) -> None:
    doc.add("sources", *({"number": s.number, "type": "organized" if s.organized else "unorganized"} for s in sources))


@dataclass
class Rate:
    code: str
    g_s: float | None
    t_y: float | None

    def cells(self, lang: str) -> list[str]:
        return [num(self.g_s, lang) if self.g_s is not None else "-", num(self.t_y, lang) if self.t_y is not None else "-"]


def rates(doc: Doc, codes) -> list[Rate]:
    return [Rate(c, rate(doc.rng, 0.0005, 3.5), rate(doc.rng, 0.001, 95)) for c in codes]


def emission(code: str, g_s, t_y, source: str | None = None, hazard: int | None = None, period: str | None = None) -> dict:
    return {"code": code, "source_number": source, "g_s": g_s, "t_y": t_y, "hazard_class": hazard, "period": period}


def total(doc: Doc, values) -> str:
    return num(round(sum(v for v in values if v is not None), 6), doc.lang)


TOTAL = {"ru": ("Итого", "Всего", "Итого:"), "kk": ("Барлығы", "Жиыны", "Барлығы:"), "vi": ("Tổng cộng", "Tổng", "Tổng cộng")}
PERIOD = {
    "construction": ("Период строительства", "Құрылыс кезеңі", "Giai đoạn thi công xây dựng"),
    "operation": ("Период эксплуатации", "Пайдалану кезеңі", "Giai đoạn vận hành"),
}


def period_name(doc: Doc, period: str) -> str:
    return PERIOD[period][vocab.LANGS.index(doc.lang)]
