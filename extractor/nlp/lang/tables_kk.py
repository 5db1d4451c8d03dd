"""Kazakh: the words of table headers, captions and rows (see `tables_ru` for the conventions)."""

from __future__ import annotations

from typing import Final

CODE: Final = "kk"

COLUMN_WORDS: Final = {
    "price": (r"\bбаға(?:с[ыі])?\b", r"\bқұны", r"\bтеңге", r"\bққс"),
    "year": (r"қол жеткізу жылы", r"^жылы$", r"^(?:декларацияланатын|есепті)\s+жыл$"),
    "per_year": (
        r"(?:бақылау|өлшеу|сынама)\w*\s+(?:еселіг|кезеңділіг)\w*.*жылына\s+рет",  # `Бақылау еселігі, жылына рет | 4`
        r"жылына\s+(?:өлшеу|сынама)\w*(?:\s+алу)?\s+саны",
        r"(?:өлшеу|сынама)\w*\s+саны.*жылына",
        r"жылына\s+(?:тексеру|аралау)\w*\s+саны",
        r"(?:тексеру|аралау)\w*\s+саны.*жылына",
    ),
    "latitude": (r"ендік",),
    "longitude": (r"бойлық",),
    "row_number": (r"^р/с$", r"^р/с\s*№$", r"^№\s*р/с$", r"^реттік\s+(?:сан|нөмір)\w*$", r"^тармақ$"),
    "waste_code": (r"қалдық(?!\w*\s+(?:түрі|атауы|түрлері)\b).*код", r"код\w*.*қалдық"),  # `Қалдық түрі – коды` names them
    "kato": (r"\bқато\b", r"\bәаож\b", r"әкімшілік.аумақтық\s+объектілер\w*\s+сыныптауыш"),
    "bin": (r"\bбсн\b", r"бизнес.сәйкестендіру"),
    "oked": (r"\bэқжж\b",),
    "category": (r"\bсанат", r"(?<![^\W\d_])сан\.?$"),
    "requisites": (r"деректемелер",),
    "coordinates": (r"орналасқан жері", r"координат", r"орналасу", r"\(wgs\W?84\)"),
    "waste_name": (r"қалдық\w*\s+(?:түрі|атауы|түрлері)", r"^ысырап\s+түрі", r"қалдықтардың атауы", r"^қалдық\w*$"),
    "operation": (r"операция", r"операциялар", r"жою\s+әдіс", r"кәдеге"),
    "amount": (
        r"(?<!жалпы )мөлшері",
        r"жалпы мөлшері.*(?:кг|\bт\b|тонна)\s*/\s*жыл",
        r"көлемі.*(?:\bт\b|тонна|кг)",
        r"саны.*(?:\bт\b|тонна|кг)",
        r"^(?:19|20)\d\d\s*(?:ж\.?|жыл\w*)\s+(?:саны|мөлшері|көлемі)$",  # `2026 ж. саны`: the year's amount
        r"^түзілу\w*,?\s*(?:\bт\b|тонна|кг)",
        r"(?:^|\s)түзілді\b",
        r"^саны$",
        r"^жылына\s+(?:саны|мөлшері|көлемі)$",
        r"^болжамды\s+(?:көлем|мөлшер|саны)",
    ),
    "hazard_class": (r"қауіптілік\s+(?:класы|сыныбы)", r"қауіптілік\s+клас", r"^қауіпт\.\s*(?:сын|кл)", r"^(?:сынып|сыныбы|класы)$"),
    "g_s": (r"г/с\b",),
    "t_y": (r"шығарынд\w*.*кг/жыл", r"шығарынд\w*.*(?:,\s*т\.?$|\(т\)$)", r"т/жыл", r"т/кезең", r"т/маусым", r"т\s*/\s*(?:[^\W\d_]+\s+)?кезең", r"тонна\s*/\s*жыл", r"кезең\w*\s+шығарынд\w*.*(?:,\s*т\.?$|\(т\)|тонна)", r"(?:,\s*т\.?|\(т\)|тонна)\s+(?:жыл бойы|жыл(?:ына)?|барлығы)$", r"атмосфераға\s+(?:барлығы\s+)?шығарылды", r"жыл\w*\s.*шығарынд\w*.*,\s*(?:т|тонна)\.?$", r"^жылдық\s+шығарынд\w*$"),
    "source_number": (
        r"^(?!.*нүкте)(?:.*)(?:көз\w*).*(?:нөмір|№)",  # not a column of sources and points
        r"^нөмірі$",
        r"ластау көз\w*\s*№",
        r"^(?!.*нүкте).*көз\w* №",
        r"^(?!.*нүкте)лшк\b",
        r"^(?:№\s*)?шк\s*(?:№|$)",  # шығарынды көзі (ИЗА)
    ),
    "source_name": (r"көз\w*.*атауы",),
    "substance_code": (
        r"^коды$",
        r"^код\s+заттың",
        r"^зат\s+коды",
        r"^заттың\s+коды",
        r"^(?:лз|лс)\s+коды",
        r"^ластаушы\s+зат\w*\s+коды",
    ),
    "frequency": (r"кезеңділі", r"жиілігі", r"мерзімділігі"),
    "responsible_strict": (r"жауапты орындаушы",),
    "who": (r"кім жүзеге", r"орындаушы", r"^тексеруші\w*$", r"^(?:кім\s+)?(?:тексереді|бақылайды|қарайды|орындайды|жүргізеді)$", r"^кім\s+(?:тексереді|орындайды|жүргізеді)", r"^кімге$", r"^аудитор\w*$", r"^(?:аудиторлық\s+)?топ\s+(?:басшысы|жетекшісі)$"),
    "method": (r"әдіс",),
    "record": (r"^тіркеу\s+нысан",),  # `Тіркеу нысаны`: where a check is written down
    "measured": (
        r"^нәтиже", r"зертхана\w*\s+нәтиже", r"нақты", r"(?:өлшеу|талдау|сынақ|сынау)\w*\s+нәтиже", r"^құрамы\b",
        r"бойынша\s+нәтижел",  # `2025 ж. тоқсандар бойынша нәтижелер`: results by quarter
        r"^ең жоғары (?:концентрац|орташа|бір реттік|мән)",  # the year's greatest of the samples
    ),
    "indicator": (
        r"^[cс]\s*/\s*(?:шжк|шрк|жк|пдк)",  # `C/ПДК`: the result divided by its norm
        r"(?:шжк|шрк|пдк|жк)\w*\s+үлес",  # `Ең жоғ., ШЖК үлесі`: the result as a share of the norm
        r"\bүлес\w*.*%",  # `Заттың жалпы шығарындысындағы үлесі, %`: a share, no substance and no rate
        r"шектеуші\s+көрсеткіш",
        r"асу\w*\s+(?:ең\s+(?:үлкен|жоғары)\s+)?еселіг",  # `ШЖК-дан асудың ең үлкен еселігі`: a multiple of the norm
        r"артуы?\s+еселіг",
        r"(?:жоғары|асқан|асу)\s+(?:сағат|күн|мән|жағдай|саны)",  # `ЖБК-дан жоғары сағаттық мәндер`: a count
    ),
    "limit": (
        r"қабылдау өлшемшарт",
        r"шекті",
        r"\bшжк\b",
        r"\bшрк\b",  # шекті рұқсат етілген концентрация: the ПДК in another spelling
        r"\bежшк\b",  # ең жоғары шекті концентрация: the maximum one-time ПДК
        r"\bжтн\b",  # жол берілетін төгінділер нормативі (НДС)
        r"(?<![^\W\d_])жк\b",  # жол берілетін концентрация (ДК), `Қабылдау шарттары бойынша ЖК` too
        r"(?<![^\W\d_])жт(?![^\W\d_])",  # `ЖТ, мг/дм3`: жол берілетін төгінді (ДС)
        r"норматив",
        r"рұқсат етілген",
        r"жол берілетін\s+(?:концентрац|шоғыр)",
        r"(?<![^\W\d_])рк(?![^\W\d_]).*мг/",
        r"технологиялық\s+көрсеткіш",
        r"\bжбк\b",
        r"(?<![^\W\d_])дк(?![^\W\d_])",  # `В-1 шығарылымындағы ДК`: the Russian abbreviation, kept
        r"^рек(?![^\W\d_])",  # `РЕК (ағынды суларды қабылдау қағидалары)`: рұқсат етілген концентрация
    ),
    "point": (
        r"бақылау нүкте",
        r"^шығарылым(?:\s+№)?$",  # `Шығарылым | В-1`: the outlet a batch went out by
        r"(?:көз|лшк)\w*\s*№?\s*[/,]\s*(?:\w+\s+)?нүкте|нүкте\w*\s*[/,]\s*(?:көз|лшк)",
        r"сынама алу нүкте",
        r"бақылау\s+(?:бекет|пункт)",
        r"нүкте\w*\s+№",
        r"^нүкте",
        r"^№\s*\d+\s+(?:бақылау\s+)?нүкте",
        r"сынама алу ор(?:н|ында?р)",  # `орны`, and its plural `орындары` (not `орындаушы`, who does it)
        r"^алу ор(?:н|ында?р)",  # `Алу орны: К-2 – …` in a protocol's lead-in: where the sample was taken
        r"сынама\w* алынған ор(?:н|ында?р)",
        r"^алынған ор(?:н|ында?р)",  # `Сынама шифры | Алынған орны`: where the sample was taken
        r"бақылау\s+ор(?:н|ында?р)",
        r"бақылау\s+аудан",
        r"сынама алу станция",
        r"шығарылым\w*\s+(?:нөмір|№)",
        r"ұңғыма",
        r"тұстама",  # a river's section (створ)
    ),
    "unit": (r"өлшем бірлі", r"^өлш\.?\s*бірл"),
    "substance": (
        r"ластаушы",
        r"(?<![^\W\d_])лз(?![^\W\d_])",
        r"\bзат\w*",
        r"көрсеткіш\w*\s+атау",
        r"(?:бақыланатын|анықталатын|өлшенетін)\s+(?:зат|көрсеткіш|параметр)",
        r"^көрсеткіш\w*$",
        r"^параметр\w*$",
    ),
    "subject": (r"тексеру\w*\s+(?:мазмұны|мәні|нысаны|нысанасы)", r"(?:қарау|тексеру)\s+түр", r"^не тексеріл", r"^тексеру$", r"тексеру\w*\s+сұра[ғқ]", r"(?:мазмұны|мәні)\s+тексер", r"бақыланатын\s+аспект", r"^аспект", r"тексеру\s+түрі", r"(?:бағалау|аудит)\s+түрі"),
    "site": (r"алаң", r"(?<!есепке алу )(?<!есептілік )(?<!есеп )(?<!тіркеу )нысан",  # `Есептілік нысаны`, `Тіркеу нысаны`: a form of records, no object
             r"бөлімше", r"цех", r"учаске", r"^(?:сақтау|орналастыру|жинақтау)\s+орн", r"^объект(?!\w*\s+оператор)"),
    "capacity": (r"қуаты",),
    "capacity_strict": (r"(?<!шығарынды )(?<!шығарындылар )(?<!төгінді )қуат(?:ы|тылығ)", r"өнімділіг"),  # not `Шығарынды қуаты, г/с`: an emission rate
    "material": (r"шикізат", r"материал"),
    "task": (
        r"іс-шара",
        r"жою\s+(?:туралы|жөніндегі|бойынша)\s+талап",  # `Бұзушылықты жою туралы талап`, `Жою жөніндегі талап` beside the violation
        r"^талап\s+етіледі$",  # `Анықталған бұзушылық | Талап етіледі | Орындау мерзімі`
        r"жұмыс\w* атауы",
        r"міндет",
        r"қабылданған шешім",
        r"(?:нұсқама|ұсыныс|акт|қорытынды)\w* талаб",
        r"^талап\w*$",
        r"(?:ұсынылатын|түзету\w*|алдын алу\w*) (?:әрекет|шара)",  # an FMEA's actions
        r"^не$",  # `Ұсынылды (кімге, не, мерзімі)`
        r"^тапсырма\w*$",  # a meeting's minutes: `Тапсырма | Орындау мерзімі | Бақылау`
    ),
    "deadline": (r"(?<!жарамдылық )(?<!қолданылу )(?<!пайдалану )мерзім",),  # not `Жарамдылық мерзімі`: how long a certificate holds
    "responsible": (r"жауапты", r"жауапкершілік", r"(?<!аймақ )(?<!парк )қатысушы"),
    "address": (r"мекенжай",),
    "operator": (
        r"^оператор",
        r"(?:аймақ|парк)\w*\s+қатысушы",  # `Индустриялық аймақ қатысушысы`: the zone's tenant
        r"^объект\w*\s+оператор",  # `Объект операторы`: the object's operator
        r"^бастамашы",
        r"^лицензиат",  # the holder of a licence, in a register of licences
        r"\(оператор\)",
        r"(?<![^\W\d_])баланс\s+ұстаушы",  # the body whose books carry the object (a burial ground, a dam)
        r"табиғат\s+пайдаланушы",
        r"^(?:су|жер\s+қойнауын|жер)\s+пайдаланушы",  # the holder of a permit to use water, subsoil, land
        r"ұйым\w*\s+атауы",
        r"кәсіпорын\w*\s+атауы",
        r"заңды\s+тұлға\w*\s+(?:толық\s+)?атауы",
    ),
    "name": (r"атауы",),
}

