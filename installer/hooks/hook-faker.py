"""Faker, trimmed to the locales the demo community uses.

Overrides the pyinstaller-hooks-contrib hook, which bundles every locale of every provider (~25 MB of
source). Faker discovers locales in a PyInstaller bundle by globbing `<provider>/*/__init__.py` under
sys._MEIPASS (faker/utils/loading.py), so the kept packages go in twice: compiled, as hidden imports,
and as source files, so the glob finds them.

Kept: zh_CN (the demo data), en_US (Faker's fallback), and every provider's own default_locale.
"""

from pathlib import Path

from PyInstaller.utils.hooks import (
    collect_data_files,
    collect_submodules,
    get_module_file_attribute,
    is_package,
)

KEEP_LOCALES = {"zh_CN", "en_US"}

providers_dir = Path(get_module_file_attribute("faker.providers")).parent


def _default_locale(init_py: Path) -> str | None:
    for line in init_py.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("default_locale"):
            return line.split("=", 1)[1].strip().strip("\"'")
    return None


def _keep(module_name: str) -> bool:
    # faker.providers, faker.providers.<p>, faker.providers.<p>.<locale>[.<more>]
    parts = module_name.split(".")
    if len(parts) <= 3:
        return True
    locale = parts[3]
    init_py = providers_dir / parts[2] / "__init__.py"
    wanted = set(KEEP_LOCALES)
    if init_py.is_file():
        default = _default_locale(init_py)
        if default:
            wanted.add(default)
    return locale in wanted


hiddenimports = collect_submodules("faker.providers", filter=_keep)

_kept_dirs = {m.replace(".", "/") for m in hiddenimports}
# older Fakers transliterate with text_unidecode (a data file); newer ones do not depend on it
datas = (collect_data_files("text_unidecode") if is_package("text_unidecode") else []) + [
    (src, dest)
    for src, dest in collect_data_files("faker.providers", include_py_files=True)
    if dest.replace("\\", "/") in _kept_dirs and src.endswith("__init__.py")
]
