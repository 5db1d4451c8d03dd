"""Language layer: language detection, normalisers and matchers.

Pure functions over strings, no knowledge of file formats:

- `language`      which language a text is in (ru, kk, vi, en)
- `substances`    raw text → reference substance (4-digit code, CAS, symbol)
- `wastes`        waste codes in any notation → `16 06 01*`, with checks
- `numbers`       numbers, ranges, "не обн." → values
- `units`         units → ASCII (`мг/м3` → `mg/m3`)
- `coordinates`   DMS / decimal / `47.5302:67.2931` → lat, lon
- `frequency`     "1 раз в квартал", "03 tháng/lần" → frequency word + RRULE
- `deadlines`     "до 1 апреля года, следующего за отчетным" → due dates
- `legal_refs`    "п. 2 ст. 120 Водного кодекса" → structured reference
- `identifiers`   BIN/IIN (checksum), KATO, OKED, emission source numbers
- `lang/`         per-language data (markers, patterns, vocabularies)
"""
