"""Russian: deontic markers, obliged subjects, and the words of regulations and work plans.

Data only; `extractor.nlp.deontic` and the regulation / work-plan extractors
read it. Patterns are regular-expression fragments without unnamed capturing
groups, matched case-insensitively as whole words (a fragment may narrow
itself with look-arounds). The Kazakh and Vietnamese modules hold the same
names in the same shapes and leave out what they have nothing for; a name
only one language needs (`PASSIVE_AFTER`, `CONDITION_END`, `NEGATION_AFTER` …)
is documented where it is used.
"""

from __future__ import annotations

from typing import Final

CODE: Final = "ru"

# ---------------------------------------------------------------- markers

_EPISTEMIC: Final = (
    r"привести|приводить|повлечь|вызвать|вызывать|повлиять|влиять|оказать|оказывать|произойти|"
    r"происходить|возникнуть|возникать|составлять|составить|являться|служить|зависеть|отличаться|"
    r"колебаться|достигать|достигнуть|варьировать\w*|изменяться|превышать|содержать|включать"
)

MARKERS: Final = (
    (r"обязан[аоы]?", "must", None),
    (r"обязуе?т(?:ся|ются)", "must", None),
    (r"должн(?:а|о|ы)?|должен", "must", "must_not"),
    (r"необходимо", "must", None),
    (r"обязательно", "must", None),
    (r"(?<!как\s)следует(?!\s+(?:из|отметить|подчеркнуть|учесть,\s+что))", "must", "must_not"),
    (r"требу(?:е|ю)тся", "must", None),
    (r"подлеж(?:ит|ат)", "must", None),
    (r"запрещ(?:ается|аются|ено|ена|ены|ен)", "must_not", "may"),
    (r"допуска(?:е|ю)тся", "may", "must_not"),
    (r"разреша(?:е|ю)тся|разрешено", "may", "must_not"),
    (r"не\s+мо(?:жет|гут)(?=\s+(?:быть\s|[^\W\d_]+(?:ть|ться|ти|тись|чь|чься)(?![^\W_])))", "must_not", None),
    (r"вправе", "may", "must_not"),
    (r"име(?:ет|ют)\s+прав[оа]", "may", "must_not"),
    (
        r"мо(?:жет|гут)(?=\s+(?!(?:" + _EPISTEMIC + r")(?![^\W_]))"
        r"(?:быть\s+[^\W\d_]+(?:н|т)[аоы]?(?![^\W_])|[^\W\d_]+(?:ть|ться|ти|тись|чь|чься)(?![^\W_])))",
        "may",
        "must_not",
    ),
)
"""(pattern, modality, modality when negated). A negation right before the
marker (NEGATION_BEFORE) or right after it (NEGATION_AFTER) switches to the
third value; None there means the negated phrase obliges nothing (`не обязан`).
`может/могут` is a permission only before an infinitive that is not one of
possibility (`может привести к` is no permission), or before `быть` and a
short participle (`может быть продлен`)."""

NEGATION_BEFORE: Final = (r"не", r"ни")
"""Words that negate the marker right after them (`не обязан`)."""

RELATIVE_PRONOUNS: Final = (r"котор\w+",)
"""A marker in a segment that opens with one of these describes a noun (`сведения, которые должны …`)."""

# ---------------------------------------------------------------- subjects

WORD_ORDER: Final = "svo"
"""`svo`: the subject is everything from its head to the marker; `sov`: it ends with its head."""

ACTOR_HEADS: Final = (
    r"оператор\w*",
    r"природопользовател\w*",
    r"недропользовател\w*",
    r"водопользовател\w*",
    r"землепользовател\w*",
    r"пользовател\w*",
    r"лиц[оауе]?",
    r"организаци\w*",
    r"предприяти\w*",
    r"учреждени\w*",
    r"орган(?:ы|ом|ами|ов|у|е|а|ам)?",
    r"министерств\w*",
    r"ведомств\w*",
    r"комитет\w*",
    r"департамент\w*",
    r"инспектор\w*",
    r"инспекци\w*",
    r"акимат\w*",
    r"аким\w*",
    r"правительств\w*",
    r"заказчик\w*",
    r"инициатор\w*",
    r"исполнител\w*",
    r"подрядчик\w*",
    r"владел\w*",
    r"собственник\w*",
    r"арендатор\w*",
    r"лаборатори\w*",
    r"руководител\w*",
    r"работник\w*",
    r"персонал\w*",
    r"должностн\w*",
    r"специалист\w*",
    r"граждан\w*",
    r"субъект\w*",
    r"отходообразовател\w*",
    r"перевозчик\w*",
    r"держател\w*",
    r"заявител\w*",
    r"эксперт\w*",
    r"комисси\w*",
    r"служб\w*",
    r"предпринимател\w*",
)
"""Nouns that head an obliged subject (`Оператор объекта обязан …`)."""

