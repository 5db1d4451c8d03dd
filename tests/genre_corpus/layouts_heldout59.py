"""A blind held-out set (two layouts per role, `HN1` and `HN2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: fisheries and agro-processing, small processors, cooperatives and the provincial bodies over them. Kazakhstan:
fish processors, a fishmeal plant and smokehouse at Aralsk, fishing cooperatives on the Small Aral and in the Ili delta
of Lake Balkhash, pond and cage fish farms, a fish cannery at Atyrau, sugar factories of Zhambyl oblast working a beet
campaign, a rice mill of Kyzylorda oblast burning its husk (a basin fisheries inspection's register, the cover of a
water-accounting journal, a department's questionnaire filled in by hand, a monthly register of actual emissions, a
category III declaration, a cooperative's waste journal, a fish farmer's hydrochemistry notebook, reports on ПЭК, a
programme of commissioning local treatment works, a cooperative's plan of checks by fishing period, a PRP schedule of
ISO/TS 22002-1, a donor project's logical framework, a chairman's order sharing out a shore clean-up). Vietnam: shrimp
farms, hatcheries and shrimp–rice cooperatives of Cà Mau, a fishmeal plant in An Giang, a pangasius plant in Đồng Tháp, a
crab and squid plant at Sông Đốc, rubber latex plants and cashew processors of Đồng Nai (formerly Bình Phước), a sugar
mill of Tây Ninh, a coffee wet-processing plant of Đắk Lắk (a Chi cục's book of aquaculture establishments, the cover of a
sổ nhật ký vận hành, a Sở's phiếu điều tra, the automatic monitoring report of a crushing season, a đăng ký môi trường, a
cooperative's sổ theo dõi chất thải, a pond-water book against QCVN 02-19:2014/BNNPTNT, a báo cáo công tác bảo vệ môi
trường, a GPMT's programme, a kế hoạch vận hành thử nghiệm, SSOP schedules, an IFAD sub-project's khung logic, a
cooperative's bảng phân công). Many tables are registers and notebooks kept by hand and typed as they were written, with
ditto marks, blank slots, dashes and seasons in which nothing was done.

Facility: an extract of a basin fisheries inspection's register whose header row is nothing but the graph numbers `1 …
10`, their meaning told only in the `порядок заполнения граф` paragraph before the table, the entity and its BIN, the
place with its KATO, the centre in degrees, minutes and seconds and the category in graphs of their own among areas,
capacities, species and dates (VI: a provincial fisheries sub-department's book, `(1) … (10)` and `Cách ghi sổ: cột (1)
– …`, decimal degrees, the farm's identification code as a distractor) (HN1); the cover of a sugar factory's journal of
primary water accounting typed as a table, the journal's own lines (number, begun, ended, keeper, meter, permit for
special water use) among the user's and the object's, three coordinate pairs in one notation — the industrial site's,
the river intake's and the outlet's — under `ВОДОЗАБОР` and `ВОДООТВЕДЕНИЕ` section rows, the first page of entries as
a table of no role (VI: the cover of a rubber plant's logbook of its waste-water works with the plant, the outfall and
the well each in decimal degrees, a day's log of no role) (HN2).

Emissions: a department's questionnaire filled in by hand by a fishmeal plant and typed as written, a row per source
followed by three positional slots `Загрязняющее вещество 1 | 2 | 3` each `код | г/с | т/год`, the pollutants by their
codes only, a source with more than three carrying on in a next row whose source cells say `–//–`, the total in a
sentence (VI: a Sở's survey form filled in by a cashew processor, `Chất ô nhiễm 1 | 2 | 3`, continuation rows `nt`, no
source numbers) (HN1); a sugar factory's register of actual emissions month by month for the calendar year, one table per
source, the months between the campaigns `не работал`, the year's total the tonnes and a last row of the greatest grams a
second (VI: a sugar mill's automatic monitoring report, a table per bagasse boiler, `Ngừng vận hành (ngoài vụ ép)`, `Cả
năm 2025` and `Tải lượng giờ lớn nhất (g/s)`) (HN2).

Wastes: a rice mill's declaration of a category III object with all its emissions in one table — air as totals and
`твердые / газообразные` without a pollutant, waste water in cubic metres, then `Отходы производства и потребления,
всего` and the wastes `3.1`, `3.2` with their codes (VI: a cashew processor's đăng ký môi trường, waste water per day and
waste gas without figures above ordinary wastes in tonnes and CTNH in kilograms under Roman section rows) (HN1); a fishing
cooperative's journal of wastes typed line by line, each line a consignment with the name and code written `–//–` under
the same waste, the year's amount of each waste only in an `Итого за 2025 год по видам отходов` block closing the table
(VI: a shrimp cooperative's sổ theo dõi with `nt` and a `CỘNG NĂM 2025` block, CTNH among pond sludge and feed bags) (HN2).

Limits: a carp farm's hydrochemistry notebook, a norm row under the header giving dissolved oxygen as a lower bound only
(`не менее 6`), pH as a range and the nitrogen forms as upper bounds, temperature and transparency without a norm, each
pond or canal a row spanning the table over its weekly dawn samplings, nitrites not always measured (VI: a shrimp farm's
book against QCVN 02-19:2014/BNNPTNT, `≥ 3,5` for DO, `7 đến 9`, `≤ 0,3` for NH3 and H2S, which no key of the water list
names) (HN1); a fish cannery's two outlets in one table, each a row spanning it with its receiver, then its own `ДК` row
— the city sewer's conditions of acceptance for one, the discharge norms for the other — and the quarters' results, the
quarters without production one merged row, fats without a code and normed at one outlet only (VI: a crab and squid
plant's production outfall against QCVN 11-MT:2015/BTNMT column B and its domestic outfall against QCVN 14:2008/BTNMT
column B, `Không lấy mẫu` in the round the plant stood still) (HN2).

Monitoring: a fishmeal plant's programme of impact monitoring whose `когда` column speaks the plant's calendar instead
of a frequency — `ежемесячно в период работы цеха`, `в середине каждой путины`, `по окончании каждой путины`, `перед
началом весенней путины` — with two fishing seasons a year said only in the sentence before the table (VI: a shrimp farm
with two crops a year, `Giữa mỗi vụ nuôi`, `Trước khi lấy nước vào ao lắng mỗi vụ`, `Cuối mùa khô hằng năm`) (HN1); the
sampling programme of a fish plant's new treatment works during commissioning, the parameters as rows and two column
groups whose merged titles carry the frequency — start-up `1 раз в 15 суток`, which is none of the contract's, and
complex testing `ежедневно в течение 7 суток` — over the inlet, the flotator and the outlet, `+` where a sample is
taken, a flow row of no substance (VI: the trial operation of a rubber plant's works by Nghị định 08/2022, `15 ngày/lần`
and `01 ngày/lần (07 ngày)`) (HN2).

Inspections: a fishing cooperative's plan of checks laid out by the fishing calendar, a row spanning the table per period
— before the spring season, spring season, between seasons, autumn season, ice fishing — the same pond or shop under
several periods at other frequencies, checks before the season or before launching the boats with no frequency (VI: a
coffee wet-processing plant before, during and outside the processing season) (HN1); a fish cannery's schedule of checks
of its food-safety prerequisite programmes, a row spanning the table per section of ISO/TS 22002-1 (utilities, waste
disposal, pest control), the record form's code first, checks every shift beside daily to yearly ones (VI: a pangasius
plant's SSOP schedule, `SSOP 10 – Kiểm soát chất thải` among the water, chemicals and pest sections, `Mỗi ca`) (HN2).

Tasks: the logical framework of a donor-funded fisheries project joined with its implementation plan, rows for the goal
and the results with indicators and sources of verification but no one responsible and no term, the activities `1.1`,
`2.2` with theirs — only the activities are tasks (VI: the khung logic of an IFAD shrimp–rice cooperative sub-project)
(HN1); a cooperative chairman's order sharing out a shore clean-up among the brigades, the work merged down the second
column over the sections of shore or the camps, each row its own number, section, length, brigade and dates (VI: a
shrimp–rice cooperative's sharing out of dredging its common canal and strengthening its settling ponds among its
cooperative groups) (HN2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, maybe_distractor, num, rate
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Балқаш Балық` of `ТОО «Балқаш Балық»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    return f"{prefix}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise (or cooperative) number registered in the province of `prefix`."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _dms(value: float) -> tuple[str, float]:
    """`46°50′31″` to whole seconds and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600)
    if s >= 60:
        m, s = m + 1, 0
    if m >= 60:
        d, m = d + 1, 0
    return f"{d}°{m:02d}′{s:02d}″", d + m / 60 + s / 3600


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# frequencies the common table does not carry
MORE_FREQ = {
    "daily": {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"},
    "weekly": {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"},
}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    return MORE_FREQ[word][doc.lang] if word in MORE_FREQ else freq(doc, word)


# hazard classes of the list of pollutants (air-pollutants-kz-2444.tsv); None where only an ОБУВ is set
HAZARD = {"0301": 3, "0304": 3, "0330": 3, "0337": 4, "0328": 3, "0333": 2, "0303": 4, "1715": 4, "1862": 4, "1301": 2,
          "1555": 3, "1071": 2, "1325": 2, "2902": 3, "2908": 3, "2909": 3, "2973": None, "0410": None}
# code: (RU, KK, VI) of pollutants the vocabulary does not name
EXTRA = {
    "1862": ("Триметиламин", "Триметиламин", "Trimetylamin"),
    "1715": ("Метантиол (метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan"),
    "1301": ("Проп-2-ен-1-аль (Акролеин)", "Акролеин", "Acrolein"),
    "1555": ("Этановая кислота (Уксусная кислота)", "Сірке қышқылы", "Axit axetic"),
    "1071": ("Гидроксибензол (Фенол)", "Гидроксибензол (фенол)", "Phenol"),
    "2973": ("Пыль сахара, сахарной пудры (сахарозы)", "Қант шаңы (сахароза)", "Bụi đường"),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния менее 20%", "Бейорганикалық шаң: кремний қостотығы 20%-дан кем",
             "Bụi vô cơ (đá vôi)"),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _vi_stack(code: str) -> str:
    """A pollutant as Vietnamese stack-gas tables name it: `Bụi tổng`, then formulas (`SO2`, `NO2`, `CO`, `NH3`)."""
    return vocab.air(code, "vi", 0 if code == "2902" else 1)


# ---------------------------------------------------------------- facility

# (RU operator, KK operator, RU object, KK object, RU place, KK place, KATO prefix, lat, lon, RU size, KK size, RU kinds, KK kinds,
#  category)
BASIN_REGISTER = (
    ("ТОО «Балқаш Балық Өнімдері»", "«Балқаш Балық Өнімдері» ЖШС", "Рыбоперерабатывающий цех (посол, копчение, заморозка)",
     "Балық өңдеу цехы (тұздау, ыстау, мұздату)", "Карагандинская обл., г. Балхаш, ул. Приозерная, 14",
     "Қарағанды облысы, Балқаш қ., Приозерная к., 14", "35", 46.842, 74.981, "2 400 т сырца в год", "жылына 2 400 т шикізат",
     "судак, лещ, сазан", "көксерке, тыран, сазан", "III"),
    ("ТОО «Іле Аквакультура»", "«Іле Аквакультура» ЖШС", "Прудовое рыбоводное хозяйство «Бақанас»", "«Бақанас» тоған балық шаруашылығы",
     "Алматинская обл., Балхашский р-н, с. Бақанас, 4 км севернее села", "Алматы облысы, Балқаш ауданы, Бақанас а., ауылдан солтүстікке қарай 4 км",
     "19", 44.851, 76.283, "пруды 86 га", "тоғандар 86 га", "карп, толстолобик, белый амур", "тұқы, дөңмаңдай, ақ амур", "III"),
    ("ПК «Қарой Балықшылары»", "«Қарой Балықшылары» ӨК", "Рыбоприемный пункт на протоке Жидели (Иле-Балхашский резерват – буферная зона)",
     "Жиделі сағасындағы балық қабылдау пункті (Іле-Балқаш резерваты – буферлік аймақ)", "Алматинская обл., Балхашский р-н, с. Қарой",
     "Алматы облысы, Балқаш ауданы, Қарой а.", "19", 45.317, 74.962, "приемка до 600 т в год", "жылына 600 т дейін қабылдау",
     "сазан, судак, сом", "сазан, көксерке, жайын", "IV"),
    ("ТОО «Қапшағай Садок Балық»", "«Қапшағай Садок Балық» ЖШС", "Садковое форелевое хозяйство на Капшагайском водохранилище",
     "Қапшағай су қоймасындағы форель өсіретін садок шаруашылығы", "Алматинская обл., г. Конаев, залив Сарыбулак",
     "Алматы облысы, Қонаев қ., Сарыбұлақ шығанағы", "19", 43.912, 77.118, "садки 1,2 га", "садоктар 1,2 га",
     "радужная форель, осетр", "форель, бекіре", "III"),
    ("ТОО «Приозерск Балық Консерві»", "«Приозерск Балық Консерві» ЖШС", "Рыбоконсервный цех", "Балық консервілеу цехы",
     "Карагандинская обл., г. Приозерск, Промышленная зона, 3", "Қарағанды облысы, Приозерск қ., Өнеркәсіп аймағы, 3", "35", 46.031,
     73.702, "1 600 т сырца в год", "жылына 1 600 т шикізат", "судак, лещ", "көксерке, тыран", "III"),
)  # fmt: skip
# (owner, facility, place, MSDN prefix, lat, lon, size, kinds, group)
CAMAU_REGISTER = (
    ("Công ty TNHH Thủy sản Vĩnh Hậu", "Khu nuôi tôm thẻ chân trắng siêu thâm canh Vĩnh Hậu", "xã Vĩnh Hậu, tỉnh Cà Mau", "19", 9.214, 105.662,
     "42 ha mặt nước", "tôm thẻ chân trắng", "II"),
    ("Hợp tác xã Nuôi trồng thủy sản Phước Long", "Vùng nuôi tôm – lúa Hợp tác xã Phước Long", "xã Phước Long, tỉnh Cà Mau", "19", 9.431, 105.458,
     "180 ha (luân canh tôm – lúa)", "tôm sú, lúa", "III"),
    ("Công ty Cổ phần Giống thủy sản Nhà Mát", "Trại sản xuất tôm giống Nhà Mát", "phường Hiệp Thành, tỉnh Cà Mau", "19", 9.221, 105.771,
     "1,5 ha; 1,2 tỷ con post/năm", "tôm giống thẻ chân trắng", "III"),
    ("Hợp tác xã Tôm – Cua Gành Hào", "Cơ sở sơ chế tôm, cua Gành Hào", "xã Gành Hào, tỉnh Cà Mau", "19", 9.032, 105.421, "1.200 tấn/năm",
     "tôm, cua biển", "III"),
    ("Công ty TNHH Chế biến thủy sản Năm Căn", "Nhà máy chế biến tôm đông lạnh Năm Căn", "xã Năm Căn, tỉnh Cà Mau", "20", 8.763, 104.998,
     "8.000 tấn sản phẩm/năm", "tôm sú, tôm thẻ", "II"),
)  # fmt: skip


def facility_hn1(doc: Doc) -> None:
    """An extract of a basin fisheries inspection's register of aquaculture entities and fish processors, kept on a printed
    template whose header row holds nothing but the graph numbers `1 | 2 | … | 10`; what each graph means is told only in
    the `порядок заполнения граф` paragraph before the table — the entity in graph 2, its BIN in graph 3, the object in
    graph 4, the place with its KATO in graph 5, the centre in degrees, minutes and seconds in graph 6, the category in
    graph 9, areas, capacities, species and the date of entry as figures of no field (VI: a provincial fisheries
    sub-department's book of aquaculture and processing establishments, `(1) | (2) | …` and `Cách ghi sổ: cột (1) – …`,
    decimal degrees, the farm's identification code as a distractor)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.p("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH CÀ MAU – CHI CỤC THỦY SẢN")
        doc.h("TRÍCH SỔ THEO DÕI CƠ SỞ NUÔI TRỒNG THỦY SẢN VÀ CƠ SỞ SƠ CHẾ, CHẾ BIẾN THỦY SẢN")
        doc.p("(Cập nhật đến ngày 31/12/2025; gửi Phòng Môi trường phục vụ xây dựng kế hoạch kiểm tra năm 2026)")
        doc.p("Cách ghi sổ: cột (1) – số thứ tự; cột (2) – tên chủ cơ sở; cột (3) – mã số doanh nghiệp hoặc mã số hợp tác xã; "
              "cột (4) – tên cơ sở, loại hình; cột (5) – địa chỉ; cột (6) – tọa độ trung tâm cơ sở (hệ WGS-84, độ thập phân, vĩ độ; "
              "kinh độ); cột (7) – diện tích mặt nước hoặc công suất; cột (8) – đối tượng nuôi, sơ chế; cột (9) – nhóm theo tiêu chí "
              "về môi trường (Phụ lục III – V Nghị định số 08/2022/NĐ-CP); cột (10) – mã số cơ sở nuôi do Chi cục cấp.")
        rows = [[f"({k})" for k in range(1, 11)]]
        items = [e for e in CAMAU_REGISTER if r.random() < 0.85] or list(CAMAU_REGISTER[:3])
        for k, (owner, name, place, prefix, lat0, lon0, size, kinds, group) in enumerate(items, 1):
            code = _msdn(doc, prefix)
            lat, lon = round(lat0 + r.uniform(-0.01, 0.01), 5), round(lon0 + r.uniform(-0.01, 0.01), 5)
            rows.append([str(k), owner, code, name, place, f"{num(lat, 'vi')}; {num(lon, 'vi')}", size, kinds, group,
                         f"CM-{r.randint(100, 999)}-{r.choice(('NT', 'SG', 'SC'))}/{r.randint(2019, 2024)}"])
            core = " ".join(name.split()[-2:])
            doc.add("facilities", {"bin": code, "name_contains": core, "category": group, "lat": lat, "lon": lon})
        doc.table("Bảng trích sổ theo dõi", rows, role="facility")
        doc.p("Ghi chú: cơ sở nuôi quảng canh của hộ gia đình không thuộc đối tượng theo dõi tại sổ này.")
        return
    L = _L(doc)
    g = doc.v
    doc.p(g("РГУ «Балхаш-Алакольская межобластная бассейновая инспекция рыбного хозяйства» Комитета лесного хозяйства и животного мира",
            "Орман шаруашылығы және жануарлар дүниесі комитетінің «Балқаш-Алакөл облысаралық бассейндік балық шаруашылығы инспекциясы» РММ", ""))
    doc.h(g("Выписка из реестра субъектов аквакультуры и рыбоперерабатывающих объектов (по состоянию на 01.01.2026)",
            "Аквамәдениет субъектілері мен балық өңдеу объектілері реестрінен үзінді (01.01.2026 жағдай бойынша)", ""))
    doc.p(g("Выписка подготовлена по запросу департаментов экологии Алматинской и Карагандинской областей в отношении объектов, "
            "включенных в реестр в 2024–2025 годах. Реестр ведется на бланке установленной формы.",
            "Үзінді Алматы және Қарағанды облыстарының экология департаменттерінің сұрауы бойынша 2024–2025 жылдары реестрге "
            "енгізілген объектілерге қатысты дайындалды. Реестр белгіленген нысандағы бланкіде жүргізіледі.", ""))
    doc.p(g("Порядок заполнения граф реестра: графа 1 – номер записи; графа 2 – наименование субъекта (юридического лица); "
            "графа 3 – бизнес-идентификационный номер; графа 4 – рыбохозяйственный объект и вид деятельности; графа 5 – "
            "местонахождение объекта и код КАТО; графа 6 – географические координаты центра объекта; графа 7 – площадь водного "
            "зеркала (для водоемов) или мощность (для перерабатывающих объектов); графа 8 – объекты разведения, переработки; "
            "графа 9 – категория объекта согласно статье 12 Экологического кодекса РК; графа 10 – дата включения в реестр.",
            "Реестр бағандарын толтыру тәртібі: 1-баған – жазба нөмірі; 2-баған – субъектінің (заңды тұлғаның) атауы; 3-баған – "
            "бизнес-сәйкестендіру нөмірі; 4-баған – балық шаруашылығы объектісі және қызмет түрі; 5-баған – объектінің орналасқан "
            "жері және ҚАТО коды; 6-баған – объект орталығының географиялық координаттары; 7-баған – су айдынының ауданы (су "
            "айдындары үшін) немесе қуаты (өңдеу объектілері үшін); 8-баған – өсіру, өңдеу объектілері; 9-баған – ҚР Экология "
            "кодексінің 12-бабына сәйкес объект санаты; 10-баған – реестрге енгізілген күні.", ""))
    rows = [[str(k) for k in range(1, 11)]]
    items = [e for e in BASIN_REGISTER if r.random() < 0.85] or list(BASIN_REGISTER[:3])
    kato_word = g("КАТО", "ҚАТО", "")
    north, east = g(("с.ш.", "в.д."), ("с.е.", "ш.б."), ())
    for (op_ru, op_kk, ob_ru, ob_kk, p_ru, p_kk, prefix, lat0, lon0, s_ru, s_kk, k_ru, k_kk, cat) in items:
        bin_, kato = make_bin(r), _kato(doc, prefix)
        lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01))
        lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01))
        number = f"{r.randint(3, 96):03d}/{r.choice((2024, 2025))}"
        when = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{number[-4:]}"
        operator = (op_ru, op_kk)[L]
        rows.append([number, operator, bin_, (ob_ru, ob_kk)[L], f"{(p_ru, p_kk)[L]}; {kato_word} {kato}", f"{lat} {north}\n{lon} {east}",
                     (s_ru, s_kk)[L], (k_ru, k_kk)[L], cat, when])
        doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    doc.table(g("Выписка из реестра", "Реестрден үзінді", ""), rows, role="facility")
    doc.p(g("Начальник инспекции ______________  М.П.", "Инспекция басшысы ______________  М.О.", ""))


# (RU object, KK object, RU operator, KK operator, RU address, KK address, KATO prefix, lat, lon, RU river, KK river)
SUGAR_PLANTS = (
    ("Сахарный завод «Шу Қант»", "«Шу Қант» қант зауыты", "ТОО «Шу Қант»", "«Шу Қант» ЖШС",
     "Жамбылская область, Шуский район, г. Шу, ул. Заводская, 1", "Жамбыл облысы, Шу ауданы, Шу қ., Заводская к., 1", "31", 43.601, 73.764,
     "р. Шу", "Шу өзені"),
    ("Сахарный завод «Меркі Қант»", "«Меркі Қант» қант зауыты", "ТОО «Меркі Қант»", "«Меркі Қант» ЖШС",
     "Жамбылская область, Меркенский район, с. Мерке, ул. Сыпатай батыра, 2", "Жамбыл облысы, Меркі ауданы, Меркі а., Сыпатай батыр к., 2",
     "31", 42.872, 73.186, "р. Мерке", "Меркі өзені"),
    ("Сахарный завод «Қордай Қант»", "«Қордай Қант» қант зауыты", "ТОО «Қордай Қант»", "«Қордай Қант» ЖШС",
     "Жамбылская область, Кордайский район, с. Кордай, Промзона, 5", "Жамбыл облысы, Қордай ауданы, Қордай а., Өнеркәсіп аймағы, 5",
     "31", 43.043, 74.712, "р. Шу", "Шу өзені"),
)  # fmt: skip


def _coords_kz(doc: Doc, lat0: float, lon0: float) -> tuple[str, float, float]:
    lat, lat_v = _dms(lat0)
    lon, lon_v = _dms(lon0)
    north, east = doc.v(("с.ш.", "в.д."), ("с.е.", "ш.б."), ())
    return f"{lat} {north}, {lon} {east}", lat_v, lon_v


def facility_hn2(doc: Doc) -> None:
    """The title page of a sugar factory's journal of primary accounting of water taken and waste water discharged, typed as
    the paper journal's cover: the journal's own lines (its number, begun, ended, who keeps it, the meter and its
    verification, the permit for special water use) among the user's and the object's, and three pairs of coordinates in
    the same notation — the industrial site's (the facility's), the river intake's and the outlet to the filtration
    fields' — under section rows `ВОДОЗАБОР` and `ВОДООТВЕДЕНИЕ`; the first page of entries as a table of no role after it
    (VI: the cover of a rubber plant's logbook of operating its waste-water plant, the plant, the outfall and the
    groundwater well each with decimal coordinates, a day's operating log of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, prefix, lat0, lon0, river_ru, river_kk = doc.pick(SUGAR_PLANTS)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    site, lat_v, lon_v = _coords_kz(doc, lat0 + r.uniform(-0.005, 0.005), lon0 + r.uniform(-0.005, 0.005))
    intake, _, _ = _coords_kz(doc, lat0 + r.uniform(0.008, 0.02), lon0 + r.uniform(-0.02, -0.008))
    outlet, _, _ = _coords_kz(doc, lat0 - r.uniform(0.01, 0.025), lon0 + r.uniform(0.01, 0.03))
    number = r.randint(2, 6)
    doc.h(g(f"{name}. Журналы первичного учета вод на кампанию 2025/2026", f"{name}. 2025/2026 науқанына арналған суды бастапқы есепке алу журналдары", ""))
    permit = f"KZ{r.randint(10, 99)}VTE{r.randint(100000, 999999):08d}"
    meter = r.randint(1200000, 1299999)
    rows = [[g(f"ЖУРНАЛ № {number}\nпервичного учета забора (изъятия) воды и отведения сточных вод\n(ведется по форме Правил первичного учета вод)",
               f"Суды алуды (алып қоюды) және ағынды суларды бұруды\nбастапқы есепке алудың № {number} ЖУРНАЛЫ\n(Суды бастапқы есепке алу қағидаларының нысаны бойынша жүргізіледі)", ""), None],
            [g("Водопользователь", "Су пайдаланушы", ""), operator],
            [g("БИН водопользователя", "Су пайдаланушының БСН", ""), bin_],
            [g("Объект", "Объект", ""), g(f"{name} (переработка сахарной свеклы 3 000 т/сут)", f"{name} (тәулігіне 3 000 т қант қызылшасын өңдеу)", "")],
            [g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""), "II"],
            [g("Адрес промышленной площадки", "Өнеркәсіптік алаңның мекенжайы", ""), (a_ru, a_kk)[L]],
            [g("Код КАТО", "ҚАТО коды", ""), kato],
            [g("Координаты промышленной площадки (центр)", "Өнеркәсіптік алаңның координаттары (орталығы)", ""), site],
            [g("ВОДОЗАБОР", "СУ АЛУ", ""), None],
            [g("Источник водоснабжения", "Сумен жабдықтау көзі", ""),
             g(f"{river_ru}, береговой водозабор насосной станции 1-го подъема", f"{river_kk}, 1-көтеру сорғы станциясының жағалаудағы су алу құрылысы", "")],
            [g("Координаты водозабора", "Су алу орнының координаттары", ""), intake],
            [g("Средство измерения", "Өлшеу құралы", ""),
             g(f"расходомер ультразвуковой № {meter}, поверка действительна до {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026",
               f"№ {meter} ультрадыбыстық шығын өлшегіш, салыстырып тексеру {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026 дейін жарамды", "")],
            [g("ВОДООТВЕДЕНИЕ", "СУ БҰРУ", ""), None],
            [g("Приемник сточных вод", "Ағынды суларды қабылдағыш", ""),
             g("поля фильтрации транспортерно-моечных вод (4 карты, 12,6 га)", "көлік-жуу суларының сүзу алқаптары (4 карта, 12,6 га)", "")],
            [g("Координаты выпуска", "Шығарылым координаттары", ""), outlet],
            [g("Разрешение на специальное водопользование", "Арнайы су пайдалануға рұқсат", ""),
             g(f"№ {permit} от 18.07.2024, действует до 17.07.2029", f"№ {permit}, 18.07.2024 ж., 17.07.2029 дейін қолданылады", "")],
            [g("Журнал начат", "Журнал басталды", ""), "01.09.2025"],
            [g("Журнал окончен", "Журнал аяқталды", ""), "____________"],
            [g("Ответственный за ведение журнала", "Журналды жүргізуге жауапты", ""),
             g("инженер-эколог Сейтказиева Г.М.", "инженер-эколог Сейтқазиева Г.М.", "")]]  # fmt: skip
    merges = [(0, 0, 0, 1), (8, 0, 8, 1), (12, 0, 12, 1)]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    entries = [g(["Дата", "Показания счетчика, м3", "Забрано за сутки, м3", "Сброшено на поля фильтрации, м3", "Подпись"],
                 ["Күні", "Есептегіш көрсеткіші, м3", "Тәулігіне алынды, м3", "Сүзу алқаптарына ағызылды, м3", "Қолы"], [])]
    reading = r.randint(400000, 600000)
    for day in range(1, r.randint(6, 9)):
        taken = r.randint(2100, 3400)
        reading += taken
        entries.append([f"{day:02d}.09.2025", num(reading, doc.lang), num(taken, doc.lang), num(round(taken * r.uniform(0.55, 0.7)), doc.lang), ""])
    doc.table(g("Стр. 1. Сентябрь 2025 г.", "1-бет. 2025 ж. қыркүйек", ""), entries, role="other")


RUBBER_PLANTS = (
    ("Nhà máy chế biến mủ cao su Lộc Thành", "Công ty TNHH MTV Cao su Lộc Thành", "ấp 3, xã Lộc Thành, tỉnh Đồng Nai (trước đây huyện Lộc Ninh, tỉnh Bình Phước)",
     "38", 11.832, 106.559, "suối Cần Lê"),
    ("Nhà máy chế biến mủ cao su Bù Đốp", "Công ty Cổ phần Cao su Bù Đốp Xanh", "ấp Tân Lập, xã Thiện Hưng, tỉnh Đồng Nai (trước đây huyện Bù Đốp, tỉnh Bình Phước)",
     "38", 11.985, 106.821, "suối Rạt"),
    ("Nhà máy chế biến mủ cao su Tân Biên", "Công ty Cổ phần Cao su Tân Biên Mới", "ấp Thạnh Phú, xã Tân Biên, tỉnh Tây Ninh", "39", 11.551, 106.012,
     "rạch Cần Đăng"),
)  # fmt: skip


def _facility_hn2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, prefix, lat0, lon0, stream = doc.pick(RUBBER_PLANTS)
    msdn = _msdn(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    out_lat, out_lon = round(lat - r.uniform(0.003, 0.008), 5), round(lon + r.uniform(0.004, 0.009), 5)
    well_lat, well_lon = round(lat + r.uniform(0.001, 0.003), 5), round(lon - r.uniform(0.001, 0.003), 5)
    doc.h(f"{name.upper()} – SỔ NHẬT KÝ VẬN HÀNH CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG")
    book = r.randint(1, 3)
    rows = [[f"SỔ NHẬT KÝ VẬN HÀNH HỆ THỐNG XỬ LÝ NƯỚC THẢI\n(Quyển số {book:02d}/2025)", None],
            ["Tên cơ sở", name],
            ["Chủ cơ sở", owner],
            ["Mã số doanh nghiệp", msdn],
            ["Địa chỉ", place],
            ["Phân loại theo tiêu chí môi trường", "Nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"],
            ["Tọa độ khu vực nhà máy (WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ"],
            ["Hệ thống xử lý nước thải", f"Công suất thiết kế {num(r.choice((600, 800, 1000)), 'vi')} m3/ngày.đêm; bể gạn mủ – bể kỵ khí – "
                                         "mương oxy hóa – hồ sinh học"],
            ["Tọa độ điểm xả nước thải sau xử lý", f"{num(out_lat, 'vi')}° B; {num(out_lon, 'vi')}° Đ (xả ra {stream})"],
            ["Tọa độ giếng khai thác nước dưới đất G1", f"{num(well_lat, 'vi')}° B; {num(well_lon, 'vi')}° Đ"],
            ["Giấy phép môi trường", f"Số {r.randint(100, 480)}/GP-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
            ["Ngày bắt đầu ghi sổ", "02/01/2025"],
            ["Người ghi sổ", f"{doc.pick(('Nguyễn Văn Tâm', 'Lê Hoàng Phúc', 'Trần Minh Luân'))} – Tổ trưởng tổ vận hành"]]
    doc.table(None, rows, [(0, 0, 0, 1)], role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat, "lon": lon})
    log = [["Ngày", "Ca", "Lưu lượng vào (m3)", "Điện năng (kWh)", "Hóa chất PAC (kg)", "Bùn xả (m3)", "Người ghi"]]
    for day in range(2, r.randint(6, 9)):
        for shift in ("1", "2"):
            log.append([f"{day:02d}/01/2025", shift, num(r.randint(180, 420), "vi"), num(r.randint(300, 650), "vi"), str(r.randint(10, 40)),
                        num(round(r.uniform(0.5, 3.5), 1), "vi"), ""])
    doc.table("Trang 1 – Nhật ký vận hành tháng 01/2025", log, role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, hours a year, [(code, (low, high) g/s)])
ARAL_SOURCES = (
    ("0001", "Сушильный барабан рыбомучной установки (топка на дизельном топливе)",
     "Балық ұны қондырғысының кептіру барабаны (дизель отынындағы оттық)", 2900,
     [("0301", (0.02, 0.06)), ("0304", (0.003, 0.01)), ("0337", (0.05, 0.15)), ("0328", (0.002, 0.008)), ("1862", (0.004, 0.012)),
      ("0303", (0.01, 0.03))]),
    ("0002", "Вытяжная труба варочно-прессового отделения (после скруббера)", "Пісіру-престеу бөлімшесінің сору құбыры (скрубберден кейін)", 2900,
     [("0303", (0.008, 0.025)), ("0333", (0.0004, 0.0015)), ("1862", (0.003, 0.009)), ("1715", (0.00005, 0.0002))]),
    ("0003", "Дымогенератор коптильной камеры (опилки лиственных пород)", "Ыстау камерасының түтін генераторы (жапырақты ағаш үгіндісі)", 1800,
     [("0337", (0.03, 0.09)), ("0301", (0.002, 0.006)), ("0328", (0.004, 0.012)), ("1071", (0.0003, 0.001)), ("1555", (0.002, 0.006)),
      ("1325", (0.0004, 0.0012))]),
    ("0004", "Дымовая труба котельной (уголь Шубаркольский)", "Қазандықтың түтін мұржасы (Шұбаркөл көмірі)", 4300,
     [("0301", (0.03, 0.08)), ("0304", (0.005, 0.013)), ("0330", (0.06, 0.18)), ("0337", (0.2, 0.5)), ("2908", (0.05, 0.2))]),
    ("6001", "Склад угля (открытый)", "Көмір қоймасы (ашық)", 8760, [("2908", (0.004, 0.015))]),
    ("6002", "Площадка временного хранения отходов разделки рыбы", "Балық бөлшектеу қалдықтарын уақытша сақтау алаңы", 2900,
     [("0303", (0.001, 0.004)), ("0333", (0.0001, 0.0004)), ("1715", (0.00001, 0.00004))]),
)  # fmt: skip
# (VI source, height m, hours a year, [(code, (low, high) g/s)])
CASHEW_SOURCES = (
    ("Lò hơi hấp hạt điều 2 tấn hơi/giờ (đốt vỏ hạt điều)", 18, 6000,
     [("2902", (0.15, 0.45)), ("0330", (0.05, 0.15)), ("0301", (0.08, 0.2)), ("0337", (0.2, 0.6))]),
    ("Lò sấy nhân điều (đốt củi cao su)", 12, 5200, [("2902", (0.05, 0.15)), ("0337", (0.1, 0.3)), ("0301", (0.02, 0.06))]),
    ("Hệ thống hút bụi khu bóc vỏ lụa, phân loại nhân", 10, 6000, [("2902", (0.03, 0.09))]),
    ("Máy phát điện dự phòng 250 kVA", 5, 300, [("0301", (0.1, 0.3)), ("0330", (0.01, 0.04)), ("0337", (0.03, 0.09))]),
)


def _slots(items: list, size: int = 3) -> list[list]:
    return [items[k:k + size] for k in range(0, len(items), size)]


def emissions_hn1(doc: Doc) -> None:
    """A questionnaire the oblast's department sent to the fish processors of the Aral district and that a fishmeal plant
    filled in by hand, typed as it was written: a row per source (number, name, type, hours) followed by three positional
    slots `Загрязняющее вещество 1 | 2 | 3`, each `код | г/с | т/год` under its merged title, the pollutants by their codes
    only; a source emitting more than three pollutants carries on in a next row whose source cells say `–//–`, empty
    slots left blank, the plant's total in a sentence after the table (VI: a provincial survey form filled in by a cashew
    processor, `Chất ô nhiễm 1 | 2 | 3` each `tên | g/s | tấn/năm`, continuation rows marked `nt`)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.p(g("ГУ «Управление природных ресурсов и регулирования природопользования Кызылординской области»",
            "«Қызылорда облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ", ""))
    doc.h(g("Анкета (опросный лист) для инвентаризации выбросов загрязняющих веществ объектов рыбной отрасли Аральского района",
            "Арал ауданының балық саласы объектілерінің ластаушы заттар шығарындыларын түгендеуге арналған сауалнама (сұрақ парағы)", ""))
    doc.p(g("Раздел 1 заполнен ТОО «Арал Теңізі Балық» (рыбомучной цех и коптильня, г. Аральск, ул. Бөгенбай батыра). Раздел 2 "
            "заполнен технологом предприятия от руки и перепечатан без изменений; значения выбросов приняты по проекту НДВ 2023 года.",
            "1-бөлімді «Арал Теңізі Балық» ЖШС толтырды (балық ұны цехы және ыстау цехы, Арал қ., Бөгенбай батыр к.). 2-бөлімді "
            "кәсіпорын технологы қолмен толтырды және өзгеріссіз қайта басылды; шығарынды мәндері 2023 жылғы ЖШН жобасы бойынша "
            "қабылданды.", ""))
    doc.h(g("Раздел 2. Источники выбросов и выбрасываемые вещества", "2-бөлім. Шығарынды көздері және шығарылатын заттар", ""))
    slot = g("Загрязняющее вещество", "Ластаушы зат", "")
    rows = [[g("№ ИЗА", "ЛШК №", ""), g("Наименование источника", "Көздің атауы", ""), g("Тип", "Түрі", ""),
             g("Время работы, ч/год", "Жұмыс уақыты, сағ/жыл", ""),
             f"{slot} 1", None, None, f"{slot} 2", None, None, f"{slot} 3", None, None],
            [None, None, None, None, *[g("код", "коды", ""), g("г/с", "г/с", ""), g("т/год", "т/жыл", "")] * 3]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6), (0, 7, 0, 9), (0, 10, 0, 12)]
    chosen = [s for s in ARAL_SOURCES if s[0] in ("0001", "0003") or r.random() < 0.75]
    org, unorg = g("орг.", "ұйымдастырылған", ""), g("неорг.", "ұйымдастырылмаған", "")
    ditto = "–//–"
    all_t = []
    for number, n_ru, n_kk, hours, items in chosen:
        figures = []
        for code, (lo, hi) in items:
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            figures.append((code, gs, ty))
            doc.add("emissions", emission(code, gs, ty, number))
            all_t.append(ty)
        for j, part in enumerate(_slots(figures)):
            lead = [number, (n_ru, n_kk)[L], unorg if number.startswith("6") else org, num(hours, doc.lang)] if j == 0 else [ditto] * 4
            cells = []
            for code, gs, ty in part:
                cells += [code, num(gs, doc.lang), num(ty, doc.lang)]
            rows.append(lead + cells + [""] * (9 - len(cells)))
    doc.table(g("Таблица 2.1", "2.1-кесте", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in chosen))
    doc.p(g(f"Если источник выбрасывает более трех веществ, сведения продолжены в следующей строке («–//–» – то же). Всего по объекту: "
            f"{total(doc, all_t)} т/год.",
            f"Көз үштен көп зат шығарса, мәліметтер келесі жолда жалғастырылады («–//–» – сол сияқты). Объект бойынша барлығы: "
            f"{total(doc, all_t)} т/жыл.", ""))
    doc.p(g("Анкету заполнил: технолог Жусупова А.К.     Дата: 14.02.2026", "Сауалнаманы толтырған: технолог Жүсіпова А.Қ.     Күні: 14.02.2026", ""))


def _emissions_hn1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.p("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI")
    doc.h("PHIẾU ĐIỀU TRA, THỐNG KÊ NGUỒN KHÍ THẢI CÔNG NGHIỆP NĂM 2025 (Mẫu PĐT-02)")
    doc.p("Phần I do cơ sở tự kê khai: Công ty TNHH Chế biến hạt điều Phú Riềng Xanh – xưởng chế biến hạt điều thô 6.000 tấn/năm, "
          "xã Phú Riềng, tỉnh Đồng Nai. Phần II được cán bộ kỹ thuật của cơ sở điền tay và đánh máy lại nguyên văn.")
    doc.h("Phần II. Các nguồn thải khí và chất ô nhiễm")
    rows = [["STT", "Tên nguồn thải", "Chiều cao ống thải (m)", "Thời gian hoạt động (giờ/năm)",
             "Chất ô nhiễm 1", None, None, "Chất ô nhiễm 2", None, None, "Chất ô nhiễm 3", None, None],
            [None, None, None, None, *["Tên", "g/s", "tấn/năm"] * 3]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6), (0, 7, 0, 9), (0, 10, 0, 12)]
    chosen = [s for s in CASHEW_SOURCES if not s[0].startswith("Máy phát") or r.random() < 0.7]
    for k, (name, height, hours, items) in enumerate(chosen, 1):
        figures = []
        for code, (lo, hi) in items:
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            figures.append((code, gs, ty))
            doc.add("emissions", emission(code, gs, ty))
        for j, part in enumerate(_slots(figures)):
            lead = [str(k), name, str(height), num(hours, "vi")] if j == 0 else ["", "nt", "nt", "nt"]
            cells = []
            for code, gs, ty in part:
                cells += [_vi_stack(code), num(gs, "vi"), num(ty, "vi")]
            rows.append(lead + cells + [""] * (9 - len(cells)))
    doc.table("Bảng 2. Nguồn thải khí", rows, merges, role="emissions")
    doc.p("Ghi chú: nguồn thải có trên 03 chất ô nhiễm thì ghi tiếp ở dòng dưới, “nt” là như trên. Tải lượng lấy theo báo cáo đề xuất "
          "cấp giấy phép môi trường năm 2024.")
    doc.p("Người kê khai: Lê Văn Hiếu – Phụ trách kỹ thuật. Ngày 20/02/2026.")


# (number, RU, KK, [(code, (low, high) tonnes in a month of the campaign)], (low, high) hours a month, months worked)
CAMPAIGN = (1, 9, 10, 11, 12)
SUGAR_SOURCES = (
    ("0001", "Дымовая труба котельной ТЭЦ завода (котлы ДЕ-25-14 – 3 шт., природный газ)",
     "Зауыт ЖЭО қазандығының түтін мұржасы (ДЕ-25-14 қазандықтары – 3 дана, табиғи газ)",
     [("0301", (1.2, 2.6)), ("0304", (0.2, 0.42)), ("0337", (0.8, 1.9))], (520, 720), CAMPAIGN),
    ("0002", "Известково-газовая печь (обжиг известняка на коксе)", "Әк-газ пеші (коксте әктас күйдіру)",
     [("0337", (2.5, 6.0)), ("0330", (0.15, 0.4)), ("2909", (0.3, 0.9)), ("0301", (0.05, 0.14))], (540, 720), CAMPAIGN),
    ("0003", "Аспирация сушильно-охладительной установки сахара-песка", "Қант құмын кептіру-салқындату қондырғысының аспирациясы",
     [("2973", (0.08, 0.25))], (480, 700), CAMPAIGN),
    ("6001", "Открытый склад известняка и кокса", "Әктас пен кокстың ашық қоймасы", [("2909", (0.02, 0.07))], (720, 744), (1, 8, 9, 10, 11, 12)),
)  # fmt: skip
MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
}


def emissions_hn2(doc: Doc) -> None:
    """A sugar factory's register of actual emissions kept month by month for the calendar year, one table per source:
    the months as rows with the hours worked, the pollutants as columns in tonnes a month, the months between the
    campaigns written `не работал` with dashes, then `Итого за 2025 год` (the tonnes a year) and a last row with the
    greatest grams a second measured — the year beginning with the end of one campaign (January) and ending with the
    next (September – December) (VI: a sugar mill's report of automatic stack monitoring, a table per bagasse boiler,
    `Ngừng vận hành (ngoài vụ ép)` from May to November)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hn2_vi(doc)
        return
    g = doc.v
    name = g("ТОО «Шу Қант» (сахарный завод)", "«Шу Қант» ЖШС (қант зауыты)", "")
    doc.h(g(f"Отчет о фактических выбросах загрязняющих веществ за 2025 год. {name}",
            f"2025 жылғы ластаушы заттардың нақты шығарындылары туралы есеп. {name}", ""))
    doc.p(g("Завод работает сезонно: кампания 2024/2025 завершена 27 января 2025 г., кампания 2025/2026 начата 8 сентября 2025 г. "
            "Помесячные выбросы определены расчетом по фактическому расходу топлива и известняка, максимальные разовые – по "
            "инструментальным замерам аккредитованной лаборатории.",
            "Зауыт маусымдық жұмыс істейді: 2024/2025 науқаны 2025 жылғы 27 қаңтарда аяқталды, 2025/2026 науқаны 2025 жылғы "
            "8 қыркүйекте басталды. Айлық шығарындылар отын мен әктастың нақты шығыны бойынша есептеумен, ең жоғары бір реттік "
            "шығарындылар аккредиттелген зертхананың аспаптық өлшеулері бойынша анықталды.", ""))
    months = MONTHS[doc.lang]
    idle = g("не работал", "жұмыс істемеді", "")
    for k, (number, s_ru, s_kk, items, (hlo, hhi), worked) in enumerate(SUGAR_SOURCES, 1):
        doc.p(g(f"Источник № {number} – {s_ru}", f"№ {number} көз – {s_kk}", ""))
        head = [g("Месяц", "Ай", ""), g("Время работы, ч", "Жұмыс уақыты, сағ", "")]
        head += [f"{c} – {_air(doc, c)}, т" for c, _ in items]
        rows = [head]
        sums = {c: 0.0 for c, _ in items}
        for m in range(1, 13):
            if m not in worked:
                rows.append([months[m - 1], idle, *["–"] * len(items)])
                continue
            part = 0.8 if m in (1, 9) else 1.0
            hours = round(r.randint(hlo, hhi) * part)
            line = [months[m - 1], str(hours)]
            for c, (lo, hi) in items:
                t = round(r.uniform(lo, hi) * part, 4)
                sums[c] += t
                line.append(num(t, doc.lang))
            rows.append(line)
        totals = {c: round(v, 4) for c, v in sums.items()}
        peak = {c: _sig(totals[c] * 1e6 / (3600 * hhi * len(worked)) * r.uniform(1.3, 1.8), 3) for c, _ in items}
        rows.append([g("Итого за 2025 год", "2025 жылғы жиыны", ""), "", *(num(totals[c], doc.lang) for c, _ in items)])
        rows.append([g("Максимальный разовый выброс, г/с", "Ең жоғары бір реттік шығарынды, г/с", ""), "",
                     *(num(peak[c], doc.lang) for c, _ in items)])
        doc.table(g(f"Таблица {k} – Выбросы источника № {number} по месяцам 2025 года", f"{k}-кесте – № {number} көздің 2025 жылғы айлар бойынша шығарындылары", ""),
                  rows, role="emissions")
        doc.add("emissions", *(emission(c, peak[c], totals[c], number) for c, _ in items))
        doc.add("sources", {"number": number, "type": _kind(number)})
    doc.p(g("Источники № 0001–0003 в межкампанийный период (февраль – август) не эксплуатировались; склад известняка заполняется "
            "с августа.", "№ 0001–0003 көздер науқанаралық кезеңде (ақпан – тамыз) пайдаланылмады; әктас қоймасы тамыздан бастап "
            "толтырылады.", ""))
    maybe_distractor(doc, 0.3)


# (stack, (low, high) tonnes in a month of crushing per pollutant)
BAGASSE_STACKS = (
    ("KT1 – Ống khói lò hơi số 1 (đốt bã mía, 80 tấn hơi/giờ)", {"2902": (6, 14), "0330": (1.5, 4), "0301": (8, 18), "0337": (10, 25)}),
    ("KT2 – Ống khói lò hơi số 2 (đốt bã mía, 50 tấn hơi/giờ)", {"2902": (4, 9), "0330": (1, 2.6), "0301": (5, 11), "0337": (6, 16)}),
)
CRUSHING = (1, 2, 3, 4, 12)
VI_MONTHS = tuple(f"Tháng {m}" for m in range(1, 13))


def _emissions_hn2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI TỰ ĐỘNG, LIÊN TỤC NĂM 2025 – NHÀ MÁY ĐƯỜNG TÂN CHÂU MỚI (TỈNH TÂY NINH)")
    doc.p("Vụ ép 2024–2025 kết thúc ngày 18/4/2025; vụ ép 2025–2026 bắt đầu ngày 02/12/2025. Tải lượng theo tháng được tính từ nồng "
          "độ trung bình giờ và lưu lượng khí thải do hệ thống quan trắc tự động ghi nhận; tải lượng giờ lớn nhất quy đổi ra g/s.")
    doc.h("Phụ lục 3. Tổng hợp tải lượng chất ô nhiễm theo tháng")
    for k, (stack, items) in enumerate(BAGASSE_STACKS, 1):
        doc.p(f"Vị trí: {stack}")
        rows = [["Tháng", "Số giờ vận hành", *(f"{_vi_stack(c)} (tấn)" for c in items)]]
        sums = {c: 0.0 for c in items}
        for m in range(1, 13):
            if m not in CRUSHING:
                rows.append([VI_MONTHS[m - 1], "Ngừng vận hành (ngoài vụ ép)", *["-"] * len(items)])
                continue
            part = 0.6 if m in (4, 12) else 1.0
            hours = round(r.randint(600, 720) * part)
            line = [VI_MONTHS[m - 1], str(hours)]
            for c, (lo, hi) in items.items():
                t = round(r.uniform(lo, hi) * part, 3)
                sums[c] += t
                line.append(num(t, "vi"))
            rows.append(line)
        totals = {c: round(v, 3) for c, v in sums.items()}
        peak = {c: _sig(totals[c] * 1e6 / (3600 * 720 * len(CRUSHING)) * r.uniform(1.3, 1.7), 3) for c in items}
        rows.append(["Cả năm 2025 (tấn/năm)", "", *(num(totals[c], "vi") for c in items)])
        rows.append(["Tải lượng giờ lớn nhất (g/s)", "", *(num(peak[c], "vi") for c in items)])
        doc.table(f"Bảng PL3.{k}. Tải lượng theo tháng tại {stack.split(' – ')[0]}", rows, role="emissions")
        doc.add("emissions", *(emission(c, peak[c], totals[c]) for c in items))
    doc.p("Ghi chú: từ tháng 5 đến tháng 11 các lò hơi dừng, hệ thống quan trắc tự động được bảo trì và hiệu chuẩn.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t/year, RU handling, KK handling)
RICE_WASTES = (
    ("02 03 04", "Лузга рисовая", "Күріш қауызы", (900, 2400), "сжигается в собственной котельной, излишки передаются на брикетирование",
     "өз қазандығында жағылады, артығы брикеттеуге беріледі"),
    ("10 01 01", "Зола от сжигания рисовой лузги", "Күріш қауызын жағудан шыққан күл", (60, 220), "передается ТОО «Сыр Құрылыс» для производства стеновых блоков",
     "қабырға блоктарын өндіру үшін «Сыр Құрылыс» ЖШС-ға беріледі"),
    ("02 03 99", "Отходы сепарирования и аспирации (сорная примесь, пыль)", "Сепарациялау және аспирация қалдықтары (арамшөп қоспасы, шаң)",
     (40, 150), "передаются крестьянским хозяйствам на корм скоту", "мал азығына шаруа қожалықтарына беріледі"),
    ("15 01 02", "Мешкотара полипропиленовая изношенная", "Тозған полипропилен қап ыдысы", (2, 9), "передается на переработку", "қайта өңдеуге беріледі"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (6, 18), "вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару"),
    ("13 02 05*", "Отработанные моторные масла (погрузчики, тракторы)", "Пайдаланылған мотор майлары (тиегіштер, тракторлар)", (0.2, 1.2),
     "передаются специализированной организации", "мамандандырылған ұйымға беріледі"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.4), "передается специализированной организации", "мамандандырылған ұйымға беріледі"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.06), "демеркуризация по договору",
     "шарт бойынша демеркуризациялау"),
)  # fmt: skip
# (name, kind, (low, high) amount, unit, handling, CTNH code or None)
CASHEW_WASTES = (
    ("Vỏ hạt điều", "ordinary", (900, 1050), "tấn/năm", "Bán cho cơ sở ép dầu vỏ hạt điều (CNSL)", None),
    ("Vỏ lụa hạt điều", "ordinary", (35, 60), "tấn/năm", "Bán làm chất đốt, phân vi sinh", None),
    ("Tro, xỉ lò hấp", "ordinary", (12, 35), "tấn/năm", "Thuê đơn vị có chức năng thu gom, xử lý", None),
    ("Bao bì đay, bao PP thải", "ordinary", (1, 4), "tấn/năm", "Bán phế liệu", None),
    ("Chất thải rắn sinh hoạt", "domestic", (4, 9), "tấn/năm", "Hợp đồng với tổ thu gom rác của xã", None),
    ("Giẻ lau, găng tay dính dầu vỏ điều, dầu nhớt", "hazardous", (60, 240), "kg/năm", "Lưu kho CTNH, chuyển giao đơn vị có giấy phép", "18 02 01"),
    ("Dầu nhớt thải", "hazardous", (40, 160), "kg/năm", "Lưu kho CTNH, chuyển giao đơn vị có giấy phép", "17 02 03"),
    ("Bóng đèn huỳnh quang thải", "hazardous", (5, 20), "kg/năm", "Lưu kho CTNH, chuyển giao đơn vị có giấy phép", "16 01 06"),
    ("Can, bao bì nhựa đựng hóa chất", "hazardous", (20, 90), "kg/năm", "Lưu kho CTNH, chuyển giao đơn vị có giấy phép", "18 01 03"),
)


def wastes_hn1(doc: Doc) -> None:
    """A rice mill's declaration of impact (a category III object): one table of all the emissions declared — the air
    emissions as totals and `в том числе твердые / газообразные` in tonnes with no pollutant, the waste water in cubic
    metres with a note that nothing goes to a water body, then a `Отходы производства и потребления, всего` row and the
    wastes under it numbered `3.1`, `3.2` with their codes, a code column of dashes above (VI: a cashew processor's
    environmental registration, `Nước thải` in m3 a day, `Bụi, khí thải` without figures, ordinary wastes in tonnes a year
    and CTNH in kilograms a year in one table under Roman section rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Декларация о воздействии на окружающую среду. Рисоперерабатывающий завод ТОО «Сыр Күріш» (объект III категории)",
            "Қоршаған ортаға әсер ету туралы декларация. «Сыр Күріш» ЖШС күріш өңдеу зауыты (III санаттағы объект)", ""))
    doc.p(g("Кызылординская область, Шиелийский район, с. Шиели. Завод перерабатывает рис-сырец урожая текущего года с октября по "
            "май, 14 000 т в год; пар для пропаривания риса вырабатывается котельной на рисовой лузге.",
            "Қызылорда облысы, Шиелі ауданы, Шиелі а. Зауыт ағымдағы жылғы егіннің шалысын қазаннан мамырға дейін өңдейді, жылына "
            "14 000 т; күрішті буландыруға арналған бу күріш қауызында жұмыс істейтін қазандықта өндіріледі.", ""))
    doc.h(g("Раздел 4. Декларируемые эмиссии на 2026–2035 годы", "4-бөлім. 2026–2035 жылдарға арналған декларацияланатын эмиссиялар", ""))
    solid, gas = _sig(r.uniform(1.8, 4.2), 3), _sig(r.uniform(0.9, 2.4), 3)
    t_y, kg = g("т/год", "т/жыл", ""), g("м3/год", "м3/жыл", "")
    rows = [g(["№", "Вид эмиссии", "Код отхода", "Ед. изм.", "Количество", "Способ обращения, примечание"],
              ["№", "Эмиссия түрі", "Қалдық коды", "Өлш. бірл.", "Саны", "Жұмыс істеу тәсілі, ескертпе"], []),
            ["1", g("Выбросы загрязняющих веществ в атмосферный воздух, всего", "Атмосфералық ауаға ластаушы заттардың шығарындылары, барлығы", ""),
             "–", t_y, num(round(solid + gas, 6), doc.lang), g("по проекту нормативов 2025 г.", "2025 ж. нормативтер жобасы бойынша", "")],
            ["1.1", g("в том числе: твердые", "оның ішінде: қатты", ""), "–", t_y, num(solid, doc.lang), ""],
            ["1.2", g("газообразные и жидкие", "газ тәрізді және сұйық", ""), "–", t_y, num(gas, doc.lang), ""],
            ["2", g("Сбросы сточных вод", "Ағынды сулардың төгінділері", ""), "–", kg, num(r.randint(18, 42) * 100, doc.lang),
             g("в водные объекты не осуществляются; хозяйственно-бытовые стоки – в септик с вывозом по договору",
               "су объектілеріне жүзеге асырылмайды; шаруашылық-тұрмыстық ағындар – шарт бойынша шығарылатын септикке", "")]]
    picked = [w for w in RICE_WASTES if w[0] in ("02 03 04", "20 03 01") or r.random() < 0.8]
    amounts = [rate(r, w[3][0], w[3][1], 3) for w in picked]
    rows.append(["3", g("Отходы производства и потребления, всего", "Өндіріс және тұтыну қалдықтары, барлығы", ""), "–", t_y,
                 total(doc, amounts), ""])
    for k, ((code, n_ru, n_kk, _, h_ru, h_kk), t) in enumerate(zip(picked, amounts, strict=True), 1):
        name = (n_ru, n_kk)[L]
        rows.append([f"3.{k}", name, code, t_y, num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name.split(" (")[0]})
    doc.table(g("Таблица 4.1 – Сведения об эмиссиях в окружающую среду", "4.1-кесте – Қоршаған ортаға эмиссиялар туралы мәліметтер", ""), rows,
              role="wastes")
    doc.p(g("Физические воздействия (шум от вентиляторов аспирации) на границе жилой зоны не превышают нормативов.",
            "Тұрғын аймақ шекарасындағы физикалық әсерлер (аспирация желдеткіштерінің шуы) нормативтерден аспайды.", ""))
    maybe_distractor(doc, 0.3)


def _wastes_hn1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.p("Mẫu số 47 – Phụ lục XLVII ban hành kèm theo Nghị định số 08/2022/NĐ-CP")
    doc.h("ĐĂNG KÝ MÔI TRƯỜNG – XƯỞNG CHẾ BIẾN HẠT ĐIỀU BÙ GIA MẬP")
    doc.p("Kính gửi: Ủy ban nhân dân xã Bù Gia Mập, tỉnh Đồng Nai. Chủ cơ sở: Hộ kinh doanh Nguyễn Thị Thu Hà; công suất 1.500 tấn hạt "
          "điều thô/năm, hoạt động 300 ngày/năm.")
    doc.h("4. Các loại chất thải phát sinh và biện pháp quản lý")
    rows = [["TT", "Loại chất thải", "Mã CTNH", "Đơn vị tính", "Khối lượng phát sinh", "Biện pháp thu gom, xử lý"],
            ["I", "Nước thải", None, None, None, None],
            ["1", "Nước thải sinh hoạt", "-", "m3/ngày", num(round(r.uniform(2, 5), 1), "vi"), "Bể tự hoại 03 ngăn"],
            ["2", "Nước thải sản xuất (ngâm, hấp hạt điều)", "-", "m3/ngày", num(round(r.uniform(4, 9), 1), "vi"), "Hệ thống xử lý nước thải 10 m3/ngày"],
            ["II", "Bụi, khí thải", None, None, None, None],
            ["3", "Khí thải lò hấp đốt vỏ hạt điều (bụi, CO, SO2, NOx)", "-", "-", "-", "Cyclon, tháp hấp thụ, ống thải cao 15 m"]]
    merges = [(1, 1, 1, 5), (4, 1, 4, 5)]
    k = 3
    sections = (("III", "Chất thải rắn công nghiệp thông thường", ("ordinary",)), ("IV", "Chất thải rắn sinh hoạt", ("domestic",)),
                ("V", "Chất thải nguy hại", ("hazardous",)))
    for roman, title, kinds in sections:
        rows.append([roman, title, None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        for name, kind, (lo, hi), unit, how, code in CASHEW_WASTES:
            if kind not in kinds or (kind != "domestic" and name.startswith(("Bao bì đay", "Can")) and r.random() < 0.3):
                continue
            k += 1
            amount = rate(r, lo, hi, 3) if unit == "tấn/năm" else float(r.randint(lo, hi))
            rows.append([str(k), name, code or "-", unit, num(amount, "vi"), how])
            tonnes = amount if unit == "tấn/năm" else amount / 1000
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": tonnes, "name_contains": name})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": tonnes, "name_contains": name})
    doc.table("Bảng 4. Chất thải phát sinh", rows, merges, role="wastes")
    doc.p("Cơ sở cam kết thực hiện đúng các nội dung đã đăng ký và chịu trách nhiệm trước pháp luật.")


# (code, RU, KK, (low, high) kg an entry, entries, RU receiver, KK receiver)
COOP_WASTES = (
    ("02 02 02", "Отходы разделки рыбы (головы, внутренности, чешуя)", "Балық бөлшектеу қалдықтары (бастар, ішек-қарын, қабыршақ)",
     (900, 2600), 5, "ТОО «Балқаш Жем» (кормовая мука)", "«Балқаш Жем» ЖШС (жем ұны)"),
    ("02 02 03", "Рыба, непригодная для переработки", "Өңдеуге жарамсыз балық", (120, 600), 2, "ТОО «Балқаш Жем» (кормовая мука)",
     "«Балқаш Жем» ЖШС (жем ұны)"),
    ("02 02 04", "Осадок жироловки", "Май ұстағыш тұнбасы", (300, 900), 2, "ИП Омаров (ассенизация)", "ЖК Омаров (ассенизация)"),
    ("02 01 04", "Сети рыболовные отработанные (капрон)", "Пайдаланылған балық аулау торлары (капрон)", (80, 260), 2,
     "ТОО «Полимер Ресайклинг»", "«Полимер Ресайклинг» ЖШС"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (350, 900), 3, "ГКП «Балқаш Тазалық»", "«Балқаш Тазалық» МКК"),
    ("13 02 05*", "Отработанное масло лодочных моторов", "Қайық моторларының пайдаланылған майы", (20, 70), 1, "ТОО «Эко Ойл Сервис»",
     "«Эко Ойл Сервис» ЖШС"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (5, 25), 1, "ТОО «Эко Ойл Сервис»", "«Эко Ойл Сервис» ЖШС"),
)  # fmt: skip
SEASON_DAYS = ((4, 8), (4, 22), (5, 6), (5, 20), (6, 3), (9, 9), (9, 23), (10, 7), (10, 21), (11, 4), (11, 18), (12, 16))


def _journal(doc: Doc, plan, days) -> list[tuple]:
    """Entries (month, day, index of the waste, kg) in the order of the journal for wastes of `plan` — ((low, high) kg an
    entry, entries) each; two days running are kept for the first waste alone, so that its lines follow one another."""
    r = doc.rng
    k = r.randrange(len(days) - 1)
    reserved = {k, k + 1}
    entries = []
    for i, ((lo, hi), n) in enumerate(plan):
        free = [p for p in range(len(days)) if p not in reserved]
        picks = sorted(reserved) + r.sample(free, max(0, n - 2)) if i == 0 else r.sample(free, min(n, len(free)))
        for p in picks:
            entries.append((days[p][0], days[p][1], i, float(r.randint(lo // 5, hi // 5) * 5)))
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    return entries


def wastes_hn2(doc: Doc) -> None:
    """A fishing cooperative's journal of wastes as the paper book was kept, typed line by line: each line a date, a
    waste, its code, the kilograms handed over, to whom and the document, the name and the code written `–//–` when the
    line above holds the same waste; under a row spanning the table, `Итого за 2025 год по видам отходов`, each waste
    written out once with the sum of its lines — the year's amounts are those sums, the lines above only consignments (VI:
    a shrimp cooperative's book of solid and hazardous wastes, `nt` for ditto, `Cộng năm 2025`)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ПК «Қарой Балықшылары». Журнал учета отходов за 2025 год", "«Қарой Балықшылары» ӨК. 2025 жылғы қалдықтарды есепке алу журналы", ""))
    doc.p(g("Журнал ведется уполномоченным по охране окружающей среды кооператива от руки; ниже приведен перепечатанный текст "
            "журнала с итогами за год. Рыбоприемный пункт работает в весеннюю (апрель – июнь) и осеннюю (сентябрь – ноябрь) путину.",
            "Журналды кооперативтің қоршаған ортаны қорғау жөніндегі уәкілі қолмен жүргізеді; төменде жыл қорытындылары бар журналдың "
            "қайта басылған мәтіні келтірілген. Балық қабылдау пункті көктемгі (сәуір – маусым) және күзгі (қыркүйек – қараша) "
            "кәсіпшілікте жұмыс істейді.", ""))
    wastes = [w for w in COOP_WASTES if w[0] in ("02 02 02", "20 03 01", "02 01 04") or r.random() < 0.85]
    entries = _journal(doc, [(w[3], w[4]) for w in wastes], SEASON_DAYS)
    rows = [g(["№", "Дата", "Наименование отхода", "Код", "Количество, кг", "Кому передано", "№ накладной (акта)", "Подпись"],
              ["№", "Күні", "Қалдықтың атауы", "Коды", "Саны, кг", "Кімге берілді", "Жүкқұжат (акт) №", "Қолы"], [])]
    ditto = "–//–"
    prev = None
    sums = [0.0] * len(wastes)
    for k, (m, d, i, kg) in enumerate(entries, 1):
        code, n_ru, n_kk, _, _, t_ru, t_kk = wastes[i]
        same = prev == i
        rows.append([str(k), f"{d:02d}.{m:02d}.2025", ditto if same else (n_ru, n_kk)[L], ditto if same else code, num(kg, doc.lang),
                     (t_ru, t_kk)[L], f"{r.randint(10, 480)}", ""])
        sums[i] += kg
        prev = i
    rows.append([g("Итого за 2025 год по видам отходов:", "2025 жылғы қалдық түрлері бойынша жиыны:", ""), *[None] * 7])
    merges = [(len(rows) - 1, 0, len(rows) - 1, 7)]
    for i, (code, n_ru, n_kk, *_rest) in enumerate(wastes):
        if not sums[i]:
            continue
        name = (n_ru, n_kk)[L]
        rows.append(["", "", name, code, num(sums[i], doc.lang), "", "", ""])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": round(sums[i] / 1000, 6),
                           "name_contains": name.split(" (")[0]})
    doc.table(None, rows, merges, role="wastes")
    doc.p(g("Журнал проверен: председатель кооператива ____________ Жақыпов Е.С.", "Журнал тексерілді: кооператив төрағасы ____________ Жақыпов Е.С.", ""))