AVERAGE_HEADERS: Final = (r"^орташа(?:\s+(?:мән|нәтиже)\w*)?(?:,.*)?$",)
"""A column of the mean of repeated measurements (`Орташа мәні`): the value a norm is checked against."""

EXTREME_HEADERS: Final = (r"^ең\s+(?:көп|аз|жоғары|төмен)(?:\s+мән\w*)?$", r"^(?:макс|мин)(?:\.|имал\w*)(?:\s+мән\w*)?$")
"""The least or the greatest of repeated measurements (`ең көп`, `ең аз`, `макс.`), beside their mean: statistics of one series."""

REDUCED_HEADERS: Final = (r"келтірілген", r"қайта есептелген")
"""A result reduced to the reference conditions (`7 % O2-ге келтірілген`): the one a stack norm is checked against."""

AVERAGING_LABELS: Final = (r"(?:м\.\s?б|о\.\s?т)\.(?![^\W\d_])",)
"""The averaging time a lone ШЖК column names (`ШЖК м.б.`, `ШЖК о.т.`): it is the column's label."""

KEY_VALUE_HEADERS: Final = (
    r"^көрсеткіш\w*$",
    r"^мәні$",
    r"^мәндері$",
    r"^мәліметтер$",
    r"^сипаттамасы$",
    r"^ақпарат$",
)

