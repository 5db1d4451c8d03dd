"""A long generated ПЭК programme as a PDF, for the benchmarks: a facility table, then sections of
emission sources (a captioned table over several pages each, header repeated on every page),
monitoring text and a waste table, until the document has the pages asked for.

    python bench/programme.py OUT.pdf [--pages 500]

The facility, its figures and its sources are invented; substance names and codes, waste codes and
frequencies are the real vocabulary of the genre (corpus/).
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SUBSTANCES = [
    "Азота диоксид (0301)",
    "Азот (II) оксид (0304)",
    "Углерод оксид (0337)",
    "Сера диоксид (0330)",
    "Пыль неорганическая: 70-20% двуокиси кремния (2908)",
    "Углерод (Сажа) (0328)",
    "Сероводород (0333)",
    "Бенз/а/пирен (0703)",
]
FREQUENCIES = ["1 раз в квартал", "2 раза в год", "1 раз в год", "ежемесячно"]
WASTES = [
    ("Отработанные аккумуляторы", "16 06 01*"),
    ("Промасленная ветошь", "15 02 02*"),
    ("Огарки сварочных электродов", "12 01 13"),
    ("Смешанные коммунальные отходы", "20 03 01"),
]
ROWS_PER_SECTION = 160  # about six pages of table per section


def build(pages: int) -> bytes:
    """The PDF bytes of a programme of at least `pages` pages (sections are added until it is long enough)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=7.5, leading=9)
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def table(rows, widths):
        t = Table([[Paragraph(str(c), cell) for c in row] for row in rows], colWidths=widths, repeatRows=2)
        t.setStyle(grid)
        return t

    def story(sections: int) -> list:
        out = [
            Paragraph("ПРОГРАММА ПРОИЗВОДСТВЕННОГО ЭКОЛОГИЧЕСКОГО КОНТРОЛЯ на 2027 год", body),
            Paragraph("Таблица 1. Общие сведения о предприятии", body),
            table(
                [
                    [
                        "Наименование производственного объекта",
                        "Код КАТО",
                        "Координаты",
                        "БИН",
                        "ОКЭД",
                        "Категория",
                    ],
                    ["1", "2", "3", "4", "5", "6"],
                    [
                        "Комбинат «Северный» (учебный пример)",
                        "351010000",
                        "49.8047:73.1094",
                        "230540001240",
                        "23520",
                        "I категория",
                    ],
                ],
                [110, 50, 70, 70, 40, 60],
            ),
        ]
        number = 1
        for s in range(1, sections + 1):
            out.append(Spacer(1, 6))
            out.append(
                Paragraph(
                    f"Таблица 4.{s}. Источники выбросов участка № {s}, мониторинг инструментальными замерами",
                    body,
                )
            )
            rows = [
                [
                    "Наименование площадки",
                    "Наименование источника",
                    "Номер источника",
                    "Загрязняющие вещества",
                    "Периодичность контроля",
                ],
                ["1", "2", "3", "4", "5"],
            ]
            for k in range(ROWS_PER_SECTION):
                rows.append(
                    [
                        f"Участок № {s}",
                        f"Дымовая труба котла № {k + 1}",
                        f"{(number % 5999) + 1:04d}",
                        SUBSTANCES[k % len(SUBSTANCES)] + "; " + SUBSTANCES[(k + 3) % len(SUBSTANCES)],
                        FREQUENCIES[k % len(FREQUENCIES)],
                    ]
                )
                number += 1
            out.append(table(rows, [80, 110, 50, 150, 70]))
            out.append(
                Paragraph(
                    "Результаты контроля заносятся в журнал; отчет о выполнении программы представляется "
                    "ежеквартально до 1 числа второго месяца за отчетным кварталом.",
                    body,
                )
            )
        out.append(Paragraph("Таблица 2. Отходы производства и потребления", body))
        out.append(
            table(
                [["Вид отхода", "Код отхода", "Вид операции"], ["1", "2", "3"]]
                + [[n, c, "Передача специализированной организации"] for n, c in WASTES],
                [180, 80, 180],
            )
        )
        return out

    sections = max(1, pages // 6)
    while True:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50
        )
        doc.build(story(sections))
        if doc.page >= pages:
            return buf.getvalue()
        sections += max(1, (pages - doc.page) // 6 + 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=500)
    args = ap.parse_args()
    Path(args.out).write_bytes(build(args.pages))
    print(f"{args.out}: {args.pages}+ pages")


if __name__ == "__main__":
    main()