# (name, CTNH code or None, (low, high) kg an entry, entries, receiver)
SHRIMP_WASTES = (
    ("Bùn thải nạo vét ao nuôi, ao lắng", None, (20000, 60000), 3, "San lấp mặt bằng khu đất của HTX"),
    ("Bao bì đựng thức ăn tôm", None, (150, 600), 4, "Bán phế liệu"),
    ("Can, chai nhựa đựng hóa chất, chế phẩm xử lý ao", "18 01 03", (20, 90), 2, "Công ty TNHH Môi trường Xanh Cà Mau"),
    ("Dầu nhớt thải từ máy quạt nước, máy bơm", "17 02 03", (30, 120), 2, "Công ty TNHH Môi trường Xanh Cà Mau"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (3, 12), 1, "Công ty TNHH Môi trường Xanh Cà Mau"),
    ("Giẻ lau dính dầu nhớt", "18 02 01", (5, 30), 1, "Công ty TNHH Môi trường Xanh Cà Mau"),
)
CROP_DAYS = ((1, 15), (2, 12), (3, 20), (4, 25), (5, 30), (6, 18), (8, 5), (9, 10), (10, 22), (11, 28), (12, 20))


def _wastes_hn2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("SỔ THEO DÕI CHẤT THẢI RẮN VÀ CHẤT THẢI NGUY HẠI NĂM 2025 – HỢP TÁC XÃ NUÔI TÔM CÔNG NGHỆ CAO TÂN THUẬN")
    doc.p("Sổ do cán bộ phụ trách môi trường của Hợp tác xã ghi tay theo từng lần chuyển giao; bản đánh máy lại dưới đây kèm phần "
          "cộng năm. HTX nuôi 02 – 03 vụ/năm; bùn đáy ao, ao lắng được nạo vét sau mỗi lần thu hoạch.")
    wastes = [w for w in SHRIMP_WASTES if w[1] is None or r.random() < 0.8]
    rows = [["STT", "Ngày", "Loại chất thải", "Mã CTNH", "Khối lượng (kg)", "Đơn vị tiếp nhận / hình thức xử lý", "Số chứng từ", "Ký nhận"]]
    entries = _journal(doc, [(w[2], w[3]) for w in wastes], CROP_DAYS)
    prev = None
    sums = [0.0] * len(wastes)
    voucher = r.randint(1, 9)
    for k, (m, d, i, kg) in enumerate(entries, 1):
        name, code, _, _, taker = wastes[i]
        same = prev == i
        if code:
            voucher += 1
        rows.append([str(k), f"{d:02d}/{m:02d}/2025", "nt" if same else name, "nt" if same else (code or "-"), num(kg, "vi"), taker,
                     f"{voucher:03d}/2025/CTNH" if code else "", ""])
        sums[i] += kg
        prev = i
    rows.append(["CỘNG NĂM 2025 THEO LOẠI CHẤT THẢI", *[None] * 7])
    merges = [(len(rows) - 1, 0, len(rows) - 1, 7)]
    for i, (name, code, *_rest) in enumerate(wastes):
        rows.append(["", "", name, code or "-", num(sums[i], "vi"), "", "", ""])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(sums[i] / 1000, 6), "name_contains": name})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": round(sums[i] / 1000, 6), "name_contains": name})
    doc.table("Sổ theo dõi chất thải", rows, merges, role="wastes")
    doc.p("Ghi chú: “nt” – như trên. Xác nhận của Giám đốc HTX: ____________")