SOURCE_MENTION: Final = (r"(?<![^\W\d_])(?:алк|лшк|шк)(?![^\W\d_])", r"(?<![^\W\d_])көз(?:і|де|ден|дегі|інде|іне|дер\w*)?(?![^\W\d_])", r"источник",)
"""Words naming an emission source beside its number in a sentence (`на источнике № 0002`)."""

PART_WORDS: Final = (r"^\s*оның\s+ішінде",)
"""A column that gives a part of the one beside it (`в том числе аварийные, кг/год`), not a figure of its own."""

OUTLET_WORDS: Final = (r"(?<![^\W\d_])шығарылым\w*",)
"""Words naming a discharge outlet (`Выпуск № 1`): a place limits are set at, heading their columns or rows."""

SUPERVISION_WORDS: Final = (r"бақылау", r"қадағала",)
"""A column of the body that supervises a task (`Cơ quan kiểm tra, giám sát`), not of the one that does it."""

SOURCE_TEXT: Final = "Көз"
"""How a monitoring duty at a source is introduced in its text."""

METHOD_TEXT: Final = {"automated": "автоматтандырылған мониторинг", "instrumental": "аспаптық өлшеу", "calculation": "есептік әдіс"}
"""How a source is monitored, said in its duty's text."""

LABEL_JOINERS: Final = (r"және",)
"""The word that joins two fields in one header (`Срок и ответственный`)."""

RUN_WORDS: Final = ()
"""The word between the first and the last of a run of ids (`KT1 đến KT4`, `Т-1 до Т-4`)."""