ACTOR_OBLIQUE_HEADS: Final = (r"[^\W\d_]+(?:ом|ем|ём|ой|ей|ами|ями|ам|ям|ах|ях|у|ю)",)
"""Head words in the instrumental, dative or prepositional case (`разработанная оператором`): not the subject."""

ACTOR_PREMODIFIERS: Final = (
    r"[^\W\d_]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)",
    r"все",
    r"каждый",
    r"и",
    r"или",
)
"""Words that may stand before the head (`Уполномоченный орган`, `Местные исполнительные органы`)."""

ACTOR_MAX_PREMODIFIERS: Final = 3
"""At most this many premodifiers before the head of a subject."""

ACTOR_PREPOSITIONS: Final = (
    r"в|во|на|для|от|к|ко|по|с|со|из|о|об|при|до|после|между|над|под|через|без|у|перед|за",
)
"""A head right after a preposition is no subject (`… направляются в уполномоченный орган`)."""

ACTOR_CUT: Final = (
    r",\s*(?:котор\w+|[^\W\d_]+(?:ющ|ящ|ащ|ущ|вш|нн)\w*)",
    r"при",
    r"в\s+случае",
    r"в\s+соответствии",
    r"согласно",
    r"в\s+течение",
    r"не\s+позднее",
    r"ежегодно",
    r"ежеквартально",
    r"в\s+целях",
    r"в\s+установленном",
    r"\(\s*далее",
)
"""Where a subject's description stops (`Оператор объекта, указанный в пункте 2,` → `Оператор объекта`)."""

# ---------------------------------------------------------------- duties without a marker

PRESENT_DUTY_VERB: Final = r"[^\W\d_]{2,}(?:ет|ёт|ют|ит|ят|ут|ат)"
"""A finite verb in the third person present (`ведет`, `представляют`, `обеспечивает`): statutes
oblige in the present tense (`Оператор объекта ведет журнал`). Reflexive forms are passives or
descriptions and stay out."""

NOT_DUTY_VERBS: Final = (
    r"явля\w*",
    r"относ\w*",
    r"нес[её]т|несут",
    r"состо\w*",
    r"име(?:ет|ют)",
    r"мо(?:жет|гут)",
    r"буд(?:ет|ут)",
    r"есть",
    r"включа\w*",
    r"содерж\w*",
    r"составля\w*",
    r"превыша\w*",
    r"означа\w*",
    r"вход(?:ит|ят)",
    r"принадлеж\w*",
    r"соответству\w*",
    r"зави(?:сит|сят)",
    r"действу\w*",
    r"вступа\w*",
    r"утрачива\w*",
    r"регулиру\w*",
    r"зна(?:ет|ют)",
    r"отвеча(?:ет|ют)",
    r"получа(?:ет|ют)",
)
"""Verbs that describe, define or attribute (`является`, `несет ответственность`, `отвечает за`):
no duty even after an obliged subject."""

CONDITION_OPENERS: Final = (r"если", r"когда", r"в\s+случае", r"при\s+условии")
"""A verb in a segment opened by these is the condition's (`Если оператор представляет …`)."""

DIRECTIVES: Final = (
    r"^\s*(?P<actor>(?:[^\W\d_]+\s+){0,3}?"
    r"(?:комитет|министерств|департамент|управлени|акимат|аким|орган|ведомств|агентств|оператор"
    r"|недропользовател|природопользовател|руководител|заместител|вице-министр|министр|организаци"
    r"|предприяти|учреждени|инспекци)(?:у|ю|ам|ям)(?![^\W_])(?:\s+[^\s;:]+){0,16}?)\s+"
    r"[^\W\d_]+(?:ть|ти|чь)(?:ся)?(?![^\W_])",
)
"""An order's directive: the body addressed in the dative, then an infinitive (`Комитету
экологического регулирования … обеспечить:`, `Акиматам областей принять меры …`)."""

# ---------------------------------------------------------------- regulations

ARTICLE_WORDS: Final = (r"статья",)
"""The word of an article heading's number (`Статья 12.`)."""

EXCLUDED_ARTICLE_TITLES: Final = (
    r"термин\w*",
    r"основн\w+\s+понят\w*",
    r"^понят\w*",
    r"понятия,?\s+использу\w*",
    r"предмет\w*\s+регулировани\w*",
    r"сфер\w*\s+(?:действия|применения)",
    r"област\w*\s+применения",
    r"вступлени\w*\s+в\s+(?:силу|действие)",
    r"введени\w*\s+в\s+действие",
)
"""Article titles of definitions, scope and entry into force: no obligations there."""

ENACTING_WORDS: Final = (r"приказываю", r"постановля(?:ет|ю)", r"реша(?:ет|ю)", r"решил[аио]?")
"""The formula that closes an order's preamble (`… ПРИКАЗЫВАЮ:`): what follows is the order's body,
not a list the preamble leads into."""

EDITORIAL_NOTES: Final = (r"сноска", r"примечание\s+изпи")
"""Words that open an editor's note on an article's history (`Сноска. Статья 5 с изменением, внесенным
Законом РК от …`): no provision of the act, only its citations."""