# ---------------------------------------------------------------- limits

# (point, RU place, KK place)
PONDS = (
    ("К-1", "водоподающий канал (вход в хозяйство)", "су беретін канал (шаруашылыққа кіреберіс)"),
    ("П-2", "пруд № 2, выростной, 9 га", "№ 2 тоған, өсіру тоғаны, 9 га"),
    ("П-3", "пруд № 3, нагульный, 14 га", "№ 3 тоған, семірту тоғаны, 14 га"),
    ("П-5", "пруд № 5, нагульный, 16 га", "№ 5 тоған, семірту тоғаны, 16 га"),
)
# symbol: (kind of norm, value) — fishery norms the log prints
POND_NORMS = (("DO", "min", 6.0), ("pH", "range", (6.5, 8.5)), ("NH4+", "max", 0.5), ("NO2-", "max", 0.08))


def _norm_text(doc: Doc, kind: str, value) -> str:
    if kind == "range":
        return cell(doc, value)
    if doc.lang == "vi":
        return f"{'≥' if kind == 'min' else '≤'} {num(value, 'vi')}"
    words = {"min": ("не менее", "кемінде"), "max": ("не более", "ең көбі")}[kind]
    return f"{words[_L(doc)]} {num(value, doc.lang)}"


def _bounded(key: tuple[str, str] | None, kind: str, value, unit, column, point, measured) -> dict:
    """The expected limit of a one-sided or two-sided norm: `не менее 6` is a lower bound only."""
    out = {"medium": "water", "unit": unit, "column": column, "point": point, "value": measured}
    if key:
        out[key[0]] = key[1]
    if kind == "range":
        out.update(limit=None, limit_min=float(value[0]), limit_max=float(value[1]))
    elif kind == "min":
        out.update(limit=None, limit_min=float(value), limit_max=None)
    else:
        out.update(limit=float(value), limit_min=None, limit_max=None)
    return out


