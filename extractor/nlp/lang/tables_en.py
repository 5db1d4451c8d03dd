"""English: the words of table headers and captions that turn up in these documents (see `tables_ru`)."""

from __future__ import annotations

from typing import Final

CODE: Final = "en"

COLUMN_WORDS: Final = {
    "price": (r"\bprice\b", r"\bcost\b", r"\bvat\b"),
    "per_year": (r"(?:samples|measurements)\s+per\s+year",),
    "latitude": (r"latitude",),
    "longitude": (r"longitude",),
    "row_number": (r"^(?:no\.?|#|nr\.?|id)$",),  # `ID` of a task tracker's export
    "waste_code": (r"waste code", r"ewc code", r"low code"),
    "coordinates": (r"coordinates", r"location", r"\(wgs\W?84\)"),
    "waste_name": (r"waste (?:name|type|description)",),
    "operation": (r"operation", r"treatment", r"disposal"),
    "amount": (r"quantity", r"amount", r"tonnes"),
    "hazard_class": (r"hazard class",),
    "g_s": (r"\bg/s\b",),
    "t_y": (r"\bt/y\b", r"t/year", r"tpa"),
    "source_number": (r"source (?:no|number|id)",),
    "frequency": (r"frequency",),
    "responsible_strict": (r"responsible",),
    "method": (r"method",),
    "record": (r"^(?:record(?:ed)? (?:in|form)|form of record)",),
    "indicator": (r"exceed", r"above\s+(?:the\s+)?limit"),
    "measured": (r"measured", r"result"),
    "limit": (r"limit", r"\bmac\b", r"\bmpc\b", r"standard", r"acceptance criteri"),
    "point": (r"monitoring point", r"sampling point", r"location"),
    "unit": (r"^units?$",),
    "substance": (r"pollutant", r"parameter", r"substance"),
    "task": (r"task", r"activity", r"action"),
    "deadline": (r"deadline", r"due"),
    "address": (r"address",),
    "operator": (r"operator",),
    "name": (r"\bname\b",),
}

KEY_VALUE_HEADERS: Final = (r"^item$", r"^value$", r"^field$", r"^details?$", r"^information$")

SOURCE_MENTION: Final = (r"(?<![^\W\d_])(?:emission )?source",)
"""Words naming an emission source beside its number in a sentence (`на источнике № 0002`)."""

PART_WORDS: Final = (r"^\s*(?:of which|including)",)
"""A column that gives a part of the one beside it (`в том числе аварийные, кг/год`), not a figure of its own."""

OUTLET_WORDS: Final = (r"(?<![^\W\d_])outlet", r"discharge point",)
"""Words naming a discharge outlet (`Выпуск № 1`): a place limits are set at, heading their columns or rows."""

SUPERVISION_WORDS: Final = (r"supervis", r"oversight",)
"""A column of the body that supervises a task (`Cơ quan kiểm tra, giám sát`), not of the one that does it."""

SOURCE_TEXT: Final = "Source"
"""How a monitoring duty at a source is introduced in its text."""

METHOD_TEXT: Final = {"automated": "automated monitoring", "instrumental": "instrumental measurement", "calculation": "calculation"}
"""How a source is monitored, said in its duty's text."""

LABEL_JOINERS: Final = (r"and",)
"""The word that joins two fields in one header (`Срок и ответственный`)."""

RUN_WORDS: Final = (r"to",)
"""The word between the first and the last of a run of ids (`KT1 đến KT4`, `Т-1 до Т-4`)."""

ROLE_WORDS: Final = {
    "facility": (r"facility (?:details|information|data)", r"general information"),
    "sources": (r"emission sources?",),
    "wastes": (r"waste",),
    "limits": (r"limit values?", r"emission limits?", r"discharge limits?"),
    "monitoring": (r"monitoring",),
    "inspections": (r"internal (?:inspection|audit)",),
    "tasks": (r"action plan", r"work plan"),
}

MEDIUM_WORDS: Final = {
    "flue_gas": (r"flue gas", r"stack", r"exhaust gas"),
    "waste_water": (r"waste ?water", r"effluent", r"discharge"),
    "soil": (r"\bsoil\b",),
    "water": (r"surface water", r"groundwater", r"ground water"),
    "air": (r"ambient air", r"\bair\b"),
}

TOTAL_WORDS: Final = (r"^\s*(?:total|sum|subtotal)\b",)