ROLE_WORDS: Final = {
    "facility": (
        r"кәсіпорын\w* туралы\s+(?:жалпы\s+)?мәліметтер",
        r"нысан\w* туралы\s+(?:жалпы\s+)?мәліметтер",
        r"оператор туралы",
    ),
    "sources": (r"шығарынды\w* көз", r"ластау көз"),
    "emissions": (r"ластаушы заттар\w* шығарынды", r"шығарынды\w* нормативтер", r"шығарындылар"),
    "wastes": (r"қалдық",),
    "limits": (r"шекті", r"\bшжк\b", r"\bшрк\b", r"рұқсат етілген\s+(?:шоғыр|мән)", r"өлшеу нәтиже", r"төгінділер\w*\s+нормативтер", r"жол берілетін\s+(?:концентрац|шоғыр)"),
    "monitoring": (r"мониторинг", r"бақылау\s+(?:жоспар|кесте)", r"бақылау", r"сынама алу"),
    "inspections": (r"ішкі тексер", r"бөлімшелер\w*\s+ішкі", r"ішкі\s+(?:өндірістік\s+)?(?:экологиялық\s+)?бақылау\w*\s+кестес"),
    "tasks": (r"іс-шаралар\s+жоспар", r"жұмыс жоспар", r"іс-шара", r"жол картасы"),
}

MEDIUM_WORDS: Final = {
    "flue_gas": (r"түтін газ", r"шығатын газ", r"көз\w*дегі\s+шоғыр", r"шығарынды\s+көз"),
    "waste_water": (r"ағынды", r"төгінді", r"сарқынды", r"(?<![^\W\d_])төгу", r"тазартылған\s+су", r"кәріз", r"(?:нөсер|жаңбыр)\w*\s+ағын", r"(?<!газ )(?<!газды )(?<!ауа )тазарту\s+құрылыс"),
    "soil": (r"топыра[қғ]",),  # `топырағы`: the possessive softens қ
    "water": (
        r"су\s+объект",
        r"жерасты\s+су",
        r"жер\s+үсті\s+су",
        r"жер\s+асты\s+су",
        r"\bсу(?:ы|лары|дың|лардың|ын|ының|ына|лардағы|дағы)?\b",
        r"теңіз\s+су",  # sea water, whatever outlet it is sampled at
    ),
    "air": (r"атмосфера", r"\bауа\w*", r"санитарлық.қорғаныш"),
}

METHOD_WORDS: Final = {
    "automated": (r"автоматтандырылған",),
    "instrumental": (r"аспаптық",),
    "calculation": (r"есептік", r"есептеу"),
}

COUNT_ROWS: Final = {
    "unorganized": (r"ұйымдастырылмаған",),
    "organized": (r"ұйымдастырылған",),
    "total": (r"барлығы",),
}

COUNT_TABLE_WORDS: Final = ((r"көрсеткіш", r"барлығы"),)

TOTAL_WORDS: Final = (
    r"^\s*(?:барлығы|барлық\b|жиыны|қорытынды)\w*",
    r"^\s*оның\s+ішінде",
    r"бойынша\s+барлығы",
    r"(?:цех|учаске|бөлім|кәсіпорын|өндіріс)\w*\s+бойынша\s+жиыны",  # `Цех бойынша жиыны, т`: a shop's subtotal, its unit after
    r"\s(?:барлығы|жиыны)\s*[:*]*\s*$",  # `3-объект бойынша жиыны`, `Құрылыс кезеңінде барлығы`: the word last
    r"^\s*жыл\s+бойы\s+(?:барлығы|жиыны)",  # `Жыл бойы барлығы, кг`: the year's total
    r"^\s*газ\s+тәрізді\s+және\s+сұйық",
    r"(?<![^\W\d_])жиынтық\s+шығарынды",
)

SOURCE_TOTAL_WORDS: Final = (r"(?:көз|лшк)\w*\s+бойынша\s+(?:барлығы|жиыны)",)
"""A row that sums one source's rows (its operations, its stages), not the whole table's."""

YEAR_TOTAL_WORDS: Final = (r"барлығы", r"жыл\s+бойы", r"жыл\s+ішінде", r"^жылына$", r"^бір жылда$")
"""A sub-column of amounts that gives the whole year (`всего за год`, `Cả năm`) beside its parts."""

RETURNED_WORDS: Final = (
    r"\w+(?:ға|ге|қа|ке|на|не|а|е)\s+қайтару$",
    r"қайтарылады$",
    r"процеске\s+қайтар",
    r"қалдық\w*\s+(?:болып\s+)?(?:табылмайды|саналмайды|жатпайды)",
)
"""Material put back into the process it came from (`шарлы диірмендерге қайтару`), or said to be none
(`қалдық болып табылмайды`): no waste."""

NOT_PLANNED: Final = (r"қарастырылмаған", r"көзделмеген", r"жүргізілмейді", r"алы?п\s+тасталады", r"(?<![^\W\d_])жоқ$")

PERIOD_WORDS: Final = {
    "construction": (r"құрылыс\s+(?:жұмыстары\s+)?кезең\w*", r"(?<![^\W\d_])салу\s+(?:кезең|кезін)\w*"),
    "operation": (r"пайдалану\s+кезең\w*",),
}

HAZARD_GROUPS: Final = {"no": (r"қауіпті\s+емес",), "yes": (r"қауіпті(?!\s+емес)",)}

HAZARD_CLASS_NOTES: Final = (
    r"\(\s*([1-4])\s*(?:-?\s*ші\s+)?қауіп\w*[^()]*\)",
    r"\(\s*қауіптілік\s+(?:класы|сыныбы)\s*[-–—:]?\s*([1-4])\s*\)",
    r"(?<![\w,.])([1-4])\s*(?:-?\s*ші\s+|-\s*)?қауіптілік\s+(?:класы|сыныбы)\w*",  # `1-қауіптілік сыныбы` too
    r"қауіптілік\s+(?:класы|сыныбы)\s*[-–—:]?\s*([1-4])(?![\w,]|\.\d)",  # `(ШРК б.м. 0,2 мг/м³, қауіптілік сыныбы 2)`
)