def limits_hn1(doc: Doc) -> None:
    """A carp farm's log of the hydrochemistry of its ponds, typed from the fish farmer's notebook: a norm row under the
    header giving the dissolved oxygen as a lower bound only (`не менее 6,0`), pH as a range and the nitrogen forms as
    upper bounds, temperature and transparency without a norm; each pond a row spanning the table (`П-3 – пруд № 3 …`)
    over its weekly dawn samplings, nitrites not measured on some dates, remarks such as `включены аэраторы` (VI: a shrimp
    farm's book of pond water against QCVN 02-19:2014/BNNPTNT, `≥ 3,5` for DO, `7 – 9` for pH, `≤ 0,3` for NH3 and H2S,
    which has no key of the water list, salinity without a norm)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ТОО «Іле Аквакультура». Прудовое хозяйство «Бақанас». Журнал гидрохимического контроля прудов, июль 2025 г.",
            "«Іле Аквакультура» ЖШС. «Бақанас» тоған шаруашылығы. Тоғандарды гидрохимиялық бақылау журналы, 2025 ж. шілде", ""))
    doc.p(g("Пробы отбираются рыбоводом еженедельно в 6:00 (минимум кислорода) и анализируются полевой лабораторией хозяйства. "
            "Нормативы – для водных объектов рыбохозяйственного значения. Записи перепечатаны из рабочей тетради рыбовода.",
            "Сынамаларды балық өсіруші апта сайын сағат 6:00-де (оттегінің ең аз мөлшері) алады және шаруашылықтың далалық зертханасы "
            "талдайды. Нормативтер – балық шаруашылығы маңызы бар су объектілері үшін. Жазбалар балық өсірушінің жұмыс дәптерінен "
            "қайта басылды.", ""))
    unit = "мг/дм3"
    rows = [g(["Дата, время", "Температура воды, °С", f"Растворенный кислород, {unit}", "pH", f"Аммоний-ион, {unit}", f"Нитриты, {unit}",
               "Прозрачность, см", "Примечание"],
              ["Күні, уақыты", "Су температурасы, °С", f"Еріген оттегі, {unit}", "pH", f"Аммоний-ион, {unit}", f"Нитриттер, {unit}",
               "Мөлдірлігі, см", "Ескертпе"], []),
            [g("Норматив", "Норматив", ""), "–", *(_norm_text(doc, kind, value) for _, kind, value in POND_NORMS), "–", ""]]
    merges = []
    first = r.randint(1, 6)
    days = [first + 7 * k for k in range(4)]
    ponds = [p for p in PONDS if p[0] != "П-5" or r.random() < 0.7]
    for pid, p_ru, p_kk in ponds:
        rows.append([f"{pid} – {(p_ru, p_kk)[L]}", *[None] * 7])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
        for day in days:
            note = ""
            line = [f"{day:02d}.07.2025 06:00", num(round(r.uniform(22, 28), 1), doc.lang)]
            for sym, kind, value in POND_NORMS:
                if sym == "NO2-" and r.random() < 0.35:
                    line.append("–")
                    continue
                if sym == "DO":
                    v = round(r.uniform(6.2, 8.8) if pid.startswith("К") else r.uniform(4.8, 8.6), 1)
                    if v < 6:
                        note = g("включены аэраторы", "аэраторлар қосылды", "")
                elif sym == "pH":
                    v = round(r.uniform(7.1, 8.8), 1)
                else:
                    v = _sig(value * r.uniform(0.15, 1.5), 2)
                line.append(num(v, doc.lang))
                add(doc, _bounded(("symbol", sym), kind, value, None if sym == "pH" else "mg/l", None, pid, v))
            line += [str(r.randint(25, 45)), note]
            rows.append(line)
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="limits")
    doc.p(g("«–» – не определялось. Рыбовод: Ибраев Н.Т.", "«–» – анықталған жоқ. Балық өсіруші: Ыбыраев Н.Т.", ""))


# (key or None, header, kind, value, unit)
SHRIMP_NORMS = ((("symbol", "pH"), "pH", "range", (7, 9), None), (("symbol", "DO"), "DO (mg/l)", "min", 3.5, "mg/l"),
                (("symbol", "NH3"), "NH3 (mg/l)", "max", 0.3, "mg/l"), (None, "H2S (mg/l)", "max", 0.05, "mg/l"))
SHRIMP_PONDS = (("A2", "Ao nuôi số 2 (ao tròn lót bạt, 1.600 m2)"), ("A3", "Ao nuôi số 3 (ao tròn lót bạt, 1.600 m2)"),
                ("A7", "Ao nuôi số 7 (ao đất lót bạt bờ, 3.200 m2)"), ("L1", "Ao lắng cấp nước số 1"))


def _limits_hn1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("SỔ NHẬT KÝ THEO DÕI MÔI TRƯỜNG AO NUÔI – KHU NUÔI TÔM THẺ CHÂN TRẮNG SIÊU THÂM CANH VĨNH HẬU (VỤ 1/2025)")
    doc.p("Kỹ thuật viên đo tại ao bằng bộ test nhanh và máy đo cầm tay vào 06 giờ sáng; giới hạn cho phép theo QCVN 02-19:2014/BNNPTNT "
          "(chất lượng nước ao nuôi tôm nước lợ). Sổ ghi tay được đánh máy lại.")
    rows = [["Ngày", "Nhiệt độ (°C)", *(h for _, h, _, _, _ in SHRIMP_NORMS), "Độ mặn (‰)", "Ghi chú"],
            ["Giới hạn cho phép", "-", *(_norm_text(doc, kind, value) for _, _, kind, value, _ in SHRIMP_NORMS), "-", ""]]
    merges = []
    first = r.randint(1, 7)
    days = [first + 7 * k for k in range(4)]
    month = r.choice((4, 5))
    ponds = [p for p in SHRIMP_PONDS if p[0] != "A7" or r.random() < 0.7]
    for pid, place in ponds:
        rows.append([f"{pid} – {place}", *[None] * 7])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
        for day in days:
            note = ""
            line = [f"{day:02d}/{month:02d}/2025", num(round(r.uniform(27, 32), 1), "vi")]
            for key, _, kind, value, unit in SHRIMP_NORMS:
                if key is None and r.random() < 0.4:
                    line.append("-")
                    continue
                if kind == "range":
                    v = round(r.uniform(7.3, 8.6), 1)
                elif kind == "min":
                    v = round(r.uniform(3.0, 6.2), 1)
                    if v < 3.5:
                        note = "Tăng cường chạy quạt nước"
                else:
                    v = _sig(value * r.uniform(0.1, 1.3), 2)
                line.append(num(v, "vi"))
                add(doc, _bounded(key, kind, value, unit, None, pid, v))
            line += [str(r.randint(12, 22)), note]
            rows.append(line)
    doc.table("Bảng theo dõi chất lượng nước ao nuôi", rows, merges, role="limits")
    doc.p("Ghi chú: “-” – không đo. Người ghi sổ: Trần Văn Bé Năm (kỹ thuật viên).")


# symbol: (СВ-1 acceptance limit, СВ-2 discharge limit) — None where the outlet has no norm
CANNERY = {"pH": ((6.5, 9.0), (6.5, 8.5)), "TSS": (250, 20), "BOD5": (250, 15), "COD": (400, 30), "NH4+": (20, 2), "Cl-": (400, 350),
           "FOG": (50, None)}
CANNERY_FAT = ("Жиры", "Майлар")
QUARTERS = {"ru": ("I кв.", "II кв.", "III кв.", "IV кв."), "kk": ("I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс.")}


def limits_hn2(doc: Doc) -> None:
    """A fish cannery's quarterly report on its two outlets in one table: the parameters as columns with a row of units,
    each outlet a row spanning the table with its receiver — the city sewer (the utility's conditions of acceptance) and an
    evaporation pond (the discharge norms) — then that outlet's own `ДК` row and the quarters' results under it, the
    quarters without production a row merged across the parameters saying no water was discharged, fats without a code
    and normed at one outlet only (VI: a seafood plant's production outfall against QCVN 11-MT:2015/BTNMT column B and its
    domestic outfall against QCVN 14:2008/BTNMT column B, each with its `Giới hạn` row, the round when the plant stood
    still `Không lấy mẫu`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Отчет по программе производственного экологического контроля за 2025 год. ТОО «Жайық Балық Консерві» (г. Атырау)",
            "«Жайық Балық Консерві» ЖШС (Атырау қ.). Өндірістік экологиялық бақылау бағдарламасы бойынша 2025 жылғы есеп", ""))
    doc.h(g("5.2. Контроль качества сточных вод на выпусках", "5.2. Шығарылымдардағы ағынды сулардың сапасын бақылау", ""))
    doc.p(g("Завод работает в весеннюю и осеннюю путину; в I квартале производство не велось. Пробы отбирались аккредитованной "
            "лабораторией, результаты – средние за квартал.",
            "Зауыт көктемгі және күзгі кәсіпшілікте жұмыс істейді; I тоқсанда өндіріс жүргізілген жоқ. Сынамаларды аккредиттелген "
            "зертхана алды, нәтижелер – тоқсандағы орташа мәндер.", ""))
    keys = list(CANNERY)
    labels = [CANNERY_FAT[L] if s == "FOG" else vocab.water(s, doc.lang) for s in keys]
    units = [g("ед. pH", "pH бірл.", "") if s == "pH" else "мг/дм3" for s in keys]
    rows = [[g("Выпуск, период", "Шығарылым, кезең", ""), *labels], ["", *units]]
    merges = []
    outlets = (
        ("СВ-1", g("СВ-1 – производственные сточные воды после ЛОС в городскую канализацию (условия приема ГКП «Атырау Су Арнасы»)",
                   "СВ-1 – ЖТҚ-дан кейінгі өндірістік ағынды сулар қалалық кәрізге («Атырау Су Арнасы» МКК қабылдау шарттары)", ""), 0),
        ("СВ-2", g("СВ-2 – условно чистые воды охлаждения автоклавов в пруд-испаритель (нормативы допустимых сбросов)",
                   "СВ-2 – автоклавтарды салқындатудың шартты таза сулары буландыру тоғанына (жол берілетін төгінділер нормативтері)", ""), 1),
    )
    quarters = QUARTERS[doc.lang]
    for pid, title, idx in outlets:
        rows.append([title, *[None] * len(keys)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, len(keys)))
        norms = {s: CANNERY[s][idx] for s in keys}
        rows.append([g("ДК", "ЖК", ""), *(cell(doc, norms[s]) for s in keys)])
        for q, label in enumerate(quarters):
            if q == 0 or (pid == "СВ-2" and q == 3 and r.random() < 0.5):
                rows.append([f"{label} 2025", g("сброс не производился (межпутинный период)", "төгінді жүргізілген жоқ (кәсіпшілік аралық кезең)", ""),
                             *[None] * (len(keys) - 1)])
                merges.append((len(rows) - 1, 1, len(rows) - 1, len(keys)))
                continue
            line = [f"{label} 2025"]
            for s in keys:
                lim = norms[s]
                if s == "pH":
                    v = round(r.uniform(6.8, 8.3), 1)
                else:
                    base = lim if lim is not None else 12
                    v = _sig(base * r.uniform(0.2, 1.1), 3)
                line.append(num(v, doc.lang))
                if lim is None:
                    continue
                if s == "FOG":
                    add(doc, {"medium": "waste_water", "unit": "mg/l", "column": None, "point": pid, "limit": float(lim), "limit_min": None,
                              "limit_max": None, "value": v})
                else:
                    add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, pid, v))
            rows.append(line)
    doc.table(g("Таблица 5.2 – Результаты контроля сточных вод", "5.2-кесте – Ағынды суларды бақылау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Для выпуска СВ-2 содержание жиров не нормируется и определялось справочно.", "СВ-2 шығарылымы үшін майлардың мөлшері нормаланбайды және анықтама үшін анықталды.", ""))
    maybe_distractor(doc, 0.3)