SOURCE_TOTAL_WORDS: Final = (r"^\s*(?:sub)?total\s+(?:for|of|by)\s+(?:the\s+)?source\b",)

SUBCOLUMN_PREFIXES: Final = (r"column", r"col\.")

PERIOD_WORDS: Final = {"construction": (r"construction",), "operation": (r"operation",)}

HAZARD_GROUPS: Final = {"no": (r"non-?hazardous",), "yes": (r"hazardous",)}

MEDIUM_LABELS: Final = {
    "air": "Ambient air",
    "water": "Water",
    "soil": "Soil",
    "waste_water": "Waste water",
    "flue_gas": "Flue gas",
}

INSPECTION_WORDS: Final = (
    r"inspect",
    r"\baudit",
)
"""Words of checking a unit of the enterprise, in a header, a cell or a caption: an inspection table."""

YEAR_TOTAL_WORDS: Final = (r"total", r"year",)
"""A sub-column of amounts that gives the whole year (`всего за год`, `Cả năm`) beside its parts."""

INSPECTION_TEXT: Final = "Internal inspection"
"""How an inspection read from a table is introduced in its text."""

PER_YEAR_TEXT: Final = "{n} times a year"
"""A count per year (`Количество замеров в год | 4`) said as the frequency it is."""

PER_WEEK_TEXT: Final = "{n} times a week"
"""A count of marked days of the week said as the frequency it is."""

PER_MONTH_TEXT: Final = "{n} times a month"
"""Weeks of the month marked in a schedule, said as the frequency they make (`4 раза в месяц` is weekly)."""

PER_DAYS_TEXT: Final = "once every {n} days"
"""A check every so many days said as a frequency (`Периодичность, сут. | 90`)."""

DAYS_HEADERS: Final = (r"\bdays?\b",)
"""A frequency header counting in days (`Периодичность, сут.`): its bare figures are days between checks."""

AMENDED_WORDS: Final = (r"\bnew\b", r"amended", r"after", r"corrected", r"should read",)
"""A column of the values an amendment puts in force (`стало`), beside those it replaces."""

SUPERSEDED_WORDS: Final = (r"\bold\b", r"previous", r"before", r"^printed", r"as written",)
"""A column of the values an amendment replaces (`было`)."""

MONTH_HEADERS: Final = (r"\bmonths?\b",)
"""A header over a schedule's month columns (`Месяцы отбора проб`), which tells `T1 … T12` from points."""