DEFINITION_LEADINS: Final = (
    r"использу\w+\s+следующ\w+\s+(?:основн\w+\s+)?(?:понятия|термины)",
    r"применя\w+\s+следующ\w+\s+(?:основн\w+\s+)?(?:понятия|термины)",
    r"следующ\w+\s+(?:основн\w+\s+)?(?:понятия|термины)\s+(?:и\s+определения\s+)?(?:и\s+их\s+)?",
    r"понима\w+\s+следующ",
)
"""Lead-ins of a list of definitions (`В настоящих Правилах используются следующие понятия:`)."""

OBLIGATION_TITLES: Final = (
    r"обязанност\w*",
    r"^требовани\w*",
    r"требовани\w*\s+к(?![^\W_])",
    r"обязательн\w+\s+требовани\w*",
)
"""Article titles that say the article states duties or requirements (`Обязанности операторов`)."""


TITLE_ACTOR: Final = (r"^(?:права\s+и\s+)?обязанност\w*\s+(?:и\s+права\s+)?(?P<actor>[^\W\d_].+)$",)
"""Who a title of duties names (`Обязанности недропользователей` → `недропользователей`)."""

KIND_WORDS: Final = {
    "reporting": (
        r"отч[её]т\w*",
        r"уведом\w*",
        r"информир\w*",
        r"(?:представл|направл|переда)\w*\s+(?:\w+\s+){0,3}(?:сведени|информаци|данн)\w*",
        r"(?:сведени|информаци|данн)\w*\s+(?:\w+\s+){0,3}(?:представл|направл|переда)\w*",
    ),
    "monitoring": (
        r"мониторинг\w*",
        r"производственн\w+\s+экологическ\w+\s+контрол\w*",
        r"отбор\w*\s+проб",
        r"замер\w*",
        r"измерени\w*",
    ),
    "inspection": (r"проверк\w*", r"проверя(?:ет|ют|ть|ется|ются)\b", r"инспекци\w*", r"обследовани\w*", r"обследу(?:ет|ют|ется|ются)\b", r"осмотр\w*", r"осматрива(?:ет|ют|ть|ется|ются)\b"),
    "waste": (r"отход\w*",),
}
"""Words in the action (after the marker) that make an obligation reporting, monitoring or inspection."""

# ---------------------------------------------------------------- work plans

TASK_HEADERS: Final = (
    r"мероприят",
    r"^услови[ея]$",
    r"^требовани[ея]$",
    r"задач",
    r"действи",
    r"содержание\s+(?:работ|мероприят|задач)",
    r"наименование\s+(?:работ|задач|действ)",
    r"вид\w*\s+работ",
    r"^работ[аы]$",
)
"""Header words of a plan's task column, where the shared column roles miss them."""

DEADLINE_HEADERS: Final = (
    r"срок(?!\w*\s+(?:действи|годност|службы|эксплуатаци))",  # not `Срок действия`: how long a certificate holds
    r"дата\s+(?:исполнения|выполнения)",
    r"период\s+(?:исполнения|выполнения|реализации)",
)

LEAD_ACTOR_HEADERS: Final = (r"руководител", r"ответствен", r"исполнител")
"""Who leads or answers for an item, preferred to a column of those taking part (`Участники | Руководитель`)."""

ACTOR_HEADERS: Final = (r"ответствен", r"исполнител", r"^исполнит\.?$", r"кто\s+(?:исполняет|выполняет)")

CONTINUOUS_DEADLINES: Final = (
    r"постоянно",
    r"на\s+постоянной\s+основе",
    r"регулярно",
    r"систематически",
    r"в\s+течение\s+всего\s+(?:периода|срока)",
)
"""Deadline cells of a standing task: `continuous`."""

AS_NEEDED_DEADLINES: Final = (
    r"по\s+мере\s+(?:необходимости|поступления|готовности)",
    r"по\s+необходимости",
    r"при\s+необходимости",
    r"по\s+(?:требованию|запросу)",
)
"""Deadline cells of a task done as the need arises: no frequency."""

YEAR_END_PHRASES: Final = (r"в\s+течение\s+(?:всего\s+)?года", r"до\s+конца\s+года", r"конец\s+года")
"""Deadline cells that mean "by the end of the plan's year"."""

HALF_YEAR_PHRASES: Final = {
    r"(?:I|1)\s*(?:-?е)?\s+полугоди\w*|перв\w+\s+полугоди\w*": 6,
    r"(?:II|2)\s*(?:-?е)?\s+полугоди\w*|втор\w+\s+полугоди\w*": 12,
}
"""Half-year deadline cells → the month they end in."""


ORDER_NOT: Final = (r"^\s*не\s+(?:допуск|производ|осуществл|размещ|сжиг|сбрасыв|складир|использ|превыш)\w*(?:ть|ться)(?![^\W_])",)
"""A condition that forbids as an order without a marker, a negated infinitive at its head (`Не допускать
сжигания …`): a table of a regulator's conditions reads it as a prohibition."""
