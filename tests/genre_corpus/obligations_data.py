"""What plans of internal inspections and work plans are made of: inspection subjects and the
tasks of an environmental work plan with their deadlines and responsible units, in RU, KK, VI."""

from __future__ import annotations

from . import vocab
from .common import Doc

# (task, deadline, responsible[, partner (VI)])
TASKS = {
    "ru": (
        ("Разработать и утвердить программу производственного экологического контроля на 2027–2029 годы", "до 1 декабря 2026 г.", "Отдел охраны окружающей среды"),
        ("Провести инвентаризацию источников выбросов загрязняющих веществ", "II квартал 2026 г.", "Главный эколог"),
        ("Заключить договор со специализированной организацией на вывоз отходов", "январь 2026 г.", "Отдел материально-технического снабжения"),
        ("Обучить персонал правилам обращения с опасными отходами", "март 2026 г.", "Служба охраны труда"),
        ("Установить пылеулавливающее оборудование на дробильном комплексе", "до 30 сентября 2026 г.", "Главный механик"),
        ("Провести озеленение санитарно-защитной зоны", "апрель–май 2026 г.", "Административно-хозяйственный отдел"),
        ("Оборудовать площадку временного хранения отходов", "III квартал 2026 г.", "Начальник участка"),
        ("Провести ревизию гидроизоляции пруда-накопителя", "до 1 июля 2026 г.", "Цех водоснабжения"),
    ),
    "kk": (
        ("2027–2029 жылдарға арналған өндірістік экологиялық бақылау бағдарламасын әзірлеу және бекіту", "2026 жылғы 1 желтоқсанға дейін", "Қоршаған ортаны қорғау бөлімі"),
        ("Ластаушы заттар шығарындылары көздеріне түгендеу жүргізу", "2026 жылғы II тоқсан", "Бас эколог"),
        ("Қалдықтарды шығару үшін мамандандырылған ұйыммен шарт жасасу", "2026 жылғы қаңтар", "Материалдық-техникалық жабдықтау бөлімі"),
        ("Персоналды қауіпті қалдықтармен жұмыс істеу қағидаларына оқыту", "2026 жылғы наурыз", "Еңбекті қорғау қызметі"),
        ("Ұсату кешеніне шаң ұстағыш жабдық орнату", "2026 жылғы 30 қыркүйекке дейін", "Бас механик"),
        ("Санитариялық-қорғау аймағын көгалдандыру", "2026 жылғы сәуір–мамыр", "Әкімшілік-шаруашылық бөлімі"),
        ("Қалдықтарды уақытша сақтау алаңын жабдықтау", "2026 жылғы III тоқсан", "Учаске бастығы"),
        ("Жинақтағыш тоғанның гидрооқшаулауын тексеру", "2026 жылғы 1 шілдеге дейін", "Сумен жабдықтау цехы"),
    ),
    "vi": (
        ("Lập và trình phê duyệt kế hoạch quan trắc môi trường định kỳ năm 2027", "Tháng 12/2026", "Phòng An toàn – Môi trường", "Phòng Kỹ thuật"),
        ("Nạo vét, bảo dưỡng hệ thống thu gom và xử lý nước thải", "Quý II/2026", "Xưởng Cơ điện", "Phòng An toàn – Môi trường"),
        ("Ký hợp đồng thu gom, vận chuyển và xử lý chất thải nguy hại", "Tháng 01/2026", "Phòng Hành chính – Nhân sự", "Phòng Kế toán"),
        ("Tập huấn về quản lý chất thải nguy hại cho công nhân", "Tháng 3/2026", "Phòng An toàn – Môi trường", "Các phân xưởng"),
        ("Lắp đặt hệ thống quan trắc khí thải tự động, liên tục", "Trước ngày 31/12/2026", "Ban Quản lý dự án", "Phòng Kỹ thuật"),
        ("Trồng cây xanh khu vực hàng rào nhà máy", "Tháng 4–5/2026", "Phòng Hành chính – Nhân sự", "Công đoàn công ty"),
        ("Cải tạo kho lưu giữ chất thải nguy hại", "Quý III/2026", "Xưởng Cơ điện", "Phòng An toàn – Môi trường"),
        ("Kiểm định thiết bị đo lưu lượng nước thải", "Tháng 6/2026", "Phòng Kỹ thuật", "Đơn vị kiểm định"),
    ),
}

# (what is checked) per language, for the column of requirements
CHECKS = {
    "ru": ("Соблюдение нормативов эмиссий", "Обращение с отходами", "Ведение журналов учета", "Состояние пылегазоочистного оборудования"),
    "kk": ("Эмиссия нормативтерінің сақталуы", "Қалдықтармен жұмыс", "Есепке алу журналдарын жүргізу", "Шаң-газ тазарту жабдығының жай-күйі"),
    "vi": ("Tuân thủ giới hạn xả thải", "Quản lý chất thải", "Ghi chép sổ nhật ký vận hành", "Tình trạng thiết bị xử lý khí thải"),
}


def tasks(doc: Doc, n: int) -> list[tuple[str, ...]]:
    return doc.rng.sample(TASKS[doc.lang], n)


def words(text: str, n: int = 5) -> str:
    """The first words of a text: what the expectation looks for."""
    return " ".join(text.split()[:n])


def task(number: str | None, text: str, actor: str) -> dict:
    out = {"kind": "task", "text_contains": words(text), "actor_contains": actor}
    if number is not None:
        out["number"] = number
    return out


def units(doc: Doc, n: int) -> list[str]:
    return doc.rng.sample(vocab.UNITS[doc.lang], n)


def inspection(unit: str, frequency: str) -> dict:
    return {"kind": "inspection", "frequency": frequency, "text_contains": unit}