MEDIUM_LABELS: Final = {
    "air": "Атмосфералық ауа",
    "water": "Су объектісі",
    "soil": "Топырақ",
    "waste_water": "Ағынды сулар",
    "flue_gas": "Шығатын газдар",
}

INSPECTION_WORDS: Final = (r"тексер", r"қарап\s+шығ", r"аудит", r"профилактикалық\s+бақылау", r"бақылау\s+субъекті", r"(?:мердігер|жеткізуші)\w*(?:\s+\w+){0,5}\s+бағала", r"сәйкестікті\s+бағала", r"бағалау\s+кезеңділіг", r"бағалауға\s+жауапты")
"""Words of checking a unit of the enterprise, in a header, a cell or a caption: an inspection table."""

INSPECTION_TEXT: Final = "Ішкі тексеру"
"""How an inspection read from a table is introduced in its text."""

PER_YEAR_TEXT: Final = "жылына {n} рет"
"""A count per year (`Количество замеров в год | 4`) said as the frequency it is."""

PER_WEEK_TEXT: Final = "аптасына {n} рет"
"""A count of marked days of the week said as the frequency it is."""

PER_MONTH_TEXT: Final = "айына {n} рет"
"""Weeks of the month marked in a schedule, said as the frequency they make (`4 раза в месяц` is weekly)."""

PER_DAYS_TEXT: Final = "{n} тәулікте 1 рет"
"""A check every so many days said as a frequency (`Периодичность, сут. | 90`)."""

DAYS_HEADERS: Final = (r"(?<![^\W\d_])(?:тәул|күн)",)
"""A frequency header counting in days (`Периодичность, сут.`): its bare figures are days between checks."""

ALL_SUBSTANCES_WORDS: Final = (r"\bбарлық (?:ластаушы |нормаланатын )?(?:заттар|көрсеткіштер)", r"\d[\d.]*\s*-?\s*кесте\w* бойынша", r"кесте\w* (?:көрсетілген|келтірілген)")
"""A plan's cell that names its substances by pointing at a list elsewhere (`5.1-кестедегі барлық заттар`)."""

NOTE_WORDS: Final = (r"^\s*ескерту", r"^\s*ескертпе", r"^\s*белгілеу", r"^\s*\*")
"""The opening of a note under a table: it speaks of the table above, not of the next one."""

BRACKETED_PARTY: Final = (r"\(\s*(?:жауапты\w*|орындаушы)\s*[:–-]?\s*([^()]+?)\s*\)",)
"""Who answers for an item, in brackets after it (`(отв.: главный механик)`, `(Chủ trì: Phòng Kỹ thuật)`)."""

NUMBER_SIGN_WORDS: Final = ()
"""A word for `№` before a record's number (`Phiếu số 1`)."""

QUALITY_SECTION_WORDS: Final = (r"кіріс\s+бақылау", r"технологиялық\s+бақылау", r"дайын\s+өнім\w*\s+бақылау", r"өнім\w*\s+сапа\w*")
"""A plan's section of the control of raw materials, process or products (`I. Входной контроль сырья`): a
laboratory's own quality tests, no duty of environmental monitoring."""

VARIANT_WORDS: Final = (r"нұсқа",)
"""A group of columns giving one of the options a document compares (`Вариант 1: туннельная печь на угле`)."""

CHOSEN_WORDS: Final = (r"қабылдан", r"таңдал")
"""The option the document takes (`Вариант 2 (принят)`): its columns are the ones in force."""

METHOD_RANGE_HEADERS: Final = (r"анықта\w*\s+шег", r"өлше\w*\s+(?:диапазон|ауқым)", r"анықта\w*\s+(?:диапазон|ауқым)")
"""A column of what the method can measure (`Диапазон измерений`, `Giới hạn phát hiện`): figures beside the
results, no limit of the environment."""

NOTE_HEADERS: Final = (r"^(?:ескерту|ескертпе|ескертулер|ескертпелер)\W*$",)
"""The header of a column of remarks beside the items (`Примечание`): what it says is no field of theirs."""

INTERVAL_DAYS_WORDS: Final = (r"аралы\w*.*тәул",)
"""A header saying its figures are days between samples (`Интервал между отборами проб, сут.`)."""

DRY_MATTER_WORDS: Final = (r"құрғақ\s+(?:зат|қалдық|масса)",)
"""A mass counted dry (`Сухое вещество, т/год`): a sludge's amount is its mass as it leaves, wet."""

NET_WORDS: Final = (r"нетто", r"таза\s+(?:салмағ|масса)")
"""The net mass of a weighing (`нетто, кг`, `KL hàng`), beside the gross and the tare."""

BACKGROUND_WORDS: Final = (r"(?<![^\W\d_])фон", r"(?<![^\W\d_])аялық")
"""A point that gives the background others are judged against (`Ф-1 (фон)`)."""

WASTE_KIND_WORDS: Final = (r"қалдық",)
"""A stream's class that makes it a waste (`Қалдық` beside `Өнім`, `Шикізат` in a material balance)."""

RATE_NORM_WORDS: Final = (r"(?<![^\W\d_])(?:ндш|шжш|жшн)(?![^\W\d_])", r"норматив")
"""The norm among pairs of rates (`қазіргі жағдай | ШЖШ`)."""
RATE_STAGE_WORDS: Final = (r"қазіргі", r"режим")
"""What sets pairs of rates of one emission apart: the existing position, an operating regime."""

