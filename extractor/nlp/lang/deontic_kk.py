"""Kazakh: deontic markers, obliged subjects, and the words of regulations and work plans.

Data only, in the shapes documented in `deontic_ru.py`. Kazakh is verb-final:
the marker closes the sentence (`Оператор … жүргізуге міндетті`), its
negation follows it (`міндетті емес`), and the subject is the noun group that
opens the sentence and ends with its head (`I және II санаттағы объектілердің
операторлары`). `болады` is "may" only after a dative infinitive
(`пайдалануға болады`); elsewhere it is "will be".
"""

from __future__ import annotations

from typing import Final

CODE: Final = "kk"

# ---------------------------------------------------------------- markers

_DATIVE_INFINITIVE: Final = r"(?:(?<=уға\s)|(?<=уге\s)|(?<=юға\s)|(?<=юге\s))"

MARKERS: Final = (
    (_DATIVE_INFINITIVE + r"міндетті|міндетті(?=\s*(?:[.;:)]|$|түрде|емес))", "must", None),
    (r"міндеттеледі|міндеттенеді", "must", None),
    (r"тиіс", "must", "must_not"),
    (r"қажет(?!\s+(?:болған|болса|болғанда|болып))", "must", None),
    (r"керек(?!\s+(?:болған|болса|болғанда))", "must", None),
    (r"тыйым\s+салынады", "must_not", None),
    (r"тыйым\s+салынбайды", "may", None),
    (r"жол\s+берілмейді", "must_not", None),
    (r"жол\s+беріледі", "may", None),
    (r"рұқсат\s+етілмейді", "must_not", None),
    (r"рұқсат\s+етіледі", "may", None),
    (r"құқылы", "may", "must_not"),
    (r"құқығы\s+бар", "may", None),
    (r"құқығы\s+жоқ", "must_not", None),
    (_DATIVE_INFINITIVE + r"болады", "may", None),
    (_DATIVE_INFINITIVE + r"болмайды", "must_not", None),
)

NEGATION_AFTER: Final = (r"емес",)

# ---------------------------------------------------------------- subjects

WORD_ORDER: Final = "sov"

ACTOR_HEADS: Final = (
    r"оператор\w*",
    r"табиғат\s+пайдаланушы\w*",
    r"жер\s+қойнауын\s+пайдаланушы\w*",
    r"су\s+пайдаланушы\w*",
    r"пайдаланушы\w*",
    r"тұлға\w*",
    r"ұйым\w*",
    r"орган(?!ик)\w*",
    r"министрлі\w*",
    r"комитет\w*",
    r"департамент\w*",
    r"инспектор\w*",
    r"зертхана\w*",
    r"кәсіпорын\w*|кәсіпорн\w*",
    r"мекеме\w*",
    r"басшы\w*",
    r"меншік\s+иес\w*",
    r"иес\w*",
    r"әкімдік\w*|әкімшілік\w*|әкім\w*",
    r"үкімет\w*",
    r"тапсырыс\s+беруші\w*",
    r"бастамашы\w*",
    r"орындаушы\w*",
    r"мердігер\w*",
    r"қызметкер\w*",
    r"маман\w*",
    r"азамат\w*",
    r"субъект\w*",
    r"тасымалдаушы\w*",
    r"өтініш\s+беруші\w*",
    r"комиссия\w*",
)
"""Nouns that head an obliged subject; the subject ends with the head's word."""

ACTOR_OBLIQUE_HEADS: Final = (
    r"(?!тұлға$)\w+(?:мен|пен|бен|ға|ге|қа|ке|ына|іне|нан|нен|дан|ден|тан|тен|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|да|де|та|те)",
)
"""Head words in a case other than the nominative (`органмен`, `операторға`): not the subject.
`-ны/-ні` stay out, they also end possessives (`кәсіпорны`); `тұлға` only looks like a dative."""

ACTOR_PREMODIFIERS: Final = (r"\S+",)
"""In a head-final language every word before the head in its group modifies it."""

ACTOR_MAX_PREMODIFIERS: Final = 6

SUBJECT_BOUNDARIES: Final = (
    r"бойынша",
    r"кезінде",
    r"үшін",
    r"сәйкес",
    r"негізінде",
    r"кейін",
    r"дейін",
    r"жағдайда",
)
"""Postpositions that close an adverbial before the subject (`Мониторинг нәтижелері бойынша оператор …`)."""

# ---------------------------------------------------------------- duties without a marker

PRESENT_DUTY_VERB: Final = r"[^\W\d_]{2,}(?:ады|еді|йды|йді)"
"""A finite verb in the present-future closing the sentence (`жүргізеді`, `ұсынады`, `қамтамасыз
етеді`): statutes oblige in it (`Объект операторы журналды … жүргізеді.`)."""

NOT_DUTY_VERBS: Final = (
    r"\w*(?:ыл|іл)(?:ады|еді)",
    r"\w*[аәеыіоөұүиуя]л(?:ады|еді)",
    r"болады",
    r"табылады",
    r"жатады",
    r"кіреді",
    r"құрайды",
    r"білдіреді",
    r"көтереді",
    r"асады",
    r"аспайды",
)
"""Passives (`жүргізіледі`, `сақталады`, `қолданылады`) and verbs of description (`болып табылады`,
`жауапкершілік көтереді`): no duty."""