# symbol: (NT1 QCVN 11-MT:2015 column B, NT2 QCVN 14:2008 column B, unit) — None where the standard sets no value
SEAFOOD_VI = {"pH": ((5.5, 9), (5, 9), None), "BOD5": (50, 50, "mg/l"), "COD": (150, None, "mg/l"), "TSS": (100, 100, "mg/l"),
              "NH4+": (20, 10, "mg/l"), "FOG": (20, 20, "mg/l"), "Coliform": (5000, 5000, "MPN/100ml")}
FOG_VI = "Dầu mỡ động, thực vật"


def _limits_hn2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY CHẾ BIẾN GHẸ, MỰC XUẤT KHẨU SÔNG ĐỐC (TỈNH CÀ MAU)")
    doc.h("Bảng 3.2. Kết quả quan trắc nước thải định kỳ tại hai điểm xả")
    doc.p("Tháng 3/2025 nhà máy ngừng sản xuất để bảo trì (hết vụ nguyên liệu ghẹ), không phát sinh nước thải sản xuất nên không lấy mẫu "
          "tại NT1 trong đợt 1.")
    keys = list(SEAFOOD_VI)
    labels = [FOG_VI if s == "FOG" else vocab.water(s, "vi") for s in keys]
    rows = [["Vị trí / đợt", *labels], ["Đơn vị", *(SEAFOOD_VI[s][2] or "-" for s in keys)]]
    merges = []
    outlets = (("NT1", "NT1 – Nước thải sản xuất sau hệ thống xử lý 500 m3/ngày.đêm, xả ra sông Ông Đốc (QCVN 11-MT:2015/BTNMT, cột B)", 0),
               ("NT2", "NT2 – Nước thải sinh hoạt sau bể tự hoại và bể lọc, xả ra kênh nội đồng (QCVN 14:2008/BTNMT, cột B)", 1))
    for pid, title, idx in outlets:
        rows.append([title, *[None] * len(keys)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, len(keys)))
        norms = {s: SEAFOOD_VI[s][idx] for s in keys}
        rows.append(["Giới hạn cho phép", *(cell(doc, norms[s]) for s in keys)])
        for k, month in enumerate((3, 6, 9, 12), 1):
            label = f"Đợt {k} ({r.randint(5, 25):02d}/{month:02d}/2025)"
            if pid == "NT1" and k == 1:
                rows.append([label, "Không lấy mẫu – nhà máy ngừng sản xuất", *[None] * (len(keys) - 1)])
                merges.append((len(rows) - 1, 1, len(rows) - 1, len(keys)))
                continue
            line = [label]
            for s in keys:
                lim, unit = norms[s], SEAFOOD_VI[s][2]
                if s == "pH":
                    v = round(r.uniform(6.6, 7.9), 1)
                elif s == "Coliform":
                    v = float(r.choice((930, 1500, 2100, 2400, 4300)))
                else:
                    v = _sig((lim or 80) * r.uniform(0.15, 0.95), 3)
                line.append(num(v, "vi"))
                if lim is None:
                    continue
                if s == "FOG":
                    add(doc, {"medium": "waste_water", "unit": "mg/l", "column": "B", "point": pid, "limit": float(lim), "limit_min": None,
                              "limit_max": None, "value": v})
                else:
                    add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", pid, v))
            rows.append(line)
    doc.table(None, rows, merges, role="limits")
    doc.p("Nhận xét: các thông số tại hai điểm xả đều nằm trong giới hạn cho phép của quy chuẩn áp dụng.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

# (point, RU place, KK place, [(kind, key)], frequency, RU when, KK when)
ARAL_AIR = ("0303", "0333", "1862", "1715")
ARAL_WATER = ("pH", "TSS", "BOD5", "COD", "NH4+", "Cl-")
ARAL_WELLS = ("pH", "NH4+", "Cl-", "SO4", "TDS")
ARAL_PLAN = (
    ("Т-1", "граница СЗЗ, север (300 м)", "СҚА шекарасы, солтүстік (300 м)", ARAL_AIR, "monthly",
     "ежемесячно в период работы цеха", "цех жұмыс істеген кезеңде ай сайын"),
    ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс", ARAL_AIR, "monthly",
     "ежемесячно в период работы цеха", "цех жұмыс істеген кезеңде ай сайын"),
    ("Т-3", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік", ARAL_AIR, "monthly",
     "ежемесячно в период работы цеха", "цех жұмыс істеген кезеңде ай сайын"),
    ("Ж-1", "жилая застройка г. Аральск, ул. Абая", "Арал қ. тұрғын үйлері, Абай к.", ARAL_AIR, "semiannual",
     "в середине каждой путины", "әр кәсіпшіліктің ортасында"),
    ("СВ-1", "выпуск сточных вод в пруд-накопитель", "ағынды суларды жинақтағыш тоғанға шығару", ARAL_WATER, "monthly",
     "ежемесячно в период путины", "кәсіпшілік кезеңінде ай сайын"),
    ("Н-1", "наблюдательная скважина выше пруда-накопителя (фон)", "жинақтағыш тоғаннан жоғары бақылау ұңғымасы (фон)", ARAL_WELLS,
     "yearly", "перед началом весенней путины", "көктемгі кәсіпшілік басталар алдында"),
    ("Н-2", "наблюдательная скважина ниже пруда-накопителя", "жинақтағыш тоғаннан төмен бақылау ұңғымасы", ARAL_WELLS, "semiannual",
     "по окончании каждой путины", "әр кәсіпшілік аяқталғаннан кейін"),
)  # fmt: skip