CLASS_HEADERS: Final = (r"^(?:[^\W\d_]+\s+)?(?:түрі|түр|типі|сыныбы|жіктелуі|санаты)$",)
"""A column that classes each row (`Түрі`): in a balance, which streams are wastes."""

NORM_WORDS: Final = (r"норматив", r"\bшжш\b", r"\bшрш\b", r"шекті", r"рұқсат етілген", r"\bлимит", r"\bкэр\b", r"рұқсат")
"""A table or its caption that sets norms: a concentration beside the rates is the norm at the source."""

SHARE_WORDS: Final = (r"үлес\w*", r"еселіг",)
"""Headers of values given as shares (multiples) of a limit, not limits (`доли ПДК`)."""
EXISTING_POSITION_WORDS: Final = (r"қазіргі\s+жағдай", r"қолданыстағы\s+жағдай")
"""The discharge or emission before the norms a project sets (`Существующее положение (2025 г.)`): no result checked
against them."""

AMENDED_WORDS: Final = (r"^болады$", r"(?:өзгеріс|түзету|ресімдеу)\w*\s+кейін", r"жаңа\s+редакц", r"оқылуы\s+тиіс", r"^түзетілд\w*",)
"""A column of the values an amendment puts in force (`стало`), beside those it replaces."""

SUPERSEDED_WORDS: Final = (r"^болды$", r"(?:өзгеріс|түзету|ресімдеу)\w*\s+дейін", r"бұрынғы", r"^басылған", r"қате\s+көрсетіл",)
"""A column of the values an amendment replaces (`было`)."""

MONTH_HEADERS: Final = (r"\bай(?:лар(?:ы|да)?|ы|да)?\b",)
"""A header over a schedule's month columns (`Месяцы отбора проб`), which tells `T1 … T12` from points."""

WEEKDAY_WORDS: Final = (r"дс|сс|ср|бс|жм|сн|жс|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі",)
"""The days of the week a schedule's columns are headed with (`Пн | Вт | …`), matched whole."""

WEEK_WORDS: Final = (r"[1-5]\s*-?\s*(?:ші|шы|інші|ыншы)?\s*апта\w*", r"апта\s*[1-5]",)
"""The weeks of a month a schedule's columns are headed with (`1-я неделя | … | 4-я неделя`, `Tuần 1`), matched whole."""

ORGANISATION_WORDS: Final = (r"[»\"]\s*(?:ЖШС|АҚ|ММ|КММ|РММ)(?![^\W\d_])", r"(?<![^\W\d_])(?:ЖШС|АҚ|ММ|КММ|РММ)\s*[«\"]",)
"""Legal forms beside a quoted name (`«…» ЖШС`): the title names an organisation."""

COMMITTER_WORDS: Final = (
    r"(?P<who>«[^»]{2,100}»\s*(?:ЖШС|АҚ|ЖК|МКК|ШЖҚ\s+МКК)(?![^\W\d_]))[^.:]{0,300}?\s(?:кепілдік\s+бер\w*|міндеттен\w*|міндеттеме\w*\s+(?:ал|қабылда)\w*)",
    r"(?P<who>«[^»]{2,100}»\s*(?:ЖШС|АҚ|ЖК|МКК))(?:-?(?:ға|ге|қа|ке|на|не))?\s+(?:нұсқайды|міндеттейді)",
)
"""An organisation bound by what follows: undertaking it (`«…» ЖШС … орындауға кепілдік береді`), a letter of
commitment, or ordered to do it (`… департаменті «…» АҚ-ға нұсқайды:`), a prescription; that organisation must do
its tasks, not the letter's addressee or the inspectors."""

ADDRESSEE_WORDS: Final = (r"\s+(?:бас\s+)?(?:директорына|басшысына|төрағасына)\.?$",)
"""The words a letter addresses its recipient by (`Директору …`, `… директорына`, `Kính gửi: …`): the
organisation beside them must do what the letter requires."""

ITEM_UNITS: Final = (r"дана", r"адам", r"бірл\w*",)
"""What a mass is counted per when it is a unit mass, not an amount (`кг/шт`, `kg/cái`)."""

BEFORE_TREATMENT_WORDS: Final = (r"тазартуға\s+дейін", r"тазартусыз", r"^(?:көзден\s+)?бөлін\w*", r"тазартуға\s+түс\w*", r"ұсталған", r"залалсыздандырылған",)
"""Rates before the gas is cleaned (`Выброс до очистки`, `Tải lượng chưa xử lý`): what the plant
makes, not what it emits, when rates after cleaning stand beside them."""

PAYMENT_LABELS: Final = (r"бенефициар", r"(?<![^\W\d_])(?:ббк|тмк|кбк|кнп|жск|бск)(?![^\W\d_])", r"төлем\w* мақсат", r"алушы",)
"""Labels of a payment's details (a fine's beneficiary and budget codes): such a card names who is paid, no facility."""

OTHER_PARTY_WORDS: Final = (r"сервистік\s+(?:ұйым|компания)\w*", r"дайындаушы\w*", r"жеткізуші\w*", r"мердігер\w*", r"әзірлеуші\w*", r"жобалаушы\w*",)
"""Words of another party than the facility's operator (its maker, supplier, contractor, designer): a card's section or
field of theirs gives no field of the facility."""

LOG_CAPTIONS: Final = (r"журнал\w*", r"есепке ал",)
"""A caption naming a log of what was done (`Журнал …`, `Учет технического обслуживания`, `Nhật ký bảo dưỡng`): its
rows are records of the past, no tasks to do."""