DIRECTIVES: Final = (
    r"(?<![^\W_])(?![^\W\d_]*(?:ыл|іл)(?:сын|сін)(?![^\W_]))(?![^\W\d_]*[аәеыіоөұүиуя]л(?:сын|сін)(?![^\W_]))"
    r"[^\W\d_]+(?:сын|сін)\s*[.;]?\s*$",
)
"""An order's directive: an active jussive closing the sentence (`… қамтамасыз етсін.`); passive ones
(`бекітілсін`, `жүктелсін`, `енгізілсін`) approve or amend and oblige no one."""

# ---------------------------------------------------------------- regulations

ARTICLE_WORDS: Final = (r"бап",)

EXCLUDED_ARTICLE_TITLES: Final = (
    r"ұғымдар",
    r"терминдер",
    r"анықтамалар",
    r"реттеу\s+(?:нысанасы|мәні)",
    r"қолданылу\s+(?:аясы|саласы)",
    r"қолданысқа\s+енгіз\w*",
    r"күшіне\s+ен\w*",
)

OBLIGATION_TITLES: Final = (r"міндет\w*", r"талаптар\w*")
"""Article titles of duties or requirements (`Жер қойнауын пайдаланушының міндеттері`)."""


TITLE_ACTOR: Final = (
    r"^(?P<actor>[^\W\d_].*?)(?:ның|нің|дың|дің|тың|тің)\s+(?:құқықтары\s+(?:мен|және)\s+)?міндеттер\w*",
)

ENACTING_WORDS: Final = (r"бұйырамын", r"қаулы\s+етеді", r"шешім\s+қабылдады", r"шешті")
"""The formula that closes an order's preamble (`… ПРИКАЗЫВАЮ:`): what follows is the order's body,
not a list the preamble leads into."""

EDITORIAL_NOTES: Final = (r"ескерту",)
"""Words that open an editor's note on an article's history (`Сноска. Статья 5 с изменением, внесенным
Законом РК от …`): no provision of the act, only its citations."""

DEFINITION_LEADINS: Final = (
    r"мынадай\s+(?:негізгі\s+)?ұғымдар",
    r"пайдаланылатын\s+(?:негізгі\s+)?ұғымдар",
    r"мынадай\s+терминдер",
)

KIND_WORDS: Final = {
    "reporting": (r"есептілік\w*", r"есеп\w*\s+(?:бер|тапсыр|ұсын|жібер)\w*", r"хабарла\w*"),
    "monitoring": (r"мониторинг\w*", r"өндірістік\s+экологиялық\s+бақылау\w*", r"сынама\w*", r"өлше\w*"),
    "inspection": (r"тексер\w*", r"инспекция\w*"),
    "waste": (r"қалдық\w*",),
}

# ---------------------------------------------------------------- work plans

TASK_HEADERS: Final = (r"^шарт(?:тар)?(?:ы)?$", r"^талап(?:тар)?(?:ы)?$", r"іс-шара", r"іс\s+шара", r"міндет", r"жұмыс\w*\s+(?:атауы|мазмұны|түрі)", r"^жұмыс(?:тар)?(?:ы)?$", r"атауы")

DEADLINE_HEADERS: Final = (r"(?<!жарамдылық )(?<!қолданылу )(?<!пайдалану )мерзім", r"уақыт")  # not `Жарамдылық мерзімі`: how long a certificate holds

LEAD_ACTOR_HEADERS: Final = (r"басшы", r"жетекші", r"жауапты", r"орындаушы")
"""Who leads or answers for an item, preferred to a column of those taking part (`Қатысушылар | Басшы`)."""

ACTOR_HEADERS: Final = (r"жауапты", r"орындаушы", r"орындайтын")

CONTINUOUS_DEADLINES: Final = (r"тұрақты(?:\s+(?:түрде|негізде))?", r"үнемі", r"үздіксіз", r"жүйелі\s+түрде")

AS_NEEDED_DEADLINES: Final = (
    r"қажеттілігіне\s+қарай",
    r"қажеттілік\s+бойынша",
    r"қажет\s+болған\s+жағдайда",
    r"сұрау\s+бойынша",
)

YEAR_END_PHRASES: Final = (
    r"жыл\s+бойы",
    r"жыл\s+ішінде",
    r"жылдың\s+соңына\s+дейін",
    r"жыл\s+соңына\s+дейін",
)

HALF_YEAR_PHRASES: Final = {
    r"(?:I|1)\s*(?:-?ші)?\s+жартыжылдық\w*|бірінші\s+жартыжылдық\w*": 6,
    r"(?:II|2)\s*(?:-?ші)?\s+жартыжылдық\w*|екінші\s+жартыжылдық\w*": 12,
}


ORDER_NOT: Final = (r"(?:жол\s+)?бермеу(?![^\W_])", r"(?<![^\W_])(?:тыйым\s+салынады)")
"""A condition that forbids as an order without a marker (`… жағуға жол бермеу`): a table of a regulator's
conditions reads it as a prohibition."""