def _lower(text: str) -> str:
    head = text.split(" ")[0]
    return text if head.isupper() or any(ch.isdigit() for ch in head) or head[:1].islower() else text[0].lower() + text[1:]


def _names(doc: Doc, keys) -> str:
    return ", ".join(_lower(_air(doc, k) if k[0].isdigit() else vocab.water(k, doc.lang)) for k in keys)


def monitoring_hn1(doc: Doc) -> None:
    """A fishmeal plant's programme of impact monitoring whose `когда` column speaks the plant's calendar instead of a
    frequency: `ежемесячно в период работы цеха`, `в середине каждой путины`, `по окончании каждой путины`, `перед началом
    весенней путины` — with two fishing seasons a year, said only in the sentence before the table, twice a year for a
    sampling each season and once a year for one before the spring season; air points by the protection zone, the town,
    the outlet and the wells in one list (VI: a shrimp farm with two crops a year, `giữa mỗi vụ nuôi`, `trước khi lấy
    nước vào ao lắng mỗi vụ`, `cuối mùa khô hằng năm`)."""
    if doc.lang == "vi":
        _monitoring_hn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля ТОО «Арал Теңізі Балық» (рыбомучной цех, г. Аральск)",
            "«Арал Теңізі Балық» ЖШС (балық ұны цехы, Арал қ.) өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5. Мониторинг воздействия", "5. Әсер мониторингі", ""))
    doc.p(g("Цех перерабатывает рыбу и отходы ее разделки две путины в год – весеннюю (апрель – июнь) и осеннюю (сентябрь – "
            "ноябрь); вне путины цех законсервирован и выбросов и сбросов нет. Поэтому сроки отбора проб привязаны к путинам.",
            "Цех балықты және оны бөлшектеу қалдықтарын жылына екі кәсіпшілікте – көктемгі (сәуір – маусым) және күзгі (қыркүйек – "
            "қараша) өңдейді; кәсіпшіліктен тыс кезеңде цех консервацияланады, шығарындылар мен төгінділер болмайды. Сондықтан "
            "сынама алу мерзімдері кәсіпшіліктерге байланыстырылған.", ""))
    rows = [g(["№", "Пункт наблюдения", "Определяемые показатели", "Когда отбираются пробы", "Исполнитель"],
              ["№", "Бақылау пункті", "Анықталатын көрсеткіштер", "Сынамалар қашан алынады", "Орындаушы"], [])]
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    plan = [p for p in ARAL_PLAN if p[0] != "Т-3" or doc.rng.random() < 0.7]
    for k, (pid, p_ru, p_kk, keys, word, w_ru, w_kk) in enumerate(plan, 1):
        rows.append([str(k), f"{pid} – {(p_ru, p_kk)[L]}", _names(doc, keys), (w_ru, w_kk)[L], lab])
        kind = "code" if keys[0][0].isdigit() else "symbol"
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for key in keys))
    doc.table(g("Таблица 5.1 – План-график мониторинга воздействия", "5.1-кесте – Әсер мониторингінің жоспар-кестесі", ""), rows,
              role="monitoring")
    doc.p(g("На границе СЗЗ контролируются дурнопахнущие вещества – запах рыбомучного цеха является основным поводом обращений "
            "жителей г. Аральск.", "СҚА шекарасында жағымсыз иісті заттар бақыланады – балық ұны цехының иісі Арал қаласы "
            "тұрғындарының өтініштерінің негізгі себебі болып табылады.", ""))
    maybe_distractor(doc, 0.3)


# (point, place, [symbols], frequency, when)
SHRIMP_PLAN = (
    ("NC1", "Kênh cấp nước Ba Mun, tại cống lấy nước vào ao lắng", ("pH", "DO", "TSS", "NH4+", "NO2-", "Coliform"), "semiannual",
     "Trước khi lấy nước vào ao lắng mỗi vụ"),
    ("NT1", "Cống xả nước thải sau ao xử lý ra kênh Ba Mun", ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform"), "monthly",
     "Hằng tháng trong thời gian nuôi"),
    ("NM1", "Kênh Ba Mun, cách cống xả 100 m về phía hạ lưu", ("pH", "DO", "BOD5", "COD", "NH4+", "Coliform"), "semiannual",
     "Giữa mỗi vụ nuôi"),
    ("NN1", "Giếng khoan khai thác nước dưới đất của trại", ("pH", "TDS", "Cl-", "NH4+", "Fe"), "yearly", "Cuối mùa khô hằng năm (tháng 4)"),
)