WEEKDAY_WORDS: Final = (r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday",)
"""The days of the week a schedule's columns are headed with (`Пн | Вт | …`), matched whole."""

WEEK_WORDS: Final = (r"week\s*[1-5]", r"[1-5](?:st|nd|rd|th)\s+week",)
"""The weeks of a month a schedule's columns are headed with (`1-я неделя | … | 4-я неделя`, `Tuần 1`), matched whole."""

ORGANISATION_WORDS: Final = (r"\b(?:LLP|JSC|LLC|Ltd|Company)\b",)
"""Legal forms of an organisation's name."""

ADDRESSEE_WORDS: Final = (r"^to\s*:\s*", r"^attention\s*:\s*")
"""The words a letter addresses its recipient by (`Директору …`, `… директорына`, `Kính gửi: …`): the
organisation beside them must do what the letter requires."""

ITEM_UNITS: Final = (r"pcs?", r"units?", r"items?",)
"""What a mass is counted per when it is a unit mass, not an amount (`кг/шт`, `kg/cái`)."""

BEFORE_TREATMENT_WORDS: Final = (r"before\s+(?:treatment|abatement|cleaning)", r"untreated", r"uncontrolled", r"^generated",)
"""Rates before the gas is cleaned (`Выброс до очистки`, `Tải lượng chưa xử lý`): what the plant
makes, not what it emits, when rates after cleaning stand beside them."""

PAYMENT_LABELS: Final = (r"beneficiary", r"payment purpose",)
"""Labels of a payment's details (a fine's beneficiary and budget codes): such a card names who is paid, no facility."""

OTHER_PARTY_WORDS: Final = (r"manufacturer", r"supplier", r"contractor", r"consultant", r"installer",)
"""Words of another party than the facility's operator (its maker, supplier, contractor, designer): a card's section or
field of theirs gives no field of the facility."""

LOG_CAPTIONS: Final = (r"(?<![^\W\d_])log(?:book)?(?![^\W\d_])", r"record of (?:works|maintenance|repairs)",)
"""A caption naming a log of what was done (`Журнал …`, `Учет технического обслуживания`, `Nhật ký bảo dưỡng`): its
rows are records of the past, no tasks to do."""

REQUIREMENT_HEADERS: Final = (r"^requirements? (?:for|to|on) ",)
"""A column of requirements for what is measured (`Требования к обеззараженным сточным водам`): beside a limit
column, and holding ranges and bounds, a second set of limits."""

AGREED_WORDS: Final = (r"^agreed\b", r"^accepted by (?:the )?parties",)
"""A column of the amounts the parties agreed on (`Принято сторонами, кг`, `Khối lượng thống nhất`), beside each
party's own figures and their difference: the amounts that stand."""

OCCASION_WORDS: Final = (r"(?:after|before)\s+(?:each|every)",)
"""An occasion a check is made at, not a period (`After each unloading`)."""

UNSCHEDULED_WORDS: Final = (r"unscheduled", r"ad[\s-]hoc",)
"""An unscheduled check (`внеплановый осмотр`, `kiểm tra đột xuất`): a check of its own, though it has no frequency."""

EXTREME_HEADERS: Final = (r"^(?:min|max)(?:\.|imum)?(?:\s+value)?$",)
"""The least or the greatest of repeated measurements (`min.`, `Maximum`), beside their mean: statistics of one series."""

REDUCED_HEADERS: Final = (r"corrected to", r"reduced to", r"normali[sz]ed")
"""A result reduced to the reference conditions (`corrected to 11 % O2`): the one a stack norm is checked against."""

GENERATED_WORDS: Final = (r"^generat",)
"""A sub-column of a waste movement that gives the amount generated (`Наличие на начало | Образовано | Передано`)."""

UNCHANGED_WORDS: Final = (r"^unchanged$", r"^no change")
"""A cell of an amendment's new row that keeps the old value (`без изменений`): the value of the row it replaces."""

DITTO_WORDS: Final = (r"^ditto\.?$", r"^do\.$", r"^same\s+as\s+above\.?$", r"^[-–—]?\s*//\s*[-–—]?$", r"^[-–—]?\s*[\"“”„〃]\s*[-–—]?$")
"""A cell that repeats the one above it; the marks (`-//-`, `〃`, `-"-`) are every language's."""

CURRENT_PLACE_WORDS: Final = (r"new (?:location|site)", r"current (?:location|site)")
"""A row of a card's places that names the one in use now (`с 15.04.2026 г. (новое место размещения)`)."""


ALL_SUBSTANCES_WORDS: Final = (r"\ball (?:the )?(?:pollutants|substances|parameters)", r"(?:listed|given|set) in table\s*\d")
"""A plan's cell that names its substances by pointing at a list elsewhere (`all pollutants of Table 5.1`)."""

NOTE_WORDS: Final = (r"^\s*notes?\b", r"^\s*\*")
"""The opening of a note under a table: it speaks of the table above, not of the next one."""

BRACKETED_PARTY: Final = (r"\(\s*(?:resp\.?|responsible|lead)\s*[:–-]?\s*([^()]+?)\s*\)",)
"""Who answers for an item, in brackets after it (`(отв.: главный механик)`, `(Chủ trì: Phòng Kỹ thuật)`)."""

NUMBER_SIGN_WORDS: Final = (r"no\.",)
"""A word for `№` before a record's number (`Phiếu số 1`)."""

QUALITY_SECTION_WORDS: Final = (r"incoming\s+(?:inspection|control)", r"quality\s+control", r"product\s+(?:testing|control)")
"""A plan's section of the control of raw materials, process or products (`I. Входной контроль сырья`): a
laboratory's own quality tests, no duty of environmental monitoring."""

VARIANT_WORDS: Final = (r"\b(?:option|alternative)\b",)
"""A group of columns giving one of the options a document compares (`Вариант 1: туннельная печь на угле`)."""

CHOSEN_WORDS: Final = (r"\b(?:selected|preferred|chosen|adopted)\b",)
"""The option the document takes (`Вариант 2 (принят)`): its columns are the ones in force."""

METHOD_RANGE_HEADERS: Final = (r"(?:detection|quantification|reporting)\s+limit", r"\b(?:lod|loq|mdl)\b", r"measuring\s+range", r"range\s+of\s+measurement")
"""A column of what the method can measure (`Диапазон измерений`, `Giới hạn phát hiện`): figures beside the
results, no limit of the environment."""

NOTE_HEADERS: Final = (r"^(?:notes?|remarks?|comments?)\W*$",)
"""The header of a column of remarks beside the items (`Примечание`): what it says is no field of theirs."""

INTERVAL_DAYS_WORDS: Final = (r"interval.*\bdays?\b",)
"""A header saying its figures are days between samples (`Интервал между отборами проб, сут.`)."""

DRY_MATTER_WORDS: Final = (r"dry\s+(?:solids|matter|mass|weight)",)
"""A mass counted dry (`Сухое вещество, т/год`): a sludge's amount is its mass as it leaves, wet."""

NET_WORDS: Final = (r"\bnet\b",)
"""The net mass of a weighing (`нетто, кг`, `KL hàng`), beside the gross and the tare."""

BACKGROUND_WORDS: Final = (r"\bbackground\b",)
"""A point that gives the background others are judged against (`Ф-1 (фон)`, `điểm nền`)."""

WASTE_KIND_WORDS: Final = (r"\bwastes?\b",)
"""A stream's class that makes it a waste (`Waste` beside `Product`, `Raw material` in a material balance)."""

RATE_NORM_WORDS: Final = (r"\blimit", r"permitted", r"\bnorm")
"""The norm among pairs of rates (`existing | limit`)."""
RATE_STAGE_WORDS: Final = (r"existing", r"\bregime", r"\bmode\b")
"""What sets pairs of rates of one emission apart: the existing position, an operating regime."""

CLASS_HEADERS: Final = (r"^(?:type|class|category|classification)$",)
"""A column that classes each row (`Type`): in a balance, which streams are wastes."""

NORM_WORDS: Final = (r"\blimit", r"\bstandard", r"permit", r"\belv\b", r"allowable", r"maximum permissible")
"""A table or its caption that sets norms: a concentration beside the rates is the norm at the source."""

PLAN_HEADER: Final = ('Monitoring point', 'Parameters monitored', 'Frequency')
"""The header a plan is given when its duties stood as sentences in a register's column
(`Мониторинг: ИЗА 0003 – ксилол – 1 раз в квартал`): where, what, how often."""

AIR_STREAM_WORDS: Final = (r"exhaust", r"emission", r"\bto air\b", r"fugitive", r"atmosphere")
"""A stream of a solvent or material balance that leaves into the air (`O1 – с отходящими газами`,
`O4 – неуловленные выбросы`), beside those to water, destroyed, to waste or recovered."""

POINT_WORDS: Final = (r"point",)
"""The word for a control point beside its id in running text (`(точка КК-2)`, `(КК-2 нүктесі)`, `(điểm NT1)`)."""


EMITTED_WORDS: Final = (r"emitted", r"releas\w*", r"emission",)
"""Words of what went into the air (`Масса выброса, кг`): a mass column so named is the emitted amount."""

PRODUCT_CAPTIONS: Final = (r"product (?:quality|specification|grades?)",)
"""A caption naming a product's specification (`Product specification`): grades of what is sold, no norms of the environment."""

STATE_NETWORK_WORDS: Final = (r"kazhydromet", r"national (?:hydromet\w*|monitoring network)",)
"""The state's own observation network named as who measures (`РГП «Казгидромет»`): its posts are no duty of the operator."""

CENTRE_WORDS: Final = (r"\bcent(?:re|er)\b",)
"""A card's label naming the site's centre (`Центр промышленной площадки`): the point that places the facility."""

ABSENCE_WORDS: Final = (r"absen(?:t|ce)", r"not (?:allowed|detectable)",)
"""A norm that allows none (`отсутствие в 100 см3`): its figure is the volume looked in, no limit."""

INFORMED_PARTY_WORDS: Final = (r"\binformed\b",)
"""What a responsibility matrix's letter means when its column is only told (`И – информируется о результатах`)."""


MEASURING_DUTY_WORDS: Final = (r"monitor\w*", r"measur\w*", r"sampl\w*")
"""A condition that orders measuring or sampling, whose places, substances and frequency make a monitoring duty."""


COMMITMENT_WORDS: Final = (r"undertakes?\s+to", r"commits?\s+to")
"""An answer that commits its speaker to do something (a hearing's `обязуется …`): a task of theirs."""


UNIT_LABEL_WORDS: Final = (r"^(?:ph\s+)?units?$",)
"""A sub-header that gives only the unit (`ед. pH`): the parameter is named in the header above it."""



LIMIT_SAYING_WORDS: Final = (r"shall\s+not\s+exceed", r"must\s+not\s+exceed")
"""A condition that caps what follows (`не должны превышать, мг/Нм³: …`): each substance and figure after it a limit."""


CONDITION_HEADERS: Final = (r"^(?:environmental\s+)?(?:condition|requirement)s?$",)
"""The column of a regulator's conditions (`Condition`): each numbered row one requirement."""
BASIS_HEADERS: Final = (r"^(?:legal\s+)?basis$",)
"""The column that cites where a condition comes from (`Basis`)."""


PARTY_TITLE_WORDS: Final = (r"^obligations\b", r"^party\b", r"^investor\b")
"""A section title naming whose duties follow, the party after a dash (`A. Obligations of the Investor – … LLP`)."""


EXCEPT_WORDS: Final = (r"except", r"excluding")
"""Words that take items out of a range (`0001–0004 (кроме 0002)`, `(0002-ден басқа)`, `KT1 ÷ KT4 (trừ KT3)`)."""


OPERATOR_SAID: Final = (r"operator",)
"""Words that call a party the operator outright (`Частный партнер (оператор завода)`), over an initiator or an owner."""


POST_HEADERS: Final = (r"^position$", r"^job title$")
"""A column of posts (`Должность`) beside checks: whoever holds the post does them."""

SHIFT_HEADERS: Final = (r"^(?:shift\s+(?:[ivIV]{1,3}|\d|[abc])|(?:day|night|morning|evening)\s+shift)\b",)
"""A column per shift (`Shift 1`): a slot in one of them is a check made every day."""

PER_BATCH_WORDS: Final = (r"\bper\s+(?:batch|lot|melt|cycle|tonne\s+of\s+product)\b",)
"""An amount for one batch, melt or tonne of product (`kg per batch`): a part of the year's amount beside it."""

ALLOWED_AMOUNT_WORDS: Final = (r"\bpermitted\b", r"\ballowed\b", r"\bplanned\b", r"\bper permit\b", r"\bdesign\b")
"""A column of the amount a permit, programme or project allows or plans (`Permitted, t/y`), beside the amount actually
generated: the actual one is the waste's."""

HYDRAULIC_QUANTITIES: Final = (r"\bwater level", r"\bflow rate", r"\bdischarge rate", r"\bflow\b")
"""Quantities of water measured, not substances in it (`Water level, flow rate`): a row of them is no substance's duty."""

FORECAST_WORDS: Final = (r"\bpredicted\b", r"\bmodell?ed\b", r"\bcalculated\b", r"\bforecast\b")
"""Figures worked out, not measured (`Predicted concentration`): no result to check against a norm."""

INLET_WORDS: Final = (r"\binlet\b", r"\buntreated\b", r"\bbefore\s+treatment\b")
"""A point before treatment (`Inlet (untreated)`), beside the outlet: judged by no norm."""


GROSS_WORDS: Final = (r"\bgross\b", r"with\s+packaging")
"""A mass with its packaging (`Gross mass, kg`) beside the net mass: the net is the waste's."""

PREVIOUS_PARTY_WORDS: Final = (r"\bprevious\b", r"\bformer\b", r"\btransferor\b")
"""A column of the party or values being replaced (`Previous operator`), beside the new ones."""

FRACTION_LEGEND: Final = (r"numerator\s*[–—:-]\s*(?P<a>[^,;]+?)\s*[,;]\s*denominator\s*[–—:-]\s*(?P<b>.+)$",)
"""A note that a cell is a fraction (`numerator – result, denominator – limit`): what stands above, below."""

OFFICE_COLUMN_WORDS: Final = (r"head\s+office", r"registered\s+office")
"""A column of the company's office (`Head office`) beside its site's: the site is the facility."""

UNIT_TITLE_WORDS: Final = (r"^department\b", r"^(?:[^\W\d_]+\s+)?unit\b", r"^(?:[^\W\d_]+\s+)?shop\b", r"^laboratory\b")
"""A group title naming a unit of the enterprise (`1. Maintenance department`): the unit does the tasks under it."""