REQUIREMENT_HEADERS: Final = (r"қойылатын талаптар?$", r"^талаптар?$",)
"""A column of requirements for what is measured (`Требования к обеззараженным сточным водам`): beside a limit
column, and holding ranges and bounds, a second set of limits."""

AGREED_WORDS: Final = (r"тараптар\s+қабылда\w*", r"^келісілген\w*",)
"""A column of the amounts the parties agreed on (`Принято сторонами, кг`, `Khối lượng thống nhất`), beside each
party's own figures and their difference: the amounts that stand."""

OCCASION_WORDS: Final = (r"(?<![^\W\d_])әр(?:бір)?\s+[^\W\d_]+\s+(?:кейін|сайын|алдында)", r"(?<![^\W\d_])сайын(?![^\W\d_])",)
"""An occasion a check is made at, not a period (`Цистерналарды әр төккеннен кейін`)."""

UNSCHEDULED_WORDS: Final = (r"жоспардан\s+тыс",)
"""An unscheduled check (`внеплановый осмотр`, `kiểm tra đột xuất`): a check of its own, though it has no frequency."""

GENERATED_WORDS: Final = (r"(?:^|\s)түзіл",)
"""A sub-column of a waste movement that gives the amount generated (`Наличие на начало | Образовано | Передано`)."""

UNCHANGED_WORDS: Final = (r"^өзгеріссіз",)
"""A cell of an amendment's new row that keeps the old value (`без изменений`): the value of the row it replaces."""

DITTO_WORDS: Final = (r"^сол\s+сияқты\.?$", r"^сондай\.?$", r"^осындай\.?$", r"^дәл\s+солай\.?$")
"""A cell that repeats the one above it (`то же`); the marks (`-//-`, `〃`) are every language's, in `tables_en`."""

CURRENT_PLACE_WORDS: Final = (r"жаңа\s+(?:орналасу|орын|алаң)", r"қазіргі\s+(?:орналасу|орын|алаң)")
"""A row of a card's places that names the one in use now (`с 15.04.2026 г. (новое место размещения)`)."""

PLAN_HEADER: Final = ('Бақылау нүктесі', 'Бақыланатын заттар', 'Бақылау кезеңділігі')
"""The header a plan is given when its duties stood as sentences in a register's column
(`Мониторинг: ИЗА 0003 – ксилол – 1 раз в квартал`): where, what, how often."""

AIR_STREAM_WORDS: Final = (r"шығатын газ", r"шығарынды", r"атмосфер", r"ауаға")
"""A stream of a solvent or material balance that leaves into the air (`O1 – с отходящими газами`,
`O4 – неуловленные выбросы`), beside those to water, destroyed, to waste or recovered."""

POINT_WORDS: Final = (r"нүкте\w*", r"тұстама\w*", r"створ\w*")
"""The word for a control point beside its id in running text (`(точка КК-2)`, `(КК-2 нүктесі)`, `(điểm NT1)`)."""


LEAD_PARTY_WORDS: Final = (r"ұйымдастыр\w*", r"жүргіз\w*", r"орында\w*", r"^жауапты",)
"""What a responsibility matrix's leading letter means (`О – организует и проводит проверку`): its column does the work."""

LEAD_PARTY_HEADER: Final = "Кім жүргізеді"
"""The header a responsibility matrix's leading parties are gathered under, one column of who does each row."""


EMITTED_WORDS: Final = (r"шығарынды\w*", r"шығарылған",)
"""Words of what went into the air (`Масса выброса, кг`): a mass column so named is the emitted amount."""

PRODUCT_CAPTIONS: Final = (r"(?:шығарылатын|тауарлық|дайын)\s+өнім", r"(?:май|отын|шикізат|реагент)\w*\s+сипаттамас", r"өнім\w*\s+(?:сипаттамас|сапас|көрсеткіш)",)
"""A caption naming a product's specification (`Шығарылатын өнімнің сипаттамасы`): grades of what is sold, no norms of the environment."""

STATE_NETWORK_WORDS: Final = (r"қазгидромет", r"казгидромет", r"гидрометеорологиялық\s+қызмет",)
"""The state's own observation network named as who measures (`РГП «Казгидромет»`): its posts are no duty of the operator."""

CENTRE_WORDS: Final = (r"орталы[ғқ]\w*",)
"""A card's label naming the site's centre (`Центр промышленной площадки`): the point that places the facility."""

ABSENCE_WORDS: Final = (r"болмау\w*", r"болмауға тиіс", r"рұқсат етілмейді",)
"""A norm that allows none (`отсутствие в 100 см3`): its figure is the volume looked in, no limit."""

INFORMED_PARTY_WORDS: Final = (r"хабардар\w*",)
"""What a responsibility matrix's letter means when its column is only told (`И – информируется о результатах`)."""


MEASURING_DUTY_WORDS: Final = (r"өлшеу\w*", r"анықта\w*", r"өлшем\w*", r"бақыла\w*", r"сынама\w*", r"мониторинг\w*")
"""A condition that orders measuring or sampling, whose places, substances and frequency make a monitoring duty."""


COMMITMENT_WORDS: Final = (r"міндеттенеді", r"міндеттеме\w*\s+(?:алады|қабылдайды)")
"""An answer that commits its speaker to do something (a hearing's `обязуется …`): a task of theirs."""


HAZARD_MARKS: Final = {"yes": (r"қ\.?",), "no": (r"қе\.?", r"қ\.?\s?е\.?")}
"""A waste register's one-cell mark for hazardous (`yes`) or not (`no`), in a column of its own."""