def _monitoring_hn1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – KHU NUÔI TÔM THẺ CHÂN TRẮNG SIÊU THÂM CANH VĨNH HẬU (TỈNH CÀ MAU)")
    doc.p("Trại nuôi 02 vụ/năm: vụ 1 từ tháng 2 đến tháng 6, vụ 2 từ tháng 8 đến tháng 12; giữa hai vụ ao được phơi đáy, cải tạo và "
          "không xả nước thải. Thời điểm lấy mẫu được gắn với lịch mùa vụ như sau.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số", "Thời điểm, tần suất"]]
    for k, (pid, place, keys, word, when) in enumerate(SHRIMP_PLAN, 1):
        rows.append([str(k), pid, place, ", ".join(vocab.water(s, "vi") for s in keys), when])
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": word} for s in keys))
    doc.table("Bảng 5. Chương trình quan trắc môi trường", rows, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 02-19:2014/BNNPTNT (nước cấp), QCVN 08:2023/BTNMT (nước mặt), QCVN 09:2023/BTNMT (nước dưới đất).")
    maybe_distractor(doc, 0.3)


# (point, RU place, KK place)
LOS_POINTS = (("К-1", "вход на ЛОС", "ЖТҚ-ға кіреберіс"), ("К-2", "после флотатора", "флотатордан кейін"), ("К-3", "выход ЛОС", "ЖТҚ шығысы"))
# symbol: (stage 1 points, stage 2 points)
LOS_PLAN = {"pH": ("К-1", "К-2", "К-3"), "TSS": ("К-1", "К-2", "К-3"), "BOD5": ("К-1", "К-3"), "COD": ("К-1", "К-2", "К-3"),
            "NH4+": ("К-1", "К-3"), "FOG": ("К-1", "К-2", "К-3"), "Cl-": ("К-3",)}
LOS_STAGE2 = ("К-1", "К-3")
FOG_NAME = ("Жиры", "Майлар")


def monitoring_hn2(doc: Doc) -> None:
    """The sampling programme of a fish plant's new local treatment works for their commissioning: the parameters as rows,
    then two column groups whose merged titles carry the frequency — the start-up `1 раз в 15 суток` (no frequency of the
    contract) over the inlet, the flotator's outlet and the works' outlet, and the complex testing `ежедневно в течение 7
    суток` over the inlet and the outlet — `+` where a sample is taken, the flow on a row of no substance (VI: the trial
    operation of a rubber plant's waste-water works by Nghị định 08/2022, `15 ngày/lần` for the adjustment stage and
    `01 ngày/lần` for seven days of stable operation)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ТОО «Балқаш Балық Өнімдері». Программа отбора проб при пусконаладочных работах и комплексном опробовании локальных "
            "очистных сооружений (жироловка – флотатор – биореактор)",
            "«Балқаш Балық Өнімдері» ЖШС. Жергілікті тазарту құрылыстарын (май ұстағыш – флотатор – биореактор) іске қосу-баптау "
            "жұмыстары және кешенді сынау кезінде сынама алу бағдарламасы", ""))
    doc.p(g("Пусконаладочные работы ведутся в весеннюю путину 2026 г. (апрель – май, пять отборов); комплексное опробование – семь "
            "суток подряд после выхода на проектный режим. Пробы анализирует аккредитованная лаборатория по договору.",
            "Іске қосу-баптау жұмыстары 2026 жылғы көктемгі кәсіпшілікте жүргізіледі (сәуір – мамыр, бес сынама алу); кешенді сынау – "
            "жобалық режимге шыққаннан кейін қатарынан жеті тәулік. Сынамаларды шарт бойынша аккредиттелген зертхана талдайды.", ""))
    stage1 = g("Этап 1. Пусконаладочные работы – 1 раз в 15 суток", "1-кезең. Іске қосу-баптау жұмыстары – 15 тәулікте 1 рет", "")
    stage2 = g("Этап 2. Комплексное опробование – ежедневно в течение 7 суток", "2-кезең. Кешенді сынау – 7 тәулік бойы күн сайын", "")
    head = [f"{pid}\n{(p_ru, p_kk)[L]}" for pid, p_ru, p_kk in LOS_POINTS]
    head2 = [f"{pid}\n{(p_ru, p_kk)[L]}" for pid, p_ru, p_kk in LOS_POINTS if pid in LOS_STAGE2]
    rows = [[g("Показатель", "Көрсеткіш", ""), stage1, None, None, stage2, None],
            [None, *head, *head2]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)]
    keys = [s for s in LOS_PLAN if s != "Cl-" or r.random() < 0.7]
    for s in keys:
        label = FOG_NAME[L] if s == "FOG" else vocab.water(s, doc.lang)
        first = ["+" if pid in LOS_PLAN[s] else "–" for pid, _, _ in LOS_POINTS]
        second = ["+" if pid in LOS_PLAN[s] else "–" for pid in LOS_STAGE2]
        rows.append([label, *first, *second])
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": None} for pid in LOS_PLAN[s]))
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": "daily"} for pid in LOS_STAGE2 if pid in LOS_PLAN[s]))
    rows.append([g("Расход сточных вод, м3/ч", "Ағынды сулардың шығыны, м3/сағ", ""), "+", "–", "+", "+", "+"])
    doc.table(g("Таблица 1 – Точки и показатели отбора проб по этапам", "1-кесте – Кезеңдер бойынша сынама алу нүктелері мен көрсеткіштері", ""),
              rows, merges, role="monitoring")
    doc.p(g("«+» – отбор проводится; «–» – не проводится. Расход измеряется расходомером на выходе ЛОС.",
            "«+» – сынама алынады; «–» – алынбайды. Шығын ЖТҚ шығысындағы шығын өлшегішпен өлшенеді.", ""))


# (point, place)
TRIAL_POINTS = (("NT1", "đầu vào bể gạn mủ"), ("NT2", "sau bể kỵ khí"), ("NT3", "đầu ra hố ga cuối"))
TRIAL_PLAN = {"pH": ("NT1", "NT2", "NT3"), "BOD5": ("NT1", "NT2", "NT3"), "COD": ("NT1", "NT2", "NT3"), "TSS": ("NT1", "NT2", "NT3"),
              "TN": ("NT1", "NT3"), "NH4+": ("NT1", "NT2", "NT3")}
TRIAL_STAGE2 = ("NT1", "NT3")


def _monitoring_hn2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(RUBBER_PLANTS)[0]
    doc.h(f"KẾ HOẠCH VẬN HÀNH THỬ NGHIỆM CÔNG TRÌNH XỬ LÝ NƯỚC THẢI – {name.upper()}")
    doc.p("Thời gian vận hành thử nghiệm dự kiến từ 01/11/2025 đến 15/02/2026 (vụ cạo mủ), theo Điều 21 Nghị định số 08/2022/NĐ-CP: "
          "giai đoạn điều chỉnh hiệu suất lấy mẫu tổ hợp 15 ngày/lần (05 đợt), giai đoạn vận hành ổn định lấy mẫu đơn 01 ngày/lần trong 07 "
          "ngày liên tiếp.")
    rows = [["Thông số", "Giai đoạn điều chỉnh hiệu suất – 15 ngày/lần", None, None, "Giai đoạn vận hành ổn định – 01 ngày/lần (07 ngày)", None,
             "Quy chuẩn so sánh"],
            [None, *(f"{pid} ({place})" for pid, place in TRIAL_POINTS), *(f"{pid} ({place})" for pid, place in TRIAL_POINTS if pid in TRIAL_STAGE2),
             None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    keys = [s for s in TRIAL_PLAN if s != "TN" or r.random() < 0.7]
    for s in keys:
        rows.append([vocab.water(s, "vi"), *("x" if pid in TRIAL_PLAN[s] else "" for pid, _ in TRIAL_POINTS),
                     *("x" if pid in TRIAL_PLAN[s] else "" for pid in TRIAL_STAGE2), "QCVN 01-MT:2015/BTNMT, cột B"])
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": None} for pid in TRIAL_PLAN[s]))
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": "daily"} for pid in TRIAL_STAGE2 if pid in TRIAL_PLAN[s]))
    rows.append(["Lưu lượng nước thải (m3/ngày)", "x", "", "x", "x", "x", "-"])
    doc.table("Bảng 3. Kế hoạch quan trắc nước thải trong quá trình vận hành thử nghiệm", rows, merges, role="monitoring")
    doc.p("Đơn vị lấy mẫu, phân tích: Trung tâm Quan trắc môi trường tỉnh Đồng Nai (có chứng nhận VIMCERTS).")


# ---------------------------------------------------------------- inspections

# (RU season, KK season, [(RU object, KK object, RU what, KK what, frequency or None, RU written, KK written, RU who, KK who)])
ARAL_SEASONS = (
    ("Подготовка к весенней путине (март)", "Көктемгі кәсіпшілікке дайындық (наурыз)", [
        ("Рыбоприемный пункт и ледник", "Балық қабылдау пункті және мұзхана", "санитарное состояние, исправность лотков и трапов, наличие контейнеров",
         "санитариялық жай-күйі, науалар мен траптардың жарамдылығы, контейнерлердің болуы", None, "однократно до начала путины",
         "кәсіпшілік басталғанға дейін бір рет", "председатель кооператива", "кооператив төрағасы"),
        ("Маломерные суда и лодочные моторы", "Шағын көлемді кемелер мен қайық моторлары", "отсутствие подтеканий топлива и масла, наличие поддонов",
         "отын мен майдың ағып кетпеуі, табандықтардың болуы", None, "перед спуском на воду", "суға түсірер алдында", "бригадиры", "бригадирлер")]),
    ("Весенняя путина (апрель – июнь)", "Көктемгі кәсіпшілік (сәуір – маусым)", [
        ("Цех разделки и посола рыбы", "Балық бөлшектеу және тұздау цехы", "сбор отходов разделки, работа жироловки", "бөлшектеу қалдықтарын жинау, май ұстағыштың жұмысы",
         "daily", "ежедневно", "күн сайын", "мастер цеха", "цех шебері"),
        ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "заполнение контейнеров, своевременность вывоза",
         "контейнерлердің толуы, уақтылы шығару", "weekly", "еженедельно", "апта сайын", "уполномоченный по ООС", "ҚОҚ жөніндегі уәкіл"),
        ("Пруд-накопитель сточных вод", "Ағынды сулардың жинақтағыш тоғаны", "уровень воды, целостность дамбы", "су деңгейі, бөгеттің тұтастығы",
         "weekly", "еженедельно", "апта сайын", "уполномоченный по ООС", "ҚОҚ жөніндегі уәкіл")]),
    ("Межпутинный период (июль – август)", "Кәсіпшілік аралық кезең (шілде – тамыз)", [
        ("Пруд-накопитель сточных вод", "Ағынды сулардың жинақтағыш тоғаны", "уровень воды, целостность дамбы, запах", "су деңгейі, бөгеттің тұтастығы, иіс",
         "monthly", "ежемесячно", "ай сайын", "уполномоченный по ООС", "ҚОҚ жөніндегі уәкіл"),
        ("Склад ГСМ кооператива", "Кооперативтің ЖЖМ қоймасы", "подтекания, состояние обвалования", "ағып кетулер, үйінді қоршаудың жай-күйі",
         "monthly", "ежемесячно", "ай сайын", "завхоз", "шаруашылық меңгерушісі")]),
    ("Осенняя путина (сентябрь – ноябрь)", "Күзгі кәсіпшілік (қыркүйек – қараша)", [
        ("Цех разделки и посола рыбы", "Балық бөлшектеу және тұздау цехы", "сбор отходов разделки, работа жироловки", "бөлшектеу қалдықтарын жинау, май ұстағыштың жұмысы",
         "daily", "ежедневно", "күн сайын", "мастер цеха", "цех шебері"),
        ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "заполнение контейнеров, своевременность вывоза",
         "контейнерлердің толуы, уақтылы шығару", "weekly", "еженедельно", "апта сайын", "уполномоченный по ООС", "ҚОҚ жөніндегі уәкіл")]),
    ("Подледный лов (декабрь – февраль)", "Мұз астынан аулау (желтоқсан – ақпан)", [
        ("Рыбацкие станы на льду", "Мұз үстіндегі балықшылар тұрақтары", "отсутствие брошенных сетей, мусора, топлива", "тасталған торлардың, қоқыстың, отынның болмауы",
         "weekly", "еженедельно", "апта сайын", "бригадиры", "бригадирлер"),
        ("Котельная кооператива (уголь)", "Кооператив қазандығы (көмір)", "режим горения, золоудаление, склад угля", "жану режимі, күл шығару, көмір қоймасы",
         "monthly", "ежемесячно", "ай сайын", "главный инженер", "бас инженер")]),
)  # fmt: skip
# (VI season, [(object, what, frequency or None, written, who)])
COFFEE_SEASONS = (
    ("Trước vụ chế biến (tháng 9)", [
        ("Hồ kỵ khí, hồ sinh học xử lý nước thải", "nạo vét bùn, kiểm tra bờ hồ, bạt chống thấm", None, "01 lần trước khi vào vụ", "Tổ cơ điện"),
        ("Bơm, đường ống tuần hoàn nước xát tươi", "rò rỉ, khả năng tuần hoàn", None, "01 lần trước khi vào vụ", "Tổ cơ điện")]),
    ("Trong vụ chế biến (tháng 10 – tháng 1 năm sau)", [
        ("Hồ kỵ khí, hồ sinh học xử lý nước thải", "mực nước, màu, mùi, tràn bờ", "daily", "hằng ngày", "Cán bộ môi trường"),
        ("Bãi ủ vỏ quả cà phê", "che phủ, nước rỉ, mùi", "weekly", "hằng tuần", "Tổ trưởng bãi ủ"),
        ("Lò sấy cà phê đốt vỏ trấu", "khói đen, bụi, cyclon thu tro", "daily", "hằng ngày", "Trưởng ca sấy")]),
    ("Ngoài vụ chế biến (tháng 2 – tháng 8)", [
        ("Hồ kỵ khí, hồ sinh học xử lý nước thải", "mực nước, bờ hồ, cỏ dại", "monthly", "01 tháng/lần", "Cán bộ môi trường"),
        ("Kho chứa chất thải nguy hại", "nhãn, thời gian lưu giữ, sổ theo dõi", "quarterly", "03 tháng/lần", "Cán bộ môi trường")]),
)  # fmt: skip


def inspections_hn1(doc: Doc) -> None:
    """A fishing cooperative's plan of internal checks laid out by the fishing calendar: a row spanning the table for each
    period — preparing the spring season, the spring season, between the seasons, the autumn season, ice fishing — and
    under it the checks of that period, the same pond or shop under several periods at other frequencies, checks before the
    season or before launching the boats with no frequency of the contract (VI: a coffee wet-processing plant's plan before,
    during and after the processing season)."""
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH TỰ KIỂM TRA CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY CHẾ BIẾN CÀ PHÊ ƯỚT EA KPAM (TỈNH ĐẮK LẮK)")
        doc.p("Nhà máy chế biến cà phê quả tươi theo phương pháp ướt; nội dung và tần suất kiểm tra thay đổi theo mùa vụ thu hoạch.")
        rows = [["TT", "Công trình, khu vực", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
        merges = []
        k = 0
        for season, items in COFFEE_SEASONS:
            rows.append([season, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for obj, what, word, written, who in items:
                k += 1
                rows.append([str(k), obj, what, written, who])
                item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra theo mùa vụ", rows, merges, role="inspections")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ПК «Арал Балықшысы». План производственного контроля на 2026 год. Раздел 3. Внутренние проверки",
            "«Арал Балықшысы» ӨК. 2026 жылға арналған өндірістік бақылау жоспары. 3-бөлім. Ішкі тексерулер", ""))
    doc.p(g("Кооператив ведет лов рыбы на Малом Аральском море весной, осенью и подо льдом; состав и частота проверок меняются "
            "в зависимости от периода промысла.",
            "Кооператив Кіші Арал теңізінде көктемде, күзде және мұз астынан балық аулайды; тексерулердің құрамы мен жиілігі кәсіпшілік "
            "кезеңіне байланысты өзгереді.", ""))
    rows = [g(["№", "Объект проверки", "Что проверяется", "Периодичность", "Кто проверяет"],
              ["№", "Тексеру объектісі", "Не тексеріледі", "Кезеңділігі", "Кім тексереді"], [])]
    merges = []
    k = 0
    for s_ru, s_kk, items in ARAL_SEASONS:
        rows.append([(s_ru, s_kk)[L], None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for o_ru, o_kk, w_ru, w_kk, word, f_ru, f_kk, h_ru, h_kk in items:
            k += 1
            obj, who = (o_ru, o_kk)[L], (h_ru, h_kk)[L]
            rows.append([str(k), obj, (w_ru, w_kk)[L], (f_ru, f_kk)[L], who])
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 3.1 – График внутренних проверок по периодам промысла", "3.1-кесте – Кәсіпшілік кезеңдері бойынша ішкі тексерулер кестесі", ""),
              rows, merges, role="inspections")
    doc.p(g("Результаты проверок записываются в журнал производственного контроля кооператива.",
            "Тексеру нәтижелері кооперативтің өндірістік бақылау журналына жазылады.", ""))
    maybe_distractor(doc, 0.3)


# (RU section, KK section, [(record, RU object, KK object, frequency or None, RU written, KK written, RU who, KK who)])
PRP_SECTIONS = (
    ("Раздел 6 ISO/TS 22002-1. Коммунальные системы – вода, воздух, энергия", "ISO/TS 22002-1 6-бөлімі. Коммуналдық жүйелер – су, ауа, энергия", [
        ("F-PRP-06-01", "Скважина и резервуар питьевой воды: целостность оголовка, хлорирование", "Ауыз су ұңғымасы мен резервуары: қалпақтың тұтастығы, хлорлау",
         "monthly", "ежемесячно", "ай сайын", "инженер-энергетик", "инженер-энергетик"),
        ("F-PRP-06-02", "Вытяжная вентиляция коптильного и автоклавного отделений", "Ыстау және автоклав бөлімшелерінің сору желдеткіші",
         "weekly", "еженедельно", "апта сайын", "сменный механик", "ауысым механигі"),
        ("F-PRP-06-03", "Котельная: режим горения, состояние дымовой трубы", "Қазандық: жану режимі, түтін мұржасының жай-күйі",
         "daily", "ежедневно", "күн сайын", "оператор котельной", "қазандық операторы")]),
    ("Раздел 7 ISO/TS 22002-1. Удаление отходов", "ISO/TS 22002-1 7-бөлімі. Қалдықтарды жою", [
        ("F-PRP-07-01", "Контейнеры для отходов разделки в цехах (п. 7.2)", "Цехтардағы бөлшектеу қалдықтарына арналған контейнерлер (7.2-т.)",
         None, "каждую смену", "әр ауысым сайын", "мастер смены", "ауысым шебері"),
        ("F-PRP-07-02", "Площадка временного хранения отходов и график вывоза (п. 7.3)", "Қалдықтарды уақытша сақтау алаңы және шығару кестесі (7.3-т.)",
         "weekly", "еженедельно", "апта сайын", "инженер-эколог", "инженер-эколог"),
        ("F-PRP-07-03", "Трапы, лотки и канализационные колодцы цехов (п. 7.4)", "Цехтардың траптары, науалары және кәріз құдықтары (7.4-т.)",
         "daily", "ежедневно", "күн сайын", "мастер смены", "ауысым шебері"),
        ("F-PRP-07-04", "Жироловка и локальные очистные сооружения (п. 7.4)", "Май ұстағыш және жергілікті тазарту құрылыстары (7.4-т.)",
         "weekly", "еженедельно", "апта сайын", "оператор ЛОС", "ЖТҚ операторы"),
        ("F-PRP-07-05", "Договоры и акты передачи отходов", "Қалдықтарды беру шарттары мен актілері", "quarterly", "ежеквартально", "тоқсан сайын",
         "инженер-эколог", "инженер-эколог")]),
    ("Раздел 12 ISO/TS 22002-1. Борьба с вредителями", "ISO/TS 22002-1 12-бөлімі. Зиянкестермен күрес", [
        ("F-PRP-12-01", "Приманочные станции и ловушки по периметру территории", "Аумақ периметрі бойынша жем станциялары мен қақпандар",
         "monthly", "ежемесячно", "ай сайын", "подрядчик по дератизации", "дератизация жөніндегі мердігер"),
        ("F-PRP-12-02", "Анализ тенденций заселенности вредителями", "Зиянкестердің қоныстану үрдістерін талдау", "yearly", "1 раз в год",
         "жылына 1 рет", "руководитель группы безопасности пищевой продукции", "тамақ өнімдерінің қауіпсіздігі тобының басшысы")]),
)  # fmt: skip
# (VI SSOP, [(record, object, frequency or None, written, who)])
SSOP_SECTIONS = (
    ("SSOP 1 – An toàn nguồn nước", [
        ("BM-SSOP1-01", "Giếng khoan, bể chứa và hệ thống xử lý nước cấp", "monthly", "01 tháng/lần", "Tổ trưởng cơ điện"),
        ("BM-SSOP1-02", "Đường ống, vòi cấp nước vào phân xưởng", None, "Mỗi ca", "Nhân viên QC")]),
    ("SSOP 7 – Sử dụng, bảo quản hóa chất", [
        ("BM-SSOP7-01", "Kho hóa chất tẩy rửa, khử trùng và sổ xuất nhập", "weekly", "Hằng tuần", "Thủ kho"),
        ("BM-SSOP7-02", "Khu pha chế hóa chất xử lý nước thải", "daily", "Hằng ngày", "Tổ vận hành HTXLNT")]),
    ("SSOP 9 – Kiểm soát động vật gây hại", [
        ("BM-SSOP9-01", "Bẫy, trạm mồi quanh khu vực nhà máy", "monthly", "01 tháng/lần", "Đơn vị dịch vụ diệt côn trùng"),
        ("BM-SSOP9-02", "Đánh giá hiệu quả chương trình kiểm soát động vật gây hại", "yearly", "1 lần/năm", "Trưởng ban HACCP")]),
    ("SSOP 10 – Kiểm soát chất thải", [
        ("BM-SSOP10-01", "Thùng chứa phế liệu (đầu, xương, da cá) trong phân xưởng", None, "Mỗi ca", "Tổ trưởng phân xưởng"),
        ("BM-SSOP10-02", "Hệ thống thu gom nước thải, hố ga trong phân xưởng", "daily", "Hằng ngày", "Tổ trưởng phân xưởng"),
        ("BM-SSOP10-03", "Hệ thống xử lý nước thải tập trung", "daily", "Hằng ngày", "Tổ vận hành HTXLNT"),
        ("BM-SSOP10-04", "Kho chứa chất thải nguy hại", "quarterly", "03 tháng/lần", "Cán bộ môi trường"),
        ("BM-SSOP10-05", "Hồ sơ chuyển giao phế liệu, chất thải", "semiannual", "06 tháng/lần", "Cán bộ môi trường")]),
)  # fmt: skip


def inspections_hn2(doc: Doc) -> None:
    """A fish cannery's own-check schedule of its food-safety prerequisite programmes (ISO/TS 22002-1), the environmental
    checks standing among them: a row spanning the table for each section of the standard — utilities, waste disposal,
    pest control — the record form's code before the object, checks every shift with no frequency of the contract beside
    daily to yearly ones, the responsible last (VI: a pangasius plant's SSOP schedule, `SSOP 10 – Kiểm soát chất thải`
    among the water, chemicals and pest sections, `Mỗi ca` checks)."""
    if doc.lang == "vi":
        doc.h("CHƯƠNG TRÌNH QUY PHẠM VỆ SINH (SSOP) – NHÀ MÁY CHẾ BIẾN CÁ TRA FILLET XUẤT KHẨU SA ĐÉC (TỈNH ĐỒNG THÁP)")
        doc.p("Phụ lục 2. Lịch giám sát, kiểm tra các SSOP liên quan đến nước, hóa chất, động vật gây hại và chất thải (ban hành lần 05).")
        rows = [["Mã biểu mẫu", "Đối tượng giám sát, kiểm tra", "Tần suất", "Người thực hiện"]]
        merges = []
        for title, items in SSOP_SECTIONS:
            rows.append([title, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            for record, obj, word, written, who in items:
                rows.append([record, obj, written, who])
                item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
        doc.table("Bảng PL2. Lịch giám sát SSOP", rows, merges, role="inspections")
        doc.p("Kết quả giám sát được ghi vào biểu mẫu tương ứng và được Trưởng ban HACCP thẩm tra hằng tuần.")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ТОО «Жайық Балық Консерві». Программа обязательных предварительных мероприятий (PRP), редакция 4. Приложение 2",
            "«Жайық Балық Консерві» ЖШС. Міндетті алдын ала іс-шаралар бағдарламасы (PRP), 4-редакция. 2-қосымша", ""))
    doc.p(g("График внутренних проверок инфраструктуры. Записи ведутся по формам, указанным в первой графе; проверки по разделу 7 "
            "одновременно являются производственным экологическим контролем.",
            "Инфрақұрылымды ішкі тексерулер кестесі. Жазбалар бірінші бағанда көрсетілген нысандар бойынша жүргізіледі; 7-бөлім "
            "бойынша тексерулер бір мезгілде өндірістік экологиялық бақылау болып табылады.", ""))
    rows = [g(["Форма записи", "Объект и предмет проверки", "Периодичность", "Ответственный"],
              ["Жазба нысаны", "Тексеру объектісі мен мәні", "Кезеңділігі", "Жауапты"], [])]
    merges = []
    for s_ru, s_kk, items in PRP_SECTIONS:
        rows.append([(s_ru, s_kk)[L], None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for record, o_ru, o_kk, word, f_ru, f_kk, h_ru, h_kk in items:
            obj, who = (o_ru, o_kk)[L], (h_ru, h_kk)[L]
            rows.append([record, obj, (f_ru, f_kk)[L], who])
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("График внутренних проверок", "Ішкі тексерулер кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (code, level, RU, KK, RU indicator, KK indicator, RU source, KK source, RU who, KK who, RU term, KK term) — level: goal, result, activity
ARAL_FRAME = (
    ("Ц", "goal", "Общая цель: снизить воздействие рыбного промысла и переработки рыбы в Аральском районе на Малое Аральское море",
     "Жалпы мақсат: Арал ауданындағы балық кәсіпшілігі мен балық өңдеудің Кіші Арал теңізіне әсерін азайту",
     "нагрузка по БПК5 от цехов переработки снижена на 60 %", "өңдеу цехтарынан БПК5 бойынша жүктеме 60 %-ға азайтылды",
     "отчеты по ПЭК", "ӨЭБ бойынша есептер", None, None, None, None),
    ("1", "result", "Результат 1. Отходы разделки рыбы собираются и перерабатываются", "1-нәтиже. Балық бөлшектеу қалдықтары жиналады және өңделеді",
     "не менее 80 % отходов разделки передано на кормовую муку", "бөлшектеу қалдықтарының кемінде 80 %-ы жем ұнына берілді",
     "акты приема-передачи", "қабылдау-тапсыру актілері", None, None, None, None),
    ("1.1", "activity", "Установить на рыбоприемных пунктах контейнеры с крышками для отходов разделки", "Балық қабылдау пункттеріне бөлшектеу "
     "қалдықтарына арналған қақпағы бар контейнерлер орнату", "40 контейнеров", "40 контейнер", "акты приемки", "қабылдау актілері",
     "ПК «Арал Балықшысы»", "«Арал Балықшысы» ӨК", "II квартал 2026 г.", "2026 ж. II тоқсаны"),
    ("1.2", "activity", "Заключить договор с рыбомучным цехом на прием отходов разделки в период путины",
     "Кәсіпшілік кезеңінде бөлшектеу қалдықтарын қабылдауға балық ұны цехымен шарт жасасу", "договор подписан", "шарт жасалды",
     "копия договора", "шарттың көшірмесі", "ТОО «Арал Теңізі Балық»", "«Арал Теңізі Балық» ЖШС", "до 01.04.2026", "01.04.2026 дейін"),
    ("2", "result", "Результат 2. Сточные воды рыбоприемных пунктов очищаются до сброса в пруды-накопители",
     "2-нәтиже. Балық қабылдау пункттерінің ағынды сулары жинақтағыш тоғандарға төгілгенге дейін тазартылады",
     "3 пункта оснащены жироловками", "3 пункт май ұстағыштармен жабдықталды", "акты ввода", "пайдалануға беру актілері", None, None, None, None),
    ("2.1", "activity", "Построить жироловку и пруд-накопитель на рыбоприемном пункте «Тастүбек»",
     "«Тастүбек» балық қабылдау пунктінде май ұстағыш пен жинақтағыш тоған салу", "1 объект", "1 объект", "акт ввода в эксплуатацию",
     "пайдалануға беру актісі", "ПК «Арал Балықшысы»", "«Арал Балықшысы» ӨК", "май – август 2026 г.", "2026 ж. мамыр – тамыз"),
    ("2.2", "activity", "Организовать лабораторный контроль сточных вод рыбоприемных пунктов в каждую путину",
     "Әр кәсіпшілікте балық қабылдау пункттерінің ағынды суларын зертханалық бақылауды ұйымдастыру", "протоколы испытаний", "сынақ хаттамалары",
     "протоколы", "хаттамалар", "ПК «Арал Балықшысы» (по договору с аккредитованной лабораторией)",
     "«Арал Балықшысы» ӨК (аккредиттелген зертханамен шарт бойынша)",
     "2026–2028 гг.", "2026–2028 жж."),
    ("3", "result", "Результат 3. Брошенные орудия лова и мусор на побережье сокращены", "3-нәтиже. Жағалаудағы тасталған аулау құралдары мен қоқыс азайтылды",
     "собрано не менее 15 т сетей", "кемінде 15 т тор жиналды", "акты сдачи", "тапсыру актілері", None, None, None, None),
    ("3.1", "activity", "Провести ежегодные акции по сбору брошенных сетей на побережье Малого Арала",
     "Кіші Арал жағалауында тасталған торларды жинау бойынша жыл сайынғы акциялар өткізу", "3 акции", "3 акция", "фотоотчеты", "фотоесептер",
     "акимат Аральского района", "Арал ауданының әкімдігі", "ежегодно, сентябрь", "жыл сайын, қыркүйек"),
    ("3.2", "activity", "Обучить рыбаков правилам обращения с отходами и маркировке сетей", "Балықшыларды қалдықтармен жұмыс істеу және торларды "
     "таңбалау қағидаларына оқыту", "120 рыбаков", "120 балықшы", "списки участников", "қатысушылар тізімі", "ОФ «Арал Табиғаты»",
     "«Арал Табиғаты» ҚҚ", "I квартал 2027 г.", "2027 ж. I тоқсаны"),
)  # fmt: skip
# (code, level, text, indicator, source, who, term)
SHRIMP_FRAME = (
    ("MT", "goal", "Mục tiêu chung: nâng cao thu nhập và giảm ô nhiễm môi trường vùng nuôi tôm – lúa thích ứng biến đổi khí hậu",
     "Thu nhập thành viên tăng 20 %", "Báo cáo của HTX", None, None),
    ("1", "result", "Kết quả 1. Nước thải, bùn thải ao nuôi được thu gom, xử lý", "100 % ao có ao lắng", "Biên bản nghiệm thu", None, None),
    ("1.1", "activity", "Xây dựng ao lắng, ao xử lý nước thải chung cho tổ hợp tác số 1 và số 2", "02 ao, 1,2 ha", "Biên bản nghiệm thu",
     "HTX Tôm – Lúa Phước Long", "Quý II/2026"),
    ("1.2", "activity", "Hướng dẫn thành viên nạo vét, xử lý bùn đáy ao sau mỗi vụ", "80 hộ được hướng dẫn", "Danh sách tập huấn",
     "Trung tâm Khuyến nông tỉnh Cà Mau", "Tháng 6/2026"),
    ("2", "result", "Kết quả 2. Vùng nuôi được giám sát chất lượng nước", "12 đợt quan trắc/năm", "Bản tin cảnh báo", None, None),
    ("2.1", "activity", "Lắp đặt trạm quan trắc nước tự động tại cống lấy nước chung", "01 trạm", "Biên bản bàn giao",
     "Ban Quản lý dự án tỉnh (CPMU)", "Quý III/2026"),
    ("2.2", "activity", "Ban hành bản tin cảnh báo môi trường vùng nuôi trong mùa nuôi", "12 bản tin", "Trang thông tin của Chi cục",
     "Chi cục Thủy sản tỉnh Cà Mau", "Tháng 2 – 9/2026"),
    ("3", "result", "Kết quả 3. Chất thải nguy hại từ nuôi tôm được quản lý", "100 % bao bì hóa chất được thu gom", "Chứng từ CTNH", None, None),
    ("3.1", "activity", "Bố trí điểm tập kết bao bì hóa chất, thuốc thú y thủy sản tại trụ sở HTX", "01 điểm", "Biên bản kiểm tra",
     "UBND xã Phước Long", "Tháng 3/2026"),
    ("3.2", "activity", "Ký hợp đồng thu gom, xử lý chất thải nguy hại với đơn vị có giấy phép", "01 hợp đồng", "Hợp đồng",
     "HTX Tôm – Lúa Phước Long", "Tháng 4/2026"),
)  # fmt: skip


def tasks_hn1(doc: Doc) -> None:
    """The logical framework of a donor-funded fisheries project joined with its implementation plan: a row per level of
    the hierarchy — the goal `Ц`, the results `1`, `2`, `3` with indicators and sources of verification but no one
    responsible and no term, then the activities `1.1`, `2.2` with theirs — only the activities are tasks (VI: the logical
    framework of a climate-adapted shrimp–rice cooperative's sub-project, `MT`, `Kết quả 1`, `Hoạt động 1.1`)."""
    if doc.lang == "vi":
        doc.h("DỰ ÁN CHUYỂN ĐỔI SINH KẾ THÍCH ỨNG BIẾN ĐỔI KHÍ HẬU VÙNG TÔM – LÚA (VỐN VAY IFAD)")
        doc.p("Tiểu dự án của Hợp tác xã Tôm – Lúa Phước Long, tỉnh Cà Mau. Phụ lục 1. Khung logic và kế hoạch thực hiện năm 2026.")
        rows = [["Mã", "Logic can thiệp", "Chỉ số kiểm chứng", "Nguồn kiểm chứng", "Đơn vị thực hiện", "Thời gian"]]
        for code, level, text, ind, src, who, term in SHRIMP_FRAME:
            label = text if level != "activity" else f"Hoạt động {code}: {text}"
            rows.append([code, label, ind, src, who or "-", term or "-"])
            if level == "activity":
                doc.add("obligations", {"kind": "task", "number": code, "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng PL1. Khung logic", rows, role="tasks")
        doc.p("Giả định: giá tôm nguyên liệu ổn định; thành viên HTX đồng thuận đóng góp 10 % kinh phí xây dựng ao lắng.")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Проект «Устойчивое рыболовство и переработка рыбы в бассейне Малого Аральского моря» (грант, 2026–2028 гг.)",
            "«Кіші Арал теңізі бассейніндегі тұрақты балық аулау және балық өңдеу» жобасы (грант, 2026–2028 жж.)", ""))
    doc.p(g("Приложение 1. Логическая рамка проекта и план реализации. Получатель гранта – ПК «Арал Балықшысы»; партнеры – акимат "
            "Аральского района и ОФ «Арал Табиғаты».",
            "1-қосымша. Жобаның логикалық шеңбері және іске асыру жоспары. Грант алушы – «Арал Балықшысы» ӨК; серіктестер – Арал "
            "ауданының әкімдігі және «Арал Табиғаты» ҚҚ.", ""))
    rows = [g(["Код", "Логика вмешательства", "Объективно проверяемые индикаторы", "Источники проверки", "Ответственный", "Срок"],
              ["Коды", "Араласу логикасы", "Объективті тексерілетін индикаторлар", "Тексеру көздері", "Жауапты", "Мерзімі"], [])]
    activity = g("Мероприятие", "Іс-шара", "")
    for code, level, t_ru, t_kk, i_ru, i_kk, s_ru, s_kk, w_ru, w_kk, m_ru, m_kk in ARAL_FRAME:
        text = (t_ru, t_kk)[L]
        who = (w_ru, w_kk)[L] if w_ru else "–"
        label = f"{activity} {code}. {text}" if level == "activity" else text
        rows.append([code, label, (i_ru, i_kk)[L], (s_ru, s_kk)[L], who, (m_ru, m_kk)[L] if m_ru else "–"])
        if level == "activity":
            doc.add("obligations", {"kind": "task", "number": code, "text_contains": _words(text), "actor_contains": who.split(" (")[0]})
    doc.table(g("Таблица П1 – Логическая рамка", "П1-кесте – Логикалық шеңбер", ""), rows, role="tasks")
    doc.p(g("Допущения: уровень воды в Малом Арале сохраняется; квоты вылова не сокращаются.",
            "Болжамдар: Кіші Аралдағы су деңгейі сақталады; аулау квоталары қысқартылмайды.", ""))
    maybe_distractor(doc, 0.3)


# (RU work, KK work, [(RU section, KK section, km, RU brigade, KK brigade, RU date, KK date)])
SHORE_WORKS = (
    ("Очистка береговой полосы от бытового мусора и брошенных орудий лова", "Жағалау белдеуін тұрмыстық қоқыстан және тасталған аулау құралдарынан тазарту", [
        ("участок № 1: с. Қарой – устье протоки Жидели", "№ 1 учаске: Қарой а. – Жиделі сағасы", 6.5, "бригада № 1 (бригадир Абдрахманов Е.К.)",
         "№ 1 бригада (бригадир Абдрахманов Е.Қ.)", "10–12 апреля 2026 г.", "2026 ж. 10–12 сәуір"),
        ("участок № 2: устье протоки Жидели – урочище Қараөзек", "№ 2 учаске: Жиделі сағасы – Қараөзек мекені", 8.0, "бригада № 2 (бригадир Тулегенов М.С.)",
         "№ 2 бригада (бригадир Түлегенов М.С.)", "10–12 апреля 2026 г.", "2026 ж. 10–12 сәуір"),
        ("участок № 3: урочище Қараөзек – мыс Шұбартүбек", "№ 3 учаске: Қараөзек мекені – Шұбартүбек мүйісі", 7.2, "бригада № 3 (бригадир Оспанов Д.Б.)",
         "№ 3 бригада (бригадир Оспанов Д.Б.)", "17–19 апреля 2026 г.", "2026 ж. 17–19 сәуір"),
        ("участок № 4: мыс Шұбартүбек – залив Ақжайдақ", "№ 4 учаске: Шұбартүбек мүйісі – Ақжайдақ шығанағы", 9.4, "бригада № 4 (бригадир Калиев А.Т.)",
         "№ 4 бригада (бригадир Қалиев А.Т.)", "17–19 апреля 2026 г.", "2026 ж. 17–19 сәуір")]),
    ("Вывоз собранных отходов и сетей с рыбацких станов на пункт приема", "Жиналған қалдықтар мен торларды балықшылар тұрақтарынан қабылдау пунктіне шығару", [
        ("станы «Қарой» и «Жидели»", "«Қарой» және «Жиделі» тұрақтары", None, "бригада № 1 (бригадир Абдрахманов Е.К.)",
         "№ 1 бригада (бригадир Абдрахманов Е.Қ.)", "до 25 апреля 2026 г.", "2026 ж. 25 сәуірге дейін"),
        ("станы «Қараөзек», «Шұбартүбек» и «Ақжайдақ»", "«Қараөзек», «Шұбартүбек» және «Ақжайдақ» тұрақтары", None, "бригада № 3 (бригадир Оспанов Д.Б.)",
         "№ 3 бригада (бригадир Оспанов Д.Б.)", "до 25 апреля 2026 г.", "2026 ж. 25 сәуірге дейін")]),
)  # fmt: skip
# (work, [(section, m, group, date)])
CANAL_WORKS = (
    ("Nạo vét, khơi thông kênh cấp nước chung của HTX", [
        ("Đoạn 1: từ cống Ba Rẫy đến cầu kênh 2", 850, "Tổ hợp tác số 1 (tổ trưởng: ông Trần Văn Út)", "Từ 05/6 đến 12/6/2026"),
        ("Đoạn 2: từ cầu kênh 2 đến ngã ba kênh Xáng", 1100, "Tổ hợp tác số 2 (tổ trưởng: ông Lâm Văn Sáu)", "Từ 05/6 đến 15/6/2026"),
        ("Đoạn 3: từ ngã ba kênh Xáng đến cống Phước Long", 920, "Tổ hợp tác số 3 (tổ trưởng: bà Nguyễn Thị Lệ)", "Từ 13/6 đến 20/6/2026")]),
    ("Gia cố bờ ao lắng chung, trồng cỏ chống sạt lở", [
        ("Ao lắng chung số 1 (tổ 1 và tổ 2)", 420, "Tổ hợp tác số 2 (tổ trưởng: ông Lâm Văn Sáu)", "Tháng 7/2026"),
        ("Ao lắng chung số 2 (tổ 3)", 300, "Tổ hợp tác số 3 (tổ trưởng: bà Nguyễn Thị Lệ)", "Tháng 7/2026")]),
)


def tasks_hn2(doc: Doc) -> None:
    """A fishing cooperative's order sharing out a shore clean-up among its brigades: the work merged down the second
    column over the sections of shore (or the camps) it is done on, each row its own number, section, length, brigade
    with its foreman and dates — the rows under a merged work carry no words of their own of what is to be done, only where
    and by whom (VI: a shrimp cooperative's sharing out of dredging its common canal and strengthening its settling ponds
    among its cooperative groups, the section's length in metres)."""
    if doc.lang == "vi":
        doc.h("HỢP TÁC XÃ TÔM – LÚA PHƯỚC LONG – BẢNG PHÂN CÔNG NẠO VÉT KÊNH CẤP NƯỚC VÀ GIA CỐ AO LẮNG CHUNG NĂM 2026")
        doc.p("Thực hiện Nghị quyết Đại hội thành viên thường niên, công việc được thực hiện trong thời gian cải tạo ao giữa hai vụ nuôi.")
        rows = [["STT", "Công việc", "Vị trí, đoạn kênh", "Chiều dài (m)", "Tổ thực hiện", "Thời gian"]]
        merges = []
        n = 0
        for work, items in CANAL_WORKS:
            start = len(rows)
            for section, meters, group, when in items:
                n += 1
                rows.append([str(n), work if len(rows) == start else None, section, num(meters, "vi"), group, when])
                doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(work, 4), "actor_contains": group.split(" (")[0]})
            merges.append((start, 1, len(rows) - 1, 1))
        doc.table("Bảng phân công", rows, merges, role="tasks")
        doc.p("Ban kiểm soát HTX nghiệm thu từng đoạn; tổ nào chậm tiến độ phải đóng góp kinh phí thuê máy đào.")
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ПК «Қарой Балықшылары». Распоряжение председателя о проведении экологической акции «Таза жаға – 2026»",
            "«Қарой Балықшылары» ӨК. «Таза жаға – 2026» экологиялық акциясын өткізу туралы төрағаның өкімі", ""))
    doc.p(g("Приложение. Распределение участков береговой полосы озера Балхаш и рыбацких станов между бригадами кооператива. "
            "Акция проводится до начала весенней путины.",
            "Қосымша. Балқаш көлінің жағалау белдеуі учаскелері мен балықшылар тұрақтарын кооператив бригадалары арасында бөлу. "
            "Акция көктемгі кәсіпшілік басталғанға дейін өткізіледі.", ""))
    rows = [g(["№", "Вид работ", "Участок (объект)", "Протяженность, км", "Ответственная бригада", "Срок"],
              ["№", "Жұмыс түрі", "Учаске (объект)", "Ұзындығы, км", "Жауапты бригада", "Мерзімі"], [])]
    merges = []
    n = 0
    for w_ru, w_kk, items in SHORE_WORKS:
        work = (w_ru, w_kk)[L]
        start = len(rows)
        for s_ru, s_kk, km, b_ru, b_kk, d_ru, d_kk in items:
            n += 1
            brigade = (b_ru, b_kk)[L]
            rows.append([str(n), work if len(rows) == start else None, (s_ru, s_kk)[L], num(km, doc.lang) if km else "–", brigade, (d_ru, d_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(work, 4), "actor_contains": brigade.split(" (")[0]})
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Собранные сети сдаются на пункт приема ТОО «Полимер Ресайклинг» по акту. Контроль исполнения оставляю за собой.",
            "Жиналған торлар «Полимер Ресайклинг» ЖШС қабылдау пунктіне акт бойынша тапсырылады. Орындалуын бақылауды өзіме қалдырамын.", ""))


LAYOUTS = [Layout(role, f"HN{k}", globals()[f"{role}_hn{k}"]) for role in ROLES for k in (1, 2)]