UNIT_LABEL_WORDS: Final = (r"^(?:ph\s*)?бірл\.?(?:\s*ph)?$", r"^бірлік\w*(?:\s*ph)?$")
"""A sub-header that gives only the unit (`ед. pH`): the parameter is named in the header above it."""


POST_WORDS: Final = (r"(?:бас\s+)?(?:инженер|механик|энергетик|технолог|эколог)\w*\b", r"(?:[^\W\d_][\w-]*\s+){0,4}(?:бастығы|директоры|басшысы|меңгерушісі|орынбасары)\b")
"""A post that opens a group title (`Главный инженер – …`, `Trưởng ban …`): the officer answerable for the rows under it."""



LIMIT_SAYING_WORDS: Final = (r"(?:мына\s+мәндерден\s+)?аспау\w*\s+тиіс", r"артық\s+болмау\w*\s+тиіс")
"""A condition that caps what follows (`не должны превышать, мг/Нм³: …`): each substance and figure after it a limit."""


CONDITION_HEADERS: Final = (r"^(?:экологиялық\s+)?(?:шарт|шарттар|талап|талаптар)(?:\s+\w+){0,2}$", r"^талаптың мазмұны$")
"""The column of a regulator's conditions (`Экологиялық шарт`, `Талап`): each numbered row one requirement."""
BASIS_HEADERS: Final = (r"^негіздем\w*$", r"^құқықтық негіз")
"""The column that cites where a condition comes from (`Негіздеме`)."""


PARTY_TITLE_WORDS: Final = (r"міндеттемелер\w*", r"^тарап\w*")
"""A section title naming whose duties follow, the party after a dash (`I. Инвестордың міндеттемелері – «…» ЖШС`)."""


EXCEPT_WORDS: Final = (r"басқа", r"қоспағанда")
"""Words that take items out of a range (`0001–0004 (кроме 0002)`, `(0002-ден басқа)`, `KT1 ÷ KT4 (trừ KT3)`)."""


OPERATOR_SAID: Final = (r"оператор",)
"""Words that call a party the operator outright (`Частный партнер (оператор завода)`), over an initiator or an owner."""


POST_HEADERS: Final = (r"^лауазым\w*$",)
"""A column of posts (`Должность`) beside checks: whoever holds the post does them."""

SHIFT_HEADERS: Final = (r"^(?:[ivIV]{1,3}|\d)[-\s]*(?:ші|шы|қы|кі)?\s*ауысым\b", r"^ауысым\s+(?:[ivIV]{1,3}|\d|№\s*\d)\b", r"^(?:күндізгі|түнгі)\s+ауысым\b")
"""A column per shift (`I ауысым 08:00–16:00`): a slot in one of them is a check made every day."""

PER_BATCH_WORDS: Final = (r"\b(?:1\s+)?(?:сериясына|серияға|партиясына|партияға|балқытуға|циклге)\b", r"\b(?:1\s+)?т\s+өнімге\b")
"""An amount for one batch, melt or tonne of product (`1 серияға, кг`): a part of the year's amount beside it."""

ALLOWED_AMOUNT_WORDS: Final = (r"рұқсат\w*", r"бағдарлама\w*\s+бойынша", r"жоспар\w*", r"жобалық", r"жоба\s+бойынша", r"көзделген")
"""A column of the amount a permit, programme or project allows or plans (`Бағдарлама бойынша, т`), beside the amount
actually formed: the actual one is the waste's."""

HYDRAULIC_QUANTITIES: Final = (r"\bсу\s+деңгей\w*", r"\bдеңгей\w*\s+(?:су|жерасты)", r"\bшығын\w*", r"\bдебит\w*")
"""Quantities of water measured, not substances in it (`Су деңгейі, шығыны`): a row of them is no substance's duty."""

FORECAST_WORDS: Final = (r"болжам\w*", r"есептік", r"есептелген", r"модельде\w*")
"""Figures worked out, not measured (`Болжамды концентрация`): no result to check against a norm."""

INLET_WORDS: Final = (r"тазартуға\s+дейін", r"кіре\s+берісте", r"тазартылмаған")
"""A point before treatment (`тазартуға дейін`), beside the outlet: judged by no norm."""


GROSS_WORDS: Final = (r"брутто", r"ыдысымен", r"қаптамасымен")
"""A mass with its packaging (`Брутто салмағы, кг`) beside the net mass: the net is the waste's."""

PREVIOUS_PARTY_WORDS: Final = (r"бұрынғы", r"беруші\s+тарап", r"өзгеріске\s+дейін")
"""A column of the party or values being replaced (`Бұрынғы оператор`), beside the new ones."""

FRACTION_LEGEND: Final = (r"алымында\s*[–—:-]\s*(?P<a>[^,;]+?)\s*[,;]\s*бөлімінде\s*[–—:-]\s*(?P<b>.+)$",)
"""A note that a cell is a fraction (`алымында – нақты концентрация, бөлімінде – ШЖК`): what stands above, below."""

OFFICE_COLUMN_WORDS: Final = (r"бас\s+кеңсе", r"орталық\s+кеңсе", r"заңды\s+мекенжай")
"""A column of the company's office (`Бас кеңсе`) beside its site's: the site is the facility."""

UNIT_TITLE_WORDS: Final = (r"^(?:[^\W\d_]+\s+)?учаскес\w*", r"\bқызмет\w*$", r"\bбөлім\w*$", r"^(?:[^\W\d_]+\s+)?цех\w*", r"зертхана\w*$")
"""A group title naming a unit of the enterprise (`1. Өндірістік учаске`, `Бас механик қызметі`): the unit does the tasks under it."""
